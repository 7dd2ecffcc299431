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
    method: str  # which pass produced the text: "trafilatura[:fast-precision|:precision|:recall]" | "lxml"
    metadata: dict[str, Any] = field(default_factory=dict)


#: settings of every extraction pass (benchmarks/extraction.py measured the choices below)
EXTRACT_OPTIONS: dict[str, Any] = {"include_comments": False, "include_tables": True}
#: a page that declares itself an article gets a fast, precise pass first (its boilerplate is
#: related links, captions and promotions around a well-marked body); when that yields less
#: than this many characters, the full pass (with trafilatura's own fallbacks) runs instead
FULL_PASS_BELOW_CHARS = 1000
#: below this many characters, one more pass favouring recall may replace the result
RETRY_BELOW_CHARS = 500

_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ARTICLE_SIGNS = re.compile(
    r"\"@type\"\s*:\s*\"(?:News|Reportage|Analysis|Opinion|Report|Background)?Article\"|article:published_time",
    re.IGNORECASE,
)


def declares_article(html: str) -> bool:
    """Whether a page says it is an article: og:type "article", JSON-LD *Article, article:published_time."""
    head = html[:300_000]
    if _ARTICLE_SIGNS.search(head):
        return True
    return any("og:type" in tag.lower() and re.search(r"content\s*=\s*[\"']?article", tag, re.IGNORECASE)
               for tag in _META_TAG.findall(head))


def _run(html: str | bytes, url: str | None, **options: Any) -> str:
    import trafilatura

    try:
        result = trafilatura.bare_extraction(html, url=url, with_metadata=False, **EXTRACT_OPTIONS, **options)
    except Exception:  # trafilatura can trip on pathological markup: the caller falls back
        return ""
    if result is None:
        return ""
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    return data.get("text") or ""


def extract_html(html: str | bytes, url: str | None = None) -> HtmlExtraction:
    """Body text of an HTML page, never raising on malformed input.

    Articles: a fast precise pass, then the full pass when that found little. Other pages
    (recipes, shops, forums, where the precise settings lose real text): the full balanced
    pass. Then a recall pass for near-empty results, then lxml's visible text.
    """
    head = html[:300_000] if isinstance(html, str) else html[:300_000].decode("utf-8", "replace")
    article = declares_article(head)
    if article:
        text, method = _run(html, url, fast=True, favor_precision=True), "trafilatura:fast-precision"
        if len(text) < FULL_PASS_BELOW_CHARS:
            text, method = _run(html, url, favor_precision=True), "trafilatura:precision"
    else:
        text, method = _run(html, url), "trafilatura"
    if len(text) < RETRY_BELOW_CHARS:
        again = _run(html, url, fast=True, favor_recall=True)
        if len(again) > 2 * len(text):
            text, method = again, "trafilatura:recall"
    if len(text) < 100:
        fallback = fallback_text(html)
        if len(fallback) > len(text):
            text, method = fallback, "lxml"
    return HtmlExtraction(text=unwrap_layout_cells(text), method=method, metadata={"article": article})


#: a table row as trafilatura writes it ("| cell | cell |")
_TABLE_ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$")
#: words that make a lone cell a paragraph, not a figure or a label
PROSE_CELL_WORDS = 8


def unwrap_layout_cells(text: str) -> str:
    """A page laid out in a table gives rows of one prose cell ("|  | Earlier this month, NASA …|"):
    the paragraph without its cell marks. Rows of data keep theirs."""
    out = []
    for line in text.split("\n"):
        row = _TABLE_ROW.match(line)
        if row:
            cells = [c.strip() for c in row.group("cells").split("|") if c.strip()]
            if len(cells) == 1 and len(cells[0].split()) >= PROSE_CELL_WORDS:
                line = cells[0]
        out.append(line)
    return "\n".join(out)


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
