-- A new (non-backlog) story is "announced" once the outbox has queued its deliveries. Stories stored by
-- another process (`biasbot ingest` beside a running bot) or before a crash are found by this flag and
-- announced by the next outbox round, so no alert is dropped. Rows that exist already count as announced.
ALTER TABLE stories ADD COLUMN announced INTEGER NOT NULL DEFAULT 1;
CREATE INDEX stories_unannounced ON stories (id) WHERE announced = 0;
