"""Corroboration: align a story's claims across independent sources.

``corroborate_story(docs, roots)`` returns the facts (with support per independent source),
conflicts, timeline, quote board, entities and appearances of one story.
"""

from __future__ import annotations

from typing import Any

__all__ = ["corroborate_story", "Findings"]


def __getattr__(name: str) -> Any:
    # lazy, so importing the package stays cheap
    if name in __all__:
        from . import story

        return getattr(story, name)
    raise AttributeError(name)
