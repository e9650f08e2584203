"""Server-added feeds: guarded, capped, listed with their polling state, and private to their server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.guildfeeds import GuildFeeds, normalize_feed_url
from bot.models import FeedState
from bot.netguard import check_public_url
from bot.routing import SetupError
from bot.store import Store

NOW = datetime(2026, 2, 3, 4, 5, 6, tzinfo=UTC)
GUILD_A, GUILD_B = 111, 222
PUBLIC = {"fans.example": ["93.184.216.34"], "news.example": ["93.184.216.35"], "evil.example": ["10.0.0.9"]}


async def fake_dns_check(url: str) -> None:
    async def resolve(host: str, port: int) -> list[str]:
        if host not in PUBLIC:
            raise OSError("no such host")
        return PUBLIC[host]

    await check_public_url(url, resolver=resolve)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "bot.sqlite3", clock=lambda: NOW)
    yield s
    await s.close()


def feeds(store: Store, **kwargs: object) -> GuildFeeds:
    return GuildFeeds(store, check_url=fake_dns_check, **kwargs)  # type: ignore[arg-type]


async def test_added_feed_is_listed_and_polled(store: Store) -> None:
    service = feeds(store)
    row = await service.add(GUILD_A, "https://fans.example/feed.xml", name="Fan news", added_by=5)
    assert (row.url, row.name, row.added_by) == ("https://fans.example/feed.xml", "Fan news", 5)
    assert [f.url for f in await service.list(GUILD_A)] == ["https://fans.example/feed.xml"]
    assert await store.guild_feed_urls() == [("https://fans.example/feed.xml", "Fan news")]
    assert await store.get_feed_state("https://fans.example/feed.xml") is not None


async def test_list_shows_last_success_last_error_and_next_poll(store: Store) -> None:
    service = feeds(store)
    await service.add(GUILD_A, "https://fans.example/feed.xml")
    await store.save_feed_state(FeedState(url="https://fans.example/feed.xml", last_success=NOW,
                                          last_error="HTTP 500", consecutive_failures=1,
                                          next_due=NOW + timedelta(minutes=15)))
    (status,) = await service.list(GUILD_A)
    assert (status.last_success, status.last_error, status.next_poll, status.consecutive_failures) == (
        NOW, "HTTP 500", NOW + timedelta(minutes=15), 1)


@pytest.mark.parametrize(("url", "reason"), [
    ("http://127.0.0.1/feed", "loopback"),
    ("http://localhost:8080/feed", "local or internal host name"),
    ("http://[::1]/feed", "loopback"),
    ("http://192.168.0.1/feed", "private"),
    ("http://169.254.169.254/latest/meta-data", "metadata"),
    ("http://evil.example/feed", "private"),
    ("http://224.0.0.1/feed", "multicast"),
    ("ftp://fans.example/feed", "Only http"),
    ("not a url", "spaces"),
    ("https://user:pw@fans.example/feed", "user name or password"),
])
async def test_unsafe_or_invalid_urls_are_refused_with_the_reason(store: Store, url: str, reason: str) -> None:
    with pytest.raises(SetupError, match=reason):
        await feeds(store).add(GUILD_A, url)
    assert await store.list_guild_feeds(GUILD_A) == []


async def test_at_most_n_feeds_per_guild(store: Store) -> None:
    service = feeds(store, max_per_guild=2)
    await service.add(GUILD_A, "https://fans.example/1")
    await service.add(GUILD_A, "https://fans.example/2")
    with pytest.raises(SetupError, match="the limit is 2"):
        await service.add(GUILD_A, "https://fans.example/3")
    await service.add(GUILD_B, "https://fans.example/3")


async def test_two_admins_adding_at_once_cannot_pass_the_limit_together(store: Store) -> None:
    service = feeds(store, max_per_guild=1)
    results = await asyncio.gather(
        service.add(GUILD_A, "https://fans.example/1"), service.add(GUILD_A, "https://fans.example/2"),
        return_exceptions=True,
    )
    refused = [r for r in results if isinstance(r, SetupError)]
    assert len(refused) == 1 and "the limit is 1" in str(refused[0])
    assert len(await store.list_guild_feeds(GUILD_A)) == 1


async def test_a_feed_refused_at_the_limit_leaves_the_guild_no_view_of_its_stories(store: Store) -> None:
    await feeds(store).add(GUILD_B, "https://news.example/private")
    service = feeds(store, max_per_guild=1)
    await service.add(GUILD_A, "https://fans.example/1")
    with pytest.raises(SetupError, match="the limit is 1"):
        await service.add(GUILD_A, "https://news.example/private")
    assert await store.feed_owners("https://news.example/private") == frozenset({GUILD_B})


async def test_the_same_feed_added_twice_at_once_is_stored_once(store: Store) -> None:
    service = feeds(store)
    results = await asyncio.gather(
        service.add(GUILD_A, "https://fans.example/feed.xml"), service.add(GUILD_A, "https://fans.example/feed.xml"),
        return_exceptions=True,
    )
    assert sum(isinstance(r, SetupError) for r in results) == 1
    assert [f.url for f in await store.list_guild_feeds(GUILD_A)] == ["https://fans.example/feed.xml"]


async def test_the_same_feed_twice_is_refused_whatever_its_spelling(store: Store) -> None:
    service = feeds(store)
    await service.add(GUILD_A, "https://fans.example/feed.xml")
    with pytest.raises(SetupError, match="already has that feed"):
        await service.add(GUILD_A, "HTTPS://Fans.Example:443/feed.xml#top")


def test_normalize_feed_url_gives_one_spelling() -> None:
    assert normalize_feed_url(" <HTTP://Fans.Example:80/a?b=1#c> ") == "http://fans.example/a?b=1"
    assert normalize_feed_url("https://fans.example:8443") == "https://fans.example:8443/"


async def test_remove_forgets_the_feed_for_that_guild_only(store: Store) -> None:
    service = feeds(store)
    await service.add(GUILD_A, "https://fans.example/feed.xml")
    await service.add(GUILD_B, "https://fans.example/feed.xml")
    await service.remove(GUILD_A, "https://fans.example/feed.xml")
    assert await service.list(GUILD_A) == []
    assert [f.url for f in await service.list(GUILD_B)] == ["https://fans.example/feed.xml"]


async def test_one_guild_cannot_see_or_remove_another_guilds_feed(store: Store) -> None:
    service = feeds(store)
    await service.add(GUILD_A, "https://fans.example/feed.xml")
    assert await service.list(GUILD_B) == []
    with pytest.raises(SetupError, match="no such feed"):
        await service.remove(GUILD_B, "https://fans.example/feed.xml")
    assert len(await service.list(GUILD_A)) == 1


async def test_stories_of_a_guild_feed_are_restricted_to_the_guilds_that_added_it(store: Store) -> None:
    service = feeds(store, operator_feeds=["https://news.example/rss"])
    await service.add(GUILD_A, "https://fans.example/feed.xml")
    await service.add(GUILD_A, "https://news.example/rss")
    assert await service.allowed_guilds("https://fans.example/feed.xml") == frozenset({GUILD_A})
    assert await service.allowed_guilds("https://news.example/rss") is None  # operator feed: everyone
    assert await service.allowed_guilds("file:/srv/seeds") is None
