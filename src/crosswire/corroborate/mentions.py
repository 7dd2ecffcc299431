"""Incident-slot conflicts read from every mention, not from one guess per article.

The incident vote (:mod:`.incident`) compares one reading per article, so a conflict needs two
other articles whose single-article extractor happened to read the same value. Here each article
contributes *every* statement it makes of a slot:

* killed / injured: every count next to a casualty word of that kind ("two people were killed",
  "killing three", "5 wounded"). Loose counts -- bounds ("at least 3"), parts of the toll ("one of
  the men killed", "two others", "a man was killed"), tallies of other events ("killed this
  year", a sentence about several shootings) -- never dissent and never agree; numbers that are
  ages, dates, clock times or numbers of shots are no counts at all;
* city: see :mod:`.places`;
* date: every day-precision date the article gives in a sentence about the incident; the day
  of writing (a dateline, "today") and days of the aftermath (an arraignment, a funeral) are not
  the incident's.

An article is a dissenter when every statement it makes of the slot differs from a value that at
least two other independent sources state (and it never states that value), while none of those
sources states the dissenter's value. Dates a day apart are compatible ("Saturday night" /
"early Sunday"); so are two death tolls one apart when the shooter died (one outlet counts him).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..doc import Doc
from .text import Sentences, trim_evidence

#: a count qualified this way is a bound, not a figure ("at least 3 killed")
_QUALIFIER_BEFORE = re.compile(
    r"(?:at\s+least|more\s+than|over|nearly|almost|about|around|approximately|roughly|up\s+to|as\s+many\s+as|"
    r"fewer\s+than|less\s+than|some|estimated|total\s+of|least)\s+$", re.I)
#: ... and a count followed by these is another tally ("five people killed this year")
_OTHER_TALLY_AFTER = re.compile(
    r"^[^.;\n]{0,60}?\b(?:this\s+year|so\s+far|since|last\s+year|in\s+(?:19|20)\d\d|each\s+year|a\s+year|"
    r"every\s+year|per\s+year|annually|this\s+month|last\s+month|in\s+recent|over\s+the\s+past|"
    r"in\s+the\s+past|previous|earlier\s+this|year-to-date|to\s+date|during\s+that|"
    r"in\s+(?:\d+|two|three|four|five|six|seven|a|one)\s+(?:days|weeks|months))\b", re.I)
_OTHER_TALLY_BEFORE = re.compile(r"\b(?:another|other|additional|more|previous|separate)\s+(?:\w+\s+)?$|"
                                 r"\b(?:identities|names|identity)\s+of\s+(?:the\s+)?$", re.I)
#: a number that is part of a date or an age, not a count ("May 31 shooting death", "killed 13-year-old")
_MONTH_NAME = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_MONTH_BEFORE = re.compile(rf"{_MONTH_NAME}\s+$", re.I)
#: a count of several incidents ("three shootings left five wounded") or a part ("two more were killed")
_SEVERAL_EVENTS = re.compile(r"\b(?:shootings|incidents|attacks|cases|separate|unrelated|weekend\s+violence|"
                             r"across\s+the\s+city)\b",
                             re.I)
#: ("two men and a woman": a second group; "seven men and women" is one)
_PART_INSIDE = re.compile(r"\b(?:of\s+(?:the|his|her|their|them)|and\s+(?:an?|one|two|three|four|five|six|seven|eight|"
                          r"nine|ten|\d+)\b|first|second|third|fourth|fifth|sixth|"
                          r"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b", re.I)
#: ... "killed two of his cousins": a part of the toll
_PART_AFTER = re.compile(r"^\s+(?:more|others?|additional|of\s+(?:the|his|her|their|its|them|those|these))\b", re.I)
#: a victim listed before the figure: "Baby, 4 people injured"
_LISTED_BEFORE = re.compile(r"\b(?:baby|toddler|infant|child|boy|girl|man|woman|teen|teenager|officer|mother|father)"
                            r"(?:\s*,\s*\d+\s*,)?\s*(?:,|and)\s+$", re.I)
#: a charge or a suspicion names the victims one suspect is charged with
_CHARGE_BEFORE = re.compile(r"\b(?:accused|suspected|convicted|guilty|acquitted)\s+of\s+$|"
                            r"\bcharged\s+(?:with|in)\s+$", re.I)
#: a count of people shot just before a figure of the injured: two groups ("Three shot, 1 injured")
_SHOT_BEFORE = re.compile(r"\b\w+\s+(?:[\w-]+\s+)?shot\s*,\s*$", re.I)
#: the shooter is among the dead in some tallies and not in others
_SHOOTER_DIED = re.compile(
    r"\b(?:killed\s+(?:himself|herself)|took\s+(?:his|her)\s+own\s+life|turned\s+the\s+gun\s+on\s+(?:himself|herself)|"
    r"including\s+the\s+(?:gunman|shooter|suspect|attacker)|murder-suicide|suicide|(?:gunman|shooter|suspect|attacker)\s+"
    r"(?:was|were)\s+(?:also\s+)?(?:shot\s+and\s+)?killed|"
    r"(?:gunman|shooter|suspect|attacker)\s+(?:died|is\s+dead|was\s+dead)|"
    # "before he was shot and killed by police": who the police kill is the attacker
    r"(?:shot\s+and\s+killed|killed|shot\s+dead|fatally\s+shot)\s+by\s+(?:police|officers|deputies|troopers|"
    r"(?:an?\s+|the\s+)?(?:officer|deputy|trooper)))",
    re.I)
#: "shot" and "shooting" make a count of people hit, which is neither slot on its own
_KINDS = ("killed", "injured")
#: a weekday in an article published this long after the incident is more likely another day
#: of the story (an arraignment, a funeral) than the incident's
FOLLOW_UP_DAYS = 7


@dataclass(frozen=True)
class Mention:
    value: Any
    start: int
    end: int
    #: a bound or another tally ("at least 3", "killed this year"): it neither dissents nor agrees
    loose: bool = False
    #: "a man was killed": one victim described, no statement of how many there were
    one_victim: bool = False
    #: "accused of killing two men": the victims one suspect is charged with, maybe not every
    #: death -- it may back a toll, never contradict one
    backs_only: bool = False
    #: a day written with its month ("the March 11 shooting"): the same day however long after it
    #: the article was written, unlike a weekday, which a follow-up may mean of another week
    written: bool = False


_NOT_PEOPLE_AFTER = re.compile(r"\s+(?:times|weeks?|days?|months?|years?|hours?|minutes?|seconds?|rounds|shots|"
                               r"bullets|counts?)\b", re.I)


def is_count(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` can be a count of people: not a digit split off an
    age or a longer number ("killing 21-year-old"), a date ("May 31 death"), a clock time ("1:51"),
    a number of shots or of days ("killed 4 times", "killed two weeks earlier")."""
    after = text[end:end + 2]
    if after[:1].isdigit() or after.lower() == "-y" or after[:1] in ("%", ":"):
        return False
    before = text[max(0, start - 30):start]
    if _MONTH_BEFORE.search(before) or re.search(r"[\d:]$", before):
        return False
    return _NOT_PEOPLE_AFTER.match(text[end:end + 20]) is None


