"""`kg eval` and kg.eval: the scorer's definitions, agreement with the reference scorer, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.eval import match_sets, name_match, score, score_graph

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER = SHARED / "tools" / "score.py"
GOLD = SHARED / "gold" / "dev.jsonl"
DEV = SHARED / "gold" / "dev-corpus"


def test_names_match_on_aliases_token_subsets_and_surnames():
    assert name_match("Joe Biden", ["Joseph R. Biden, Jr.", "Joe Biden"], person=True)
    assert name_match("President Tokayev", ["Kassym-Jomart Tokayev"], person=True)  # surname
    assert not name_match("President Tokayev", ["Kassym-Jomart Tokayev"], person=False)
    assert name_match("World Health Organization (WHO)", ["World Health Organization", "WHO"], person=False)
    assert not name_match("", ["x"], person=False)


def test_matching_is_one_to_one():
    tp, fp, fn = match_sets([{"Biden"}, {"Joe Biden"}], [["Joseph Biden", "Biden"]], person=True)
    assert (tp, len(fp), fn) == (1, 1, [])


def _rel(meetings: dict) -> dict:
    return {"url:https://example.org/r1": meetings}


def test_score_counts_fields_and_reports_misses():
    gold = [
        {
            "doc": "x/r1.md",
            "url": "https://example.org/r1",
            "status": "held",
            "date": "2023-10-28",
            "mode": "phone",
            "participants": [["Ann Old", "Old"], ["Bob New"]],
            "countries": ["XL", "US"],
            "organizations": [],
            "venue": None,
            "event": None,
            "frameworks": [["Paris Agreement"]],
            "topics": ["health"],
        },
        {"doc": "x/r2.md", "url": "https://example.org/r2", "status": "none"},
    ]
    rel = _rel(
        {
            "m1": {
                "status": {"https://w3id.org/dmkg/ontology#Held"},
                "date": {"2023-10-28"},
                "mode": {"https://w3id.org/dmkg/ontology#Phone"},
                "participants": {"p1": {"Ann Old"}, "p2": {"Carl Extra"}},
                "countries": {"XL"},
                "topics": {"health"},
            }
        }
    )
    card = score(rel, gold)
    figs = card.figures()
    assert figs["detect_held"]["f1"] == 1.0
    assert (figs["participants"]["tp"], figs["participants"]["pred"], figs["participants"]["gold"]) == (
        1,
        2,
        2,
    )
    assert figs["countries"]["r"] == 0.5 and figs["date"]["acc"] == 1.0 and figs["venue"]["acc"] == 1.0
    assert figs["frameworks"]["r"] == 0.0
    assert "participants: extra ['Carl Extra'] missing ['Bob New']" in card.errors["x/r1.md"]


def test_planned_records_get_their_own_date_participants_and_countries_figures():
    """A planned record is scored against the release's planned meetings in rows of their own; the
    reference scorer's fields (held meetings only) are unchanged."""
    gold = [
        {
            "doc": "x/r1.md",
            "url": "https://example.org/r1",
            "status": "planned",
            "date": "2024-03-05",
            "participants": [["Ann Old", "Old"], ["Dana Host"]],
            "countries": ["XL", "US"],
        },
        {
            "doc": "x/r2.md",
            "url": "https://example.org/r2",
            "status": "planned",
            "date": "2024-04-01",
            "participants": [["Eve Far"]],
            "countries": ["XM"],
        },
    ]
    planned = {"https://w3id.org/dmkg/ontology#Planned"}
    rel = _rel(
        {
            "m1": {
                "status": planned,
                "date": {"2024-03-01"},
                "participants": {"p1": {"Ann Old"}, "p2": {"Vlad Named"}},
                "countries": {"XL", "RU"},
            }
        }
    )
    card = score(rel, gold)
    figs = card.planned_figures()
    assert figs["planned_date"] == {"acc": 0.0, "n": 2}  # wrong day; the missed release counts wrong too
    pp = figs["planned_participants"]
    assert (pp["tp"], pp["pred"], pp["gold"]) == (1, 2, 3)
    pc = figs["planned_countries"]
    assert (pc["tp"], pc["pred"], pc["gold"]) == (1, 2, 3)
    assert "planned participants: extra ['Vlad Named'] missing ['Dana Host']" in card.errors["x/r1.md"]
    assert "planned date: got ['2024-03-01'] want 2024-03-05" in card.errors["x/r1.md"]
    assert "planned_participants" not in card.figures() and card.figures()["detect_planned"]["tp"] == 1
    assert "planned_countries" in card.table() and card.table().splitlines()[-1].startswith("summary:")


@pytest.fixture(scope="module")
def dev_export(tmp_path_factory):
    if not (SCORER.exists() and GOLD.exists()):
        pytest.skip(f"shared scorer and gold key not available under {SHARED}")
    tmp = tmp_path_factory.mktemp("eval")
    store, export = tmp / "store", tmp / "g.nq"
    runner = CliRunner()
    r = runner.invoke(
        main,
        ["--store", str(store), "ingest", "--workers", "1", str(DEV / "akorda-style"), str(DEV / "akorda")],
        catch_exceptions=False,
    )
    assert r.exit_code == 0, r.output
    r = runner.invoke(
        main,
        ["--store", str(store), "export", "--format", "nquads", "-o", str(export)],
        catch_exceptions=False,
    )
    assert r.exit_code == 0, r.output
    return export


def test_figures_agree_with_the_reference_scorer(dev_export, tmp_path):
    out = tmp_path / "ref.json"
    subprocess.run(
        [sys.executable, str(SCORER), str(dev_export), str(GOLD), "--json", str(out)],
        check=True,
        capture_output=True,
    )
    reference = json.loads(out.read_text())
    ours = score_graph(dev_export, GOLD).figures()
    assert ours == reference


def test_cli_eval_prints_the_table_and_errors(tmp_path):
    if not GOLD.exists():
        pytest.skip(f"shared gold key not available under {SHARED}")
    gold = tmp_path / "gold.jsonl"
    lines = [line for line in GOLD.read_text(encoding="utf-8").splitlines() if '"akorda/' in line]
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    figures = tmp_path / "figures.json"
    r = CliRunner().invoke(
        main,
        ["eval", str(gold), str(DEV / "akorda"), "--show-errors", "--json", str(figures), "--workers", "1"],
        catch_exceptions=False,
    )
    assert r.exit_code == 0, r.output
    assert "detect_held" in r.output and r.output.strip().splitlines()[-1].startswith("summary:")
    assert json.loads(figures.read_text())["detect_held"]["f1"] == 1.0


def test_cli_eval_names_a_document_it_could_not_ingest(tmp_path):
    """A release that fails to ingest is scored as finding nothing: the command says which one and why."""
    data = Path(__file__).resolve().parents[1] / "data"
    folder = tmp_path / "in"
    folder.mkdir()
    sample = "2023-05-29-tokayev-erdogan-call.txt"
    (folder / sample).write_text((data / sample).read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": sample, "status": "held"}) + "\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["eval", str(gold), str(folder), "--workers", "1"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    failed = [line for line in r.stderr.splitlines() if line.startswith("not ingested")]
    assert len(failed) == 1 and "empty.txt" in failed[0], r.stderr
    assert "summary:" in r.stdout
