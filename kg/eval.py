"""Score extraction against a gold key (JSON lines, see the gold SCHEMA): precision, recall, F1, accuracy.

The definitions are those of the project's reference scorer (`tools/score.py` in the shared
material): a gold document is found by its URL or file name; all held meetings of a release are
merged; entities match on any label (accents, case and punctuation ignored; people also on the
surname), one to one; detection, participants, organizations, frameworks, countries and topics
get P/R/F1 micro-averaged over documents; date, mode, venue and event get accuracy.

`evaluate(gold, paths)` ingests the paths into a temporary store, exports it as N-Quads and scores
that export; `score_graph(path, gold)` scores an existing export.
"""

# ruff: noqa: E501  (the SPARQL query is kept identical to the reference scorer's)
from __future__ import annotations

import hashlib
import json
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.ingest import ingest
from kg.model import KgError
from kg.names import normalize
from kg.store import dump, open_store

QUERY = """
PREFIX dmo: <https://w3id.org/dmkg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX schema1: <http://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?m ?url ?ident ?field ?x ?value WHERE {
  ?m a dmo:Meeting ; prov:wasDerivedFrom ?rel .
  OPTIONAL { ?rel schema:url ?url0 } OPTIONAL { ?rel schema1:url ?url1 }
  BIND(COALESCE(?url0, ?url1) AS ?url)
  OPTIONAL { ?rel dcterms:identifier ?ident }
  {
    ?m dmo:date ?v . BIND("date" AS ?field) BIND(STR(?v) AS ?value)
  } UNION {
    ?m dmo:mode ?v . BIND("mode" AS ?field) BIND(STR(?v) AS ?value)
  } UNION {
    ?m dmo:status ?v . BIND("status" AS ?field) BIND(STR(?v) AS ?value)
  } UNION {
    ?m dmo:participant ?x . ?x rdfs:label|skos:prefLabel|skos:altLabel ?v . BIND("participants" AS ?field) BIND(STR(?v) AS ?value)
  } UNION {
    ?m dmo:country ?x . ?x dmo:isoCode ?v . BIND("countries" AS ?field) BIND(STR(?v) AS ?value)
  } UNION {
    ?m dmo:organization ?x . ?x rdfs:label|skos:prefLabel|skos:altLabel ?v . BIND("organizations" AS ?field) BIND(STR(?v) AS ?value)
  } UNION {
    ?m dmo:venue ?x . ?x rdfs:label|skos:prefLabel|skos:altLabel ?v . BIND("venue" AS ?field) BIND(STR(?v) AS ?value)
  } UNION {
    ?m dmo:sidelinesOf ?x . ?x rdfs:label|skos:prefLabel|skos:altLabel ?v . BIND("event" AS ?field) BIND(STR(?v) AS ?value)
  } UNION {
    ?m dmo:references ?x . ?x rdfs:label|skos:prefLabel|skos:altLabel ?v . BIND("frameworks" AS ?field) BIND(STR(?v) AS ?value)
  } UNION {
    ?m dmo:topic ?x . ?x skos:notation ?v . BIND("topics" AS ?field) BIND(STR(?v) AS ?value)
  } UNION {
    BIND("exists" AS ?field)
  }
}
"""

VALIDATION_SHARE = 30  # percent of keyed documents in the validation split


def split_of(locator: str) -> str:
    """'train' or 'validation' for a keyed document, by a fixed hash of its locator (about 70/30).

    The hash is sha256 of the locator as the key writes it, so the split never changes when
    documents are added to the key."""
    h = int.from_bytes(hashlib.sha256(locator.strip().encode("utf-8")).digest()[:8], "big")
    return "validation" if h % 100 < VALIDATION_SHARE else "train"


ENTITY_FIELDS = ("participants", "organizations", "venue", "event", "frameworks")
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


# -- name matching (the scorer's definitions) -----------------------------------------------------
norm = normalize  # the scorer's name normalization (kg.names.normalize)


def tokens(s: str) -> list[str]:
    return [t for t in norm(s).split() if t not in SUFFIXES]


def name_match(pred: str, aliases: list[str], person: bool) -> bool:
    """Does one predicted label name the gold entry with these aliases?"""
    p, pt = norm(pred), tokens(pred)
    if not p:
        return False
    if any(p == norm(a) for a in aliases):
        return True
    for a in aliases:
        at = tokens(a)
        if len(at) >= 2 and set(at) <= set(pt):
            return True
        if len(pt) >= 2 and set(pt) <= set(at):
            return True
    if person and pt and aliases:
        full = tokens(aliases[0])
        if full and pt[-1] == full[-1]:
            return True
    return False


