"""The Brief: stories with facts, conflicts, quotes, timeline, entities, appearances.

Serialises to the JSON contract ``crosswire.brief/1`` (``to_dict``/``to_json``), to Markdown
for a terminal and to one self-contained HTML page (every article string escaped).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "crosswire.brief/1"

#: the Story fields of the contract, in order; anything else on a story is additive
STORY_FIELDS = ("id", "headline", "articles", "facts", "conflicts", "quotes", "timeline", "entities", "appearances")


@dataclass
class Brief:
    stories: list[dict[str, Any]] = field(default_factory=list)
    #: "name@version" of every stage that produced this brief
    pipeline: list[str] = field(default_factory=list)
    generated_at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "generated_at": self.generated_at,
            "pipeline": list(self.pipeline),
            "stories": [_ordered(s) for s in self.stories],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        from .render import render_markdown

        return render_markdown(self.to_dict())

    def to_html(self) -> str:
        from .render import render_html

        return render_html(self.to_dict())

    def render(self, fmt: str) -> str:
        """``json``, ``md`` (or ``markdown``) or ``html``."""
        fmt = fmt.lower()
        if fmt == "json":
            return self.to_json()
        if fmt in ("md", "markdown"):
            return self.to_markdown()
        if fmt == "html":
            return self.to_html()
        from ..errors import ValidationError

        raise ValidationError(f"unknown brief format {fmt!r} (json, md, html)")

    def story(self, story_id: str) -> dict[str, Any]:
        for s in self.stories:
            if s["id"] == story_id:
                return s
        from ..errors import StoryNotFound

        raise StoryNotFound(f"no story {story_id!r} in this brief")


def _ordered(story: dict[str, Any]) -> dict[str, Any]:
    out = {k: story.get(k, [] if k not in ("id", "headline") else None) for k in STORY_FIELDS}
    out.update({k: v for k, v in story.items() if k not in out})
    return out
