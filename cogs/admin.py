"""Server setup: ``/alerts channel|role|list|remove`` and ``/feeds add|list|remove``.

Guild-only and Manage Server only. ``default_member_permissions`` hides the commands from members, but a
server can override that per role or channel, so :meth:`AdminCog.interaction_check` checks again with the
permissions Discord resolved for this interaction. Every read and write is scoped to
``interaction.guild_id``: a server never sees or changes another server's setup.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.guildfeeds import GuildFeeds
from bot.routing import RouteService, SetupError
from cogs.artists import ArtistDirectory
from cogs.errors import NOT_IN_SERVER_MESSAGE, NotInServer, UserFacingError, is_server_manager
from cogs.rendering import EMBED_COLOUR, escape, fit_embed, one_line

if TYPE_CHECKING:
    from cogs.client import BiasBot

log = logging.getLogger(__name__)

ADMIN_PERMISSIONS = discord.Permissions(manage_guild=True)
NEEDED_IN_CHANNEL = ("view_channel", "send_messages", "embed_links")


def _guild_id(interaction: discord.Interaction[Any]) -> int:
    if interaction.guild_id is None:
        raise NotInServer(NOT_IN_SERVER_MESSAGE)
    return interaction.guild_id


def _ts(value: Any) -> str:
    return discord.utils.format_dt(value, "R") if value is not None else "never"


class AdminCog(commands.Cog, name="Admin"):
    alerts = app_commands.Group(
        name="alerts", description="Where this server's alerts go", guild_only=True,
        default_permissions=ADMIN_PERMISSIONS,
    )
    feeds = app_commands.Group(
        name="feeds", description="Extra news feeds for this server", guild_only=True,
        default_permissions=ADMIN_PERMISSIONS,
    )

    def __init__(
        self,
        artists: ArtistDirectory,
        routes: RouteService,
        guild_feeds: GuildFeeds,
        *,
        feeds_changed: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self.artists = artists
        self.routes = routes
        self.guild_feeds = guild_feeds
        self._feeds_changed = feeds_changed

    async def _reschedule(self) -> None:
        """Let the feed scheduler pick up an added or removed feed now rather than at its next refresh."""
        if self._feeds_changed is not None:
            await self._feeds_changed()

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        return is_server_manager(interaction)

    async def _artist_id(self, artist: str | None, viewer: int) -> tuple[str | None, str]:
        if not artist:
            return None, "all alerts"
        subject = await self.artists.resolve(artist, viewer=viewer)
        return subject.ref.id, f"alerts about {escape(subject.label)}"

    # -- /alerts --

    @alerts.command(name="channel", description="Post all alerts, or one artist's, in a channel")
    @app_commands.describe(channel="The text channel", artist="Only this artist's alerts (default: all)")
    async def alerts_channel(
        self, interaction: discord.Interaction[Any], channel: discord.TextChannel, artist: str | None = None,
    ) -> None:
        guild_id = _guild_id(interaction)
        if channel.guild.id != guild_id:
            raise UserFacingError("That channel is not in this server.")
        missing = _missing_permissions(channel)
        if missing:
            raise UserFacingError(
                f"I can't post in {channel.mention}: I need {', '.join(missing)} there. "
                "Fix the channel's permissions and try again."
            )
        artist_id, what = await self._artist_id(artist, guild_id)
        try:
            await self.routes.set_channel(guild_id, channel.id, artist_id, by=interaction.user.id)
        except SetupError as exc:
            raise UserFacingError(str(exc)) from None
        await interaction.response.send_message(
            f"Done: {what} will be posted in {channel.mention}. New stories only — no backlog.", ephemeral=True
        )

    @alerts.command(name="role", description="Ping a role on an artist's alerts")
    @app_commands.describe(role="The role to ping", artist="The artist whose alerts ping the role")
    async def alerts_role(self, interaction: discord.Interaction[Any], role: discord.Role, artist: str) -> None:
        guild_id = _guild_id(interaction)
        if role.guild.id != guild_id:
            raise UserFacingError("That role is not in this server.")
        if role.is_default():
            raise UserFacingError("I won't ping @everyone; pick or create a role for this artist's fans.")
        subject = await self.artists.resolve(artist, viewer=guild_id)
        try:
            await self.routes.set_role_ping(guild_id, role.id, subject.ref.id, by=interaction.user.id)
        except SetupError as exc:
            raise UserFacingError(str(exc)) from None
        note = "" if role.mentionable else (
            " Note: the role is not mentionable, so the ping only works if I have Mention Everyone, "
            "or if you make the role mentionable."
        )
        await interaction.response.send_message(
            f"Done: {role.mention} will be pinged on alerts about {escape(subject.label)} "
            f"(in the channel that gets them).{note}",
            ephemeral=True, allowed_mentions=discord.AllowedMentions.none(),
        )

    @alerts.command(name="list", description="This server's alert channels and role pings")
    async def alerts_list(self, interaction: discord.Interaction[Any]) -> None:
        guild_id = _guild_id(interaction)
        setup = await self.routes.setup_of(guild_id)
        if not setup.routes and not setup.role_pings:
            await interaction.response.send_message(
                "No alerts set up yet. Start with `/alerts channel`.", ephemeral=True
            )
            return
        embed = discord.Embed(title="Alerts in this server", colour=EMBED_COLOUR)
        if setup.routes:
            lines = []
            for route in setup.routes:
                what = (f"alerts about {escape(self.artists.name_of(route.artist_id))}"
                        if route.artist_id else "all alerts")
                line = f"<#{route.channel_id}> — {what}"
                if route.disabled:
                    line += f" — **disabled** ({escape(route.disabled_reason or 'no access')})"
                lines.append(line)
            embed.add_field(name="Channels", value="\n".join(lines), inline=False)
        if setup.role_pings:
            embed.add_field(
                name="Role pings",
                value="\n".join(f"<@&{p.role_id}> — {escape(self.artists.name_of(p.artist_id))}"
                                for p in setup.role_pings),
                inline=False,
            )
        await interaction.response.send_message(
            embed=fit_embed(embed), ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )

    @alerts.command(name="remove", description="Stop posting alerts (or one artist's) in a channel")
    @app_commands.describe(channel="The text channel",
                           artist="Only this artist's route (default: the all-alerts route)")
    async def alerts_remove(
        self, interaction: discord.Interaction[Any], channel: discord.TextChannel, artist: str | None = None,
    ) -> None:
        guild_id = _guild_id(interaction)
        artist_id, what = await self._artist_id(artist, guild_id)
        try:
            await self.routes.remove_channel(guild_id, channel.id, artist_id)
        except SetupError as exc:
            raise UserFacingError(str(exc)) from None
        await interaction.response.send_message(
            f"Done: {what} will no longer be posted in {channel.mention}.", ephemeral=True
        )

    @alerts_channel.autocomplete("artist")
    @alerts_role.autocomplete("artist")
    @alerts_remove.autocomplete("artist")
    async def _artist_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await self.artists.choices(current, viewer=interaction.guild_id)

    # -- /feeds --

    @feeds.command(name="add", description="Add a news feed (RSS/Atom) for this server")
    @app_commands.describe(url="The feed's http(s) URL", name="A short name for /feeds list")
    async def feeds_add(self, interaction: discord.Interaction[Any], url: str, name: str | None = None) -> None:
        guild_id = _guild_id(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)  # the address check resolves DNS
        try:
            row = await self.guild_feeds.add(guild_id, url, name=name, added_by=interaction.user.id)
        except SetupError as exc:
            # The reason may quote the typed host name: shown inert.
            raise UserFacingError(escape(str(exc))) from None
        await self._reschedule()
        await interaction.followup.send(
            f"Added feed <{row.url}>. Its stories go to this server's alert channels only; "
            "the first poll stores the backlog without alerting.",
            ephemeral=True,
        )

    @feeds.command(name="list", description="This server's feeds with their last poll")
    async def feeds_list(self, interaction: discord.Interaction[Any]) -> None:
        guild_id = _guild_id(interaction)
        feeds = await self.guild_feeds.list(guild_id)
        if not feeds:
            await interaction.response.send_message("This server has no feeds. Add one with `/feeds add`.",
                                                    ephemeral=True)
            return
        embed = discord.Embed(title="Feeds of this server", colour=EMBED_COLOUR)
        for feed in feeds:
            lines = [f"<{feed.url}>", f"Last success: {_ts(feed.last_success)}"]
            if feed.last_error:
                lines.append(f"Last error: {escape(one_line(feed.last_error, 200))}")
            lines.append(f"Next poll: {_ts(feed.next_poll)}")
            embed.add_field(name=escape(one_line(feed.name or feed.url, 200)), value="\n".join(lines),
                            inline=False)
        await interaction.response.send_message(embed=fit_embed(embed), ephemeral=True)

    @feeds.command(name="remove", description="Remove one of this server's feeds")
    @app_commands.describe(url="The feed's URL (as /feeds list shows it)")
    async def feeds_remove(self, interaction: discord.Interaction[Any], url: str) -> None:
        guild_id = _guild_id(interaction)
        try:
            await self.guild_feeds.remove(guild_id, url)
        except SetupError as exc:
            raise UserFacingError(str(exc)) from None
        await self._reschedule()
        await interaction.response.send_message(f"Removed feed <{url.strip()}>.", ephemeral=True)

    @feeds_remove.autocomplete("url")
    async def _feed_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None or not is_manager_quiet(interaction):
            return []
        folded = current.casefold()
        return [
            app_commands.Choice(name=one_line(f.name or f.url, 100), value=f.url)
            for f in await self.guild_feeds.list(interaction.guild_id)
            if len(f.url) <= 100 and (folded in f.url.casefold() or folded in (f.name or "").casefold())
        ][:25]


def is_manager_quiet(interaction: discord.Interaction[Any]) -> bool:
    perms = interaction.permissions
    return bool(perms.manage_guild or perms.administrator)


def _missing_permissions(channel: discord.TextChannel) -> list[str]:
    """What the bot lacks in the channel, when the cache can tell (else nothing: the outbox will find out)."""
    me = channel.guild.me
    if me is None:
        return []
    perms = channel.permissions_for(me)
    names = {"view_channel": "View Channel", "send_messages": "Send Messages", "embed_links": "Embed Links"}
    return [names[p] for p in NEEDED_IN_CHANNEL if not getattr(perms, p)]


async def setup(bot: BiasBot) -> None:
    await bot.add_cog(AdminCog(bot.artists, bot.routes, bot.guild_feeds, feeds_changed=bot.feeds_changed))