def _and_more(after: str) -> bool:
    """"five adults and an unborn child": the figure counts only some of the dead."""
    from ..extract.incident import PERSONS

    # ("two men and a 10-year-old girl"; a headline's "killed 5, unborn child")
    return re.match(rf"\s+(?:[\w-]+\s+)?{PERSONS}\s+and\s+(?:an?|one|two|three|four|\d+)\s+(?:[\w-]+\s+)?{PERSONS}",
                    after, re.I) is not None or \
        re.match(rf",\s+(?:and\s+)?(?:an?\s+)?(?:[\w-]+\s+)?{PERSONS}[ \t]*(?:\n|$)", after, re.I) is not None


def _after_the_dead(doc: Doc, start: int) -> bool:
    """"One person was killed and five others were hurt": the others are everyone but the dead,
    so the figure may be the whole injured count -- a loose one ("others" is still a part), which
    shows that an article that gives it does state that figure."""
    from ..extract.incident import KILLED_WORDS

    s, _ = Sentences.of(doc).around(start, start + 1)
    return re.search(rf"\b{KILLED_WORDS}\b", doc.text[s:start], re.I) is not None


def count_mentions(doc: Doc) -> dict[str, list[Mention]]:
    """kind -> the article's counts of that kind, in text order (bounds and tallies ``loose``)."""
    cache = doc.cache.setdefault("corroborate.mentions", {})
    if "counts" in cache:
        return cache["counts"]
    from ..extract import incident as extractor

    text = doc.text
    out: dict[str, list[Mention]] = {k: [] for k in _KINDS}
    seen: set[tuple[str, int]] = set()
    for pattern_kind, pattern in extractor.COUNT_PATTERNS:
        for m in pattern.finditer(text):
            raw = m.group("num")
            if raw.lower() == "another":
                continue
            value = extractor.count_value(text, m)
            if value is None or value > 1000 or value != int(value):
                continue
            what = " ".join(m.group("what").lower().split())
            if what in {"shot", "shooting"}:
                continue
            if raw.lower() in {"a", "an"} and not re.search(extractor.PERSONS, m.group(0), re.I):
                continue
            kind = "killed" if re.match(extractor.KILLED_WORDS, what) or what.startswith("kill") else "injured"
            others = re.search(r"\bothers?\b", m.group(0), re.I) is not None
            all_but_the_dead = others and kind == "injured" and _after_the_dead(doc, m.start())
            if others and pattern_kind != "after" and not all_but_the_dead:
                continue  # "two others were hurt": a part of the toll, not all of it
            start, end = m.start("num"), m.end("num")
            if not is_count(text, start, end):
                continue
            before = text[max(0, start - 30):start]
            s, e = Sentences.of(doc).around(m.start(), m.end())
            # "a man was killed" describes one victim, "one of the men killed" is a part, "a man and
            # woman dead" is two: none of them is the toll
            # ("shot and killed" is one verb: its "and" joins no second group of people)
            outside_verb = text[m.start():m.start("what")] + " " + text[m.end("what"):m.end()]
            partial = raw.lower() in {"a", "an"} or _PART_INSIDE.search(outside_verb) is not None
            # "one injured woman tried to drive": the casualty word describes some victims ("the two
            # wounded officers": all of them)
            partial = partial or (pattern_kind == "bare"
                                  and re.match(rf"[ \t]+{extractor.PERSONS}", text[m.end():]) is not None
                                  and not re.search(r"\bthe\s+$", before, re.I))
            # "One was treated at the scene": who a hospital saw, not how many were hurt
            partial = partial or what == "treated"
            # "2 men also wounded": some besides others ("girl hurt, 2 men also wounded")
            partial = partial or re.search(r"\balso\b", m.group(0), re.I) is not None
            # "Three children shot, 1 injured": a second group beside those shot
            partial = partial or (kind == "injured" and _SHOT_BEFORE.search(before) is not None)
            # "Baby, 4 people injured", "a girl and 3 men wounded": the figure leaves someone out
            partial = partial or _LISTED_BEFORE.search(before) is not None
            loose = bool(partial or _SEVERAL_EVENTS.search(text[s:e]) or _PART_AFTER.match(text[end:end + 15])
                         or _and_more(text[end:end + 60]) or _QUALIFIER_BEFORE.search(before) or _OTHER_TALLY_BEFORE.search(before)
                         or _OTHER_TALLY_AFTER.search(text[m.end():m.end() + 80]))
            if (kind, start) in seen:
                continue
            seen.add((kind, start))
            charge = _CHARGE_BEFORE.search(text[max(0, m.start() - 30):m.start()]) is not None
            out[kind].append(Mention(int(value), m.start(), m.end(), loose, one_victim=raw.lower() in {"a", "an"},
                                     backs_only=charge))
    for kind in _KINDS:
        out[kind].sort(key=lambda x: x.start)
    cache["counts"] = out
    return out


