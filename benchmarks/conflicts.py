"""Conflict detection on real multi-outlet stories with one planted contradiction.

GVC / LongTailQA incidents with >= 3 articles (grouped by gold ``incident_id``: this measures
conflicts, not clustering). For each incident, one article (seeded choice) gets ONE value of the
incident changed in its text -- the killed or injured count (+2), the date (+3 days), or the city
(another GVA city) -- at every mention of it (a count only near words of its kind: an outlet that
reports another figure reports it consistently). The story is corroborated before and after.

The headline plants the incident's *gold* value (GVA's count, date and city) where the article
states it, so each plant is a real contradiction of what happened, whatever crosswire reads.
Beside it, the figure the benchmark printed before 2026-12-05: plants on the value crosswire's own
single-article extractor read, which is sometimes no statement of the incident at all (a bureau
dateline, a jail's name) and then no contradiction to find.

* recall: changed stories where a conflict sets the changed article (with the new wording in
  its evidence) against other articles;
* false conflicts per untouched story: every conflict reported on the original articles
  (real outlets do disagree sometimes, so this is an upper bound on false alarms); beside it, the
  same less the conflicts a reader judged true disagreements in ``labels/gvc_untouched_conflicts.json``
  (every conflict not judged there counts as false, so the file can only remove checked ones).

Diagnostic beside each: recall by how many other independent sources write the original value
anywhere (0, 1, 2+). With none, no reader could tell the changed value is wrong; the headline
keeps every plant.

    .venv/bin/python benchmarks/conflicts.py [--limit-incidents N] [--seed 7]

Writes benchmarks/results/conflicts.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from vote import article_doc, load_groups  # noqa: E402  (same data loading as the vote benchmark)
from results_io import result_path, write_result  # noqa: E402  (one way to write results)

NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_DAY = re.compile(r"\b(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)\s+(?P<day>\d{1,2})\b")


KIND_WORDS = {"killed": r"kill|dead|die|death|fatal|slain|murder|homicide",
              "injured": r"injur|wound|hurt|hospital|condition|shot"}


_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")


def _replace_all(text: str, old: str, new: str, near: str | None, number: bool = False) -> str:
    """Every standalone ``old`` (near a word of ``near`` when given) becomes ``new``, case kept.
    A ``number`` is not replaced inside an age, a time or a longer figure ("3-year-old", "3:15"),
    nor as a day of the month ("the March 1 death")."""
    out, last = [], 0
    before, after = (r"(?<![\d:.,$])", r"(?![-\u2010\u2011]\w|[:.,]\d)") if number else ("", "")
    for m in re.finditer(rf"{before}\b{re.escape(old)}\b{after}", text, re.I):
        window = text[max(0, m.start() - 60):m.end() + 60]
        if near and not re.search(near, window, re.I):
            continue
        if number and _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "the March 1 death": a day, not a count
        word = new.capitalize() if m.group(0)[0].isupper() else new
        out += [text[last:m.start()], word]
        last = m.end()
    return "".join(out) + text[last:]


def _number_forms(value: int) -> list[str]:
    """How a count of ``value`` is written: "3" and "three"."""
    forms = [str(value)]
    if 0 < value < len(NUMBER_WORDS):
        forms.append(NUMBER_WORDS[value])
    return forms


def _written_like(old: str, value: int) -> str:
    """``value`` in the form ``old`` has: a figure for a figure, a word (case kept) for a word."""
    if old.isdigit() or value >= len(NUMBER_WORDS):
        return str(value)
    word = NUMBER_WORDS[value]
    return word.capitalize() if old[0].isupper() else word


def change_count(text: str, start: int, end: int, slot: str) -> tuple[str, str, str] | None:
    """Raise the count read at ``text[start:end]`` by two, written the way it was, at every mention
    of that count near a word of the same kind (an outlet states its own figure consistently).

    Every written form of the figure changes ("3 dead" in the headline and "three people were
    killed" in the lede): changing only the form that was read left the article stating both the
    old and the new figure, which contradicts the docstring above (the outlet no longer reports
    one figure consistently) and made the plant undetectable by design. An age in the evidence
    ("killed a 3-year-old") is no count: it is left alone, and with no count there is no plant."""
    piece = text[start:end]
    # never an age ("killed a 3-year-old"): changing it leaves the count as it was
    not_age = r"(?![-\u2010\u2011]\w|\s+years?\b)"
    m = re.search(rf"\b\d{{1,3}}\b{not_age}", piece)
    if m:
        value = int(m.group(0))
    else:
        m = re.search(r"\b(" + "|".join(NUMBER_WORDS[1:19]) + rf")\b{not_age}", piece, re.I)
        if not m:
            return None
        value = NUMBER_WORDS.index(m.group(1).lower())
    old = m.group(0)
    a, b = start + m.start(), start + m.end()
    word = _written_like(old, value + 2)
    text = text[:a] + word + text[b:]
    for form in _number_forms(value):
        text = _replace_all(text, form, _written_like(form, value + 2), KIND_WORDS[slot], number=True)
    return text, old, word


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"]
_MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _shift_month_day(month: str, day: int, delta: int) -> str:
    """"Feb. 27" moved by ``delta`` days, the month written as it was ("Feb." / "February")."""
    i = _MONTHS.index(month.lower()[:3])
    day += delta
    if day > _MONTH_LENGTHS[i]:
        day, i = day - _MONTH_LENGTHS[i], (i + 1) % 12
    elif day < 1:
        i = (i - 1) % 12
        day += _MONTH_LENGTHS[i]
    if month.lower()[:3] != _MONTHS[i]:
        full = _MONTH_NAMES[i]
        month = full if len(month.rstrip(".")) > 4 else (full[:3] + "." if month.endswith(".") else full[:3])
    return f"{month} {day}"


def change_date(text: str, start: int, end: int) -> tuple[str, str, str] | None:
    """Move the date read at ``text[start:end]`` by three days, at every mention of it.

    A weekday written with its date ("Friday, February 14") moves with the date, and the date
    with its weekday: changing only the weekday left the date as it was (the expression reads
    as its explicit date), so the planted article did not change its date at all."""
    piece = text[start:end]
    for i, day in enumerate(WEEKDAYS):
        m = re.search(rf"\b{day}\b", piece)
        if m:
            def with_date(found: re.Match) -> str:
                moved = _shift_month_day(found.group("month"), int(found.group("day")), 3)
                return found.group(0)[:found.start("month") - found.start()] + moved
            text = re.sub(rf"\b{day},?\s+{MONTH_DAY.pattern[2:]}", with_date, text, flags=re.I)
            return _replace_all(text, day, WEEKDAYS[(i + 3) % 7], None), day, WEEKDAYS[(i + 3) % 7]
    m = MONTH_DAY.search(piece)
    if m:
        day = int(m.group("day"))
        delta = 3 if day <= 25 else -3
        new = _shift_month_day(m.group("month"), day, delta)
        weekdays = "|".join(WEEKDAYS)
        text = re.sub(rf"\b({weekdays})(,?\s+{re.escape(m.group(0))}\b)",
                      lambda w: WEEKDAYS[(WEEKDAYS.index(w.group(1).capitalize()) + delta) % 7] + w.group(2),
                      text, flags=re.I)
        return _replace_all(text, m.group(0), new, None), m.group(0), new
    return None


def change_city(text: str, city: str, replacement: str) -> tuple[str, str, str] | None:
    pattern = re.compile(rf"\b{re.escape(city)}\b", re.I)
    if not pattern.search(text):
        return None

    def repl(m: re.Match) -> str:
        return replacement.upper() if m.group(0).isupper() else replacement

    return pattern.sub(repl, text), city, replacement


def plant(doc, facts: dict, slot: str, other_cities: list[str], rng: random.Random):
    """The Doc's text with ``slot`` changed, or None when the article gives no changeable wording."""
    fact = facts[slot]
    if not fact.get("evidence") or fact.get("value") in (None, ""):
        return None
    ev = fact["evidence"][0]
    if slot in ("killed", "injured"):
        return change_count(doc.text, ev["start"], ev["end"], slot)
    if slot == "date":
        return change_date(doc.text, ev["start"], ev["end"])
    city = str(fact["value"])
    choices = [c for c in other_cities if c.lower() != city.lower() and c.lower() not in doc.text.lower()]
    return change_city(doc.text, city, rng.choice(choices)) if choices else None


def extract(docs):
    from crosswire.extract import extract_many
    from crosswire.extract.entities import entities_stage
    from crosswire.extract.quantities import quantities_stage
    from crosswire.extract.times import times_stage
    from crosswire.pipeline import STORED_FIELDS, Pipeline

    pipeline = Pipeline([entities_stage, quantities_stage, times_stage], provides=STORED_FIELDS)
    return list(extract_many(docs, pipeline=pipeline))


def new_wordings(slot: str, new_text: str) -> list[str]:
    """Every way the changed article now writes the planted value: a count is changed in each of its
    written forms ("2 dead" and "two people were killed" both become four), so either form in the
    evidence shows the conflict is the plant's."""
    if slot in ("killed", "injured"):
        value = int(new_text) if new_text.isdigit() else NUMBER_WORDS.index(new_text.lower())
        return _number_forms(value)
    return [new_text]


def detected(conflicts: list[dict], changed_id: str, new_text: str, slot: str | None = None) -> bool:
    """Whether a conflict sets the changed article, with the planted value in its evidence, against
    another article."""
    wordings = new_wordings(slot, new_text) if slot else [new_text]
    planted = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, wordings)) + r")(?!\w)", re.I)
    for c in conflicts:
        sides = [set(v["sources"]) for v in c["variants"]]
        quotes = [" ".join(e["quote"] for e in v["evidence"]) for v in c["variants"]]
        for i, (side, quote) in enumerate(zip(sides, quotes)):
            # the changed article's side, against any other side some other article is on
            if changed_id in side and planted.search(quote) and any(
                    other - {changed_id} for j, other in enumerate(sides) if j != i):
                return True
    return False


