"""Casualty counts (killed / injured) across a story, mention by mention.

Each article contributes every count next to a casualty word of that kind ("two people were
killed", "killing three", "5 wounded"). Loose counts -- bounds ("at least 3"), parts of the toll
("one of the men killed", "two others", "a man was killed"), tallies of other events ("killed
this year", a sentence about several shootings) -- never dissent and never agree; numbers that
are ages, dates, clock times or numbers of shots are no counts at all. Two death tolls one apart
are compatible when the shooter died (one outlet counts him); where no report tells of a death,
a count of people shot ("seven people shot") is a count of the injured.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from typing import Any

from ..doc import Doc
from ..extract import incident as extractor
from ..extract.incident import KILLED_WORDS, PERSONS
from ..extract.times import MONTH_WORD
from ..sentences import Sentences
from .mentions import Mention, earlier_report, variant


#: a count qualified this way is a bound, not a figure ("at least 3 killed")
QUALIFIER_BEFORE = re.compile(
    r"(?:at\s+least|more\s+than|over|nearly|almost|about|around|approximately|roughly|up\s+to|as\s+many\s+as|"
    r"fewer\s+than|less\s+than|some|estimated|total\s+of|least)\s+$", re.I)
#: ... of which these make a floor: the toll is the figure or more
_FLOOR_BEFORE = re.compile(r"(?:at\s+least|more\s+than|over|least)\s+$", re.I)
#: ... and a count followed by these is another tally ("five people killed this year")
_OTHER_TALLY_AFTER = re.compile(
    r"^[^.;\n]{0,60}?\b(?:this\s+year|so\s+far|since|last\s+year|in\s+(?:19|20)\d\d|each\s+year|a\s+year|"
    r"every\s+year|per\s+year|annually|this\s+month|last\s+month|in\s+recent|over\s+the\s+past|"
    r"in\s+the\s+past|previous|earlier\s+this|year-to-date|to\s+date|during\s+that|"
    r"in\s+(?:\d+|two|three|four|five|six|seven|a|one)\s+(?:days|weeks|months))\b", re.I)
_OTHER_TALLY_BEFORE = re.compile(r"\b(?:another|other|additional|more|previous|separate)\s+(?:\w+\s+)?$|"
                                 r"\b(?:identities|names|identity)\s+of\s+(?:the\s+)?$", re.I)
#: a number that is part of a date or an age, not a count ("May 31 shooting death", "killed 13-year-old")
_MONTH_BEFORE = re.compile(rf"{MONTH_WORD}\s+$", re.I)
#: a count of several incidents ("three shootings left five wounded") or a part ("two more were killed")
SEVERAL_EVENTS = re.compile(r"\b(?:shootings|incidents|attacks|cases|separate|unrelated|weekend\s+violence|"
                             r"across\s+the\s+city|(?:first|second|earlier|later)\s+(?:shooting|incident|attack))\b",
                             re.I)
#: ("two men and a woman": a second group, "seven men and women" is one; "one of five people shot": a part)
_PART_INSIDE = re.compile(r"\b(?:of\s+(?:the|his|her|their|them|\d+|two|three|four|five|six|seven|eight|nine|ten)\b|"
                          r"and\s+(?:an?|one|two|three|four|five|six|seven|eight|"
                          r"nine|ten|\d+)\b|first|second|third|fourth|fifth|sixth|"
                          r"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b", re.I)
#: ... "killed two of his cousins": a part of the toll
_PART_AFTER = re.compile(r"^\s+(?:more|others?|additional|of\s+(?:the|his|her|their|its|them|those|these))\b", re.I)
#: a victim listed before the figure: "Baby, 4 people injured"
_LISTED_BEFORE = re.compile(r"\b(?:bab(?:y|ies)|toddlers?|infants?|child(?:ren)?|boys?|girls?|m[ae]n|wom[ae]n|teens?|"
                            r"teenagers?|officers?|mothers?|fathers?)"
                            r"(?:\s*,\s*\d+\s*,)?\s*(?:,|and)\s+$|"
                            # "two civilians and one police officer were killed": the second group
                            rf"\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?"
                            rf"{PERSONS}\s*(?:,|,?\s+and)\s+$", re.I)
#: a charge or a suspicion names the victims one suspect is charged with
_CHARGE_BEFORE = re.compile(r"\b(?:accused|suspected|convicted|guilty|acquitted)\s+of\s+$|"
                            r"\bcharged\s+(?:with|in)\s+$", re.I)
#: a count of people shot just before a figure of the injured: two groups ("Three shot, 1 injured")
_SHOT_BEFORE = re.compile(r"\b\w+\s+(?:[\w-]+\s+)?shot\s*,\s*$", re.I)
#: the shooter is among the dead in some tallies and not in others
SHOOTER_DIED = re.compile(
    r"\b(?:killed\s+(?:himself|herself)|took\s+(?:his|her)\s+own\s+life|turned\s+the\s+gun\s+on\s+(?:himself|herself)|"
    r"including\s+the\s+(?:gunman|shooter|suspect|attacker)|murder-suicide|suicide|(?:gunman|shooter|suspect|attacker)\s+"
    r"(?:was|were)\s+(?:also\s+)?(?:shot\s+and\s+)?killed|"
    r"(?:gunman|shooter|suspect|attacker)\s+(?:died|is\s+dead|was\s+dead)|"
    # "before he was shot and killed by police": who the police kill is the attacker
    r"(?:shot\s+and\s+killed|killed|shot\s+dead|fatally\s+shot)\s+by\s+(?:police|officers|deputies|troopers|"
    r"(?:an?\s+|the\s+)?(?:officer|deputy|trooper)))",
    re.I)
#: "shot" and "shooting" make a count of people hit, which is neither slot on its own -- but the
#: injured where nobody died
_KINDS = ("killed", "injured", "shot")


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


#: "two police officers wounded and three others injured": the officers are some of the hurt
_AND_OTHERS = (r"\s+(?:[\w-]+\s+){0,3}?(?:wounded|injured|hurt|shot)\s+and\s+(?:an?|one|two|three|four|five|six|"
               r"seven|eight|nine|ten|\d+)\s+(?:others?|more)\b")


def _and_more(after: str) -> bool:
    """"five adults and an unborn child", "two officers wounded and three others injured": the
    figure counts only some of the dead or hurt."""
    # ("two men and a 10-year-old girl"; a headline's "killed 5, unborn child")
    return re.match(rf"\s+(?:[\w-]+\s+)?{PERSONS}\s+and\s+(?:an?|one|two|three|four|\d+)\s+(?:[\w-]+\s+)?{PERSONS}",
                    after, re.I) is not None or \
        re.match(_AND_OTHERS, after, re.I) is not None or \
        re.match(rf",\s+(?:and\s+)?(?:an?\s+)?(?:[\w-]+\s+)?{PERSONS}[ \t]*(?:\n|$)", after, re.I) is not None


def _after_the_dead(doc: Doc, start: int) -> bool:
    """"One person was killed and five others were hurt": the others are everyone hit but the
    dead, so the figure is the whole injured count."""
    s, _ = Sentences.of(doc).around(start, start + 1)
    before = doc.text[s:start]
    # ... unless the dead are "others" too ("left two other people dead and three others
    # injured"): then someone else, told of before, is a victim as well
    # ... nor when some hurt are told of just before ("one dead, two officers wounded and three
    # others injured"): the others are besides them too
    return re.search(rf"\b(?:{KILLED_WORDS}|kill(?:ing|s)|murder(?:ing|s))\b", before, re.I) is not None and \
        re.search(r"\bother\b", before, re.I) is None and \
        re.search(rf"{PERSONS}\s+(?:were\s+)?(?:wounded|injured|hurt)\s+and\s+$", before, re.I) is None


#: a toll of none: "no one was killed", "nobody was hurt", "there were no casualties", "no injuries
#: were reported" ("no one else was hurt" and "no serious injuries" leave some victims out; "no
#: immediate reports of injuries" is not known yet: both loose)
_NONE = re.compile(
    r"\b(?:no[ -]?one|nobody)\s+(?P<part>(?:else|other)\s+)?(?:(?:was|were|has\s+been|had\s+been|is|got|"
    r"appears\s+to\s+have\s+been|(?:was\s+)?reported(?:ly)?)\s+)?(?P<grave>(?:seriously|critically|badly|"
    r"fatally)\s+)?(?P<what>killed|hurt|injured|wounded|died)\b|"
    r"\bno\s+(?P<hedge>(?:(?:immediate|initial|early)\s+)?reports?\s+of\s+(?:any\s+)?)?"
    r"(?P<part2>(?:other|further|additional|more)\s+)?(?P<grave2>(?:serious|major|life-threatening|critical)\s+)?"
    r"(?:(?:immediate|reported|confirmed|known)\s+)?(?P<what2>casualties|injuries|deaths|fatalities)\b", re.I)
_HEDGED_AFTER = re.compile(r"^[^.;\n]{0,40}?\b(?:immediately|yet|so\s+far|at\s+this\s+time|initially)\b", re.I)


def _none_mentions(doc: Doc) -> list[tuple[str, Mention]]:
    """(kind, Mention of 0) for every toll of none the article states."""
    out: list[tuple[str, Mention]] = []
    for m in _NONE.finditer(doc.text):
        what = (m.group("what") or m.group("what2")).lower()
        kinds = ("killed", "injured") if what == "casualties" else \
            ("killed",) if what in {"killed", "died", "deaths", "fatalities"} else ("injured",)
        loose = bool(m.group("part") or m.group("part2") or m.group("grave") or m.group("grave2")
                     or m.group("hedge") or _HEDGED_AFTER.match(doc.text[m.end():m.end() + 60]))
        other_events = _of_other_events(doc, m.start(), m.end())
        for kind in kinds:
            out.append((kind, Mention(0, m.start(), m.end(), loose or other_events, other_events=other_events)))
    return out


#: a sentence that opens by placing itself after or before another part of the event
_EPISODE_OPENER = re.compile(r"(?:After\s+(?:that|the\s+(?:first\s+)?(?:shooting|attack|stabbing|crash|blast|"
                             r"explosion|carjacking|robbery))|Then|Later|Next|Before\s+that|Moments\s+later|"
                             r"Minutes\s+later)\b,?", re.I)


def _episode_sentence(doc: Doc, start: int) -> bool:
    s, _ = Sentences.of(doc).around(start, start + 1)
    return _EPISODE_OPENER.match(doc.text, s) is not None


#: people of one kind, who may be some of the victims ("four women", "two officers", "three children")
SUBGROUP = re.compile(r"\b(?:women|men|girls|boys|children|kids|teens|teenagers|officers|deputies|troopers|"
                       r"students|adults|relatives|siblings|brothers|sisters|residents|civilians|soldiers)\b", re.I)


def _subgroup(doc: Doc, mention: Mention) -> bool:
    return SUBGROUP.search(doc.text, mention.start, mention.end) is not None


def count_mentions(doc: Doc) -> dict[str, list[Mention]]:
    """kind -> the article's counts of that kind, in text order (bounds and tallies ``loose``)."""
    cache = doc.cache.setdefault("corroborate.mentions", {})
    if "counts" in cache:
        return cache["counts"]
    text = doc.text
    out: dict[str, list[Mention]] = {k: [] for k in _KINDS}
    seen: set[tuple[str, int]] = set()
    for pattern_kind, pattern in extractor.COUNT_PATTERNS:
        for m in pattern.finditer(text):
            raw = m.group("num")
            if raw.lower() == "another" or (pattern_kind == "before" and extractor.does_the_harm(text, m)):
                continue
            value = extractor.count_value(text, m)
            if value is None or value > 1000 or value != int(value):
                continue
            what = " ".join(m.group("what").lower().split())
            if raw.lower() in {"a", "an"} and not re.search(PERSONS, m.group(0), re.I):
                continue
            kind = "shot" if what in {"shot", "shooting"} else extractor.casualty_kind(what)
            others = re.search(r"\bothers?\b", m.group(0), re.I) is not None
            # "killed three men and wounded six other persons": the others are everyone hit but the dead
            all_but_the_dead = kind == "injured" and (others or re.match(r"\s+(?:others?|more)\b", text[m.end("num"):])) \
                and _after_the_dead(doc, m.start())
            # "two others were hurt": a part of the toll, not all of it
            others_part = others and pattern_kind != "after" and not all_but_the_dead
            start, end = m.start("num"), m.end("num")
            if not is_count(text, start, end):
                continue
            before = text[max(0, start - 30):start]
            # "a man was killed" describes one victim, "one of the men killed" is a part, "a man and
            # woman dead" is two: none of them is the toll
            # ("shot and killed" is one verb: its "and" joins no second group of people)
            outside_verb = text[m.start():m.start("what")] + " " + text[m.end("what"):m.end()]
            partial = raw.lower() in {"a", "an"} or _PART_INSIDE.search(outside_verb) is not None
            # "one injured woman tried to drive": the casualty word describes some victims ("the two
            # wounded officers": all of them)
            partial = partial or (pattern_kind == "bare"
                                  and re.match(rf"[ \t]+{PERSONS}", text[m.end():]) is not None
                                  and not re.search(r"\bthe\s+$", before, re.I))
            # "One was treated at the scene": who a hospital saw, not how many were hurt
            partial = partial or what == "treated" or what.startswith("hospitali")
            # "2 men also wounded": some besides others ("girl hurt, 2 men also wounded")
            partial = partial or re.search(r"\balso\b", m.group(0), re.I) is not None
            # "After the shooting, the gunman went into the neighborhood ..., wounding three people":
            # one episode of the event told in order, not its toll
            partial = partial or (pattern_kind == "after" and _episode_sentence(doc, m.start()))
            # "Three children shot, 1 injured": a second group beside those shot
            partial = partial or (kind == "injured" and _SHOT_BEFORE.search(before) is not None)
            # "Baby, 4 people injured", "a girl and 3 men wounded": the figure leaves someone out
            partial = partial or _LISTED_BEFORE.search(before) is not None
            other_events = _of_other_events(doc, m.start(), m.end())
            part = bool(partial or other_events or others_part
                        or (_PART_AFTER.match(text[end:end + 15]) and not all_but_the_dead)
                        or _and_more(text[end:end + 60]) or _OTHER_TALLY_BEFORE.search(before))
            loose = part or QUALIFIER_BEFORE.search(before) is not None
            if (kind, start) in seen:
                continue
            seen.add((kind, start))
            charge = _CHARGE_BEFORE.search(text[max(0, m.start() - 30):m.start()]) is not None
            # "three victims in critical condition": who is still in hospital, maybe not all the hurt
            # ... and so are "two people were critically wounded": the worst hurt, maybe not all
            status = what.startswith("in ") or re.search(rf"\b{extractor.SEVERELY}\b", m.group(0), re.I) is not None
            floor = not part and not charge and (status or _FLOOR_BEFORE.search(before) is not None)
            out[kind].append(Mention(int(value), m.start(), m.end(), loose, one_victim=raw.lower() in {"a", "an"},
                                     backs_only=charge or status, other_events=other_events, floor=floor))
    for kind, mention in _none_mentions(doc):
        if (kind, mention.start) not in seen:
            out[kind].append(mention)
    for kind in _KINDS:
        out[kind].sort(key=lambda x: x.start)
    cache["counts"] = out
    return out


