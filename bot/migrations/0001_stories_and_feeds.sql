-- Stories from every source, and the per-feed polling state.
CREATE TABLE stories (
    id           INTEGER PRIMARY KEY,
    source       TEXT    NOT NULL,              -- feed URL, or file:<folder>
    entry_key    TEXT    NOT NULL,              -- guid/id, else link, else content hash; files: relative path
    url          TEXT,
    title        TEXT    NOT NULL,
    published    TEXT,                          -- ISO-8601 UTC, nullable
    first_seen   TEXT    NOT NULL,              -- ISO-8601 UTC
    updated_at   TEXT    NOT NULL,
    body         TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    group_id     INTEGER NOT NULL,              -- id of the first story of its duplicate group
    signature    BLOB,                          -- near-duplicate signature (bot.dedupe)
    backlog      INTEGER NOT NULL DEFAULT 0,    -- stored from a first poll / start-up scan: never alerted
    UNIQUE (source, entry_key)
);
CREATE INDEX stories_by_time ON stories (COALESCE(published, first_seen) DESC, id DESC);
CREATE INDEX stories_by_group ON stories (group_id);

CREATE TABLE feeds (
    url                  TEXT PRIMARY KEY,
    name                 TEXT,
    etag                 TEXT,
    last_modified        TEXT,
    last_attempt         TEXT,
    last_success         TEXT,                  -- NULL: never polled successfully, so the next poll is backlog
    last_error           TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    next_due             TEXT
);

-- Small facts the bot keeps between runs (e.g. the hash of the last synced command tree).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
