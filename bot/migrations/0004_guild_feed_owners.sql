-- Which servers ever added a feed. guild_feeds forgets a feed when a server removes it, but that feed's stories
-- stay stored: without this record they would become public (visible to every server's /recent and routed to
-- every server). A story from a URL listed here is only ever shown to the servers listed with it.
CREATE TABLE guild_feed_owners (
    guild_id INTEGER NOT NULL,
    url      TEXT    NOT NULL,
    added_at TEXT    NOT NULL,
    PRIMARY KEY (url, guild_id)
);
CREATE INDEX guild_feed_owners_by_guild ON guild_feed_owners (guild_id);
INSERT OR IGNORE INTO guild_feed_owners (guild_id, url, added_at) SELECT guild_id, url, added_at FROM guild_feeds;
