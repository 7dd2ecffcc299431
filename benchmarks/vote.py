"""Does voting across outlets beat one article? GVC / LongTailQA incidents with >= 2 articles.

For every article, H3's single-article extractor (:func:`crosswire.extract.incident.incident_facts`)
guesses the incident's date, city, killed and injured; :func:`crosswire.corroborate.vote.vote`
then votes one value per slot across the incident's articles (one vote per independent source).
Both are scored in the same run against the Gun Violence Archive record (``incidents.jsonl``).

Articles are grouped by their *gold* ``incident_id``: this measures voting, not clustering
(story grouping is measured by the stories benchmark).

Single-article figures: "per article" (every article scored on its own) and "per incident"
(the mean over incidents of their articles' accuracy: the chance a reader of one random
article of the incident gets it right), which is the fair comparison with the vote.

    .venv/bin/python benchmarks/vote.py [--limit-incidents N] [--min-articles 2]

Writes benchmarks/results/vote.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "benchmarks" / "gvc-longtail"
sys.path.insert(0, str(ROOT / "src"))

from facts import normalize_city  # noqa: E402  (one city normalisation for both scores)
from results_io import result_path, write_result  # noqa: E402  (one way to write results)

SLOTS = ("date", "city", "killed", "injured")


def gold_of(incident: dict) -> dict:
    return {"date": dt.datetime.strptime(incident["date"], "%B %d, %Y").date().isoformat(),
            "city": normalize_city(incident["city_or_county"]),
            "killed": int(incident["num_killed"]), "injured": int(incident["num_injured"])}


def comparable(slot: str, value):
    if value in (None, ""):
        return None
    if slot == "city":
        return normalize_city(value)
    if slot in ("killed", "injured"):
        return int(value)
    return str(value)[:10]


def load_groups(min_articles: int, limit: int | None) -> tuple[dict[str, list[dict]], dict[str, dict]]:
    incidents = {}
    with open(DATA / "incidents.jsonl", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            incidents[record["incident_uri"]] = record
    groups: dict[str, list[dict]] = defaultdict(list)
    with open(DATA / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record["incident_id"] in incidents:
                groups[record["incident_id"]].append(record)
    keep = sorted(k for k, v in groups.items() if len(v) >= min_articles)
    if limit:
        keep = keep[:limit]
    return {k: groups[k] for k in keep}, incidents


def article_doc(record: dict):
    from crosswire.doc import Doc

    title = (record.get("title") or "").strip()
    body = record.get("content") or ""
    text = f"{title}\n\n{body}" if title else body
    return Doc(id=record["doc_id"], text=text, title=title or None, published=(record.get("dct") or "")[:10] or None)


def extract_facts(groups: dict[str, list[dict]], batch_size: int = 64) -> dict[str, dict]:
    """doc_id -> incident_facts (entities, quantities and times stages, spaCy batched)."""
    from crosswire.extract import extract_many
    from crosswire.extract.entities import entities_stage
    from crosswire.extract.incident import incident_facts
    from crosswire.extract.quantities import quantities_stage
    from crosswire.extract.times import times_stage
    from crosswire.pipeline import STORED_FIELDS, Pipeline

    pipeline = Pipeline([entities_stage, quantities_stage, times_stage], provides=STORED_FIELDS)
    docs = (article_doc(r) for records in groups.values() for r in records)
    out = {}
    for doc in extract_many(docs, batch_size=batch_size, pipeline=pipeline):
        out[doc.id] = incident_facts(doc)
        doc.cache.clear()
    return out


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-articles", type=int, default=2)
    parser.add_argument("--limit-incidents", type=int, default=None)
    args = parser.parse_args(argv)

    from crosswire.corroborate.vote import vote
    from crosswire.doc import content_id

    started = time.perf_counter()
    groups, incidents = load_groups(args.min_articles, args.limit_incidents)
    facts = extract_facts(groups)
    extracted = time.perf_counter() - started

    per_article = defaultdict(int)
    n_articles = 0
    per_incident = defaultdict(float)
    voted = defaultdict(int)
    for incident_id, records in groups.items():
        gold = gold_of(incidents[incident_id])
        own = {r["doc_id"]: facts[r["doc_id"]] for r in records}
        for slot in SLOTS:
            right = sum(comparable(slot, own[d][slot]["value"]) == gold[slot] for d in own)
            per_article[slot] += right
            per_incident[slot] += right / len(own)
        n_articles += len(own)
        # verbatim duplicates (same cleaned text) are one source; near-copies are the stories stage's job
        by_text: dict[str, str] = {}
        roots = {r["doc_id"]: by_text.setdefault(content_id(article_doc(r).text), r["doc_id"]) for r in records}
        result = vote(own, roots=roots, key=comparable)
        for slot in SLOTS:
            voted[slot] += comparable(slot, result[slot]["value"]) == gold[slot]
    n = len(groups)
    single_article = {s: round(per_article[s] / n_articles, 4) for s in SLOTS}
    single_incident = {s: round(per_incident[s] / n, 4) for s in SLOTS}
    vote_acc = {s: round(voted[s] / n, 4) for s in SLOTS}
    mean = lambda d: round(sum(d.values()) / len(d), 4)  # noqa: E731
    result = {
        "benchmark": "gvc-longtail: cross-outlet vote vs single article",
        "grouping": "gold incident_id (measures voting, not clustering)",
        "incidents": n,
        "articles": n_articles,
        "min_articles": args.min_articles,
        "single_article_accuracy_per_article": single_article,
        "single_article_accuracy_per_incident": single_incident,
        "vote_accuracy": vote_acc,
        "gain_points_vs_per_incident": {s: round(100 * (vote_acc[s] - single_incident[s]), 1) for s in SLOTS},
        "mean": {"single_per_incident": mean(single_incident), "vote": mean(vote_acc),
                 "gain_points": round(100 * (mean(vote_acc) - mean(single_incident)), 1)},
        "seconds": round(time.perf_counter() - started, 1),
        "extraction_seconds": round(extracted, 1),
        "scoring": "exact match: date (ISO day), killed, injured; city after normalisation",
    }
    print(json.dumps(result, indent=2))
    if not args.limit_incidents:
        write_result(result, result_path("vote"))
    return result


if __name__ == "__main__":
    main()
