"""Hostile input: names that look like SPARQL, and releases carrying markup, are data, never code.

Every command that takes a name (found in the CLI at collection time: `kg ask` for each named
question and parameter, `kg graph path/ego`, `kg timeline`, `kg viz --focus`, `kg viz timeline`,
`kg query --param`) gets the hostile names: it answers or fails with a one-line error, and the
store is unchanged. Releases whose text holds such names, `<img onerror>` and `</script>` ingest,
every IRI in the store is valid, and the HTML view carries no live markup from them.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.ingest import ingest
from kg.store import EmbeddedStore
from tests.test_crash import write_releases

HOSTILE = [
    'x" } ; DROP ALL ; #',
    '"} ; DROP ALL ; #',
    "x' } ; CLEAR DEFAULT ; <http://x> } DROP ALL { \\u0022 ?person $x \u202e\x00",
]
MARKUP = ["<img src=x onerror=alert(1)>", "</script><script>alert(1)</script>"]
GOOD = {
    "person": "Kassym-Jomart Tokayev",
    "country": "Kazakhstan",
    "organization": "Kazakhstan",
    "event": "x",
    "topic": "economic",
    "framework": "SCO",
    "date": "2023-01-01",
    "int": "2023",
    "str": "month",
    "float": "1",
    "bool": "true",
    "iri": "https://w3id.org/dmkg/id/person/x",
}

HOSTILE_RELEASES = {
    "h1.txt": ' date 2024-03-05 Kassym-Jomart Tokayev met with x" } ; DROP ALL ; # | Akorda\n\n'
    'President of Kazakhstan Kassym-Jomart Tokayev met with President of France "} ; DROP ALL ; # '
    "and <img src=x onerror=alert(1)> in Astana.\n\n"
    "The sides discussed </script><script>alert(1)</script> trade and energy.\n",
    "h2.txt": " date 2024-04-09 Head of State receives Prime Minister of Ireland Seán O'Brien-D'Arcy "
    "</script><script>alert(1)</script> | Akorda\n\n"
    "President of Kazakhstan Kassym-Jomart Tokayev met with Prime Minister of Ireland "
    "Seán O'Brien-D'Arcy in Astana <script>alert(1)</script>.\n\n"
    'The President of Evilland Xavier "} DROP ALL {" Ünal also attended the talks on trade.\n',
    "h3.txt": " date 2024-06-01 Talks with {President} <b>of</b> Türkiye | Akorda\n\n"
    "Kassym-Jomart Tokayev held talks with President of Türkiye Recep Tayyip Erdoğan in Ankara "
    "on the sidelines of the </title><svg onload=alert(1)> Summit.\n\n"
    "Prime Minister of Japan Ky`ōko \\u003e Nakamura <http://evil.example/> joined by video.\n",
}

IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|\\^`]')


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    """Generated releases plus the hostile ones, ingested into a store on disk."""
    root = tmp_path_factory.mktemp("hostile")
    write_releases(root / "in", 20, seed=1)
    for name, text in HOSTILE_RELEASES.items():
        (root / "in" / name).write_text(text, encoding="utf-8")
    store = EmbeddedStore(root / "s")
    report = ingest([root / "in"], store, workers=1)
    store.close()
    assert report.ok, report.failed
    assert report.ingested == 23
    return root / "s"


def _invocations() -> list:
    """(id, argv with {name} placeholders) for every name-taking command the CLI has now."""
    found = []

    def has(*path: str) -> bool:
        cmd = main
        for part in path:
            cmd = getattr(cmd, "commands", {}).get(part)
            if cmd is None:
                return False
        return True

    if has("ask"):
        from kg.queries import questions

        for q in questions().values():
            for target in q.params:
                args = ["ask", q.name]
                for p in q.params:
                    kind = (p.kinds or (p.type,))[0]
                    if p is target:
                        args += [f"--{p.name}", "{name}"]
                    elif not p.optional:
                        args += [f"--{p.name}", GOOD.get(kind, "x")]
                found.append((f"ask-{q.name}-{target.name}", args))
    if has("graph", "path"):
        found.append(("graph-path-source", ["graph", "path", "{name}", "Kassym-Jomart Tokayev"]))
        found.append(("graph-path-target", ["graph", "path", "Kassym-Jomart Tokayev", "{name}"]))
    if has("graph", "ego"):
        found.append(("graph-ego", ["graph", "ego", "{name}"]))
    if has("timeline"):
        found.append(("timeline", ["timeline", "{name}"]))
        found.append(("timeline-topic", ["timeline", "Kassym-Jomart Tokayev", "--topic", "{name}"]))
    if has("viz"):
        found.append(("viz-focus", ["viz", "--focus", "{name}", "-o", "{out}"]))
        found.append(("viz-topic", ["viz", "--topic", "{name}", "-o", "{out}"]))
    if has("viz", "timeline"):
        found.append(("viz-timeline", ["viz", "timeline", "{name}", "-o", "{out}"]))
    if has("query"):
        query = "SELECT ?s WHERE { ?s rdfs:label ?name }"
        found.append(("query-param", ["query", query, "--param", "name={name}"]))
    return found


INVOCATIONS = _invocations()


def _state(path: Path) -> tuple[int, int]:
    store = EmbeddedStore(path, read_only=True)
    try:
        return len(store), len(list(store.native.named_graphs()))
    finally:
        store.close()


def test_the_cli_has_name_taking_commands():
    assert INVOCATIONS, "no name-taking command found in the CLI"


@pytest.mark.parametrize("name", HOSTILE)
@pytest.mark.parametrize("argv", [a for _, a in INVOCATIONS], ids=[i for i, _ in INVOCATIONS])
def test_hostile_names_are_names(store_path, tmp_path, argv, name):
    before = _state(store_path)
    args = [a.replace("{name}", name).replace("{out}", str(tmp_path / "out.html")) for a in argv]
    result = CliRunner().invoke(main, ["--store", str(store_path), *args], catch_exceptions=False)
    assert result.exit_code in (0, 1, 2), result.output
    if result.exit_code:
        assert "Error" in result.output and "Traceback" not in result.output, result.output
    assert _state(store_path) == before


def test_every_iri_in_the_store_is_valid(store_path):
    from rdflib import ConjunctiveGraph

    store = EmbeddedStore(store_path, read_only=True)
    try:
        bad = set()
        for q in store.quads():
            for term in (q.subject, q.predicate, q.object, q.graph_name):
                if type(term).__name__ == "NamedNode":
                    iri = term.value
                    if IRI_FORBIDDEN.search(iri) or not re.match(r"^[a-z][a-z0-9+.-]*:", iri):
                        bad.add(iri)
        nquads = store.dump(None, "nquads")
    finally:
        store.close()
    assert not bad, sorted(bad)[:10]
    graph = ConjunctiveGraph()
    graph.parse(data=nquads.decode("utf-8"), format="nquads")  # rdflib's parser accepts every IRI
    assert len(graph) > 0


def test_hostile_text_is_stored_as_text(store_path):
    store = EmbeddedStore(store_path, read_only=True)
    try:
        literals = {q.object.value for q in store.quads() if type(q.object).__name__ == "Literal"}
    finally:
        store.close()
    for needle in ['x" } ; DROP ALL ; #', *MARKUP]:
        assert any(needle in lit for lit in literals), needle


@pytest.mark.skipif(not any(i == "viz-focus" for i, _ in INVOCATIONS), reason="kg viz is not in the CLI yet")
def test_the_html_view_carries_no_live_markup_from_releases(store_path, tmp_path):
    out = tmp_path / "graph.html"
    result = CliRunner().invoke(
        main, ["--store", str(store_path), "viz", "-o", str(out)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "onerror=alert(1)>" not in html
    assert "<script>alert(1)" not in html
    assert "<svg onload" not in html
    assert "alert(1)" in html  # the hostile text is on the page, escaped


def test_hostile_release_file_names_ingest(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    one = next(iter(HOSTILE_RELEASES.values()))
    for name in ['x" } ; DROP ALL ; #.txt', "<img src=x onerror=alert(1)>.txt", "a b {c}.txt"]:
        (src / name).write_text(one, encoding="utf-8")
    store = EmbeddedStore(tmp_path / "s")
    report = ingest([src], store, workers=1)
    n_graphs = len([g for g in store.native.named_graphs() if "/release/" in g.value])
    store.close()
    assert report.ok and report.ingested == 3, report.failed
    assert n_graphs == 3
    shutil.rmtree(src)
