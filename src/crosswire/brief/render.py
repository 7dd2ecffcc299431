"""Render a brief (its ``to_dict()`` form) as Markdown or as one self-contained HTML page."""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path
from typing import Any

from ..corroborate.text import dedupe_evidence

TEMPLATES = Path(__file__).resolve().parent / "templates"


def _names(story: dict[str, Any]) -> dict[str, str]:
    """article id -> a short readable label: the outlet, else the file (with the record's id
    for a JSON-lines record), else the id prefix; labels several articles share are numbered."""
    labels = {}
    for art in story.get("articles") or []:
        label = art.get("outlet")
        if not label and art.get("path"):
            label = Path(art["path"]).stem
            if len(label) > 32:
                label = label[:16] + "\u2026"  # a file named by a 64-digit hash: its start tells them apart
            if art.get("source_id"):
                label = f"{label}#{art['source_id']}"
        labels[art["id"]] = label or art["id"][:8]
    total = Counter(labels.values())
    seen: Counter[str] = Counter()
    out = {}
    for article_id, label in labels.items():
        seen[label] += 1
        out[article_id] = label if total[label] == 1 else f"{label} ({seen[label]})"
    return out


def _article_label(art: dict[str, Any]) -> str:
    """The article's headline, else its opening words (plain-text files have no headline)."""
    if (art.get("title") or "").strip():
        return _one_line(art["title"], 100)
    opening = _one_line(art.get("text"), 80)
    return f"\u201c{opening}\u201d" if opening else ""


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _cite(ids: list[str], names: dict[str, str]) -> str:
    return ", ".join(names.get(i, i[:8]) for i in ids)


