"""Body extraction benchmark: crosswire's clean stage against trafilatura on two public corpora.

1. scrapinghub-aeb (181 English news pages): F1 of 4-gram shingles of the article body,
   tp/fp/fn normalised per page, precision and recall macro-averaged over pages, F1 of
   the two averages, accuracy = identical token sequence. The scorer is first checked
   against the stored ``output/trafilatura.json`` (published F1 0.958).
2. trafilatura-eval (990 mostly non-English pages): "with" snippets found in the output
   are true positives, missing ones false negatives; "without" snippets found are false
   positives; both sides whitespace-normalised; P/R/F1 over all snippets (published:
   trafilatura 2.2.0 standard 0.924, the text-markup baseline 0.815).

Every system gets the page bytes; crosswire decodes them with its own reader and runs the
clean stage exactly as ingest does. Pages/s are wall-clock over the whole corpus.

Run: ``nice .venv/bin/python benchmarks/extraction.py`` (options: --only aeb|teval, --limit N).
Writes benchmarks/results/extraction.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any, Callable
from results_io import result_path, write_result  # noqa: E402  (one way to write results)

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
AEB = BENCHMARKS / "scrapinghub-aeb"
TEVAL = BENCHMARKS / "trafilatura-eval"
RESULTS = result_path("extraction")

PUBLISHED = {"aeb:trafilatura 2.0.0": 0.958, "teval:trafilatura 2.2.0 standard": 0.924, "teval:baseline": 0.815}

Extractor = Callable[[bytes], "str | None"]


# ----------------------------------------------------------------------------- systems


def crosswire_extractor(decoder: str = "ingest") -> Extractor:
    """The clean stage on the page, decoded by crosswire's reader (``"ingest"``, what ingest does)
    or by trafilatura's decoder (``"trafilatura"``: isolates the clean stage from decoding)."""
    from crosswire.clean import clean_stage
    from crosswire.doc import Doc

    if decoder == "ingest":
        from crosswire.ingest.decode import decode_bytes

        def decode(data: bytes) -> str:
            return decode_bytes(data, "benchmark.html", html=True)
    else:
        from trafilatura.utils import decode_file as decode

    def run(data: bytes) -> str:
        doc = Doc(raw=decode(data), format="html")
        return clean_stage(doc).text

    return run


def trafilatura_extractor(**options: Any) -> Extractor:
    import trafilatura

    def run(data: bytes) -> str | None:
        return trafilatura.extract(data, **options)

    return run


def trafilatura_baseline() -> Extractor:
    import trafilatura

    def run(data: bytes) -> str | None:
        return trafilatura.baseline(data)[1]

    return run


def run_systems(systems: dict[str, Extractor], pages: list[bytes]) -> dict[str, tuple[list[str | None], float]]:
    """Outputs of every system on every page (None where it raised) and its pages per second.

    Systems take turns page by page (in rotating order), so a machine busy with other work
    slows them all alike and the pages/s stay comparable within one run.
    """
    names = list(systems)
    outputs: dict[str, list[str | None]] = {name: [] for name in names}
    spent = dict.fromkeys(names, 0.0)
    for index, data in enumerate(pages):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            start = time.perf_counter()
            try:
                result = systems[name](data)
            except Exception:  # a crash counts as an empty output, as in both published evaluations
                result = None
            spent[name] += time.perf_counter() - start
            outputs[name].append(result)
    return {name: (outputs[name], len(pages) / spent[name] if spent[name] else float("inf")) for name in names}


