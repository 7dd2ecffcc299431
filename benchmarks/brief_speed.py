"""How fast is a brief? Cold CLI on the seed, and one 200-article story.

1. Cold start: ``crosswire brief <seed articles> --format json`` in a fresh process, from process
   start to the JSON on stdout (ingest into an in-memory store, clean, extract with spaCy,
   group, corroborate, render). Run ``--runs`` times; goal <= 2 s.
2. A 200-article story: the GVC / LongTailQA articles of the incidents with the most articles
   (all gun-violence reports, so their claims overlap heavily: the hard case for alignment),
   ingested into an in-memory store and briefed as ONE story with
   :func:`crosswire.brief.brief_docs` (extraction, corroboration, JSON/Markdown/HTML). Goal < 30 s.

    .venv/bin/python benchmarks/brief_speed.py [--runs 3] [--articles 200]

Writes benchmarks/results/brief_speed.json. The machine's load average is recorded beside the
figures: the team shares two cores.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpora" / "us-china-trade-2025" / "articles"
GVC = SHARED / "benchmarks" / "gvc-longtail" / "articles.jsonl"
sys.path.insert(0, str(ROOT / "src"))
from results_io import result_path, write_result  # noqa: E402  (one way to write results)


def cold_seed(runs: int) -> dict:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run = subprocess.run([sys.executable, "-c", "from crosswire.cli import main; main()", "brief", str(SEED),
                              "--format", "json"], capture_output=True, text=True, cwd=ROOT)
        times.append(time.perf_counter() - started)
        if run.returncode != 0 or not json.loads(run.stdout).get("stories"):
            raise SystemExit(f"brief failed: {run.stderr}")
    return {"runs_seconds": [round(t, 2) for t in times], "median_seconds": round(statistics.median(times), 2),
            "best_seconds": round(min(times), 2), "goal_seconds": 2.0}


def big_story(n_articles: int) -> dict:
    from crosswire.api import Corpus
    from crosswire.brief import Brief, brief_docs
    from crosswire.extract.nlp import load_nlp

    by_incident: dict[str, list[dict]] = defaultdict(list)
    with open(GVC, encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            by_incident[record["incident_id"]].append(record)
    records = []
    for _, group in sorted(by_incident.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        for r in group:
            records.append({"id": r["doc_id"], "title": r.get("title"), "text": r.get("content") or "",
                            "published": (r.get("dct") or "")[:10] or None})
        if len(records) >= n_articles * 1.3:
            break  # some reports are verbatim duplicates, which ingest stores once
    load_nlp()  # the model load is counted in the cold-start figure, not here
    timings = {}
    with Corpus(":memory:") as corpus:
        started = time.perf_counter()
        corpus.ingest_records(records, update_stories=False)
        timings["ingest"] = time.perf_counter() - started
        docs = list(corpus.store.iter_articles())[:n_articles]
        started = time.perf_counter()
        from crosswire.brief.build import extract_docs, set_context_dates

        set_context_dates(docs)
        docs = extract_docs(docs, corpus.store)
        timings["extract"] = time.perf_counter() - started
        started = time.perf_counter()
        story = brief_docs(docs, story_id="big", store=corpus.store, extracted=True)
        timings["corroborate"] = time.perf_counter() - started
        story.pop("_stages", None)
        brief = Brief(stories=[story])
        started = time.perf_counter()
        sizes = {"json": len(brief.to_json()), "md": len(brief.to_markdown()), "html": len(brief.to_html())}
        timings["render_json_md_html"] = time.perf_counter() - started
    total = sum(timings.values())
    return {"articles": len(docs), "seconds": {k: round(v, 2) for k, v in timings.items()},
            "total_seconds": round(total, 2), "goal_seconds": 30.0,
            "facts": len(story["facts"]), "conflicts": len(story["conflicts"]), "timeline": len(story["timeline"]),
            "quotes": len(story["quotes"]), "output_chars": sizes}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args(argv)
    result = {"benchmark": "brief speed", "load_average_before": os.getloadavg(),
              "cold_seed_cli": cold_seed(args.runs), "story_200": big_story(args.articles),
              "load_average_after": os.getloadavg()}
    print(json.dumps(result, indent=2))
    write_result(result, result_path("brief_speed"))
    return result


if __name__ == "__main__":
    main()
