"""Storage: migrations, idempotent upserts, typed rows, domain errors."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.models import ArtistRef, Classification, FeedState, Interaction, StoryInput
from bot.store import Store, StoreCorruptError, StoreError


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "t.sqlite3", clock=Clock())
    yield s
    await s.close()


def story(key: str = "k1", *, title: str = "Title", body: str = "Body text.", source: str = "feed") -> StoryInput:
    return StoryInput(source=source, entry_key=key, url=f"https://x/{key}", title=title,
                      published=datetime(2023, 9, 18, tzinfo=UTC), body=body)


async def test_migrations_bring_an_empty_database_to_the_latest_version(tmp_path: Path) -> None:
    s = await Store.open(tmp_path / "new.sqlite3")
    try:
        assert await s.schema_version() >= 2
    finally:
        await s.close()
    with sqlite3.connect(tmp_path / "new.sqlite3") as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"stories", "feeds", "artists", "interactions", "story_artists", "meta"} <= tables
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    for _ in range(2):
        s = await Store.open(tmp_path / "db.sqlite3")
        version = await s.schema_version()
        await s.close()
    assert version >= 2


async def test_migrating_a_v5_database_keeps_an_already_sent_admin_notice_sent(tmp_path: Path) -> None:
    path = tmp_path / "v5.sqlite3"
    migrations = sorted((Path(__file__).parents[1] / "bot" / "migrations").glob("*.sql"))[:5]
    with sqlite3.connect(path) as conn:  # a database exactly as biasbot left it at schema 5
        for migration in migrations:
            conn.executescript(migration.read_text(encoding="utf-8"))
        conn.execute("PRAGMA user_version = 5")
        conn.execute("INSERT INTO admin_notices (guild_id, reason_key, sent_at) VALUES (42, 'lost-channel:7',"
                     " '2025-12-31T09:00:00+00:00')")
    conn.close()

    s = await Store.open(path, clock=Clock())
    try:
        assert await s.schema_version() == 6
        notice = await s.get_admin_notice(42, "lost-channel:7")
        assert notice is not None
        assert (notice.status, notice.sent_at) == ("sent", datetime(2025, 12, 31, 9, tzinfo=UTC))
        assert await s.due_admin_notices(datetime(2030, 1, 1, tzinfo=UTC)) == []
        assert await s.next_outbox_due() is None
        assert not await s.queue_admin_notice(42, "lost-channel:7", "told again?")
    finally:
        await s.close()


async def test_a_database_from_a_newer_biasbot_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    with pytest.raises(StoreCorruptError, match="newer"):
        await Store.open(path)


async def test_a_file_that_is_not_a_database_is_a_domain_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        await Store.open(path)


async def test_same_story_twice_is_unchanged(store: Store) -> None:
    first = await store.upsert_story(story(), backlog=False)
    second = await store.upsert_story(story(), backlog=False)
    assert first.status == "new"
    assert second.status == "unchanged"
    assert second.story_id == first.story_id
    assert await store.count_stories() == 1


async def test_edited_story_updates_in_place(store: Store) -> None:
    first = await store.upsert_story(story(body="old"), backlog=False)
    second = await store.upsert_story(story(body="new"), backlog=False)
    assert second.status == "updated"
    row = await store.get_story(first.story_id)
    assert row is not None and row.body == "new"
    assert await store.count_stories() == 1


async def test_a_story_is_its_own_group_unless_a_duplicate_group_is_given(store: Store) -> None:
    a = await store.upsert_story(story("a"), backlog=False)
    b = await store.upsert_story(story("b", source="other"), backlog=False, duplicate_group=a.group_id)
    assert a.group_id == a.story_id
    assert b.group_id == a.group_id and b.duplicate


async def test_stories_are_listed_newest_first_with_utc_dates(store: Store) -> None:
    await store.upsert_story(StoryInput("s", "old", None, "Old", datetime(2020, 1, 1, tzinfo=UTC), "x"),
                             backlog=True)
    await store.upsert_story(StoryInput("s", "new", None, "New", datetime(2024, 1, 1, tzinfo=UTC), "y"),
                             backlog=True)
    rows = await store.list_stories()
    assert [r.title for r in rows] == ["New", "Old"]
    assert rows[0].published is not None and rows[0].published.tzinfo is not None


async def test_feed_state_round_trips(store: Store) -> None:
    due = datetime(2026, 1, 1, 1, tzinfo=UTC)
    state = FeedState(url="https://x/feed", name="X", etag='"abc"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT",
                      last_success=due - timedelta(hours=1), last_error=None, consecutive_failures=0,
                      next_due=due, last_attempt=due - timedelta(hours=1))
    await store.save_feed_state(state)
    assert await store.get_feed_state("https://x/feed") == state
    failed = FeedState(url="https://x/feed", last_error="HTTP 500", consecutive_failures=2)
    await store.save_feed_state(failed)
    got = await store.get_feed_state("https://x/feed")
    assert got is not None and got.name == "X" and got.consecutive_failures == 2 and got.etag is None


async def test_classification_is_stored_and_queryable_by_artist_and_pair(store: Store) -> None:
    r = await store.upsert_story(story(), backlog=False)
    result = Classification(
        artists=(ArtistRef("jungkook", "Jungkook", "member", ("bts",)), ArtistRef("new:kn", "KN", "person")),
        interactions=(Interaction("jungkook", "new:kn", ("follow", "challenge"), "tiktok", True,
                                  "Jungkook followed KN.", directed=True),),
        interaction_story=True, summary="Jungkook followed KN.",
    )
    await store.save_classification(r.story_id, result)
    assert await store.get_classification(r.story_id) == result
    rows = await store.interactions_for(["new:kn"])
    assert len(rows) == 1 and rows[0].a.name == "Jungkook" and rows[0].story_url == "https://x/k1"
    assert await store.interactions_for(["jungkook"], with_ids=["new:kn"], type_="follow")
    assert not await store.interactions_for(["jungkook"], type_="like")
    assert not await store.interactions_for(["jungkook"], platform="instagram")
    assert [a.id for a in await store.provisional_artists()] == ["new:kn"]
    stats = await store.visible_artist_stats(["jungkook"], None)
    assert (stats.stories, stats.interactions) == (1, 1)
    assert stats.top_partners[0].artist.name == "KN"


async def test_reclassifying_replaces_the_previous_result(store: Store) -> None:
    r = await store.upsert_story(story(), backlog=False)
    one = Classification(artists=(ArtistRef("a", "A", "soloist"), ArtistRef("b", "B", "soloist")),
                         interactions=(Interaction("a", "b", ("meet",), "in_person", True, "A met B."),))
    await store.save_classification(r.story_id, one)
    await store.save_classification(r.story_id, Classification(summary="none"))
    assert await store.interactions_for(["a"]) == []
    got = await store.get_classification(r.story_id)
    assert got is not None and got.summary == "none" and got.artists == ()


async def test_naive_datetimes_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="naive"):
        await store.upsert_story(StoryInput("s", "k", None, "T", datetime(2020, 1, 1), "b"), backlog=False)


async def test_concurrent_writers_take_turns(store: Store) -> None:
    import asyncio

    results = await asyncio.gather(*(store.upsert_story(story(f"k{i}"), backlog=False) for i in range(10)))
    assert sorted(r.status for r in results) == ["new"] * 10
    assert await store.count_stories() == 10


async def test_the_same_entry_twice_in_one_batch_is_stored_once(store: Store) -> None:
    results = await store.upsert_stories([(story("k"), None, None), (story("k"), None, None)], backlog=False)
    assert [r.status for r in results] == ["new", "unchanged"]
    assert results[0].story_id == results[1].story_id
    assert await store.count_stories() == 1


async def test_a_batch_mixes_new_updated_and_unchanged(store: Store) -> None:
    await store.upsert_stories([(story("a"), None, None), (story("b"), None, None)], backlog=False)
    results = await store.upsert_stories(
        [(story("a"), None, None), (story("b", body="changed"), None, None), (story("c"), None, None)],
        backlog=False,
    )
    assert [r.status for r in results] == ["unchanged", "updated", "new"]
    assert results[2].group_id == results[2].story_id
