"""A member's own alerts: ``/subscribe``, ``/unsubscribe``, ``/subscriptions`` (always ephemeral).

Subscriptions are kept per server (``mention`` only means something inside that server's alert) and per DM
(``guild_id`` None); :class:`bot.subscriptions.Subscriptions` holds the rules, this cog only talks.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.routing import SetupError
from bot.subscriptions import Subscriptions
from cogs.artists import ArtistDirectory
from cogs.errors import UserFacingError
from cogs.rendering import EMBED_COLOUR, escape, fit_embed

if TYPE_CHECKING:
    from cogs.client import BiasBot

log = logging.getLogger(__name__)

DELIVERY_CHOICES = [
    app_commands.Choice(name="dm — a direct message per story", value="dm"),
    app_commands.Choice(name="mention — a ping in this server's alert", value="mention"),
]


class SubscriptionsCog(commands.Cog, name="Subscriptions"):
    def __init__(self, artists: ArtistDirectory, subscriptions: Subscriptions) -> None:
        self.artists = artists
        self.subs = subscriptions

    @app_commands.command(name="subscribe", description="Get alerts for an artist's new stories")
    @app_commands.describe(artist="The artist or group (a group covers its members)",
                           delivery="dm (default) or mention in this server's alert channel")
    @app_commands.choices(delivery=DELIVERY_CHOICES)
    async def subscribe(
        self,
        interaction: discord.Interaction[Any],
        artist: str,
        delivery: app_commands.Choice[str] | None = None,
    ) -> None:
        subject = await self.artists.resolve(artist, viewer=interaction.guild_id)
        how = delivery.value if delivery is not None else "dm"
        try:
            new = await self.subs.subscribe(interaction.user.id, interaction.guild_id, subject.ref.id, how)
        except SetupError as exc:
            raise UserFacingError(str(exc)) from None
        label = escape(subject.label)
        covers = " and its members" if subject.members else ""
        if how == "dm":
            what = f"you'll get one DM per new story about {label}{covers}."
            what += " Make sure your DMs are open for this server."
        else:
            what = (f"you'll be mentioned in this server's alert for each new story about {label}{covers} "
                    "(only in channels where the server posts those alerts — see `/alerts list`).")
        prefix = "Subscribed" if new else "Subscription updated"
        await interaction.response.send_message(f"{prefix}: {what}", ephemeral=True)

    @subscribe.autocomplete("artist")
    async def _subscribe_artist(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await self.artists.choices(current, viewer=interaction.guild_id)

    @app_commands.command(name="unsubscribe", description="Stop alerts for an artist")
    @app_commands.describe(artist="One of your subscriptions")
    async def unsubscribe(self, interaction: discord.Interaction[Any], artist: str) -> None:
        mine = await self.subs.list(interaction.user.id, interaction.guild_id)
        artist_id = artist.strip()
        if not any(s.artist_id == artist_id for s in mine):
            artist_id = (await self.artists.resolve(artist, viewer=interaction.guild_id)).ref.id
        try:
            await self.subs.unsubscribe(interaction.user.id, interaction.guild_id, artist_id)
        except SetupError as exc:
            raise UserFacingError(str(exc)) from None
        await interaction.response.send_message(
            f"Unsubscribed from {escape(self.artists.name_of(artist_id))}.", ephemeral=True
        )

    @unsubscribe.autocomplete("artist")
    async def _unsubscribe_artist(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        mine = await self.subs.list(interaction.user.id, interaction.guild_id)
        folded = current.casefold().strip()
        choices = [
            app_commands.Choice(name=self.artists.name_of(s.artist_id)[:100], value=s.artist_id)
            for s in mine
            if not folded or folded in self.artists.name_of(s.artist_id).casefold() or folded in s.artist_id
        ]
        return choices[:25] or await self.artists.choices(current, viewer=interaction.guild_id)

    @app_commands.command(name="subscriptions", description="Your artist subscriptions here")
    async def subscriptions(self, interaction: discord.Interaction[Any]) -> None:
        mine = await self.subs.list(interaction.user.id, interaction.guild_id)
        where = "in this server" if interaction.guild_id else "in DMs"
        if not mine:
            await interaction.response.send_message(
                f"You have no subscriptions {where}. Add one with `/subscribe`.", ephemeral=True
            )
            return
        lines = [
            f"• **{escape(self.artists.name_of(s.artist_id))}** — "
            + ("DM" if s.delivery == "dm" else "mention in this server's alerts")
            for s in mine
        ]
        embed = discord.Embed(title=f"Your subscriptions {where}", description="\n".join(lines),
                              colour=EMBED_COLOUR)
        await interaction.response.send_message(embed=fit_embed(embed), ephemeral=True)


async def setup(bot: BiasBot) -> None:
    await bot.add_cog(SubscriptionsCog(bot.artists, bot.subscriptions))
