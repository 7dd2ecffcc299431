"""Claims: what one article states (a slot and a comparable value), with its evidence.

A claim comes from a ``time`` span (a date or a duration), a ``quantity`` span (an amount),
or a short phrase that outlets repeat in quotation marks ("preliminary consensus"). Its
*slot* is the bag of words around the value (nearer words weigh more; the quantity's noun
weighs most), so "100% tariffs from November 1" and "one hundred per cent duties" land in
the same slot while "a 20 percent tariff over fentanyl" does not share its value.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from ..doc import Doc
from ..extract.quantities import RATE_UNITS
from ..sentences import Sentences
from ..values import Amount, Clock, DateValue, Duration, Tally, hedge_before
from .entities import EntityIndex, entity_type
from .text import content_tokens, phrase_key, stem, trim_evidence

#: content words either side of a value that count as its slot
WINDOW = 8


@dataclass
class Claim:
    kind: str  # "date" | "amount" | "duration" | "phrase" | "ordinal"
    article: str
    value: object
    surface: str
    start: int
    end: int
    ev_start: int
    ev_end: int
    evidence: str
    #: slot words -> weight (before IDF), nearer words heavier
    slot: dict[str, float] = field(default_factory=dict)
    noun: str | None = None
    root: str = ""
    #: the value was resolved against the article's date ("on Thursday", "next week")
    relative: bool = False
    #: the article's reference date (published, else the story's date)
    ref_date: str | None = None
    #: the person the figure belongs to, when the clause names one ("Richard Carter scored 14 points")
    holder: str | None = None

    @property
    def bucket(self) -> str:
        """Claims are only compared within a bucket (same kind, same unit)."""
        if self.kind == "ordinal":
            return f"ordinal:{self.noun}"
        if isinstance(self.value, Amount):
            from ..values import measure_key

            return f"amount:{measure_key(self.value.unit)}"
        return self.kind


#: (at the line's start: "police posted a video on Sunday" is a sentence, "Posted: Sunday" a stamp)
_METADATA_LINE = re.compile(r"^\s*(?:Posted|Updated?|Published|Last modified)\b\s*[:,]?|\bImage \d+ of\b", re.I)
#: a figure told as one given before and since corrected ("initially had said", "early reports put")
SUPERSEDED = re.compile(r"\b(?:initially|originally|at\s+first|had\s+earlier)\s+(?:had\s+)?(?:said|reported|"
                         r"put|stated|told|believed|thought|estimated|indicated|announced)\b|"
                         r"\b(?:initial|early|earlier|first)\s+reports?\s+(?:had\s+)?(?:said|put|indicated|suggested)\b",
                         re.I)
#: a speed's units: "120 miles an hour" holds no length of time
SPEED_UNITS = frozenset(RATE_UNITS.values())
_TITLE_WORD = re.compile(r"^[A-Z0-9]")
#: a quotation of any length, so the marks pair up: skipping a long one would pair its closing mark
#: with the next opening one and read '," she said. "' as a quoted phrase
_QUOTED = re.compile(r"[\u201c\"]([^\u201c\u201d\"\n]{3,})[\u201d\"]")


def _slot_words(doc: Doc, tokens: list[tuple[str, int, int]], start: int, end: int,
                entities: EntityIndex | None, ent_at: dict[int, str]) -> dict[str, float]:
    """Weighted words of the sentence around ``start:end`` (distance-decayed)."""
    before = [t for t in tokens if t[2] <= start]
    after = [t for t in tokens if t[1] >= end]
    weights: dict[str, float] = {}
    for seq in (reversed(before), after):
        for distance, (word, s, _e) in enumerate(seq):
            if distance >= WINDOW * 2:
                break
            key = ent_at.get(s, word)
            weight = 1.0 / (1.0 + distance / 3.0)
            if weight > weights.get(key, 0.0):
                weights[key] = weight
    return weights


#: "Richard Carter scored 14 points", "Echenique had a career-high 11": a person, then a verb and at
#: most three more lower-case words before the figure, in one clause
_HOLDER_BEFORE = re.compile(r"(?:[ \t]+[a-z][\w'’-]*){1,4}[ \t]+")
#: ... but "Sheriff Ed Gonzalez said 3 people" tells who reports the figure, not whose it is
_REPORTING_GAP = re.compile(r"\b(?:said|says|say|told|tells|reported|reports|confirmed|confirms|announced|estimated|"
                            r"stated|wrote|writes|explained|noted|believes?|thinks?|that|according)\b")
#: "14 points from backup center Will Artino", "paced by 13 points from McDermott"
_HOLDER_AFTER = re.compile(r"(?:[ \t]+[a-z][\w'’-]*){0,2}?[ \t]+(?:from|by)[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,3}")


def _holder(text: str, persons: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The person a figure at ``start:end`` is told of: the subject of its clause or the "from"
    after it. Two outlets' figures of two people ("Artino scored 14", "Carter scored 14") are two
    facts, however alike their words."""
    for p_start, p_end, key in persons:
        if p_end <= start and _HOLDER_BEFORE.fullmatch(text, p_end, start) \
                and not _REPORTING_GAP.search(text, p_end, start):
            return key
        if p_start >= end and _HOLDER_AFTER.fullmatch(text, end, p_start):
            return key
    return None