def _same(a: int, b: int, slack: int) -> bool:
    return abs(a - b) <= slack


def _any_count(doc: Doc, kind: str, value: int, slack: int = 0) -> bool:
    """Whether the article gives ``value`` as a count of ``kind`` anywhere (a bound included; not
    "a man died", which tells of one victim whatever the toll)."""
    return any(_same(m.value, value, slack) for m in count_mentions(doc)[kind] if not m.one_victim)


def date_mentions(doc: Doc, window_days: int = 14) -> list[Mention]:
    """Day-precision dates in sentences about the incident: those in the days before publication,
    and older ones written with their month ("the March 11 shooting" in a report of the sentencing
    months later), in text order."""
    cache = doc.cache.setdefault("corroborate.mentions", {})
    if "dates" in cache:
        return cache["dates"]
    from ..extract.incident import SHOOTING_WORDS, caption_line, recent_days

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
        if day is None or _TODAY.search(text) or caption_line(doc.text, span.start) or \
                _stamp(doc.text, span.start, span.end):
            continue
        s, e = Sentences.of(doc).around(span.start, span.end)
        if SHOOTING_WORDS.search(doc.text[s:e]) or _HAPPENED.search(doc.text[s:e]):
            out.append(Mention(day, span.start, span.end, written=written))
    cache["dates"] = out
    return out


