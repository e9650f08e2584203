"""Plain value types shared by the pipeline's steps.

They are the seams between rooms: a source produces ``StoryInput``, the classifier turns text into a
``Classification``, storage returns ``StoryRow``. Keeping them here (and free of behaviour) lets each step
be tested alone and lets the Discord layer depend on nothing but these shapes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

InteractionType = Literal[
    "follow", "unfollow", "like", "comment", "message", "mention", "meet",
    "collab", "cover", "challenge", "gift", "other",
]
INTERACTION_TYPES: tuple[str, ...] = (
    "follow", "unfollow", "like", "comment", "message", "mention", "meet",
    "collab", "cover", "challenge", "gift", "other",
)
Platform = Literal[
    "tiktok", "instagram", "x", "weverse", "youtube", "vlive", "in_person", "broadcast", "other", "unknown",
]
PLATFORMS: tuple[str, ...] = (
    "tiktok", "instagram", "x", "weverse", "youtube", "vlive", "in_person", "broadcast", "other", "unknown",
)


@dataclass(frozen=True, slots=True)
class StoryInput:
    """One story as a source produced it, before storage.

    ``source`` names where it came from (a feed URL, or ``file:<folder>``); ``entry_key`` is stable within
    the source (feed guid/id, else link, else content hash; for files the path) so re-ingesting is idempotent.
    ``published`` is timezone-aware UTC or None. ``body`` is plain text, already cleaned of page noise.
    """

    source: str
    entry_key: str
    url: str | None
    title: str
    published: datetime | None
    body: str


@dataclass(frozen=True, slots=True)
class ArtistRef:
    """An artist as a classification names it; ``id`` is a roster slug or ``new:<slug>`` (provisional)."""

    id: str
    name: str
    kind: str  # group | member | soloist | person
    groups: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Interaction:
    """Two artists linked by what one did to the other (or together).

    ``a`` is the actor when the text gives a direction (``directed`` is then True), else the pair is
    unordered and ``a`` sorts first. ``evidence`` is the sentence that shows it.
    """

    a: str
    b: str
    types: tuple[str, ...]
    platform: str
    headline: bool
    evidence: str
    directed: bool = False


@dataclass(frozen=True, slots=True)
class Classification:
    artists: tuple[ArtistRef, ...] = ()
    interactions: tuple[Interaction, ...] = ()
    interaction_story: bool = False
    summary: str = ""

    def headline_interaction(self) -> Interaction | None:
        return next((i for i in self.interactions if i.headline), None)


@dataclass(frozen=True, slots=True)
class StoryRow:
    """A stored story, as storage returns it."""

    id: int
    source: str
    entry_key: str
    url: str | None
    title: str
    published: datetime | None
    first_seen: datetime
    body: str
    content_hash: str
    group_id: int
    backlog: bool
    classification: Classification | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class FeedState:
    """What we remember about one feed between polls (persisted by storage, one row per url).

    ``next_due`` is when to poll next; ``last_success`` being None means no poll has ever succeeded, so the
    next successful one is the feed's backlog.
    """

    url: str
    name: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    consecutive_failures: int = 0
    next_due: datetime | None = None
    last_attempt: datetime | None = None