def _entity_keys(doc: Doc, entities: EntityIndex | None) -> dict[int, str]:
    """Token start offset -> "@canonical name" for words inside entity spans."""
    out: dict[int, str] = {}
    for span in doc.spans_of("entity"):
        name = span.attrs.get("name") or doc.span_text(span)
        if entities is not None:
            name = entities.canonical(name, span.attrs.get("type"))
        key = "@" + name
        for _w, s, _e in content_tokens(doc.text[span.start:span.end], span.start):
            out[s] = key
    return out


def doc_claims(doc: Doc, entities: EntityIndex | None = None) -> list[Claim]:
    """Every date, duration and amount claim of one article."""
    sentences = Sentences.of(doc)
    ent_at = _entity_keys(doc, entities)
    persons = [(sp.start, sp.end, ent_at.get(sp.start)) for sp in doc.spans_of("entity")
               if entity_type(sp.attrs.get("type")) == "PERSON" and ent_at.get(sp.start)]
    claims: list[Claim] = []
    token_cache: dict[tuple[int, int], list] = {}
    value_spans = [s for s in doc.spans if s.label in ("time", "quantity")]
    quoted = [(q.start, q.end) for q in doc.spans_of("quote") if q.attrs.get("direct")]
    # "one year" is read twice, as a duration and as a count of years: the duration is the claim,
    # since it also compares with "a year" and "about a year", which have no count
    # ... but "120 miles an hour" is a speed, whose "an hour" is no length of time
    rates = [(s.start, s.end) for s in value_spans if s.label == "quantity" and s.attrs.get("unit") in SPEED_UNITS]
    durations = [(s.start, s.end) for s in value_spans if s.label == "time" and s.attrs.get("kind") == "duration"
                 and not any(a <= s.start and s.end <= b for a, b in rates)]
    corrected: set[tuple[str, float]] = set()
    for span in value_spans:
        if span.label == "time" and any(a <= span.start and span.end <= b for a, b in rates):
            continue
        if span.label == "quantity" and (any(a < span.end and span.start < b for a, b in durations)
                                         or _known_group(doc.text, span)):
            continue
        value, kind, noun = _value_of(doc, span)
        if value is None or _is_dateline(doc, span, value) or _speakers_day(span, quoted):
            continue
        s_start, s_end = sentences.around(span.start, span.end)
        if _METADATA_LINE.search(doc.text[s_start:s_end]):
            continue  # "Posted: Sunday, August 2, 2015", "Image 1 of 9": page furniture, not claims
        if span.label == "time" and _stamp_only(doc.text, s_start, s_end, value_spans):
            continue  # "First Posted 23:37:00 05/05/2010", "[8 October 2011].": a stamp tells of nothing
        if SUPERSEDED.search(doc.text, s_start, span.start):
            if kind == "amount":
                corrected.add((value.unit, value.value))
            continue  # "Authorities initially had said four were hurt": a figure the report corrects
        ev_start, ev_end = trim_evidence(doc.text, span.start, span.end, s_start, s_end)
        if (s_start, s_end) not in token_cache:
            token_cache[(s_start, s_end)] = content_tokens(doc.text[s_start:s_end], s_start)
        # other values in the sentence are not slot words ("November 1" is no context of "100%")
        tokens = [t for t in token_cache[(s_start, s_end)]
                  if not any(v.start <= t[1] < v.end for v in value_spans)]
        slot = _slot_words(doc, tokens, span.start, span.end, entities, ent_at)
        if noun:
            slot[noun] = max(slot.get(noun, 0.0), 2.0)
        holder = _holder(doc.text, persons, span.start, span.end) if kind == "amount" else None
        claims.append(Claim(kind, doc.id, value, doc.span_text(span), span.start, span.end,
                            ev_start, ev_end, doc.text[ev_start:ev_end], slot, noun,
                            relative=bool(span.attrs.get("relative")), ref_date=doc.reference_date,
                            holder=holder))
    claims = _without_corrected(claims, corrected)
    claims.extend(_ordinal_claims(doc, sentences, entities, ent_at))
    claims.extend(_tally_claims(doc, sentences, entities, ent_at))
    claims.extend(_clock_claims(doc, sentences, entities, ent_at))
    return claims


