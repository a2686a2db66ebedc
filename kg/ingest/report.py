"""What an ingest did: `IngestReport`, counts and failures, with a one-line summary."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import DocumentError


@dataclass
class IngestReport:
    """What an ingest did."""

    read: int = 0  # documents the readers parsed (those they could not read are among `failed`)
    ingested: int = 0
    unchanged: int = 0
    reextracted: int = 0  # unchanged releases extracted again because the extractor version changed
    extractor: str = ""
    repeated: int = 0  # the same release a second time in one run, with the same text
    meetings: int = 0  # per-release meeting accounts extracted in this run
    distinct_meetings: int = 0  # dmo:DistinctMeeting in the store afterwards (what kg stats counts)
    failed: list[DocumentError] = field(default_factory=list)
    skipped: list[DocumentError] = field(default_factory=list)  # entries of folders not read, and why
    timed_out: int = 0  # documents over the time budget (also in `failed`)
    quads_before: int = 0
    quads_after: int = 0
    seconds: float = 0.0
    quads_written: int = 0
    compacted: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def documents(self) -> int:
        """Every item the readers gave (the progress bar's count).

        That is ingested + unchanged + repeated + failed.
        """
        return self.ingested + self.unchanged + self.repeated + len(self.failed)

    def summary(self) -> str:
        return (
            f"{self.documents} documents read: {self.ingested} ingested, {self.unchanged} unchanged, "
            f"{self.repeated} repeated, {len(self.failed)} failed"
            + (f" ({self.timed_out} over the time limit)" if self.timed_out else "")
            + (f", {len(self.skipped)} skipped" if self.skipped else "")
            + (f" ({self.reextracted} re-extracted by {self.extractor})" if self.reextracted else "")
            + f"; {self.meetings} meeting accounts extracted, {self.distinct_meetings} distinct meetings "
            "in the store; "
            f"{self.quads_after - self.quads_before:+d} quads ({self.quads_after} in the store); "
            f"{self.seconds:.1f} s"
        )