def others_stating(docs, i: int, slot: str, value, roots: dict[str, str]) -> int:
    """Diagnostic: how many other independent sources write the original ``value`` anywhere (a
    count near a word of its kind, a day its time spans resolve to, a city's name). With none, no
    reader could tell the changed value is wrong; with one, it is one outlet's word against another's."""
    found = set()
    if slot in ("killed", "injured"):
        for j, d in enumerate(docs):
            if j != i and _count_mentions(d.text, slot, int(value)):
                found.add(roots[d.id])
    elif slot == "date":
        for j, d in enumerate(docs):
            if j != i and any(str(s.attrs.get("iso"))[:10] == value for s in d.spans_of("time")):
                found.add(roots[d.id])
    else:
        for j, d in enumerate(docs):
            if j != i and re.search(rf"\b{re.escape(value)}\b", d.text, re.I):
                found.add(roots[d.id])
    found.discard(roots[docs[i].id])
    return len(found)


def _count_mentions(text: str, slot: str, value: int) -> list[tuple[int, int]]:
    """Where ``value`` is written as a count of ``slot``'s kind (the figure's span): the figure then
    (within three words) a word of the kind ("three people were killed", "5 wounded"), or a word of
    the kind then the figure ("killing two", "the deaths of six people"). Not a part ("one of the
    victims"), charges ("four counts of murder"), an age or a clock time."""
    forms = "|".join(re.escape(f) for f in _number_forms(value))
    kind = KIND_WORDS[slot]
    number = rf"(?P<n>(?<![\d:.,$-])\b(?:{forms})\b(?![-\u2010\u2011]\w|[:.,]\d))"
    not_a_count = r"(?!\s+(?:of|counts?|times|years?|months?|days?|hours?|[ap]\.?m\b|percent|shots?|rounds?)\b)"
    before = re.compile(rf"{number}{not_a_count}\s+(?:(?!of\b)[\w-]+\s+){{0,3}}?(?:{kind})", re.I)
    after = re.compile(rf"\b(?:{kind})\w*\s+(?:of\s+)?{number}{not_a_count}", re.I)
    return sorted({m.span("n") for pattern in (before, after) for m in pattern.finditer(text)})


