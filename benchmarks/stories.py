"""Story clustering benchmark: crosswire vs a TF-IDF + average-link baseline.

Datasets (read from ../shared at run time, never copied):

* GVC long-tail (``gvc-longtail/articles.jsonl``): gold = ``incident_id``; text = title +
  content; publication date = ``dct``. Rows are the unit (a few doc ids recur under two
  incidents; each row is scored on its own).
  The train and dev splits of Bugert et al. 2021 (``splits_bugert2021/{train,dev}.csv``,
  the 510 GVC articles' events) are also scored on their own (``train_split``,
  ``dev_split``; predicted clusters over all articles). The constants were chosen on the
  full set (which holds both splits), watching the dev figure not to drop; the test split
  is left alone.
* ECB+ (``ecbplus/ECB+/<topic>/<topic>_<n>ecb[plus].xml``): gold = sub-topic
  (``<topic>_ecb`` vs ``<topic>_ecbplus``: two similar events of one topic); no dates.
  Also as small batches, the way a user briefs a folder: each topic ingested into a store of
  its own (``ecbplus_topic_batches``), and each event's reports alone.

crosswire runs :func:`crosswire.stories.placing.place_docs`, the code ``update_stories``
runs over the store (blocking, decision and copy labelling), fed Docs in memory.
The baseline: TF-IDF (sublinear tf, min_df=2, title + first 3,000 characters), average-link
agglomerative clustering on cosine distance, distance threshold 0.7.

Each system runs in a child process, so its wall time and peak RSS (which includes the
interpreter and imported libraries, ~100 MB) are its own.

Usage::

    nice python benchmarks/stories.py            # GVC + ECB+, both systems
    nice python benchmarks/stories.py --scale    # also 1k / 2k / all GVC and a 50k perturbed set
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable
from results_io import result_path, write_result  # noqa: E402  (one way to write results)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "benchmarks"
RESULTS = result_path("stories")
sys.path.insert(0, str(ROOT / "src"))


# -- data -----------------------------------------------------------------------------------

def load_gvc(path: Path) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    return [{"id": str(i), "title": r.get("title") or "", "text": r.get("content") or "", "published": r.get("dct"),
             "gold": r["incident_id"]} for i, r in enumerate(rows)]


def _detokenize(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r" ([.,;:!?%)\]'])", r"\1", text)
    text = re.sub(r"([(\[$]) ", r"\1", text)
    text = text.replace(" n't", "n't").replace("`` ", '"').replace(" ''", '"')
    return text


def load_ecbplus(folder: Path) -> list[dict[str, Any]]:
    import xml.etree.ElementTree as ET

    items = []
    for path in sorted(folder.glob("*/*.xml")):
        match = re.match(r"(\d+)_(\d+)(ecbplus|ecb)\.xml$", path.name)
        if not match:
            continue
        root = ET.parse(path).getroot()
        sentences: dict[str, list[str]] = defaultdict(list)
        for token in root.iter("token"):
            sentences[token.get("sentence", "0")].append(token.text or "")
        lines = [_detokenize(sentences[k]) for k in sorted(sentences, key=lambda s: int(s))]
        items.append({"id": path.stem, "title": "", "text": "\n".join(lines), "published": None,
                      "gold": f"{match.group(1)}_{match.group(3)}"})
    return items


def perturbed_copies(items: list[dict[str, Any]], total: int, seed: int = 13) -> list[dict[str, Any]]:
    """Grow a corpus to ``total`` articles: replica r renames every capitalised word and number
    (so replicas are other events, not copies), shifts dates by r*53 days and drops 5% of words."""
    from datetime import date, timedelta

    rng = random.Random(seed)
    out = list(items)
    replica = 0
    while len(out) < total:
        replica += 1
        suffix = "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(3))

        def perturb(text: str) -> str:
            words = []
            for word in text.split(" "):
                if rng.random() < 0.05:
                    continue
                if word[:1].isupper():
                    word = word + suffix
                elif word[:1].isdigit():
                    word = word + str(replica)
                words.append(word)
            return " ".join(words)

        for item in items:
            if len(out) >= total:
                break
            published = item["published"]
            if published:
                try:
                    published = (date.fromisoformat(published) + timedelta(days=53 * replica)).isoformat()
                except ValueError:
                    published = None
            out.append({"id": f"{item['id']}~{replica}", "title": perturb(item["title"]), "text": perturb(item["text"]),
                        "published": published, "gold": f"{item['gold']}~{replica}"})
    return out


# -- systems --------------------------------------------------------------------------------

def run_crosswire(items: list[dict[str, Any]]) -> dict[str, str]:
    from crosswire.doc import Doc
    from crosswire.stories.placing import place_docs

    docs = [Doc(id=i["id"], title=i["title"], text=i["text"], published=i["published"]) for i in items]
    return {p.article_id: p.story_id for p in place_docs(docs)}


def _baseline_matrix(items: list[dict[str, Any]]):
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [f"{i['title']}\n{i['text'][:3000]}" for i in items]
    return TfidfVectorizer(sublinear_tf=True, min_df=2).fit_transform(texts)


def run_baseline(items: list[dict[str, Any]]) -> dict[str, str]:
    """The baseline as specified: sklearn average-link on cosine distance of the dense matrix."""
    from sklearn.cluster import AgglomerativeClustering

    matrix = _baseline_matrix(items).toarray()
    labels = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                     distance_threshold=0.7).fit_predict(matrix)
    return {item["id"]: str(label) for item, label in zip(items, labels)}


def run_baseline_precomputed(items: list[dict[str, Any]]) -> dict[str, str]:
    """The same clustering from a precomputed (sparse-product) distance matrix: same output, faster."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.metrics.pairwise import cosine_distances

    distances = cosine_distances(_baseline_matrix(items))
    labels = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                     distance_threshold=0.7).fit_predict(distances)
    return {item["id"]: str(label) for item, label in zip(items, labels)}


