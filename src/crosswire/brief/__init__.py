"""The brief: a story's facts, conflicts, quotes, timeline, entities and appearances.

``build_brief(store, story_ids=None) -> Brief``; ``Brief.to_dict()`` is the JSON contract
``crosswire.brief/1``; ``to_json()``, ``to_markdown()``, ``to_html()`` render it.
"""

from __future__ import annotations

from .build import brief_docs, build_brief
from .model import SCHEMA, Brief

__all__ = ["Brief", "SCHEMA", "brief_docs", "build_brief"]
