"""Turning what a person typed ("jungkook", "정국", "JK", "heon seo") into one artist.

Shared by the command line and the slash commands so both accept the same names, suggest the same
"did you mean" and treat a group as the group plus its members.
"""

from __future__ import annotations

import re
import unicodedata

from bot.models import ArtistRef
from bot.roster import Roster
from bot.store import Store


class UnknownArtistError(LookupError):
    """No artist by that name; ``str()`` is the sentence shown to the person, with suggestions."""

    def __init__(self, query: str, suggestions: list[ArtistRef]) -> None:
        self.query = query
        self.suggestions = suggestions
        hint = ""
        if suggestions:
            names = [s.name for s in suggestions[:3]]
            hint = " — did you mean " + (" or ".join(names) if len(names) < 3 else
                                         ", ".join(names[:-1]) + " or " + names[-1]) + "?"
        super().__init__(f"Unknown artist '{query}'{hint}")


def normalize(text: str) -> str:
    """Case, width, accents, spaces and punctuation folded away: 'Jung Kook' == 'jungkook' == 'JUNG-KOOK'."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", text)


class ArtistLookup:
    def __init__(self, roster: Roster, store: Store) -> None:
        self.roster = roster
        self.store = store

    async def resolve(self, query: str) -> ArtistRef:
        """The artist an id, name or alias names; raises :class:`UnknownArtistError` with suggestions."""
        query = query.strip()
        artist = self.roster.get(query)
        if artist is not None:
            return artist.ref()
        found = self.roster.find(query)
        if found:
            return max(found, key=lambda a: a.prominence).ref()
        stored = await self.store.get_artist(query)
        if stored is not None:
            return stored
        key = normalize(query)
        provisional = await self.store.provisional_artists()
        for ref in provisional:
            if key and key in (normalize(ref.name), normalize(ref.id.removeprefix("new:"))):
                return ref
        raise UnknownArtistError(query, await self.suggest(query))

    async def suggest(self, query: str, limit: int = 3) -> list[ArtistRef]:
        suggestions = [a.ref() for a in self.roster.search(query, limit=limit)]
        key = normalize(query)
        if key:
            for ref in await self.store.provisional_artists():
                if normalize(ref.name).startswith(key[:3]) and len(suggestions) < limit:
                    suggestions.append(ref)
        return suggestions

    def expand(self, artist_id: str) -> list[str]:
        """The artist's id, plus its members' ids when it is a group (a group's page covers its members)."""
        return [artist_id, *(m.id for m in self.roster.members_of(artist_id))]
