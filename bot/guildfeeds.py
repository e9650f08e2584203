"""Feeds a server's admins add with ``/feeds add``: guarded, capped, and visible only to that server.

Their stories go only to the servers that added them (routing reads :meth:`GuildFeeds.allowed_guilds`), and
the URL must pass the network guard, because the bot fetches it from inside the operator's network.

Public API::

    class GuildFeeds(store, *, max_per_guild=20, check_url=netguard.check_public_url, operator_feeds=()):
        async add(guild_id, url, *, name=None, added_by=None) -> GuildFeedRow   # SetupError with the reason
        async list(guild_id) -> list[GuildFeedStatus]      # .url .name .last_success .last_error .next_poll
        async remove(guild_id, url) -> None                # SetupError when the server has no such feed
        async allowed_guilds(source: str) -> frozenset[int] | None
            # None: the story may go to every server (operator feed, story file); else only these servers
            # (empty when every server removed the feed: its stories stay private)
        async hidden_sources(guild_id | None) -> tuple[str, ...]
        operator_sources -> tuple[str, ...]                # always public
            # other servers' feed URLs: /recent, /artist, /interactions and autocomplete leave their stories out
    def normalize_feed_url(url) -> str                     # SetupError when not an http(s) URL
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit, urlunsplit

from bot.netguard import UnsafeURLError, check_public_url
from bot.routing import SetupError
from bot.store import GuildFeedRow, Store, StoreLimitError

log = logging.getLogger(__name__)

MAX_URL_LENGTH = 2000
MAX_NAME_LENGTH = 100


@dataclass(frozen=True, slots=True)
class GuildFeedStatus:
    url: str
    name: str | None
    added_by: int | None
    added_at: datetime
    last_success: datetime | None
    last_error: str | None
    next_poll: datetime | None
    consecutive_failures: int


def normalize_feed_url(url: str) -> str:
    """One spelling per feed (lower-case scheme and host, no fragment), so a server cannot add it twice."""
    text = url.strip().strip("<>")
    if not text:
        raise SetupError("Give the feed's URL.")
    if len(text) > MAX_URL_LENGTH:
        raise SetupError("That URL is too long.")
    if any(ch.isspace() for ch in text):
        raise SetupError("A URL cannot contain spaces.")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise SetupError("That is not a valid URL.") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise SetupError("Only http:// and https:// feed URLs are allowed.")
    if not parts.hostname:
        raise SetupError("That URL has no host.")
    if parts.username is not None or parts.password is not None:
        raise SetupError("Feed URLs cannot contain a user name or password.")
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    default = {"http": 80, "https": 443}[scheme]
    netloc = host if port in (None, default) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


class GuildFeeds:
    def __init__(
        self,
        store: Store,
        *,
        max_per_guild: int = 20,
        check_url: Callable[[str], Awaitable[None]] = check_public_url,
        operator_feeds: Iterable[str] = (),
    ) -> None:
        self._store = store
        self._max = max_per_guild
        self._check_url = check_url
        self._operator = frozenset(operator_feeds)

    async def add(
        self, guild_id: int, url: str, *, name: str | None = None, added_by: int | None = None,
    ) -> GuildFeedRow:
        url = normalize_feed_url(url)
        name = (name or "").strip()[:MAX_NAME_LENGTH] or None
        existing = {f.url: f for f in await self._store.list_guild_feeds(guild_id)}
        if url in existing:
            raise SetupError("This server already has that feed.")
        if len(existing) >= self._max:
            raise SetupError(
                f"This server already has {len(existing)} feeds (the limit is {self._max}); remove one first."
            )
        try:
            await self._check_url(url)
        except UnsafeURLError as exc:
            raise SetupError(f"That feed URL is not allowed: {exc.reason}.") from None
        try:
            added = await self._store.add_guild_feed(guild_id, url, name=name, added_by=added_by, limit=self._max)
        except StoreLimitError as exc:  # another admin's add landed while the URL was being checked
            raise SetupError(
                f"This server already has {exc.count} feeds (the limit is {self._max}); remove one first."
            ) from None
        if not added:
            raise SetupError("This server already has that feed.")
        log.info("guild %s added feed %s", guild_id, url)
        for row in await self._store.list_guild_feeds(guild_id):
            if row.url == url:
                return row
        raise SetupError("The feed could not be saved; try again.")

    async def list(self, guild_id: int) -> list[GuildFeedStatus]:
        return [
            GuildFeedStatus(
                url=row.url, name=row.name or (row.feed.name if row.feed else None), added_by=row.added_by,
                added_at=row.added_at,
                last_success=row.feed.last_success if row.feed else None,
                last_error=row.feed.last_error if row.feed else None,
                next_poll=row.feed.next_due if row.feed else None,
                consecutive_failures=row.feed.consecutive_failures if row.feed else 0,
            )
            for row in await self._store.list_guild_feeds(guild_id)
        ]

    async def remove(self, guild_id: int, url: str) -> None:
        try:
            normalized = normalize_feed_url(url)
        except SetupError:
            normalized = url.strip()
        if not await self._store.remove_guild_feed(guild_id, normalized) and (
            normalized == url.strip() or not await self._store.remove_guild_feed(guild_id, url.strip())
        ):
            raise SetupError("This server has no such feed; /feeds list shows them.")
        log.info("guild %s removed feed %s", guild_id, normalized)

    async def allowed_guilds(self, source: str) -> frozenset[int] | None:
        """Where a story from ``source`` may be sent: None for public sources, else the servers that have it.

        A feed every server has removed is still private (empty set: nobody), never public.
        """
        if source in self._operator:
            return None
        guilds = await self._store.feed_guilds(source)
        if guilds:
            return guilds
        return frozenset() if await self._store.feed_owners(source) else None

    @property
    def operator_sources(self) -> tuple[str, ...]:
        """The operator's feeds: public even when a server added the same URL."""
        return tuple(sorted(self._operator))

    async def hidden_sources(self, guild_id: int | None) -> tuple[str, ...]:
        """Sources whose stories a lookup from ``guild_id`` (None: a DM) must leave out: other servers' feeds."""
        hidden = await self._store.private_sources_hidden_from(guild_id)
        return tuple(url for url in hidden if url not in self._operator)