def match_sets(
    preds: list[set[str]], golds: list[list[str]], person: bool
) -> tuple[int, list[str], list[str]]:
    """Maximum one-to-one matching of predicted entities (label sets) to gold entries.

    Returns the number matched, the unmatched predictions and the unmatched gold entries."""
    ok = [[gi for gi, g in enumerate(golds) if any(name_match(lab, g, person) for lab in p)] for p in preds]
    owner: dict[int, int] = {}

    def augment(pi: int, seen: set[int]) -> bool:
        for gi in ok[pi]:
            if gi not in seen:
                seen.add(gi)
                if gi not in owner or augment(owner[gi], seen):
                    owner[gi] = pi
                    return True
        return False

    for pi in range(len(preds)):
        augment(pi, set())
    taken = set(owner.values())
    fp = [max(sorted(p), key=len) for i, p in enumerate(preds) if i not in taken]
    fn = [golds[gi][0] for gi in range(len(golds)) if gi not in owner]
    return len(owner), fp, fn


def local(v: str) -> str:
    """The lower-case letters of an IRI's local name: dmo:InPerson -> 'inperson'."""
    return re.sub(r"[^a-z]", "", re.split(r"[#/]", v)[-1].lower())


# -- reading an export ----------------------------------------------------------------------------
def collect(store: ox.Store) -> dict[str, dict]:
    """Release key -> meeting IRI -> field -> values (entity fields: entity IRI -> labels)."""
    rel: dict[str, dict] = defaultdict(lambda: defaultdict(dict))
    for row in store.query(QUERY, use_default_graph_as_union=True):
        m, url, ident, fld, x, value = (row[k] for k in ("m", "url", "ident", "field", "x", "value"))
        keys = []
        if url is not None:
            keys.append("url:" + url.value.strip())
        if ident is not None and "#" not in ident.value:
            keys.append("id:" + Path(ident.value).name)
        f = fld.value
        if f == "exists":
            for k in keys:
                rel[k][m.value]
            continue
        for k in keys:
            fields = rel[k][m.value]
            if f in ENTITY_FIELDS:
                fields.setdefault(f, defaultdict(set))[x.value].add(value.value)
            else:
                fields.setdefault(f, set()).add(value.value)
    return rel


def load_export(path: str | Path) -> ox.Store:
    """An in-memory store holding an exported graph file (N-Quads, TriG, Turtle, N-Triples ...)."""
    p = str(path)
    fmt = ox.RdfFormat.from_extension(p.rsplit(".", 1)[-1]) if "." in p else None
    store = ox.Store()
    try:
        store.bulk_load(path=p, format=fmt or ox.RdfFormat.N_QUADS)
    except (SyntaxError, OSError, ValueError) as e:
        raise KgError(f"cannot read graph {p}: {e}") from e
    return store


def read_gold(path: str | Path) -> list[dict]:
    try:
        with open(path, encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]
    except (OSError, json.JSONDecodeError) as e:
        raise KgError(f"cannot read gold key {path}: {e}") from e


