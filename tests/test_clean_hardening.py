"""Control characters never reach the cleaned text; a copyright year is not a publication date."""

from __future__ import annotations

from crosswire.doc import Doc, content_id
from crosswire.pipeline import ingest_pipeline

BODY = (
    "The town council voted on Tuesday to turn the old rail yard into a public park, ending a "
    "decade-long debate over the site. Councillors approved the plan by seven votes to two after "
    "a three-hour meeting, and construction is expected to begin next spring."
)


def _run(raw: str, fmt: str) -> Doc:
    return ingest_pipeline()(Doc(id=content_id(raw), raw=raw, format=fmt, path=f"x.{fmt}"))


def test_terminal_escapes_and_control_characters_are_cut_and_recorded():
    raw = f"Storm hits coast\n\nThe storm \x1b[31mhit\x1b[0m the coast \x07on Monday\x1b]0;owned\x07. {BODY}\n"
    doc = _run(raw, "text")
    assert "\x1b" not in doc.text and "\x07" not in doc.text
    assert "[31m" not in doc.text and "owned" not in doc.text
    assert "The storm hit the coast on Monday." in doc.text
    assert any(r.reason == "control characters" for r in doc.removed)


def test_copyright_year_in_footer_is_not_taken_as_published_date():
    page = (
        "<html><head><title>Council approves park</title></head><body><article>"
        f"<h1>Council approves park</h1><p>{BODY}</p><p>{BODY}</p></article>"
        "<footer>Copyright 2025 Example Media. All rights reserved.</footer></body></html>"
    )
    doc = _run(page, "html")
    assert doc.published != "2025-01-01"


def test_a_page_that_really_says_january_first_keeps_it():
    page = (
        "<html><head><title>New year swim</title>"
        '<meta property="article:published_time" content="2025-01-01T09:00:00Z"></head><body><article>'
        f"<h1>New year swim</h1><p>Published January 1, 2025. {BODY}</p><p>{BODY}</p></article></body></html>"
    )
    doc = _run(page, "html")
    assert doc.published == "2025-01-01"
