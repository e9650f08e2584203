-- Admin notices become a small durable queue, like deliveries: a notice is written as 'pending' (with its
-- text) before it is sent, and marked 'sent' only once the sink has delivered it. Before this, the row was
-- written first and the send could fail (Discord outage, owner DMs closed and no system channel, a crash
-- between the two), after which the row blocked every later attempt and the admins were never told.
-- (guild_id, reason_key) stays unique, so each notice is still queued, and sent, at most once until an admin
-- clears it by setting the channel up again. Rows that exist already were sent: they migrate as 'sent'.
CREATE TABLE admin_notices_v6 (
    id              INTEGER PRIMARY KEY,
    guild_id        INTEGER NOT NULL,
    reason_key      TEXT    NOT NULL,
    text            TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dead')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT    NOT NULL,
    last_error      TEXT,
    created_at      TEXT    NOT NULL,
    sent_at         TEXT,
    UNIQUE (guild_id, reason_key)
);
INSERT INTO admin_notices_v6 (guild_id, reason_key, text, status, attempts, next_attempt_at, created_at, sent_at)
    SELECT guild_id, reason_key, '', 'sent', 1, sent_at, sent_at, sent_at FROM admin_notices;
DROP TABLE admin_notices;
ALTER TABLE admin_notices_v6 RENAME TO admin_notices;
CREATE INDEX admin_notices_due ON admin_notices (status, next_attempt_at, id);
