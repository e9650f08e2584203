-- The Discord layer: where alerts go (routes, role pings, subscriptions), server-added feeds, and the delivery
-- outbox. Discord ids are snowflakes and fit SQLite INTEGER. Every guild-scoped table carries guild_id and every
-- query on it filters by guild_id, so one server never sees or changes another's setup.

CREATE TABLE guild_routes (
    id              INTEGER PRIMARY KEY,
    guild_id        INTEGER NOT NULL,
    channel_id      INTEGER NOT NULL,
    artist_id       TEXT,                          -- NULL: every alert; else one artist (a group covers members)
    disabled        INTEGER NOT NULL DEFAULT 0,    -- set when the bot lost access to the channel
    disabled_reason TEXT,
    created_by      INTEGER,
    created_at      TEXT    NOT NULL
);
CREATE UNIQUE INDEX guild_routes_unique ON guild_routes (guild_id, channel_id, COALESCE(artist_id, ''));
CREATE INDEX guild_routes_by_artist ON guild_routes (artist_id);

CREATE TABLE role_pings (
    guild_id   INTEGER NOT NULL,
    role_id    INTEGER NOT NULL,
    artist_id  TEXT    NOT NULL,
    created_by INTEGER,
    created_at TEXT    NOT NULL,
    PRIMARY KEY (guild_id, role_id, artist_id)
);
CREATE INDEX role_pings_by_artist ON role_pings (artist_id);

CREATE TABLE subscriptions (
    user_id    INTEGER NOT NULL,
    guild_id   INTEGER NOT NULL DEFAULT 0,         -- server where subscribed; 0 = from a DM
    artist_id  TEXT    NOT NULL,
    delivery   TEXT    NOT NULL CHECK (delivery IN ('dm', 'mention')),
    created_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, guild_id, artist_id)
);
CREATE INDEX subscriptions_by_artist ON subscriptions (artist_id);

CREATE TABLE guild_feeds (
    guild_id INTEGER NOT NULL,
    url      TEXT    NOT NULL REFERENCES feeds (url) ON DELETE CASCADE,
    name     TEXT,
    added_by INTEGER,
    added_at TEXT    NOT NULL,
    PRIMARY KEY (guild_id, url)
);
CREATE INDEX guild_feeds_by_url ON guild_feeds (url);

-- One row per (duplicate group, destination): written before sending, so a story group is posted at most once
-- per destination however often ingest, a restart or a retry runs.
CREATE TABLE deliveries (
    id              INTEGER PRIMARY KEY,
    story_id        INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    group_id        INTEGER NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('channel', 'dm', 'terminal')),
    destination     INTEGER NOT NULL,              -- channel id, user id, or 0 for the terminal
    guild_id        INTEGER,                       -- channel deliveries only
    status          TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'dead')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT    NOT NULL,
    message_id      INTEGER,
    channel_id      INTEGER,                       -- where the message landed (the DM channel for DMs)
    last_error      TEXT,
    created_at      TEXT    NOT NULL,
    sent_at         TEXT,
    payload         TEXT    NOT NULL DEFAULT '{}', -- JSON facts: role_ids, user_ids to mention
    UNIQUE (group_id, kind, destination)
);
CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at, id);

-- "Also reported by" edits of an already sent message when another story of its group arrives.
CREATE TABLE delivery_edits (
    id              INTEGER PRIMARY KEY,
    delivery_id     INTEGER NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    story_id        INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    status          TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dead')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT    NOT NULL,
    last_error      TEXT,
    created_at      TEXT    NOT NULL,
    done_at         TEXT,
    UNIQUE (delivery_id, story_id)
);
CREATE INDEX delivery_edits_due ON delivery_edits (status, next_attempt_at, id);

-- Admin notices already sent (e.g. "lost permission in #alerts"), so each is told once.
CREATE TABLE admin_notices (
    guild_id   INTEGER NOT NULL,
    reason_key TEXT    NOT NULL,
    sent_at    TEXT    NOT NULL,
    PRIMARY KEY (guild_id, reason_key)
);
