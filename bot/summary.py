"""One- or two-sentence extractive summaries for alerts.

Fans read the summary in a Discord embed, so it must be short (<= 280 characters), quote the story as
written, show the headline interaction when there is one, and never surface page debris (tweet embeds,
"Expand Tweet", bylines, link lists). Scoring is position + artist density + interaction cues, which is
what a news lede rewards and costs microseconds -- TextRank would add little on 1-3 KB stories.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import ahocorasick

from bot.rxfast import lead
from bot.sentences import Sentence

__all__ = ["MAX_SUMMARY", "summarize"]

MAX_SUMMARY = 280
ELLIPSIS = "…"

_NOISE = re.compile(
    r"(?i:pic\.twitter|https?://|www\.|@\w|expand\s+tweet|\bread\s+more\b|\bclick\s+here\b|\bsubscribe\b"
    r"|\bsource\s*:|\bcourtesy\s+of\b|\bphoto\s*:|\bimage\s+via\b|\(image\s+via|\bgetty\b|\ball\s+rights\s+reserved"
    r"|\bshare\s+this\b|\bsign\s+up\b|\bnewsletter\b|\bposted\s+by\b|\b(?:posted|updated|published)\s*:|^by\s+[A-Z]|^/|^[-•*]\s|\bwritten\s+by\b|\bback\s+to\s+top\b|\bappeared\s+first\b"
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},\s+\d{4}\s*$)"
    r"|—\s*[^—]*\(@\w+\)"
)
# The lookahead on the first letter changes nothing it matches but lets most positions fail at once (2x faster).
_CUE = re.compile(
    r"(?i:\b(?=[fulcmdtpgish])(?:follow\w*|unfollow\w*|liked|comment\w*|messag\w*|dm|tagged|praised|met|meet\w*|collab\w*|feat\w*"
    r"|cover\w*|challenge|gift\w*|interact\w*|together|duet|hug\w*|performed|sang|shared)\b)"
)
# Lower-case strings one of ``_NOISE``'s alternatives needs (at least one of them). A sentence with none of them
# cannot match, so the regex -- the costliest step of a summary -- runs only on the few that may. "ſ", "ı" and "İ"
# match "s"/"i" case-insensitively without lower-casing to them: their presence falls back to the regex.
_NOISE_KEYS = (
    "pic.twitter", "http", "www.", "@", "expand", "read", "click", "subscribe", "source", "courtesy", "photo",
    "image", "getty", "rights", "share", "sign", "newsletter", "posted", "updated", "published", "written", "back",
    "appeared", "ſ", "ı", "i\u0307",
)
_NOISE_KEYS_RX = re.compile("|".join(re.escape(k) for k in _NOISE_KEYS))
_NOISE_STARTS = ("by", "/", "-", "•", "*")
_NOISE = lead(_NOISE)  # same matches, fewer positions tried (bot/rxfast.py)
# The literal stem each ``_CUE`` alternative starts with, plus the characters that match a Latin letter
# case-insensitively without lower-casing to it ("ı", "ſ", the dot "İ" leaves): one automaton pass finds them.
_CUE_WORDS = ahocorasick.Automaton()
for _w in (
    "follow", "unfollow", "liked", "comment", "messag", "dm", "tagged", "praised", "met", "meet", "collab", "feat",
    "cover", "challenge", "gift", "interact", "together", "duet", "hug", "performed", "sang", "shared", "ı", "ſ",
    "\u0307",
):
    _CUE_WORDS.add_word(_w, len(_w))
_CUE_WORDS.make_automaton()
_CUE_FOLDS = frozenset(("ı", "ſ", "\u0307"))
_VERBISH = re.compile(r"(?i:\b(?:is|are|was|were|has|have|had|will|did|does)\b|\w(?:ed|es|s)\b)")


def _has_cue(t: str) -> bool:
    """``_CUE.search(t)``, tried only where the lower-cased sentence holds one of the stems a match starts with.

    Every match starts with such a stem, so anchored matches at those places find one exactly when a search
    would; a stand-in letter ("ı", "ſ", "İ") or lower-casing that moves offsets falls back to the search.
    """
    low = t.lower()
    starts = [end - n + 1 for end, n in _CUE_WORDS.iter(low)]
    if not starts:
        return False
    if len(low) != len(t) or any(low[k] in _CUE_FOLDS for k in starts):
        return _CUE.search(t) is not None
    return any(_CUE.match(t, k) is not None for k in starts)


def _noisy(t: str) -> bool:
    """``_NOISE.search(t)``, skipping the regex when no alternative can match."""
    low = t.lower()
    if (
        _NOISE_KEYS_RX.search(low)
        or low.startswith(_NOISE_STARTS)
        or ("," in t and t.rstrip()[-1:].isdecimal())  # "... March 3, 2024" at the very end
    ):
        return bool(_NOISE.search(t))
    return False


def _clean(text: str) -> str:
    text = " ".join(text.split())
    return text[2:] if text[:2] in ("- ", "• ", "* ") else text


def _join(a: str, b: str) -> str:
    """Two sentences in story order; a heading-like first part gets a full stop so it reads as one."""
    return f"{a} {b}" if _is_heading(a) is False else f"{a}. {b}"


def _is_heading(t: str) -> bool:
    """A subheading or caption line: no sentence-final punctuation."""
    return t.rstrip()[-1:] not in ".!?\"”’'…)"


def _usable(s: Sentence) -> bool:
    t = s.text
    if len(t) < 25 or t.count(" ") < 4:
        return False
    if t[0] in "\"“'‘" and t.rstrip()[-1:] in "\"”'’:":
        return False  # a bare quote reads badly out of context
    if t.isupper() or _noisy(t) or _is_heading(t) or (t.count('"') % 2 == 1):
        return False  # debris, a subheading, or a fragment cut from inside a quotation
    return bool(_VERBISH.search(t))


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - len(ELLIPSIS)]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + ELLIPSIS


def summarize(
    sentences: Sequence[Sentence],
    *,
    evidence: str | None = None,
    artist_counts: Sequence[int] | None = None,
    limit: int = MAX_SUMMARY,
) -> str:
    """Summary of the body ``sentences``.

    ``evidence`` (the headline interaction's sentence) is included when it is a body sentence;
    ``artist_counts[i]`` is how many artist mentions sentence ``i`` holds (improves the pick).
    """
    if not sentences:
        return ""
    counts = artist_counts or [0] * len(sentences)
    window = sentences[:12]

    def score(i: int) -> float:
        s = window[i]
        c = counts[i] if i < len(counts) else 0
        return (
            3.0 / (1 + i)
            + min(c, 3) * 0.8
            + (0.7 if _has_cue(s.text) else 0.0)
            - (0.5 if len(s.text) > limit else 0.0)
        )

    ranked = sorted(range(len(window)), key=score, reverse=True)
    usable_cache: dict[int, bool] = {}

    def usable(i: int) -> bool:
        if i not in usable_cache:
            usable_cache[i] = _usable(window[i])
        return usable_cache[i]

    anchor: Sentence | None = None
    anchor_pos = -1
    if evidence:
        for i, s in enumerate(sentences):
            if s.text == evidence:
                anchor, anchor_pos = s, i
                break
        else:
            ev = _clean(evidence)
            for i, s in enumerate(sentences):
                if _clean(s.text) == ev:
                    anchor, anchor_pos = s, i
                    break
    if anchor is None:
        best = next((i for i in ranked if usable(i)), None)
        if best is None:
            best = next((i for i in ranked if not _noisy(window[i].text)), None)
        if best is None:
            return _cut(_clean(sentences[0].text), limit)
        anchor, anchor_pos = window[best], best
    first = _clean(anchor.text)
    if len(first) >= limit - 40:
        return _cut(first, limit)
    room = limit - len(first) - 2
    for i in ranked:
        if i == anchor_pos or len(_clean(window[i].text)) > room or not usable(i):
            continue
        other = _clean(window[i].text)
        return _join(other, first) if i < anchor_pos else _join(first, other)
    return first
