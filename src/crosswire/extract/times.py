"""Times: dates, weeks, months, years and durations, resolved against the article's date.

Every expression becomes a ``time`` span with ``kind`` (date|range|duration), ``iso``
("YYYY-MM-DD", "YYYY-MM", "YYYY" or None when it cannot be resolved), ``precision``
(day|week|month|year), ``modifier`` (early|mid|late|...), ``normalized``, ``relative`` and,
for durations, ``days`` and ``qualifier``.

Relative expressions ("on Thursday", "next week", "1 November") resolve against
``doc.reference_date``. Which Thursday, and which year for "17 February", depends on the tense
of the clause: "officials said on Sunday" is the Sunday just gone, "are scheduled to meet on
Thursday" the coming one. Tense comes from the spaCy parse when there is one (the governing
verb, its auxiliaries, "expected/scheduled/set to" above it), else from cue words nearby.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any, Callable, Iterator

from ..doc import Doc
from ..pipeline import stage
from ..values import format_number
from .numbers import NUMBER, parse_number
from .quantities import QUALIFIERS
from .weekdays import WEEKDAY_IN_WEEK, in_week_date, weekday_date, week_start as _week_start

MONTH_NUMBERS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
UNIT_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "night": 1.0, "week": 7.0,
             "fortnight": 14.0, "month": 30.0, "year": 365.0, "decade": 3650.0, "century": 36500.0}
ISO_UNIT = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "fortnight": "W",
            "month": "M", "year": "Y", "decade": "Y", "century": "Y"}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}

#: any month's name or abbreviation, for rules that need no month number ("Aug. 3", "Sept 9")
MONTH_WORD = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_MONTH = (r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_MONTH_FULL = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
               r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20|21)\d\d)"
_MODIFIER = r"(?P<mod>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of|end\s+of|beginning\s+of|the\s+start\s+of|start\s+of)"
_QUAL = "|".join(sorted((re.escape(q).replace(r"\ ", r"\s+") for q in QUALIFIERS), key=len, reverse=True))
_DUR_UNIT = r"(?P<unit>second|minute|hour|day|night|week|fortnight|month|year|decade|century)"

F = re.IGNORECASE
_H = "[-\u2010\u2011\u2012\u2013]"  # hyphens as typeset: "mid‑November" often has U+2011
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?![\d-])")),
    ("numeric", re.compile(r"(?<![\d/.])(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>\d{4}|\d{2})(?![\d/])")),
    ("mdy", re.compile(rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?(?![,.:]?\d)", F)),
    ("dmy", re.compile(rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?<![\d.,$])\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?:,?\s+{_YEAR}\b)?", F)),
    # ... not "early Jan. 6": the early hours of a day
    ("mod_month", re.compile(rf"\b{_MODIFIER}(?:{_H}|\s)+{_MONTH}\b(?!\.?\s*[0-3]?\d\b)(?:,?\s+{_YEAR}\b)?", F)),
    ("mod_year", re.compile(rf"\b{_MODIFIER}(?:{_H}|\s)+{_YEAR}\b", F)),
    ("month_year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", F)),
    # a month tied to a year told relative to the article's: "in April last year", "last year in May"
    ("month_rel_year", re.compile(rf"\b(?:{_MODIFIER}(?:{_H}|\s)+)?{_MONTH}(?:\s+{_DAY})?\s+(?:of\s+)?"
                                  rf"(?P<rel>last|this|next)\s+year\b", F)),
    ("rel_year_month", re.compile(rf"\b(?P<rel>last|this|next)\s+year,?\s+in\s+(?:{_MODIFIER}(?:{_H}|\s)+)?"
                                  rf"{_MONTH}(?:\s+{_DAY}\b)?(?![,.]?\d)", F)),
    ("month", re.compile(rf"\b(?:in|since|until|till|by|last|next|this|of|from|through|during|before|after|"
                         rf"between|and|or|to)\s+{_MONTH_FULL}(?!\s*\d)\b", F)),
    ("year", re.compile(rf"\b(?:in|since|until|till|by|of|from|through|during|before|after|year|"
                        rf"fiscal|between|and|to)\s+{_YEAR}\b(?![\d%.,]\d)(?!\s*(?:%|percent|per\s+cent))", F)),
    *(("weekday_week", p) for p in WEEKDAY_IN_WEEK),
    ("weekday", re.compile(rf"\b(?:(?P<rel>last|next|this|on|coming|past|this\s+coming|on\s+the\s+following)\s+)?"
                           rf"(?P<wd>{_WEEKDAY})\b(?:\s+(?P<part>morning|afternoon|evening|night))?", F)),
    ("deictic", re.compile(r"\b(?P<word>today|tonight|yesterday|tomorrow|last\s+night|this\s+morning|"
                           r"this\s+afternoon|this\s+evening|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)\b", F)),
    ("rel_period", re.compile(r"\b(?:(?P<mod>early|earlier|later|late|the\s+end\s+of|the\s+start\s+of|end\s+of)\s+)?"
                              r"(?P<rel>this|next|last|the\s+coming|the\s+past|the\s+following|the\s+previous)\s+"
                              r"(?P<period>week|weekend|month|year)\b", F)),
    ("season", re.compile(r"\b(?P<rel>this|next|last)\s+(?P<season>spring|summer|autumn|fall|winter)\b", F)),
    ("weekend", re.compile(r"\b(?:over\s+)?the\s+weekend\b", F)),
    ("ago", re.compile(rf"\b(?P<num>{NUMBER}|an?|several|a\s+few)\s+{_DUR_UNIT}s?\s+(?P<dir>ago|from\s+now|hence)\b", F)),
    ("duration", re.compile(rf"(?<![\w-])(?:(?P<qual>{_QUAL})\s+)?(?P<num>{NUMBER}|an?)(?:{_H}|\s+){_DUR_UNIT}s?\b(?!{_H}old|\s+old\b)", F)),
]
# a holiday or named day written right before its date: "Lunar New Year on 17 February"
_NAMED_DAY_RE = re.compile(r"\b((?:[A-Z][\w'’-]*\s+){0,3}(?:Day|Year|Eve|Festival|Christmas|Easter|Thanksgiving|"
                           r"Ramadan|Diwali|Hanukkah|Holiday|Anniversary|Election|Summit))\s*(?:,\s*|\s+on\s+|\s+\()$")
# "once a year", "twice a week", "per year": rates, not durations
_RATE_BEFORE = re.compile(r"\b(?:once|twice|times|per|every|each|a\s+few\s+times)\s*$", F)
_FUTURE_WORDS = re.compile(
    r"\b(?:will|'ll|shall|expected|expects?|scheduled|set\s+to|set\s+for|due|plans?|planned|planning|upcoming|"
    r"impending|next|to\s+meet|aims?|ahead|would|could|going\s+to|anticipated|intends?|slated|prepares?)\b", F)
_PAST_WORDS = re.compile(r"\b(?:said|was|were|had|did|met|told|announced|ago|last|earlier|\w{3,}ed)\b", F)
_DAY_PARTS = {"morning", "afternoon", "evening", "night", "noon", "midnight"}
FUTURE_LEMMAS = {"expect", "schedule", "plan", "set", "due", "anticipate", "aim", "intend", "slate", "prepare",
                 "upcoming", "impending", "planned", "scheduled", "expected", "proposed", "future", "hope",
                 "will", "shall", "next", "coming"}


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


#: "on a Saturday", "every Sunday": a weekday, not a day ("in a Sunday night shooting" is one)
_ANY_WEEKDAY_BEFORE = re.compile(r"\b(?:on\s+a|one|every|each|any)\s+$", re.I)
#: a weekday in the name of a day of its own: "Patch Tuesday", "Black Friday", "Super Tuesday"
_NAMED_WEEKDAY_BEFORE = re.compile(r"\b(?:Patch|Super|Black|Cyber|Good|Ash|Holy|Maundy|Palm|Easter|Fat|Giving|"
                                   r"Bloody|Mad|Small\s+Business)\s+$")


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        if month == 2 and day == 29:
            return dt.date(year, 2, 28)
        return None


class Tense:
    """Decides whether a time expression refers forward or back from the article's date."""

    def __init__(self, doc: Doc | None):
        self.doc = doc
        self.tagged = False
        if doc is not None and doc.text:
            from .nlp import is_parsed

            self.tagged = is_parsed(doc)

    def __call__(self, start: int, end: int, strict: bool = False) -> str | None:
        """"future", "past", "present" or None. ``strict``: only the verb the expression
        hangs on directly counts ("halted in September"), not one above a noun
        ("stressed the expiry on November 10")."""
        if self.tagged and self.doc is not None:
            return self._from_parse(start, strict)
        return None if strict else self._from_words(start, end)

    def _from_parse(self, start: int, strict: bool = False) -> str | None:
        from .nlp import token_at

        tok = token_at(self.doc, start)
        if tok is None:
            return None
        # "arrested for a March 21 phone call": a date naming an event takes the tense of the first
        # verb above the event's noun (none when that verb is not finite: "facing a charge in the March 3 death")
        naming = strict and tok.dep_ in {"nmod", "compound"} and tok.head.pos_ == "NOUN" and tok.head.i > tok.i
        seen = 0
        t = tok
        via_noun = False  # the walk went through a noun
        since = None  # ... an "after", "since", "following"
        below_verb = False  # ... a verb: a noun further up does not date the day
        while seen < 10:
            if strict and not naming and t is not tok and t.pos_ in {"NOUN", "PROPN", "PRON"} \
                    and t.lemma_.lower() not in FUTURE_LEMMAS:
                return None
            if t is not tok:
                if _future_word(t):
                    return "future"
                for child in t.children:
                    if child.dep_ == "amod" and below_verb:
                        continue  # "the next Doctor suspended on Friday": the day is the verb's, not the noun's
                    if child.dep_ in {"aux", "amod", "auxpass"} and (
                            child.lemma_.lower() in FUTURE_LEMMAS or child.lower_ in {"will", "'ll", "shall", "wo", "would"}):
                        return "future"
                if t.pos_ in {"VERB", "AUX"}:
                    if t.tag_ == "VBD":
                        return "past"
                    if t.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP"}
                                               and c.lemma_ in {"have", "be"} and c.lower_ not in {"is", "are", "be"}
                                               for c in t.children):
                        return "past"
                    if t.tag_ == "VB" and any(c.dep_ == "aux" and (c.tag_ == "VBD" or c.lower_ == "could") for c in t.children) \
                            and (any(c.tag_ == "VBD" for c in t.children) or any(c.dep_ == "neg" for c in t.children)):
                        return "past"  # "did not say Saturday", "could not reach him on Saturday": a day gone
                    if t.tag_ == "VBG" and t.lower_ != "going" and any(
                            c.dep_ == "aux" and c.tag_ == "VBD" and c.lemma_ == "be" for c in t.children):
                        return "past"  # "the group was missing a few things Sunday" (not "was going to")
                    if t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in t.children) \
                            and not _future_above(t):
                        return "past"  # "is believed to have died Saturday" (but "due to have finished by Friday")
                    # a present state told after its cause is the cause's outcome: "is dead after a
                    # crash Saturday", "are injured after a shooting Sunday" (a fronted "after ...", "After
                    # the funeral Friday, people are invited to ...", frames the clause: its tense rules)
                    outcome = since is not None and since.i > t.i
                    if t.tag_ in {"VBZ", "VBP"} and t.dep_ == "ROOT":
                        return "past" if outcome else "present"
                    if t.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"}
                                               and c.lemma_ == "be" for c in t.children):
                        return "past" if outcome else "present"  # "schools are closed until Friday"
                    if strict and t.pos_ == "VERB":
                        return None  # the first verb up is non-finite ("starting November 1"): no say
                    if t.tag_ == "VB" and t.dep_ in {"xcomp", "ccomp", "advcl"} and t.head.tag_ in {"VBZ", "VBP"} \
                            and not via_noun and t.lemma_ not in {"be", "have"} \
                            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                        # an act in the infinitive under a present-tense verb is still to happen:
                        # "advances to play Saturday", "is to face X on Sunday" (under a past one, "went
                        # to buy milk Saturday", the walk goes on up to the past). Not a state ("believed
                        # to be a shooting Saturday"), nor a day of a noun ("continue to investigate a
                        # shooting Thursday": the shooting's day, told as known)
                        return "future"
            if t.pos_ in {"NOUN", "PROPN"} and t is not tok and t.lower_ not in _DAY_PARTS:
                via_noun = True
            if t.pos_ == "VERB" and t is not tok:
                below_verb = True
            if t.dep_ == "prep" and t.lower_ in {"after", "since", "following"}:
                since = t
            if t.head is t:
                break
            t = t.head
            seen += 1
        if t.tag_ == "VB":
            return "future"
        return None

    def _from_words(self, start: int, end: int) -> str | None:
        text = self.doc.text if self.doc is not None else ""
        left = text[max(0, start - 80):start]
        cut = max(left.rfind(". "), left.rfind("\n"))
        left = left[cut + 1:] if cut >= 0 else left
        fut = list(_FUTURE_WORDS.finditer(left))
        past = list(_PAST_WORDS.finditer(left))
        if fut and (not past or fut[-1].start() > past[-1].start()):
            return "future"
        if past:
            return "past"
        return None


