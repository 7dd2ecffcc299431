"""Story and copy persistence (SQL for stories lives here, mixed into :class:`Store`).

Tables (see migrations 1 and 2): ``stories`` (one row per story), ``story_articles`` (which
story each article is in, its copy record and why it joined, in joining order) and
``story_signatures`` (the features an incremental run needs to place new articles
without recomputing the old ones).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Iterator

from ..errors import StoryNotFound

if TYPE_CHECKING:
    from ..stories.model import Story


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class StoredSignature:
    """One placed article's grouping state, as stored."""

    article_id: str
    story_id: str
    features: dict[str, Any]
    sketch: bytes


@dataclass
class StoryRow:
    """One article's placement, to be written."""

    article_id: str
    story_id: str
    copy_of: str | None
    similarity: float | None
    why: str | None
    kind: str | None
    evidence: dict[str, Any]
    features: dict[str, Any]
    sketch: bytes


class StoryTables:
    """Story queries; the stories stage owns this part of the store."""

    conn: sqlite3.Connection

    # -- grouping state ---------------------------------------------------------------------

    def unplaced_article_ids(self) -> list[str]:
        """Articles that are in no story yet, in ingest order."""
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles) ORDER BY seq")]

    def iter_story_signatures(self) -> Iterator[StoredSignature]:
        """Every placed article's stored features, story by story in joining order."""
        rows = self.conn.execute(
            "SELECT sa.article_id, sa.story_id, ss.features, ss.sketch"
            " FROM story_articles sa JOIN story_signatures ss ON ss.article_id = sa.article_id"
            " ORDER BY sa.story_id, sa.position")
        for row in rows:
            yield StoredSignature(row[0], row[1], json.loads(row[2]), bytes(row[3]))

    def save_story_placements(self, new_stories: list[tuple[str, str | None, dict[str, Any]]],
                              rows: list[StoryRow]) -> None:
        """Write new stories and placed articles in one transaction (all or nothing)."""
        now = _now()
        with self.transaction() as conn:  # type: ignore[attr-defined]
            conn.executemany(
                "INSERT OR IGNORE INTO stories (id, headline, data, created_at, updated_at) VALUES (?,?,?,?,?)",
                [(sid, headline, json.dumps(data, ensure_ascii=False), now, now) for sid, headline, data in new_stories])
            for row in rows:
                conn.execute(
                    "INSERT OR REPLACE INTO story_articles (article_id, story_id, copy_of, similarity, why, evidence,"
                    " position, kind) VALUES (?,?,?,?,?,?,"
                    " (SELECT COALESCE(MAX(position), 0) + 1 FROM story_articles WHERE story_id = ?), ?)",
                    (row.article_id, row.story_id, row.copy_of, row.similarity, row.why,
                     json.dumps(row.evidence, ensure_ascii=False), row.story_id, row.kind))
            # the minhash column of stores made before stories@10 is left NULL: blocking keys are
            # taken anew from the term counts
            conn.executemany(
                "INSERT OR REPLACE INTO story_signatures (article_id, features, sketch) VALUES (?,?,?)",
                [(r.article_id, json.dumps(r.features, ensure_ascii=False), r.sketch) for r in rows])
            conn.executemany("UPDATE stories SET updated_at = ? WHERE id = ?",
                             [(now, sid) for sid in sorted({r.story_id for r in rows})])

    def load_piece_stats(self, hashes: list[int]) -> dict[int, list[int]]:
        """Stored recurrence of the given line/sentence hashes: hash -> [articles, first day, last day]."""
        out: dict[int, list[int]] = {}
        for start in range(0, len(hashes), 900):
            chunk = hashes[start:start + 900]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(f"SELECT hash, n, first_day, last_day FROM story_pieces WHERE hash IN ({marks})",
                                         chunk):
                out[row[0]] = [row[1], row[2], row[3]]
        return out

    def save_piece_stats(self, stats: dict[int, list[int]]) -> None:
        with self.transaction() as conn:  # type: ignore[attr-defined]
            conn.executemany("INSERT OR REPLACE INTO story_pieces (hash, n, first_day, last_day) VALUES (?,?,?,?)",
                             [(h, e[0], e[1], e[2]) for h, e in stats.items()])

    def clear_stories(self) -> None:
        """Forget every story (the next update regroups all articles from scratch)."""
        with self.transaction() as conn:  # type: ignore[attr-defined]
            conn.execute("DELETE FROM story_signatures")
            conn.execute("DELETE FROM story_pieces")
            conn.execute("DELETE FROM story_articles")
            conn.execute("DELETE FROM stories")

    # -- reading stories --------------------------------------------------------------------

    def story_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM stories ORDER BY created_at, rowid")]

    def count_stories(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]

    def list_stories(self) -> list["Story"]:
        """All stories, oldest first (the order they were founded in)."""
        return self._load_stories(None)

    def get_story(self, story_id: str) -> "Story":
        """One story by id or unambiguous id prefix; :class:`StoryNotFound` otherwise."""
        row = self.conn.execute("SELECT id FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None and story_id.isalnum():
            # an unambiguous prefix is enough, as with git
            rows = self.conn.execute("SELECT id FROM stories WHERE id LIKE ? LIMIT 2", (story_id + "%",)).fetchall()
            row = rows[0] if len(rows) == 1 else None
            if len(rows) > 1:
                raise StoryNotFound(f"story id prefix {story_id!r} is ambiguous: give more characters")
        if row is None:
            raise StoryNotFound(f"no story {story_id!r}")
        return self._load_stories([row[0]])[0]

    def get_stories(self, story_ids: list[str]) -> list["Story"]:
        """Several stories by exact id, in the order given (unknown ids are skipped)."""
        found: dict[str, "Story"] = {}
        for start in range(0, len(story_ids), 500):
            for story in self._load_stories(story_ids[start:start + 500]):
                found[story.id] = story
        return [found[sid] for sid in story_ids if sid in found]

    def stories_of_articles(self, article_ids: list[str]) -> dict[str, str]:
        """article id -> story id, for the given articles that are placed."""
        out: dict[str, str] = {}
        for start in range(0, len(article_ids), 500):
            chunk = article_ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                    f"SELECT article_id, story_id FROM story_articles WHERE article_id IN ({marks})", chunk):
                out[row[0]] = row[1]
        return out

    def _load_stories(self, ids: list[str] | None) -> list["Story"]:
        from ..stories.model import Copy, Story

        if ids is None:
            heads = self.conn.execute("SELECT id, headline FROM stories ORDER BY created_at, rowid").fetchall()
            members = self.conn.execute(
                "SELECT sa.*, a.outlet, a.syndicated_from, a.published FROM story_articles sa"
                " JOIN articles a ON a.id = sa.article_id ORDER BY sa.story_id, sa.position").fetchall()
        else:
            marks = ",".join("?" * len(ids))
            heads = self.conn.execute(f"SELECT id, headline FROM stories WHERE id IN ({marks})", ids).fetchall()
            members = self.conn.execute(
                "SELECT sa.*, a.outlet, a.syndicated_from, a.published FROM story_articles sa"
                f" JOIN articles a ON a.id = sa.article_id WHERE sa.story_id IN ({marks})"
                " ORDER BY sa.story_id, sa.position", ids).fetchall()
        stories = {row["id"]: Story(id=row["id"], headline=row["headline"]) for row in heads}
        for row in members:
            story = stories.get(row["story_id"])
            if story is None:
                continue
            article = row["article_id"]
            story.article_ids.append(article)
            story.evidence[article] = json.loads(row["evidence"] or "{}")
            story.sources[article] = (row["syndicated_from"] or row["outlet"] or article).strip().lower()
            if row["copy_of"]:
                story.copies.append(Copy(article, row["copy_of"], float(row["similarity"] or 0.0),
                                         row["why"] or "", row["kind"] or "near"))
            published = row["published"]
            if published:
                if story.first_published is None or published < story.first_published:
                    story.first_published = published
                if story.last_published is None or published > story.last_published:
                    story.last_published = published
        return list(stories.values())
