"""Synthetic releases of realistic shape, to scale the graph to about a million triples.

Releases are built as `kg.model` Extractions and mapped by `kg.rdf.extraction_to_quads`, exactly as
ingest maps real ones, so the graph has the real shape: one named graph per release, meetings with
reified evidence, entity labels repeated in every graph that mentions them, alignment triples.
The values are drawn from the shipped reference data (kg.reference: people with their countries,
countries, organizations, places, events, frameworks, topics) plus made-up officials whose names
are recombined from reference names; popularity is Zipf-like (rank^-0.9: a few leaders meet often,
most people rarely), dates spread over 2019-2025 mostly on weekdays, and about as many releases report
no meeting as in the real White House corpus share given by `meeting_share`.

    from benchmarks.synthetic import synthetic_graph
    releases = synthetic_graph(target_triples=1_000_000)   # [(graph IRI, N-Quads bytes)]

    .venv/bin/python benchmarks/synthetic.py --triples 1000000 -o /tmp/synthetic.nq
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox

from kg.model import Document, Entity, Evidence, Extraction, Meeting, Statement
from kg.namespaces import release_iri
from kg.rdf import extraction_to_quads
from kg.reference import Reference, load_reference

EXTRACTOR = "kg.extract.rules.v1"
START, DAYS = date(2019, 1, 1), 6 * 365 + 180
MODES = (("in_person", 0.55), ("phone", 0.35), ("video", 0.10))
TITLES = (
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Minister of Defense",
    "Minister of Trade",
    "Secretary of State",
    "National Security Advisor",
    "Ambassador",
    "Deputy Prime Minister",
)


@dataclass
class Pools:
    """Entities to draw from, most popular first."""

    people: list[Entity] = field(default_factory=list)
    countries: list[Entity] = field(default_factory=list)
    organizations: list[Entity] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)
    events: list[Entity] = field(default_factory=list)
    frameworks: list[Entity] = field(default_factory=list)
    topics: list[Entity] = field(default_factory=list)


def make_pools(ref: Reference, rng: random.Random, extra_people: int = 4000) -> Pools:
    """Reference entities (shuffled into a popularity order) and made-up officials."""
    by_kind: dict[str, list[Entity]] = {}
    for e in sorted(ref.entities.values(), key=lambda e: (e.kind, e.key)):
        by_kind.setdefault(e.kind, []).append(e)
    for pool in by_kind.values():
        rng.shuffle(pool)
    countries = by_kind.get("country", [])
    iso_of = {e.props.get("iri"): e.props.get("iso", e.key) for e in countries}
    people = []
    for e in by_kind.get("person", []):
        props = dict(e.props)
        iso = iso_of.get(props.pop("country_iri", None))
        props.pop("surname", None)
        if iso:
            props["country"] = iso
        people.append(Entity("person", e.key, e.label, list(e.alt_labels), e.wikidata, props))
    firsts = [p.label.split()[0] for p in people if " " in p.label]
    lasts = [p.label.split()[-1] for p in people if " " in p.label]
    seen = {p.key for p in people}
    while len(people) < len(by_kind.get("person", [])) + extra_people:
        name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
        key = name.lower().replace(" ", "-")
        if key in seen:
            continue
        seen.add(key)
        country = _zipf(countries, rng)
        iso = country.props.get("iso", country.key)
        people.append(
            Entity(
                "person",
                key,
                name,
                [name.split()[-1]],
                None,
                {"country": iso, "post": f"{rng.choice(TITLES)} of {country.label}"},
            )
        )
    head, tail = people[:150], people[150:]
    rng.shuffle(tail)  # reference leaders stay among the most popular; made-up officials spread out
    return Pools(
        head + tail,
        countries,
        by_kind.get("organization", []),
        by_kind.get("place", []),
        by_kind.get("event", []),
        by_kind.get("framework", []),
        by_kind.get("topic", []),
    )


_CUMULATIVE: dict[tuple[int, int], list[float]] = {}


def _zipf(pool: list[Entity], rng: random.Random, s: float = 0.9) -> Entity:
    """An entity drawn with probability proportional to rank^-s (pools are ordered by popularity)."""
    key = (id(pool), len(pool))
    cum = _CUMULATIVE.get(key)
    if cum is None:
        total, cum = 0.0, []
        for rank in range(1, len(pool) + 1):
            total += rank**-s
            cum.append(total)
        _CUMULATIVE[key] = cum
    return rng.choices(pool, cum_weights=cum)[0]


def _some(pool: list[Entity], rng: random.Random, k: int) -> list[Entity]:
    out: list[Entity] = []
    while len(out) < min(k, len(pool)):
        e = _zipf(pool, rng)
        if e not in out:
            out.append(e)
    return out


def _day(rng: random.Random) -> date:
    while True:
        d = START + timedelta(days=rng.randrange(DAYS))
        if d.weekday() < 5 or rng.random() < 0.25:
            return d


class _Text:
    """A release body built sentence by sentence, remembering each sentence's offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, sentence: str) -> Evidence:
        if self.parts:
            self.parts.append(" ")
            self.length += 1
        start = self.length
        self.parts.append(sentence)
        self.length += len(sentence)
        return Evidence(sentence, start, self.length)

    def text(self) -> str:
        return "".join(self.parts)