def _same(a: int, b: int, slack: int) -> bool:
    return abs(a - b) <= slack


def _any_count(doc: Doc, kinds: tuple[str, ...], value: int, slack: int = 0) -> bool:
    """Whether the article gives ``value`` as a count of one of ``kinds`` anywhere (a bound
    included; not "a man died", which tells of one victim whatever the toll)."""
    return any(_same(m.value, value, slack) for m in _counts(doc, kinds) if not m.one_victim)


def _counts(doc: Doc, kinds: tuple[str, ...]) -> list[Mention]:
    found = count_mentions(doc)
    return sorted((m for kind in kinds for m in found[kind]), key=lambda m: m.start)


#: a period the sentence counts over, before the figure ("So far in 2017, 150 people have been
#: murdered", "Between January 2010 and August 2013, seven people were killed"): a tally, not the toll
_PERIOD_BEFORE = re.compile(r"\b(?:so\s+far|to\s+date|(?:since|between)\s+(?:\w+\.?\s+){0,2}(?:19|20)\d\d)\b|"
                            r"\b(?:this|last|past)\s+(?:year|month)\b", re.I)


def _of_other_events(doc: Doc, start: int, end: int) -> bool:
    """Whether the casualty words at ``start:end`` tell of other incidents or another period: a
    sentence about several shootings, or a tally after them ("46 wounded in the city this weekend")."""
    s, e = Sentences.of(doc).around(start, end)
    return bool(SEVERAL_EVENTS.search(doc.text[s:e]) or _OTHER_TALLY_AFTER.search(doc.text[end:end + 80])
                or _PERIOD_BEFORE.search(doc.text[s:start])
                or start in extractor.past_sentences(doc))