#: a day written with its month ("March 11", "Aug. 3"): pinned, whenever the article was written
_WRITTEN_DAY = re.compile(rf"{_MONTH_NAME}\s+\d{{1,2}}\b", re.I)


#: the day of writing, not of the incident: an article says "today" whatever it reports
_TODAY = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|now)\b", re.I)


#: what follows an incident: a day these words date is another day of the story
AFTERMATH = re.compile(
    r"\b(?:arraign\w*|sentenc\w*|plea\w*|pleaded|hearing|court|trial|indict\w*|funeral|vigil|memorial|"
    r"booked|jail\w*|arrest\w*|charged|custody|turned\s+(?:himself|herself)\s+in|tweeted|"
    r"press\s+conference|briefing|scheduled|visitation|services|released|identified|meeting|remained)\b", re.I)
#: "police said Sunday": the day of the statement -- but "said a man shot two people Sunday" dates the shooting;
#: "posted in Hit and Run Accidents on Friday": the day of writing
_STATEMENT_BEFORE = re.compile(r"\b(?:(?:said|says|announced|confirmed)\s+(?:(?:on|late|early)\s+)?"
                               r"|(?:posted|published|updated)\b[^.;\n]{0,40}\bon\s+)$", re.I)


#: "(09/11/16) - Five men were shot ...": an update's stamp opening its paragraph
_STAMP_BEFORE = re.compile(r"(?:^|\n)[ \t]*\(?[ \t]*$")
_STAMP_AFTER = re.compile(r"[ \t]*\)?[ \t]*(?:-|–|—|:)")


