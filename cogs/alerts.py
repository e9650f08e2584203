"""Alerts on Discord: the outbox's :class:`~bot.delivery.Sink`, and the cog that runs the outbox loop.

The outbox decides what to send and when; this module only knows how to put one alert into one channel or
DM and how to read Discord's answer. The rules it keeps:

- ``allowed_mentions`` names exactly the roles and users the delivery row intends to ping, nothing else
  (never ``@everyone``), and the content carries just those mentions; story text is escaped by
  :func:`bot.alerts.render_embed`.
- the delivery row's nonce goes with the message; discord.py then sets ``enforce_nonce``, so a resend after a
  crash returns the message already posted instead of posting a second one.
- Discord's answer becomes the outbox's vocabulary: lost access / unknown channel / closed DMs are permanent,
  rate limits, server errors and network trouble are temporary.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

import aiohttp
import discord
from discord.ext import commands

from bot.alerts import EmbedSpec, mention_line, render_embed
from bot.delivery import DeliveryItem, PermanentDeliveryError, SentMessage, TemporaryDeliveryError
from cogs.rendering import EMBED_COLOUR, fit_embed

if TYPE_CHECKING:
    from cogs.client import BiasBot

log = logging.getLogger(__name__)

# Discord JSON error codes (https://discord.com/developers/docs/topics/opcodes-and-status-codes).
UNKNOWN_CHANNEL = 10003
UNKNOWN_GUILD = 10004
UNKNOWN_MESSAGE = 10008
UNKNOWN_USER = 10013
MISSING_ACCESS = 50001
CANNOT_DM = 50007
MISSING_PERMISSIONS = 50013


def embed_from_spec(spec: EmbedSpec) -> discord.Embed:
    """Field for field; the spec is already escaped and within limits (``fit_embed`` is a last guard)."""
    embed = discord.Embed(title=spec.title, description=spec.description or None, url=spec.url,
                          colour=EMBED_COLOUR)
    for field in spec.fields:
        embed.add_field(name=field.name, value=field.value, inline=field.inline)
    if spec.footer:
        embed.set_footer(text=spec.footer)
    return fit_embed(embed)


def allowed_mentions_for(role_ids: tuple[int, ...], user_ids: tuple[int, ...]) -> discord.AllowedMentions:
    """Exactly these roles and users may be pinged; never everyone/here, never a replied user."""
    return discord.AllowedMentions(
        everyone=False,
        roles=[discord.Object(id=r) for r in role_ids],
        users=[discord.Object(id=u) for u in user_ids],
        replied_user=False,
    )


def classify_error(exc: BaseException, *, kind: str) -> Exception:
    """Discord's failure as the outbox understands it."""
    if isinstance(exc, discord.RateLimited):
        return TemporaryDeliveryError("rate limited", retry_after=exc.retry_after)
    if isinstance(exc, discord.Forbidden):
        if kind == "dm" or exc.code == CANNOT_DM:
            return PermanentDeliveryError("the user does not accept DMs from the bot")
        return PermanentDeliveryError(f"missing access ({exc.code or 403})", disable_route=True)
    if isinstance(exc, discord.NotFound):
        if exc.code in (UNKNOWN_CHANNEL, UNKNOWN_GUILD):
            return PermanentDeliveryError("the channel no longer exists", disable_route=kind == "channel")
        if exc.code == UNKNOWN_USER:
            return PermanentDeliveryError("unknown user")
        if exc.code == UNKNOWN_MESSAGE:
            return PermanentDeliveryError("the alert message was deleted")
        return PermanentDeliveryError(f"not found ({exc.code})")
    if isinstance(exc, discord.DiscordServerError):
        return TemporaryDeliveryError(f"Discord server error {exc.status}")
    if isinstance(exc, discord.HTTPException):
        if exc.status == 429:
            retry_after = getattr(exc.response, "headers", {}).get("Retry-After")
            return TemporaryDeliveryError("rate limited", retry_after=_float(retry_after))
        if exc.status >= 500:
            return TemporaryDeliveryError(f"Discord server error {exc.status}")
        return PermanentDeliveryError(f"Discord refused the message ({exc.status}/{exc.code}): {exc.text[:200]}")
    if isinstance(exc, aiohttp.ClientError | OSError | asyncio.TimeoutError):
        return TemporaryDeliveryError(f"network: {type(exc).__name__}")
    return TemporaryDeliveryError(f"{type(exc).__name__}: {exc}"[:300])


