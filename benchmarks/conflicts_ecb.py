"""Conflicts reported on real multi-outlet stories that nobody changed (ECB+ sub-topics).

ECB+ (../shared/benchmarks/ecbplus) groups news articles from many outlets by event: each
``<topic>_<n>ecb`` / ``<topic>_<n>ecbplus`` sub-topic is one event (a trial, an earthquake, a
football game, a product launch). Its stories are richer than GVC's short shooting reports:
sports statistics, prices, several victims and several dates in one story. Nothing is planted,
so every conflict crosswire reports is a candidate false alarm; outlets do sometimes really
disagree (death tolls that rose between reports), so the count is an upper bound. The script
prints conflicts per story by kind and, with ``--show N``, N conflicts with their evidence to
label by hand.

    .venv/bin/python benchmarks/conflicts_ecb.py [--min-articles 3] [--show 20]

Writes benchmarks/results/conflicts_ecb.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from stories import SHARED, load_ecbplus  # noqa: E402  (same ECB+ reading as the stories benchmark)
from results_io import result_path, write_result  # noqa: E402  (one way to write results)

ECB_DIR = SHARED / "ecbplus" / "ECB+"


#: ECB+ stores tokens; joined with spaces, "3:30 p.m.", "6.1", "170,000" and "36-year-old" come
#: apart ("3: 30 p. m.", "6. 1") and read as other numbers: undo what its tokenizer split
_REJOIN = [
    (re.compile(r"(\d)([:.]) (\d)"), r"\1\2\3"),
    (re.compile(r"(\d), (\d{3})\b"), r"\1,\2"),
    (re.compile(r"\b([ap])\. m\.", re.I), r"\1.m."),
    (re.compile(r"\b([A-Z])\. ([A-Z])\.(?= )"), r"\1.\2."),
    (re.compile(r"(\w) - (?=(?:year|month|week|day|hour|minute|foot|feet|yard|square|metre|meter|mile|inch|old|"
                r"point|game|man|member|story|storey|acre)\b)"), r"\1-"),
    (re.compile(r"(\w) - (?=\w+ - old\b)"), r"\1-"),
]


def rejoin(text: str) -> str:
    for pattern, replacement in _REJOIN:
        text = pattern.sub(replacement, text)
    return text


def story_docs(records: list[dict]):
    """The articles as crosswire stores them: the text file a user would have (title line, then
    the body, which in ECB+ opens with the page's URL and date lines) through the clean and
    metadata stages, so page stamps are cut and dates come from datelines as in the product."""
    from crosswire.doc import Doc
    from crosswire.pipeline import ingest_pipeline

    clean = ingest_pipeline()
    docs = []
    for r in records:
        title, body = rejoin(r.get("title") or ""), rejoin(r["text"])
        doc = clean(Doc(id=r["id"], raw=f"{title}\n\n{body}" if title else body, format="text"))
        if r.get("published") and not doc.published:
            doc.set_meta("published", r["published"], "record")
        docs.append(doc)
    from crosswire.brief.build import set_context_dates

    set_context_dates(docs)
    return docs


def kind_of(conflict: dict) -> str:
    normalized = " ".join(v["normalized"] for v in conflict["variants"])
    subject = conflict["subject"].lower()
    if subject.startswith(("number of people killed", "number of people injured")):
        return "casualties"
    if any(len(v["normalized"]) == 10 and v["normalized"][4] == "-" for v in conflict["variants"]):
        return "date"
    if "USD" in normalized or "EUR" in normalized or "GBP" in normalized:
        return "money"
    return "count"


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-articles", type=int, default=3)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args(argv)

    from crosswire.corroborate import corroborate_story
    from crosswire.doc import content_id
    from crosswire.extract import extract_many
    from crosswire.extract.entities import entities_stage
    from crosswire.extract.quantities import quantities_stage
    from crosswire.extract.times import times_stage
    from crosswire.pipeline import STORED_FIELDS, Pipeline

    started = time.perf_counter()
    groups: dict[str, list[dict]] = defaultdict(list)
    for record in load_ecbplus(ECB_DIR):
        groups[record["gold"]].append(record)
    groups = {k: v for k, v in sorted(groups.items()) if len(v) >= args.min_articles}
    pipeline = Pipeline([entities_stage, quantities_stage, times_stage], provides=STORED_FIELDS)
    kinds: Counter[str] = Counter()
    per_story: Counter[int] = Counter()
    shown = []
    for name, records in groups.items():
        docs = list(extract_many(story_docs(records), pipeline=pipeline))
        by_text: dict[str, str] = {}
        roots = {d.id: by_text.setdefault(content_id(d.text), d.id) for d in docs}
        conflicts = corroborate_story(docs, roots).conflicts
        per_story[len(conflicts)] += 1
        for c in conflicts:
            kinds[kind_of(c)] += 1
            if len(shown) < args.show:
                shown.append((name, c))
        for d in docs:
            d.cache.clear()
    total = sum(kinds.values())
    result = {
        "benchmark": "ECB+ sub-topics (one event each, nothing planted): conflicts reported per story",
        "stories": len(groups),
        "min_articles": args.min_articles,
        "conflicts": total,
        "conflicts_per_story": round(total / len(groups), 4) if groups else None,
        "stories_with_a_conflict": sum(n for k, n in per_story.items() if k),
        "by_kind": dict(kinds.most_common()),
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(result, indent=2))
    for name, c in shown:
        print(f"\n[{name}] {c['subject']}", file=sys.stderr)
        for v in c["variants"]:
            quote = v["evidence"][0]["quote"] if v["evidence"] else ""
            print(f"  {v['value']!r} ({v['normalized']}) x{len(v['sources'])}: {quote[:220]}", file=sys.stderr)
    write_result(result, result_path("conflicts_ecb"))
    return result


if __name__ == "__main__":
    main()