# -- scoring --------------------------------------------------------------------------------------
@dataclass
class Scorecard:
    """Figures per field and each document's misses."""

    counts: dict[str, list[int]] = field(default_factory=dict)  # field -> [matched, predicted, gold]
    accuracy: dict[str, list[int]] = field(default_factory=dict)  # field -> [correct, total]
    errors: dict[str, list[str]] = field(default_factory=dict)  # gold doc -> messages
    failed: list[str] = field(default_factory=list)  # "locator: reason" of documents not ingested
    # planned meetings, scored as held ones over the gold planned records; kept apart from `counts`
    # and `accuracy`, whose definitions are the reference scorer's
    planned_counts: dict[str, list[int]] = field(default_factory=dict)  # planned_participants ...
    planned_accuracy: dict[str, list[int]] = field(default_factory=dict)  # planned_date

    def figures(self) -> dict[str, dict]:
        """The reference scorer's figures (its fields only)."""
        return _figures(self.counts, self.accuracy)

    def planned_figures(self) -> dict[str, dict]:
        """Date accuracy and participants / countries P/R/F1 over the gold planned records."""
        return _figures(self.planned_counts, self.planned_accuracy)

    def table(self) -> str:
        """The scorer's printout: one line per field, the planned meetings' rows, a summary line."""
        w = 22  # wide enough for "planned_participants"
        lines = [f"{'field':<{w}}{'P':>7}{'R':>7}{'F1':>7}   (matched/predicted/gold)"]
        figs = self.figures()
        for counts, accuracy in ((self.counts, self.accuracy), (self.planned_counts, self.planned_accuracy)):
            for f, v in _figures(counts, {}).items():
                lines.append(
                    f"{f:<{w}}{v['p']:7.3f}{v['r']:7.3f}{v['f1']:7.3f}   ({v['tp']}/{v['pred']}/{v['gold']})"
                )
            for f, (ok, n) in accuracy.items():
                lines.append(f"{f:<{w}}{'acc':>7}{(ok / n if n else 0):7.3f}{'':>7}   ({ok}/{n})")
        f1s = [v["f1"] for v in figs.values() if "f1" in v]
        accs = [v["acc"] for v in figs.values() if v.get("acc") is not None]
        lines.append(
            f"summary: detect_held F1={figs.get('detect_held', {}).get('f1', 0):.3f} "
            f"participants F1={figs.get('participants', {}).get('f1', 0):.3f} "
            f"mean F1={(sum(f1s) / len(f1s)) if f1s else 0:.3f} mean acc={(sum(accs) / len(accs)) if accs else 0:.3f}"
        )
        return "\n".join(lines)

    def error_report(self) -> str:
        lines = []
        for doc, errs in self.errors.items():
            lines.append(f"# {doc}")
            lines.extend(f"    {e}" for e in errs)
        return "\n".join(lines)


def _figures(counts: dict[str, list[int]], accuracy: dict[str, list[int]]) -> dict[str, dict]:
    """P/R/F1 of [matched, predicted, gold] counts and the accuracy of [correct, total] ones."""
    out: dict[str, dict] = {}
    for f, (tp, npred, ngold) in counts.items():
        p = tp / npred if npred else (1.0 if not ngold else 0.0)
        r = tp / ngold if ngold else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        out[f] = {
            "p": round(p, 3),
            "r": round(r, 3),
            "f1": round(f1, 3),
            "tp": tp,
            "pred": npred,
            "gold": ngold,
        }
    for f, (ok, n) in accuracy.items():
        out[f] = {"acc": round(ok / n, 3) if n else None, "n": n}
    return out


def score(rel: dict[str, dict], gold: list[dict]) -> Scorecard:
    """Compare collected meetings with the gold key."""
    card = Scorecard()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    pcounts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    pacc: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for g in gold:
        keys = ["url:" + g["url"].strip()] if g.get("url") else ["id:" + Path(g["doc"]).name]
        meetings = next((rel[k] for k in keys if k in rel), {})
        held = {
            m: f
            for m, f in meetings.items()
            if not f.get("status") or any(local(s) == "held" for s in f["status"])
        }
        planned = {
            m: f for m, f in meetings.items() if any(local(s) == "planned" for s in f.get("status", ()))
        }
        status = g.get("status", "none")
        for name, got, want in (("detect_held", held, "held"), ("detect_planned", planned, "planned")):
            counts[name][0] += int(status == want and bool(got))
            counts[name][1] += int(bool(got))
            counts[name][2] += int(status == want)
        if status == "planned":  # its date, participants and countries, as a held record's (kept apart)
            merged, errs = _merged(planned), []
            _score_date(merged, g, pacc, errs, "planned_")
            _score_entities(merged, g, pcounts, "participants", errs, "planned_")
            _score_codes(merged, g, pcounts, "countries", errs, "planned_")
            if errs:
                card.errors[g["doc"]] = errs
        if status != "held":
            continue
        merged = _merged(held)
        errs = []
        _score_date(merged, g, acc, errs)
        if g.get("mode"):
            ok = any(local(v) == g["mode"].replace("_", "") for v in merged.get("mode", ()))  # type: ignore[union-attr]
            acc["mode"][0] += ok
            acc["mode"][1] += 1
            ok or errs.append(f"mode: got {sorted(merged.get('mode', ()))} want {g['mode']}")  # type: ignore[arg-type]
        for fld in ("venue", "event"):
            got = list(merged.get(fld, {}).values())  # type: ignore[union-attr]
            want = g.get(fld)
            ok = (
                not got if not want else any(name_match(lab, want, False) for labels in got for lab in labels)
            )
            acc[fld][0] += ok
            acc[fld][1] += 1
            ok or errs.append(f"{fld}: got {[max(sorted(x), key=len) for x in got]} want {want}")
        for fld in ("participants", "organizations", "frameworks"):
            _score_entities(merged, g, counts, fld, errs)
        for fld in ("countries", "topics"):
            _score_codes(merged, g, counts, fld, errs)
        if errs:
            card.errors[g["doc"]] = errs
    card.counts = dict(counts)
    card.accuracy = dict(acc)
    card.planned_counts = dict(pcounts)
    card.planned_accuracy = dict(pacc)
    return card