def _nobody_died(docs: list[Doc]) -> bool:
    """Whether no article tells of a death: then everyone shot is injured ("seven people shot")."""
    # ("nine people were killed and 46 wounded in shootings this weekend" tells of other shootings' dead)
    return not any(any(not m.other_events and m.value for m in count_mentions(d)["killed"])
                   or any(not _of_other_events(d, m.start(), m.end()) for m in extractor.SINGLE_KILLED.finditer(d.text))
                   for d in docs)


def dated_apart(doc: Doc, start: int, end: int, story_day: dt.date | None) -> bool:
    """Whether the sentence of the figure at ``start:end`` dates what it tells days away from the
    story's agreed day, and never near it: "a drive-by shooting Wednesday afternoon that left two
    dead" in a story of Sunday's shooting is another incident's toll."""
    if story_day is None:
        return False
    s, e = Sentences.of(doc).around(start, end)
    written = doc.reference_date[:10] if doc.reference_date else "9999"
    gaps = []
    for span in doc.spans_of("time"):
        iso = str(span.attrs.get("iso") or "")[:10]
        if not (s <= span.start < e and iso):
            continue
        if span.attrs.get("precision") in ("month", "year") and story_day.isoformat().startswith(iso):
            return False  # "in October of 2014": the story's own month
        if span.attrs.get("precision") == "day":
            if iso > written:
                return False  # "the coroner is expected to release more ... on Tuesday": what is to come
            try:
                gaps.append(abs((dt.date.fromisoformat(iso) - story_day).days))
            except ValueError:
                continue
    return bool(gaps) and min(gaps) > OTHER_DAY_GAP