def synthetic_meeting(pools: Pools, rng: random.Random, when: date, text: _Text) -> Meeting:
    """One meeting whose facts each come with the sentence they were 'read' from."""
    mode = rng.choices([m for m, _ in MODES], [w for _, w in MODES])[0]
    status = "held" if rng.random() < 0.9 else "planned"
    people = _some(pools.people, rng, rng.choice((2, 2, 2, 3, 4)))
    verb = {"in_person": "met with", "phone": "spoke by phone with", "video": "held a video call with"}[mode]
    lead = text.add(
        f"On {when:%B} {when.day}, {people[0].label} {verb} {', '.join(p.label for p in people[1:])}."
    )
    isos = list(dict.fromkeys(p.props["country"] for p in people if p.props.get("country")))
    countries = [c for c in pools.countries if c.props.get("iso", c.key) in isos][:4] or _some(
        pools.countries, rng, 2
    )
    m = Meeting(status=status, date=when, mode=mode)  # type: ignore[arg-type]
    m.participants = people
    m.countries = countries
    m.evidence += [
        Statement("status", status, lead),
        Statement("date", when.isoformat(), lead),
        Statement("mode", mode, lead),
    ]
    m.evidence += [Statement("participant", p, lead) for p in people]
    m.evidence += [Statement("country", c, lead) for c in countries]
    if rng.random() < 0.15 and pools.organizations:
        org = _zipf(pools.organizations, rng)
        m.organizations = [org]
        m.evidence.append(
            Statement("organization", org, text.add(f"Representatives of {org.label} also took part."))
        )
    if mode == "in_person" and rng.random() < 0.5 and pools.places:
        m.venue = _zipf(pools.places, rng)
        m.evidence.append(Statement("venue", m.venue, text.add(f"The talks took place in {m.venue.label}.")))
    if rng.random() < 0.2 and pools.events:
        m.event = _zipf(pools.events, rng)
        m.evidence.append(
            Statement("event", m.event, text.add(f"They met on the sidelines of {m.event.label}."))
        )
    for fw in _some(pools.frameworks, rng, rng.choice((0, 0, 1, 1, 2))):
        m.frameworks.append(fw)
        m.evidence.append(Statement("framework", fw, text.add(f"The sides discussed {fw.label}.")))
    topics = _some(pools.topics, rng, rng.choice((0, 1, 2, 2, 3)))
    if topics:
        ev = text.add(f"They discussed {', '.join(t.label.lower() for t in topics)}.")
        m.topics = topics
        m.evidence += [Statement("topic", t, ev) for t in topics]
    return m


def synthetic_extractions(
    n: int | None = None, *, seed: int = 7, meeting_share: float = 0.35, pools: Pools | None = None
) -> Iterator[Extraction]:
    """Releases one after another (endless when `n` is None); `meeting_share` of them report a meeting
    (a tenth of those, two)."""
    rng = random.Random(seed)
    pools = pools or make_pools(load_reference(), rng)
    i = 0
    while n is None or i < n:
        when = _day(rng)
        text = _Text()
        meetings = []
        if rng.random() < meeting_share:
            meetings.append(synthetic_meeting(pools, rng, when, text))
            if rng.random() < 0.1:
                meetings.append(synthetic_meeting(pools, rng, when, text))
            first, second = meetings[0].participants[:2]
            title = f"Readout of {first.label}'s meeting with {second.label}"
        else:
            topic = _zipf(pools.topics, rng).label.lower() if pools.topics else "policy"
            title = f"Statement on {topic} ({i})"
            text.add(f"The administration today announced new steps on {topic}.")
        text.add("This release is synthetic and was generated for benchmarks.")
        doc = Document(
            reader="synthetic",
            identifier=f"synthetic/{i:07d}.md",
            title=title,
            text=text.text(),
            date=when,
            url=f"https://example.org/releases/{i:07d}",
            publisher="Synthetic Office",
        )
        yield Extraction(doc, meetings, EXTRACTOR)
        i += 1


def synthetic_graph(
    target_triples: int = 1_000_000, *, seed: int = 7, meeting_share: float = 0.35
) -> list[tuple[str, bytes]]:
    """Releases as (graph IRI, N-Quads bytes) until about `target_triples` quads; for `write_nquads`."""
    out: list[tuple[str, bytes]] = []
    total = 0
    for ex in synthetic_extractions(seed=seed, meeting_share=meeting_share):
        quads = extraction_to_quads(ex)
        out.append((str(release_iri(ex.document.key)), ox.serialize(quads, format=ox.RdfFormat.N_QUADS)))
        total += len(quads)
        if total >= target_triples:
            break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("-o", "--output", type=Path, required=True, help="N-Quads file to write")
    args = ap.parse_args(argv)
    releases = synthetic_graph(args.triples, seed=args.seed)
    with open(args.output, "wb") as fh:
        for _, data in releases:
            fh.write(data)
    print(f"{len(releases)} releases written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
