"""Read-only commands for fans: ``/interactions``, ``/artist``, ``/recent``.

Thin adapters: the store answers the questions, :mod:`cogs.rendering` shapes the answer, and misses
("Unknown artist …", "No interactions recorded …") are plain sentences the user can act on. Every answer is
seen from the server it is asked in: stories from other servers' feeds are left out (a DM sees public ones).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.models import INTERACTION_TYPES, PLATFORMS, StoryRow
from cogs.artists import ArtistDirectory, ResolvedArtist
from cogs.rendering import (
    EMBED_COLOUR,
    date_text,
    escape,
    fit_embed,
    link,
    one_line,
    paginate_entries,
    platform_words,
    timeline_entry,
    type_words,
)
from cogs.views import Paginator

if TYPE_CHECKING:
    from cogs.client import BiasBot

log = logging.getLogger(__name__)

TIMELINE_LIMIT = 100
PER_PAGE = 5
RECENT_LIMIT = 8

TYPE_CHOICES = [app_commands.Choice(name=type_words([t]) or t, value=t) for t in INTERACTION_TYPES]
PLATFORM_CHOICES = [
    app_commands.Choice(name=platform_words(p) or "unknown", value=p) for p in PLATFORMS
]


class InteractionsCog(commands.Cog, name="Interactions"):
    def __init__(self, bot: BiasBot, artists: ArtistDirectory) -> None:
        self.bot = bot
        self.store = bot.services.store
        self.artists = artists

    # -- /interactions --

    @app_commands.command(name="interactions", description="Timeline of an artist's interactions with others")
    @app_commands.rename(with_="with", type_="type")
    @app_commands.describe(
        artist="The artist (or group: its members are included)",
        with_="Only interactions with this artist",
        type_="Only this kind of interaction",
        platform="Only on this platform",
    )
    @app_commands.choices(type_=TYPE_CHOICES, platform=PLATFORM_CHOICES)
    async def interactions(
        self,
        interaction: discord.Interaction[Any],
        artist: str,
        with_: str | None = None,
        type_: app_commands.Choice[str] | None = None,
        platform: app_commands.Choice[str] | None = None,
    ) -> None:
        subject = await self.artists.resolve(artist, viewer=interaction.guild_id)
        other = await self.artists.resolve(with_, viewer=interaction.guild_id) if with_ else None
        rows = await self.store.visible_interactions(
            subject.ids,
            await self.artists.hidden_sources(interaction.guild_id),
            with_ids=other.ids if other is not None else None,
            type_=type_.value if type_ is not None else None,
            platform=platform.value if platform is not None else None,
            limit=TIMELINE_LIMIT,
        )
        what = _subject_text(subject, other)
        filters = _filter_text(type_, platform)
        if not rows:
            await interaction.response.send_message(
                f"No interactions recorded for {what} yet{filters}.", ephemeral=True
            )
            return
        entries = [timeline_entry(row, subject.ids) for row in rows]
        pages = paginate_entries(entries, per_page=PER_PAGE)
        total = len(rows)
        more = "+" if total >= TIMELINE_LIMIT else ""
        embeds = []
        for number, page in enumerate(pages, start=1):
            embed = discord.Embed(
                title=f"Interactions: {what}{filters}",
                description="\n\n".join(page),
                colour=EMBED_COLOUR,
            )
            embed.set_footer(text=f"Page {number}/{len(pages)} · {total}{more} interactions · newest first")
            embeds.append(fit_embed(embed))
        await Paginator(embeds, owner_id=interaction.user.id).start(interaction)

    @interactions.autocomplete("artist")
    async def _interactions_artist(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await self.artists.choices(current, viewer=interaction.guild_id)

    @interactions.autocomplete("with_")
    async def _interactions_with(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await self.artists.choices(current, viewer=interaction.guild_id)

    # -- /artist --

    @app_commands.command(name="artist", description="Profile card: group or members, aliases, interactions")
    @app_commands.describe(name="The artist or group")
    async def artist(self, interaction: discord.Interaction[Any], name: str) -> None:
        subject = await self.artists.resolve(name, viewer=interaction.guild_id)
        public = self.artists.guild_feeds.operator_sources
        stats = await self.store.visible_artist_stats(subject.ids, interaction.guild_id, public)
        stories = await self.store.visible_stories(interaction.guild_id, public, limit=5, artist_id=subject.ref.id)
        embed = discord.Embed(title=escape(subject.label), colour=EMBED_COLOUR)
        kind = "provisional (seen in stories, not in the roster)" if subject.provisional else subject.ref.kind
        embed.add_field(name="Kind", value=escape(kind), inline=True)
        if subject.members:
            embed.add_field(name="Members", value=escape(", ".join(m.name for m in subject.members)), inline=False)
        if subject.ref.groups:
            embed.add_field(
                name="Group", value=escape(", ".join(self.artists.name_of(g) for g in subject.ref.groups)),
                inline=True,
            )
        if subject.aliases:
            embed.add_field(name="Also known as", value=escape(", ".join(subject.aliases)), inline=False)
        embed.add_field(name="Stories", value=str(stats.stories), inline=True)
        embed.add_field(name="Interactions", value=str(stats.interactions), inline=True)
        if stats.top_partners:
            embed.add_field(
                name="Top interaction partners",
                value="\n".join(f"{escape(p.artist.name)} — {p.count}" for p in stats.top_partners),
                inline=False,
            )
        if stories:
            embed.add_field(name="Latest stories", value="\n".join(_story_line(s) for s in stories), inline=False)
        await interaction.response.send_message(embed=fit_embed(embed))

    @artist.autocomplete("name")
    async def _artist_name(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await self.artists.choices(current, viewer=interaction.guild_id)

    # -- /recent --

    @app_commands.command(name="recent", description="Latest stories with summaries")
    @app_commands.describe(artist="Only stories naming this artist")
    async def recent(self, interaction: discord.Interaction[Any], artist: str | None = None) -> None:
        subject = await self.artists.resolve(artist, viewer=interaction.guild_id) if artist else None
        stories = await self.store.visible_stories(
            interaction.guild_id, self.artists.guild_feeds.operator_sources, limit=RECENT_LIMIT,
            artist_id=subject.ref.id if subject else None, include_classification=True,
        )
        if not stories:
            whom = f" about {escape(subject.label)}" if subject else ""
            await interaction.response.send_message(f"No stories{whom} yet.", ephemeral=True)
            return
        title = f"Latest stories about {escape(subject.label)}" if subject else "Latest stories"
        embed = discord.Embed(title=title, colour=EMBED_COLOUR)
        for story in stories:
            summary = story.classification.summary if story.classification else ""
            value = escape(one_line(summary or story.body, 300)) or "—"
            if story.url:
                value += f"\n{link('Read the story', story.url)}"
            embed.add_field(
                name=f"{date_text(story.published or story.first_seen)} · {escape(one_line(story.title, 200))}",
                value=value, inline=False,
            )
        await interaction.response.send_message(embed=fit_embed(embed))

    @recent.autocomplete("artist")
    async def _recent_artist(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await self.artists.choices(current, viewer=interaction.guild_id)


def _subject_text(subject: ResolvedArtist, other: ResolvedArtist | None) -> str:
    text = escape(subject.label)
    if other is not None:
        text += f" and {escape(other.label)}"
    return text


def _filter_text(type_: app_commands.Choice[str] | None, platform: app_commands.Choice[str] | None) -> str:
    parts = []
    if type_ is not None:
        parts.append(type_.name)
    if platform is not None:
        parts.append(f"on {platform.name}")
    return f" ({', '.join(parts)})" if parts else ""


def _story_line(story: StoryRow) -> str:
    return f"`{date_text(story.published or story.first_seen)}` {link(story.title, story.url, limit=80)}"


async def setup(bot: BiasBot) -> None:
    await bot.add_cog(InteractionsCog(bot, bot.artists))