#: an incident's days as outlets tell them: the night of it, the day after, a weekday read against
#: another week -- a toll or a report dated further from the story's agreed day is another incident's
OTHER_DAY_GAP = 3


def count_conflicts(docs: list[Doc], roots: dict[str, str], order: dict[str, int], kind: str,
                    story_day: dt.date | None = None) -> list[dict]:
    """Articles whose every count of ``kind`` differs from one two other sources agree on (none
    told in a sentence dated days from ``story_day``, when the story agrees on one)."""
    by_id = {d.id: d for d in docs}
    # where nobody died, everyone shot is injured -- in an article that gives no count of the injured
    # beside ("Three children shot, 1 injured": two groups)
    shot_too = kind == "injured" and _nobody_died(docs)
    kinds_of = {d.id: (kind, "shot") if shot_too and all(m.other_events for m in count_mentions(d)["injured"])
                else (kind,) for d in docs}
    stated = {d.id: [m for m in _counts(d, kinds_of[d.id]) if not m.loose and not dated_apart(d, m.start, m.end, story_day)]
              for d in docs}
    leads = {a: _lead(ms) for a, ms in stated.items() if ms}
    # ... while any figure an article gives of either shows what it states
    given = (kind, "shot") if shot_too else (kind,)
    # "four dead, including the gunman" and "three killed" agree when the shooter died
    slack = _shooter_slack(docs, kind)
    values = {a: {m.value for m in ms} for a, ms in stated.items()}
    own_figures = {a: [m for m in ms if not m.backs_only] for a, ms in stated.items()}
    out: list[dict] = []
    done: set[Any] = set()
    for dissenter in sorted(stated, key=lambda a: order.get(a, 0)):
        mine = values[dissenter]
        if not own_figures[dissenter]:
            continue
        root = roots.get(dissenter, dissenter)
        support = _lead_support(leads, roots, root)
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
        if len([v for v in support if len(backing[v]) == len(backing[majority]) and not _same(v, majority, slack)]):
            continue  # the others do not agree among themselves
        own = own_figures[dissenter][0].value  # the lede's figure
        if (kind, own, majority) in done or (kind, majority, own) in done:
            continue  # the same two figures the other way round: a split, not one outlier
        if _any_count(by_id[dissenter], given, majority, slack):
            continue
        agree = {a: lead for a, lead in leads.items()
                 if lead.value == majority and own not in values[a] and roots.get(a, a) != root}
        both = {roots.get(a, a) for a in stated if roots.get(a, a) != root
                and _any_count(by_id[a], given, majority, slack) and _any_count(by_id[a], given, own, slack)}
        # ... unless one side says nobody was hurt: a source giving both then reports that dispute
        if both and (own and majority or len(both) >= len({roots.get(a, a) for a in agree})):
            continue  # sources that give the majority's figure give the dissenter's too: not exclusive
        # ... and a toll one off when the shooter died, from a source that gives none near the dissenter's
        agree |= {a: lead for a, lead in leads.items() if roots.get(a, a) != root and a not in agree
                  and _same(lead.value, majority, slack) and not _any_count(by_id[a], given, own, slack)}
        if len({roots.get(a, a) for a in agree}) < (1 if one_to_one else 2):
            continue
        if all(lead.backs_only for lead in agree.values()):
            continue  # "two people were critically wounded" twice backs a figure; it is none itself
        if own < majority and _subgroup(by_id[dissenter], own_figures[dissenter][0]) \
                and not any(_subgroup(by_id[a], lead) for a, lead in agree.items()):
            continue  # "four women had been killed" against "five dead": the women among the dead
        if own < majority and earlier_report(by_id[dissenter], [by_id[a] for a in agree]):
            continue  # a toll that rose after the article was written: superseded, not contradicted
        # every source that states a side's figure as its own, and not the other's, is on that side
        dissent = {a: next(m for m in own_figures[a] if m.value == own) for a in stated
                   if any(m.value == own for m in own_figures[a]) and majority not in values[a]
                   and (roots.get(a, a) == root or not _any_count(by_id[a], given, majority, slack))}
        agree |= {a: next(m for m in own_figures[a] if _same(m.value, majority, slack)) for a in stated
                  if a not in agree and a not in dissent and roots.get(a, a) != root
                  and any(_same(m.value, majority, slack) for m in own_figures[a])
                  and not _any_count(by_id[a], given, own, slack)}
        done.add((kind, own, majority))
        out.append({"slot": kind,
                    "variants": [variant(by_id, agree, f"{majority} people", order, roots),
                                 variant(by_id, dissent, f"{own} people", order, roots)]})
    return out


