"""Sentence bounds of a Doc: its ``sentence`` spans (spaCy's, from the entities stage), else a
rule-based split. Shared by extraction and corroboration, which read facts sentence by sentence."""

from __future__ import annotations

import re

from .doc import Doc


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets: the ``sentence`` spans, else a punctuation/line split."""
    spans = sorted((s.start, s.end) for s in doc.spans_of("sentence"))
    if spans:
        return spans
    return split_sentences(doc.text)


# Words whose trailing period does not end a sentence ("Mr.", "U.S.", "Jan.").
_ABBREVIATIONS = frozenset("mr mrs ms dr st jr sr gen gov sen rep lt col sgt capt prof inc corp ltd co vs "
                           "jan feb mar apr jun jul aug sep sept oct nov dec no approx est".split())
_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])|\n")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """A rule-based splitter for Docs without ``sentence`` spans: periods after
    abbreviations and initials ("U.S.", "Mr.") do not end a sentence; line breaks do."""
    bounds = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0) != "\n":
            word = re.search(r"([A-Za-z.]+)\.*$", text[max(start, m.start() - 12):m.start()])
            token = (word.group(1) if word else "").lower().rstrip(".")
            if token in _ABBREVIATIONS or (word and re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word.group(1))):
                continue
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(text)))
    out = []
    for s, e in bounds:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