def _future_word(token: Any) -> bool:
    """A verb or word of the future: "expected", "scheduled", "set to meet", "set for Thursday";
    "set" alone is past or present ("had been set on fire Saturday")."""
    if token.lemma_.lower() not in FUTURE_LEMMAS and token.lower_ not in FUTURE_LEMMAS:
        return False
    if token.lower_ == "due" and token.i + 2 < len(token.doc) and token.nbor(1).lower_ == "to" \
            and token.nbor(2).tag_ != "VB":
        return False  # "due to low light levels": a cause, not a day to come ("due to arrive" is one)
    if token.lemma_.lower() == "set":
        return any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in token.children)
    return True


def _future_above(token: Any) -> bool:
    """A word of the future among the heads above ``token`` ("due to have finished")."""
    t = token
    for _ in range(4):
        if t.head is t:
            return False
        t = t.head
        if _future_word(t) or any(
                c.lower_ in {"will", "'ll", "shall"} for c in t.children):
            return True
    return False


def _infer_year(month: int, day: int | None, ref: dt.date, tense: str | None) -> int:
    """The year of a month (and day) written without one: the closest to ``ref``, unless the
    tense says clearly forward (then on/after ref) or back (then on/before ref)."""
    slack = dt.timedelta(days=3)
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        if day is not None:
            first = last = _safe_date(year, month, day) or dt.date(year, month, 1)
        else:
            first = dt.date(year, month, 1)
            last = dt.date(year, month, calendar.monthrange(year, month)[1])
        options.append((year, first, last))
    def distance(item: tuple[int, dt.date, dt.date]) -> int:
        _, first, last = item
        if first <= ref <= last:
            return 0
        return min(abs((first - ref).days), abs((last - ref).days))

    closest = min(options, key=distance)
    # within two months the nearest reading wins ("a cut in December" written in November);
    # further off, the tense decides which side of the article's date it lies
    if distance(closest) < 60:
        return closest[0]
    if tense == "future":
        fitting = [y for y, first, last in options if last >= ref - slack]
        if fitting:
            return min(fitting)
    if tense == "past":
        fitting = [y for y, first, last in options if first <= ref + slack]
        if fitting:
            return max(fitting)
    return closest[0]