def floor_conflicts(docs: list[Doc], roots: dict[str, str], order: dict[str, int], kind: str,
                    story_day: dt.date | None = None) -> list[dict]:
    """An article that gives only a floor for the toll ("at least five wounded", "three critically
    injured") above the figure two other sources agree on ("one wounded"): a part of the toll
    cannot be more than all of it. (A floor at or below the figure agrees with it.)"""
    by_id = {d.id: d for d in docs}
    stated = {d.id: [m for m in _counts(d, (kind,)) if not (m.loose or m.backs_only)
                     and not dated_apart(d, m.start, m.end, story_day)] for d in docs}
    leads = {a: _lead(ms) for a, ms in stated.items() if ms}
    slack = _shooter_slack(docs, kind)
    for dissenter in sorted(stated, key=lambda a: order.get(a, 0)):
        doc = by_id[dissenter]
        floors = [m for m in _counts(doc, (kind,)) if m.floor and not dated_apart(doc, m.start, m.end, story_day)]
        if stated[dissenter] or not floors:
            continue  # an article with a figure of its own is judged by that figure
        root = roots.get(dissenter, dissenter)
        majority = _clear_majority(_lead_support(leads, roots, root))
        if majority is None:
            continue
        floor = max(floors, key=lambda m: m.value)
        if floor.value <= majority + slack or _any_count(doc, (kind,), majority, slack):
            continue
        # a source that gives the floor's figure or more anywhere may count the same people
        agree = {a: lead for a, lead in leads.items() if lead.value == majority and roots.get(a, a) != root
                 and not any(m.value >= floor.value for m in _counts(by_id[a], (kind,)) if not m.other_events)}
        if len({roots.get(a, a) for a in agree}) < 2:
            continue
        return [{"slot": kind,
                 "variants": [variant(by_id, agree, f"{majority} people", order, roots),
                              variant(by_id, {dissenter: floor}, f"at least {floor.value} people", order, roots)]}]
    return []


