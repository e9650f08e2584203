"""Where a story's alert goes: server channels (with role and member pings) and subscribers' DMs.

The decision is a pure function over rows the store hands in, so the rules can be tested without a database
or Discord; :class:`RouteService` is the thin, guild-scoped write side the ``/alerts`` commands call.

Public API (the cogs code against this)::

    class SetupError(Exception)              # str() is a short message safe to show the user
    class GroupLookup(Protocol):             # bot.roster.Roster satisfies it
        def get(self, artist_id: str) -> object | None
        def groups_of(self, artist_id: str) -> Sequence[str]  (objects with .id, or plain ids)

    def story_keys(classification, roster=None) -> tuple[str, ...]
        # the story's artist ids plus the groups they belong to: a route/subscription for any key matches
    def route_story(classification, rows: RoutingRows, *, roster=None, allowed_guilds=None,
                    limit=50) -> list[DeliveryTarget]
        # channels first (by guild, channel), then DMs (by user); at most ``limit`` targets

    class RouteService(store, *, roster=None, max_routes_per_guild=50, max_role_pings_per_guild=50):
        async set_channel(guild_id, channel_id, artist_id | None, *, by=None) -> RouteRow
        async remove_channel(guild_id, channel_id, artist_id | None) -> None          # SetupError if absent
        async set_role_ping(guild_id, role_id, artist_id, *, by=None) -> RolePingRow
        async remove_role_ping(guild_id, role_id, artist_id | None = None) -> None   # SetupError if absent
        async setup_of(guild_id) -> GuildSetup(routes, role_pings)

Row types (``RouteRow``, ``RolePingRow``, ``SubscriptionRow``, ``RoutingRows``, ``DeliveryTarget``) live in
``bot.store`` and are re-exported here.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.models import Classification
from bot.store import (
    DeliveryTarget,
    RolePingRow,
    RouteRow,
    RoutingRows,
    Store,
    SubscriptionRow,
)

log = logging.getLogger(__name__)

__all__ = [
    "DeliveryTarget", "GroupLookup", "GuildSetup", "RolePingRow", "RouteRow", "RouteService", "RoutingRows",
    "SetupError", "SubscriptionRow", "lost_channel_notice_key", "route_story", "story_keys",
]


def lost_channel_notice_key(channel_id: int) -> str:
    """The admin-notice key for "the bot lost this channel": told once, cleared when the route is set again."""
    return f"lost-channel:{channel_id}"


class SetupError(Exception):
    """A setup request that cannot be done; ``str()`` is the short message shown to the user."""


class GroupLookup(Protocol):
    def get(self, artist_id: str, /) -> object | None: ...

    def groups_of(self, artist_id: str, /) -> Sequence[object]: ...


def _ident(item: object) -> str:
    return item if isinstance(item, str) else str(getattr(item, "id", item))


def story_keys(classification: Classification | None, roster: GroupLookup | None = None) -> tuple[str, ...]:
    """Ids a route or subscription may name to match this story: its artists and their groups.

    A group route covers its members, so a story naming only Jungkook still matches a route for BTS. The
    reverse is not true: a story about BTS as a group does not match a route for one member.
    """
    if classification is None:
        return ()
    keys: list[str] = []
    for artist in classification.artists:
        keys.append(artist.id)
        keys.extend(artist.groups)
        if roster is not None:
            keys.extend(_ident(g) for g in roster.groups_of(artist.id))
    return tuple(dict.fromkeys(k for k in keys if k))


def route_story(
    classification: Classification | None,
    rows: RoutingRows,
    *,
    roster: GroupLookup | None = None,
    allowed_guilds: Iterable[int] | None = None,
    limit: int = 50,
) -> list[DeliveryTarget]:
    """Destinations for one story, in a stable order.

    ``allowed_guilds`` is None for operator feeds and story files (every server, per its routes) and the set of
    servers that added the feed for a server-added feed (its stories stay there). Mentions go only into a
    channel the server already routes the story to (one channel per server, so nobody is pinged twice);
    ``dm`` subscribers get one DM per story however many of their artists it names.
    """
    keys = set(story_keys(classification, roster))
    allowed = None if allowed_guilds is None else frozenset(allowed_guilds)

    def visible(guild_id: int | None) -> bool:
        return allowed is None or (guild_id is not None and guild_id in allowed)

    # Channels per guild: artist-specific routes that match, plus "all alerts" routes.
    channels: dict[int, dict[int, set[str | None]]] = {}
    for route in rows.routes:
        if route.disabled or not visible(route.guild_id):
            continue
        if route.artist_id is not None and route.artist_id not in keys:
            continue
        channels.setdefault(route.guild_id, {}).setdefault(route.channel_id, set()).add(route.artist_id)

    def mention_channel(guild_id: int, artist_id: str) -> int | None:
        """The one channel of the guild that carries pings for ``artist_id``: its own route first."""
        routed = channels.get(guild_id)
        if not routed:
            return None
        specific = sorted(c for c, artists in routed.items() if artist_id in artists)
        return specific[0] if specific else min(routed)

    roles: dict[int, set[int]] = {}
    for ping in rows.role_pings:
        if ping.artist_id in keys and visible(ping.guild_id):
            channel = mention_channel(ping.guild_id, ping.artist_id)
            if channel is not None:
                roles.setdefault(channel, set()).add(ping.role_id)

    users: dict[int, set[int]] = {}
    dms: set[int] = set()
    for sub in rows.subscriptions:
        if sub.artist_id not in keys:
            continue
        if sub.delivery == "dm":
            # A DM subscription from a server sees that server's feeds too; from a DM, only public sources.
            if visible(sub.guild_id):
                dms.add(sub.user_id)
        elif sub.guild_id is not None and visible(sub.guild_id):
            channel = mention_channel(sub.guild_id, sub.artist_id)
            if channel is not None:
                users.setdefault(channel, set()).add(sub.user_id)

    targets: list[DeliveryTarget] = []
    for guild_id in sorted(channels):
        for channel_id in sorted(channels[guild_id]):
            targets.append(DeliveryTarget(
                kind="channel", destination=channel_id, guild_id=guild_id,
                role_ids=tuple(sorted(roles.get(channel_id, ()))),
                user_ids=tuple(sorted(users.get(channel_id, ()))),
            ))
    targets.extend(DeliveryTarget(kind="dm", destination=user_id) for user_id in sorted(dms))
    if len(targets) > limit:
        log.warning("story routed to %s destinations; capped at %s", len(targets), limit)
        targets = targets[:limit]
    return targets


@dataclass(frozen=True, slots=True)
class GuildSetup:
    routes: tuple[RouteRow, ...]
    role_pings: tuple[RolePingRow, ...]


class RouteService:
    """The ``/alerts`` commands' write side; every call is scoped to the one guild it is given."""

    def __init__(
        self,
        store: Store,
        *,
        roster: GroupLookup | None = None,
        max_routes_per_guild: int = 50,
        max_role_pings_per_guild: int = 50,
    ) -> None:
        self._store = store
        self._roster = roster
        self._max_routes = max_routes_per_guild
        self._max_pings = max_role_pings_per_guild

    def _check_artist(self, artist_id: str) -> None:
        if not artist_id.strip():
            raise SetupError("Pick an artist.")
        if self._roster is not None and self._roster.get(artist_id) is None:
            raise SetupError(f"Unknown artist '{artist_id}'.")

    async def set_channel(
        self, guild_id: int, channel_id: int, artist_id: str | None, *, by: int | None = None,
    ) -> RouteRow:
        if artist_id is not None:
            self._check_artist(artist_id)
        existing = {(r.channel_id, r.artist_id) for r in await self._store.list_routes(guild_id)}
        if (channel_id, artist_id) not in existing and len(existing) >= self._max_routes:
            raise SetupError(f"This server already has {self._max_routes} alert routes; remove one first.")
        row, created = await self._store.set_route(guild_id, channel_id, artist_id, created_by=by)
        await self._store.clear_admin_notice(guild_id, lost_channel_notice_key(channel_id))
        log.info("guild %s route to channel %s for %s %s", guild_id, channel_id, artist_id or "all",
                 "added" if created else "re-enabled")
        return row

    async def remove_channel(self, guild_id: int, channel_id: int, artist_id: str | None) -> None:
        if not await self._store.remove_route(guild_id, channel_id, artist_id):
            what = f"{artist_id} alerts" if artist_id else "all alerts"
            raise SetupError(f"That channel is not set up for {what}.")

    async def set_role_ping(
        self, guild_id: int, role_id: int, artist_id: str, *, by: int | None = None,
    ) -> RolePingRow:
        self._check_artist(artist_id)
        pings = await self._store.list_role_pings(guild_id)
        if not any(p.role_id == role_id and p.artist_id == artist_id for p in pings):
            if len(pings) >= self._max_pings:
                raise SetupError(f"This server already has {self._max_pings} role pings; remove one first.")
            await self._store.set_role_ping(guild_id, role_id, artist_id, created_by=by)
        for ping in await self._store.list_role_pings(guild_id):
            if ping.role_id == role_id and ping.artist_id == artist_id:
                return ping
        raise SetupError("The role ping could not be saved; try again.")

    async def remove_role_ping(self, guild_id: int, role_id: int, artist_id: str | None = None) -> None:
        if not await self._store.remove_role_ping(guild_id, role_id, artist_id):
            raise SetupError("That role is not pinged for that artist.")

    async def setup_of(self, guild_id: int) -> GuildSetup:
        return GuildSetup(
            routes=tuple(await self._store.list_routes(guild_id)),
            role_pings=tuple(await self._store.list_role_pings(guild_id)),
        )