SYSTEMS: dict[str, Callable[[list[dict[str, Any]]], dict[str, str]]] = {
    "crosswire": run_crosswire, "baseline": run_baseline, "baseline_precomputed": run_baseline_precomputed}


def _child(system: str, items: list[dict[str, Any]], queue: Any) -> None:
    import resource

    start = time.perf_counter()
    cpu_start = time.process_time()
    predicted = SYSTEMS[system](items)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((predicted, seconds, peak_mb, cpu))


def measure(system: str, items: list[dict[str, Any]]) -> tuple[dict[str, str], float, float, float]:
    """Run one system in a fresh child process: (predictions, wall seconds, peak RSS MB, CPU seconds).

    The machine is shared, so wall time varies with the load; CPU time much less."""
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    process = ctx.Process(target=_child, args=(system, items, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


# -- scores ---------------------------------------------------------------------------------

def bcubed(gold: dict[str, str], predicted: dict[str, str]) -> tuple[float, float, float]:
    gold_sets: dict[str, set[str]] = defaultdict(set)
    pred_sets: dict[str, set[str]] = defaultdict(set)
    for item, label in gold.items():
        gold_sets[label].add(item)
        pred_sets[predicted[item]].add(item)
    precision = recall = 0.0
    for item in gold:
        g, p = gold_sets[gold[item]], pred_sets[predicted[item]]
        both = len(g & p)
        precision += both / len(p)
        recall += both / len(g)
    precision /= len(gold)
    recall /= len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def score(items: list[dict[str, Any]], predicted: dict[str, str]) -> dict[str, float]:
    from sklearn.metrics import adjusted_rand_score

    gold = {i["id"]: i["gold"] for i in items}
    p, r, f = bcubed(gold, predicted)
    ids = list(gold)
    ari = adjusted_rand_score([gold[i] for i in ids], [predicted[i] for i in ids])
    return {"bcubed_p": round(p, 4), "bcubed_r": round(r, 4), "bcubed_f1": round(f, 4), "ari": round(ari, 4),
            "clusters": len(set(predicted.values())), "gold_clusters": len(set(gold.values()))}


def subset_bcubed(items: list[dict[str, Any]], predicted: dict[str, str], wanted: set[str]) -> dict[str, Any]:
    """B-cubed over the items whose gold cluster is in ``wanted`` (a held-out split), with
    predicted clusters taken over all items (a wrong merge with any other article counts)."""
    gold_sets: dict[str, set[str]] = defaultdict(set)
    pred_sets: dict[str, set[str]] = defaultdict(set)
    for item in items:
        gold_sets[item["gold"]].add(item["id"])
        pred_sets[predicted[item["id"]]].add(item["id"])
    chosen = [i for i in items if i["gold"] in wanted]
    if not chosen:
        return {}
    precision = recall = 0.0
    for item in chosen:
        g, p = gold_sets[item["gold"]], pred_sets[predicted[item["id"]]]
        precision += len(g & p) / len(p)
        recall += len(g & p) / len(g)
    precision, recall = precision / len(chosen), recall / len(chosen)
    return {"articles": len(chosen), "events": len({i["gold"] for i in chosen}), "bcubed_p": round(precision, 4),
            "bcubed_r": round(recall, 4), "bcubed_f1": round(2 * precision * recall / (precision + recall), 4)}


def gvc_split_events(split: str) -> set[str]:
    """Event ids of a GVC split of Bugert et al. 2021 (``splits_bugert2021/<split>.csv``)."""
    path = SHARED / "gvc-longtail" / "splits_bugert2021" / f"{split}.csv"
    if not path.exists():
        return set()
    return {line.split(",")[1].strip() for line in path.read_text().splitlines() if "," in line}


def evaluate(name: str, items: list[dict[str, Any]], systems: list[str],
             splits: dict[str, set[str]] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"articles": len(items)}
    for system in systems:
        predicted, seconds, peak, cpu = measure(system, items)
        figures = score(items, predicted) | {"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
                                             "peak_rss_mb": round(peak, 1)}
        for split, events in (splits or {}).items():
            if events:
                figures[f"{split}_split"] = subset_bcubed(items, predicted, events)
                print(f"{name:<10} {system:<20} {split} split: {figures[f'{split}_split']}", flush=True)
        out[system] = figures
        print(f"{name:<10} {system:<20} B3 P={figures['bcubed_p']:.3f} R={figures['bcubed_r']:.3f} "
              f"F1={figures['bcubed_f1']:.3f}  ARI={figures['ari']:.3f}  {figures['clusters']} clusters "
              f"(gold {figures['gold_clusters']})  {seconds:.1f} s (cpu {cpu:.1f} s)  peak {peak:.0f} MB", flush=True)
    for baseline in ("baseline", "baseline_precomputed"):
        if "crosswire" in out and baseline in out:
            speedup = round(out[baseline]["seconds"] / max(out["crosswire"]["seconds"], 1e-9), 1)
            cpu_speedup = round(out[baseline]["cpu_seconds"] / max(out["crosswire"]["cpu_seconds"], 1e-9), 1)
            out[f"speedup_vs_{baseline}"] = speedup
            out[f"cpu_speedup_vs_{baseline}"] = cpu_speedup
            print(f"{name:<10} crosswire vs {baseline}: {speedup}x faster (wall), {cpu_speedup}x (cpu)", flush=True)
    return out


def ecb_topic_batches(items: list[dict[str, Any]]) -> dict[str, Any]:
    """The product's path on small batches: each ECB+ topic's files (two similar events, 20-40
    reports) go through ingest (cleaning, dates from datelines, story grouping) into a fresh
    in-memory store of their own, as ``crosswire brief FOLDER`` does. B-cubed over all topics
    against the sub-topic, and how many events come out as one story when briefed alone."""
    from crosswire.api import Corpus

    by_topic: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        by_topic[item["gold"].split("_")[0]].append(item)

    def grouped(records: list[dict[str, Any]]) -> dict[str, str]:
        with Corpus(":memory:") as corpus:
            corpus.ingest_records([{"id": r["id"], "text": r["text"]} for r in records])
            source = {d.id: d.source_id for d in corpus.store.iter_articles()}
            return {source[a]: s.id for s in corpus.store.list_stories() for a in s.article_ids}

    started = time.perf_counter()
    predicted: dict[str, str] = {}
    one_story = events = 0
    for topic, records in sorted(by_topic.items()):
        predicted.update({k: f"{topic}/{v}" for k, v in grouped(records).items()})
        by_event: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in records:
            by_event[r["gold"]].append(r)
        for event_records in by_event.values():
            if len(event_records) >= 3:
                events += 1
                one_story += len(set(grouped(event_records).values())) == 1
    kept = [i for i in items if i["id"] in predicted]
    out = score(kept, predicted) | {"events_of_3_plus": events, "events_briefed_alone_as_one_story": one_story,
                                    "seconds": round(time.perf_counter() - started, 1)}
    print(f"ecb+ topic batches  B3 P={out['bcubed_p']:.3f} R={out['bcubed_r']:.3f} F1={out['bcubed_f1']:.3f}  "
          f"one event briefed alone is one story: {one_story} of {events}", flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", action="store_true", help="time 1k, 2k, all GVC and a 50k perturbed set")
    parser.add_argument("--scale-total", type=int, default=50_000)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--only", choices=["gvc", "ecbplus"], default=None)
    args = parser.parse_args()
    systems = ["crosswire"] + ([] if args.no_baseline else ["baseline", "baseline_precomputed"])
    results: dict[str, Any] = {}
    gvc_path = SHARED / "gvc-longtail" / "articles.jsonl"
    ecb_path = SHARED / "ecbplus" / "ECB+"
    gvc = load_gvc(gvc_path) if gvc_path.exists() else []
    if args.only in (None, "gvc") and gvc:
        splits = {split: gvc_split_events(split) for split in ("train", "dev")}
        results["gvc"] = evaluate("gvc", gvc, systems, splits)
    if args.only in (None, "ecbplus") and ecb_path.exists():
        results["ecbplus_subtopic"] = evaluate("ecb+", load_ecbplus(ecb_path), systems)
        results["ecbplus_topic_batches"] = ecb_topic_batches(load_ecbplus(ecb_path))
    if args.scale and gvc:
        scaling = []
        for size in (1000, 2000, len(gvc), args.scale_total):
            items = gvc[:size] if size <= len(gvc) else perturbed_copies(gvc, size)
            _, seconds, peak, cpu = measure("crosswire", items)
            scaling.append({"articles": len(items), "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
                            "peak_rss_mb": round(peak, 1), "cpu_ms_per_article": round(1000 * cpu / len(items), 3)})
            print(f"scale      crosswire {len(items):>6} articles  {seconds:7.1f} s  (cpu {cpu:.1f} s, "
                  f"{1000 * cpu / len(items):.2f} ms/article)  peak {peak:.0f} MB", flush=True)
        results["scaling"] = scaling
    previous = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    previous.update(results)
    write_result(previous, RESULTS)
    print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
