-- What the classifier found in each story: artists, interactions, summary.
CREATE TABLE artists (
    id          TEXT PRIMARY KEY,                -- roster slug, or new:<slug> for provisional artists
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    groups      TEXT NOT NULL DEFAULT '[]',      -- JSON array of group ids
    provisional INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE classifications (
    story_id          INTEGER PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
    interaction_story INTEGER NOT NULL,
    summary           TEXT    NOT NULL,
    classified_at     TEXT    NOT NULL
);

CREATE TABLE story_artists (
    story_id  INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    artist_id TEXT    NOT NULL,
    position  INTEGER NOT NULL,                  -- order of first mention in the story
    PRIMARY KEY (story_id, artist_id)
);
CREATE INDEX story_artists_by_artist ON story_artists (artist_id, story_id);

CREATE TABLE interactions (
    id        INTEGER PRIMARY KEY,
    story_id  INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    a         TEXT    NOT NULL,
    b         TEXT    NOT NULL,
    types     TEXT    NOT NULL,                  -- JSON array
    platform  TEXT    NOT NULL,
    headline  INTEGER NOT NULL,
    directed  INTEGER NOT NULL,
    evidence  TEXT    NOT NULL,
    occurred  TEXT    NOT NULL                   -- the story's date (published, else first seen), ISO UTC
);
CREATE INDEX interactions_by_a ON interactions (a, occurred DESC);
CREATE INDEX interactions_by_b ON interactions (b, occurred DESC);
CREATE INDEX interactions_by_story ON interactions (story_id);
CREATE INDEX interactions_by_date ON interactions (occurred DESC);