def _shooter_slack(docs: list[Doc], kind: str) -> int:
    """1 where tolls of the dead may differ by the shooter ("four dead, including the gunman" and
    "three killed" agree), else 0."""
    return 1 if kind == "killed" and any(SHOOTER_DIED.search(d.text) for d in docs) else 0


def _clear_majority(support: dict[int, set[str]]) -> int | None:
    """The figure two or more sources lead with and no other figure as many do, else None."""
    if not support:
        return None
    majority = max(support, key=lambda v: (len(support[v]), v))
    if len(support[majority]) < 2 or any(len(r) == len(support[majority]) for v, r in support.items() if v != majority):
        return None
    return majority


def _lead_support(leads: dict[str, Mention], roots: dict[str, str], root: str) -> dict[int, set[str]]:
    """Each figure, with the independent sources (other than ``root``) whose lead figure it is: the
    one a source states most often, else its first -- later counts are often parts or other tallies."""
    support: dict[int, set[str]] = defaultdict(set)
    for a, lead in leads.items():
        if roots.get(a, a) != root:
            support[lead.value].add(roots.get(a, a))
    return support


def shot_total_conflicts(docs: list[Doc], roots: dict[str, str], order: dict[str, int]) -> list[dict]:
    """An article that counts only the people shot ("nine people were shot") against the injured
    two other sources agree on ("seven wounded"): those shot are the injured and the dead, so the
    figure dissents only when no death toll any report gives makes up the difference."""
    by_id = {d.id: d for d in docs}
    injured = {d.id: [m for m in count_mentions(d)["injured"] if not m.loose] for d in docs}
    # the reports that count only the people shot: where there are none, nothing to compare
    only_shot = {d.id: shot for d in docs if not injured[d.id] and (
        shot := [m for m in count_mentions(d)["shot"] if not (m.loose or m.backs_only)])}
    if not only_shot:
        return []
    leads = {a: _lead(ms) for a, ms in injured.items() if ms}
    # every toll a report gives, bounds and parts too, and none: the difference they may explain
    tolls = {0} | {m.value for d in docs for m in count_mentions(d)["killed"] if not m.other_events}
    if any(extractor.SINGLE_KILLED.search(d.text) for d in docs):
        tolls.add(1)
    if any(SHOOTER_DIED.search(d.text) for d in docs):
        tolls |= {t + 1 for t in tolls}
    for dissenter in sorted(only_shot, key=lambda a: order.get(a, 0)):
        shot = only_shot[dissenter]
        root = roots.get(dissenter, dissenter)
        majority = _clear_majority(_lead_support(leads, roots, root))
        if majority is None:
            continue
        own = shot[0].value  # the lede's figure
        # fewer shot than wounded is mostly one victim described ("one woman was shot") or a part
        if own <= majority or any(m.value - majority in tolls for m in shot) or \
                _any_count(by_id[dissenter], ("injured", "shot"), majority):
            continue
        agree = {a: lead for a, lead in leads.items() if lead.value == majority and roots.get(a, a) != root
                 and not _any_count(by_id[a], ("injured", "shot"), own)}
        if len({roots.get(a, a) for a in agree}) < 2:
            continue
        return [{"slot": "injured",
                 "variants": [variant(by_id, agree, f"{majority} people", order, roots),
                              variant(by_id, {dissenter: shot[0]}, f"{own} people shot", order, roots)]}]
    return []