def read_value(doc, facts: dict, slot: str):
    """The original value of a plant on the extractor's reading, as :func:`others_stating` takes it."""
    if slot in ("killed", "injured"):
        return int(facts[slot]["value"])
    if slot == "date":
        ev = facts["date"]["evidence"][0]
        spans = [s for s in doc.spans_of("time") if s.start <= ev["start"] < s.end]
        return str((spans[0].attrs.get("iso") if spans else None) or facts["date"]["value"])[:10]
    return str(facts["city"]["value"])


def gold_city(incident: dict) -> str | None:
    """The incident's city as articles write it: "Burke (county)" is "Burke County", "Goleta (Isla
    Vista)" is "Goleta"."""
    raw = (incident.get("city_or_county") or "").strip()
    if not raw:
        return None
    name, _, note = raw.partition("(")
    name = name.strip()
    return f"{name} County" if note.strip(" )").lower() == "county" else name


def gold_value(incident: dict, slot: str):
    """The gold value of ``slot`` (a count, an ISO day, a city), or None when GVA gives none."""
    if slot in ("killed", "injured"):
        value = incident.get(f"num_{slot}")
        return int(value) if value else None  # no casualties of a kind: articles rarely say so
    if slot == "date":
        try:
            return dt.datetime.strptime(incident.get("date") or "", "%B %d, %Y").date().isoformat()
        except ValueError:
            return None
    return gold_city(incident)