def _stamp(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` opens its paragraph as a stamp ("(09/11/16) -")."""
    return _STAMP_BEFORE.search(text[max(0, start - 4):start]) is not None and \
        _STAMP_AFTER.match(text, end) is not None


def _all_days(doc: Doc) -> list[dt.date]:
    """Every day the article names, but the day it was written (a dateline, "today", a stamp)."""
    out = []
    ref = (doc.reference_date or "")[:10]
    for span in doc.spans_of("time"):
        if _TODAY.search(doc.span_text(span)) or str(span.attrs.get("iso") or "")[:10] == ref \
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


def _quote(doc: Doc, start: int, end: int) -> str:
    s, e = Sentences.of(doc).around(start, end)
    s, e = trim_evidence(doc.text, start, end, s, e)
    return doc.text[s:e]


def _variant(docs: dict[str, Doc], picks: dict[str, Mention], normalized: str, order: dict[str, int],
             roots: dict[str, str]) -> dict:
    articles = sorted(picks, key=lambda a: order.get(a, 0))
    first = picks[articles[0]]
    return {"value": docs[articles[0]].text[first.start:first.end], "normalized": normalized,
            "sources": articles,
            "evidence": [{"article": a, "quote": _quote(docs[a], picks[a].start, picks[a].end)} for a in articles],
            "independent_sources": len({roots.get(a, a) for a in articles})}


def earlier_report(doc: Doc, others: list[Doc]) -> bool:
    """Whether ``doc`` was published before every one of ``others`` (all dated)."""
    if not doc.published or not others or not all(o.published for o in others):
        return False
    return all(doc.published[:10] < str(o.published)[:10] for o in others)


def count_conflicts(docs: list[Doc], roots: dict[str, str], order: dict[str, int], kind: str) -> list[dict]:
    """Articles whose every count of ``kind`` differs from one two other sources agree on."""
    by_id = {d.id: d for d in docs}
    stated = {d.id: [m for m in count_mentions(d)[kind] if not m.loose] for d in docs}
    # "four dead, including the gunman" and "three killed" agree when the shooter died
    slack = 1 if kind == "killed" and any(_SHOOTER_DIED.search(d.text) for d in docs) else 0
    values = {a: {m.value for m in ms} for a, ms in stated.items()}
    own_figures = {a: [m for m in ms if not m.backs_only] for a, ms in stated.items()}
    out: list[dict] = []
    pairs: list[tuple[int, int]] = []
    done: set[Any] = set()
    for dissenter in sorted(stated, key=lambda a: order.get(a, 0)):
        mine = values[dissenter]
        if not own_figures[dissenter]:
            continue
        root = roots.get(dissenter, dissenter)
        # each other source's lead figure (its first): later counts are often parts or other tallies
        support: dict[int, set[str]] = defaultdict(set)
        for a, ms in stated.items():
            if roots.get(a, a) != root and ms:
                support[ms[0].value].add(roots.get(a, a))
        if not support:
            continue
        # "four dead, including the gunman" backs "three killed" when the shooter died
        backing = {v: set().union(*(support[x] for x in support if _same(x, v, slack))) for v in support}
        majority = max(support, key=lambda v: (len(backing[v]), len(support[v]), v))
        one_to_one = len(support) == 1 and len(support[majority]) == 1
        if one_to_one and not _one_count_each(by_id, stated, dissenter, next(iter(support[majority])), roots, kind):
            continue
        if (len(backing[majority]) < 2 and not one_to_one) or any(_same(v, majority, slack) for v in mine):
            continue
        if any(len(support.get(v, ())) >= 2 for v in mine):
            continue  # another source states the dissenter's figure too: a split, not one outlier
        if len([v for v in support if len(backing[v]) == len(backing[majority]) and not _same(v, majority, slack)]):
            continue  # the others do not agree among themselves
        own = own_figures[dissenter][0].value  # the lede's figure
        if (kind, own, majority) in done or (kind, majority, own) in done:
            continue  # the same two figures the other way round: a split, not one outlier
        if _any_count(by_id[dissenter], kind, majority, slack):
            continue
        agree = {a: stated[a][0] for a in stated
                 if stated[a] and stated[a][0].value == majority and own not in values[a] and roots.get(a, a) != root}
        if any(_any_count(by_id[a], kind, own, slack) for a in agree):
            continue
        # ... and a toll one off when the shooter died, from a source that gives none near the dissenter's
        agree |= {a: stated[a][0] for a in stated if stated[a] and roots.get(a, a) != root and a not in agree
                  and _same(stated[a][0].value, majority, slack) and not _any_count(by_id[a], kind, own, slack)}
        if len({roots.get(a, a) for a in agree}) < (1 if one_to_one else 2):
            continue
        if own < majority and earlier_report(by_id[dissenter], [by_id[a] for a in agree]):
            continue  # a toll that rose after the article was written: superseded, not contradicted
        dissent = {a: next(m for m in own_figures[a] if m.value == own) for a in stated
                   if any(m.value == own for m in own_figures[a]) and majority not in values[a]
                   and roots.get(a, a) == root}
        done.add((kind, own, majority))
        pairs.append((own, majority))
        out.append({"slot": kind,
                    "variants": [_variant(by_id, agree, f"{majority} people", order, roots),
                                 _variant(by_id, dissent, f"{own} people", order, roots)]})
    # each figure an outlier against the other: two camps, not one outlier
    return [c for c, (a, b) in zip(out, pairs) if (b, a) not in pairs]


def _one_count_each(by_id: dict[str, Doc], stated: dict[str, list[Mention]], dissenter: str, other_root: str,
                    roots: dict[str, str], kind: str) -> bool:
    """One source's figure against another's: each states one figure, the same day."""
    other = [a for a in stated if roots.get(a, a) == other_root and stated[a]]
    if not other:
        return False
    a, b = by_id[dissenter], by_id[other[0]]
    if len({m.value for m in stated[dissenter]}) != 1 or len({m.value for m in stated[other[0]]}) != 1:
        return False
    return bool(a.published and b.published and a.published[:10] == b.published[:10])


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
    if _LAST_BEFORE.search(doc.text[max(0, start - 12):start]) or re.match(r"(?i)(?:last|past|previous)\b", text):
        return True
    # the majority's own weekday a week off: the same day named, resolved against another week
    days = [s.attrs.get("iso") for s in spans if s.attrs.get("iso")]
    return bool(days) and (majority - dt.date.fromisoformat(str(days[0])[:10])).days % 7 == 0


#: an incident told of with its victims between a charge and a day ("charged with shooting 6 people Monday")
_SHOT_VERB = re.compile(r"\b(?:shooting|killing|stabbing|wounding)\s+(?!(?:death|case|incident)\b)\w+", re.I)
#: a day that opens its sentence ("On Friday, ...") ...
_OPENS_SENTENCE = re.compile(r"\s*(?:(?:on|late|early|by)\s+)?", re.I)
#: ... and whose sentence is someone's statement ("On Friday, Sheriff Tom Roe said ...")
_STATEMENT_AFTER = re.compile(r"[^,;]{0,25},\s+(?:(?:[A-Z][\w.'’-]*|police|authorities|officials|investigators|"
                              r"deputies|officers|the)\s+){1,7}"
                              r"(?:said|says|confirmed|announced|told|explained|reported)\b")
#: what certainly follows an incident, wherever it stands in the day's clause
_LATER = re.compile(r"\b(?:funeral|vigil|memorial|visitation|services|arraign\w*|sentenc\w*|hearing|trial|plea\w*|"
                    r"pleaded|indict\w*|will|scheduled)\b", re.I)
#: "the Monday shooting", "Thursday's early morning drive-by shooting": the day names the incident
_INCIDENT_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?!(?:in|of|for|at|on|to|the|a|an|and|after|with)\b)[\w-]+\s+){0,3}?"
                             r"(?:shootings?|killings?|slayings?|stabbings?|homicides?|murders?)\b", re.I)


def _later_day(doc: Doc, start: int, end: int) -> bool:
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
    if aftermath and not _SHOT_VERB.search(before, aftermath[-1].end()):
        return True
    if _STATEMENT_BEFORE.search(text[max(s, start - 60):start]):
        return True
    if _OPENS_SENTENCE.fullmatch(text[s:start]) and _STATEMENT_AFTER.match(text[end:e]):
        return True  # "On Friday, Prosecutor Joe Bergacs confirmed the children died": the day of the statement
    commas = [m.end() for m in re.finditer(r"[,;]", text[s:start])]
    clause_start = s + commas[-1] if commas else s
    found = re.search(r"[,;]", text[end:e])
    clause_end = end + found.start() if found else e
    return _LATER.search(text, clause_start, clause_end) is not None


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
    return pinned


def _incident_mention(doc: Doc, mention: Mention) -> Mention | None:
    """``mention`` if it states the day of the incident itself, else the article's first other
    mention of that day that does."""
    for m in [mention] + [x for x in date_mentions(doc) if x.value == mention.value and x.start != mention.start]:
        if _of_the_incident(doc, m.start, m.end) and not _later_day(doc, m.start, m.end):
            return m
    return None


#: ... or words that tell of the incident without naming a shooting ("what happened Monday night")
_HAPPENED = re.compile(r"\b(?:happened|occurred|suicide)\b", re.I)


def _of_the_incident(doc: Doc, start: int, end: int) -> bool:
    """Whether the sentence of the day at ``start:end`` tells of the incident; a fragment ("shortly
    before 2 a.m. Tuesday.", cut off by a line break) is read with the sentence before it."""
    from ..extract.incident import SHOOTING_WORDS

    sentences = Sentences.of(doc)
    s, e = sentences.around(start, end)
    if len(doc.text[s:e].split()) <= 6 and s > 1:
        s = sentences.around(s - 2, s - 1)[0]
    return bool(SHOOTING_WORDS.search(doc.text[s:e]) or _HAPPENED.search(doc.text[s:e]))


def _own_day(doc: Doc, fact: dict, stated: list[Mention]) -> Mention | None:
    """The day the article gives the incident: its reading, or -- when that is the day of
    writing or of what followed ("police said Monday") -- the first incident day it states."""
    ev = fact["evidence"][0]
    if not _TODAY.search(ev["quote"]) and not _later_day(doc, ev["start"], ev["end"]):
        return Mention(dt.date.fromisoformat(str(fact["value"])[:10]), ev["start"], ev["end"])
    return next((m for m in stated if not _later_day(doc, m.start, m.end)), None)


#: "died on Thursday", "passed away Thursday, July 16": the day of a death, which may come days after
#: the shooting ("died in a shooting Wednesday" is the shooting's)
_DIED_BEFORE = re.compile(r"\b(?:died|dies|passed\s+away|succumbed|pronounced\s+dead)\b"
                          r"(?:(?!\b(?:shot|shooting|gunfire|attack|killed|stabbing)\b)[^,;.\n])*$", re.I)


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
    stated = {d.id: date_mentions(d) for d in docs}
    out = []
    for dissenter in sorted(stated, key=lambda a: order.get(a, 0)):
        fact = (facts.get(dissenter) or {}).get("date") or {}
        own_mention = _own_day(by_id[dissenter], fact, stated[dissenter]) \
            if fact.get("evidence") and fact.get("value") else None
        if own_mention is None or guessed_day(by_id[dissenter], own_mention.start, own_mention.end):
            # a follow-up's reading is a later day (the sentencing); the incident's it writes out
            own_mention = next((m for m in stated[dissenter] if m.written and not m.loose
                                and str(m.value) != (by_id[dissenter].reference_date or "")[:10]
                                and not _later_day(by_id[dissenter], m.start, m.end)), None)
        if own_mention is None:
            continue
        own = own_mention.value
        mine = [m.value for m in stated[dissenter]] + [own]
        root = roots.get(dissenter, dissenter)
        # the others' readings, each backed by the days its article mentions
        support: dict[dt.date, set[str]] = defaultdict(set)
        for a, f in facts.items():
            if roots.get(a, a) == root or not ((f.get("date") or {}).get("evidence")):
                continue
            fev = f["date"]["evidence"][0]
            if _TODAY.search(fev["quote"]) or _later_day(by_id[a], fev["start"], fev["end"]):
                continue  # "entered the plea Wednesday": a later day of the story backs no incident date
            day = dt.date.fromisoformat(str(f["date"]["value"])[:10])
            support[day].add(roots.get(a, a))
        # ... and every other day each other source gives the incident, not only its reading
        for a, ms in stated.items():
            if roots.get(a, a) != root:
                for m in ms:
                    if not _later_day(by_id[a], m.start, m.end):
                        support[m.value].add(roots.get(a, a))
        if not support:
            continue
        # the day most sources back, counting those a day off ("Saturday night" / "early Sunday"),
        # then the day of that night most of them give: not the day between two others
        middle = max(support, key=lambda d: (sum(len(support[x]) for x in support if _near(x, d)), -d.toordinal()))
        majority = max((d for d in support if _near(d, middle)), key=lambda d: (len(support[d]), -d.toordinal()))
        backers = {r for x in support if _near(x, majority) for r in support[x]}
        # its own reading a day off is the same night ("Saturday night" / "early Sunday"); another
        # day a day off is most often what followed (died the next day, arrested the day after)
        if not backers or _near(own, majority) or majority in mine:
            continue
        if {r for x in support if _near(x, own) for r in support[x]} - backers:
            continue  # another source reads the dissenter's date (and not the majority's too): a split
        if majority in _all_days(by_id[dissenter]):
            continue  # it gives the majority's date somewhere
        ref = by_id[dissenter].reference_date
        # a day written out (a stated one, or the reading's own words) is pinned, but one weeks from
        # the others' is another event the article recalls ("the Nov. 15 shooting of Jamar Clark")
        written_out = own_mention.written or \
            _WRITTEN_DAY.search(by_id[dissenter].text, own_mention.start, own_mention.end) is not None
        pinned = written_out and abs((own - majority).days) <= ONE_TO_ONE_DAYS
        if own_mention.written and not pinned:
            continue
        if ref and (dt.date.fromisoformat(ref[:10]) - majority).days > FOLLOW_UP_DAYS and not pinned:
            continue  # a follow-up: its weekdays are later days of the story (a written-out day is pinned)
        if _loose_weekday(by_id[dissenter], own_mention.start, own_mention.end, majority):
            continue
        if own > majority and death_day(by_id[dissenter], own_mention.start, own):
            continue  # "died Sunday from injuries he sustained in the shooting": the death came after
        agree = {}
        for a, f in facts.items():
            if roots.get(a, a) == root or not ((f.get("date") or {}).get("evidence")):
                continue
            day = dt.date.fromisoformat(str(f["date"]["value"])[:10])
            if any(_near(m.value, own) for m in stated[a]):
                continue
            if _near(day, majority):
                fev = f["date"]["evidence"][0]
                agree[a] = Mention(day, fev["start"], fev["end"])
            else:
                stating = [m for m in stated[a] if m.value == majority and not _later_day(by_id[a], m.start, m.end)]
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
                    "variants": [_variant(by_id, agree, majority.isoformat(), order, roots),
                                 _variant(by_id, {dissenter: own_mention}, own.isoformat(), order, roots)]})
        break  # one outlier per story: a second one is the story's own uncertainty
    return out