def _stamp_only(text: str, start: int, end: int, value_spans: Iterable) -> bool:
    """Whether the sentence ``text[start:end]`` is nothing but a date or time stamp: no lower-case
    word of three letters or more outside its dates, times and figures (and clock readings)."""
    inside = [(v.start, v.end) for v in value_spans if start <= v.start and v.end <= end]
    rest = "".join(" " if any(a <= i < b for a, b in inside) else ch for i, ch in enumerate(text[start:end], start))
    rest = _CLOCK.sub(" ", rest)
    return not re.search(r"\b[a-z]{3,}\b", rest)


def _without_corrected(claims: list[Claim], corrected: set[tuple[str, float]]) -> list[Claim]:
    """A page updated in place keeps its first figure in a lead or teaser ("his 11-year-old son")
    beside the new one and the correction ("police initially said the boy was 11"): the figure it
    corrects is not what it reports, when it reports another of the same unit."""
    def key(c: Claim) -> tuple[str, float] | None:
        return (c.value.unit, c.value.value) if c.kind == "amount" else None
    units_reported = {k[0] for c in claims if (k := key(c)) and k not in corrected}
    return [c for c in claims if not ((k := key(c)) in corrected and k[0] in units_reported)]


_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
             "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
#: what an ordinal ranks in a story: rounds of a fight, terms, days of a trial, killings of a year,
#: holders of an office ("the 21st head coach", "the 12th Doctor")
_RANKED = ("round quarter inning period half day week term time game match fight title season lap stage "
           "attempt homicide murder killing shooting suspect victim arrest death anniversary floor").split()
#: ... and holders of an office: a story tells of the 11th Doctor and the 12th, never one disputed
_OFFICE_WORDS = "coach president doctor chancellor governor mayor pope".split()
OFFICES = frozenset(_OFFICE_WORDS)
_RANKED += _OFFICE_WORDS
_ORDINAL = re.compile(rf"\b(?P<n>{'|'.join(_ORDINALS)}|\d{{1,3}}(?:st|nd|rd|th))[ \t]+"
                      rf"(?:(?:straight|consecutive|successive|overall|head)[ \t]+)?(?P<noun>{'|'.join(_RANKED)})s?\b", re.I)


def _context(doc: Doc, sentences: Sentences, entities: EntityIndex | None, ent_at: dict[int, str],
             start: int, end: int) -> tuple[int, int, dict[str, float]] | None:
    """Evidence bounds and slot words of a value at ``start:end`` (None in page furniture)."""
    s_start, s_end = sentences.around(start, end)
    if _METADATA_LINE.search(doc.text[s_start:s_end]):
        return None
    ev_start, ev_end = trim_evidence(doc.text, start, end, s_start, s_end)
    tokens = [t for t in content_tokens(doc.text[s_start:s_end], s_start) if not start <= t[1] < end]
    return ev_start, ev_end, _slot_words(doc, tokens, start, end, entities, ent_at)


