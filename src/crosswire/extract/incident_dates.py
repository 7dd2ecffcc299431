"""The incident's date in ONE article, and the sentences that tell of an older incident.

* the date: the first day-precision date in the days before publication that stands in a sentence
  about the incident; else any such date; else the reference date itself. A day the article
  names as another event ("a history of gun violence, including a shooting on Jan. 1, 2015") is
  none of its candidates;
* past sentences: those dated to a period over before the incident could have happened.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Iterator

from ..doc import Doc, Span
from ..sentences import Sentences
from ..values import DateValue
from .times import MONTH_WORD
from .violence import SHOOTING_WORDS


# a caption that dates its photo ("This March 11, 2013 photo shows ...", "In this Dec. 5 file
# photo", a wire photo's "CHICAGO, IL - JUNE 11: Mourners ..."): the day the picture was taken, often
# of another incident. (Neither a caption that only
# credits its photo, "(AP Photo/...)", nor a "Related: ..." link line: both mostly tell of this
# incident, an outlet's earlier figure included -- unless it also dates the picture with its year.)
_CAPTION = re.compile(r"\b(?:in\s+)?this\s+(?:[\w,.-]+\s+){0,6}?(?:file\s+)?(?:photo|image|picture)\b|\bfile\s+photo\b|"
                      r"(?-i:^[ \t]*[A-Z][A-Z .'-]+,\s+[A-Z]{2}\s+[-–—]\s+[A-Z]+\.?\s+\d{1,2}:)|"
                      # a day written with its year in a line that ends crediting its photo ("..., July 18, 2016 (KOIN)")
                      rf"{MONTH_WORD}\s+\d{{1,2}},\s+\d{{4}}\b[^\n]*\((?:(?:AP\s+)?Photo\b|(?-i:[A-Z0-9]{{2,}}))[^\n)]*\)[ \t]*$",
                      re.I | re.M)


def caption_line(text: str, offset: int) -> bool:
    """Whether ``offset`` lies in a paragraph that captions a dated photo (its days are the photo's)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return _CAPTION.search(text, start, end if end >= 0 else len(text)) is not None


@dataclass
class Fact:
    value: Any
    evidence: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self, doc: Doc) -> dict[str, Any]:
        return {"value": self.value,
                "evidence": [{"start": s, "end": e, "quote": doc.text[s:e]} for s, e in self.evidence]}


def recent_days(doc: Doc, window_days: int = 14) -> Iterator[tuple[dt.date, Span]]:
    """Day-precision dates in the ``window_days`` before the article's reference date
    (or any, when it has none), in text order: the candidates for when an incident happened."""
    ref_text = doc.reference_date
    ref = dt.date.fromisoformat(ref_text[:10]) if ref_text else None
    for span in sorted(doc.spans_of("time"), key=lambda s: s.start):
        a = span.attrs
        if a.get("kind") != "date" or a.get("precision") != "day" or not a.get("iso"):
            continue
        try:
            day = dt.date.fromisoformat(a["iso"])
        except ValueError:
            continue
        if ref is not None and not (ref - dt.timedelta(days=window_days) <= day <= ref + dt.timedelta(days=1)):
            continue
        yield day, span


#: what names the day written after it as another event's: "a history of gun violence, including a
#: shooting on Jan. 1, 2015", "the worst mass shooting in recent city history was Aug. 21, 2015",
#: "an earlier shooting on", "last year's", "similar", "since"
_ANOTHER_EVENT_BEFORE = re.compile(
    r"\b(?:history|previously|(?:previous|prior)(?!\s+(?:night|day|evening|morning|afternoon|week|weekend|to)\b)|"
    r"in\s+the\s+past|last\s+year['’]s|similar|separate|unrelated|including|since|(?:another|an\s+earlier|earlier)\s+(?:[\w-]+\s+){0,2}?(?:shooting|incident|attack|killing|homicide|"
    r"murder|stabbing)s?|the\s+(?:worst|deadliest|bloodiest|largest|last\s+time|most\s+recent))\b", re.I)


