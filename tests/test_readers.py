"""The source readers on the team's sample releases (data/) and on the real corpus (../shared).

Bad input of every kind is in test_bad_documents.py.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from kg.model import Document, DocumentError, KgError
from kg.readers import (
    DEFAULT_MAX_BYTES,
    Reader,
    choose_reader,
    count_documents,
    get_reader,
    read_paths,
    reader_names,
    register,
)

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
CORPUS = REPO.parent / "shared" / "corpus"

BUILT_INS = ["akorda", "whitehouse", "markdown", "kremlin-csv", "ukraine-csv", "csv", "html", "jsonl"]


def documents(paths, **kwargs) -> list[Document]:
    items = list(read_paths(paths, **kwargs))
    errors = [i for i in items if isinstance(i, DocumentError)]
    assert errors == [], [str(e) for e in errors]
    return items  # type: ignore[return-value]


def assert_plain_text(doc: Document) -> None:
    """The text contract: paragraphs split by exactly one blank line, one line each, no stray spaces."""
    assert doc.text and doc.text == doc.text.strip()
    for paragraph in doc.text.split("\n\n"):
        assert paragraph and "\n" not in paragraph, doc.identifier
        assert paragraph == paragraph.strip() and "  " not in paragraph, (doc.identifier, paragraph[:80])
        assert "\u00a0" not in paragraph and "\ufeff" not in paragraph, doc.identifier
    assert doc.title and "\n" not in doc.title and not doc.text.startswith(doc.title + "\n")


# -- registry ---------------------------------------------------------------------------------


def test_built_in_readers_are_registered_by_name():
    assert reader_names()[: len(BUILT_INS)] == BUILT_INS
    for name in BUILT_INS:
        reader = get_reader(name)
        assert isinstance(reader, Reader) and reader.name == name
    assert get_reader("akorda") is get_reader("akorda")  # one instance, imported once


def test_unknown_reader_name_is_a_clear_error():
    with pytest.raises(KgError, match=r"unknown reader 'docx'; known readers: akorda, whitehouse"):
        get_reader("docx")
    with pytest.raises(KgError, match="unknown reader"):
        list(read_paths([DATA], reader="docx"))


def test_a_third_party_reader_registers_lazily_and_wins_by_sniffing(tmp_path, monkeypatch):
    plugin = tmp_path / "plugin_pkg"
    plugin.mkdir()
    (plugin / "__init__.py").write_text("")
    (plugin / "notes.py").write_text(
        "from datetime import date\n"
        "from kg.model import Document\n"
        "from kg.readers import Reader\n"
        "class NotesReader(Reader):\n"
        "    def sniff(self, path, head):\n"
        "        return 1.0 if path.suffix == '.notes' else 0.0\n"
        "    def read(self, path, root):\n"
        "        yield Document(self.name, path.name, 'Notes', path.read_text().strip(), date(2024, 1, 2))\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert "plugin_pkg.notes" not in sys.modules
    register("notes", "plugin_pkg.notes:NotesReader")
    try:
        assert "plugin_pkg.notes" not in sys.modules  # nothing imported until first use
        (tmp_path / "a.notes").write_text("Met the ambassador.\n")
        [doc] = documents([tmp_path / "a.notes"])
        assert (doc.reader, doc.identifier, doc.text) == ("notes", "a.notes", "Met the ambassador.")
    finally:
        from kg import readers

        readers._targets.pop("notes")
        readers._instances.pop("notes", None)


def test_register_rejects_a_target_without_a_class_name():
    with pytest.raises(KgError, match="module.path:ClassName"):
        register("broken", "plugin_pkg.notes")


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.txt", b" date 2024-01-02 Talks | Akorda\n\nText", "akorda"),
        ("a.md", b"---\nsource_url: https://www.whitehouse.gov/x\n---\n", "whitehouse"),
        ("a.md", b"---\ndate: 2024-01-02\n---\n", "markdown"),
        ("a.csv", b"link,headline,date,location,summary,body\nhttp://en.kremlin.ru/x,", "kremlin-csv"),
        ("a.csv", b"link,headline,date,body\nhttps://www.president.gov.ua/en/news/x,", "ukraine-csv"),
        ("a.csv", b"title,text,date,url\n", "csv"),
        ("page.htm", b"<p>hello</p>", "html"),
        ("page", b"<!DOCTYPE html><html>", "html"),
        ("a.jsonl", b'{"text": "x"}\n', "jsonl"),
    ],
)
def test_reader_chosen_by_extension_and_content(name, head, expected):
    chosen = choose_reader(Path(name), head)
    assert chosen is not None and chosen.name == expected


def test_no_reader_for_unknown_content():
    assert choose_reader(Path("photo.png"), b"\x89PNG\r\n") is None


def test_default_size_limit_is_20_megabytes():
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024


# -- the sample releases -------------------------------------------------------------------------

SAMPLES = {
    "2023-05-29-tokayev-erdogan-call.txt": (
        "akorda",
        "Kassym-Jomart Tokayev has a telephone conversation with President of Türkiye Recep Tayyip Erdoğan",
        date(2023, 5, 29),
        None,
        "President of Kazakhstan Kassym-Jomart Tokayev had a telephone conversation with President of "
        "Türkiye Recep Tayyip Erdoğan, Akorda press service reports.",
    ),
    "2024-02-05-water-concept-decree.txt": (
        "akorda",
        "Head of State signs Decree on the Concept for the development of the water resources "
        "management system",
        date(2024, 2, 5),
        None,
        "Kassym-Jomart Tokayev signed the Decree “On approval of the Concept for the development of the "
        "water resources management system of the Republic of Kazakhstan for 2024–2030”.",
    ),
    "2024-05-17-tokayev-mirziyoyev-astana.txt": (
        "akorda",
        "Kassym-Jomart Tokayev holds talks with President of Uzbekistan Shavkat Mirziyoyev",
        date(2024, 5, 17),
        None,
        "President of Kazakhstan Kassym-Jomart Tokayev held talks with President of Uzbekistan Shavkat "
        "Mirziyoyev, who arrived in Astana on a working visit, Akorda press service reports.",
    ),
    "2023-09-19-readout-biden-c5plus1-summit.md": (
        "whitehouse",
        "Readout of President Biden’s C5+1 Summit with the Leaders of Central Asia",
        date(2023, 9, 19),
        "https://www.whitehouse.gov/briefing-room/statements-releases/2023/09/19/"
        "readout-of-president-joe-bidens-c51-summit-with-the-leaders-of-central-asia/",
        "Today, President Joseph R. Biden, Jr. met with President Kassym-Jomart Tokayev of Kazakhstan, "
        "President Sadyr Japarov of the Kyrgyz Republic, President Emomali Rahmon of Tajikistan, President "
        "Serdar Berdimuhamedov of Turkmenistan, and President Shavkat Mirziyoyev of Uzbekistan on the "
        "margins of the 78th session of the United Nations General Assembly in New York. It was the first "
        "summit of the C5+1 diplomatic platform at the level of heads of state.",
    ),
    "kremlin-sample.csv#http://en.kremlin.ru/events/president/news/75671": (
        "kremlin-csv",
        "Russian-Kazakhstani talks",
        date(2024, 11, 27),
        "http://en.kremlin.ru/events/president/news/75671",
        "Vladimir Putin, who is in Kazakhstan on a state visit, held talks with President of Kazakhstan "
        "Kassym-Jomart Tokayev.",
    ),
    "kremlin-sample.csv#http://en.kremlin.ru/events/president/news/74602": (
        "kremlin-csv",
        "Telephone conversation with President of Uzbekistan Shavkat Mirziyoyev",
        date(2024, 7, 24),
        "http://en.kremlin.ru/events/president/news/74602",
        "Vladimir Putin had a telephone conversation with President of Uzbekistan Shavkat Mirziyoyev.",
    ),
    "2024-09-12-mirziyoyev-japarov-tashkent.html": (
        "html",
        "Presidents of Uzbekistan and Kyrgyzstan hold talks in Tashkent",
        date(2024, 9, 12),
        "https://president.uz/en/lists/view/7581",
        "President of the Republic of Uzbekistan Shavkat Mirziyoyev held talks with President of the Kyrgyz "
        "Republic Sadyr Japarov, who arrived in Tashkent on a state visit.",
    ),
    "kazinform-sample.jsonl#1": (
        "jsonl",
        "Tokayev and Aliyev discuss the Middle Corridor in Astana",
        date(2024, 8, 9),
        "https://www.inform.kz/en/tokayev-and-aliyev-discuss-the-middle-corridor-in-astana-sample",
        "President Kassym-Jomart Tokayev met with President of Azerbaijan Ilham Aliyev on the sidelines of "
        "the Consultative Meeting of the Heads of State of Central Asia in Astana, where Azerbaijan took "
        "part as guest of honour.",
    ),
    "kazinform-sample.jsonl#2": (
        "jsonl",
        "Tokayev and Mirziyoyev hold phone talks",
        date(2025, 3, 12),
        "https://www.inform.kz/en/tokayev-and-mirziyoyev-hold-phone-talks-sample",
        "Kassym-Jomart Tokayev had a telephone conversation with President of Uzbekistan Shavkat Mirziyoyev, "
        "the Akorda press service said.",
    ),
}


@pytest.fixture(scope="module")
def sample_docs() -> dict[str, Document]:
    return {d.identifier: d for d in documents([DATA])}


def test_the_sample_folder_reads_completely_in_sorted_order():
    docs = documents([DATA])
    assert len(docs) == 14  # 8 akorda + 1 White House + 2 Kremlin rows + 1 HTML + 2 JSON lines
    files = [d.identifier.split("#")[0] for d in docs]
    assert files == sorted(files)  # files in sorted order, rows and lines in file order
    assert {d.reader for d in docs} == {"akorda", "whitehouse", "kremlin-csv", "html", "jsonl"}
    assert not any("README" in d.identifier for d in docs)
    assert count_documents([DATA]) == 14


@pytest.mark.parametrize("identifier", sorted(SAMPLES))
def test_sample_release_title_date_url_and_first_paragraph(sample_docs, identifier):
    reader, title, day, url, first = SAMPLES[identifier]
    doc = sample_docs[identifier]
    assert (doc.reader, doc.title, doc.date, doc.url) == (reader, title, day, url)
    assert doc.text.split("\n\n")[0] == first
    assert_plain_text(doc)


def test_every_sample_has_plain_text_and_a_publisher(sample_docs):
    publishers = {d.reader: d.publisher for d in sample_docs.values()}
    assert publishers == {
        "akorda": "President of the Republic of Kazakhstan (akorda.kz)",
        "whitehouse": "The White House",
        "kremlin-csv": "President of Russia (kremlin.ru)",
        "html": "President of the Republic of Uzbekistan",
        "jsonl": "Kazinform",
    }
    for doc in sample_docs.values():
        assert_plain_text(doc)


def test_reading_is_deterministic(sample_docs):
    again = {d.identifier: d for d in documents([DATA])}
    assert again == sample_docs
    assert {k: d.content_hash for k, d in again.items()} == {
        k: d.content_hash for k, d in sample_docs.items()
    }


def test_akorda_paragraphs_and_bom_leading_space(sample_docs):
    doc = sample_docs["2024-05-17-tokayev-mirziyoyev-astana.txt"]
    assert doc.text.count("\n\n") == 6  # seven paragraphs; the five blank lines between them collapse
    assert doc.location is None and doc.published is None
    decree = sample_docs["2024-02-05-water-concept-decree.txt"]  # starts with a BOM and a space
    assert decree.text.endswith("The Decree comes into force from the date of its signing.")


def test_white_house_markdown_is_unescaped_and_unwrapped(sample_docs):
    doc = sample_docs["2023-09-19-readout-biden-c5plus1-summit.md"]
    assert doc.published == datetime(2023, 9, 19, 20, 45, 37, tzinfo=timezone(timedelta(hours=-4)))
    paragraphs = doc.text.split("\n\n")
    assert "the Trans-Caspian Trade Route, also known as the Middle Corridor" in paragraphs[2]  # `\-`
    assert "the steadfast support" in paragraphs[1]  # *emphasis*
    assert paragraphs[4:7] == [  # bullet items, their continuation lines joined
        "the launch of the C5+1 Critical Minerals Dialogue;",
        "new investment in regional connectivity under the Partnership for Global Infrastructure and "
        "Investment (PGII); and",
        "closer cooperation on water management and climate adaptation.",
    ]
    assert paragraphs[-1].endswith("marks its eighth anniversary this year.")  # `\###` dropped
    for mark in ("\\", "](", "*", "###", "-   "):
        assert mark not in doc.text


def test_kremlin_rows_keep_the_utc_timestamp_and_location(sample_docs):
    talks = sample_docs["kremlin-sample.csv#http://en.kremlin.ru/events/president/news/75671"]
    call = sample_docs["kremlin-sample.csv#http://en.kremlin.ru/events/president/news/74602"]
    assert talks.published == datetime(2024, 11, 27, 12, 30, tzinfo=UTC)
    assert talks.published.astimezone(timezone(timedelta(hours=3))).hour == 15  # Moscow time
    assert (talks.location, call.location) == ("Astana", None)  # "NA" means unknown
    paragraphs = talks.text.split("\n\n")
    assert len(paragraphs) == 5  # the summary, then the four ` * * * ` sections
    assert paragraphs[2].startswith("President of Kazakhstan Kassym-Jomart Tokayev: Mr President")
    assert "* * *" not in talks.text


def test_html_skips_navigation_scripts_and_footer(sample_docs):
    doc = sample_docs["2024-09-12-mirziyoyev-japarov-tashkent.html"]
    assert doc.published == datetime(2024, 9, 12, 16, 40, tzinfo=timezone(timedelta(hours=5)))
    assert doc.publisher == "President of the Republic of Uzbekistan"
    for junk in ("Home", "Contacts", "Share this news", "©", "dataLayer", "console.log", "12 September 2024"):
        assert junk not in doc.text
    assert doc.text.split("\n\n")[2] == (
        "Sadyr Japarov thanked his Uzbek counterpart for the warm hospitality. Following the talks, a Joint "
        "Statement and a number of documents on cooperation in energy and transport were signed."
    )  # a <br> inside a paragraph is a space


def test_jsonl_published_only_where_given(sample_docs):
    first, second = (
        sample_docs["kazinform-sample.jsonl#1"],
        sample_docs["kazinform-sample.jsonl#2"],
    )
    assert first.published is None
    assert second.published == datetime(2025, 3, 12, 14, 5, tzinfo=timezone(timedelta(hours=5)))
    assert second.text.count("\n\n") == 2


def test_identifier_is_relative_to_the_root_given(tmp_path):
    nested = tmp_path / "releases" / "2023"
    nested.mkdir(parents=True)
    for name in ("2023-05-29-tokayev-erdogan-call.txt", "kremlin-sample.csv"):
        (nested / name).write_bytes((DATA / name).read_bytes())
    assert [d.identifier for d in documents([tmp_path])] == [
        "releases/2023/2023-05-29-tokayev-erdogan-call.txt",
        "releases/2023/kremlin-sample.csv#http://en.kremlin.ru/events/president/news/75671",
        "releases/2023/kremlin-sample.csv#http://en.kremlin.ru/events/president/news/74602",
    ]
    assert documents([tmp_path / "releases"])[0].identifier == "2023/2023-05-29-tokayev-erdogan-call.txt"
    [doc] = documents([nested / "2023-05-29-tokayev-erdogan-call.txt"])  # a file given directly: its name
    assert doc.identifier == "2023-05-29-tokayev-erdogan-call.txt"
    rows = documents([str(nested / "kremlin-sample.csv")])  # a str works as well as a Path
    assert [r.identifier.split("#")[0] for r in rows] == ["kremlin-sample.csv"] * 2
    assert [d.identifier for d in documents(DATA / "kazinform-sample.jsonl")] == [
        "kazinform-sample.jsonl#1",
        "kazinform-sample.jsonl#2",
    ]


def test_forcing_a_reader(tmp_path):
    path = tmp_path / "export.txt"  # JSON lines in a .txt file: sniffed as akorda text, which it is not
    path.write_text(
        '{"title": "Talks with a delegation", "date": "2024-03-01", "text": "The President met."}\n'
    )
    [error] = read_paths([path])
    assert isinstance(error, DocumentError) and error.reason.startswith("no date: the first line should read")
    [doc] = documents([path], reader="jsonl")
    assert (doc.reader, doc.identifier, doc.title, doc.date) == (
        "jsonl",
        "export.txt#1",
        "Talks with a delegation",
        date(2024, 3, 1),
    )


def test_generic_csv_with_its_own_column_names(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text(
        "Title,Text,Date,URL,Publisher\n"
        '"Talks in Baku","The President met the Prime Minister.\n\nThey discussed energy.",2024-04-01,'
        "https://example.org/1,Example Agency\n"
        "No link here,Second release.,2024-04-02T08:00:00+02:00,,\n",
        encoding="utf-8",
    )
    first, second = documents([path])
    assert (first.reader, first.identifier, first.title, first.url) == (
        "csv",
        "feed.csv#https://example.org/1",
        "Talks in Baku",
        "https://example.org/1",
    )
    assert first.text == "The President met the Prime Minister.\n\nThey discussed energy."
    assert first.publisher == "Example Agency"
    assert (second.identifier, second.url, second.publisher) == ("feed.csv#2", None, None)
    assert second.published == datetime(2024, 4, 2, 8, 0, tzinfo=timezone(timedelta(hours=2)))


def test_ukraine_style_bodies_split_only_at_recovered_breaks(tmp_path):
    path = tmp_path / "zelenskyy.csv"
    body = (
        "President Volodymyr Zelenskyy met the Prime Minister.  They discussed air defence. "
        'He said: "We are grateful."  The sides agreed to meet again.\n\r Details follow.'
    )
    quoted = body.replace('"', '""')
    path.write_text(
        "link,headline,date,body\n"
        f'https://www.president.gov.ua/en/news/x-1,Meeting,2022-03-01T10:00:00Z,"{quoted}"\n',
        encoding="utf-8",
    )
    [doc] = documents([path])
    assert doc.reader == "ukraine-csv" and doc.publisher == "President of Ukraine (president.gov.ua)"
    assert doc.text.split("\n\n") == [
        "President Volodymyr Zelenskyy met the Prime Minister.",
        'They discussed air defence. He said: "We are grateful."',
        "The sides agreed to meet again.",
        "Details follow.",
    ]


def test_markdown_escapes_links_and_lists(tmp_path):
    path = tmp_path / "readout.md"
    path.write_text(
        "---\n"
        "date: '2022-06-01'\n"
        "published_time: 2022-06-01 10:00:00-04:00\n"
        "source_url: https://www.whitehouse.gov/briefing-room/x/\n"
        'title: "Readout of the President\\u2019s Call with\\_the Prime\\_Minister"\n'
        "---\n"
        " \n"
        "# Readout of the President’s Call with the Prime Minister\n\n"
        "The President spoke with the [Prime Minister](https://example.org/pm_(page))\n"
        "of Finland. They discussed \\[sic\\] the **NATO** summit and\u00a0the\n"
        "snake_case \\*asterisk\\* and \\_underscore\\_ and `code`.\n\n"
        "## Participants\n"
        "1. The President\n"
        "2. The Secretary of\n"
        "   State\n\n"
        "> A quoted line\n"
        "> continued.\n\n"
        '<figure><img src="x.png" /></figure>\n'
        "Struck <s>wrong</s> right <u>under</u>.\n\n"
        "\\###\n",
        encoding="utf-8",
    )
    [doc] = documents([path])
    assert doc.title == "Readout of the President’s Call with the Prime Minister"
    assert doc.text.split("\n\n") == [
        "The President spoke with the Prime Minister of Finland. They discussed [sic] the NATO summit and "
        "the snake_case *asterisk* and _underscore_ and code.",
        "Participants",
        "The President",
        "The Secretary of State",
        "A quoted line continued.",
        "Struck right under.",
    ]


def test_html_fallbacks_title_tag_and_date_in_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Meeting with the Ambassador</title></head><body>"
        "<nav><p>Menu</p></nav><div><p>Published 5 March 2024.</p>"
        "<p>The Minister met the Ambassador of Japan.</p><ul><li><p>Trade</p></li></ul></div></body></html>",
        encoding="utf-8",
    )
    [doc] = documents([path])
    assert (doc.title, doc.date, doc.url, doc.published) == (
        "Meeting with the Ambassador",
        date(2024, 3, 5),
        None,
        None,
    )
    assert doc.text == "Published 5 March 2024.\n\nThe Minister met the Ambassador of Japan.\n\nTrade"


def test_count_documents_counts_rows_and_lines(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        '{"text": "a", "date": "2024-01-01"}\n\n{"text": "b", "date": "2024-01-02"}\n'
    )
    (tmp_path / "b.csv").write_text('text,date\n"multi\nline",2024-01-01\nx,2024-01-02\ny,2024-01-03\n')
    (tmp_path / "c.txt").write_text(" date 2024-01-01 T | Akorda\n\nBody.\n")
    assert count_documents([tmp_path, tmp_path / "missing"]) == 2 + 3 + 1 + 1
    assert len(list(read_paths([tmp_path, tmp_path / "missing"]))) == 7


# -- the real corpus ---------------------------------------------------------------------------

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared corpus not found at {CORPUS}")


@needs_corpus
def test_real_akorda_release():
    [doc] = documents([CORPUS / "akorda"])
    assert (doc.reader, doc.identifier, doc.title, doc.date) == (
        "akorda",
        "000_28b1885bf16bbd9d.txt",
        "Images",
        date(2023, 10, 28),
    )
    assert doc.text.startswith(
        "During the meeting, held on the sidelines of the Astana International Conference on Primary "
        "Health Care,"
    )
    assert_plain_text(doc)


@needs_corpus
def test_akorda_style_releases():
    docs = documents([CORPUS / "akorda-style"])
    assert len(docs) == 12  # README.md skipped
    for doc in docs:
        assert doc.reader == "akorda" and doc.title and not doc.title.endswith("Akorda")
        assert doc.identifier[:10] == doc.date.isoformat()
        assert_plain_text(doc)


@needs_corpus
def test_200_random_white_house_files():
    files = sorted((CORPUS / "whitehouse").rglob("*.md"))
    assert len(files) == 9182
    chosen = random.Random(20231028).sample(files, 200)
    docs = documents(chosen)
    assert len(docs) == 200
    for doc in docs:
        assert doc.reader == "whitehouse" and doc.publisher == "The White House"
        assert doc.url and doc.url.startswith("https://bidenwhitehouse.archives.gov/briefing-room/")
        assert doc.published is not None and doc.published.tzinfo is not None
        assert doc.published.date() == doc.date or abs((doc.published.date() - doc.date).days) <= 1
        for escape in ("\\_", "\\###", "\\[", "\\]", "\\*", "\\#"):
            assert escape not in doc.text and escape not in doc.title, (doc.identifier, escape)
        assert_plain_text(doc)


@pytest.mark.slow
@needs_corpus
def test_all_white_house_files_read_except_one_image_only_fact_sheet():
    items = list(read_paths([CORPUS / "whitehouse"]))
    errors = [i for i in items if isinstance(i, DocumentError)]
    assert len(items) == 9182  # LICENSE skipped
    assert [(e.locator, e.reason) for e in errors] == [
        (
            "statements-releases/2023-03/2023-03-10-fact-sheet-the-american-rescue-plans-2-year-difference.md",
            "no body text after the front matter",
        )
    ]


@needs_corpus
def test_kremlin_csv_reads_every_row():
    docs = documents([CORPUS / "kremlin" / "putin.csv"])
    assert len(docs) == 549
    assert {d.reader for d in docs} == {"kremlin-csv"}
    assert len({d.identifier for d in docs}) == 549
    assert all(d.identifier.startswith("putin.csv#http://en.kremlin.ru/") for d in docs)
    assert all(d.published is not None and d.published.utcoffset() == timedelta(0) for d in docs)
    assert not any("* * *" in d.text for d in docs)
    assert sum(d.location is None for d in docs) > 0 and sum(d.location is not None for d in docs) > 0
    for doc in docs:
        assert_plain_text(doc)


@needs_corpus
def test_ukraine_csv_reads_every_row():
    docs = documents([CORPUS / "ukraine"])
    assert len(docs) == 544
    assert {d.reader for d in docs} == {"ukraine-csv"}
    assert all(d.identifier.startswith("zelenskyy.csv#https://www.president.gov.ua/en/") for d in docs)
    [untitled] = [
        d
        for d in docs
        if d.identifier.endswith("/volodimir-zelenskij-ya-gotovij-piti-na-vse-yaksho-moya-hoda-73721")
    ]
    assert untitled.title == (  # the row has no headline: its first sentence stands in
        "Russia should move away from ultimatums against Ukraine, because they will not lead to any results."
    )
    for doc in docs:
        assert_plain_text(doc)


@needs_corpus
def test_identifiers_match_the_gold_locators(tmp_path):
    """Read through a root holding links to the corpus folders: identifiers are what the gold key uses."""
    for name in ("akorda", "akorda-style", "kremlin", "ukraine", "kz-news"):
        (tmp_path / name).symlink_to(CORPUS / name, target_is_directory=True)
    read = {d.identifier for d in documents([tmp_path], follow_symlinks=True)}
    gold = REPO.parent / "shared" / "gold" / "dev.jsonl"
    locators = {
        json.loads(line)["doc"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()
    }
    wanted = {loc for loc in locators if not loc.startswith("whitehouse/")}
    assert wanted and wanted <= read
