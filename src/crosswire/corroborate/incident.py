"""Incident slots (date, city, killed, injured) across a story: the vote and its conflicts.

When a story reports a violent incident (at least two independent sources state a casualty
count in so many words), each article's reading of the incident
(:func:`crosswire.extract.incident.incident_facts`) becomes a claim on one of four strongly
defined slots. The slot values are voted (one vote per independent source), and an article
that contradicts a value at least two other independent sources agree on is a conflict --
unless the texts themselves show the two values are not exclusive (the dissenting article
also states the majority value, or a majority article also states the dissenting one).
Slots the vote leaves without a conflict are then compared mention by mention
(:mod:`.counts`, :mod:`.days`, :mod:`.places`): every count, date and place each article states, not one guess per article.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from typing import Any, Callable

from ..doc import Doc
from ..extract.incident import INJURED_WORDS, KILLED_WORDS
from ..sentences import Sentences
from .text import content_tokens, trim_evidence
from .counts import (OTHER_DAY_GAP, QUALIFIER_BEFORE, SEVERAL_EVENTS, SHOOTER_DIED, SUBGROUP, count_conflicts,
                     count_mentions, dated_apart, floor_conflicts, is_count, shot_total_conflicts)
from .days import TODAY, date_conflicts, death_day, finding_day, guessed_day, later_day
from .entities import full_person_names
from .mentions import earlier_report
from .placenames import (city_key, compatible_cities, filed_or_home, force_only, home_only, mentions_of,
                         names_a_neighbourhood)
from .places import city_conflicts
from .placeslots import REGION_WORDS, named_as_person, named_at_hospital
from .vote import vote

SLOTS = ("date", "city", "killed", "injured")
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                     r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozen)\b", re.I)
_WHOLE_NUMBER = re.compile(r"\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                           r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozen)\b",
                           re.I)
_CASUALTY = re.compile(r"\b(?:kill\w*|dead|die[ds]?|death\w*|fatal\w*|injur\w*|wound\w*|hurt|shot|hospital\w*|"
                       r"victims?|condition)\b", re.I)
_INJURED = re.compile(r"\b(?:wound\w*|injur\w*|hurt|hospitali\w*|condition|treated)\b", re.I)
#: words of violence -- not "killed" alone, which a plague or a hunter (of a rabbit) does too
_VIOLENT = re.compile(r"\b(?:shot|shoot\w*|gun\w*|slain|murder\w*|homicide|stabb\w*|bomb\w*|explosions?)\b", re.I)
_COUNTY = re.compile(r"[a-z][a-z .'-]* (?:county|parish)", re.I)
SUBJECTS = {"date": "date of the incident", "city": "place of the incident",
            "killed": "number of people killed", "injured": "number of people injured"}


def _facts(doc: Doc) -> dict[str, Any] | None:
    try:
        from ..extract import incident as extractor
    except ImportError:  # the extractor is optional
        return None
    if not any(st.startswith("times@") for st in doc.stages):
        return extractor.incident_facts(doc)  # it runs the stages it reads
    # already extracted: read the spans as they are (an article with no dates has no time spans,
    # and must not be parsed again to find that out)
    return extractor.facts_from_spans(doc)


def _key(slot: str, value: Any) -> Any:
    if value in (None, ""):
        return None
    if slot == "city":
        return city_key(value) or None
    if slot in ("killed", "injured"):
        return int(value)
    return str(value)[:10]


def is_incident_story(facts: dict[str, dict], roots: dict[str, str], docs: list[Doc] | None = None) -> bool:
    """At least two independent sources state a casualty count with evidence (a figure, or in a
    story that tells of violence "was hurt": a player's injury is no incident) -- or one does,
    and at least two independent sources tell of a shooting, stabbing or killing over and over
    ("a 2-year-old was shot": one victim, often no count anywhere) -- a source tells of one when
    its headline does ("Carbondale chief: Police officer serious but stable after Sunday shooting")."""
    stating = {roots.get(a, a) for a, f in facts.items()
               if any((f.get(s) or {}).get("evidence") for s in ("killed", "injured"))}
    # "was hurt" twice is no count (a football team's injury list): a figure, or a violent story
    counting = {roots.get(a, a) for a, f in facts.items()
                if any(_NUMBER.search(ev["quote"]) for s in ("killed", "injured")
                       for ev in (f.get(s) or {}).get("evidence") or [])}
    if len(counting) >= 2 or len(stating) >= 2 and (docs is None or any(_VIOLENT.search(d.text) for d in docs)):
        return True
    if not stating or docs is None:
        return False
    from ..extract.incident import SHOOTING_WORDS

    telling = {roots.get(d.id, d.id) for d in docs
               if (len(SHOOTING_WORDS.findall(d.text)) >= 3 or SHOOTING_WORDS.search(_headline(d)))
               and _VIOLENT.search(d.text)}
    return len(telling) >= 2


#: a first line longer than this is a paragraph, not a headline
_HEADLINE_CHARS = 200


def _headline(doc: Doc) -> str:
    """The article's title, else its first line when that is short enough to be one."""
    first = doc.text.split("\n", 1)[0]
    return doc.title or (first if len(first) <= _HEADLINE_CHARS else "")


_KILLED_WORD = re.compile(rf"\b(?:{KILLED_WORDS}|kill\w*|murder\w*|fatal\w*)\b", re.I)
_INJURED_WORD = re.compile(rf"\b(?:{INJURED_WORDS}|wound\w*|injur\w*)\b", re.I)


def _counts_the_other_kind(text: str, start: int, end: int, slot: str) -> bool:
    """"Three others were wounded", "wounding three": a count of the injured in a story of the
    dead (or the other way round) -- not a second reading of this slot's figure."""
    after = re.split(r"[.;:!?\n]|,\s", text[end:end + 50], maxsplit=1)[0]
    before = re.split(r"[.;:!?\n]|,\s", text[max(0, start - 25):start])[-1]
    near = before + " " + after
    this, other = (_KILLED_WORD, _INJURED_WORD) if slot == "killed" else (_INJURED_WORD, _KILLED_WORD)
    return other.search(near) is not None and this.search(near) is None


def _states_value(doc: Doc, slot: str, value: Any) -> bool:
    """Whether the article also writes ``value`` for this kind of slot anywhere."""
    if slot == "city":
        return re.search(rf"\b{re.escape(str(value))}\b", doc.text, re.I) is not None
    if slot in ("killed", "injured"):
        # any number of people near a casualty word (a part, a total of people shot, another
        # tally: each shows the figures may not exclude each other) -- but no age, date or
        # duration ("eight months pregnant", "seven or eight weeks since he died")
        return any(s.attrs.get("value") is not None and float(s.attrs["value"]) == float(value)
                   and s.attrs.get("unit") in (None, "people", "person", "persons")
                   and is_count(doc.text, s.start, s.end)
                   and _CASUALTY.search(doc.text[max(0, s.start - 60):s.end + 60])
                   and not _counts_the_other_kind(doc.text, s.start, s.end, slot)
                   for s in doc.spans_of("quantity"))
    if slot == "date":
        return any(s.attrs.get("iso") == value for s in doc.spans_of("time"))
    return False


def incident_findings(docs: list[Doc], roots: dict[str, str], order: dict[str, int],
                      weight: Callable[[str], float] | None = None) -> tuple[dict | None, list[dict]]:
    """(the voted incident or None, conflicts on its slots)."""
    facts = {}
    for doc in docs:
        f = _facts(doc)
        if f is not None:
            facts[doc.id] = f
    if not facts or not is_incident_story(facts, roots, docs):
        return None, []
    by_id = {d.id: d for d in docs}
    voted = vote(facts, roots=roots, slots=SLOTS, key=_key)
    # what the brief shows is voted among the values articles state: an extractor's default
    # (no count found: 0) is no source's statement, and must not outvote the tolls that are
    # stated (a quake story whose reports give 1, 6 and 24 dead read "killed: 0"); where no
    # article states a value, the default is shown as such (support 0, ``stated`` false)
    stated = {article: {slot: fact for slot, fact in f.items() if (fact or {}).get("evidence")}
              for article, f in facts.items()}
    shown = vote(stated, roots=roots, slots=SLOTS, key=_key)
    incident = {}
    for slot in SLOTS:
        v = shown[slot]
        if v["value"] in (None, ""):
            incident[slot] = {"value": voted[slot]["value"], "support": 0, "of": voted[slot]["of"], "sources": [],
                              "stated": False}
        else:
            incident[slot] = {"value": v["value"], "support": v["support"], "of": voted[slot]["of"],
                              "sources": sorted(v["sources"], key=lambda s: order.get(s, 0)), "stated": True}
    conflicts = []
    story_day = _agreed_day(voted["date"])
    elsewhere = _other_events(by_id, facts, story_day)
    for slot in SLOTS:
        majority = _key(slot, voted[slot]["value"])
        if majority is None or voted[slot]["support"] < 2:
            continue
        # evidence-backed readings only: a default is not a statement
        readings: dict[Any, list[str]] = defaultdict(list)
        # "a man was shot and killed" implies a count: it may support the majority, never dissent
        implicit: set[str] = set()
        # ... and "at least 4", "2 men also wounded" are bounds and parts: backed by nothing else,
        # they contradict no figure
        parts: set[str] = set()
        for article, f in facts.items():
            fact = f.get(slot) or {}
            k = _key(slot, fact.get("value"))
            if k is None or not fact.get("evidence"):
                continue
            quote = fact["evidence"][0]["quote"]
            explicit = slot not in ("killed", "injured") or bool(_NUMBER.search(quote))
            if slot == "injured" and not _INJURED.search(quote) and (
                    (f.get("killed") or {}).get("value") or _key("killed", voted["killed"]["value"])):
                # "12 people were shot", less the dead: a derived figure -- exact only when
                # neither the article nor the story tells of a death
                explicit = False
            if explicit and slot in ("killed", "injured") and (_bounded(by_id[article], fact["evidence"][0])
                                                               or not _plain_count(by_id[article], slot, fact)):
                # "at least 4", "one of the men killed", "12 people were shot" (a total): such a
                # reading may back a figure, never contradict it
                explicit = False
                if not re.match(r"an?\s", quote, re.I):  # "a 36-year-old man dead" tells of one victim
                    parts.add(article)
            if slot == "date" and TODAY.search(quote):
                continue  # "today": the day of writing, not necessarily of the incident
            if slot == "date":
                ev = fact["evidence"][0]
                if later_day(by_id[article], ev["start"], ev["end"]):
                    continue  # "entered the plea Wednesday": a later day of the story, for or against
                if guessed_day(by_id[article], ev["start"], ev["end"]):
                    # an undated report's "Wednesday" was read against the story's date, a guess:
                    # it may back the agreed day, never contradict it
                    explicit = False
            readings[k].append(article)
            if not explicit:
                implicit.add(article)
        # "four dead, including the gunman" and "three killed" agree when the shooter died
        slack = 1 if slot == "killed" and any(SHOOTER_DIED.search(d.text) for d in docs) else 0
        agree = readings.get(majority, [])
        agree_roots = {roots.get(a, a) for a in agree}
        if len(agree_roots) < 2:
            continue
        if all(a in parts for a in agree) or (slot == "injured" and all(a in implicit for a in agree)):
            # "the victim was taken to hospital", "injuring another officer": one of the hurt told of,
            # no figure that excludes more
            continue
        for value, articles in readings.items():
            if value == majority or _compatible(slot, value, majority) or (slack and abs(value - majority) <= slack):
                continue
            if slot == "city" and (REGION_WORDS.search(str(value)) or REGION_WORDS.search(str(majority))) and not (
                    _COUNTY.fullmatch(str(value)) and _COUNTY.fullmatch(str(majority))):
                continue  # a county or a region holds the city: another scale (two counties are two places)
            articles = [a for a in articles if a not in implicit]
            dissent_roots = {roots.get(a, a) for a in articles}
            if not articles or dissent_roots & agree_roots:
                continue
            if slot == "city":
                articles = [a for a in articles if _states_its_place(by_id[a], facts[a]["city"])]
                if not articles:
                    continue  # "Kelvin Watford, 50, of Willingboro": a home town, not the scene
                # a force's town is compared in town slots (places.py), never read against a scene:
                # "the Lakewood sheriff's station" serves the next town too, and "in Brooklyn" may be
                # a part of the town whose police the others name
                articles = [a for a in articles if not force_only(by_id[a], facts[a]["city"])]
                if not articles or all(force_only(by_id[a], facts[a]["city"]) for a in agree):
                    continue
                articles = [a for a in articles if a not in elsewhere]
                if not articles:
                    continue  # another place on another day: a report of another event, not a dissent
            if slot == "date" and not _date_pinned(facts, articles, agree, by_id):
                continue
            if slot == "date" and value < majority and all(
                    death_day(by_id[a], facts[a]["date"]["evidence"][0]["start"],
                              date.fromisoformat(str(facts[a]["date"]["value"])[:10])) for a in agree):
                continue  # "died on Thursday" against "shot the victim Sunday": the death came after
            if slot == "date" and value > majority and all(
                    death_day(by_id[a], facts[a]["date"]["evidence"][0]["start"], date.fromisoformat(value[:10]))
                    for a in articles):
                continue  # ... or the other way round
            if slot == "date" and value > majority and all(
                    finding_day(by_id[a], facts[a]["date"]["evidence"][0]["start"]) for a in articles):
                continue  # "was found dead Tuesday" against "died Saturday": the body was found after
            if slot == "date":
                articles = [a for a in articles if not any(
                    later_day(by_id[a], ev["start"], ev["end"]) for ev in facts[a]["date"]["evidence"][:1])]
                if not articles:
                    continue  # "arraigned Thursday": a later day of the story
            if slot in ("killed", "injured"):
                articles = [a for a in articles if not dated_apart(
                    by_id[a], facts[a][slot]["evidence"][0]["start"], facts[a][slot]["evidence"][0]["end"], story_day)]
                if not articles:
                    continue  # "a drive-by shooting Wednesday afternoon that left two dead": another day's toll
            if _either_writes_the_other(by_id, slot, facts, (majority, agree), (value, articles)):
                continue
            if slot in ("killed", "injured") and value < majority and _superseded(by_id, articles, agree):
                continue  # a toll that rose after these articles were written
            if slot in ("killed", "injured") and value < majority and all(
                    _counts_some(facts[a][slot]) for a in articles) and not any(_counts_some(facts[a][slot]) for a in agree):
                continue  # "four women had been killed" against "five dead": the women among the dead
            if weight is not None and _parallel(slot, facts, agree, articles, by_id, weight) < PARALLEL:
                continue  # not the same statement with another value: more likely a misreading
            conflicts.append({
                "subject": _subject(slot, incident),
                "slot": slot,
                "variants": [_variant(slot, facts, agree, by_id, order, roots),
                             _variant(slot, facts, articles, by_id, order, roots)],
            })
    # every statement of a slot, not one reading per article: finds the outlier the vote missed
    have = {c["slot"] for c in conflicts}
    extra: list[dict] = []
    for kind in ("killed", "injured"):
        if kind not in have:
            found = count_conflicts(docs, roots, order, kind, story_day) or \
                floor_conflicts(docs, roots, order, kind, story_day)
            extra += found or (shot_total_conflicts(docs, roots, order) if kind == "injured" else [])
    if "date" not in have:
        extra += date_conflicts(docs, roots, order, facts)
    if "city" not in have:
        extra += city_conflicts(docs, roots, order, facts, elsewhere)
    have |= {c["slot"] for c in extra}
    extra += _copies_disagree(facts, roots, by_id, order, [slot for slot in SLOTS if slot not in have])
    for c in extra:
        subject = _subject(c["slot"], incident) + (": copies of one report disagree" if c.get("copies_of") else "")
        conflicts.append({"subject": subject, **c})
    return incident, conflicts


def _copies_disagree(facts: dict[str, dict], roots: dict[str, str], by_id: dict[str, Doc], order: dict[str, int],
                     slots: list[str]) -> list[dict]:
    """Copies of one report that write a slot two ways with two values, neither copy writing the
    other's: a reprint edited, or a figure changed in one copy and not the rest (at most one per
    slot). One source either way, so no majority decides: both sides are shown. The same words
    read two ways ("yesterday" in copies filed on two days) are no disagreement, and a copy that
    came out earlier with a lower toll was superseded."""
    copies: dict[str, list[str]] = defaultdict(list)
    for article in sorted(facts, key=lambda a: order.get(a, 0)):
        copies[roots.get(article, article)].append(article)
    out = []
    for slot in slots:
        for articles in copies.values():
            values: dict[Any, list[str]] = defaultdict(list)
            for a in articles:
                fact = facts[a].get(slot) or {}
                if fact.get("evidence") and (k := _key(slot, fact.get("value"))) is not None:
                    values[k].append(a)
            if len(values) != 2:
                continue
            # the value more copies give first, then the one the story's first copy gives
            (first, ones), (second, others) = sorted(values.items(),
                                                     key=lambda kv: (-len(kv[1]), order.get(kv[1][0], 0)))
            worded = {" ".join(facts[a][slot]["evidence"][0]["quote"].lower().split()) for a in ones + others}
            if len(worded) < 2 or _compatible(slot, first, second) or \
                    _either_writes_the_other(by_id, slot, facts, (first, ones), (second, others)):
                continue
            lower, higher = (ones, others) if first < second else (others, ones)
            if slot in ("killed", "injured") and _superseded(by_id, lower, higher):
                continue  # the toll rose between the copies
            out.append({"slot": slot, "copies_of": roots.get(ones[0], ones[0]),
                        "variants": [_variant(slot, facts, ones, by_id, order, roots),
                                     _variant(slot, facts, others, by_id, order, roots)]})
            break
    return out


def _either_writes_the_other(by_id: dict[str, Doc], slot: str, facts: dict[str, dict],
                             one: tuple[Any, list[str]], other: tuple[Any, list[str]]) -> bool:
    """Whether an article on either side, (value, articles), also writes the other side's value
    anywhere: then the two values may not exclude each other."""
    (one_value, ones), (other_value, others) = one, other
    return any(_states_value(by_id[a], slot, _raw(slot, one_value, facts, ones)) for a in others) or \
        any(_states_value(by_id[a], slot, _raw(slot, other_value, facts, others)) for a in ones)


def _superseded(by_id: dict[str, Doc], lower: list[str], higher: list[str]) -> bool:
    """Whether every article with the lower toll came out before every one with the higher: a toll
    that rose is news, not a contradiction."""
    return all(earlier_report(by_id[a], [by_id[b] for b in higher]) for a in lower)


def _states_its_place(doc: Doc, fact: dict) -> bool:
    """Whether the article's reading of the place is a statement of where it happened: not only
    where someone lives, a dateline, a part of a city, a person's name or where a hospital is."""
    evidence, named = fact["evidence"], mentions_of(doc, str(fact["value"]))
    return not (home_only(doc, [ev["start"] for ev in evidence]) or filed_or_home(doc, named)
                or names_a_neighbourhood(doc, named) or named_as_person(doc, evidence)
                or named_at_hospital(doc, evidence))


def _plain_count(doc: Doc, slot: str, fact: dict) -> bool:
    """Whether the reading is not one of the article's loose counts (a bound, a part of the toll,
    a tally of other events)."""
    ev = fact["evidence"][0]
    start, end = ev.get("start", 0), ev.get("end", 0)
    number = _WHOLE_NUMBER.search(doc.text[start:end])
    if number and not is_count(doc.text, start + number.start(), start + number.end()):
        return False
    s, e = Sentences.of(doc).around(start, end)
    if SEVERAL_EVENTS.search(doc.text[s:e]):
        return False  # "three shootings left five wounded"
    return not any((m.loose or m.backs_only) and m.start < end and start < m.end for m in count_mentions(doc)[slot])


def _bounded(doc: Doc, evidence: dict) -> bool:
    start = evidence.get("start")
    if start is None:
        return False
    piece = doc.text[start:evidence.get("end", start)]
    number = _NUMBER.search(piece)
    at = start + (number.start() if number else 0)
    return QUALIFIER_BEFORE.search(doc.text[max(0, at - 30):at]) is not None


#: IDF-weighted cosine of the evidence sentences for a dissent to count as the same statement
PARALLEL = 0.15


def _sentence_words(doc: Doc, start: int, end: int, slot: str) -> set[str]:
    """The evidence sentence's words without the value: for a count, only the number goes
    ("people were shot" is the slot); a date or a city leaves out the whole expression."""
    s, e = Sentences.of(doc).around(start, end)
    words = set()
    for w, ws, we in content_tokens(doc.text[s:e], s):
        if slot in ("killed", "injured"):
            if _NUMBER.fullmatch(doc.text[ws:we]):
                continue
        elif start <= ws < end:
            continue
        words.add(w)
    return words


def _parallel(slot: str, facts: dict, agree: list[str], dissent: list[str], by_id: dict[str, Doc],
              weight: Callable[[str], float]) -> float:
    """How alike the best pair of evidence sentences (one per side) is, values left out."""
    def bags(articles: list[str]) -> list[dict[str, float]]:
        out = []
        for a in articles:
            cache = by_id[a].cache.setdefault("corroborate.incident_bags", {})
            if slot not in cache:
                cache[slot] = [{w: weight(w) for w in _sentence_words(by_id[a], ev["start"], ev["end"], slot)}
                               for ev in facts[a][slot].get("evidence", [])[:3]]
            out.extend(cache[slot])
        return out

    from .align import cosine

    return max((cosine(x, y) for x in bags(agree) for y in bags(dissent)), default=0.0)


def _date_pinned(facts: dict, dissent: list[str], agree: list[str], by_id: dict[str, Doc]) -> bool:
    """A dissenting date counts when it is written out ("March 3"), or when it is a weekday
    read against the same publication day as a majority article: a weekday in a follow-up
    published days later is too often another day of the story (a hearing, a vigil)."""
    for a in dissent:
        ev = facts[a]["date"]["evidence"][0]
        spans = [s for s in by_id[a].spans_of("time") if s.start <= ev["start"] < s.end]
        if spans and (not spans[0].attrs.get("relative") or any(ch.isdigit() for ch in by_id[a].span_text(spans[0]))):
            return True
        refs = {by_id[m].reference_date for m in agree}
        if by_id[a].reference_date in refs:
            return True
    return False


def _other_events(by_id: dict[str, Doc], facts: dict[str, dict], story_day: date | None) -> set[str]:
    """Articles that tell of another incident grouped in by mistake: dated days away from the
    story's agreed day, and naming nobody the other articles name (a follow-up read as dated by
    its hearing still names the victim)."""
    # a name by its first and last word: "Antoine Lamar Smelley" in one report is "Antoine Smelley"
    names = {a: {(n.split()[0], n.split()[-1]) for n in full_person_names(doc)} for a, doc in by_id.items()}
    out = set()
    for article, fact in facts.items():
        if _dated_apart(fact, story_day) and not any(
                names[article] & names[other] for other in names if other != article):
            out.add(article)
    return out


def _dated_apart(fact: dict, story_day: date | None) -> bool:
    """Whether an article dates its incident days away from the story's agreed day: with its place
    differing too, it tells of another event grouped in by mistake."""
    own = _key("date", (fact.get("date") or {}).get("value"))
    evidence = (fact.get("date") or {}).get("evidence")
    if own is None or story_day is None or not evidence or TODAY.search(evidence[0]["quote"]):
        return False  # "today" is the day of writing, which tells nothing of the incident's
    try:
        return abs((date.fromisoformat(own) - story_day).days) > OTHER_DAY_GAP
    except ValueError:
        return False  # a month or a year: not pinned enough to tell


def _agreed_day(voted_date: dict) -> date | None:
    """The story's incident day when two sources at least agree on it."""
    agreed = _key("date", voted_date["value"])
    if agreed is None or voted_date["support"] < 2:
        return None
    try:
        return date.fromisoformat(agreed)
    except ValueError:
        return None  # a month or a year: not pinned enough to tell


def _compatible(slot: str, a: Any, b: Any) -> bool:
    if slot == "city":
        return compatible_cities(str(a), str(b))
    if slot == "date":
        # a shooting near midnight is "Saturday night" to one outlet and "early Sunday" to another
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 1
    return a == b


def _raw(slot: str, key: Any, facts: dict, articles: list[str]) -> Any:
    """The value as the extractor gave it (a city as written) for one of ``articles``."""
    for a in articles:
        value = facts[a][slot]["value"]
        if _key(slot, value) == key:
            return value
    return key


def _counts_some(fact: dict) -> bool:
    """Whether a count reading names one kind of victim ("four women"), maybe some of them."""
    evidence = fact.get("evidence") or []
    return bool(evidence) and SUBGROUP.search(evidence[0].get("quote", "")) is not None


def _subject(slot: str, incident: dict) -> str:
    city = (incident.get("city") or {}).get("value")
    date = (incident.get("date") or {}).get("value")
    where = f" in {city}" if city and slot != "city" else ""
    when = f" on {date}" if date and slot != "date" else ""
    return f"{SUBJECTS[slot]}{where}{when}"


def _variant(slot: str, facts: dict, articles: list[str], by_id: dict[str, Doc], order: dict[str, int],
             roots: dict[str, str]) -> dict:
    evidence = []
    value_text = None
    for a in sorted(articles, key=lambda x: order.get(x, 0)):
        doc = by_id[a]
        fact = facts[a][slot]
        for ev in fact.get("evidence", [])[:1]:
            start, end = ev["start"], ev["end"]
            value_text = value_text or doc.text[start:end]
            s, e = Sentences.of(doc).around(start, end)
            s, e = trim_evidence(doc.text, start, end, s, e)
            evidence.append({"article": a, "quote": doc.text[s:e]})
    value = facts[articles[0]][slot]["value"]
    normalized = f"{value} people" if slot in ("killed", "injured") else str(value)
    return {"value": value_text or str(value), "normalized": normalized,
            "sources": sorted(set(articles), key=lambda x: order.get(x, 0)), "evidence": evidence,
            "independent_sources": len({roots.get(a, a) for a in articles})}
