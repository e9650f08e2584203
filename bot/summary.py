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
    r"|\bshare\s+this\b|\bsign\s+up\b|\bnewsletter\b|\bposted\s+by\b|\bwritten\s+by\b|\bback\s+to\s+top\b|\bappeared\s+first\b"
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},\s+\d{4}\s*$)"
    r"|—\s*[^—]*\(@\w+\)"
)
_CUE = re.compile(
    r"(?i:\b(?:follow\w*|unfollow\w*|liked|comment\w*|messag\w*|dm|tagged|praised|met|meet\w*|collab\w*|feat\w*"
    r"|cover\w*|challenge|gift\w*|interact\w*|together|duet|hug\w*|performed|sang|shared)\b)"
)
_VERBISH = re.compile(r"(?i:\b(?:is|are|was|were|has|have|had|will|did|does)\b|\w(?:ed|es|s)\b)")


def _clean(text: str) -> str:
    return " ".join(text.split())


def _usable(s: Sentence) -> bool:
    t = s.text
    if len(t) < 25 or len(t.split()) < 5:
        return False
    if _NOISE.search(t):
        return False
    if t[0] in "\"“'‘" and t.rstrip()[-1:] in "\"”'’:":
        return False  # a bare quote reads badly out of context
    if not _VERBISH.search(t):
        return False
    letters = [c for c in t if c.isalpha()]
    return not (letters and sum(c.isupper() for c in letters) / len(letters) > 0.6)


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
    usable = [s for s in sentences if _usable(s)]
    if not usable:
        return _cut(_clean(sentences[0].text), limit)
    counts = artist_counts or [0] * len(sentences)
    pos_of = {id(s): i for i, s in enumerate(sentences)}

    def score(s: Sentence) -> float:
        i = pos_of[id(s)]
        c = counts[i] if i < len(counts) else 0
        return 3.0 / (1 + i) + min(c, 3) * 0.8 + (0.7 if _CUE.search(s.text) else 0.0) - (
            0.5 if len(s.text) > limit else 0.0
        )

    anchor: Sentence | None = None
    if evidence:
        ev = _clean(evidence)
        anchor = next((s for s in usable if _clean(s.text) == ev), None)
        if anchor is None:
            anchor = next((s for s in sentences if _clean(s.text) == ev), None)
    if anchor is None:
        anchor = max(usable[:8], key=score)
    first = _clean(anchor.text)
    if len(first) >= limit - 40:
        return _cut(first, limit)
    # add the best other sentence that fits, keeping story order
    best: Sentence | None = None
    room = limit - len(first) - 1
    for s in sorted(usable[:10], key=score, reverse=True):
        if s is anchor or len(_clean(s.text)) > room:
            continue
        best = s
        break
    if best is None:
        return first
    a, b = (anchor, best) if pos_of[id(anchor)] < pos_of[id(best)] else (best, anchor)
    return _clean(a.text) + " " + _clean(b.text)