def _merged(meetings: dict[str, dict]) -> dict[str, object]:
    """The fields of several meetings of one release, merged (entity fields: entity -> labels)."""
    merged: dict[str, object] = {}
    for f in meetings.values():
        for k, v in f.items():
            if k in ENTITY_FIELDS:
                d = merged.setdefault(k, defaultdict(set))
                for x, labels in v.items():
                    d[x] |= labels  # type: ignore[index]
            else:
                merged.setdefault(k, set()).update(v)  # type: ignore[union-attr]
    return merged


Counts = dict[str, list[int]]  # field -> [matched, predicted, gold] or [correct, total]


def _score_date(merged: dict[str, object], g: dict, acc: Counts, errs: list[str], prefix: str = "") -> None:
    """Count the gold record's date (when it has one) as `prefix`date: right if any meeting has it."""
    if g.get("date"):
        ok = any(v[:10] == g["date"] for v in merged.get("date", ()))  # type: ignore[union-attr]
        acc[prefix + "date"][0] += ok
        acc[prefix + "date"][1] += 1
        ok or errs.append(
            f"{prefix.replace('_', ' ')}date: got {sorted(merged.get('date', ()))} want {g['date']}"
        )  # type: ignore[arg-type]


def _score_entities(
    merged: dict[str, object], g: dict, counts: Counts, fld: str, errs: list[str], prefix: str = ""
) -> None:
    """Count the entity list `fld` (matched by name variants; people by their names) as `prefix`fld."""
    preds = list(merged.get(fld, {}).values())  # type: ignore[union-attr]
    tp, fp, fn = match_sets(preds, g.get(fld) or [], fld == "participants")
    c = counts[prefix + fld]
    c[0], c[1], c[2] = c[0] + tp, c[1] + len(preds), c[2] + len(g.get(fld) or [])
    (fp or fn) and errs.append(f"{prefix.replace('_', ' ')}{fld}: extra {fp} missing {fn}")


def _score_codes(
    merged: dict[str, object], g: dict, counts: Counts, fld: str, errs: list[str], prefix: str = ""
) -> None:
    """Count the code set `fld` (ISO codes compared upper-case, topic notations lower) as `prefix`fld."""
    fold = str.upper if fld == "countries" else str.lower
    pv = {fold(v) for v in merged.get(fld, ())}  # type: ignore[union-attr]
    gv = {fold(v) for v in g.get(fld) or []}
    c = counts[prefix + fld]
    c[0], c[1], c[2] = c[0] + len(pv & gv), c[1] + len(pv), c[2] + len(gv)
    pv != gv and errs.append(
        f"{prefix.replace('_', ' ')}{fld}: extra {sorted(pv - gv)} missing {sorted(gv - pv)}"
    )


def score_graph(graph: str | Path, gold: str | Path) -> Scorecard:
    """Score an exported graph file against a gold key file."""
    return score(collect(load_export(graph)), read_gold(gold))


def evaluate(gold: str | Path, paths: Iterable[str | Path], *, workers: int | None = None) -> Scorecard:
    """Ingest `paths` into a temporary store, export it as N-Quads and score the export; the
    documents that failed to ingest (scored as finding nothing) are in the card's `failed`."""

    gold_rows = read_gold(gold)
    with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
        store = open_store(Path(tmp) / "store")
        try:
            report = ingest([str(p) for p in paths], store, workers=workers)
            export = Path(tmp) / "export.nq"
            dump(store, str(export), "nquads")
        finally:
            store.close()
        card = score(collect(load_export(export)), gold_rows)
        card.failed = [f"{e.locator}: {e.reason}" for e in report.failed]
        return card
