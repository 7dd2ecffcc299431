"""Claim alignment on real multi-outlet stories: do a fact's evidence sentences tell of one event?

ECB+ (../shared/benchmarks/ecbplus) annotates, in selected sentences of each article
(``ECBplus_coreference_sentences.csv``), mentions of actions and of their participants, times
and places, and links mentions across articles of one topic into gold cross-document chains
(``CROSS_DOC_COREF``; a chain's id starts ``ACT``/``NEG`` for an action, ``HUM``, ``NON``,
``LOC``, ``TIM`` for the rest). Each ``<topic>_<n>ecb`` / ``<topic>_<n>ecbplus`` sub-topic is
one story; crosswire briefs it as a user would (the loader of ``conflicts_ecb.py``) and its
``corroborate_story`` facts are scored against the chains.

Gold, per sub-topic, on pairs of annotated sentences of two different articles:

* a pair is **related** when the two sentences hold mentions of one cross-document *action*
  chain (an entity, time or place chain alone does not count);
* a pair is a **gold pair** when it is related *and* at least half of the chains the two
  mention are shared (chain Jaccard >= 0.5): mostly the same happening with the same
  participants, time and place ("Lohan checked into Betty Ford late Thursday" / "Lohan
  entered the Betty Ford Center Thursday"). Most annotated sentences tell of a story's
  seminal event, so "related" alone holds for most pairs of a story (~15,900 pairs on the 86
  stories; ~5,700 gold pairs); the overlap makes it closer to "one claim". ECB+ keeps apart
  happenings a reader could confuse (checking into one clinic, then into another), so the
  chains are finer than the story.

Predicted pairs: for every fact, every pair of its evidence sentences from two different
articles, both annotated (a quote is mapped to the ECB+ sentences it covers). Each sentence
pair counts once even when several facts cite it.

* precision = predicted pairs that are related (the task's figure), and the share that are gold
  pairs (stricter);
* recall = gold pairs found in one fact (any kind), and found in one *statement* fact.

It is a proxy: two sentences sharing an event chain need not make one claim ("the quake killed
at least 20" / "rescuers searched after the quake"), and a claim two outlets share may be in
sentences the annotators did not select. Figures compare versions of crosswire; they are not
absolute. Pairs are counted per story and summed (micro average).

    .venv/bin/python benchmarks/statements_ecb.py [--limit N] [--story 45_ecbplus] [--show 10 [--kind statement]]

Writes benchmarks/results/statements_ecb.json (not with --limit or --story).
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import random
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from conflicts_ecb import ECB_DIR, rejoin, story_docs  # noqa: E402  (the ECB+ story as crosswire reads it)
from results_io import result_path, write_result  # noqa: E402  (one way to write results)
from stories import _detokenize, load_ecbplus  # noqa: E402  (same ECB+ reading as the stories benchmark)

SELECTED = ECB_DIR.parent / "ECBplus_coreference_sentences.csv"
_EVENT = ("ACT", "NEG")
#: share of the chains two related sentences mention that they must share to be a gold pair
GOLD_OVERLAP = 0.5


def annotations(path: Path) -> tuple[dict[int, str], dict[int, set[str]]]:
    """An ECB+ article's sentences (number -> text as the loader writes it) and, per sentence,
    the cross-document chains its mentions belong to."""
    root = ET.parse(path).getroot()
    tokens: dict[str, int] = {}
    words: dict[int, list[str]] = defaultdict(list)
    for t in root.iter("token"):
        n = int(t.get("sentence", "0"))
        tokens[t.get("t_id")] = n
        words[n].append(t.text or "")
    mention_sentences: dict[str, set[int]] = {}
    markables = root.find("Markables")
    for m in markables if markables is not None else ():
        anchors = [a.get("t_id") for a in m.findall("token_anchor")]
        if anchors:
            mention_sentences[m.get("m_id")] = {tokens[a] for a in anchors if a in tokens}
    chains: dict[int, set[str]] = defaultdict(set)
    for rel in root.iter("CROSS_DOC_COREF"):
        chain = rel.get("note") or ""
        for src in rel.findall("source"):
            for n in mention_sentences.get(src.get("m_id"), ()):
                chains[n].add(chain)
    texts = {n: rejoin(_detokenize(ws)) for n, ws in words.items()}
    return texts, chains


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def quote_sentences(quote: str, texts: dict[int, str]) -> set[int]:
    """ECB+ sentence numbers a quote covers: the one it lies in, or those it holds whole."""
    q = _key(quote)
    if len(q) < 10:
        return set()
    inside = {n for n, t in texts.items() if q in _key(t)}
    if inside:
        return inside if len(inside) == 1 else set()  # a repeated sentence: ambiguous
    return {n for n, t in texts.items() if len(_key(t)) >= 10 and _key(t) in q}


def story_pairs(docs_facts: list[dict], ann: dict[str, tuple[dict, dict]], selected: dict[str, set[int]]):
    """Predicted sentence pairs (all facts, statement facts) of one story's facts."""
    predicted: dict[tuple, str] = {}
    for f in docs_facts:
        cited: dict[str, set[int]] = defaultdict(set)
        for e in f.get("evidence", ()):
            if e["article"] in ann:
                cited[e["article"]] |= quote_sentences(e["quote"], ann[e["article"]][0]) & selected[e["article"]]
        for a, b in itertools.combinations(sorted(cited), 2):
            for i in cited[a]:
                for j in cited[b]:
                    key = ((a, i), (b, j))
                    if predicted.get(key) != "statement":
                        predicted[key] = f.get("kind", "")
    return predicted