def another_event(text: str, sentence_start: int, start: int, attrs: dict[str, Any]) -> bool:
    """Whether the day at ``start``, written with its year, is named in its sentence as another
    event's: a previous shooting, last year's, the worst in the city's history, one "including"
    in a list of past violence. A day told relative to the article ("Sunday") is of the story."""
    if attrs.get("relative") or attrs.get("precision") != "day":
        return False
    before = re.split(r"[;:]", text[max(sentence_start, start - 150):start])[-1]
    return _ANOTHER_EVENT_BEFORE.search(before) is not None


def incident_date(doc: Doc, window_days: int = 14) -> Fact:
    ref_text = doc.reference_date
    ref = dt.date.fromisoformat(ref_text[:10]) if ref_text else None
    sentences = Sentences.of(doc)
    best_any: Span | None = None
    in_context: list[tuple[dt.date, Span]] = []
    for day, span in recent_days(doc, window_days):
        a = span.attrs
        if ref is not None and day == ref and not a.get("relative") and _in_dateline(doc.text, span.start):
            continue  # "FRANKLIN (Feb. 4, 2014) –": when it was written, not when it happened
        if caption_line(doc.text, span.start):
            continue  # the day a photo was taken
        s, e = sentences.containing(span.start)
        if another_event(doc.text, s, span.start, span.attrs):
            continue  # "a history of gun violence, including a shooting on Jan. 1, 2015"
        if SHOOTING_WORDS.search(doc.text[s:e]):
            in_context.append((day, span))
        if best_any is None:
            best_any = span
    if in_context:
        # the shooting comes before what followed it (arrests, hospital updates, vigils)
        day, span = min(in_context, key=lambda item: (item[0], item[1].start))
        return Fact(span.attrs["iso"], [(span.start, span.end)])
    if best_any is not None:
        return Fact(best_any.attrs["iso"], [(best_any.start, best_any.end)])
    return Fact(ref.isoformat() if ref else None)


_SINCE_BEFORE = re.compile(r"(?:since|until|till|than|before|after)\s+(?:the\s+|early\s+|late\s+)?$", re.I)


@dataclass(frozen=True)
class PastSentences:
    """Sentences that tell of an older incident (:func:`past_sentences`); ``offset in past``."""

    bounds: tuple[tuple[int, int], ...] = ()

    def __contains__(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.bounds)

    def __bool__(self) -> bool:
        return bool(self.bounds)


def past_sentences(doc: Doc, window_days: int = 14) -> PastSentences:
    """Sentences dated to a period over before the incident could have happened ("In February,
    a gunman killed five people at a mall": another, older incident), unless they also name a
    day of the window ("on Sunday, the worst since March"). Empty when the article has no date or
    names no day of the window anywhere (its date may then be a crawl date, months late).

    Read once per article state: extraction and corroboration both ask."""
    key = (doc.text, doc.reference_date, len(doc.spans), window_days)
    cached = doc.cache.get("incident.past")
    if cached is None or cached[0] != key:
        cached = key, PastSentences(tuple(_find_past_sentences(doc, window_days)))
        doc.cache["incident.past"] = cached
    return cached[1]


def _find_past_sentences(doc: Doc, window_days: int) -> list[tuple[int, int]]:
    ref_text = doc.reference_date
    if not ref_text:
        return []
    sentences = Sentences.of(doc)
    ref = dt.date.fromisoformat(ref_text[:10])
    earliest = ref - dt.timedelta(days=window_days)
    past: set[tuple[int, int]] = set()
    current: set[tuple[int, int]] = set()
    for span in doc.spans_of("time"):
        a = span.attrs
        if a.get("kind") != "date" or not a.get("iso"):
            continue
        date = DateValue.of_time_attrs(a)
        if date is None:
            continue
        end = date.interval()[1]  # "early February" is over by the 15th
        sentence = sentences.containing(span.start)
        if end >= earliest:
            current.add(sentence)
        elif not _SINCE_BEFORE.search(doc.text[max(sentence[0], span.start - 20):span.start]):
            past.add(sentence)  # "since March 2005" compares with the past; it does not date the clause
    if not current:
        return []  # no day of the window at all: the article's own date may be off, trust nothing
    return sorted(past - current)


def _in_dateline(text: str, offset: int) -> bool:
    """True when ``offset`` lies in the first line of a paragraph near the top (a dateline)."""
    line_start = text.rfind("\n", 0, offset) + 1
    return offset - line_start < 60 and line_start < 600

