"""The records every stage of interaction extraction shares, and the questions they all ask of them.

Cue finding, reference resolution, cue filtering, pairing, headline marking and the story-level loop in
``bot.interactions`` all pass the same story state around; its types live here, at the bottom of the import
order, so each stage can be its own module without importing the one that drives it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from bot.sentences import Sentence

SOCIAL_TYPES = frozenset({"follow", "unfollow", "like", "comment", "message"})
TALK_TYPES = frozenset({"comment", "message"})
# Types two co-participants share when a third party is the subject ("Suga did the challenge with Woozi and
# DK": Woozi and DK danced together, but only Suga gave the gifts).
SHARED_TYPES = frozenset({"challenge", "collab"})
# Marks a derived pair that never makes a headline (teammates who joined the subject's act); stripped before
# the pair is stored.
SIDE_PAIR = "_side"
# Cue kinds that are no act of their own: they join, relate or sequence parties, or pair only bandmates
# (bot.cue_filters); a sentence with none but these has no typed act.
HELPER_KINDS = frozenset({"recip", "join", "_seq", "_joinact", "_bandact", "_formact", "_dropact", "_titlewith"})
# A group pair whose members take part themselves is really about those members.
HANDOVER_TYPES = frozenset({"challenge", "gift", "meet", "collab", "cover", "comment"})
OPENING_SENTENCES = 2
EARLY_SENTENCES = 6


@dataclass(frozen=True, slots=True)
class ArtistMeta:
    """What the extractor needs to know about an artist id."""

    id: str
    name: str
    kind: str
    groups: frozenset[str] = frozenset()  # current and former groups (a former member is still "own group")
    former: frozenset[str] = frozenset()  # the former ones alone: no part in the group's acts today
    gender: str | None = None  # "f" / "m" when known: "she" is never a man the roster knows


class MentionLike(Protocol):
    """The tagger's Mention shape; only these attributes are read."""

    @property
    def artist_id(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def surface(self) -> str: ...


MetaLookup = Callable[[str], ArtistMeta]


# ------------------------------------------------------------------------------------------- records
@dataclass(slots=True)
class _Party:
    id: str
    start: int
    end: int
    source: str  # tag | group-ref | role | pronoun | pair-ref | latter
    excluded: bool = False


@dataclass(slots=True)
class _Cue:
    kind: str
    start: int
    end: int


@dataclass(slots=True)
class _Acc:
    a: str
    b: str
    types: set[str] = field(default_factory=set)
    platforms: Counter[str] = field(default_factory=Counter)
    evidence: str = ""
    evidence_index: int = 1 << 30
    first_index: int = 1 << 30
    opening: bool = False
    title_pair: bool = False
    actor: str | None = None
    votes: Counter[str] = field(default_factory=Counter)
    evidence_count: int = 0
    early_foreground: bool = False
    title_types: set[str] = field(default_factory=set)
    all_platforms: set[str] = field(default_factory=set)
    type_first: dict[str, int] = field(default_factory=dict)  # sentence where each type was first seen
    # platforms of sightings with only a generic cue ("the exchange"): used when no specific act names one
    generic_platforms: Counter[str] = field(default_factory=Counter)
    side_only: bool = True  # every sighting was a derived pair that must not make a headline (mark=False)


@dataclass(slots=True)
class _Story:
    text: str
    title_end: int
    sentences: Sequence[Sentence]
    meta: MetaLookup
    counts: Counter[str]
    story_platform: str
    ments: Sequence[MentionLike]
    in_person_story: bool
    first_body: int
    sent_platforms: list[str | None]
    sent_all_platforms: dict[int, set[str]]
    roles_cache: dict[str, Counter[str]] | None = None
    title_ids: set[str] = field(default_factory=set)
    title_groups: set[str] = field(default_factory=set)
    kinds: dict[str, str] = field(default_factory=dict)
    groups: dict[str, frozenset[str]] = field(default_factory=dict)
    # each sentence's resolved parties and cues, for telling who acted (bot.direction)
    sight: dict[int, tuple[list[_Party], list[_Cue]]] = field(default_factory=dict)
    background: dict[int, bool] = field(default_factory=dict)  # sentence index -> _BACKGROUND matches
    sentence_keys: dict[int, tuple[str, int, list[int]]] = field(default_factory=dict)  # see _sentence_keys
    main_members: dict[str, list[str]] = field(default_factory=dict)  # see _main_member
    # the text as the cue patterns see it (bot.interactions._names_capitalized): same length and offsets
    scan_text: str = ""
    # sentences the rules say pair nobody: every act word ruled out by a filter ("did not follow", "would
    # ever collaborate", "topped the chart, following BTS"), a denial, a report later denied. The learned
    # pairs (bot.learned_pairs) take the rules' word there.
    vetoed: set[int] = field(default_factory=set)
    # the title is a scene of a drama or film its actors are named in (bot.interactions._screen_scene)
    screen_scene: bool = False


_Pair = tuple[str, str, set[str], bool]


# ------------------------------------------------------------------------------------ story queries
def _distinct(parties: Sequence[_Party]) -> list[_Party]:
    seen: set[str] = set()
    out: list[_Party] = []
    for p in parties:
        if p.id not in seen:
            seen.add(p.id)
            out.append(p)
    return out


def _is_member(story: _Story, member: str, group: str) -> bool:
    g = story.groups.get(member)
    return group in (g if g is not None else story.meta(member).groups)


def _is_group(story: _Story, aid: str) -> bool:
    k = story.kinds.get(aid)
    return (k if k is not None else story.meta(aid).kind) == "group"


def _same_team(story: _Story, x: str, y: str) -> bool:
    mx, my = story.meta(x), story.meta(y)
    if mx.kind == "group" or my.kind == "group":
        return False
    if mx.groups or my.groups:
        return bool(mx.groups & my.groups)
    return True


def _in_group_brackets(story: _Story, at: int, aid: str) -> bool:
    """Whether the mention of ``aid`` at ``at`` sits in brackets right after its own group's name.

    "ITZY (Yeji, Lia, Ryujin, Chaeryeong and Yuna) kick off the month": the brackets say who the group is,
    a roll-call; the members did nothing of their own there.
    """
    text = story.text
    open_at = text.rfind("(", max(0, at - 160), at)
    if open_at < 0 or ")" in text[open_at:at] or "\n" in text[open_at:at]:
        return False
    return any(
        m.end <= open_at
        and not text[m.end : open_at].strip()
        and _is_group(story, m.artist_id)
        and _is_member(story, aid, m.artist_id)
        for m in story.ments
        if open_at - 4 <= m.end <= open_at
    )


def _own_group(story: _Story, x: str, y: str) -> bool:
    return _is_member(story, x, y) or _is_member(story, y, x)


def _platform_of(story: _Story, s: Sentence) -> str | None:
    return story.sent_platforms[s.index]