def _one_line(text: str | None, limit: int = 240) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _excerpt(text: str | None, around: str | None, limit: int = 240) -> str:
    """One line of at most ``limit`` characters that still shows ``around`` (a date written late
    in a long sentence), cut at both ends when it has to be."""
    line = " ".join((text or "").split())
    at = line.find(around) if around else -1
    if len(line) <= limit or at < 0 or at + len(around) <= limit - 1:
        return _one_line(line, limit)
    start = max(0, at + len(around) + limit // 3 - limit)
    start = line.find(" ", start) + 1 if start else 0
    return "\u2026" + _one_line(line[start:], limit - 1)


def _md_escape(text: str) -> str:
    # keep article text from turning into headings, lists or links
    for ch in "\\*_[`<>":
        text = text.replace(ch, "\\" + ch)
    return text


def render_markdown(brief: dict[str, Any]) -> str:
    lines: list[str] = []
    for story in brief.get("stories") or []:
        names = _names(story)
        lines += _md_header(story, names)
        facts = story.get("facts") or []
        # a sentence with an agreed fact is listed once, there, with its single-source figures too
        agreed = set(facts_by_sentence([f for f in facts if f["status"] == "corroborated"]))
        alone = [f for f in facts if f["status"] == "single-source" and _sentence_of(f) not in agreed]
        for heading, rows in (
            ("The incident (voted across sources)", _md_incident(story.get("incident") or {})),
            ("Conflicts", _md_conflicts(story.get("conflicts") or [], names)),
            ("Agreed facts", _md_facts([f for f in facts if f["status"] == "corroborated"
                                        or (f["status"] == "single-source" and _sentence_of(f) in agreed)], names,
                                       lambda f: f"{f.get('independent_sources', len(f['sources']))} independent: ")),
            ("Timeline", _md_timeline(story.get("timeline") or [], names)),
            ("Quotes", _md_quotes(story.get("quotes") or [], names)),
            ("Appearances", [f"- {_md_escape(a['speaker'])} on {_md_escape(a['venue'])} \u2014 "
                             f"{_cite(a['sources'], names)}" for a in story.get("appearances") or []]),
            ("Only in one outlet", _md_facts(alone, names, lambda f: "")),
            ("Who and where", _md_entities(story.get("entities") or [])),
        ):
            if rows:
                lines += ["", f"## {heading}", *rows]
        lines.append("")
    if brief.get("pipeline"):
        lines.append(f"_pipeline: {', '.join(brief['pipeline'])}; generated {brief.get('generated_at') or ''}_")
    return "\n".join(lines).rstrip() + "\n"


_FACT_KEY = re.compile(r"^\[(?P<key>[^\]]*)\]\s+")


def _sentence_of(fact: dict[str, Any]) -> str:
    m = _FACT_KEY.match(fact["statement"])
    return fact["statement"][m.end():] if m else fact["statement"]


def facts_by_sentence(facts: list[dict[str, Any]]) -> dict[str, list[tuple[str, dict]]]:
    """Facts grouped by the sentence they quote (its "100 percent" and its "November 1" are two
    facts of one sentence), each with its key; in the facts' order."""
    by_sentence: dict[str, list[tuple[str, dict]]] = {}
    for f in facts:
        m = _FACT_KEY.match(f["statement"])
        by_sentence.setdefault(_sentence_of(f), []).append((m.group("key") if m else "", f))
    return by_sentence


def _md_facts(facts: list[dict[str, Any]], names: dict[str, str], support) -> list[str]:
    """One line per sentence, each fact it carries listed after it with its own support."""
    rows = []
    for sentence, keyed in facts_by_sentence(facts).items():
        parts = [(f"\\[{_md_escape(key)}] " if key else "") + support(f) + _cite(f["sources"], names)
                 for key, f in keyed]
        rows.append(f"- {_md_escape(_one_line(sentence))} \u2014 {'; '.join(parts)}")
    return rows


def _md_header(story: dict[str, Any], names: dict[str, str]) -> list[str]:
    n_arts = len(story.get("articles") or [])
    n_sources = story.get("independent_sources", n_arts)
    lines = [f"# {_md_escape(story.get('headline') or story['id'])}",
             f"_{_count(n_arts, 'article')}, {_count(n_sources, 'independent source')}"
             f" \u00b7 story {story['id']}_", "", "## Sources"]
    for art in story.get("articles") or []:
        copy = f" (copy of {names.get(art.get('copy_of'), art.get('copy_of'))})" if art.get("copy_of") else ""
        lines.append(f"- **{_md_escape(names[art['id']])}** {art.get('published') or 'undated'}: "
                     f"{_md_escape(_article_label(art))}{copy} `{art['id'][:12]}`")
    return lines


def _md_incident(incident: dict[str, Any]) -> list[str]:
    rows = []
    for slot, label in (("date", "date"), ("city", "place"), ("killed", "killed"), ("injured", "injured")):
        v = incident.get(slot) or {}
        if v.get("value") not in (None, ""):
            rows.append(f"- {label}: **{_md_escape(str(v['value']))}** ({_incident_support(v)})")
    return rows


def _incident_support(v: dict[str, Any]) -> str:
    if v.get("stated") is False:
        return f"stated by none of {v.get('of', 0)} independent sources: the default when no figure is given"
    return f"{v.get('support', 0)} of {v.get('of', 0)} independent sources"


def _md_conflicts(conflicts: list[dict[str, Any]], names: dict[str, str]) -> list[str]:
    rows = []
    for c in conflicts:
        rows.append(f"- **{_md_escape(c['subject'])}**")
        for v in c["variants"]:
            rows.append(f"  - {_md_escape(v['value'])} ({v['normalized']}): {_cite(v['sources'], names)}")
            for e in v.get("evidence", [])[:3]:
                shown = _excerpt(e["quote"], e.get("value") or v["value"])  # the disputed value stays in view
                rows.append(f"    > {_md_escape(shown)} \u2014 {names.get(e['article'], '')}")
    return rows


def _md_timeline(timeline: list[dict[str, Any]], names: dict[str, str]) -> list[str]:
    rows = []
    for ev in timeline:
        date = {"month": ev["date"][:7], "year": ev["date"][:4]}.get(ev["precision"], ev["date"])
        mark = " (disputed)" if ev.get("disputed") else ""
        rows.append(f"- **{date}**{mark} {_md_escape(_excerpt(ev['description'], ev.get('text'), 200))} "
                    f"\u2014 {_cite(ev['sources'], names)}")
    return rows


def _md_quotes(quotes: list[dict[str, Any]], names: dict[str, str]) -> list[str]:
    rows = []
    for q in quotes:
        marks = ("\u201c", "\u201d") if q.get("direct", True) else ("", "")
        rows.append(f"- **{_md_escape(q['speaker'])}**: {marks[0]}{_md_escape(_one_line(q['text']))}{marks[1]} "
                    f"\u2014 {_cite(q['sources'], names)}")
        rows += [f"  - speaker named {_md_escape(other['speaker'])} by {_cite(other['sources'], names)}"
                 for other in (q.get("speakers") or [])[1:]]
        if len(q.get("variants") or []) > 1:
            rows += [f"  - also worded: {_md_escape(_one_line(v['text'], 160))} \u2014 {_cite(v['sources'], names)}"
                     for v in q["variants"] if v["text"] != q["text"]]
    return rows


def _md_entities(entities: list[dict[str, Any]]) -> list[str]:
    by_type: dict[str, list[str]] = {}
    for e in entities:
        by_type.setdefault(e["type"], []).append(f"{e['name']} ({len(e['sources'])})")
    return [f"- {etype}: {_md_escape(', '.join(items))}" for etype, items in sorted(by_type.items())]


@functools.lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(("html", "j2"),
                                                                                            default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["one_line"] = _one_line
    env.filters["article_label"] = _article_label
    env.filters["excerpt"] = _excerpt
    return env


def fact_items(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One item per sentence: its facts (key and support), their evidence (each quote once) and the
    status that leads (disputed, then corroborated, then single-source)."""
    items = []
    for sentence, keyed in facts_by_sentence(facts).items():
        evidence = dedupe_evidence(e for _key, f in keyed for e in f.get("evidence") or [])
        sources = list(dict.fromkeys(a for _key, f in keyed for a in f["sources"]))
        statuses = {f["status"] for _key, f in keyed}
        status = next((st for st in ("disputed", "corroborated", "single-source") if st in statuses), "")
        items.append({"sentence": sentence, "parts": [{"key": key, "fact": f} for key, f in keyed],
                      "evidence": evidence, "sources": sources, "status": status})
    return items


def render_html(brief: dict[str, Any]) -> str:
    """One self-contained page: inline CSS, no scripts, every article string escaped."""
    env = _environment()
    stories = []
    for story in brief.get("stories") or []:
        names = _names(story)
        facts = story.get("facts") or []
        stories.append({"story": story, "names": names,
                        "agreed": fact_items([f for f in facts if f["status"] == "corroborated"]),
                        "single": fact_items([f for f in facts if f["status"] == "single-source"])})
    return env.get_template("brief.html.j2").render(brief=brief, stories=stories)
