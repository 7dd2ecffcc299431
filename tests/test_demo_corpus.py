"""The bundled demo corpus: present, readable, labelled fictional, consistent with its answer key,
and (as the pipeline lands) ingested, cleaned and dated the way its README says it should be."""

from __future__ import annotations

import gzip
import json
import re
from importlib import import_module
from pathlib import Path

import pytest

from crosswire.demo import corpus_path, expected, readme_path

NOTICE = "FICTIONAL DEMO ARTICLE — written for crosswire's demo; not real news."
REPRINT = "02-harbour-gazette-bridge-reprint.txt"
CRAWL_DATE_HEADER = "Tuesday, March 3, 2026"


def _files() -> list[Path]:
    return sorted(p for p in corpus_path().iterdir() if p.is_file())


def _read(path: Path) -> str:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8")


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in _read(path).splitlines() if line.strip()]


def _visible_words(raw: str) -> int:
    """Rough word count of what a reader sees (tags, scripts and styles dropped)."""
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    return len(re.sub(r"<[^>]+>", " ", raw).split())


def _require(module: str, attr: str, what: str):
    """The pipeline piece under test, or a skip naming what has not landed yet."""
    try:
        found = getattr(import_module(module), attr, None)
    except ImportError:
        found = None
    if found is None:
        pytest.skip(f"{what} ({module}.{attr}) has not landed yet")
    return found


# -- the files themselves ------------------------------------------------------------------


def test_corpus_ships_the_expected_files():
    files = _files()
    key = expected()
    assert len(files) == key["file_count"] == 8
    suffixes = {"".join(p.suffixes[-2:]) if p.name.endswith(".gz") else p.suffix for p in files}
    assert suffixes == {".txt", ".html", ".html.gz", ".jsonl"}
    assert readme_path().is_file()


def test_package_data_ships_every_corpus_file():
    """pyproject's package-data globs cover the corpus, so a wheel (not only -e) carries it."""
    import tomllib

    root = Path(__file__).resolve().parents[1]
    package = root / "src" / "crosswire"
    globs = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["crosswire"]
    shipped = {p for pattern in globs for p in package.glob(pattern) if p.is_file()}
    corpus = {p for p in (package / "demo" / "corpus").rglob("*") if p.is_file()}
    assert corpus and corpus <= shipped


def test_every_file_is_readable_and_article_sized():
    for path in _files():
        raw = _read(path)
        if path.suffix == ".jsonl":
            records = _records(path)
            assert len(records) == 2
            for record in records:
                assert {"id", "url", "title", "published", "outlet", "section"} <= record.keys()
                body = record.get("text") or record.get("html")
                assert body, record["id"]
                assert 330 <= _visible_words(body) <= 750, record["id"]
        else:
            assert 330 <= _visible_words(raw) <= 750, path.name


def test_every_file_and_record_is_labelled_fictional():
    for path in _files():
        assert NOTICE in _read(path), f"{path.name} lacks the fictional notice"
        if path.suffix == ".jsonl":
            for record in _records(path):
                assert record["notice"] == NOTICE
                assert NOTICE in (record.get("text") or record.get("html"))
    assert "FICTIONAL" in readme_path().read_text(encoding="utf-8")