def _date_attrs(iso: str | None, precision: str, *, relative: bool, modifier: str | None = None,
                kind: str = "date", **extra: Any) -> dict[str, Any]:
    attrs: dict[str, Any] = {"kind": kind, "iso": iso, "precision": precision, "modifier": modifier,
                             "normalized": iso, "relative": relative}
    attrs.update(extra)
    return attrs


def _modifier(raw: str | None) -> str | None:
    if not raw:
        return None
    word = " ".join(raw.lower().split())
    if word in {"early", "the beginning of", "beginning of", "the start of", "start of"}:
        return "early"
    if word in {"mid", "the middle of"}:
        return "mid"
    if word in {"late", "the end of", "end of"}:
        return "late"
    return word


def _month_of(match: re.Match[str]) -> int | None:
    if "mnum" in match.re.groupindex and match.group("mnum"):
        return int(match.group("mnum"))
    name = (match.group("month") or "").lower().rstrip(".")
    return MONTH_NUMBERS.get(name)


def _year_of(match: re.Match[str]) -> int | None:
    raw = match.groupdict().get("year")
    if not raw:
        return None
    year = int(raw)
    if year < 100:
        year += 2000 if year < 70 else 1900
    return year


def _resolve(kind: str, m: re.Match[str], ref: dt.date | None, tense: Callable[..., str | None],
             estimated: bool = False) -> dict[str, Any] | None:
    """The attrs of one matched expression, or None to drop it."""
    if kind in {"iso", "numeric", "mdy", "dmy"}:
        month, year = _month_of(m), _year_of(m)
        day = int(m.group("day"))
        if not month or not (1 <= month <= 12) or not (1 <= day <= 31):
            return None
        if kind == "mdy" and m.group("month").lower() == "may" and not (m.group("year") or m.group("wd")):
            if not re.match(r"\d", m.group("day")):
                return None
        relative = year is None
        if year is None:
            if ref is None:
                return _date_attrs(None, "day", relative=True, normalized=f"--{month:02d}-{day:02d}")
            year = _infer_year(month, day, ref, tense(strict=True))
        date = _safe_date(year, month, day)
        if date is None:
            return None
        return _date_attrs(date.isoformat(), "day", relative=relative)
    if kind in {"mod_month", "month_year", "month"}:
        month, year = _month_of(m), _year_of(m)
        if not month:
            return None
        modifier = _modifier(m.groupdict().get("mod"))
        relative = year is None
        if year is None:
            if ref is None:
                return _date_attrs(None, "month", relative=True, modifier=modifier, normalized=f"--{month:02d}")
            # "last April" is the latest April before the article's month, "next April" the first
            # after it, however far (the match opens with the word; "April last year" is another rule)
            rel = m.group(0).split(None, 1)[0].lower() if kind == "month" else ""
            if rel == "last":
                year = ref.year if month < ref.month else ref.year - 1
            elif rel == "next":
                year = ref.year if month > ref.month else ref.year + 1
            else:
                year = _infer_year(month, None, ref, tense(strict=True))
        return _date_attrs(f"{year:04d}-{month:02d}", "month", relative=relative, modifier=modifier)
    if kind in {"month_rel_year", "rel_year_month"}:
        month = _month_of(m)
        if not month:
            return None
        modifier = _modifier(m.groupdict().get("mod"))
        if ref is None:
            return _date_attrs(None, "month", relative=True, modifier=modifier, normalized=f"--{month:02d}")
        year = ref.year + {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
        if m.group("day"):
            date = _safe_date(year, month, int(m.group("day")))
            return _date_attrs(date.isoformat(), "day", relative=True) if date else None
        return _date_attrs(f"{year:04d}-{month:02d}", "month", relative=True, modifier=modifier)
    if kind in {"mod_year", "year"}:
        year = _year_of(m)
        if year is None:
            return None
        return _date_attrs(f"{year:04d}", "year", relative=False, modifier=_modifier(m.groupdict().get("mod")))
    if kind == "weekday":
        if ref is None:
            return _date_attrs(None, "day", relative=True, weekday=m.group("wd").capitalize())
        return _date_attrs(weekday_date(m, ref, tense, estimated).isoformat(), "day", relative=True)
    if kind == "weekday_week":
        if ref is None:
            return _date_attrs(None, "day", relative=True, weekday=m.group("wd").capitalize())
        return _date_attrs(in_week_date(m, ref).isoformat(), "day", relative=True)
    if kind == "deictic":
        word = " ".join(m.group("word").lower().split())
        offset = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                  "yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
                  "the day after tomorrow": 2}[word]
        # deictic: the speaker's day when quoted, which the article's date does not give
        if ref is None:
            return _date_attrs(None, "day", relative=True, deictic=True)
        return _date_attrs((ref + dt.timedelta(days=offset)).isoformat(), "day", relative=True, deictic=True)
    if kind == "rel_period":
        rel = " ".join(m.group("rel").lower().split())
        period = m.group("period").lower()
        modifier = _modifier(m.group("mod"))
        if rel in {"the following", "the previous"} or (
                rel == "next" and m.string[max(0, m.start("rel") - 4):m.start("rel")].lower() == "the "):
            return None  # "the next year", "the following month": counted from the story's time, not the paper's
        if rel == "the past" and period != "weekend" and not modifier:
            # "for the past month", "over the past year": the stretch up to the article's day, a
            # length of time and no dated period ("last month" is the calendar month before)
            return {"kind": "duration", "iso": None, "precision": period, "modifier": None,
                    "normalized": f"P1{ISO_UNIT[period]}", "relative": False, "days": UNIT_DAYS[period],
                    "qualifier": None, "unit": period, "value": 1.0}
        step = {"this": 0, "next": 1, "the coming": 1, "the following": 1, "last": -1, "the past": -1,
                "the previous": -1}[rel]
        if ref is None:
            return _date_attrs(None, "week" if period.startswith("week") else period, relative=True, modifier=modifier)
        if period == "year":
            return _date_attrs(f"{ref.year + step:04d}", "year", relative=True, modifier=modifier)
        if period == "month":
            month_index = ref.year * 12 + ref.month - 1 + step
            return _date_attrs(f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", "month", relative=True,
                               modifier=modifier)
        week = _week_start(ref)
        if rel in {"this", "the coming"} and ref.weekday() == 6 and period == "week":
            step = 1  # said on a Sunday, "this week" is the week that starts tomorrow
        if period == "weekend":
            sat = week + dt.timedelta(days=5 + 7 * step)
            if step == 0 and ref.weekday() < 5 and tense() == "past":
                sat -= dt.timedelta(days=7)
            return _date_attrs(sat.isoformat(), "week", relative=True, modifier=modifier, kind="range",
                               range_start=sat.isoformat(), range_end=(sat + dt.timedelta(days=1)).isoformat(),
                               normalized=f"{sat.isoformat()}/{(sat + dt.timedelta(days=1)).isoformat()}")
        monday = week + dt.timedelta(days=7 * step)
        sunday = monday + dt.timedelta(days=6)
        if step == 0 and modifier == "later" and ref.weekday() < 6:
            monday = ref + dt.timedelta(days=1)  # "later this week": the days after the article's
        elif step == 0 and modifier in {"earlier", "early"} and ref.weekday() > 0:
            sunday = ref - dt.timedelta(days=1)
        return _date_attrs(monday.isoformat(), "week", relative=True, modifier=modifier, kind="range",
                           range_start=monday.isoformat(), range_end=sunday.isoformat(),
                           normalized=f"{monday.isoformat()}/{sunday.isoformat()}")
    if kind == "season":
        rel = m.group("rel").lower()
        season = m.group("season").lower()
        if ref is None:
            return _date_attrs(None, "year", relative=True, modifier=season)
        first, last = SEASONS[season]
        year = ref.year + {"this": 0, "next": 1, "last": -1}[rel]
        if rel == "next" and ref.month < first and season != "winter":
            year = ref.year  # "next summer" said in March is this year's summer
        end_year = year + 1 if last < first else year
        start = dt.date(year, first, 1)
        end = dt.date(end_year, last, calendar.monthrange(end_year, last)[1])
        return _date_attrs(f"{year:04d}", "year", relative=True, modifier=season, kind="range",
                           range_start=start.isoformat(), range_end=end.isoformat(),
                           normalized=f"{start.isoformat()}/{end.isoformat()}")
    if kind == "weekend":
        if ref is None:
            return _date_attrs(None, "week", relative=True)
        t = tense()
        week = _week_start(ref)
        sat = week + dt.timedelta(days=5)
        if t == "past" and sat > ref:
            sat -= dt.timedelta(days=7)
        if t == "future" and sat + dt.timedelta(days=1) < ref:
            sat += dt.timedelta(days=7)
        sun = sat + dt.timedelta(days=1)
        return _date_attrs(sat.isoformat(), "week", relative=True, kind="range", range_start=sat.isoformat(),
                           range_end=sun.isoformat(), normalized=f"{sat.isoformat()}/{sun.isoformat()}")
    if kind == "ago":
        raw = " ".join(m.group("num").lower().split())
        number = {"a": 1.0, "an": 1.0, "several": None, "a few": None}.get(raw, parse_number(raw))
        unit = m.group("unit").lower()
        if number is None or ref is None or number > 10_000:
            return _date_attrs(None, "year" if unit in {"year", "decade", "century"} else "day", relative=True)
        direction = -1 if m.group("dir").lower() == "ago" else 1
        if unit in {"year", "decade", "century"}:
            years = int(number * {"year": 1, "decade": 10, "century": 100}[unit])
            return _date_attrs(f"{ref.year + direction * years:04d}", "year", relative=True)
        if unit == "month":
            month_index = ref.year * 12 + ref.month - 1 + direction * int(number)
            return _date_attrs(f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", "month", relative=True)
        days = number * UNIT_DAYS[unit]
        try:
            date = ref + dt.timedelta(days=direction * round(days))
        except OverflowError:
            return None
        return _date_attrs(date.isoformat(), "week" if unit in {"week", "fortnight"} else "day", relative=True)
    if kind == "duration":
        raw = " ".join(m.group("num").lower().split())
        number = 1.0 if raw in {"a", "an"} else parse_number(raw)
        if number is None:
            return None
        if raw in {"a", "an"} and _RATE_BEFORE.search(m.string[max(0, m.start() - 20):m.start()]):
            return None
        unit = m.group("unit").lower()
        if unit == "second" and raw in {"a", "an", "one"} and not m.group(0).rstrip().endswith("s"):
            return None  # "a second one": the ordinal, not a second of time
        qual = m.group("qual")
        qualifier = QUALIFIERS.get(" ".join(qual.lower().split())) if qual else None
        amount = number * {"decade": 10, "century": 100, "fortnight": 2}.get(unit, 1)
        code = ISO_UNIT[unit]
        iso_amount = format_number(amount)
        normalized = f"PT{iso_amount}{code}" if unit in {"second", "minute", "hour"} else f"P{iso_amount}{code}"
        return {"kind": "duration", "iso": None, "precision": unit if unit in {"day", "week", "month", "year"} else
                "year" if unit in {"decade", "century"} else "day",
                "modifier": None, "normalized": normalized, "relative": False, "days": number * UNIT_DAYS[unit],
                "qualifier": qualifier, "unit": unit, "value": number}
    return None


def iter_times(text: str, reference_date: str | None = None,
               doc: Doc | None = None, estimated: bool = False) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """Yield ``(start, end, attrs)`` for each time expression in ``text``, longest match first
    where they overlap. ``doc`` (whose text is ``text``) lends its parse for tense. ``estimated``:
    ``reference_date`` is not the article's own date but its story's (see :func:`weekday_date`)."""
    ref = _parse_date(reference_date)
    tense_of = Tense(doc if doc is not None and doc.text == text else None)
    candidates: list[tuple[int, int, int, str, re.Match[str]]] = []
    for order, (kind, pattern) in enumerate(PATTERNS):
        for m in pattern.finditer(text):
            if m.end() > m.start():
                candidates.append((m.start(), m.end(), order, kind, m))
    # longest first, then pattern order; keep what does not overlap an earlier pick
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    picked: list[tuple[int, int, dict[str, Any]]] = []
    for start, end, _, kind, m in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        # tense is looked up only when needed (it walks the parse)
        try:
            attrs = _resolve(kind, m, ref, lambda strict=False, s=start, e=end: tense_of(s, e, strict), estimated)
        except (ValueError, OverflowError):
            attrs = None  # a date beyond what datetime can hold (year 10000): no answer, no crash
        if attrs is None:
            continue
        if (m.groupdict().get("month") or m.groupdict().get("wd") or "X")[0].islower():
            continue  # "may", "sunday best": month and day names are capitalised in running text
        if kind == "weekday" and not m.group("rel") and _ANY_WEEKDAY_BEFORE.search(text, max(0, start - 10), start):
            continue  # "on a Saturday night this summer", "every Sunday": no one day
        if kind == "weekday" and not m.group("rel") and _NAMED_WEEKDAY_BEFORE.search(text, max(0, start - 16), start):
            continue  # "its September Patch Tuesday updates": a name, not a day the article tells of
        if kind == "rel_period" and m.group("period")[0].isupper():
            continue  # ABC's "This Week": a title, not a week
        if kind == "weekday" and (m.group("rel") or "").lower() == "on":
            start = m.start("wd")  # the span is the day; "on" only told us it is a date
        elif kind == "month":
            start = m.start("month")  # the preposition only told us the month is a date
        elif kind == "year":
            start = m.start("year")
        if kind in {"mdy", "dmy"}:
            named = _NAMED_DAY_RE.search(text[max(0, start - 60):start])
            if named:
                attrs["event_name"] = named.group(1)  # "the Lunar New Year on 17 February"
        taken.append((m.start(), m.end()))
        picked.append((start, end, attrs))
    picked.sort(key=lambda p: p[0])
    yield from picked


def _tells_of(text: str, day: dt.date | None) -> bool:
    """Whether an undated article names ``day``'s weekday: telling of its story's day ("shot his son
    Sunday afternoon"), it was written on it or after, so a weekday a few days after that day may be
    a later day of its telling (:func:`.weekdays.weekday_date`); one that does not may be days older."""
    if day is None:
        return False
    name = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[day.weekday()]
    return re.search(rf"\b{name}\b", text) is not None


@stage("times", "21", requires=("text",), assigns=("time",))
def times_stage(doc: Doc) -> Doc:
    """Add a ``time`` span for every date, period and duration (see module docstring)."""
    doc.drop_spans("time")
    # a date only a photo caption gives dates the picture: the report is that day or after it,
    # so its weekdays are read as an undated report's against its story's day
    pictured = getattr(doc.meta.get("published"), "source", None) == "photo caption"
    estimated = pictured or not doc.published and _tells_of(doc.text, _parse_date(doc.context_date))
    for start, end, attrs in iter_times(doc.text, doc.reference_date, doc, estimated):
        doc.add_span("time", start, end, **attrs)
    return doc
