"""Ingest on real pages: decoding quality, failures, throughput and resume time.

Data (read-only, never copied): ../shared/benchmarks/trafilatura-eval (990 gzipped pages in
many languages and encodings, with text snippets each page's body contains) and
../shared/benchmarks/scrapinghub-aeb (181 gzipped English news pages).

1. Decoding: a page is decoded correctly when the gold "with" snippets appear in its visible
   text. Three decoders are compared on the same bytes: crosswire's ``decode_bytes``, plain
   UTF-8 with replacement characters, and charset-normalizer's best guess.
2. Ingest: ``ingest_paths`` over all pages into a fresh SQLite file (failures by reason,
   articles per second), then the same call again (the resume path: nothing is re-cleaned).

    .venv/bin/python benchmarks/ingest_decoding.py [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from results_io import result_path, write_result  # noqa: E402  (one way to write results)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "benchmarks"
TRAF = SHARED / "trafilatura-eval"
AEB = SHARED / "scrapinghub-aeb"
RESULTS = result_path("ingest_decoding")


def visible(text: str) -> str:
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
    text = re.sub(r"(?s)<[^>]*>", " ", text)
    return " ".join(html.unescape(text).split())


def decode_utf8(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def decode_charset_normalizer(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else data.decode("utf-8", errors="replace")


def decode_crosswire(data: bytes) -> str:
    from crosswire.ingest.decode import decode_bytes

    return decode_bytes(data, "page", html=True)


def decoding(limit: int | None) -> dict:
    gold = json.loads((TRAF / "evaldata.json").read_text(encoding="utf-8"))
    pages = list(gold.values())[:limit]
    decoders = {"crosswire": decode_crosswire, "utf8-replace": decode_utf8,
                "charset-normalizer": decode_charset_normalizer}
    found = Counter()
    found_legacy = Counter()  # on the pages that are not valid UTF-8: where decoders differ
    legacy_snippets = 0
    pages_ok = Counter()
    seconds = Counter()
    total = 0
    non_utf8 = 0
    for entry in pages:
        data = gzip.decompress((TRAF / "html" / (entry["file"] + ".gz")).read_bytes())
        snippets = [" ".join(s.split()) for s in entry["with"] if s.strip()]
        total += len(snippets)
        try:
            data.decode("utf-8")
            legacy = False
        except UnicodeDecodeError:
            legacy = True
            non_utf8 += 1
            legacy_snippets += len(snippets)
        for name, decode in decoders.items():
            start = time.perf_counter()
            try:
                text = visible(decode(data))
            except Exception:
                text = ""
            seconds[name] += time.perf_counter() - start
            hits = sum(s in text for s in snippets)
            found[name] += hits
            found_legacy[name] += hits if legacy else 0
            pages_ok[name] += hits == len(snippets)
    return {
        "pages": len(pages),
        "pages_not_utf8": non_utf8,
        "snippets": total,
        "snippets_on_non_utf8_pages": legacy_snippets,
        "decoders": {name: {"snippets_found": found[name], "snippet_recall": round(found[name] / total, 4),
                            "non_utf8_snippets_found": found_legacy[name],
                            "pages_all_snippets_found": pages_ok[name], "seconds": round(seconds[name], 2)}
                     for name in decoders},
    }


def ingest(limit: int | None) -> dict:
    from crosswire.ingest import ingest_paths
    from crosswire.store import Store

    paths = sorted((TRAF / "html").glob("*.gz"))[:limit] + sorted((AEB / "html").glob("*.gz"))[:limit]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        start = time.perf_counter()
        first = ingest_paths(store, paths)
        first_seconds = time.perf_counter() - start
        start = time.perf_counter()
        again = ingest_paths(store, paths)
        again_seconds = time.perf_counter() - start
    reasons = Counter(re.sub(r"\d+(\.\d+)?", "N", reason) for _, reason in first.failed)
    return {
        "inputs": len(paths),
        "ingested": len(first.ingested),
        "duplicates_present": len(first.present),
        "failed": len(first.failed),
        "failure_reasons": dict(reasons.most_common()),
        "seconds": round(first_seconds, 2),
        "articles_per_second": round(len(first.ingested) / first_seconds, 1),
        "rerun_seconds": round(again_seconds, 2),
        "rerun_ingested": len(again.ingested),
        "rerun_present": len(again.present),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of each corpus")
    parser.add_argument("--only", choices=("decoding", "ingest"), help="run one part (results keep the other)")
    args = parser.parse_args()
    if not TRAF.exists() or not AEB.exists():
        sys.exit(f"benchmark data not found under {SHARED}")
    results = json.loads(RESULTS.read_text(encoding="utf-8")) if args.only and RESULTS.exists() else {}
    if args.only != "ingest":
        results["decoding"] = decoding(args.limit)
    if args.only != "decoding":
        results["ingest"] = ingest(args.limit)
    print(json.dumps(results, indent=2))
    write_result(results, RESULTS)


if __name__ == "__main__":
    main()
