"""Quote and attribution extraction on PolNeAR (Newell et al., LREC 2018), dev split.

For every dev article (``text/*.txt`` with its BRAT ``attributions/*.ann``; where an article was
annotated by several annotators, the first annotation file in name order is used), run
crosswire's quote extraction (direct quotes and reported speech) on the raw text and compare:

* source: the speaker mention (``speaker_start``/``speaker_end``) against the gold Source spans;
* content: the quote span against the gold Content spans;
* attribution: a predicted quote whose source *and* content both overlap one gold attribution;
* source_overlap_by_mention (diagnostic): source overlap counting each predicted speaker mention
  once, however many cues it has (how predictions were grouped before 2026-11-24).

"exact" means the same characters after trimming spaces, punctuation and quotation marks at
both ends; "overlap" means at least one character in common. Matching is one-to-one (greedy,
in text order). Predicted quotes that share a speaker mention and a cue are one attribution
(the way PolNeAR annotates "“…,” she said. “…”"); one mention with two cues ("Trump denounced
… and said …") is two, as PolNeAR annotates it (two gold attributions with one Source span).

Two crosswire rows: ``crosswire`` is what the quotes stage emits (direct quotes and reported
speech); ``crosswire_attribution`` is ``extract_quotes(doc, scope="attribution")``, which adds
PolNeAR's wider notion of attribution (stances, intentions, findings, "Name: …" headlines).

A baseline runs in the same pass: quotation marks plus the nearest "<Name|he|she> said"
(or "said <Name>") within the sentence around the quote; no parsing, no reported speech.

    .venv/bin/python benchmarks/quotes.py [--split dev|train] [--limit N] [--show N]

Prints the figures and writes benchmarks/results/quotes.json.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from results_io import result_path, write_result  # noqa: E402  (one way to write results)

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "benchmarks" / "polnear"
RESULTS = result_path("quotes")

Range = tuple[int, int]
_TRIM = " \t\n\r.,;:!?“”\"‘’'—–-()[]"


@dataclass
class Attribution:
    source: Range | None
    content: list[Range] = field(default_factory=list)


def read_ann(path: Path) -> list[Attribution]:
    """Gold attributions of one BRAT file: each E line with its Source and Content spans."""
    spans: dict[str, tuple[str, list[Range]]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and line.count("\t") >= 1:
            tid, info, *_ = line.split("\t")
            kind, _, offsets = info.partition(" ")
            ranges = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
            spans[tid] = (kind, [(a, b) for a, b in ranges])
        elif line.startswith("E") and line.count("\t") >= 1:
            _, info = line.split("\t")[:2]
            roles = dict(part.split(":", 1) for part in info.split())
            relations.append(roles)
    gold = []
    for roles in relations:
        content = [r for key in ("Content",) if key in roles for r in spans[roles[key]][1]]
        source = spans[roles["Source"]][1] if "Source" in roles else None
        src = (source[0][0], source[-1][1]) if source else None
        if content or src:
            gold.append(Attribution(src, content))
    return gold


def dataset(split: str, limit: int | None) -> list[tuple[str, str, list[Attribution]]]:
    folder = POLNEAR / split
    if not folder.exists():
        sys.exit(f"PolNeAR {split} split not found at {folder}")
    by_article: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        article = ann.stem.rsplit("_", 1)[0]
        by_article.setdefault(article, ann)
    items = []
    for article, ann in sorted(by_article.items()):
        txt = folder / "text" / f"{article}.txt"
        if txt.exists():
            items.append((article, txt.read_text(encoding="utf-8"), read_ann(ann)))
    return items[:limit] if limit else items


# --- systems -----------------------------------------------------------------------------------

def crosswire_predict(text: str, scope: str = "speech") -> list[Attribution]:
    from crosswire.doc import Doc
    from crosswire.extract.quotes import extract_quotes

    doc = Doc(text=text)
    try:
        from crosswire.extract.entities import entities_stage

        entities_stage(doc)
    except ImportError:  # the quotes stage falls back to spaCy's entities
        pass
    grouped: dict[object, Attribution] = {}
    for i, q in enumerate(extract_quotes(doc, scope=scope)):
        src = (q["speaker_start"], q["speaker_end"]) if q["speaker_start"] is not None else None
        # one attribution per speaker mention and cue: "“…,” she said. “…”" is one, "Trump
        # denounced … and said …" two that share their source (as PolNeAR annotates them)
        key = (src, q["cue_start"]) if src else ("alone", i)
        att = grouped.setdefault(key, Attribution(src))
        att.content.append((q["start"], q["end"]))
    return list(grouped.values())


_BASE_QUOTE = re.compile(r"[“\"]([^“”\"\n]{3,}?)[”\"]")
_SPEAKER = r"(?P<who>(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*|[Hh]e|[Ss]he|[Tt]hey)"
_SAID = r"(?:said|says|added|told|asked|explained|noted|wrote)"
_AFTER = re.compile(rf"^\s*[,—–-]?\s*(?:{_SPEAKER}\s+{_SAID}|{_SAID}\s+{_SPEAKER.replace('who', 'who2')})")
_BEFORE = re.compile(rf"{_SPEAKER}\s+{_SAID}[,:]?\s*$")


def baseline_predict(text: str) -> list[Attribution]:
    """Quote marks + the nearest "X said" right after (or right before) the quote."""
    out: dict[object, Attribution] = {}
    for i, m in enumerate(_BASE_QUOTE.finditer(text)):
        src = None
        after = _AFTER.match(text[m.end():m.end() + 80])
        if after:
            group = "who" if after.group("who") else "who2"
            src = (m.end() + after.start(group), m.end() + after.end(group))
        else:
            before = _BEFORE.search(text[max(0, m.start() - 80):m.start()])
            if before:
                offset = max(0, m.start() - 80)
                src = (offset + before.start("who"), offset + before.end("who"))
        key = src or ("alone", i)
        out.setdefault(key, Attribution(src)).content.append((m.start(1), m.end(1)))
    return list(out.values())


# --- scoring -----------------------------------------------------------------------------------

def _trim(text: str, r: Range) -> Range:
    a, b = r
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    return a, b


def _merge(text: str, ranges: list[Range]) -> Range:
    return _trim(text, (min(a for a, _ in ranges), max(b for _, b in ranges)))


def _overlap(x: list[Range], y: list[Range]) -> bool:
    return any(a < d and c < b for a, b in x for c, d in y)


def _match(gold: list, pred: list, same) -> int:
    used: set[int] = set()
    hits = 0
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and same(g, p):
                used.add(j)
                hits += 1
                break
    return hits


class Counts:
    def __init__(self) -> None:
        self.c: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # hits, gold, pred

    def add(self, name: str, hits: int, gold: int, pred: int) -> None:
        row = self.c[name]
        row[0] += hits
        row[1] += gold
        row[2] += pred

    def report(self) -> dict[str, dict[str, float]]:
        out = {}
        for name, (hits, gold, pred) in self.c.items():
            p = hits / pred if pred else 0.0
            r = hits / gold if gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            out[name] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                         "matched": hits, "gold": gold, "predicted": pred}
        return out


def score(text: str, gold: list[Attribution], pred: list[Attribution], counts: Counts) -> None:
    g_src = [_trim(text, a.source) for a in gold if a.source]
    p_src = [_trim(text, a.source) for a in pred if a.source]
    counts.add("source_exact", _match(g_src, p_src, lambda g, p: g == p), len(g_src), len(p_src))
    counts.add("source_overlap", _match(g_src, p_src, lambda g, p: _overlap([g], [p])), len(g_src), len(p_src))
    # diagnostic: the same with one prediction per speaker mention (the grouping used before
    # one mention with two cues counted twice)
    p_mentions = sorted(set(p_src))
    counts.add("source_overlap_by_mention", _match(g_src, p_mentions, lambda g, p: _overlap([g], [p])),
               len(g_src), len(p_mentions))
    g_con = [a.content for a in gold if a.content]
    p_con = [a.content for a in pred if a.content]
    counts.add("content_exact", _match(g_con, p_con, lambda g, p: _merge(text, g) == _merge(text, p)),
               len(g_con), len(p_con))
    counts.add("content_overlap", _match(g_con, p_con, _overlap), len(g_con), len(p_con))
    both = lambda g, p: bool(g.source and p.source and _overlap([g.source], [p.source])
                             and _overlap(g.content, p.content))
    g_att = [a for a in gold if a.source and a.content]
    p_att = [a for a in pred if a.source and a.content]
    counts.add("attribution_overlap", _match(g_att, p_att, both), len(g_att), len(p_att))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", type=int, default=0, help="print N missed gold sources")
    parser.add_argument("--show-system", default="crosswire", help="whose misses --show prints")
    parser.add_argument("--show-false", action="store_true",
                        help="with --show: print predicted sources that overlap no gold source instead")
    args = parser.parse_args(argv)

    items = dataset(args.split, args.limit)
    systems = {
        "crosswire": crosswire_predict,  # what the quotes stage emits: quotes and reported speech
        "crosswire_attribution": lambda text: crosswire_predict(text, "attribution"),
        "baseline": baseline_predict,
    }
    counts = {name: Counts() for name in systems}
    seconds = {name: 0.0 for name in systems}
    missed: list[str] = []
    for article, text, gold in items:
        for name, predict in systems.items():
            t0 = time.perf_counter()
            pred = predict(text)
            seconds[name] += time.perf_counter() - t0
            score(text, gold, pred, counts[name])
            if name == args.show_system and args.show and len(missed) < args.show:
                shown, against = (pred, gold) if args.show_false else (gold, pred)
                other = [a.source for a in against if a.source]
                for a in shown:
                    if a.source and not _overlap([a.source], other):
                        s = a.source
                        missed.append(f"{article}: [{text[s[0]:s[1]]}] in "
                                      f"{text[max(0, s[0] - 80):s[1] + 80]!r}")
    results = {
        "benchmark": "polnear",
        "split": args.split,
        "articles": len(items),
        "annotation": "first annotator file per article",
        "systems": {name: {"scores": c.report(), "seconds": round(seconds[name], 2)}
                    for name, c in counts.items()},
    }
    for name, data in results["systems"].items():
        print(f"{name} ({data['seconds']} s)")
        for metric, row in data["scores"].items():
            print(f"  {metric:22s} P {row['precision']:.3f}  R {row['recall']:.3f}  F1 {row['f1']:.3f}"
                  f"  ({row['matched']}/{row['gold']} gold, {row['predicted']} predicted)")
    for line in missed:
        print("MISSED", line)
    if args.limit is None:
        write_result(results, RESULTS)
        print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