def _ordinal_claims(doc: Doc, sentences: Sentences, entities: EntityIndex | None,
                    ent_at: dict[int, str]) -> list[Claim]:
    """ "stopped Thompson in the sixth round", "his 16th straight fight": a rank, compared with the
    same rank of the same thing in other outlets (sixth and fifth round disagree)."""
    claims = []
    for m in _ORDINAL.finditer(doc.text):
        raw = m.group("n").lower()
        n = _ORDINALS.index(raw) + 1 if raw in _ORDINALS else int(raw[:-2])
        noun = m.group("noun").lower()
        context = _context(doc, sentences, entities, ent_at, m.start(), m.end())
        if context is None:
            continue
        ev_start, ev_end, slot = context
        slot[noun] = max(slot.get(noun, 0.0), 2.0)
        claims.append(Claim("ordinal", doc.id, Amount(float(n), noun), m.group(0), m.start(), m.end(),
                            ev_start, ev_end, doc.text[ev_start:ev_end], slot, noun, ref_date=doc.reference_date))
    return claims


#: a score, a record or a vote: two numbers joined by a dash, next to a word that makes them one
#: ("beat the Chiefs 20-13", "improved to 58-3", "Klitschko (58-3, 51 KO)", "voted 51-49", "a 5-4
#: ruling"); a range ("12-15 people", "ages 18-24") has none of these words
_TALLY = re.compile(r"(?<![\w.\-/:$#])(?P<a>\d{1,3})[-\u2013](?P<b>\d{1,3})(?![\w\-/:%]|\.\d)")
_TALLY_BEFORE = re.compile(
    r"(?:\b(?:beat|beats|beating|won|wins|win|winning|lost|lose|loses|losing|defeat(?:ed|s|ing)?|edged|"
    r"routed|downed|topped|fell|falls|tied|ties|trail(?:ed|ing|s)?|led|leads?|leading|improved\s+to|"
    r"dropped\s+to|moved\s+to|fell\s+to|falls\s+to|season|went|(?:record|mark)\s+(?:of|to|at)|voted|vote\s+of|passed|approved|rejected|ruled|"
    r"margin\s+of|score\s+of|at)\s+(?:(?:the|a|an|[A-Z][\w.'-]*,?)\s+){0,3}|[A-Z][\w.'-]*\s+\()$")
_TALLY_AFTER = re.compile(r"^\)?,?\s*(?:\w+\s+)?(?:win|victory|loss|defeat|lead|record|vote|votes|decision|"
                          r"ruling|margin|tie|draw|drubbing|rout|triumph|majority|split|verdict|count)\b", re.I)


def _tally_claims(doc: Doc, sentences: Sentences, entities: EntityIndex | None,
                  ent_at: dict[int, str]) -> list[Claim]:
    """ "the Colts beat the Chiefs 20-13", "Klitschko (58-3, 51 KO)": a score, record or vote,
    compared with the same tally in other outlets."""
    claims = []
    for m in _TALLY.finditer(doc.text):
        before = doc.text[max(0, m.start() - 60):m.start()]
        after = doc.text[m.end():m.end() + 30]
        word = _TALLY_AFTER.match(after)
        if word is None and not _TALLY_BEFORE.search(before):
            continue
        context = _context(doc, sentences, entities, ent_at, m.start(), m.end())
        if context is None:
            continue
        ev_start, ev_end, slot = context
        noun = word.group(0).split()[-1].lower().strip("),") if word else None
        if noun:
            slot[noun] = max(slot.get(noun, 0.0), 2.0)
        # (no counted noun: "a 20-13 win" and "a 20-13 victory" are one score)
        claims.append(Claim("tally", doc.id, Tally(int(m.group("a")), int(m.group("b"))), m.group(0), m.start(),
                            m.end(), ev_start, ev_end, doc.text[ev_start:ev_end], slot, None,
                            ref_date=doc.reference_date))
    return claims


#: a clock reading: "1:30 a.m.", "8:15am", "2 p.m.", "at 2:56" (a game clock: no a.m./p.m.)
_CLOCK = re.compile(r"(?<![\w:.$/-])(?P<h>\d{1,2})(?::(?P<m>[0-5]\d))?(?:\s*(?P<ap>[ap])\.?\s?m\b\.?)?(?![\w:/%-]|\.\d)",
                    re.I)
