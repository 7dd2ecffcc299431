"""The clean stage: raw input to ``doc.text``, with removals and a title candidate."""

from __future__ import annotations

import re

from ..doc import Doc
from ..pipeline import stage
from .html import extract_html
from .text import clean_text

VERSION = "1"

#: doc.cache key for how the HTML body was extracted (which pass, whether the page declares an article)
HTML_META_CACHE = "clean:html_meta"

_HTML_SNIFF = re.compile(r"^\s*(?:<!doctype html|<html\b|<head\b|<body\b|<meta\b|<!--)", re.IGNORECASE)


def is_html(doc: Doc) -> bool:
    """HTML by declared format, or a text input that is plainly an HTML document."""
    if "html" in (doc.format or ""):
        return True
    return bool(_HTML_SNIFF.match(doc.raw[:500])) and "</" in doc.raw


_OG_TITLE = re.compile(
    r"<meta\b[^>]*?(?:property|name)\s*=\s*[\"']?(?:og:title|twitter:title)[\"']?[^>]*?content\s*=\s*(?:\"([^\"]*)\"|'([^']*)')",
    re.IGNORECASE,
)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


def page_title(html: str) -> tuple[str | None, str]:
    """The page's headline, cheaply: og:title, else the first h1, else <title>."""
    import html as html_lib

    head = html[:200_000]
    for pattern, source in ((_OG_TITLE, "html:og:title"), (_H1, "html:h1"), (_TITLE, "html:title")):
        m = pattern.search(head)
        if m:
            value = next((g for g in m.groups() if g), "")
            value = " ".join(html_lib.unescape(re.sub(r"<[^>]*>", " ", value)).split())
            if value:
                return value, source
    return None, ""


def clean_doc(doc: Doc) -> Doc:
    """Set ``doc.text`` to the cleaned body and record what was cut and the headline."""
    raw = doc.raw or ""
    if is_html(doc):
        extraction = extract_html(raw, url=doc.url)
        doc.cache[HTML_META_CACHE] = dict(extraction.metadata, method=extraction.method)
        title_hint, hint_source = page_title(raw)
        result = clean_text(extraction.text, title_hint=title_hint, keep_offsets=False, guess_title=False)
        title, title_source = title_hint, hint_source
    else:
        result = clean_text(raw)
        title, title_source = result.title, "text:headline"
    doc.text = result.text
    doc.removed = result.removed
    existing = doc.meta.get("title")
    if title and (existing is None or existing.source != "record"):
        doc.set_meta("title", title, title_source)
    return doc


clean_stage = stage("clean", VERSION, requires=("raw", "format"), assigns=("text", "removed", "title"))(clean_doc)
