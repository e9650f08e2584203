"""The only module that speaks SQL.

Typed rows go out, domain errors go out: callers never see ``sqlite3`` exceptions or tuples. Schema changes
are numbered files in ``bot/migrations`` applied in one transaction keyed by ``PRAGMA user_version``, so a
database is always at a known version and a failed upgrade leaves it untouched.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import aiosqlite

from bot.models import ArtistRef, Classification, FeedState, Interaction, StoryInput, StoryRow

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
UpsertStatus = Literal["new", "updated", "unchanged"]


def utcnow() -> datetime:
    return datetime.now(UTC)


class StoreError(Exception):
    """Storage failed; the message is safe to show an operator."""


class StoreBusyError(StoreError):
    """The database stayed locked by another process past the busy timeout."""


class StoreCorruptError(StoreError):
    """The file is not a usable biasbot database (corrupt, foreign, or from a newer biasbot)."""


class StoreLimitError(StoreError):
    """A per-server limit was reached; checked inside the write so two concurrent adds cannot both pass."""

    def __init__(self, count: int, limit: int) -> None:
        super().__init__(f"limit of {limit} reached ({count} present)")
        self.count = count
        self.limit = limit


# --- rows ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UpsertResult:
    story_id: int
    status: UpsertStatus
    group_id: int
    #: True when the story joined an existing duplicate group (another source reported it first).
    duplicate: bool = False


@dataclass(frozen=True, slots=True)
class InteractionRow:
    """One stored interaction with what a timeline needs of its story."""

    id: int
    story_id: int
    a: ArtistRef
    b: ArtistRef
    types: tuple[str, ...]
    platform: str
    headline: bool
    directed: bool
    evidence: str
    occurred: datetime
    story_title: str
    story_url: str | None
    story_source: str


@dataclass(frozen=True, slots=True)
class PartnerCount:
    artist: ArtistRef
    count: int


@dataclass(frozen=True, slots=True)
class ArtistStats:
    artist_id: str
    stories: int
    interactions: int
    top_partners: tuple[PartnerCount, ...]


@dataclass(frozen=True, slots=True)
class SignatureRow:
    story_id: int
    group_id: int
    signature: bytes


# --- conversions --------------------------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to storage; use timezone-aware UTC")
    return value.astimezone(UTC).isoformat(timespec="seconds")


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def content_hash(story: StoryInput) -> str:
    """What decides 'changed': the visible content, not the fetch time."""
    digest = hashlib.sha256()
    for part in (story.title, story.url or "", _iso(story.published) or "", story.body):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def _migrations() -> list[tuple[int, str, str]]:
    folder = resources.files("bot") / "migrations"
    found: list[tuple[int, str, str]] = []
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    for expected, (number, name, _) in enumerate(found, start=1):
        if number != expected:
            raise StoreError(f"migration numbering has a gap or duplicate at {name}")
    return found


def _probe(path: Path, busy_timeout_ms: int) -> None:
    conn = sqlite3.connect(path, timeout=busy_timeout_ms / 1000)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    finally:
        conn.close()


def _translate(exc: sqlite3.Error) -> StoreError:
    text = str(exc)
    if isinstance(exc, sqlite3.OperationalError) and "locked" in text:
        return StoreBusyError("database is locked by another process; try again when it is done")
    if isinstance(exc, sqlite3.DatabaseError) and ("not a database" in text or "malformed" in text):
        return StoreCorruptError(f"database file is unusable: {text}")
    return StoreError(f"database error: {text}")


_STORY_COLUMNS = (
    "id, source, entry_key, url, title, published, first_seen, body, content_hash, group_id, backlog"
)


def _story_row(row: sqlite3.Row | Sequence[Any]) -> StoryRow:
    return StoryRow(
        id=row[0], source=row[1], entry_key=row[2], url=row[3], title=row[4], published=_dt(row[5]),
        first_seen=datetime.fromisoformat(row[6]), body=row[7], content_hash=row[8], group_id=row[9],
        backlog=bool(row[10]),
    )


class Store:
    """Async access to the biasbot database (one connection, WAL, foreign keys on)."""

    def __init__(self, conn: aiosqlite.Connection, path: Path, clock: Clock) -> None:
        self._conn = conn
        self.path = path
        self.clock = clock
        self._write_lock = asyncio.Lock()

    # -- lifecycle --

    @classmethod
    async def open(cls, path: str | Path, *, clock: Clock = utcnow, busy_timeout_ms: int = 5000) -> Store:
        path = Path(path)
        if path.parent and not path.parent.exists():
            raise StoreError(f"database folder does not exist: {path.parent}")
        try:
            # Probe with plain sqlite3 first: when aiosqlite fails to connect, its worker thread outlives the
            # error and later complains about a closed event loop instead of dying quietly.
            await asyncio.to_thread(_probe, path, busy_timeout_ms)
            conn = await aiosqlite.connect(path, isolation_level=None)
        except sqlite3.Error as exc:
            raise _translate(exc) from exc
        store = cls(conn, path, clock)
        try:
            await conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA synchronous = NORMAL")
            await conn.execute("PRAGMA foreign_keys = ON")
            await store._migrate()
        except sqlite3.Error as exc:
            await conn.close()
            raise _translate(exc) from exc
        except StoreError:
            await conn.close()
            raise
        return store

    async def close(self) -> None:
        await self._conn.close()

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _migrate(self) -> None:
        migrations = _migrations()
        async with self._conn.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        current = int(row[0]) if row else 0
        if current > len(migrations):
            raise StoreCorruptError(
                f"database {self.path} is at schema version {current}, newer than this biasbot "
                f"({len(migrations)}); upgrade biasbot"
            )
        pending = [m for m in migrations if m[0] > current]
        if not pending:
            return
        # executescript() would COMMIT first; run statements one by one inside our own transaction instead.
        await self._conn.execute("BEGIN IMMEDIATE")
        try:
            for number, name, sql in pending:
                for statement in _split_sql(sql):
                    await self._conn.execute(statement)
                log.debug("applied migration %s", name)
                await self._conn.execute(f"PRAGMA user_version = {number}")
            await self._conn.execute("COMMIT")
        except BaseException:
            await self._conn.execute("ROLLBACK")
            raise
        if current:
            log.info("database %s upgraded from schema version %d to %d", self.path, current, pending[-1][0])

    async def schema_version(self) -> int:
        row = await self._one("PRAGMA user_version")
        return int(row[0]) if row else 0

    # -- plumbing --

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction; SQLite errors leave as :class:`StoreError`.

        Every coroutine shares one connection, so writers take turns on ``_write_lock``: without it a second
        ``BEGIN`` would fail, or a single-statement write would land inside (and roll back with) another's
        transaction.
        """
        async with self._write_lock:
            try:
                await self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise _translate(exc) from exc
            try:
                yield self._conn
            except sqlite3.Error as exc:
                await self._conn.execute("ROLLBACK")
                raise _translate(exc) from exc
            except BaseException:
                await self._conn.execute("ROLLBACK")
                raise
            else:
                try:
                    await self._conn.execute("COMMIT")
                except sqlite3.Error as exc:
                    raise _translate(exc) from exc

    async def _one(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        try:
            async with self._conn.execute(sql, params) as cur:
                return await cur.fetchone()
        except sqlite3.Error as exc:
            raise _translate(exc) from exc

    async def _all(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        try:
            async with self._conn.execute(sql, params) as cur:
                return list(await cur.fetchall())
        except sqlite3.Error as exc:
            raise _translate(exc) from exc

    async def _write(self, sql: str, params: Sequence[Any] = ()) -> int:
        """A single-statement write (autocommit); returns lastrowid."""
        return (await self._exec_insert(sql, params))[1]

    # ---- stories ----

    async def upsert_stories(
        self,
        stories: Iterable[tuple[StoryInput, bytes | None, int | None]],
        *,
        backlog: bool,
    ) -> list[UpsertResult]:
        """Insert or update many stories in one transaction.

        Each item is ``(story, signature, duplicate_group)``: ``duplicate_group`` is the group a near-duplicate
        index matched (or None for a group of its own). Same ``(source, entry_key)`` with the same content is
        ``unchanged`` and writes nothing, which is what makes ingest idempotent.
        """
        items = list(stories)
        now = _iso(self.clock())
        digests = [content_hash(story) for story, _, _ in items]
        keys = [(story.source, story.entry_key) for story, _, _ in items]
        # Few round trips per batch, not per story: one SELECT for what exists, executemany for the writes.
        async with self.transaction() as conn:
            existing = await self._existing_stories(conn, keys)
            first: dict[tuple[str, str], int] = {}
            updates: list[tuple[Any, ...]] = []
            inserts: list[tuple[Any, ...]] = []
            for index, ((story, signature, duplicate_group), digest, key) in enumerate(
                zip(items, digests, keys, strict=True)
            ):
                if key in first:
                    continue  # the same entry twice in one feed: the first one counts
                first[key] = index
                found = existing.get(key)
                if found is None:
                    inserts.append((story.source, story.entry_key, story.url, story.title, _iso(story.published),
                                    now, now, story.body, digest, duplicate_group or 0, signature, int(backlog),
                                    int(backlog)))
                elif found[1] != digest:
                    updates.append((story.url, story.title, _iso(story.published), story.body, digest, signature,
                                    now, found[0]))
            if updates:
                await conn.executemany(
                    "UPDATE stories SET url = ?, title = ?, published = ?, body = ?, content_hash = ?,"
                    " signature = COALESCE(?, signature), updated_at = ? WHERE id = ?",
                    updates,
                )
            if inserts:
                await conn.executemany(
                    "INSERT INTO stories (source, entry_key, url, title, published, first_seen, updated_at,"
                    " body, content_hash, group_id, signature, backlog, announced)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    inserts,
                )
                await conn.execute("UPDATE stories SET group_id = id WHERE group_id = 0")
                inserted = await self._existing_stories(conn, [(row[0], row[1]) for row in inserts])
            else:
                inserted = {}
        results: list[UpsertResult] = []
        for index, ((_, _, duplicate_group), digest, key) in enumerate(zip(items, digests, keys, strict=True)):
            if first[key] != index:
                prior = results[first[key]]
                results.append(UpsertResult(prior.story_id, "unchanged", prior.group_id))
            elif key in inserted:
                story_id, _, group_id = inserted[key]
                results.append(UpsertResult(story_id, "new", group_id, duplicate=duplicate_group is not None))
            else:
                story_id, old_digest, group_id = existing[key]
                results.append(UpsertResult(story_id, "unchanged" if old_digest == digest else "updated", group_id))
        return results

    @staticmethod
    async def _existing_stories(
        conn: aiosqlite.Connection, keys: Sequence[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[int, str, int]]:
        """``(source, entry_key) -> (id, content_hash, group_id)`` for the keys that are stored."""
        by_source: dict[str, list[str]] = {}
        for source, entry_key in keys:
            by_source.setdefault(source, []).append(entry_key)
        found: dict[tuple[str, str], tuple[int, str, int]] = {}
        for source, entry_keys in by_source.items():
            unique = list(dict.fromkeys(entry_keys))
            for start in range(0, len(unique), 500):
                chunk = unique[start:start + 500]
                async with conn.execute(
                    "SELECT entry_key, id, content_hash, group_id FROM stories WHERE source = ?"
                    f" AND entry_key IN ({','.join('?' * len(chunk))})",
                    (source, *chunk),
                ) as cur:
                    for row in await cur.fetchall():
                        found[(source, row[0])] = (row[1], row[2], row[3])
        return found

    async def upsert_story(
        self, story: StoryInput, *, backlog: bool, signature: bytes | None = None,
        duplicate_group: int | None = None,
    ) -> UpsertResult:
        (result,) = await self.upsert_stories([(story, signature, duplicate_group)], backlog=backlog)
        return result

    async def get_story(self, story_id: int) -> StoryRow | None:
        row = await self._one(f"SELECT {_STORY_COLUMNS} FROM stories WHERE id = ?", (story_id,))
        if row is None:
            return None
        story = _story_row(row)
        classification = await self.get_classification(story_id)
        return _with_classification(story, classification)

    async def list_stories(
        self, *, limit: int = 20, artist_id: str | None = None, include_classification: bool = False,
    ) -> list[StoryRow]:
        """Newest first (published date, else first seen)."""
        if artist_id is None:
            rows = await self._all(
                f"SELECT {_STORY_COLUMNS} FROM stories "
                "ORDER BY COALESCE(published, first_seen) DESC, id DESC LIMIT ?",
                (limit,),
            )
        else:
            rows = await self._all(
                f"SELECT {', '.join('s.' + c.strip() for c in _STORY_COLUMNS.split(','))} FROM stories s "
                "JOIN story_artists sa ON sa.story_id = s.id WHERE sa.artist_id = ? "
                "ORDER BY COALESCE(s.published, s.first_seen) DESC, s.id DESC LIMIT ?",
                (artist_id, limit),
            )
        stories = [_story_row(r) for r in rows]
        if include_classification:
            stories = [_with_classification(s, await self.get_classification(s.id)) for s in stories]
        return stories

    async def unannounced_story_ids(self, *, limit: int = 100) -> list[int]:
        """New stories whose deliveries nobody has queued yet, oldest first."""
        rows = await self._all("SELECT id FROM stories WHERE announced = 0 ORDER BY id LIMIT ?", (limit,))
        return [int(r[0]) for r in rows]

    async def mark_announced(self, story_id: int) -> None:
        await self._write("UPDATE stories SET announced = 1 WHERE id = ? AND announced = 0", (story_id,))

    async def set_story_group(self, story_id: int, group_id: int) -> None:
        """Move a story into another duplicate group (a near-duplicate found after it was stored)."""
        await self._write("UPDATE stories SET group_id = ? WHERE id = ?", (group_id, story_id))

    async def source_has_stories(self, source: str) -> bool:
        """Whether anything was stored from ``source`` before: a source's first batch is backlog."""
        return await self._one("SELECT 1 FROM stories WHERE source = ? LIMIT 1", (source,)) is not None

    async def count_stories(self) -> int:
        row = await self._one("SELECT COUNT(*) FROM stories")
        return int(row[0]) if row else 0

    async def stories_in_group(self, group_id: int) -> list[StoryRow]:
        rows = await self._all(
            f"SELECT {_STORY_COLUMNS} FROM stories WHERE group_id = ? ORDER BY id", (group_id,)
        )
        return [_story_row(r) for r in rows]

    async def signatures(self, *, limit: int = 20_000) -> list[SignatureRow]:
        """The newest stored near-duplicate signatures, to rebuild the in-memory index at start-up."""
        rows = await self._all(
            "SELECT id, group_id, signature FROM stories WHERE signature IS NOT NULL ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        return [SignatureRow(r[0], r[1], bytes(r[2])) for r in reversed(rows)]

    async def story_ids(self) -> list[int]:
        rows = await self._all("SELECT id FROM stories ORDER BY id")
        return [int(r[0]) for r in rows]

    # ---- feeds ----

    _FEED_COLUMNS = (
        "url, name, etag, last_modified, last_success, last_error, consecutive_failures, next_due, last_attempt"
    )

    async def get_feed_state(self, url: str) -> FeedState | None:
        row = await self._one(f"SELECT {self._FEED_COLUMNS} FROM feeds WHERE url = ?", (url,))
        return _feed_state(row) if row else None

    async def list_feed_states(self) -> list[FeedState]:
        rows = await self._all(f"SELECT {self._FEED_COLUMNS} FROM feeds ORDER BY url")
        return [_feed_state(r) for r in rows]

    async def save_feed_state(self, state: FeedState) -> None:
        await self._write(
            f"INSERT INTO feeds ({self._FEED_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT (url) DO UPDATE SET name = COALESCE(excluded.name, feeds.name), etag = excluded.etag,"
            " last_modified = excluded.last_modified, last_success = excluded.last_success,"
            " last_error = excluded.last_error, consecutive_failures = excluded.consecutive_failures,"
            " next_due = excluded.next_due, last_attempt = excluded.last_attempt",
            (state.url, state.name, state.etag, state.last_modified, _iso(state.last_success), state.last_error,
             state.consecutive_failures, _iso(state.next_due), _iso(state.last_attempt)),
        )

    # ---- classification ----

    async def save_classification(self, story_id: int, result: Classification) -> None:
        """Replace what is stored for the story with ``result`` (reclassify uses the same path)."""
        row = await self._one("SELECT COALESCE(published, first_seen) FROM stories WHERE id = ?", (story_id,))
        if row is None:
            raise StoreError(f"no story with id {story_id}")
        occurred = row[0]
        now = _iso(self.clock())
        async with self.transaction() as conn:
            await conn.execute("DELETE FROM story_artists WHERE story_id = ?", (story_id,))
            await conn.execute("DELETE FROM interactions WHERE story_id = ?", (story_id,))
            await conn.executemany(
                "INSERT INTO artists (id, name, kind, groups, provisional) VALUES (?,?,?,?,?)"
                " ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
                " groups = excluded.groups",
                [(a.id, a.name, a.kind, json.dumps(list(a.groups)), int(a.id.startswith("new:")))
                 for a in result.artists],
            )
            await conn.executemany(
                "INSERT OR IGNORE INTO story_artists (story_id, artist_id, position) VALUES (?,?,?)",
                [(story_id, a.id, pos) for pos, a in enumerate(result.artists)],
            )
            await conn.executemany(
                "INSERT INTO interactions (story_id, a, b, types, platform, headline, directed, evidence,"
                " occurred) VALUES (?,?,?,?,?,?,?,?,?)",
                [(story_id, i.a, i.b, json.dumps(list(i.types)), i.platform, int(i.headline), int(i.directed),
                  i.evidence, occurred) for i in result.interactions],
            )
            await conn.execute(
                "INSERT INTO classifications (story_id, interaction_story, summary, classified_at)"
                " VALUES (?,?,?,?) ON CONFLICT (story_id) DO UPDATE SET"
                " interaction_story = excluded.interaction_story, summary = excluded.summary,"
                " classified_at = excluded.classified_at",
                (story_id, int(result.interaction_story), result.summary, now),
            )

    async def unclassified(self, story_ids: Sequence[int]) -> set[int]:
        """Which of ``story_ids`` have no stored classification."""
        missing: set[int] = set()
        for start in range(0, len(story_ids), 500):
            chunk = list(story_ids[start:start + 500])
            rows = await self._all(
                f"SELECT id FROM stories WHERE id IN ({','.join('?' * len(chunk))})"
                " AND id NOT IN (SELECT story_id FROM classifications)",
                chunk,
            )
            missing.update(int(r[0]) for r in rows)
        return missing

    async def get_classification(self, story_id: int) -> Classification | None:
        head = await self._one(
            "SELECT interaction_story, summary FROM classifications WHERE story_id = ?", (story_id,)
        )
        if head is None:
            return None
        artists = await self._all(
            "SELECT a.id, a.name, a.kind, a.groups FROM story_artists sa JOIN artists a ON a.id = sa.artist_id"
            " WHERE sa.story_id = ? ORDER BY sa.position",
            (story_id,),
        )
        interactions = await self._all(
            "SELECT a, b, types, platform, headline, evidence, directed FROM interactions WHERE story_id = ?"
            " ORDER BY headline DESC, id",
            (story_id,),
        )
        return Classification(
            artists=tuple(_artist_ref(r) for r in artists),
            interactions=tuple(
                Interaction(a=r[0], b=r[1], types=tuple(json.loads(r[2])), platform=r[3], headline=bool(r[4]),
                            evidence=r[5], directed=bool(r[6]))
                for r in interactions
            ),
            interaction_story=bool(head[0]),
            summary=head[1],
        )

    async def get_artist(self, artist_id: str) -> ArtistRef | None:
        row = await self._one("SELECT id, name, kind, groups FROM artists WHERE id = ?", (artist_id,))
        return _artist_ref(row) if row else None

    async def provisional_artists(self) -> list[ArtistRef]:
        rows = await self._all("SELECT id, name, kind, groups FROM artists WHERE provisional = 1 ORDER BY name")
        return [_artist_ref(r) for r in rows]

    async def interactions_for(
        self,
        artist_ids: Sequence[str],
        *,
        with_ids: Sequence[str] | None = None,
        type_: str | None = None,
        platform: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[InteractionRow]:
        """Newest first. ``artist_ids`` is one artist (or a group with its members); ``with_ids`` the other side.

        One row per stored interaction, so a pair reported by two stories shows twice, once per source.
        """
        if not artist_ids:
            return []
        mine = ",".join("?" * len(artist_ids))
        where = [f"(i.a IN ({mine}) OR i.b IN ({mine}))"]
        params: list[Any] = [*artist_ids, *artist_ids]
        if with_ids:
            theirs = ",".join("?" * len(with_ids))
            where.append(
                f"((i.a IN ({mine}) AND i.b IN ({theirs})) OR (i.b IN ({mine}) AND i.a IN ({theirs})))"
            )
            params += [*artist_ids, *with_ids, *artist_ids, *with_ids]
        if type_:
            where.append("EXISTS (SELECT 1 FROM json_each(i.types) t WHERE t.value = ?)")
            params.append(type_)
        if platform:
            where.append("i.platform = ?")
            params.append(platform)
        params += [limit, offset]
        rows = await self._all(
            "SELECT i.id, i.story_id, i.a, i.b, i.types, i.platform, i.headline, i.directed, i.evidence,"
            " i.occurred, s.title, s.url, s.source,"
            " aa.name, aa.kind, aa.groups, ab.name, ab.kind, ab.groups"
            " FROM interactions i JOIN stories s ON s.id = i.story_id"
            " LEFT JOIN artists aa ON aa.id = i.a LEFT JOIN artists ab ON ab.id = i.b"
            f" WHERE {' AND '.join(where)}"
            " ORDER BY i.occurred DESC, i.story_id DESC, i.headline DESC, i.id LIMIT ? OFFSET ?",
            params,
        )
        return [
            InteractionRow(
                id=r[0], story_id=r[1],
                a=ArtistRef(r[2], r[13] or r[2], r[14] or "person", tuple(json.loads(r[15] or "[]"))),
                b=ArtistRef(r[3], r[16] or r[3], r[17] or "person", tuple(json.loads(r[18] or "[]"))),
                types=tuple(json.loads(r[4])), platform=r[5], headline=bool(r[6]), directed=bool(r[7]),
                evidence=r[8], occurred=datetime.fromisoformat(r[9]), story_title=r[10], story_url=r[11],
                story_source=r[12],
            )
            for r in rows
        ]

    # ---- meta (small key/value facts, e.g. the synced command-tree hash) ----

    async def get_meta(self, key: str) -> str | None:
        row = await self._one("SELECT value FROM meta WHERE key = ?", (key,))
        return str(row[0]) if row else None

    async def set_meta(self, key: str, value: str) -> None:
        await self._write(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # ---- discord ----
    # (routes, subscriptions, guild feeds and the delivery outbox: owned by the Discord layer's services)

    # Everything below, to the end of the class, serves bot/routing.py, bot/subscriptions.py,
    # bot/guildfeeds.py and bot/delivery.py. Every guild-scoped statement filters by guild_id.

    async def _exec_count(self, sql: str, params: Sequence[Any] = ()) -> int:
        """A single-statement write (autocommit); returns how many rows it changed."""
        return (await self._exec_insert(sql, params))[0]

    async def _exec_insert(self, sql: str, params: Sequence[Any] = ()) -> tuple[int, int]:
        """A single-statement write (autocommit); returns ``(rowcount, lastrowid)``.

        (``INSERT OR IGNORE`` + rowcount rather than ``RETURNING``, which needs SQLite 3.35.)
        """
        async with self._write_lock:
            try:
                async with self._conn.execute(sql, params) as cur:
                    return cur.rowcount, cur.lastrowid or 0
            except sqlite3.Error as exc:
                raise _translate(exc) from exc

    # -- routes and role pings --

    async def set_route(
        self, guild_id: int, channel_id: int, artist_id: str | None, *, created_by: int | None = None,
    ) -> tuple[RouteRow, bool]:
        """Add the route, or re-enable it if it exists; returns the row and whether it is new.

        The Discord layer's writes are single statements (no ``BEGIN``), so they never collide with another
        coroutine's transaction on the shared connection.
        """
        key = (guild_id, channel_id, artist_id)
        same = "guild_id = ? AND channel_id = ? AND COALESCE(artist_id, '') = COALESCE(?, '')"
        created, _ = await self._exec_insert(
            "INSERT OR IGNORE INTO guild_routes (guild_id, channel_id, artist_id, created_by, created_at)"
            " VALUES (?,?,?,?,?)",
            (*key, created_by, _iso(self.clock())),
        )
        if not created:
            await self._write(f"UPDATE guild_routes SET disabled = 0, disabled_reason = NULL WHERE {same}", key)
        row = await self._one(f"SELECT {_ROUTE_COLUMNS} FROM guild_routes WHERE {same}", key)
        if row is None:
            raise StoreError("route was not saved")
        return _route_row(row), bool(created)

    async def remove_route(self, guild_id: int, channel_id: int, artist_id: str | None) -> bool:
        """Delete the route; when it was the channel's last one, alerts still queued for the channel are dropped.

        An admin who removes a channel's alerts expects silence there, not a backlog still arriving. While
        another route to the channel remains, queued alerts stay: they may be what that route asked for.
        """
        async with self.transaction() as conn:
            cur = await conn.execute(
                "DELETE FROM guild_routes WHERE guild_id = ? AND channel_id = ?"
                " AND COALESCE(artist_id, '') = COALESCE(?, '')",
                (guild_id, channel_id, artist_id),
            )
            if cur.rowcount <= 0:
                return False
            await conn.execute(
                "UPDATE deliveries SET status = 'failed', last_error = 'alert route removed'"
                " WHERE kind = 'channel' AND guild_id = ? AND destination = ? AND status = 'pending'"
                " AND NOT EXISTS (SELECT 1 FROM guild_routes WHERE guild_id = ? AND channel_id = ? AND disabled = 0)",
                (guild_id, channel_id, guild_id, channel_id),
            )
        return True

    async def list_routes(self, guild_id: int) -> list[RouteRow]:
        rows = await self._all(
            f"SELECT {_ROUTE_COLUMNS} FROM guild_routes WHERE guild_id = ?"
            " ORDER BY channel_id, artist_id IS NOT NULL, artist_id",
            (guild_id,),
        )
        return [_route_row(r) for r in rows]

    async def count_routes(self, guild_id: int) -> int:
        row = await self._one("SELECT COUNT(*) FROM guild_routes WHERE guild_id = ?", (guild_id,))
        return int(row[0]) if row else 0

    async def disable_routes(self, guild_id: int, channel_id: int, reason: str) -> int:
        """Disable every route of the guild to the channel (lost access); returns how many were enabled."""
        count = await self._exec_count(
            "UPDATE guild_routes SET disabled = 1, disabled_reason = ?"
            " WHERE guild_id = ? AND channel_id = ? AND disabled = 0",
            (reason, guild_id, channel_id),
        )
        return count

    async def set_role_ping(
        self, guild_id: int, role_id: int, artist_id: str, *, created_by: int | None = None,
    ) -> bool:
        count = await self._exec_count(
            "INSERT OR IGNORE INTO role_pings (guild_id, role_id, artist_id, created_by, created_at)"
            " VALUES (?,?,?,?,?)",
            (guild_id, role_id, artist_id, created_by, _iso(self.clock())),
        )
        return count > 0

    async def remove_role_ping(self, guild_id: int, role_id: int, artist_id: str | None = None) -> int:
        """Remove the role's ping for one artist, or for every artist when ``artist_id`` is None."""
        count = await self._exec_count(
            "DELETE FROM role_pings WHERE guild_id = ? AND role_id = ? AND (? IS NULL OR artist_id = ?)",
            (guild_id, role_id, artist_id, artist_id),
        )
        return count

    async def list_role_pings(self, guild_id: int) -> list[RolePingRow]:
        rows = await self._all(
            "SELECT guild_id, role_id, artist_id, created_by, created_at FROM role_pings WHERE guild_id = ?"
            " ORDER BY artist_id, role_id",
            (guild_id,),
        )
        return [_role_ping_row(r) for r in rows]

    async def count_role_pings(self, guild_id: int) -> int:
        row = await self._one("SELECT COUNT(*) FROM role_pings WHERE guild_id = ?", (guild_id,))
        return int(row[0]) if row else 0

    # -- subscriptions (guild_id None = subscribed from a DM; stored as 0) --

    async def subscribe(self, user_id: int, guild_id: int | None, artist_id: str, delivery: str) -> bool:
        """Add or change a subscription; True when it is new."""
        key = (user_id, guild_id or 0, artist_id)
        before = await self._one(
            "SELECT 1 FROM subscriptions WHERE user_id = ? AND guild_id = ? AND artist_id = ?", key
        )
        await self._write(
            "INSERT INTO subscriptions (user_id, guild_id, artist_id, delivery, created_at) VALUES (?,?,?,?,?)"
            " ON CONFLICT (user_id, guild_id, artist_id) DO UPDATE SET delivery = excluded.delivery",
            (*key, delivery, _iso(self.clock())),
        )
        return before is None

    async def unsubscribe(self, user_id: int, guild_id: int | None, artist_id: str) -> bool:
        """Delete the subscription; once the user has no DM subscription left, DMs still queued are dropped.

        Someone who unsubscribed from everything expects no more DMs, not a backlog still arriving.
        """
        async with self.transaction() as conn:
            cur = await conn.execute(
                "DELETE FROM subscriptions WHERE user_id = ? AND guild_id = ? AND artist_id = ?",
                (user_id, guild_id or 0, artist_id),
            )
            if cur.rowcount <= 0:
                return False
            await conn.execute(
                "UPDATE deliveries SET status = 'failed', last_error = 'unsubscribed'"
                " WHERE kind = 'dm' AND destination = ? AND status = 'pending'"
                " AND NOT EXISTS (SELECT 1 FROM subscriptions WHERE user_id = ? AND delivery = 'dm')",
                (user_id, user_id),
            )
        return True

    async def list_subscriptions(self, user_id: int, guild_id: int | None) -> list[SubscriptionRow]:
        rows = await self._all(
            "SELECT user_id, guild_id, artist_id, delivery, created_at FROM subscriptions"
            " WHERE user_id = ? AND guild_id = ? ORDER BY artist_id",
            (user_id, guild_id or 0),
        )
        return [_subscription_row(r) for r in rows]

    async def count_subscriptions(self, user_id: int) -> int:
        row = await self._one("SELECT COUNT(*) FROM subscriptions WHERE user_id = ?", (user_id,))
        return int(row[0]) if row else 0

    async def routing_rows(self, keys: Sequence[str], guild_ids: Iterable[int] | None) -> RoutingRows:
        """Enabled routes, role pings and subscriptions that could match a story naming ``keys``.

        ``guild_ids`` restricts to those servers (a story from a server-added feed); None means every server.
        """
        marks = ",".join("?" * len(keys)) or "NULL"
        if guild_ids is None:
            guild_where, guild_params = "", []
        else:
            ids = sorted(guild_ids)
            guild_where = f" AND guild_id IN ({','.join('?' * len(ids)) or 'NULL'})"
            guild_params = list(ids)
        routes = await self._all(
            f"SELECT {_ROUTE_COLUMNS} FROM guild_routes WHERE disabled = 0"
            f" AND (artist_id IS NULL OR artist_id IN ({marks})){guild_where}"
            " ORDER BY guild_id, channel_id, id",
            [*keys, *guild_params],
        )
        pings = await self._all(
            "SELECT guild_id, role_id, artist_id, created_by, created_at FROM role_pings"
            f" WHERE artist_id IN ({marks}){guild_where} ORDER BY guild_id, role_id, artist_id",
            [*keys, *guild_params],
        )
        # DM subscriptions from a DM (guild 0) only see unrestricted stories.
        subs = await self._all(
            "SELECT user_id, guild_id, artist_id, delivery, created_at FROM subscriptions"
            f" WHERE artist_id IN ({marks}){guild_where} ORDER BY user_id, guild_id, artist_id",
            [*keys, *guild_params],
        )
        return RoutingRows(
            routes=tuple(_route_row(r) for r in routes),
            role_pings=tuple(_role_ping_row(r) for r in pings),
            subscriptions=tuple(_subscription_row(r) for r in subs),
        )

    # -- feeds added by servers --

    async def add_guild_feed(
        self, guild_id: int, url: str, *, name: str | None = None, added_by: int | None = None,
        limit: int | None = None,
    ) -> bool:
        """Add the feed for the guild (and to the polled ``feeds`` table if new); False if it was there.

        One transaction: the limit check and the insert cannot interleave with another server admin's
        ``/feeds add``, and a refused add leaves no owner record behind (an owner sees the feed's private
        stories). Raises :class:`StoreLimitError` when the guild already has ``limit`` feeds.
        """
        now = _iso(self.clock())
        async with self.transaction() as conn:
            async with conn.execute(
                "SELECT COUNT(*), COALESCE(SUM(url = ?), 0) FROM guild_feeds WHERE guild_id = ?", (url, guild_id)
            ) as cur:
                row = await cur.fetchone()
            total, present = (int(row[0]), int(row[1])) if row is not None else (0, 0)
            if present:
                return False
            if limit is not None and total >= limit:
                raise StoreLimitError(total, limit)
            await conn.execute("INSERT OR IGNORE INTO feeds (url, name) VALUES (?, ?)", (url, name))
            # The owner record with the feed: from the moment it exists its stories are private to its servers.
            await conn.execute(
                "INSERT OR IGNORE INTO guild_feed_owners (guild_id, url, added_at) VALUES (?,?,?)",
                (guild_id, url, now),
            )
            await conn.execute(
                "INSERT INTO guild_feeds (guild_id, url, name, added_by, added_at) VALUES (?,?,?,?,?)",
                (guild_id, url, name, added_by, now),
            )
        return True

    async def remove_guild_feed(self, guild_id: int, url: str) -> bool:
        """Forget the feed for the guild; the ``feeds`` row stays (its state is harmless, other guilds may use it)."""
        count = await self._exec_count(
            "DELETE FROM guild_feeds WHERE guild_id = ? AND url = ?", (guild_id, url)
        )
        return count > 0

    async def list_guild_feeds(self, guild_id: int) -> list[GuildFeedRow]:
        rows = await self._all(
            "SELECT g.guild_id, g.url, g.name, g.added_by, g.added_at, "
            + ", ".join("f." + c.strip() for c in self._FEED_COLUMNS.split(","))
            + " FROM guild_feeds g LEFT JOIN feeds f ON f.url = g.url WHERE g.guild_id = ?"
            " ORDER BY g.added_at, g.url",
            (guild_id,),
        )
        return [
            GuildFeedRow(
                guild_id=r[0], url=r[1], name=r[2], added_by=r[3], added_at=datetime.fromisoformat(r[4]),
                feed=_feed_state(r[5:]) if r[5] is not None else None,
            )
            for r in rows
        ]

    async def count_guild_feeds(self, guild_id: int) -> int:
        row = await self._one("SELECT COUNT(*) FROM guild_feeds WHERE guild_id = ?", (guild_id,))
        return int(row[0]) if row else 0

    async def guild_feed_urls(self) -> list[tuple[str, str | None]]:
        """``(url, name)`` of every feed some server added (polled through the network guard)."""
        rows = await self._all("SELECT url, MIN(name) FROM guild_feeds GROUP BY url ORDER BY url")
        return [(str(r[0]), r[1]) for r in rows]

    async def feed_guilds(self, url: str) -> frozenset[int]:
        rows = await self._all("SELECT guild_id FROM guild_feeds WHERE url = ?", (url,))
        return frozenset(int(r[0]) for r in rows)

    async def feed_owners(self, url: str) -> frozenset[int]:
        """Every server that ever added ``url`` (removing a feed does not make its stored stories public)."""
        rows = await self._all("SELECT guild_id FROM guild_feed_owners WHERE url = ?", (url,))
        return frozenset(int(r[0]) for r in rows)

    async def private_sources_hidden_from(self, guild_id: int | None) -> list[str]:
        """Server-added feed URLs whose stories ``guild_id`` (None: a DM) must not see: it never added them."""
        rows = await self._all(
            "SELECT DISTINCT url FROM guild_feed_owners WHERE url NOT IN"
            " (SELECT url FROM guild_feed_owners WHERE guild_id = ?) ORDER BY url",
            (guild_id if guild_id is not None else -1,),
        )
        return [str(r[0]) for r in rows]

    # -- lookups seen from one server (stories of other servers' feeds left out) --

    async def visible_stories(
        self, viewer: int | None, public: Sequence[str] = (), *, limit: int = 20, artist_id: str | None = None,
        include_classification: bool = False,
    ) -> list[StoryRow]:
        """:meth:`list_stories` as ``viewer`` (a server, None for a DM) may see it: other servers' feeds left out.

        ``public`` are sources that stay visible even if a server also added them (the operator's feeds).
        """
        columns = ", ".join("s." + c.strip() for c in _STORY_COLUMNS.split(","))
        clause, params = _visible_source("s.source", viewer, public)
        if artist_id is not None:
            clause += " AND EXISTS (SELECT 1 FROM story_artists sa WHERE sa.story_id = s.id AND sa.artist_id = ?)"
            params.append(artist_id)
        rows = await self._all(
            f"SELECT {columns} FROM stories s WHERE {clause}"
            " ORDER BY COALESCE(s.published, s.first_seen) DESC, s.id DESC LIMIT ?",
            [*params, limit],
        )
        stories = [_story_row(r) for r in rows]
        if include_classification:
            stories = [_with_classification(s, await self.get_classification(s.id)) for s in stories]
        return stories

    async def visible_interactions(
        self, artist_ids: Sequence[str], hidden: Iterable[str], *, with_ids: Sequence[str] | None = None,
        type_: str | None = None, platform: str | None = None, limit: int = 50,
    ) -> list[InteractionRow]:
        """:meth:`interactions_for` without the interactions of stories whose source is in ``hidden``."""
        skip = frozenset(hidden)
        page = max(limit, 100)
        found: list[InteractionRow] = []
        offset = 0
        while len(found) < limit:
            rows = await self.interactions_for(artist_ids, with_ids=with_ids, type_=type_, platform=platform,
                                               limit=page, offset=offset)
            found.extend(r for r in rows if r.story_source not in skip)
            if len(rows) < page:
                break
            offset += page
        return found[:limit]

    async def visible_artist_stats(
        self, artist_ids: Sequence[str], viewer: int | None, public: Sequence[str] = (), *, top: int = 5,
    ) -> ArtistStats:
        """Counts for a profile card (stories naming the artist, interactions, most frequent partners), over the
        stories ``viewer`` may see (see :meth:`visible_stories`)."""
        marks = ",".join("?" * len(artist_ids)) or "NULL"
        seen, seen_params = _visible_source("source", viewer, public)
        ok = f"story_id IN (SELECT id FROM stories WHERE {seen})"
        stories = await self._one(
            f"SELECT COUNT(DISTINCT story_id) FROM story_artists WHERE artist_id IN ({marks}) AND {ok}",
            [*artist_ids, *seen_params],
        )
        count = await self._one(
            f"SELECT COUNT(*) FROM interactions WHERE (a IN ({marks}) OR b IN ({marks})) AND {ok}",
            [*artist_ids, *artist_ids, *seen_params],
        )
        partners = await self._all(
            f"SELECT p.other, COUNT(*) AS n, ar.name, ar.kind, ar.groups FROM ("
            f" SELECT b AS other FROM interactions WHERE a IN ({marks}) AND b NOT IN ({marks}) AND {ok}"
            f" UNION ALL SELECT a AS other FROM interactions WHERE b IN ({marks}) AND a NOT IN ({marks}) AND {ok}"
            ") p LEFT JOIN artists ar ON ar.id = p.other GROUP BY p.other ORDER BY n DESC, p.other LIMIT ?",
            [*artist_ids, *artist_ids, *seen_params, *artist_ids, *artist_ids, *seen_params, top],
        )
        return ArtistStats(
            artist_id=artist_ids[0] if artist_ids else "",
            stories=int(stories[0]) if stories else 0,
            interactions=int(count[0]) if count else 0,
            top_partners=tuple(
                PartnerCount(ArtistRef(r[0], r[2] or r[0], r[3] or "person", tuple(json.loads(r[4] or "[]"))),
                             int(r[1]))
                for r in partners
            ),
        )

    async def provisional_artist_sources(self) -> list[tuple[ArtistRef, frozenset[str]]]:
        """Provisional artists with the sources of the stories naming them (who may see the name)."""
        rows = await self._all(
            "SELECT a.id, a.name, a.kind, a.groups, s.source FROM artists a"
            " LEFT JOIN story_artists sa ON sa.artist_id = a.id LEFT JOIN stories s ON s.id = sa.story_id"
            " WHERE a.provisional = 1 GROUP BY a.id, s.source ORDER BY a.name, a.id"
        )
        refs: dict[str, ArtistRef] = {}
        sources: dict[str, set[str]] = {}
        for r in rows:
            refs.setdefault(r[0], _artist_ref(r))
            bucket = sources.setdefault(r[0], set())
            if r[4] is not None:
                bucket.add(str(r[4]))
        return [(ref, frozenset(sources[artist_id])) for artist_id, ref in refs.items()]

    # -- delivery outbox --

    async def enqueue_deliveries(
        self, story_id: int, group_id: int, targets: Iterable[DeliveryTarget], *, now: datetime | None = None,
    ) -> EnqueueResult:
        """Write a pending row per new (group, destination) before anything is sent.

        A destination that already has a row for the group keeps it; if that row was sent for another story of
        the group, an "also reported by" edit of the sent message is queued instead of a second post. Each
        statement is idempotent on its own, so an enqueue cut short is completed by running it again.
        """
        when = _iso_us(now or self.clock())
        created = _iso(now or self.clock())
        new: list[int] = []
        edits: list[int] = []
        existing: list[int] = []
        for t in targets:
            payload = json.dumps({"role_ids": list(t.role_ids), "user_ids": list(t.user_ids)})
            count, row_id = await self._exec_insert(
                "INSERT OR IGNORE INTO deliveries (story_id, group_id, kind, destination, guild_id, status,"
                " next_attempt_at, created_at, payload) VALUES (?,?,?,?,?,'pending',?,?,?)",
                (story_id, group_id, t.kind, t.destination, t.guild_id, when, created, payload),
            )
            if count and row_id:
                new.append(row_id)
                continue
            found = await self._one(
                "SELECT id, story_id, status FROM deliveries WHERE group_id = ? AND kind = ? AND destination = ?",
                (group_id, t.kind, t.destination),
            )
            if found is None:
                continue
            existing.append(int(found[0]))
            if found[2] == "sent" and int(found[1]) != story_id:
                count, edit_id = await self._exec_insert(
                    "INSERT OR IGNORE INTO delivery_edits (delivery_id, story_id, next_attempt_at, created_at)"
                    " VALUES (?,?,?,?)",
                    (found[0], story_id, when, created),
                )
                if count and edit_id:
                    edits.append(edit_id)
        return EnqueueResult(new=tuple(new), edits=tuple(edits), existing=tuple(existing))

    async def get_delivery(self, delivery_id: int) -> DeliveryRow | None:
        row = await self._one(f"SELECT {_DELIVERY_COLUMNS} FROM deliveries WHERE id = ?", (delivery_id,))
        return _delivery_row(row) if row else None

    async def list_deliveries(
        self, *, story_id: int | None = None, status: str | None = None, guild_id: int | None = None,
    ) -> list[DeliveryRow]:
        rows = await self._all(
            f"SELECT {_DELIVERY_COLUMNS} FROM deliveries WHERE (? IS NULL OR story_id = ?)"
            " AND (? IS NULL OR status = ?) AND (? IS NULL OR guild_id = ?) ORDER BY id",
            (story_id, story_id, status, status, guild_id, guild_id),
        )
        return [_delivery_row(r) for r in rows]

    async def due_deliveries(self, now: datetime, *, limit: int = 100) -> list[DeliveryRow]:
        rows = await self._all(
            f"SELECT {_DELIVERY_COLUMNS} FROM deliveries WHERE status = 'pending' AND next_attempt_at <= ?"
            " ORDER BY next_attempt_at, id LIMIT ?",
            (_iso_us(now), limit),
        )
        return [_delivery_row(r) for r in rows]

    async def next_outbox_due(self) -> datetime | None:
        """When the earliest pending delivery, edit or admin notice is due (None when nothing is pending)."""
        row = await self._one(
            "SELECT MIN(t) FROM (SELECT MIN(next_attempt_at) AS t FROM deliveries WHERE status = 'pending'"
            " UNION ALL SELECT MIN(next_attempt_at) FROM delivery_edits WHERE status = 'pending'"
            " UNION ALL SELECT MIN(next_attempt_at) FROM admin_notices WHERE status = 'pending')"
        )
        return _dt(row[0]) if row and row[0] else None

    async def mark_delivery_sent(
        self, delivery_id: int, *, message_id: int | None, channel_id: int | None, now: datetime,
    ) -> None:
        await self._write(
            "UPDATE deliveries SET status = 'sent', attempts = attempts + 1, message_id = ?, channel_id = ?,"
            " sent_at = ?, last_error = NULL WHERE id = ?",
            (message_id, channel_id, _iso(now), delivery_id),
        )

    async def mark_delivery_retry(self, delivery_id: int, *, error: str, next_attempt_at: datetime) -> None:
        await self._write(
            "UPDATE deliveries SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?",
            (error, _iso_us(next_attempt_at), delivery_id),
        )

    async def postpone_deliveries(self, delivery_ids: Sequence[int], until: datetime) -> None:
        """Hold pending rows (same destination, after one that must retry) so they keep their order."""
        if not delivery_ids:
            return
        marks = ",".join("?" * len(delivery_ids))
        await self._write(
            f"UPDATE deliveries SET next_attempt_at = MAX(next_attempt_at, ?) WHERE status = 'pending'"
            f" AND id IN ({marks})",
            [_iso_us(until), *delivery_ids],
        )

    async def mark_delivery_final(self, delivery_id: int, *, status: str, error: str) -> None:
        """``failed`` (permanent refusal) or ``dead`` (retries exhausted): never tried again."""
        if status not in ("failed", "dead"):
            raise StoreError(f"not a final delivery status: {status}")
        await self._write(
            "UPDATE deliveries SET status = ?, attempts = attempts + 1, last_error = ? WHERE id = ?",
            (status, error, delivery_id),
        )

    async def due_edits(self, now: datetime, *, limit: int = 100) -> list[EditRow]:
        rows = await self._all(
            "SELECT id, delivery_id, story_id, status, attempts, next_attempt_at, last_error FROM delivery_edits"
            " WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
            (_iso_us(now), limit),
        )
        return [
            EditRow(id=r[0], delivery_id=r[1], story_id=r[2], status=r[3], attempts=r[4],
                    next_attempt_at=datetime.fromisoformat(r[5]), last_error=r[6])
            for r in rows
        ]

    async def finish_edits(self, delivery_id: int, *, status: str, now: datetime, error: str | None = None) -> None:
        """Close every pending edit of the delivery: one edit re-renders the whole message, so all are done."""
        await self._write(
            "UPDATE delivery_edits SET status = ?, attempts = attempts + 1, done_at = ?, last_error = ?"
            " WHERE delivery_id = ? AND status = 'pending'",
            (status, _iso(now), error, delivery_id),
        )

    async def retry_edits(self, delivery_id: int, *, error: str, next_attempt_at: datetime) -> None:
        await self._write(
            "UPDATE delivery_edits SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
            " WHERE delivery_id = ? AND status = 'pending'",
            (error, _iso_us(next_attempt_at), delivery_id),
        )

    # -- admin notices (a small queue of their own: queued with their text, sent by the outbox drain) --

    async def queue_admin_notice(
        self, guild_id: int, reason_key: str, text: str, *, now: datetime | None = None,
    ) -> bool:
        """Queue the notice as pending, due now; False when this (guild, reason) is already queued, sent or dead.

        Written before anything is sent, so a failed send or a crash leaves it pending for the next drain
        instead of lost; the unique key keeps it to one notice until :meth:`clear_admin_notice`.
        """
        when = now or self.clock()
        count = await self._exec_count(
            "INSERT OR IGNORE INTO admin_notices (guild_id, reason_key, text, status, next_attempt_at, created_at)"
            " VALUES (?,?,?,'pending',?,?)",
            (guild_id, reason_key, text, _iso_us(when), _iso(when)),
        )
        return count > 0

    async def get_admin_notice(self, guild_id: int, reason_key: str) -> AdminNoticeRow | None:
        row = await self._one(
            f"SELECT {_NOTICE_COLUMNS} FROM admin_notices WHERE guild_id = ? AND reason_key = ?",
            (guild_id, reason_key),
        )
        return _admin_notice_row(row) if row else None

    async def due_admin_notices(self, now: datetime, *, limit: int = 100) -> list[AdminNoticeRow]:
        rows = await self._all(
            f"SELECT {_NOTICE_COLUMNS} FROM admin_notices WHERE status = 'pending' AND next_attempt_at <= ?"
            " ORDER BY next_attempt_at, id LIMIT ?",
            (_iso_us(now), limit),
        )
        return [_admin_notice_row(r) for r in rows]

    async def mark_admin_notice_sent(self, notice_id: int, *, now: datetime) -> None:
        await self._write(
            "UPDATE admin_notices SET status = 'sent', attempts = attempts + 1, sent_at = ?, last_error = NULL"
            " WHERE id = ? AND status = 'pending'",
            (_iso(now), notice_id),
        )

    async def mark_admin_notice_retry(self, notice_id: int, *, error: str, next_attempt_at: datetime) -> None:
        await self._write(
            "UPDATE admin_notices SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
            " WHERE id = ? AND status = 'pending'",
            (error, _iso_us(next_attempt_at), notice_id),
        )

    async def mark_admin_notice_dead(self, notice_id: int, *, error: str) -> None:
        """Sending cannot succeed (no way to reach the admins) or retries ran out: never tried again."""
        await self._write(
            "UPDATE admin_notices SET status = 'dead', attempts = attempts + 1, last_error = ?"
            " WHERE id = ? AND status = 'pending'",
            (error, notice_id),
        )

    async def clear_admin_notice(self, guild_id: int, reason_key: str) -> None:
        """Forget the notice whatever its state, so the same reason is told again if it happens again
        (a pending one is dropped too: it described a problem the admin has just dealt with)."""
        await self._write(
            "DELETE FROM admin_notices WHERE guild_id = ? AND reason_key = ?", (guild_id, reason_key)
        )


def _with_classification(story: StoryRow, classification: Classification | None) -> StoryRow:
    if classification is None:
        return story
    return StoryRow(
        id=story.id, source=story.source, entry_key=story.entry_key, url=story.url, title=story.title,
        published=story.published, first_seen=story.first_seen, body=story.body,
        content_hash=story.content_hash, group_id=story.group_id, backlog=story.backlog,
        classification=classification,
    )


def _artist_ref(row: sqlite3.Row | Sequence[Any]) -> ArtistRef:
    return ArtistRef(id=row[0], name=row[1], kind=row[2], groups=tuple(json.loads(row[3] or "[]")))


def _feed_state(row: sqlite3.Row | Sequence[Any]) -> FeedState:
    return FeedState(
        url=row[0], name=row[1], etag=row[2], last_modified=row[3], last_success=_dt(row[4]), last_error=row[5],
        consecutive_failures=int(row[6]), next_due=_dt(row[7]), last_attempt=_dt(row[8]),
    )


def _split_sql(script: str) -> list[str]:
    """Split a migration file into statements, the way the sqlite3 shell does (comments may hold ';')."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not all(ln.strip().startswith("--") or not ln.strip() for ln in buffer.splitlines()):
        raise StoreError("migration ends with an incomplete statement")
    return statements


# ---- discord rows ----
# (typed rows of the Discord layer's tables; part of the `# ---- discord ----` section, owned by its services)

DeliveryKind = Literal["channel", "dm", "terminal"]
DeliveryStatus = Literal["pending", "sent", "failed", "dead"]
AdminNoticeStatus = Literal["pending", "sent", "dead"]
SubscriptionDelivery = Literal["dm", "mention"]


@dataclass(frozen=True, slots=True)
class RouteRow:
    id: int
    guild_id: int
    channel_id: int
    artist_id: str | None  # None: every alert
    disabled: bool
    disabled_reason: str | None
    created_by: int | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class RolePingRow:
    guild_id: int
    role_id: int
    artist_id: str
    created_by: int | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class SubscriptionRow:
    user_id: int
    guild_id: int | None  # None: subscribed from a DM
    artist_id: str
    delivery: SubscriptionDelivery
    created_at: datetime


@dataclass(frozen=True, slots=True)
class RoutingRows:
    routes: tuple[RouteRow, ...] = ()
    role_pings: tuple[RolePingRow, ...] = ()
    subscriptions: tuple[SubscriptionRow, ...] = ()


@dataclass(frozen=True, slots=True)
class GuildFeedRow:
    guild_id: int
    url: str
    name: str | None
    added_by: int | None
    added_at: datetime
    feed: FeedState | None  # polling state (last success, last error, next due)


@dataclass(frozen=True, slots=True)
class DeliveryTarget:
    """Where one story goes: a channel (with who to ping), a user's DMs, or the terminal."""

    kind: DeliveryKind
    destination: int  # channel id, user id, or 0 for the terminal
    guild_id: int | None = None
    role_ids: tuple[int, ...] = ()
    user_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class EnqueueResult:
    new: tuple[int, ...] = ()  # delivery ids written now
    edits: tuple[int, ...] = ()  # edit ids queued for already sent messages
    existing: tuple[int, ...] = ()  # delivery ids that already covered the destination


@dataclass(frozen=True, slots=True)
class DeliveryRow:
    id: int
    story_id: int
    group_id: int
    kind: DeliveryKind
    destination: int
    guild_id: int | None
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime
    message_id: int | None
    channel_id: int | None
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None
    role_ids: tuple[int, ...]
    user_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class EditRow:
    id: int
    delivery_id: int
    story_id: int
    status: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None


@dataclass(frozen=True, slots=True)
class AdminNoticeRow:
    """A notice to a server's admins (e.g. "lost access to #alerts"), queued until the sink delivers it."""

    id: int
    guild_id: int
    reason_key: str
    text: str
    status: AdminNoticeStatus
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None


_ROUTE_COLUMNS = "id, guild_id, channel_id, artist_id, disabled, disabled_reason, created_by, created_at"
_DELIVERY_COLUMNS = (
    "id, story_id, group_id, kind, destination, guild_id, status, attempts, next_attempt_at, message_id,"
    " channel_id, last_error, created_at, sent_at, payload"
)

_NOTICE_COLUMNS = (
    "id, guild_id, reason_key, text, status, attempts, next_attempt_at, last_error, created_at, sent_at"
)


def _visible_source(column: str, viewer: int | None, public: Sequence[str]) -> tuple[str, list[Any]]:
    """A WHERE part: ``column`` is not a feed only other servers added (subqueries, so no parameter per feed)."""
    clause = (f"({column} NOT IN (SELECT o.url FROM guild_feed_owners o WHERE o.url NOT IN"
              " (SELECT m.url FROM guild_feed_owners m WHERE m.guild_id = ?))")
    params: list[Any] = [viewer if viewer is not None else -1]
    if public:
        clause += f" OR {column} IN ({','.join('?' * len(public))})"
        params.extend(public)
    return clause + ")", params


def _iso_us(value: datetime) -> str:
    """Outbox due times keep microseconds (sub-second retry_after) in one fixed width, so text order is time order."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given to storage; use timezone-aware UTC")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _route_row(row: sqlite3.Row | Sequence[Any]) -> RouteRow:
    return RouteRow(
        id=row[0], guild_id=row[1], channel_id=row[2], artist_id=row[3], disabled=bool(row[4]),
        disabled_reason=row[5], created_by=row[6], created_at=datetime.fromisoformat(row[7]),
    )


def _role_ping_row(row: sqlite3.Row | Sequence[Any]) -> RolePingRow:
    return RolePingRow(guild_id=row[0], role_id=row[1], artist_id=row[2], created_by=row[3],
                       created_at=datetime.fromisoformat(row[4]))


def _subscription_row(row: sqlite3.Row | Sequence[Any]) -> SubscriptionRow:
    return SubscriptionRow(user_id=row[0], guild_id=row[1] or None, artist_id=row[2], delivery=row[3],
                           created_at=datetime.fromisoformat(row[4]))


def _delivery_row(row: sqlite3.Row | Sequence[Any]) -> DeliveryRow:
    payload = json.loads(row[14] or "{}")
    return DeliveryRow(
        id=row[0], story_id=row[1], group_id=row[2], kind=row[3], destination=row[4], guild_id=row[5],
        status=row[6], attempts=row[7], next_attempt_at=datetime.fromisoformat(row[8]), message_id=row[9],
        channel_id=row[10], last_error=row[11], created_at=datetime.fromisoformat(row[12]), sent_at=_dt(row[13]),
        role_ids=tuple(int(x) for x in payload.get("role_ids", ())),
        user_ids=tuple(int(x) for x in payload.get("user_ids", ())),
    )


def _admin_notice_row(row: sqlite3.Row | Sequence[Any]) -> AdminNoticeRow:
    return AdminNoticeRow(
        id=row[0], guild_id=row[1], reason_key=row[2], text=row[3], status=row[4], attempts=row[5],
        next_attempt_at=datetime.fromisoformat(row[6]), last_error=row[7], created_at=datetime.fromisoformat(row[8]),
        sent_at=_dt(row[9]),
    )