_LEFT_ON_CLOCK = re.compile(r"\s+(?:left|remaining|to\s+play|to\s+go)\b", re.I)
_CLOCK_HEDGE = re.compile(r"\b(?:about|around|approximately|roughly|shortly\s+(?:after|before)|just\s+(?:after|before)|"
                          r"some\s+time\s+(?:after|before)|before|after|by|until|till)\s+$", re.I)


def _clock_qualifier(hedge: str) -> str:
    """ "shortly before" bounds a time from above, "just after" from below, "about" both ways."""
    words = hedge.lower().split()
    if words[-1] in ("before", "by", "until", "till"):
        return "shortly before" if len(words) > 1 else "before"
    if words[-1] == "after":
        return "shortly after" if len(words) > 1 else "after"
    return "about"


def _clock_claims(doc: Doc, sentences: Sentences, entities: EntityIndex | None,
                  ent_at: dict[int, str]) -> list[Claim]:
    """ "Gunfire broke out around 1:30 a.m.", "stopped the fight at 2:56": a clock reading,
    compared with the same reading in other outlets (a game clock times many moments of one game,
    so only times of day of one statement can conflict)."""
    claims = []
    times = [*doc.spans_of("time"), *doc.spans_of("quantity")]
    for m in _CLOCK.finditer(doc.text):
        hour, minute, ap = int(m.group("h")), m.group("m"), (m.group("ap") or "").lower()
        if not minute and not ap:
            continue  # a bare number
        if ap:
            if not 1 <= hour <= 12:
                continue
            minutes = (hour % 12 + (12 if ap == "p" else 0)) * 60 + int(minute or 0)
        elif doc.text[max(0, m.start() - 3):m.start()].lower() == "at " or hour >= 13 or \
                _LEFT_ON_CLOCK.match(doc.text, m.end()):
            # "at 2:56" of a round; "at 14:30", a 24-hour clock; "with 4:43 left", a game clock
            minutes = hour * 60 + int(minute)
        else:
            continue  # "3:16" with nothing that makes it a clock: a verse, a ratio
        of_day = bool(ap) or hour >= 13
        hedge = _CLOCK_HEDGE.search(doc.text, max(0, m.start() - 20), m.start())
        qualifier = _clock_qualifier(hedge.group(0)) if hedge else None
        context = _context(doc, sentences, entities, ent_at, m.start(), m.end())
        if context is None or _stamp_only(doc.text, *sentences.around(m.start(), m.end()), times):
            continue  # (a subhead "Monday, 2:38 a.m.": a stamp tells of nothing)
        ev_start, ev_end, slot = context
        claims.append(Claim("clock", doc.id, Clock(minutes, of_day, qualifier), m.group(0).strip(), m.start(),
                            m.end(), ev_start, ev_end, doc.text[ev_start:ev_end], slot, None,
                            ref_date=doc.reference_date))
    return claims


#: "the two sides", "these three men", "the world's two largest economies": a group the reader
#: already knows, named by its size; no outlet states a count there, so it is no claim to compare
_DEFINITE_BEFORE = re.compile(r"(?:\b(?:the|these|those|both)|['\u2019]s)\s+$", re.I)
#: counts this small name groups; larger ones ("the 300 workers") still tell how many
_GROUP_SIZE = 4


def _known_group(text: str, span) -> bool:
    a = span.attrs
    return (a.get("unit") or "") != "%" and a.get("noun") is not None and isinstance(a.get("value"), (int, float)) \
        and a["value"] <= _GROUP_SIZE and bool(_DEFINITE_BEFORE.search(text, max(0, span.start - 12), span.start))


def _speakers_day(span, quoted: list[tuple[int, int]]) -> bool:
    """ "We have events tonight," said on Saturday and printed on Sunday: a quote's "tonight" (a
    deictic day, as the times stage marks it) is the day the speaker spoke, which the article's own
    date does not give."""
    return span.label == "time" and bool(span.attrs.get("deictic")) \
        and any(start <= span.start < end for start, end in quoted)


