"""Single-article incident facts on the GVC / LongTailQA gun-violence corpus.

From each article ALONE (title + body, publication date = the corpus' ``dct``), guess the
incident's date, city, number killed and number injured with
:func:`crosswire.extract.incident.incident_facts`, and score against the Gun Violence Archive
record of the article's incident (``incidents.jsonl``). Also measures extraction throughput
(articles/s, spaCy batched through ``extract_many``) and peak memory (max RSS).

This is the figure the cross-outlet vote has to beat.

    .venv/bin/python benchmarks/facts.py [--limit N] [--subset all|gvc|dev]

Writes benchmarks/results/facts.json.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import resource
import sys
import time
from collections import Counter
from pathlib import Path
from results_io import result_path, write_result  # noqa: E402  (one way to write results)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "benchmarks" / "gvc-longtail"
RESULTS = result_path("facts")

sys.path.insert(0, str(ROOT / "src"))


def normalize_city(name: str | None) -> str:
    """Compare cities loosely: case, "St."/"Saint", "(county)", punctuation."""
    if not name:
        return ""
    low = name.lower()
    low = re.sub(r"\((?:county|city)\)", "", low)
    low = re.sub(r"\bst\.?\s", "saint ", low)
    low = re.sub(r"\bft\.?\s", "fort ", low)
    low = re.sub(r"\bmt\.?\s", "mount ", low)
    low = re.sub(r"\b(?:county|city|township|twp|parish|borough)\b", "", low)
    return re.sub(r"[^a-z]+", " ", low).strip()


def load(subset: str, limit: int | None):
    incidents = {}
    with open(DATA / "incidents.jsonl", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            incidents[record["incident_uri"]] = record
    wanted_docs: set[str] | None = None
    if subset in {"gvc", "dev"}:
        with open(DATA / "gvc_doc_to_event.csv", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        doc_event = {r["doc-id"]: r["event-id"] for r in rows}
        if subset == "dev":
            with open(DATA / "splits_bugert2021" / "dev.csv", encoding="utf-8") as fh:
                dev_events = {row[1] for row in csv.reader(fh) if len(row) > 1}
            doc_event = {d: e for d, e in doc_event.items() if e in dev_events}
        wanted_docs = set(doc_event)
    articles = []
    with open(DATA / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record["incident_id"] not in incidents:
                continue
            if wanted_docs is not None and record["doc_id"] not in wanted_docs:
                continue
            articles.append(record)
            if limit and len(articles) >= limit:
                break
    return articles, incidents


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--subset", choices=["all", "gvc", "dev"], default="all",
                        help="all articles with a GVA incident, the 510 GVC documents, or GVC's dev split")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--errors", type=int, default=0, help="print N wrong guesses per field")
    args = parser.parse_args(argv)

    from crosswire.doc import Doc
    from crosswire.extract import extract_many
    from crosswire.extract.entities import entities_stage
    from crosswire.extract.incident import incident_facts
    from crosswire.extract.nlp import load_nlp
    from crosswire.extract.quantities import quantities_stage
    from crosswire.extract.times import times_stage
    from crosswire.pipeline import STORED_FIELDS, Pipeline

    articles, incidents = load(args.subset, args.limit)
    load_nlp()  # model load is not part of the throughput
    pipeline = Pipeline([entities_stage, quantities_stage, times_stage], provides=STORED_FIELDS)

    def docs():
        for a in articles:
            title = (a.get("title") or "").strip()
            body = a.get("content") or ""
            text = f"{title}\n\n{body}" if title else body
            yield Doc(id=a["doc_id"], text=text, title=title or None, published=(a.get("dct") or "")[:10] or None)

    correct: Counter[str] = Counter()
    baseline: Counter[str] = Counter()
    answered: Counter[str] = Counter()
    errors: dict[str, list] = {k: [] for k in ("date", "city", "killed", "injured")}
    started = time.perf_counter()
    n = 0
    for article, doc in zip(articles, extract_many(docs(), batch_size=args.batch_size, pipeline=pipeline)):
        facts = incident_facts(doc)
        doc.cache.clear()
        gold = incidents[article["incident_id"]]
        gold_date = dt.datetime.strptime(gold["date"], "%B %d, %Y").date().isoformat()
        expected = {"date": gold_date, "city": normalize_city(gold["city_or_county"]),
                    "killed": int(gold["num_killed"]), "injured": int(gold["num_injured"])}
        got = {"date": facts["date"]["value"], "city": normalize_city(facts["city"]["value"]),
               "killed": facts["killed"]["value"], "injured": facts["injured"]["value"]}
        for key in expected:
            if got[key] not in (None, ""):
                answered[key] += 1
            if got[key] == expected[key]:
                correct[key] += 1
            elif len(errors[key]) < args.errors:
                errors[key].append((article["doc_id"], expected[key], got[key],
                                    [e["quote"] for e in facts[key]["evidence"]]))
        # trivial baselines: date = publication date, nobody killed or injured
        baseline["date"] += doc.published == gold_date
        baseline["killed"] += expected["killed"] == 0
        baseline["injured"] += expected["injured"] == 0
        n += 1
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "benchmark": "gvc-longtail single-article incident facts",
        "subset": args.subset,
        "articles": n,
        "accuracy": {k: round(correct[k] / n, 4) if n else None for k in ("date", "city", "killed", "injured")},
        "answered": {k: round(answered[k] / n, 4) if n else None for k in ("date", "city", "killed", "injured")},
        "baselines": {"date = publication date": round(baseline["date"] / n, 4) if n else None,
                      "killed = 0": round(baseline["killed"] / n, 4) if n else None,
                      "injured = 0": round(baseline["injured"] / n, 4) if n else None},
        "stages": pipeline.names + ["incident_facts"],
        "seconds": round(elapsed, 2),
        "articles_per_second": round(n / elapsed, 1) if elapsed else None,
        "peak_rss_mb": round(peak_mb, 1),
        "scoring": "exact match: date (ISO day), killed, injured; city after normalisation "
                   "(case, St./Saint, '(county)', punctuation)",
    }
    print(json.dumps(result, indent=2))
    for key, rows in errors.items():
        for row in rows:
            print(f"[{key}] {row}", file=sys.stderr)
    if args.limit is None:
        write_result(result, RESULTS if args.subset == "all" else result_path(f"facts-{args.subset}"))
    return result


if __name__ == "__main__":
    main()
