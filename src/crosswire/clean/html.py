"""HTML to body text: trafilatura first, then fallbacks that still yield text from broken pages.

The body comes back one paragraph per line (as trafilatura writes it); the text-level
cleaner then turns lines into paragraphs and cuts what chrome is left. Script, style and
other active content never reach the text: trafilatura drops them, the fallback strips
them with lxml's cleaner, and the text cleaner cuts any markup that survives as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# Block-level elements: each starts a new line in the fallback's text.
_BLOCKS = {
    "p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "table", "tr", "br", "header", "footer", "figure", "figcaption", "dd", "dt",
}
_DROP = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
         "nav", "header", "footer", "aside", "form", "button", "select", "input", "textarea", "head")


@dataclass
class HtmlExtraction:
    """The body text of a page and the metadata candidates found on the way."""

    text: str
    method: str  # "trafilatura" | "trafilatura:recall" | "lxml" | "none"
    metadata: dict[str, Any] = field(default_factory=dict)


#: settings of the main extraction; tuned on the extraction benchmarks (benchmarks/extraction.py)
EXTRACT_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "favor_precision": False,
    "favor_recall": False,
    "no_fallback": False,
}
#: below this many characters, the main extraction is retried with favor_recall
RETRY_BELOW_CHARS = 500


def extract_html(html: str | bytes, url: str | None = None, *, with_metadata: bool = True) -> HtmlExtraction:
    """Body text of an HTML page, never raising on malformed input."""
    import trafilatura

    metadata: dict[str, Any] = {}
    text = ""
    method = "none"
    try:
        result = trafilatura.bare_extraction(html, url=url, with_metadata=with_metadata, **EXTRACT_OPTIONS)
    except Exception:  # trafilatura can trip on pathological markup: fall back below
        result = None
    if result is not None:
        data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
        text = data.get("text") or ""
        method = "trafilatura"
        metadata = {k: data.get(k) for k in ("title", "sitename", "date", "url", "hostname", "author", "description")}
    if len(text) < RETRY_BELOW_CHARS:
        # short or nothing: the precise settings may have missed the body; a second try that
        # keeps more wins when it finds clearly more text
        options = dict(EXTRACT_OPTIONS, favor_precision=False, favor_recall=True)
        try:
            again = trafilatura.bare_extraction(html, url=url, with_metadata=False, **options)
        except Exception:
            again = None
        again_text = (again.as_dict().get("text") or "") if again is not None else ""
        if len(again_text) > 2 * len(text):
            text, method = again_text, "trafilatura:recall"
    if len(text) < 100:
        fallback = fallback_text(html)
        if len(fallback) > len(text):
            text, method = fallback, "lxml"
    return HtmlExtraction(text=text, method=method, metadata={k: v for k, v in metadata.items() if v})


def fallback_text(html: str | bytes) -> str:
    """Visible text of a page by lxml, with active content stripped: for pages trafilatura rejects."""
    try:
        import lxml.html
        from lxml_html_clean import Cleaner
    except ImportError:  # pragma: no cover - both are dependencies
        return ""
    try:
        tree = lxml.html.document_fromstring(html)
    except Exception:
        return _strip_tags(html if isinstance(html, str) else html.decode("utf-8", "replace"))
    cleaner = Cleaner(scripts=True, javascript=True, comments=True, style=True, inline_style=True,
                      links=True, meta=True, page_structure=False, processing_instructions=True,
                      embedded=True, frames=True, forms=True, annoying_tags=True, remove_unknown_tags=False)
    try:
        tree = cleaner.clean_html(tree)
    except Exception:
        pass
    for element in list(tree.iter(*_DROP)):
        if element.getparent() is not None:
            element.drop_tree()
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    for event, element in _walk(tree):
        if event == "text":
            current.append(element)
        elif event in ("start", "end") and element in _BLOCKS:
            flush()
    flush()
    return "\n".join(lines)


def _walk(element: Any):
    """Depth-first text events: ("start"|"end", tag) and ("text", string)."""
    tag = element.tag if isinstance(element.tag, str) else ""
    yield "start", tag.lower()
    if element.text and tag:
        yield "text", element.text
    for child in element:
        yield from _walk(child)
        if child.tail:
            yield "text", child.tail
    yield "end", tag.lower()


def _strip_tags(html: str) -> str:
    html = re.sub(r"(?is)<(script|style)\b.*?(</\1\s*>|$)", " ", html)
    html = re.sub(r"(?s)<[^>]*>", " ", html)
    return "\n".join(" ".join(line.split()) for line in html.splitlines() if line.strip())
