"""Brief model and renderers (JSON contract, Markdown, escaped HTML) and the brief/demo commands."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from crosswire.brief import Brief, brief_docs
from crosswire.cli import build_app
from test_corroborate import _story

CONTRACT_STORY = {"id", "headline", "articles", "facts", "conflicts", "quotes", "timeline", "entities", "appearances"}


def _brief(docs=None) -> Brief:
    story = brief_docs(docs or _story(), story_id="s1", extracted=True)
    story.pop("_stages")
    return Brief(stories=[story], pipeline=["test@1"], generated_at="2025-10-27T00:00:00+00:00")


def test_to_dict_keeps_the_contract_and_adds_fields():
    data = json.loads(_brief().to_json())
    assert data["schema"] == "crosswire.brief/1" and data["pipeline"] == ["test@1"]
    story = data["stories"][0]
    assert CONTRACT_STORY <= set(story)
    assert story["independent_sources"] == 3 and story["copies"] == []
    for art in story["articles"]:
        assert {"id", "path", "outlet", "title", "published", "text"} <= set(art)
    for f in story["facts"]:
        assert {"statement", "sources", "status", "evidence"} <= set(f)
        assert f["status"] in ("corroborated", "single-source", "disputed")
    for e in story["timeline"]:
        assert e["precision"] in ("day", "month", "year") and len(e["date"]) == 10
    for c in story["conflicts"]:
        for v in c["variants"]:
            assert {"value", "normalized", "sources", "evidence"} <= set(v)


def test_markdown_reads_as_sections():
    md = _brief().to_markdown()
    assert md.startswith("# ")
    for section in ("## Conflicts", "## Agreed facts", "## Timeline", "## Only in one outlet"):
        assert section in md
    assert "2025-10-26" in md and "2025-10-30" in md


def test_html_is_one_escaped_page():
    docs = _story()
    docs[0].title = "<script>alert('x')</script> headline"
    docs[0].text = docs[0].text + " <img src=x onerror=alert(1)>"
    page = _brief(docs).to_html()
    assert page.startswith("<!doctype html>")
    assert "<script>" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x" in page
    assert "http://" not in page and "https://" not in page  # nothing fetched from elsewhere


def test_an_article_without_a_headline_is_listed_by_its_opening_words():
    docs = _story()
    docs[1].title = ""
    opening = " ".join(docs[1].text.split()[:4])
    md, page = _brief(docs).to_markdown(), _brief(docs).to_html()
    sources = md.split("## Sources", 1)[1].split("\n## ", 1)[0]
    assert f"\u201c{opening}" in sources  # not a bare label followed by nothing
    assert f"&mdash; \u201c{opening}" in page


def test_a_sentence_is_listed_once_with_each_fact_it_carries():
    from crosswire.brief.render import render_html, render_markdown

    sentence = "The levy of 100 percent starts November 1."
    arts = [{"id": i, "outlet": name, "title": "t", "text": sentence} for i, name in (("a1", "Wire"), ("b2", "Daily"))]
    facts = [{"statement": f"[100 percent levy] {sentence}", "sources": ["a1", "b2"], "status": "corroborated",
              "independent_sources": 2, "evidence": []},
             {"statement": f"[November 1] {sentence}", "sources": ["a1", "b2"], "status": "corroborated",
              "independent_sources": 2, "evidence": []}]
    md = render_markdown({"stories": [{"id": "s", "headline": "h", "articles": arts, "facts": facts}]})
    agreed = md.split("## Agreed facts", 1)[1]
    assert agreed.count(sentence) == 1
    assert "\\[100 percent levy] 2 independent: Wire, Daily; \\[November 1] 2 independent: Wire, Daily" in agreed
    page = render_html({"stories": [{"id": "s", "headline": "h", "articles": arts, "facts": facts}]})
    agreed_html = page.split("<h2>Agreed facts</h2>", 1)[1].split("<h2>", 1)[0]
    assert agreed_html.count(sentence) == 1 and agreed_html.count('class="part"') == 2
    assert '<span class="tag">100 percent levy</span>' in page and '<span class="tag">November 1</span>' in page


def test_a_sentence_with_an_agreed_fact_is_not_repeated_among_single_source_details():
    from crosswire.brief.render import render_markdown

    sentence = "The champion improved to 58-3 with 51 knockouts."
    arts = [{"id": i, "outlet": name, "title": "t", "text": sentence} for i, name in (("a1", "Wire"), ("b2", "Daily"))]
    facts = [{"statement": f"[51 knockouts] {sentence}", "sources": ["a1", "b2"], "status": "corroborated",
              "independent_sources": 2, "evidence": []},
             {"statement": f"[58-3] {sentence}", "sources": ["a1"], "status": "single-source",
              "independent_sources": 1, "evidence": []}]
    md = render_markdown({"stories": [{"id": "s", "headline": "h", "articles": arts, "facts": facts}]})
    assert md.count(sentence) == 1 and "## Only in one outlet" not in md
    assert "\\[51 knockouts] 2 independent: Wire, Daily; \\[58-3] 1 independent: Wire" in md


def test_a_timeline_line_shows_its_date_even_late_in_a_long_sentence():
    from crosswire.brief.render import _excerpt, render_html, render_markdown

    sentence = ("The spokesman said the ministry had been told years ago that the piers of the old bridge needed "
                "repairs costing 4.2 million thalers, that the river had scoured the foundations of two of them, and that "
                "the railings and the lights needed work too, and had then pushed the work "
                "back to 2031 to balance its budget.")
    story = {"id": "s", "headline": "h", "articles": [{"id": "a1", "outlet": "Wire", "title": "t", "text": sentence}],
             "timeline": [{"date": "2031-01-01", "precision": "year", "description": sentence, "text": "2031",
                           "sources": ["a1"], "evidence": [{"article": "a1", "quote": sentence}]}]}
    line = next(r for r in render_markdown({"stories": [story]}).splitlines() if r.startswith("- **2031**"))
    assert "back to 2031 to balance" in line and len(line) < len(sentence)
    shown = _excerpt(sentence, "2031", 260)
    assert shown.startswith("\u2026") and "back to 2031" in shown and shown in render_html({"stories": [story]})


def test_a_brief_counts_independent_sources_as_its_story_does():
    from crosswire.api import Corpus

    records = [
        {"id": "1", "outlet": "Tolven Courier", "published": "2025-11-12", "title": "Bridge collapse kills three",
         "text": "Three people were killed when the Kestrel Bridge in Tolvenmouth collapsed into the flooded Tolven "
                 "on Tuesday evening, fire officials said. The mayor called it the worst night the town had known, "
                 "and residents of Eastreach spent the night in a sports hall."},
        {"id": "2", "outlet": "Tolven Courier", "published": "2025-11-13", "title": "Divers search the Tolven again",
         "text": "Divers went back into the Tolven on Wednesday to look for two people missing since the Kestrel "
                 "Bridge fell in Tolvenmouth. Three people were killed in the collapse. A ferry will link the two "
                 "banks from Friday, the council said, and schools in Eastreach stay shut until then."},
        {"id": "3", "outlet": "Harbour Gazette", "published": "2025-11-12", "title": "Kestrel Bridge falls",
         "text": "Engineers will report by mid-December on whether the rest of the Kestrel Bridge in Tolvenmouth "
                 "can be saved, the transport minister said after three people were killed when a span fell on "
                 "Tuesday evening. The minister ordered checks on 38 bridges of the same design."},
    ]
    with Corpus(":memory:") as corpus:
        corpus.ingest_records(records)
        (story,) = corpus.stories()
        brief = corpus.brief([story.id]).to_dict()["stories"][0]
    assert story.independent_sources == 2  # one outlet's two reports are one source
    assert brief["independent_sources"] == story.independent_sources
    assert brief["copies"] == [] and all(a["copy_of"] is None and a["independent_of"] for a in brief["articles"])
    shared = [f for f in brief["facts"] if len(f["sources"]) == 3]
    assert shared and all(f["independent_sources"] == 2 for f in shared)


def test_a_conflicts_evidence_keeps_the_disputed_value_in_view():
    from crosswire.brief.render import render_markdown

    long = ("Appearing on two Sunday programmes, the minister spoke at length about farm purchases, shipping fees, "
            "the rules for apps and the many other matters the two sides have argued over for most of the past "
            "two years, and said the leaders would meet next Thursday to sign.")
    story = {"id": "s", "headline": "h", "articles": [{"id": "a1", "outlet": "Wire", "title": "t", "text": long},
                                                      {"id": "b2", "outlet": "Daily", "title": "t", "text": "x"}],
             "conflicts": [{"subject": "date of the meeting", "variants": [
                 {"value": "Thursday", "normalized": "2025-10-30", "sources": ["a1"],
                  "evidence": [{"article": "a1", "quote": long}]},
                 {"value": "October 26", "normalized": "2025-10-26", "sources": ["b2"],
                  "evidence": [{"article": "b2", "quote": "They meet on October 26."}]}]}]}
    md = render_markdown({"stories": [story]})
    quoted = next(line for line in md.splitlines() if line.strip().startswith("> ") and "Wire" in line)
    assert "next Thursday to sign" in quoted and len(quoted) < len(long)


def test_brief_command_needs_paths_or_db():
    result = CliRunner().invoke(build_app(), ["brief"])
    assert result.exit_code == 2
    assert "--db" in result.output or "--db" in (result.stderr if result.stderr_bytes else "")


def test_brief_help_has_example():
    result = CliRunner().invoke(build_app(), ["brief", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output
    result = CliRunner().invoke(build_app(), ["demo", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


def test_brief_from_paths_then_from_a_store(tmp_path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Officials said on Monday, March 3, 2025, that the bridge will reopen on "
                                  "April 14, 2025. About 40 percent of the work is done, the mayor said.\n",
                                  encoding="utf-8")
    (corpus / "b.txt").write_text("The bridge will reopen on April 14, 2025, officials said on Monday. "
                                  "Roughly 40 percent of the repairs are complete, according to the mayor.\n",
                                  encoding="utf-8")
    db = tmp_path / "news.db"
    app = build_app()
    result = CliRunner().invoke(app, ["brief", str(corpus), "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    first = json.loads(result.stdout)
    arts = {a["id"] for s in first["stories"] for a in s["articles"]}
    assert len(arts) == 2
    result = CliRunner().invoke(app, ["brief", "--db", str(db), "--format", "md"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# ")
    facts = [f for s in first["stories"] for f in s["facts"] if f["status"] == "corroborated"]
    assert any("April 14" in f["statement"] or "40" in f["statement"] for f in facts)


def _all_evidence(story: dict) -> list[dict]:
    quotes = [e for f in story["facts"] for e in f["evidence"]]
    quotes += [e for c in story["conflicts"] for v in c["variants"] for e in v["evidence"]]
    for item in story["timeline"] + story["quotes"] + story["appearances"]:
        quotes += item.get("evidence", [])
    return quotes


def test_demo_brief_finds_its_two_contradictions_with_verbatim_evidence():
    from crosswire.api import Corpus
    from crosswire.demo import corpus_path, expected

    with Corpus(":memory:") as corpus:
        corpus.ingest([corpus_path()])
        brief = corpus.brief().to_dict()
    found = {}
    for story in brief["stories"]:
        texts = {a["id"]: a["text"] for a in story["articles"]}
        for ev in _all_evidence(story):
            assert ev["quote"] in texts[ev["article"]]
        for c in story["conflicts"]:
            found[frozenset(str(v["normalized"]).split()[0] for v in c["variants"])] = c
    for want in expected()["conflicts"]:
        key = frozenset({str(want["majority"]), str(want["minority"])})
        assert key in found, (want, list(found))
    assert len(found) <= len(expected()["conflicts"]) + 1


def test_source_labels_tell_articles_apart():
    from crosswire.brief.render import _names

    story = {"articles": [
        {"id": "a" * 16, "outlet": "Reuters", "path": "x/a.txt"},
        {"id": "b" * 16, "outlet": "Reuters", "path": "x/b.txt"},
        {"id": "c" * 16, "outlet": None, "path": "feeds/export.jsonl", "source_id": "17"},
        {"id": "d" * 16, "outlet": None, "path": None},
        {"id": "e" * 16, "outlet": None, "path": "pages/" + "c0" * 32 + ".html"},
    ]}
    assert list(_names(story).values()) == ["Reuters (1)", "Reuters (2)", "export#17", "dddddddd",
                                            "c0c0c0c0c0c0c0c0\u2026"]
