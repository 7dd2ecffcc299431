"""The incident's date across a story, mention by mention.

Each article contributes every day-precision date it gives in a sentence about the incident; the
day of writing (a dateline, "today") and days of the aftermath (an arraignment, a funeral) are
not the incident's. Dates a day apart are compatible ("Saturday night" / "early Sunday").

A story none of whose articles is dated first gives its year-less days a year
(:func:`fill_story_years`): "the Aug. 19 drive-by shooting" is of the year the story's pages print
beside days that close.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from ..doc import Doc
from ..extract.incident_dates import another_event, caption_line, recent_days
from ..extract.times import MONTH_WORD, iter_times
from ..extract.violence import SHOOTING_WORDS
from ..sentences import Sentences
from .entities import full_person_names
from .mentions import Mention, variant
from .text import dates_a_statement


#: a day written without its year is of a year in which the story prints a day this close to it
YEAR_FROM_STORY_DAYS = 60
_YEARLESS = re.compile(r"--(?P<month>\d\d)(?:-(?P<day>\d\d))?")


def story_days(docs: list[Doc]) -> list[dt.date]:
    """The days a story's pages print with their year: in the articles' text, and in what cleaning
    cut from them (an embedded post's "August 20, 2015", a photo's caption), which dates the
    page as well as its text does."""
    days = []
    for doc in docs:
        found = [s.attrs for s in doc.spans_of("time")]
        for piece in doc.removed:
            found += [attrs for _, _, attrs in iter_times(piece.text)]
        for attrs in found:
            if attrs.get("kind") == "date" and attrs.get("precision") == "day" and not attrs.get("relative") \
                    and attrs.get("iso"):
                try:
                    days.append(dt.date.fromisoformat(str(attrs["iso"])[:10]))
                except ValueError:
                    continue
    return days


def _year_from_story(month: int, day: int | None, days: list[dt.date]) -> int | None:
    """The one year in which the story prints a day within YEAR_FROM_STORY_DAYS of ``month``
    (and ``day``); None when no year, or more than one, fits."""
    window = dt.timedelta(days=YEAR_FROM_STORY_DAYS)
    fitting = set()
    for year in {d.year for d in days} | {d.year + 1 for d in days} | {d.year - 1 for d in days}:
        try:
            first = dt.date(year, month, day or 1)
            last = first if day else (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))
        except ValueError:
            return None  # "Feb. 29" of a year without one
        if any(first - window <= d <= last + window for d in days):
            fitting.add(year)
    return fitting.pop() if len(fitting) == 1 else None


def fill_story_years(docs: list[Doc]) -> None:
    """Give the days and months written without a year ("the Aug. 19 drive-by shooting", "arrested
    Sept. 29") in articles with no date of their own -- so none to read them against -- the year
    in which the story's pages print a day close to them (:func:`story_days`), when just one year
    does. A story with a dated article reads them against its date already (the articles' context
    date). Sets the time spans' ``iso`` (marked ``year_from_story``); run before the claims are read."""
    undated = [d for d in docs if not d.reference_date]
    if not undated:
        return
    days = story_days(docs)
    if not days:
        return
    for doc in undated:
        for span in doc.spans_of("time"):
            attrs = span.attrs
            m = _YEARLESS.fullmatch(str(attrs.get("normalized") or ""))
            if attrs.get("iso") or attrs.get("kind") != "date" or m is None:
                continue
            month, day = int(m.group("month")), int(m.group("day")) if m.group("day") else None
            year = _year_from_story(month, day, days)
            if year is None:
                continue
            iso = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
            attrs.update(iso=iso, normalized=iso, year_from_story=True)


#: a weekday in an article published this long after the incident is more likely another day
#: of the story (an arraignment, a funeral) than the incident's
FOLLOW_UP_DAYS = 7


def date_mentions(doc: Doc, window_days: int = 14) -> list[Mention]:
    """Day-precision dates in sentences about the incident: those in the days before publication,
    and older ones written with their month ("the March 11 shooting" in a report of the sentencing
    months later), in text order."""
    cache = doc.cache.setdefault("corroborate.mentions", {})
    if "dates" in cache:
        return cache["dates"]
    recent = {span.start: day for day, span in recent_days(doc, window_days)}
    ref = dt.date.fromisoformat(doc.reference_date[:10]) if doc.reference_date else None
    out = []
    for span in sorted(doc.spans_of("time"), key=lambda x: x.start):
        text = doc.span_text(span)
        written = _WRITTEN_DAY.search(text) is not None
        day = recent.get(span.start)
        if day is None and written and ref is not None and span.attrs.get("precision") == "day":
            try:
                day = dt.date.fromisoformat(str(span.attrs.get("iso"))[:10])
            except ValueError:
                continue
            if day > ref:
                continue
        if day is None or TODAY.search(text) or caption_line(doc.text, span.start) or \
                _stamp(doc.text, span.start, span.end):
            continue
        s, e = Sentences.of(doc).around(span.start, span.end)
        if another_event(doc.text, s, span.start, span.attrs):
            continue  # "including a shooting inside on Jan. 1, 2015": a past incident of the place
        if SHOOTING_WORDS.search(doc.text[s:e]) or _HAPPENED.search(doc.text[s:e]):
            out.append(Mention(day, span.start, span.end, written=written))
    cache["dates"] = out
    return out


#: a day written with its month ("March 11", "Aug. 3"): pinned, whenever the article was written
_WRITTEN_DAY = re.compile(rf"{MONTH_WORD}\s+\d{{1,2}}\b", re.I)


#: the day of writing, not of the incident: an article says "today" whatever it reports
TODAY = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|now)\b", re.I)