def raise_count(text: str, slot: str, value: int) -> tuple[str, str, str] | None:
    """Every statement of ``value`` as a count of ``slot``'s kind raised by two, each written the
    way it was ("three" -> "five", "3" -> "5"); None when the article states no such count."""
    spans = _count_mentions(text, slot, value)
    if not spans:
        return None
    old = text[spans[0][0]:spans[0][1]]
    for a, b in reversed(spans):
        text = text[:a] + _written_like(text[a:b], value + 2) + text[b:]
    return text, old, _written_like(old, value + 2)


_STAMP = re.compile(r"\b(?:published|posted|updated|modified)\b[^\n]{0,20}$", re.I)
_INCIDENT = re.compile(rf"\b(?:shot|shoot\w*|gunfire|gunman|fired|{KIND_WORDS['killed']}|{KIND_WORDS['injured']})", re.I)


def _tells_of_incident(text: str, start: int, end: int) -> bool:
    """Whether the day at ``start:end`` is written in a sentence about the shooting, not in a posting
    stamp ("Published: Saturday, 2/21/2015"): changing a stamp changes no statement of the incident."""
    if _STAMP.search(text, max(0, start - 30), start):
        return False
    s = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    e = min((i for i in (text.find(c, end) for c in ".!?\n") if i >= 0), default=len(text))
    return _INCIDENT.search(text, s, e) is not None


def plant_gold(doc, incident: dict, slot: str, all_text: str, cities: list[str], rng: random.Random):
    """The Doc's text with the incident's gold value of ``slot`` changed at every mention of it, or
    None when the article does not state that value in a changeable way."""
    value = gold_value(incident, slot)
    if value is None:
        return None
    if slot in ("killed", "injured"):
        return raise_count(doc.text, slot, value)
    if slot == "date":
        for span in sorted(doc.spans_of("time"), key=lambda s: s.start):
            if str(span.attrs.get("iso"))[:10] == value and _tells_of_incident(doc.text, span.start, span.end):
                result = change_date(doc.text, span.start, span.end)
                if result:
                    return result
        return None
    if not re.search(rf"\b{re.escape(value)}\b", doc.text, re.I):
        return None
    # a town none of whose words the story writes: "New Kensington" in a story of Kensington would
    # leave the article naming the others' place
    choices = [c for c in cities if not re.search(r"\b(?:" + "|".join(map(re.escape, c.split())) + r")\b", all_text, re.I)]
    return change_city(doc.text, value, rng.choice(choices)) if choices else None


