"""Turning stored rows into Discord text and embeds, within Discord's limits.

Everything that came from a story (titles, quotes, names) passes through :func:`escape` so it cannot ping
anyone or break the embed's formatting; limits are enforced here so a long story never makes a send fail.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

import discord

from bot.alerts import pair_arrow, safe_text, safe_url
from bot.store import InteractionRow

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
AUTHOR_LIMIT = 256
TOTAL_LIMIT = 6000
MAX_FIELDS = 25

EMBED_COLOUR = discord.Colour(0xE91E63)

TYPE_WORDS: dict[str, str] = {
    "follow": "followed", "unfollow": "unfollowed", "like": "liked", "comment": "commented",
    "message": "messaged", "mention": "mentioned", "meet": "met", "collab": "collaborated",
    "cover": "covered", "challenge": "challenge", "gift": "gift", "other": "interacted",
}
PLATFORM_WORDS: dict[str, str] = {
    "tiktok": "TikTok", "instagram": "Instagram", "x": "X", "weverse": "Weverse", "youtube": "YouTube",
    "vlive": "V LIVE", "in_person": "in person", "broadcast": "broadcast", "other": "other platform",
    "unknown": "",
}

_ZWSP = "\u200b"


def escape(text: str) -> str:
    """Story text made inert: no pings (``@everyone``, ``<@&…>``) and no markdown (the alerts' rules)."""
    return safe_text(text)


def truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: max(0, limit - 1)].rstrip() + "…"


def one_line(text: str, limit: int) -> str:
    return truncate(" ".join(text.split()), limit)


def type_words(types: Iterable[str]) -> str:
    words = [TYPE_WORDS.get(t, t) for t in types]
    return ", ".join(dict.fromkeys(w for w in words if w))


def platform_words(platform: str) -> str:
    return PLATFORM_WORDS.get(platform, platform.replace("_", " "))


def date_text(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d") if value is not None else "undated"


def link(title: str, url: str | None, *, limit: int = 120) -> str:
    shown = escape(one_line(title, limit)) or "source"
    target = safe_url(url)
    # A story's URL is the publisher's text too: only http(s), with ")", "<", ">" and spaces percent-encoded.
    return f"[{shown}]({target.replace(')', '%29')})" if target else shown


def timeline_entry(row: InteractionRow, subject_ids: Sequence[str]) -> str:
    """One line group of an ``/interactions`` timeline, seen from the subject's side."""
    mine = set(subject_ids)
    if row.a.id in mine and row.b.id not in mine:
        other = escape(row.b.name)
        who = f"with **{other}**"
    elif row.b.id in mine and row.a.id not in mine:
        other = escape(row.a.name)
        who = f"with **{other}**"
    else:
        who = f"**{escape(row.a.name)}** {pair_arrow(row.directed)} **{escape(row.b.name)}**"
    details = [f"`{date_text(row.occurred)}`", who]
    words = type_words(row.types)
    if words:
        details.append(words)
    where = platform_words(row.platform)
    if where:
        details.append(where)
    lines = [" · ".join(details)]
    if row.evidence.strip():
        lines.append(f"> {escape(one_line(row.evidence, 180))}")
    lines.append(link(row.story_title, row.story_url))
    return "\n".join(lines)


def paginate_entries(entries: Sequence[str], *, per_page: int = 5,
                     limit: int = DESCRIPTION_LIMIT - 200) -> list[list[str]]:
    """Group entries into pages that fit an embed description."""
    pages: list[list[str]] = []
    page: list[str] = []
    size = 0
    for entry in entries:
        entry = truncate(entry, limit)
        if page and (len(page) >= per_page or size + len(entry) + 2 > limit):
            pages.append(page)
            page, size = [], 0
        page.append(entry)
        size += len(entry) + 2
    if page:
        pages.append(page)
    return pages


def embed_size(embed: discord.Embed) -> int:
    return len(embed)


def fit_embed(embed: discord.Embed) -> discord.Embed:
    """Clamp every part to Discord's limits, then drop trailing fields until the total fits."""
    if embed.title:
        embed.title = truncate(embed.title, TITLE_LIMIT)
    if embed.description:
        embed.description = truncate(embed.description, DESCRIPTION_LIMIT)
    fields = [
        (truncate(f.name or _ZWSP, FIELD_NAME_LIMIT), truncate(f.value or _ZWSP, FIELD_VALUE_LIMIT), f.inline)
        for f in embed.fields
    ][:MAX_FIELDS]
    embed.clear_fields()
    for name, value, inline in fields:
        embed.add_field(name=name, value=value, inline=bool(inline))
    if embed.footer and embed.footer.text:
        embed.set_footer(text=truncate(embed.footer.text, FOOTER_LIMIT), icon_url=embed.footer.icon_url)
    while len(embed) > TOTAL_LIMIT and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    if len(embed) > TOTAL_LIMIT and embed.description:
        overflow = len(embed) - TOTAL_LIMIT
        embed.description = truncate(embed.description, max(1, len(embed.description) - overflow))
    return embed