#: how many days apart two reports may be for one's figure to contradict the other's
ONE_TO_ONE_DAYS = 2
#: ... for a count of the injured, which no later report should raise
INJURED_DAYS = 7


def _lead(stated: list[Mention]) -> Mention:
    """An article's lead figure: the one it states most often ("three others wounded" three times
    against one "killing one and injuring one"), the first of a tie."""
    times = defaultdict(int)
    for m in stated:
        times[m.value] += 1
    return max(stated, key=lambda m: (times[m.value], -m.start))


def _one_count_each(by_id: dict[str, Doc], stated: dict[str, list[Mention]], dissenter: str, other_root: str,
                    roots: dict[str, str], kind: str = "killed") -> bool:
    """One source's figure against another's: each states one figure, the same day -- or a few
    days apart with the later report giving no higher toll (a toll that rose is news, not a
    contradiction; one that fell contradicts the earlier figure); counts of the injured within
    INJURED_DAYS either way."""
    other = [a for a in stated if roots.get(a, a) == other_root and stated[a]]
    if not other:
        return False
    a, b = by_id[dissenter], by_id[other[0]]
    if len({m.value for m in stated[dissenter]}) != 1 or len({m.value for m in stated[other[0]]}) != 1:
        return False
    if not (a.published and b.published):
        return False
    try:
        days = (dt.date.fromisoformat(a.published[:10]) - dt.date.fromisoformat(b.published[:10])).days
    except ValueError:
        return False
    if days == 0:
        return True
    mine, theirs = stated[dissenter][0].value, stated[other[0]][0].value
    if kind == "injured":
        # the wounded are counted at the scene and the hospitals: a report that week with another
        # figure contradicts it, higher or lower (the dead are what later reports add to)
        return abs(days) <= INJURED_DAYS
    later_higher = mine > theirs if days > 0 else theirs > mine
    return abs(days) <= ONE_TO_ONE_DAYS and not later_higher
