"""A user's own artist subscriptions (``/subscribe``, ``/unsubscribe``, ``/subscriptions``).

Subscriptions are stored per (user, server where subscribed, artist): ``mention`` only makes sense inside
that server's alert, and a ``dm`` subscription made in a server also sees that server's private feeds, which
a subscription made in a DM (``guild_id=None``) must not.

Public API::

    class Subscriptions(store, *, roster=None, max_per_user=100):
        async subscribe(user_id, guild_id | None, artist_id, delivery="dm"|"mention") -> bool   # True: new
        async unsubscribe(user_id, guild_id | None, artist_id) -> None     # SetupError when not subscribed
        async list(user_id, guild_id | None) -> list[SubscriptionRow]
"""

from __future__ import annotations

import logging

from bot.routing import GroupLookup, SetupError
from bot.store import Store, SubscriptionRow

log = logging.getLogger(__name__)

DELIVERIES = ("dm", "mention")


class Subscriptions:
    def __init__(self, store: Store, *, roster: GroupLookup | None = None, max_per_user: int = 100) -> None:
        self._store = store
        self._roster = roster
        self._max = max_per_user

    async def subscribe(self, user_id: int, guild_id: int | None, artist_id: str, delivery: str = "dm") -> bool:
        if delivery not in DELIVERIES:
            raise SetupError("Delivery must be 'dm' or 'mention'.")
        if delivery == "mention" and guild_id is None:
            raise SetupError("Mentions happen in a server's alert channel; use /subscribe in a server, or pick dm.")
        if not artist_id.strip():
            raise SetupError("Pick an artist.")
        if self._roster is not None and self._roster.get(artist_id) is None:
            raise SetupError(f"Unknown artist '{artist_id}'.")
        current = await self._store.list_subscriptions(user_id, guild_id)
        if not any(s.artist_id == artist_id for s in current) and (
            await self._store.count_subscriptions(user_id) >= self._max
        ):
            raise SetupError(f"You already have {self._max} subscriptions; remove one first.")
        return await self._store.subscribe(user_id, guild_id, artist_id, delivery)

    async def unsubscribe(self, user_id: int, guild_id: int | None, artist_id: str) -> None:
        if not await self._store.unsubscribe(user_id, guild_id, artist_id):
            raise SetupError("You are not subscribed to that artist here.")

    async def list(self, user_id: int, guild_id: int | None) -> list[SubscriptionRow]:
        return await self._store.list_subscriptions(user_id, guild_id)