def gold_pairs(ann: dict[str, tuple[dict, dict]], selected: dict[str, set[int]]):
    related, gold = set(), set()
    items = [(a, n, ann[a][1].get(n, set())) for a in sorted(ann) for n in sorted(selected[a])]
    for (a, i, ci), (b, j, cj) in itertools.combinations(items, 2):
        if a == b:
            continue
        shared = ci & cj
        if any(c.startswith(_EVENT) for c in shared):
            related.add(((a, i), (b, j)))
            if len(shared) >= GOLD_OVERLAP * len(ci | cj):
                gold.add(((a, i), (b, j)))
    return related, gold


def _ratio(n: int, d: int) -> float | None:
    return round(n / d, 4) if d else None


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="score only the first N sub-topics")
    parser.add_argument("--story", action="append", default=[], help="score only this sub-topic (e.g. 45_ecbplus)")
    parser.add_argument("--min-articles", type=int, default=2)
    parser.add_argument("--show", type=int, default=0, help="print N wrong and N missed pairs (sampled)")
    parser.add_argument("--kind", default="", help="with --show: only wrong pairs of facts of this kind")
    args = parser.parse_args(argv)

    from crosswire.corroborate import corroborate_story
    from crosswire.doc import content_id
    from crosswire.extract import extract_many
    from crosswire.extract.entities import entities_stage
    from crosswire.extract.quantities import quantities_stage
    from crosswire.extract.times import times_stage
    from crosswire.pipeline import STORED_FIELDS, Pipeline

    started = time.perf_counter()
    selected: dict[str, set[int]] = defaultdict(set)
    with SELECTED.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            selected[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    groups: dict[str, list[dict]] = defaultdict(list)
    for record in load_ecbplus(ECB_DIR):
        groups[record["gold"]].append(record)
    groups = {k: v for k, v in sorted(groups.items(), key=lambda kv: _story_order(kv[0]))
              if len(v) >= args.min_articles}
    if args.story:
        groups = {k: v for k, v in groups.items() if k in args.story}
    if args.limit:
        groups = dict(list(groups.items())[: args.limit])
    pipeline = Pipeline([entities_stage, quantities_stage, times_stage], provides=STORED_FIELDS)
    totals = defaultdict(int)
    wrong, missed = [], []
    for name, records in groups.items():
        docs = list(extract_many(story_docs(records), pipeline=pipeline))
        by_text: dict[str, str] = {}
        roots = {d.id: by_text.setdefault(content_id(d.text), d.id) for d in docs}
        facts = corroborate_story(docs, roots).facts
        topic = name.split("_")[0]
        ann = {r["id"]: annotations(ECB_DIR / topic / f"{r['id']}.xml") for r in records}
        predicted = story_pairs(facts, ann, selected)
        related, gold = gold_pairs(ann, selected)
        texts = {a: t for a, (t, _c) in ann.items()}
        totals["predicted"] += len(predicted)
        totals["predicted_related"] += sum(p in related for p in predicted)
        totals["predicted_gold"] += sum(p in gold for p in predicted)
        statement = {p for p, kind in predicted.items() if kind == "statement"}
        totals["statement_predicted"] += len(statement)
        totals["statement_related"] += len(statement & related)
        totals["gold"] += len(gold)
        totals["related"] += len(related)
        totals["gold_found"] += len(gold & predicted.keys())
        totals["gold_found_statement"] += len(gold & statement)
        totals["related_found"] += len(related & predicted.keys())
        wrong += [(f"{name}, {kind} fact", p, texts) for p, kind in predicted.items() if p not in related]
        missed += [(name, p, texts) for p in gold - predicted.keys()]
        for d in docs:
            d.cache.clear()
    t = totals
    result = {
        "benchmark": "ECB+ sub-topics: pairs of a fact's evidence sentences (two articles, both annotated) "
                     "against gold cross-document event chains",
        "stories": len(groups),
        "min_articles": args.min_articles,
        "predicted_pairs": t["predicted"],
        "precision_related": _ratio(t["predicted_related"], t["predicted"]),
        "precision_gold": _ratio(t["predicted_gold"], t["predicted"]),
        "statement_pairs": t["statement_predicted"],
        "statement_precision_related": _ratio(t["statement_related"], t["statement_predicted"]),
        "gold_pairs": t["gold"],
        "recall_gold": _ratio(t["gold_found"], t["gold"]),
        "recall_gold_statement_facts": _ratio(t["gold_found_statement"], t["gold"]),
        "related_pairs": t["related"],
        "recall_related": _ratio(t["related_found"], t["related"]),
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(result, indent=2))
    rng = random.Random(7)
    wrong = [w for w in wrong if w[0].endswith(f", {args.kind} fact")] if args.kind else wrong
    for label, items in (("WRONG (predicted, no shared event chain)", wrong), ("MISSED (gold, not aligned)", missed)):
        for name, ((a, i), (b, j)), texts in rng.sample(items, min(args.show, len(items))):
            print(f"\n{label} [{name}]\n  {a}#{i}: {texts[a][i][:200]}\n  {b}#{j}: {texts[b][j][:200]}",
                  file=sys.stderr)
    if not args.limit and not args.story:
        write_result(result, result_path("statements_ecb"))
    return result


def _story_order(name: str) -> tuple[int, str]:
    topic, kind = name.split("_")
    return int(topic), kind


if __name__ == "__main__":
    main()