LABELS = ROOT / "benchmarks" / "labels" / "gvc_untouched_conflicts.json"


def judged_true() -> set[tuple[str, str, frozenset[str]]]:
    """The untouched conflicts a reader judged true disagreements: (incident, slot, values)."""
    judged = json.loads(LABELS.read_text(encoding="utf-8"))["judged"]
    return {(j["incident"], j["slot"], frozenset(j["values"])) for j in judged if j["true"]}


def conflict_key(incident_id: str, conflict: dict) -> tuple[str, str, frozenset[str]]:
    return incident_id, conflict.get("slot") or "", frozenset(str(v["value"]) for v in conflict["variants"])


def format_conflict(incident_id: str, conflict: dict) -> str:
    """A conflict for reading: its subject, then each side's value, sources and evidence."""
    lines = [f"[untouched conflict] {incident_id} {conflict['subject']}"]
    for v in conflict["variants"]:
        lines.append(f"  {v['value']!r} from {', '.join(s[:10] for s in v['sources'])}")
        lines += [f"    - {e['article'][:10]}: {' '.join(e['quote'].split())[:300]}" for e in v["evidence"]]
    return "\n".join(lines)


class Tally:
    """Plants and finds of one way of planting, by slot and by other sources stating the original."""

    def __init__(self) -> None:
        self.changed, self.found = Counter(), Counter()
        self.skipped = 0
        self.by_stating = {0: [0, 0], 1: [0, 0], 2: [0, 0]}  # [changed, found]
        self.misses: list[tuple] = []

    def add(self, slot: str, stating: int, hit: bool) -> None:
        self.changed[slot] += 1
        self.by_stating[min(stating, 2)][0] += 1
        if hit:
            self.found[slot] += 1
            self.by_stating[min(stating, 2)][1] += 1

    def figures(self) -> dict:
        n = sum(self.changed.values())
        return {
            "changed_stories": n,
            "skipped_no_changeable_value": self.skipped,
            "recall": round(sum(self.found.values()) / n, 4) if n else None,
            "recall_by_slot": {s: {"changed": c, "found": self.found[s], "recall": round(self.found[s] / c, 4)}
                               for s, c in self.changed.items()},
            "diagnostic_recall_by_other_sources_stating_the_original": {
                ("2+" if k == 2 else str(k)): {"changed": c, "found": f, "recall": round(f / c, 4) if c else None}
                for k, (c, f) in self.by_stating.items()},
        }


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit-incidents", type=int, default=None)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=0, help="print N false conflicts and N misses of each plant")
    parser.add_argument("--show-false", action="store_true",
                        help="print every conflict on the untouched stories, each side's value and evidence")
    parser.add_argument("--dump", type=Path, default=None,
                        help="write every plant (incident, slot, values, changed article, its new text, found) "
                             "as JSON lines here, for reading misses")
    args = parser.parse_args(argv)
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None

    from crosswire.corroborate import corroborate_story
    from crosswire.doc import Doc, content_id
    from crosswire.extract.incident import incident_facts

    # one random stream per way of planting, so each reproduces on its own
    rng = {"gold": random.Random(args.seed), "read": random.Random(args.seed)}
    tally = {"gold": Tally(), "read": Tally()}
    started = time.perf_counter()
    groups, incidents = load_groups(3, args.limit_incidents)
    cities = sorted({i["city_or_county"] for i in incidents.values() if i.get("city_or_county")})
    gold_cities = sorted({c for c in map(gold_city, incidents.values()) if c and not c.endswith(" County")})
    stories = untouched_conflicts = 0
    true_disagreements = judged_true()
    unjudged_or_false = []
    false_examples = []
    for incident_id, records in groups.items():
        docs = extract([article_doc(r) for r in records])
        by_text: dict[str, str] = {}
        roots = {d.id: by_text.setdefault(content_id(d.text), d.id) for d in docs}
        before = corroborate_story(docs, roots)
        stories += 1
        untouched_conflicts += len(before.conflicts)
        unjudged_or_false += [(incident_id, c) for c in before.conflicts
                              if conflict_key(incident_id, c) not in true_disagreements]
        if args.show_false:
            for c in before.conflicts:
                print(format_conflict(incident_id, c), file=sys.stderr)
        if before.conflicts and len(false_examples) < args.show:
            false_examples.append((incident_id, before.conflicts[0]))
        all_text = "\n".join(d.text for d in docs)
        for mode in ("gold", "read"):
            # plant one change in one article: the first article (seeded order) and slot that can take one
            order = list(range(len(docs)))
            rng[mode].shuffle(order)
            slots = ["killed", "injured", "date", "city"]
            rng[mode].shuffle(slots)
            planted = None
            for i in order:
                facts = incident_facts(docs[i]) if mode == "read" else None
                for slot in slots:
                    if mode == "gold":
                        result = plant_gold(docs[i], incidents[incident_id], slot, all_text, gold_cities, rng[mode])
                    else:
                        result = plant(docs[i], facts, slot, cities, rng[mode])
                    if result:
                        value = gold_value(incidents[incident_id], slot) if mode == "gold" else \
                            read_value(docs[i], facts, slot)
                        planted = (i, slot, result, value)
                        break
                if planted:
                    break
            if planted is None:
                tally[mode].skipped += 1
                continue
            i, slot, (new_text, old, new), value = planted
            original = docs[i]
            stating = others_stating(docs, i, slot, value, roots)
            new_doc = extract([Doc(id=original.id, text=new_text, title=original.title,
                                   published=original.published)])[0]
            after = corroborate_story(docs[:i] + [new_doc] + docs[i + 1:], roots)
            hit = detected(after.conflicts, original.id, new, slot)
            tally[mode].add(slot, stating, hit)
            if dump:
                dump.write(json.dumps({"incident": incident_id, "plant": mode, "slot": slot, "old": old, "new": new,
                                       "stating": stating, "found": hit, "changed": original.id,
                                       "new_text": new_text}) + "\n")
            if not hit and len(tally[mode].misses) < args.show:
                tally[mode].misses.append((incident_id, slot, old, new, stating,
                                           [c["subject"] for c in after.conflicts]))
        for d in docs:
            d.cache.clear()
    gold = tally["gold"].figures()
    result = {
        "benchmark": "gvc-longtail: planted conflicts (one value changed in one article)",
        "grouping": "gold incident_id (measures conflict detection, not clustering)",
        "stories": stories,
        "plant": "the incident's gold value (GVA count, date, city) at every mention of it in one article",
        **gold,
        "false_conflicts_per_untouched_story": round(untouched_conflicts / stories, 4) if stories else None,
        "untouched_conflicts": untouched_conflicts,
        "false_conflicts_per_untouched_story_after_reading": round(len(unjudged_or_false) / stories, 4)
        if stories else None,
        "untouched_conflicts_not_judged_true": [f"{i} {c['subject']}" for i, c in unjudged_or_false],
        "on_extractor_readings": {
            "plant": "the value crosswire's single-article extractor read (the figure before 2026-12-05)",
            **tally["read"].figures()},
        "seed": args.seed,
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(result, indent=2))
    for row in false_examples:
        print("[untouched conflict]", row[0], json.dumps(row[1], ensure_ascii=False)[:600], file=sys.stderr)
    for mode in ("gold", "read"):
        for row in tally[mode].misses:
            print(f"[missed, {mode} plant]", row, file=sys.stderr)
    if not args.limit_incidents:
        write_result(result, result_path("conflicts"))
    return result


if __name__ == "__main__":
    main()
