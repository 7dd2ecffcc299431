"""Seed acceptance: the cleaning and metadata stages on the us-china-trade-2025 corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.doc import Doc
from crosswire.pipeline import ingest_pipeline


@pytest.fixture(scope="module")
def seed_docs(seed_dir: Path) -> dict[str, Doc]:
    pipe = ingest_pipeline()
    return {
        path.stem: pipe(Doc(raw=path.read_text(encoding="utf-8"), format="text", path=str(path)))
        for path in sorted(seed_dir.glob("*.txt"))
    }


def test_excluded_chrome_is_gone(seed_docs, seed_expected):
    for key, needles in seed_expected["clean_text_excludes"].items():
        for needle in needles:
            assert needle not in seed_docs[key].text, (key, needle)


def test_body_sentences_are_kept(seed_docs, seed_expected):
    for key, needles in seed_expected["clean_text_includes"].items():
        for needle in needles:
            assert needle in seed_docs[key].text, (key, needle)


def test_repeated_headline_kept_once(seed_docs):
    doc = seed_docs["001_35b0778aebf8e190"]
    headline = "U.S. and China outline trade truce framework"
    in_text = doc.text.count(headline)
    assert in_text == 1 or (in_text == 0 and doc.title == headline)
    assert any(r.reason == "repeated headline" for r in doc.removed)


def test_reprint_date_and_outlet(seed_docs, seed_expected):
    for key, day in seed_expected["published"].items():
        assert seed_docs[key].published == day
    for key, day in seed_expected["not_published"].items():
        assert seed_docs[key].published != day
    for key, outlet in seed_expected["outlet"].items():
        assert outlet.lower() in (seed_docs[key].outlet or "").lower()
    doc = seed_docs["002_bc4a26375b44b167"]
    assert doc.syndicated_from == "Reuters"
    assert doc.meta["published"].source.startswith("dateline")


def test_every_removal_has_a_reason_and_offset(seed_docs):
    for key, doc in seed_docs.items():
        for removal in doc.removed:
            assert removal.reason
            assert removal.offset is not None


def test_paragraphs_are_separated_by_blank_lines(seed_docs):
    for doc in seed_docs.values():
        assert "\n\n\n" not in doc.text
        assert doc.text == doc.text.strip()
    assert seed_docs["000_ec7a61f4fe42945e"].text.count("\n\n") >= 6
