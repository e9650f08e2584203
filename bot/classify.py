"""The classifier facade ingest calls for every new or changed story.

``Classifier`` owns the heavy, shareable things (roster, tagger automaton, per-artist metadata cache) and is
otherwise stateless: ``classify(title, body)`` depends only on its arguments, so it is safe to call from any
task and to re-run over stored stories after a roster or rule change.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.interactions import ArtistMeta, extract_interactions
from bot.learned_pairs import PairModel
from bot.models import ArtistRef, Classification, Interaction
from bot.roster import Roster
from bot.sentences import Sentence, split_sentences
from bot.summary import summarize
from bot.tagger import content_line, page_furniture, related_link_line, tag_cloud_line

if TYPE_CHECKING:
    from bot.tagger import Mention, Tagger

log = logging.getLogger(__name__)

__all__ = ["Classifier", "Found", "Tagged"]

_META_CACHE_MAX = 50_000
# fmt: off
_KOREAN_SURNAMES = frozenset((
    "kim", "lee", "park", "choi", "jung", "jeong", "jeon", "kang", "cho", "jo", "yoon", "yun", "jang", "lim", "im",
    "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "hong", "yoo", "yu", "ko", "go", "moon", "mun",
    "yang", "son", "bae", "baek", "heo", "nam", "noh", "sim", "ha", "kwak", "sung", "cha", "joo", "woo", "min", "ryu",
    "huh", "hur", "shim", "byun", "byeon", "chae", "gong", "bang", "choo", "chu", "uhm", "eom", "yeo", "ok", "tak",
    "seong", "chung", "rhee", "suh", "roh", "jun", "chun", "kim",
))
_NOT_FIRST_NAMES = frozenset((
    "the", "a", "an", "dj", "mc", "lil", "big", "young", "dr", "mr", "mrs", "ms", "miss", "sir", "lady", "king",
    "queen", "saint", "st", "little", "baby", "red", "new",
))
# fmt: on
_NEXT_CAP = re.compile(r"[ \t]+[A-Z][a-z]")
_PREV_CAP = re.compile(r"[A-Z][\w'’-]*[ \t]+$")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]{2,}\b")
_SENTENCE_END = re.compile(r"[.!?]\s*$")
# Words a name-list line of page debris may still hold ("BTS, V", "Kim Seon Ho, Suzy", "1. BLACKPINK").
_LIST_WORDS = frozenset({"and", "the", "feat", "with", "more", "hour", "hours", "ago", "min", "mins"})


class Classifier:
    """Tag artists, extract interactions and summarize one story at a time."""

    def __init__(
        self,
        roster: Roster | None = None,
        tagger: Tagger | None = None,
        pair_model: PairModel | None = None,
        learned: bool = True,
    ) -> None:
        """``pair_model`` defaults to the shipped one (bot.learned_pairs); ``learned=False`` runs the rules alone."""
        self.roster = roster if roster is not None else (tagger.roster if tagger is not None else Roster.load())
        if tagger is None:
            from bot.tagger import Tagger

            tagger = Tagger(self.roster)
        self.tagger = tagger
        self.pair_model = pair_model if pair_model is not None else (PairModel.load() if learned else None)
        self._meta: dict[str, ArtistMeta] = {}

    # ------------------------------------------------------------------ metadata
    def meta(self, artist_id: str) -> ArtistMeta:
        m = self._meta.get(artist_id)
        if m is None:
            if len(self._meta) > _META_CACHE_MAX:
                self._meta.clear()
            ref = self.tagger.describe(artist_id)
            artist = self.roster.get(artist_id)
            groups = (
                frozenset(artist.groups) | frozenset(artist.former_groups)
                if artist is not None
                else frozenset(ref.groups)
            )
            former = frozenset(artist.former_groups) - frozenset(artist.groups) if artist is not None else frozenset()
            m = ArtistMeta(artist_id, ref.name, ref.kind, groups, former,
                           artist.gender if artist is not None else None)
            self._meta[artist_id] = m
        return m

    def describe(self, artist_id: str) -> ArtistRef:
        return self.tagger.describe(artist_id)

    # ------------------------------------------------------------------ classify
    def classify(self, title: str, body: str) -> Classification:
        tagged = self.tag(title, body)
        found = self.interactions(tagged)
        return self.finish(tagged, found)

    # The three stages of ``classify``, public so the bench can time each one (bench/classify.py); callers
    # that want a Classification call ``classify``.
    def tag(self, title: str, body: str) -> Tagged:
        """Stage 1: the story text and the artist mentions in it (tagger, list noise, later surnames)."""
        title = " ".join(title.split())
        text = f"{title}\n\n{body}" if title else body
        if "‘" in text:
            text = _OPENING_QUOTE_POSSESSIVE.sub("’", text)
        title_end = len(title)
        tagged = [m for m in self.tagger.tag(text) if m.artist_id]  # blocked names come back id-less
        mentions = _drop_list_noise(text, title_end, tagged)
        mentions = _surname_mentions(text, mentions, self.meta)
        return Tagged(text, title_end, mentions)

    def interactions(self, tagged: Tagged) -> Found:
        """Stage 2: sentences, and the interactions between the mentioned artists."""
        sentences = split_sentences(tagged.text)
        interactions, story = extract_interactions(tagged.text, tagged.title_end, sentences, tagged.mentions,
                                                   self.meta, self.pair_model)
        return Found(sentences, interactions, story)

    def finish(self, tagged: Tagged, found: Found) -> Classification:
        """Stage 3: the artists named and the summary."""
        mentions, title_end = tagged.mentions, tagged.title_end
        seen: dict[str, None] = {}
        for m in mentions:
            seen.setdefault(m.artist_id, None)
        artists = tuple(self.tagger.describe(aid) for aid in seen)
        body_sents = [s for s in found.sentences if s.start >= title_end]
        headline = next((i for i in found.interactions if i.headline), None)
        summary = summarize(
            body_sents,
            evidence=headline.evidence if headline is not None else None,
            artist_counts=_counts(body_sents, mentions),
        )
        return Classification(
            artists=artists, interactions=tuple(found.interactions), interaction_story=found.story, summary=summary
        )


# "LE SSERAFIM‘s Sakura": sites' editors sometimes type an opening quote for the apostrophe of a possessive;
# it is one (same length, so every offset stays put)
_OPENING_QUOTE_POSSESSIVE = re.compile(r"(?<=\w)‘(?=s\b)")


@dataclass(frozen=True, slots=True)
class Tagged:
    """What stage 1 of ``Classifier.classify`` hands on: the joined text and its mentions."""

    text: str
    title_end: int
    mentions: list[Mention]


@dataclass(frozen=True, slots=True)
class Found:
    """What stage 2 hands on: the sentences and the interactions found in them."""

    sentences: list[Sentence]
    interactions: list[Interaction]
    story: bool


def _surname_mentions(text: str, mentions: list[Mention], meta: Callable[[str], ArtistMeta]) -> list[Mention]:
    """Add later short references to a person named in full earlier ("Charlie Puth" ... "Puth", "Kim").

    Only a name part that points to one artist in this story counts, only after the full name, and only
    as a word of its own (not the start of a longer capitalised name).
    """
    keys: dict[str, set[str]] = {}
    first_seen: dict[str, int] = {}
    for m in mentions:
        words = m.surface.split()
        if len(words) < 2 or meta(m.artist_id).kind == "group":
            continue
        first_seen.setdefault(m.artist_id, m.start)
        parts = [words[-1].removesuffix("'s").removesuffix("’s")]
        if words[0].lower() in _KOREAN_SURNAMES or (
            meta(m.artist_id).kind != "member" and words[0].lower() not in _NOT_FIRST_NAMES
        ):
            parts.append(words[0])  # "Kim" for Kim Soo-hyun, "Charlie" for Charlie Puth
        for w in parts:
            if len(w) >= 3 and w[0].isupper() and w.replace("-", "").isalpha():
                keys.setdefault(w, set()).add(m.artist_id)
    if not keys:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    # "Conan Gray ... Gray posted a photo": a one-word namesake ("GRAY") the story never names otherwise is the
    # person named in full before it
    same_word: dict[str, list[Mention]] = {}
    for m in mentions:
        same_word.setdefault(m.artist_id, []).append(m)
    replaced: set[tuple[int, int]] = set()
    added: list[Mention] = []
    for word, ids in keys.items():
        if len(ids) != 1:
            continue
        (aid,) = tuple(ids)
        pos = text.find(word, first_seen[aid])
        while pos >= 0:
            end = pos + len(word)
            ok = (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "-'’")) and (
                end >= len(text) or not (text[end].isalnum() or text[end] == "-")
            )
            if ok:
                nxt = _NEXT_CAP.match(text, end)
                prv = _PREV_CAP.search(text, max(0, pos - 30), pos)
                if nxt is None and prv is None and not any(a < end and pos < b for a, b in taken):
                    added.append(_make_mention(mentions[0], aid, pos, end, word))
                elif nxt is None and prv is None and (pos, end) in taken:
                    other = next(m for m in mentions if (m.start, m.end) == (pos, end))
                    if other.artist_id != aid and all(
                        o.surface == word and o.start > first_seen[aid] for o in same_word[other.artist_id]
                    ):
                        replaced.add((pos, end))
                        added.append(_make_mention(mentions[0], aid, pos, end, word))
            pos = text.find(word, end)
    if not added:
        return mentions
    kept = [m for m in mentions if (m.start, m.end) not in replaced]
    return sorted([*kept, *added], key=lambda m: m.start)


def _make_mention(template: Mention, artist_id: str, start: int, end: int, surface: str) -> Mention:
    return type(template)(artist_id=artist_id, start=start, end=end, surface=surface, via="surname")


def _counts(sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[int]:
    counts = [0] * len(sentences)
    j = 0
    for i, s in enumerate(sentences):
        while j < len(mentions) and mentions[j].start < s.start:
            j += 1
        k = j
        while k < len(mentions) and mentions[k].start < s.end:
            counts[i] += 1
            k += 1
    return counts


def _drop_list_noise(text: str, title_end: int, mentions: list[Mention]) -> list[Mention]:
    """Forget mentions on lines that are only name lists (related-story links, tag clouds, embeds' credits).

    Such lines ("Kim Seon Ho, Suzy", "BTS, V", "BLACKPINK JENNIE Cover : W KOREA") name artists the story is
    not about; a line with ordinary lower-case prose or sentence punctuation is kept.
    """
    if not mentions:
        return mentions
    out: list[Mention] = []
    line_start = -1
    line_end = -1
    noise = False
    for m in mentions:
        if m.start < title_end:
            out.append(m)
            continue
        if m.start >= line_end:
            line_start = text.rfind("\n", 0, m.start) + 1
            nl = text.find("\n", m.start)
            line_end = len(text) if nl < 0 else nl
            noise = _is_list_line(text, line_start, line_end, mentions)
        if not noise:
            out.append(m)
    return out


def _is_list_line(text: str, start: int, end: int, mentions: Sequence[Mention]) -> bool:
    if related_link_line(text, start, end):
        return True  # "ALSO READ: Kim Soo Hyun's upcoming film confirms release date": another story's headline
    if tag_cloud_line(text, start):
        return True  # "Tags: Minho, Joy, Hwasa, Choi Siwon, Miyeon, cameo": the site's index words
    if end - start > 90:
        return False  # (most lines: prose paragraphs)
    line = text[start:end]
    if not line.strip():
        return False
    if content_line(text, start):
        return False  # "Best Group: SEVENTEEN", "April 3 — Xdinary Heroes", "3. Taeyeon": content, not debris
    if page_furniture(text, start):
        return True  # a byline, a link under "Related Articles", a reader's comment
    # blank out the names, then look for prose
    chars = list(line)
    for m in mentions:
        if m.start >= start and m.end <= end:
            for k in range(m.start - start, m.end - start):
                chars[k] = " "
    rest = "".join(chars)
    if _SENTENCE_END.search(rest.strip()) and len(rest.split()) > 3:
        return False
    words = [w for w in _LOWER_WORD.findall(rest) if w not in _LIST_WORDS]
    return not words
