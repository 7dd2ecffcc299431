"""Cleaning: raw text or HTML to the article body, with every cut recorded.

``clean_stage`` is the pipeline stage (requires ``raw``, ``format``; assigns ``text``,
``removed``, ``title``). :func:`clean_text` and :func:`extract_html` are usable alone.
"""

from .stage import clean_doc, clean_stage
from .text import CleanResult, clean_text, looks_random
from .html import HtmlExtraction, extract_html

__all__ = ["clean_stage", "clean_doc", "clean_text", "CleanResult", "looks_random", "extract_html", "HtmlExtraction"]
