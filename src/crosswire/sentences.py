"""Sentence bounds of a Doc: its ``sentence`` spans (spaCy's, from the entities stage), else a
rule-based split. Shared by extraction and corroboration, which read facts sentence by sentence."""

from __future__ import annotations

import re
from bisect import bisect_right

from .doc import Doc


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets: the ``sentence`` spans, else a punctuation/line split."""
    spans = sorted((s.start, s.end) for s in doc.spans_of("sentence"))
    if spans:
        return _rejoined(doc.text, spans)
    return split_sentences(doc.text)


#: a title whose full stop the parser takes for a sentence end ("said Missouri Highway Patrol Sgt. |
#: Jim Parrott")
_TITLE_END = re.compile(r"\b(?:Sgt|Lt|Gen|Gov|Sen|Rep|Col|Capt|Cpl|Det|Insp|Supt|Dr|Mr|Mrs|Ms|Prof|St|Rev|Fr|No)\.$")
#: a piece that goes on from the sentence before ('"…!" | he said.', '… at 2 p.m. | on Friday')
_GOES_ON = re.compile(r"[\"'\u201d\u2019]?\s*[a-z,;]|\[")  # (an editor's "[8 October 2011]" too)
#: a clock time whose "a.m." the parser took for a sentence end: "Around 10:45 a.m. | Monday,
#: authorities identified …" (a fragment before, or the day after it)
_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.I)
_DAY_START = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)\b",
                        re.I)


def _rejoined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parser's sentences, with the pieces it cut off a sentence put back: after a title's full
    stop, or before a lowercase continuation. Never across a line break."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            p_start, p_end = out[-1]
            gap = text[p_end:start]
            piece = text[start:end]
            before = text[p_start:p_end].rstrip()
            clock = _CLOCK_END.search(before) and (len(before.split()) <= 4 or _DAY_START.match(piece))
            if "\n" not in gap and (_TITLE_END.search(before) or _GOES_ON.match(piece) or clock):
                out[-1] = (p_start, end)
                continue
        out.append((start, end))
    return out


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


class Sentences:
    """Find the sentence around an offset quickly (bisect). ``Sentences.of(doc)`` reuses one per Doc
    and state (a stage may add ``sentence`` spans later)."""

    @classmethod
    def of(cls, doc: Doc) -> "Sentences":
        cached = doc.cache.get("sentences")
        if cached is None or cached.text is not doc.text or cached.span_count != len(doc.spans):
            cached = cls(doc)
            doc.cache["sentences"] = cached
        return cached

    def __init__(self, doc: Doc):
        self.text = doc.text
        self.span_count = len(doc.spans)
        self.bounds = sentence_bounds(doc)
        self.starts = [b[0] for b in self.bounds]

    def around(self, start: int, end: int) -> tuple[int, int]:
        i = bisect_right(self.starts, start) - 1
        if i >= 0:
            s, e = self.bounds[i]
            if s <= start and end <= max(e, end):
                e = max(e, end)
                # a sentence never crosses a line break (headlines glued to the next line)
                cut = self.text.rfind("\n", s, start)
                if cut >= 0:
                    s = cut + 1
                cut = self.text.find("\n", end, e)
                if cut >= 0:
                    e = cut
                while s < start and self.text[s].isspace():
                    s += 1
                while e > end and self.text[e - 1].isspace():
                    e -= 1
                return s, e
        # fall back to the line around the span
        s = self.text.rfind("\n", 0, start) + 1
        e = self.text.find("\n", end)
        return s, (len(self.text) if e < 0 else e)

    def containing(self, offset: int) -> tuple[int, int]:
        """The sentence ``offset`` lies in, as split; else the 100 characters either side."""
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.bounds[i][1]:
            return self.bounds[i]
        return max(0, offset - 100), offset + 100