#: what follows an incident: a day these words date is another day of the story
AFTERMATH = re.compile(
    r"\b(?:arraign\w*|sentenc\w*|plea(?:s|d|ds|ded|ding)?|hearing|court|trial|indict\w*|funeral|vigil|memorial|"
    r"booked|jail\w*|arrest\w*|charged|custody|turned\s+(?:himself|herself)\s+in|tweeted|"
    r"(?:press|news)\s+conference|briefing|scheduled|visitation|services|released|identified|meeting|remained|autops\w+)\b",
    re.I)


#: "(09/11/16) - Five men were shot ...": an update's stamp opening its paragraph, or one an update
#: names ("UPDATE#1 (01/21/2013):", "UPDATE @ 5:30 p.m. (Jan. 20):")
_STAMP_BEFORE = re.compile(r"(?:(?:^|\n)[ \t]*|(?i:\bupdate\b)[^\n()]{0,25})\(?[ \t]*$")
_STAMP_AFTER = re.compile(r"[ \t]*\)?[ \t]*(?:-|–|—|:)")


def _stamp(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is a stamp: opening its paragraph ("(09/11/16) -") or
    dating an update ("UPDATE @ 5:30 p.m. (Jan. 20):")."""
    return _STAMP_BEFORE.search(text[max(0, start - 40):start]) is not None and \
        _STAMP_AFTER.match(text, end) is not None


def _all_days(doc: Doc) -> list[dt.date]:
    """Every day the article names, but the day it was written (a dateline, "today", a stamp)."""
    out = []
    ref = (doc.reference_date or "")[:10]
    for span in doc.spans_of("time"):
        if TODAY.search(doc.span_text(span)) or str(span.attrs.get("iso") or "")[:10] == ref \
                or _stamp(doc.text, span.start, span.end):
            continue
        if span.attrs.get("precision") == "day" and span.attrs.get("iso"):
            try:
                out.append(dt.date.fromisoformat(str(span.attrs["iso"])[:10]))
            except ValueError:
                continue
    return out


def _near(a: dt.date, b: dt.date) -> bool:
    return abs((a - b).days) <= 1


#: "last Sunday": this week's or the week before's, as the reader takes it
_LAST_BEFORE = re.compile(r"\b(?:last|past|previous)\s+$", re.I)


def _loose_weekday(doc: Doc, start: int, end: int, majority: dt.date) -> bool:
    """Whether the dissenting day is a weekday whose week is uncertain ("last Sunday": this
    week's or the week before's, as the reader takes it)."""
    spans = [s for s in doc.spans_of("time") if s.start <= start < s.end]
    text = doc.span_text(spans[0]) if spans else doc.text[start:end]
    if any(ch.isdigit() for ch in text) or not re.search(
            r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", text, re.I):
        return False  # written out ("March 3"): pinned
    days = [dt.date.fromisoformat(str(s.attrs["iso"])[:10]) for s in spans if s.attrs.get("iso")]
    if _LAST_BEFORE.search(doc.text[max(0, start - 12):start]) or re.match(r"(?i)(?:last|past|previous)\b", text):
        # "last Sunday" is the latest Sunday or the one a week before it, as the reader takes it:
        # it dissents only when neither is the majority's night
        # (and only in a sentence about the incident: "she visited the center last Wednesday")
        return not days or any(_near(day, majority) for day in (days[0], days[0] - dt.timedelta(days=7))) \
            or not of_the_incident(doc, start, end)
    # the majority's own weekday a week off: the same day named, resolved against another week
    return bool(days) and (majority - days[0]).days % 7 == 0


#: an incident told of with its victims between a charge and a day ("charged with shooting 6 people Monday")
ACT_VERB = re.compile(r"\b(?:shooting|killing|stabbing|wounding)\s+(?!(?:death|case|incident)\b)\w+", re.I)
#: what certainly follows an incident, wherever it stands in the day's clause
_LATER = re.compile(r"\b(?:funeral|vigil|memorial|visitation|services|arraign\w*|sentenc\w*|hearing|trial|"
                    r"plea(?:s|d|ds|ded|ding)?|indict\w*|will|scheduled|autops\w+)\b", re.I)
#: "the Monday shooting", "Thursday's early morning drive-by shooting": the day names the incident
_INCIDENT_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?!(?:in|of|for|at|on|to|the|a|an|and|after|with)\b)[\w-]+\s+){0,3}?"
                             r"(?:shootings?|killings?|slayings?|stabbings?|homicides?|murders?)\b", re.I)


#: "the shooting happened on April 19", "the attack occurred Tuesday": the day the incident took place
_TOOK_PLACE_BEFORE = re.compile(r"\b(?:shootings?|killings?|slayings?|stabbings?|homicides?|murders?|attacks?)\s+"
                                r"(?:(?:that|which)\s+)?(?:happened|occurred|took\s+place)\s+(?:early\s+|late\s+)?(?:on\s+)?$", re.I)


#: "a shooting that injured two Wellston police officers Wednesday night", "The gunfire first erupted
#: near Highway 66 on Wednesday night": the day the shooting itself is told of, in its own clause
_TOLD_SHOOTING_BEFORE = re.compile(
    r"\b(?:shootings?|gunfire|shots)\s+(?:(?:that|which)\s+(?:killed|injured|wounded|left|hurt)|"
    r"(?:first\s+)?(?:erupted|rang\s+out|broke\s+out))\b[^.;:!?\n\"“”]{0,70}?\s(?:early\s+|late\s+)?(?:on\s+)?$",
    re.I)


def names_the_incident(doc: Doc, start: int, end: int) -> bool:
    """Whether the day at ``start:end`` names the incident itself: "Sunday's shooting death", "the
    Jan. 16 shooting", "the shooting happened on April 19", "a shooting that injured two officers
    Wednesday night", "the gunfire erupted near Highway 66 on Wednesday"."""
    text = doc.text
    return _INCIDENT_AFTER.match(text[end:end + 50]) is not None or \
        _TOOK_PLACE_BEFORE.search(text[max(0, start - 50):start]) is not None or \
        _TOLD_SHOOTING_BEFORE.search(text[max(0, start - 110):start]) is not None


def later_day(doc: Doc, start: int, end: int) -> bool:
    """Whether the day at ``start:end`` is a later day of the story: an aftermath word or a
    statement shortly before it in its clause ("sentenced McQuilliams Monday", "police said
    Sunday"), or a funeral, a hearing or a future event in its clause -- not elsewhere in the
    sentence ("fired his gun on Wednesday, ... the state's attorney will decide"). A day that
    names the incident ("the Monday shooting") is the incident's."""
    text = doc.text
    s, e = Sentences.of(doc).around(start, end)
    if _INCIDENT_AFTER.match(text[end:min(e, end + 50)]):
        return False
    before = re.split(r"[,.;:\n]", text[max(s, start - 45):start])[-1]
    aftermath = list(AFTERMATH.finditer(before))
    # "charged with shooting 6 people Monday night": the day dates the shooting the charge is for
    if aftermath and not ACT_VERB.search(before, aftermath[-1].end()):
        return True
    if dates_a_statement(text, start, end, s, e):
        return True
    commas = [m.end() for m in re.finditer(r"[,;]", text[s:start])]
    clause_start = s + commas[-1] if commas else s
    found = re.search(r"[,;]", text[end:e])
    clause_end = end + found.start() if found else e
    return _LATER.search(text, clause_start, clause_end) is not None




#: a day this far from the one the others agree on tells of another event
OTHER_EVENT_DAYS = 365

#: one source's day against another's: how far apart two readings of one incident may be
ONE_TO_ONE_DAYS = 7


def _one_to_one(by_id: dict[str, Doc], dissenter: str, own: Mention, agree: dict[str, Mention],
                majority: dt.date) -> dict[str, Mention] | None:
    """With a single other source, both days must be stated of the incident itself -- a sentence
    about the shooting, not about an arrest, a vigil or a report -- and lie within a week: days
    further apart are more likely two events of the story than one event misdated. Where the
    day read first is no statement of the incident ("(Published Thursday, Nov. 3)"), the same
    day told of the shooting further on is ("killed in a Thursday night shooting"). Returns the
    mentions that state each side's day of the incident, or None."""
    if abs((own.value - majority).days) > ONE_TO_ONE_DAYS:
        return None
    pinned = {}
    for a, m in [(dissenter, own)] + list(agree.items()):
        found = _incident_mention(by_id[a], m)
        if found is None:
            return None
        pinned[a] = found
    if any(_other_victims(by_id, (dissenter, pinned[dissenter]), (a, m)) for a, m in pinned.items() if a != dissenter):
        return None
    return pinned


def _other_victims(by_id: dict[str, Doc], one: tuple[str, Mention], other: tuple[str, Mention]) -> bool:
    """Whether each side's sentence names someone the other side's article never names ("Asir Brown
    was killed Sunday" against "on June 29th, Chris Mackey died"): two events, not one misdated."""
    def named(article: str, mention: Mention) -> set[str]:
        doc = by_id[article]
        return full_person_names(doc, *Sentences.of(doc).around(mention.start, mention.end))

    def never_in(names: set[str], article: str) -> bool:
        return bool(names) and not any(name in by_id[article].text.lower() for name in names)

    return never_in(named(*one), other[0]) and never_in(named(*other), one[0])


def _incident_mention(doc: Doc, mention: Mention) -> Mention | None:
    """``mention`` if it states the day of the incident itself, else the article's first other
    mention of that day that does."""
    for m in [mention] + [x for x in date_mentions(doc) if x.value == mention.value and x.start != mention.start]:
        if of_the_incident(doc, m.start, m.end) and not later_day(doc, m.start, m.end):
            return m
    return None


#: ... or words that tell of the incident without naming a shooting ("what happened Monday night")
_HAPPENED = re.compile(r"\b(?:happened|occurred|suicide)\b", re.I)


def of_the_incident(doc: Doc, start: int, end: int) -> bool:
    """Whether the sentence of the day at ``start:end`` tells of the incident; a fragment ("shortly
    before 2 a.m. Tuesday.", cut off by a line break) is read with the sentence before it."""
    sentences = Sentences.of(doc)
    s, e = sentences.around(start, end)
    if len(doc.text[s:e].split()) <= 6 and s > 1:
        s = sentences.around(s - 2, s - 1)[0]
    return bool(SHOOTING_WORDS.search(doc.text[s:e]) or _HAPPENED.search(doc.text[s:e]))


def _own_day(doc: Doc, fact: dict, stated: list[Mention]) -> Mention | None:
    """The day the article gives the incident: its reading, or -- when that is the day of
    writing or of what followed ("police said Monday") -- the first incident day it states."""
    ev = fact["evidence"][0]
    if not TODAY.search(ev["quote"]) and not later_day(doc, ev["start"], ev["end"]):
        return Mention(dt.date.fromisoformat(str(fact["value"])[:10]), ev["start"], ev["end"])
    return next((m for m in stated if not later_day(doc, m.start, m.end)), None)


#: "died on Thursday", "passed away Thursday, July 16": the day of a death, which may come days after
#: the shooting ("died in a shooting Wednesday" is the shooting's)
_DIED_BEFORE = re.compile(r"\b(?:died|dies|passed\s+away|succumbed|pronounced\s+dead)\b"
                          r"(?:(?!\b(?:shot|shooting|gunfire|attack|killed|stabbing)\b)[^,;.\n])*$", re.I)


#: "was found dead ... Tuesday morning", "his body was discovered Monday": the day of a finding,
#: which comes on or after the death
_FOUND_BEFORE = re.compile(r"\b(?:found|discovered)\b(?:(?!\b(?:shot|shooting|gunfire|attack|killed)\b)[^;.\n])*$", re.I)


def finding_day(doc: Doc, start: int) -> bool:
    """Whether the day at ``start`` dates a finding of the dead ("found dead in his room Tuesday")."""
    s, _ = Sentences.of(doc).around(start, start + 1)
    return _FOUND_BEFORE.search(doc.text[s:start]) is not None


def death_day(doc: Doc, start: int, day: dt.date) -> bool:
    """Whether the day at ``start`` dates a death ("who died on Thursday"), and the article tells
    of nothing else on that day."""
    def dates_a_death(at: int) -> bool:
        s, _ = Sentences.of(doc).around(at, at + 1)
        return _DIED_BEFORE.search(doc.text[max(s, at - 60):at]) is not None

    return dates_a_death(start) and all(dates_a_death(m.start) for m in date_mentions(doc) if m.value == day)


def guessed_day(doc: Doc, start: int, end: int) -> bool:
    """Whether the day read at ``start:end`` is a guess: told relative to the report's date
    ("Wednesday", "yesterday") in a report with no date of its own, so resolved against its
    story's date. Such a day may back an agreed date, never contradict one."""
    return not doc.published and any(s.start < end and start < s.end and s.attrs.get("relative")
                                     for s in doc.spans_of("time"))


def date_conflicts(docs: list[Doc], roots: dict[str, str], order: dict[str, int],
                   facts: dict[str, dict]) -> list[dict]:
    """An article whose reading of the incident date, and every other incident date it gives,
    is two or more days from a date that two other sources give and it never mentions."""
    by_id = {d.id: d for d in docs}
    # no day a year before every report is this incident's ("mass shootings since Aug. 1, 1966")
    written = sorted(dt.date.fromisoformat(d.reference_date[:10]) for d in docs if d.reference_date)
    oldest = written[0] - dt.timedelta(days=365) if written else dt.date.min
    stated = {d.id: [m for m in date_mentions(d) if m.value >= oldest] for d in docs}
    out = []
    for dissenter in sorted(stated, key=lambda a: order.get(a, 0)):
        fact = (facts.get(dissenter) or {}).get("date") or {}
        own_mention = _own_day(by_id[dissenter], fact, stated[dissenter]) \
            if fact.get("evidence") and fact.get("value") else None
        if own_mention is None or guessed_day(by_id[dissenter], own_mention.start, own_mention.end):
            # a follow-up's reading is a later day (the sentencing); the incident's it writes out
            own_mention = next((m for m in stated[dissenter] if m.written and not m.loose
                                and str(m.value) != (by_id[dissenter].reference_date or "")[:10]
                                and not later_day(by_id[dissenter], m.start, m.end)), None)
        if own_mention is None:
            continue
        # a day the article names its incident by ("Sunday's shooting death", "the shooting happened on
        # April 19") outranks a reading that is some other day of the story (a chase the next day)
        naming = [m for m in stated[dissenter] if names_the_incident(by_id[dissenter], m.start, m.end)
                  and not later_day(by_id[dissenter], m.start, m.end)]
        if naming and not any(_near(m.value, own_mention.value) for m in naming):
            own_mention = naming[0]
        own = own_mention.value
        mine = [m.value for m in stated[dissenter]] + [own]
        root = roots.get(dissenter, dissenter)
        # the others' readings, each backed by the days its article mentions
        support: dict[dt.date, set[str]] = defaultdict(set)
        for a, f in facts.items():
            if roots.get(a, a) == root or not ((f.get("date") or {}).get("evidence")):
                continue
            fev = f["date"]["evidence"][0]
            if TODAY.search(fev["quote"]) or later_day(by_id[a], fev["start"], fev["end"]) or \
                    _stamp(by_id[a].text, fev["start"], fev["end"]):
                continue  # "entered the plea Wednesday": a later day of the story backs no incident date
            day = dt.date.fromisoformat(str(f["date"]["value"])[:10])
            support[day].add(roots.get(a, a))
        # ... and every other day each other source gives the incident, not only its reading
        named: dict[dt.date, set[str]] = defaultdict(set)  # ... and those that name it ("Saturday's shooting")
        for a, ms in stated.items():
            if roots.get(a, a) != root:
                for m in ms:
                    if not later_day(by_id[a], m.start, m.end):
                        support[m.value].add(roots.get(a, a))
                        if names_the_incident(by_id[a], m.start, m.end):
                            named[m.value].add(roots.get(a, a))
        if not support:
            continue

        def backing(day: dt.date) -> tuple[int, int]:
            return (sum(len(support[x]) for x in support if _near(x, day)),
                    sum(len(named[x]) for x in named if _near(x, day)))

        # the day most sources back, counting those a day off ("Saturday night" / "early Sunday"),
        # then the day of that night most of them give: not the day between two others; of days
        # as well backed, the one a source names its incident by, not a day told in passing
        middle = max(support, key=lambda d: (*backing(d), -d.toordinal()))
        majority = max((d for d in support if _near(d, middle)),
                       key=lambda d: (len(support[d]), len(named[d]), -d.toordinal()))
        backers = {r for x in support if _near(x, majority) for r in support[x]}
        # its own reading a day off is the same night ("Saturday night" / "early Sunday"); another
        # day a day off is most often what followed (died the next day, arrested the day after)
        if not backers or _near(own, majority) or majority in mine:
            continue
        if abs((own - majority).days) > OTHER_EVENT_DAYS:
            continue  # "Sept. 11, 2001 conspirator" in a story of 2005: another event recalled, not a misdating
        if {r for x in support if _near(x, own) for r in support[x]} - backers:
            continue  # another source reads the dissenter's date (and not the majority's too): a split
        if majority in _all_days(by_id[dissenter]):
            continue  # it gives the majority's date somewhere
        ref = by_id[dissenter].reference_date
        # a day written out (a stated one, or the reading's own words) is pinned, but one weeks from
        # the others' is another event the article recalls ("the Nov. 15 shooting of Jamar Clark")
        written_out = own_mention.written or \
            _WRITTEN_DAY.search(by_id[dissenter].text, own_mention.start, own_mention.end) is not None
        pinned = (written_out or own_mention in naming) and abs((own - majority).days) <= ONE_TO_ONE_DAYS
        if own_mention.written and not pinned:
            continue
        if ref and (dt.date.fromisoformat(ref[:10]) - majority).days > FOLLOW_UP_DAYS and not pinned:
            continue  # a follow-up: its weekdays are later days of the story (a written-out day is pinned)
        if _loose_weekday(by_id[dissenter], own_mention.start, own_mention.end, majority):
            continue
        if own > majority and (death_day(by_id[dissenter], own_mention.start, own)
                               or finding_day(by_id[dissenter], own_mention.start)):
            continue  # "died Sunday from injuries he sustained in the shooting", "was found dead Tuesday": after
        agree = {}
        for a, f in facts.items():
            if roots.get(a, a) == root or not ((f.get("date") or {}).get("evidence")):
                continue
            day = dt.date.fromisoformat(str(f["date"]["value"])[:10])
            # a source giving the dissenter's day of the incident too is on neither side ("told
            # reporters Monday" is no such day)
            if any(_near(m.value, own) and not later_day(by_id[a], m.start, m.end) for m in stated[a]):
                continue
            if _near(day, majority):
                fev = f["date"]["evidence"][0]
                agree[a] = Mention(day, fev["start"], fev["end"])
            else:
                stating = [m for m in stated[a] if m.value == majority and not later_day(by_id[a], m.start, m.end)]
                if stating:
                    agree[a] = stating[0]
        agree_roots = {roots.get(a, a) for a in agree}
        if not agree_roots:
            continue
        if own < majority and all(death_day(by_id[a], m.start, m.value) for a, m in agree.items()):
            continue  # "died on Thursday" against "shot the victim Sunday": the death came after
        if len(agree_roots) < 2:
            pinned = _one_to_one(by_id, dissenter, own_mention, agree, majority)
            if pinned is None:
                continue
            agree = {a: m for a, m in pinned.items() if a != dissenter}
            own_mention = pinned[dissenter]
        out.append({"slot": "date",
                    "variants": [variant(by_id, agree, majority.isoformat(), order, roots),
                                 variant(by_id, {dissenter: own_mention}, own.isoformat(), order, roots)]})
        break  # one outlier per story: a second one is the story's own uncertainty
    return out