def test_answer_key_names_every_article_and_matches_the_text():
    key = expected()
    files = {p.name: p for p in _files()}
    sources: dict[str, str] = {}
    for path in files.values():
        if path.suffix == ".jsonl":
            for record in _records(path):
                body = record.get("text") or record.get("html")
                sources[f"{path.name}#{record['id']}"] = record["title"] + "\n" + body
        else:
            sources[path.name] = _read(path)
    assert set(key["articles"]) == set(sources)
    assert len(sources) == key["article_count"] == 9
    assert sum(key["stories"].values()) == key["article_count"]

    for name, entry in key["articles"].items():
        assert entry["title"] in sources[name], name
        for phrase in entry.get("clean_text_excludes", []) + entry.get("clean_text_includes", []):
            assert phrase in sources[name], (name, phrase)
    for item in key["relative_dates"]:
        assert item["phrase"] in sources[item["file"]], item
    # the contradictions the README promises are really in the text
    assert "12 were injured" in sources["03-tolven-courier-witnesses.html"]
    assert "on November 24" in sources["05-capital-post-bridge-politics.html"]
    # the reprint says so, and carries the crawl-date header and the doubled headline
    reprint = sources[REPRINT]
    assert "This report was originally published by Meridian Press Agency." in reprint
    assert reprint.splitlines()[0] == CRAWL_DATE_HEADER
    headline = key["articles"][REPRINT]["repeated_headline"]
    assert sum(line.strip() == headline for line in reprint.splitlines()) == 2
    # the undated article carries no full date a reader could take as its own
    undated = sources["06-northern-ledger-ageing-bridges.txt"]
    assert not re.search(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b", undated)
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", undated)


def test_readme_describes_every_file():
    readme = readme_path().read_text(encoding="utf-8")
    for path in _files():
        assert path.name in readme


# -- through the pipeline (skips until the pieces land) ---------------------------------------


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """The demo corpus ingested once into a real SQLite file: (store, report, docs by file key)."""
    ingest_paths = _require("crosswire.ingest", "ingest_paths", "ingest")
    # ingest runs the clean and metadata stages, so it cannot run before they exist
    _require("crosswire.clean", "clean_stage", "cleaning")
    _require("crosswire.metadata", "metadata_stage", "metadata")
    from crosswire.store import Store

    store = Store(tmp_path_factory.mktemp("demo") / "demo.db")
    report = ingest_paths(store, [corpus_path()])
    yield store, report
    store.close()


def _doc_for(store, file_name: str):
    matches = [d for d in store.iter_articles() if d.path and Path(d.path).name == file_name]
    assert len(matches) == 1, f"{file_name}: {len(matches)} stored articles"
    return matches[0]


def _count(value) -> int:
    return value if isinstance(value, int) else len(value)


def test_demo_corpus_ingests_without_failures(ingested):
    store, report = ingested
    failures = getattr(report, "failed", None)
    if failures is None:
        failures = getattr(report, "errors", [])
    assert _count(failures) == 0, failures
    assert _count(report.ingested) == expected()["article_count"]
    assert store.count_articles() == expected()["article_count"]


def test_reingesting_the_demo_corpus_adds_nothing(ingested):
    store, _ = ingested
    ingest_paths = _require("crosswire.ingest", "ingest_paths", "ingest")
    again = ingest_paths(store, [corpus_path()])
    assert _count(again.ingested) == 0
    assert store.count_articles() == expected()["article_count"]


def test_crawl_date_header_is_not_the_publication_date(ingested):
    _require("crosswire.metadata", "metadata_stage", "metadata (dateline dates)")
    store, _ = ingested
    reprint = _doc_for(store, REPRINT)
    assert reprint.published != "2026-03-03"
    assert reprint.published == expected()["articles"][REPRINT]["published"]
    assert CRAWL_DATE_HEADER not in reprint.text


def test_repeated_headline_appears_at_most_once_in_the_clean_text(ingested):
    _require("crosswire.clean", "clean_stage", "cleaning")
    store, _ = ingested
    reprint = _doc_for(store, REPRINT)
    headline = expected()["articles"][REPRINT]["repeated_headline"]
    assert reprint.text.count(headline) <= 1
    for phrase in expected()["articles"][REPRINT]["clean_text_includes"]:
        assert phrase in reprint.text
    for phrase in ("LEAVE A REPLY", "Please enter your comment!", "RELATED ARTICLES", "Most Popular"):
        assert phrase not in reprint.text


# -- stories (skip until grouping lands) ------------------------------------------------------


def _key_of(doc) -> str:
    name = Path(doc.path).name if doc.path else ""
    return f"{name}#{doc.source_id}" if doc.source_id else name


@pytest.fixture(scope="module")
def grouped(tmp_path_factory):
    """The demo corpus ingested through the library with stories: (story id by answer-key name, stories)."""
    _require("crosswire.ingest", "ingest_paths", "ingest")
    _require("crosswire.stories", "update_stories", "story grouping")
    from crosswire import Corpus

    with Corpus(tmp_path_factory.mktemp("demo-stories") / "demo.db") as corpus:
        corpus.ingest([corpus_path()])
        ids = {_key_of(doc): doc.id for doc in corpus.articles()}
        stories = list(corpus.stories())
    story_of = {article: story for story in stories for article in story.article_ids}
    yield {key: story_of.get(article_id) for key, article_id in ids.items()}, ids


def _bridge_keys(dated_only: bool) -> list[str]:
    return [k for k, v in expected()["articles"].items()
            if v["story"] == "kestrel-bridge" and (v["published"] or not dated_only)]


def test_dated_bridge_articles_form_one_story(grouped):
    story_by_key, _ = grouped
    stories = {story_by_key[k].id for k in _bridge_keys(dated_only=True)}
    assert len(stories) == 1


def test_bridge_story_counts_independent_sources(grouped):
    story_by_key, _ = grouped
    story = story_by_key["01-mpa-kestrel-bridge-collapse.txt"]
    assert len(story.article_ids) == expected()["stories"]["kestrel-bridge"]
    # the README allows the explainer to be read as a rewrite of the wire (one source fewer)
    independent = expected()["independent_sources"]["kestrel-bridge"]
    assert story.independent_sources in (independent - 1, independent)


def test_unrelated_article_is_kept_apart(grouped):
    story_by_key, _ = grouped
    bank = story_by_key["08-mpa-central-bank-rates.txt"]
    assert all(story_by_key[k].id != bank.id for k in _bridge_keys(dated_only=False))


def test_reprint_is_marked_a_copy_of_the_wire(grouped):
    story_by_key, ids = grouped
    story = story_by_key[REPRINT]
    assert story.copy_of.get(ids[REPRINT]) == ids[expected()["articles"][REPRINT]["reprint_of"]]


def test_undated_analysis_joins_its_story(grouped):
    """The analysis piece has no date to match on; names and terms must carry it."""
    story_by_key, _ = grouped
    assert story_by_key["06-northern-ledger-ageing-bridges.txt"].id == \
        story_by_key["01-mpa-kestrel-bridge-collapse.txt"].id


# -- extraction (skip until it lands) ---------------------------------------------------------


def test_radio_appearance_is_found():
    _require("crosswire.extract", "extract_doc", "extraction")
    from crosswire import Corpus

    entry = next(a for a in expected()["appearances"] if a["speaker"] == "Petra Lindqvar")
    with Corpus(":memory:") as corpus:
        corpus.ingest([corpus_path() / entry["source"]], update_stories=False)
        (doc,) = corpus.articles()
        doc = corpus.extract(doc)
    found = [s.attrs for s in doc.spans_of("appearance")]
    assert any(entry["speaker"] in (a.get("speaker") or "") and entry["outlet"] in " ".join(
        str(a.get(k) or "") for k in ("venue", "outlet", "programme")) for a in found), found
