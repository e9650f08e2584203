"""Artist options for every command: autocomplete choices and resolving what the user typed.

The roster knows the curated artists (names, aliases, Hangul); storage knows the provisional ones the
classifier met in stories (``new:<slug>``). Autocomplete must answer within Discord's 3-second limit, so
the provisional list is cached for a short while instead of being read on every keystroke.

A provisional artist is only offered or resolved for a viewer (a server, or None for a DM) that can see at
least one story naming it: a name first met in one server's private feed is that server's business.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from discord import app_commands

from bot.alerts import clean_text
from bot.guildfeeds import GuildFeeds
from bot.lookup import ArtistLookup, UnknownArtistError
from bot.models import ArtistRef
from bot.roster import Artist, Roster
from bot.store import Store
from cogs.errors import UserFacingError
from cogs.rendering import escape

MAX_CHOICES = 25
PROVISIONAL_TTL = 30.0
PROVISIONAL_CHOICES = 5


@dataclass(frozen=True, slots=True)
class ResolvedArtist:
    """An artist a command works on; a group carries its members so lookups cover them too."""

    ref: ArtistRef
    label: str
    members: tuple[ArtistRef, ...] = ()
    aliases: tuple[str, ...] = ()
    provisional: bool = False

    @property
    def ids(self) -> list[str]:
        return [self.ref.id, *(m.id for m in self.members)]

    @property
    def name(self) -> str:
        return self.ref.name


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


class ArtistDirectory:
    def __init__(
        self, roster: Roster, store: Store, *, guild_feeds: GuildFeeds | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.roster = roster
        self.store = store
        self.guild_feeds = guild_feeds or GuildFeeds(store)
        self.lookup = ArtistLookup(roster, store)
        self._clock = clock
        self._provisional: list[tuple[ArtistRef, frozenset[str]]] = []
        self._provisional_at: float | None = None
        self._popular_refs: list[ArtistRef] | None = None

    async def hidden_sources(self, viewer: int | None) -> frozenset[str]:
        """Story sources the viewer (a server id, None for a DM) must not see: other servers' feeds."""
        return frozenset(await self.guild_feeds.hidden_sources(viewer))

    async def provisional(self, viewer: int | None = None) -> list[ArtistRef]:
        """Provisional artists named by at least one story the viewer may see."""
        now = self._clock()
        if self._provisional_at is None or now - self._provisional_at > PROVISIONAL_TTL:
            self._provisional = await self.store.provisional_artist_sources()
            self._provisional_at = now
        hidden = await self.hidden_sources(viewer)
        return [ref for ref, sources in self._provisional if not sources or not sources <= hidden]

    async def _visible(self, ref: ArtistRef, viewer: int | None) -> bool:
        if self.roster.get(ref.id) is not None:
            return True
        return any(p.id == ref.id for p in await self.provisional(viewer))

    # -- labels --

    def label(self, ref: ArtistRef) -> str:
        """``Jungkook (BTS)``: enough to tell namesakes apart in a choice list or an embed."""
        groups = [self.roster.get(g) for g in ref.groups]
        names = [g.name for g in groups if g is not None]
        return f"{ref.name} ({', '.join(names)})" if names else ref.name

    def name_of(self, artist_id: str) -> str:
        artist = self.roster.get(artist_id)
        return artist.name if artist is not None else artist_id.removeprefix("new:").replace("-", " ").title()

    # -- autocomplete --

    async def choices(
        self, current: str, *, viewer: int | None = None, limit: int = MAX_CHOICES,
    ) -> list[app_commands.Choice[str]]:
        """Prefix and fuzzy matches over names and aliases (roster) plus the viewer's provisional artists.

        Provisional matches get a few reserved places so a busy roster result cannot crowd them out.
        """
        limit = min(limit, MAX_CHOICES)
        query = current.strip()
        folded = _fold(query)
        provisional = [
            ref for ref in await self.provisional(viewer)
            if not folded or folded in _fold(ref.name) or folded in ref.id
        ]
        provisional.sort(key=lambda ref: not _fold(ref.name).startswith(folded))
        provisional = provisional[:PROVISIONAL_CHOICES] if query else []
        if not query:  # the option just got focus: offer the best-known artists
            return [app_commands.Choice(name=_choice_name(self.label(ref)), value=ref.id)
                    for ref in self._popular()[:limit]]
        found: list[ArtistRef] = []
        seen: set[str] = {ref.id for ref in provisional}
        if query:
            for artist in self.roster.search(query, limit=limit):
                if artist.id not in seen and len(found) < limit - len(provisional):
                    seen.add(artist.id)
                    found.append(artist.ref())
        found.extend(provisional)
        return [
            app_commands.Choice(name=_choice_name(self.label(ref)), value=ref.id)
            for ref in found[:limit]
            if len(ref.id) <= 100
        ]

    def _popular(self) -> list[ArtistRef]:
        if self._popular_refs is None:
            ranked = sorted(self.roster, key=lambda a: (-a.prominence, a.name))
            self._popular_refs = [a.ref() for a in ranked[:MAX_CHOICES]]
        return self._popular_refs

    # -- resolving --

    async def resolve(self, text: str, *, viewer: int | None = None) -> ResolvedArtist:
        """An id picked from autocomplete, or a name or alias typed by hand (the CLI's rules).

        An unknown name is a user-facing refusal with "did you mean" suggestions; a provisional artist the
        viewer cannot see (known only from another server's feed) is unknown too.
        """
        try:
            ref = await self.lookup.resolve(text)
        except UnknownArtistError as exc:
            shown = [s.name for s in exc.suggestions if await self._visible(s, viewer)]
            raise UserFacingError(unknown_message(text, shown)) from None
        if not await self._visible(ref, viewer):
            raise UserFacingError(unknown_message(text, []))
        artist = self.roster.get(ref.id)
        if artist is not None:
            return self._from_roster(artist)
        return ResolvedArtist(ref=ref, label=self.label(ref), provisional=True)

    def _from_roster(self, artist: Artist) -> ResolvedArtist:
        members = tuple(m.ref() for m in self.roster.members_of(artist.id))
        ref = artist.ref()
        return ResolvedArtist(ref=ref, label=self.label(ref), members=members, aliases=tuple(artist.aliases))


def unknown_message(text: str, suggestions: list[str]) -> str:
    shown = _quote(text)
    # The best suggestion only: the contract is "Unknown artist 'jungkok' — did you mean Jungkook?".
    if not suggestions:
        return f"Unknown artist '{shown}'."
    return f"Unknown artist '{shown}' — did you mean {escape(suggestions[0])}?"


def _choice_name(text: str) -> str:
    """Discord wants 1-100 characters on one line; a provisional name from a story may be anything."""
    line = " ".join(clean_text(text).split()) or "?"
    return line if len(line) <= 100 else line[:99] + "…"


def _quote(text: str) -> str:
    """User input echoed back: short, one line, unable to format or ping."""
    one_line = " ".join(text.split())
    return escape(one_line if len(one_line) <= 60 else one_line[:59] + "…")