def _is_dateline(doc: Doc, span, value: object) -> bool:
    """The date of a dateline ("KUALA LUMPUR, Oct 26 (Reuters) -") is metadata, not an event."""
    if not isinstance(value, DateValue):
        return False
    line_start = doc.text.rfind("\n", 0, span.start) + 1
    line_end = doc.text.find("\n", span.end)
    line = doc.text[line_start:(len(doc.text) if line_end < 0 else line_end)]
    head = doc.text[line_start:span.start]
    return span.start - line_start < 60 and len(content_tokens(head)) <= 4 and (
        "(" in doc.text[span.end:span.end + 4] or "\u2013" in line[:120] or " - " in line[:120]
        or "\u2014" in line[:120]) and bool(re.match(r"^[A-Z][A-Z .,'-]+,", head))


#: a length that places something in time from another event ("nine days before …")
_OFFSET_AFTER = re.compile(r"\s+(?:before|after|earlier|later|prior\s+to|ahead\s+of)\b", re.I)


def _value_of(doc: Doc, span) -> tuple[object | None, str, str | None]:
    a = span.attrs
    if span.label == "time":
        kind = a.get("kind") or "date"
        if kind in ("date", "range") and a.get("iso"):
            date = DateValue.of_time_attrs(a)
            return (date, "date", None) if date else (None, "", None)
        if kind == "duration" and a.get("days"):
            if _OFFSET_AFTER.match(doc.text, span.end):
                return None, "", None  # "nine days before the inauguration": when, not how long
            qualifier = a.get("qualifier") or hedge_before(doc.text, span.start)
            return Duration(float(a["days"]), qualifier), "duration", None
        return None, "", None
    if span.label == "quantity":
        value = a.get("value")
        if value is None:
            return None, "", None
        unit = a.get("unit") or ""
        noun = a.get("noun")
        if not unit and not noun:
            return None, "", None  # a bare number has no slot to compare
        qualifier = a.get("qualifier") or hedge_before(doc.text, span.start)
        return Amount(float(value), unit, qualifier), "amount", (stem(noun.split()[-1]) if noun else None)
    return None, "", None


def phrase_claims(docs: list[Doc], min_words: int = 2, max_words: int = 6) -> list[Claim]:
    """Short quoted phrases ("preliminary consensus") and where each article carries them.

    A phrase is a candidate when some article puts it in quotation marks and it is not a
    title or name (Title Case: programme names, organisations). Every article that writes
    the same words, quoted or not, then carries it.
    """
    candidates: dict[str, str] = {}
    for doc in docs:
        for m in _QUOTED.finditer(doc.text):
            inner = m.group(1).strip().strip(",.;:")
            words = inner.split()
            if not (min_words <= len(words) <= max_words):
                continue
            significant = [w for w in words if w.lower() not in ("the", "a", "an", "of", "and", "to", "in", "on")]
            if significant and all(_TITLE_WORD.match(w) for w in significant):
                continue  # a title or a name, not a claim
            key = phrase_key(inner)
            if key and key not in candidates:
                candidates[key] = inner
    claims: list[Claim] = []
    lowered: dict[str, str] = {}
    for key, surface in candidates.items():
        pattern = re.compile(r"(?<![A-Za-z0-9])" + r"[\W_]+".join(re.escape(w) for w in key.split()) + r"(?![A-Za-z0-9])",
                             re.I)
        longest = max(key.split(), key=len)
        for doc in docs:
            if longest not in lowered.setdefault(doc.id, doc.text.lower()):
                continue  # cheap test before the regex
            m = pattern.search(doc.text)
            if not m:
                continue
            sentences = Sentences.of(doc)
            s_start, s_end = sentences.around(m.start(), m.end())
            ev_start, ev_end = trim_evidence(doc.text, m.start(), m.end(), s_start, s_end)
            claims.append(Claim("phrase", doc.id, key, doc.text[m.start():m.end()], m.start(), m.end(),
                                ev_start, ev_end, doc.text[ev_start:ev_end], {key: 1.0}))
    return claims


def idf_table(docs: Iterable[Doc]) -> dict[str, float]:
    """Inverse document frequency of slot words over the story's sentences."""
    df: Counter = Counter()
    n = 0
    for doc in docs:
        for s, e in Sentences.of(doc).bounds:
            n += 1
            df.update({w for w, _s, _e in content_tokens(doc.text[s:e])})
    return {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items()} | {"__n__": float(n)}
