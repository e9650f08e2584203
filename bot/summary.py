"""One- or two-sentence extractive summaries for alerts.

Fans read the summary in a Discord embed, so it must be short (<= 280 characters), quote the story as
written, show the headline interaction when there is one, and never surface page debris (tweet embeds,
"Expand Tweet", bylines, link lists). Scoring is position + artist density + interaction cues, which is
what a news lede rewards and costs microseconds -- TextRank would add little on 1-3 KB stories.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
_CUE = re.compile(
    r"(?i:\b(?:follow\w*|unfollow\w*|liked|comment\w*|messag\w*|dm|tagged|praised|met|meet\w*|collab\w*|feat\w*"
    r"|cover\w*|challenge|gift\w*|interact\w*|together|duet|hug\w*|performed|sang|shared)\b)"
)
_VERBISH = re.compile(r"(?i:\b(?:is|are|was|were|has|have|had|will|did|does)\b|\w(?:ed|es|s)\b)")


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
    if t.isupper() or _NOISE.search(t) or _is_heading(t) or (t.count('"') % 2 == 1):
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
            + (0.7 if _CUE.search(s.text) else 0.0)
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
            best = next((i for i in ranked if not _NOISE.search(window[i].text)), None)
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