# ----------------------------------------------------------------------------- AEB metric

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str | None) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str | None, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles; a text shorter than n tokens is one short shingle."""
    toks = tokens(text)
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def page_counts(true: str | None, pred: str | None) -> tuple[float, float, float]:
    """tp, fp, fn over shingles of one page, normalised to sum to 1 (pages weigh the same)."""
    gold, got = shingles(true), shingles(pred)
    tp = sum((gold & got).values())
    fp = sum((got - gold).values())
    fn = sum((gold - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    return 0.0 if tp == 0 and fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    return 0.0 if tp == 0 and fn == 0 else tp / (tp + fn)


def aeb_score(truths: list[str | None], preds: list[str | None]) -> dict[str, float]:
    counts = [page_counts(t, p) for t, p in zip(truths, preds)]
    precision = statistics.mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    recall = statistics.mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    accuracy = statistics.mean(float(tokens(t) == tokens(p)) for t, p in zip(truths, preds))
    f1 = 2 * precision * recall / (precision + recall)
    return {"f1": round(f1, 4), "precision": round(precision, 4), "recall": round(recall, 4),
            "accuracy": round(accuracy, 4)}


def load_aeb(limit: int | None = None) -> tuple[list[str], list[str | None], list[bytes]]:
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    pages = [gzip.decompress((AEB / "html" / f"{item}.html.gz").read_bytes()) for item in ids]
    return ids, [truth[i].get("articleBody") for i in ids], pages


def stored_output(name: str) -> dict[str, Any]:
    data = json.loads((AEB / "output" / f"{name}.json").read_text(encoding="utf-8"))
    if isinstance(data, dict) and set(data) == {"version", "output"}:
        return data["output"]
    return data


# ----------------------------------------------------------------------------- trafilatura-eval metric


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def teval_score(items: list[dict[str, Any]], preds: list[str | None]) -> dict[str, float]:
    tp = fp = fn = tn = 0
    for item, pred in zip(items, preds):
        found = _norm(pred) if isinstance(pred, str) and pred else None
        hits = sum(1 for s in item["with"] if found is not None and _norm(s) in found)
        leaks = sum(1 for s in item["without"] if found is not None and _norm(s) in found)
        tp, fn = tp + hits, fn + len(item["with"]) - hits
        fp, tn = fp + leaks, tn + len(item["without"]) - leaks
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {"f1": round(f1, 4), "precision": round(precision, 4), "recall": round(recall, 4),
            "accuracy": round((tp + tn) / (tp + tn + fp + fn), 4), "tp": tp, "fp": fp, "fn": fn, "tn": tn}


def load_teval(limit: int | None = None) -> tuple[list[dict[str, Any]], list[bytes]]:
    data = json.loads((TEVAL / "evaldata.json").read_text(encoding="utf-8"))
    items, pages = [], []
    for url, item in data.items():
        path = TEVAL / "html" / f"{item['file']}.gz"
        if path.exists():
            items.append(dict(item, url=url))
            pages.append(gzip.decompress(path.read_bytes()))
    if limit:
        items, pages = items[:limit], pages[:limit]
    return items, pages


# ----------------------------------------------------------------------------- runs


def run_aeb(limit: int | None) -> dict[str, Any]:
    ids, truths, pages = load_aeb(limit)
    stored = stored_output("trafilatura")
    reproduced = aeb_score(truths, [(stored.get(i) or {}).get("articleBody") for i in ids])
    print(f"AEB ({len(ids)} pages): scorer on stored output/trafilatura.json: F1 {reproduced['f1']:.4f} "
          f"(published {PUBLISHED['aeb:trafilatura 2.0.0']}; diff {reproduced['f1'] - 0.958:+.4f})")
    results: dict[str, Any] = {"pages": len(ids), "stored_trafilatura_2.0.0": reproduced}
    systems = {
        "trafilatura (direct, include_comments=False)": trafilatura_extractor(include_comments=False),
        "crosswire (ingest decoding + clean stage)": crosswire_extractor("ingest"),
    }
    for name, (outputs, speed) in run_systems(systems, pages).items():
        score = aeb_score(truths, outputs)
        score["pages_per_s"] = round(speed, 1)
        results[name] = score
        print(f"  {name:<46} F1 {score['f1']:.4f}  P {score['precision']:.4f}  R {score['recall']:.4f}  "
              f"acc {score['accuracy']:.4f}  {speed:6.1f} pages/s")
    return results


def run_teval(limit: int | None) -> dict[str, Any]:
    items, pages = load_teval(limit)
    print(f"trafilatura-eval ({len(items)} pages, {sum(len(i['with']) for i in items)} text & "
          f"{sum(len(i['without']) for i in items)} boilerplate segments):")
    results: dict[str, Any] = {"pages": len(items)}
    systems = {
        "baseline (trafilatura.baseline, text markup)": trafilatura_baseline(),
        "trafilatura (direct, standard settings)": trafilatura_extractor(
            fast=False, include_comments=False, include_tables=True, include_formatting=False),
        "crosswire (ingest decoding + clean stage)": crosswire_extractor("ingest"),
        "crosswire (trafilatura decoding + clean stage)": crosswire_extractor("trafilatura"),
    }
    for name, (outputs, speed) in run_systems(systems, pages).items():
        score = teval_score(items, outputs)
        score["pages_per_s"] = round(speed, 1)
        results[name] = score
        print(f"  {name:<46} F1 {score['f1']:.4f}  P {score['precision']:.4f}  R {score['recall']:.4f}  "
              f"acc {score['accuracy']:.4f}  {speed:6.1f} pages/s")
    print(f"  published: trafilatura 2.2.0 standard {PUBLISHED['teval:trafilatura 2.2.0 standard']}, "
          f"baseline {PUBLISHED['teval:baseline']}")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=("aeb", "teval"))
    parser.add_argument("--limit", type=int, help="first N pages only (a quick look; not for reporting)")
    args = parser.parse_args()
    if not BENCHMARKS.exists():
        raise SystemExit(f"{BENCHMARKS} is missing: the benchmarks live in ../shared beside the checkout")
    import trafilatura

    results: dict[str, Any] = {"trafilatura_version": trafilatura.__version__, "published": PUBLISHED}
    if RESULTS.exists() and (args.only or args.limit):
        results = json.loads(RESULTS.read_text(encoding="utf-8")) | results
    if args.only in (None, "aeb"):
        results["scrapinghub-aeb"] = run_aeb(args.limit)
    if args.only in (None, "teval"):
        results["trafilatura-eval"] = run_teval(args.limit)
    if not args.limit:
        write_result(results, RESULTS)
        print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
