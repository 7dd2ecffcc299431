"""Story and copy persistence (SQL for stories lives here, mixed into :class:`Store`)."""

from __future__ import annotations


class StoryTables:
    """Story queries; the stories stage owns this part of the store."""
