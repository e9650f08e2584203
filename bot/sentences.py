"""Fast rule-based sentence splitting with character offsets.

The classifier needs sentence *offsets* (tagger mentions are offsets into the whole story text) and has to
handle thousands of stories a second, so this is a single compiled regex pass rather than pysbd. News copy
is forgiving: sentences end in ``.!?`` (optionally followed by closing quotes or brackets) before a space and
an upper-case letter, digit or opening quote; line breaks always end a sentence (headings, list items and
page noise are lines of their own). A short list of abbreviations keeps "Mr. Kim" or "U.S. charts" whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences"]

# A candidate boundary: terminal punctuation, optional closers, whitespace, then something that can start a
# sentence. Lookahead keeps the next sentence's first character out of the match.
# ``[.!?][.!?]*`` rather than ``[.!?]+``: a plain character class first lets the regex engine skip to candidate
# positions (about 7x faster on news copy; the matches are the same).
_BOUNDARY = re.compile(r"""[.!?][.!?]*["'”’)\]]*(?=\s+["'“‘(\[/]?[A-Z0-9\u3131-\uD79D])""")
# "...the feat.According to..." (a missing space after a full stop, common in scraped copy): the boundary is
# right after the full stop when three lower-case letters precede it. Checked apart from ``_BOUNDARY`` (a leading
# lookbehind there made every position expensive); the two kinds of match can never overlap.
_GLUED = re.compile(r"\.(?=[A-Z][a-z])")
_LOWER3 = re.compile(r"[a-z]{3}")
_LINE = re.compile(r"[^\n]+")
# Tokens that end in a period without ending a sentence.
_ABBREV = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "vs",
        "jr",
        "sr",
        "no",
        "prof",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "sgt",
        "capt",
        "feat",
        "ft",
        "vol",
        "ep",
        "inc",
        "co",
        "ltd",
        "corp",
        "approx",
        "dept",
        "est",
        "fig",
        "orig",
        "incl",
        "prod",
        "aka",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "u.s",
        "u.k",
    ]
)
_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."
_NEXT_WORD = re.compile(r"""\s+["'“‘(]?([A-Za-z]+)""")
_STARTERS = frozenset(
    [
        "a",
        "an",
        "the",
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "in",
        "on",
        "at",
        "after",
        "before",
        "but",
        "and",
        "so",
        "as",
        "meanwhile",
        "however",
        "also",
        "then",
        "when",
        "while",
        "fans",
        "netizens",
        "one",
        "another",
        "some",
        "many",
        "earlier",
        "later",
    ]
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as ``text[start:end]`` (stripped), with its ordinal in the story."""

    index: int
    start: int
    end: int
    text: str


def _is_abbreviation(chunk: str, following: str) -> bool:
    # the last word: the run of letters and dots that ends the chunk (which ends in ".")
    run = len(chunk) - len(chunk.rstrip(_WORD_CHARS))
    if run < 2 or chunk[-1] != ".":
        return False
    last = chunk[-run:-1]
    word = last.lower()
    if word in _ABBREV:
        return True
    # Initials ("J. Cole") end in a single capital letter -- but so does BTS' V, so a sentence-starting
    # word after it still splits.
    if len(last) == 1 and last.isupper():
        nxt = _NEXT_WORD.match(following)
        return not (nxt and nxt.group(1).lower() in _STARTERS)
    return False


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Split ``text`` into sentences; offsets are shifted by ``offset`` (for splitting a slice)."""
    out: list[Sentence] = []
    for line in _LINE.finditer(text):
        lstart = line.start()
        ltext = line.group()
        pos = 0
        for bstart, end in _boundaries(ltext):
            if bstart < end and ltext[bstart] == "." and _is_abbreviation(ltext[pos : bstart + 1], ltext[end:]):
                continue
            _append(out, text, lstart + pos, lstart + end, offset)
            pos = end
        _append(out, text, lstart + pos, lstart + len(ltext), offset)
    return out


def _boundaries(line: str) -> list[tuple[int, int]]:
    """Candidate sentence ends in ``line`` as (start, end) of the terminal punctuation, left to right."""
    if "." not in line and "!" not in line and "?" not in line:
        return []
    out = [(b.start(), b.end()) for b in _BOUNDARY.finditer(line)]
    glued = [
        g.end() for g in _GLUED.finditer(line) if g.start() >= 3 and _LOWER3.fullmatch(line, g.start() - 3, g.start())
    ]
    if glued:
        out.extend((g, g) for g in glued)
        out.sort()
    return out


def _append(out: list[Sentence], text: str, start: int, end: int, offset: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start + offset, end + offset, text[start:end]))
