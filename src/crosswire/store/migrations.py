"""Versioned schema migrations. Append a new entry; never edit a released one.

``PRAGMA user_version`` holds how many have been applied; each runs in its own
transaction, so a crash mid-migration leaves the previous version intact.
"""

MIGRATIONS: list[str] = [
    # 1: articles, cached extraction, stories and copies, runs
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        path TEXT,
        source_id TEXT,
        url TEXT,
        format TEXT NOT NULL,
        title TEXT,
        outlet TEXT,
        published TEXT,
        syndicated_from TEXT,
        text TEXT NOT NULL,
        doc TEXT NOT NULL,              -- the whole Doc as JSON (raw, removed, meta, extra)
        ingested_at TEXT NOT NULL,
        seq INTEGER NOT NULL            -- insertion order, for stable listings
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE TABLE extractions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        pipeline TEXT NOT NULL,         -- "name@version,..." of the stages that made the spans
        context_date TEXT,              -- the reference date used when published is unknown
        spans TEXT NOT NULL,            -- JSON list of spans
        PRIMARY KEY (article_id, pipeline, context_date)
    );
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        headline TEXT,
        data TEXT NOT NULL DEFAULT '{}',  -- JSON: centroid terms, dates, entities for incremental joins
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE story_articles (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        copy_of TEXT,                   -- article id this one copies, or NULL for an own report
        similarity REAL,
        why TEXT,
        evidence TEXT NOT NULL DEFAULT '{}'  -- JSON: why the article joined the story
    );
    CREATE INDEX story_articles_story ON story_articles(story_id);
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        command TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        stats TEXT NOT NULL DEFAULT '{}'
    );
    """,
    # 2: story grouping state (owned by stories/): per-article features for incremental joins,
    #    and the order articles joined their story
    """
    CREATE TABLE story_signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        features TEXT NOT NULL,         -- JSON: term counts, names, numbers, event dates, body hash
        sketch BLOB NOT NULL,           -- bottom-k 5-word-shingle hashes (uint32), for copy detection
        minhash BLOB                    -- blocking MinHash hash values (uint64), NULL when no terms
    );
    ALTER TABLE story_articles ADD COLUMN position INTEGER;
    ALTER TABLE story_articles ADD COLUMN kind TEXT
    """,
    # 3: how often each line/sentence (or its template) recurs across articles, and over which
    #    days: story grouping ignores site chrome that recurs for months (owned by stories/)
    """
    CREATE TABLE story_pieces (
        hash INTEGER PRIMARY KEY,       -- crc32 of a normalised line or sentence, or of its template
        n INTEGER NOT NULL,             -- articles it occurs in
        first_day INTEGER NOT NULL,     -- ordinal of the earliest publication date (0: none known)
        last_day INTEGER NOT NULL
    )
    """,
]