def _float(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


class DiscordSink:
    """Sends alerts through the bot's HTTP client (REST only; no gateway cache is needed)."""

    def __init__(self, bot: BiasBot) -> None:
        self.bot = bot

    async def _destination(self, item: DeliveryItem) -> discord.abc.Messageable:
        if item.kind == "channel":
            return self.bot.get_partial_messageable(item.destination, guild_id=item.guild_id)
        if item.kind == "dm":
            return await self.bot.create_dm(discord.Object(id=item.destination))
        raise PermanentDeliveryError(f"the Discord sink cannot deliver to {item.kind!r}")

    async def send(self, item: DeliveryItem) -> SentMessage:
        embed = embed_from_spec(render_embed(item.alert))
        role_ids = item.role_ids if item.kind == "channel" else ()
        user_ids = item.user_ids if item.kind == "channel" else ()
        content = mention_line(role_ids, user_ids) or None
        try:
            target = await self._destination(item)
            message = await target.send(
                content=content, embed=embed, allowed_mentions=allowed_mentions_for(role_ids, user_ids),
                nonce=item.nonce,
            )
        except (PermanentDeliveryError, TemporaryDeliveryError):
            raise
        except Exception as exc:
            raise classify_error(exc, kind=item.kind) from exc
        return SentMessage(message_id=message.id, channel_id=message.channel.id)

    async def edit(self, item: DeliveryItem, message: SentMessage) -> None:
        if message.message_id is None or message.channel_id is None:
            raise PermanentDeliveryError("no message to edit")
        embed = embed_from_spec(render_embed(item.alert))
        role_ids = item.role_ids if item.kind == "channel" else ()
        user_ids = item.user_ids if item.kind == "channel" else ()
        channel = self.bot.get_partial_messageable(message.channel_id, guild_id=item.guild_id)
        try:
            await channel.get_partial_message(message.message_id).edit(
                embed=embed, allowed_mentions=allowed_mentions_for(role_ids, user_ids)
            )
        except Exception as exc:
            raise classify_error(exc, kind=item.kind) from exc

    async def notify_admins(self, guild_id: int, text: str) -> None:
        """Tell the server's owner by DM (the one admin we can always identify), else its system channel.

        With no system channel to fall back on, a DM that failed for a passing reason (Discord down, rate
        limit) raises that temporary error, so the outbox retries the notice instead of giving it up.
        """
        guild = self.bot.get_guild(guild_id)
        dm_error: Exception | None = None
        try:
            if guild is None:
                guild = await self.bot.fetch_guild(guild_id)
            owner_id = guild.owner_id
            if owner_id is not None:
                dm = await self.bot.create_dm(discord.Object(id=owner_id))
                await dm.send(f"**{discord.utils.escape_markdown(guild.name)}**: {text}",
                              allowed_mentions=discord.AllowedMentions.none())
                return
        except discord.HTTPException as exc:
            log.info("could not DM the owner of guild %s: %s", guild_id, exc)
            dm_error = classify_error(exc, kind="dm")
        channel = guild.system_channel if guild is not None else None
        if channel is None:
            if isinstance(dm_error, TemporaryDeliveryError):
                raise dm_error
            raise PermanentDeliveryError("no way to reach the server's admins")
        try:
            await channel.send(text, allowed_mentions=discord.AllowedMentions.none())
        except Exception as exc:
            raise classify_error(exc, kind="channel") from exc


class AlertsCog(commands.Cog, name="Alerts"):
    """Runs the outbox loop for as long as the bot runs (pending deliveries resume at start-up)."""

    def __init__(self, bot: BiasBot) -> None:
        self.bot = bot
        self._stop = asyncio.Event()

    async def cog_load(self) -> None:
        outbox = self.bot.outbox
        if outbox is None:
            return
        self._stop.clear()
        self.bot.start_task("outbox", outbox.run(self._stop, idle=self.bot.outbox_idle))

    async def cog_unload(self) -> None:
        self._stop.set()


async def setup(bot: BiasBot) -> None:
    await bot.add_cog(AlertsCog(bot))
