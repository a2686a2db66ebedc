"""The rules run with their detection decided from outside (by a learned step).

`extract_with_status(doc, ref, status)` runs the rule-based pipeline as `kg.extract.pipeline`
does, except that the release's status is the one given: the meeting's sentences are the lead
sentences with a cue of that status (the first sentence when none has one), and the participant,
date, mode, country, venue and topic steps run on them as usual, each fact with its sentence.
"""

from __future__ import annotations

from kg.extract import detect
from kg.extract.pipeline import EXTRACTOR, LEAD, _Run
from kg.model import Document, Extraction
from kg.reference import Reference


class _ForcedRun(_Run):
    def __init__(self, doc: Document, ref: Reference, forced: str, relaxed: bool) -> None:
        super().__init__(doc, ref)
        self.forced = forced
        self.relaxed = relaxed

    def status(self) -> tuple[str | None, list[int]]:
        status, core = super().status()
        if status == self.forced:
            return status, core
        lead = self.sents[:LEAD]
        cue = detect.held_cue if self.forced == "held" else detect.planned_cue
        core = [i for i, s in enumerate(lead) if cue(s.text)]
        return self.forced, core or [0]

    def _has_counterpart(self, participants, finder, title_finder) -> bool:  # type: ignore[no-untyped-def]
        if super()._has_counterpart(participants, finder, title_finder):
            return True
        # forced: the model has decided there was a meeting; the people the rules found took part
        return self.relaxed and bool(participants)


def extract_with_status(doc: Document, ref: Reference, status: str, relaxed: bool = True) -> Extraction:
    """The rules' extraction of `doc` with the release's status forced to 'held' or 'planned'."""
    return Extraction(doc, _ForcedRun(doc, ref, status, relaxed).meetings(), EXTRACTOR)
