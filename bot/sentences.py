"""Fast rule-based sentence splitting with character offsets.

The classifier needs sentence *offsets* (tagger mentions are offsets into the whole story text) and has to
handle thousands of stories a second, so this is a single compiled regex pass rather than pysbd. News copy
is forgiving: sentences end in ``.!?`` (optionally followed by closing quotes or brackets) before a space and
an upper-case letter, digit or opening quote; line breaks always end a sentence (headings, list items and
page noise are lines of their own). A short list of abbreviations keeps "Mr. Kim" or "U.S. charts" whole.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Sentence", "split_sentences"]

# One left-to-right pass over the whole text finds every place a sentence can end: a line break (lines always
# end a sentence); terminal punctuation with optional closers before whitespace and something that can start a
# sentence (the lookahead keeps the next sentence's first character out of the match, and stays on the line);
# or a full stop glued to the next sentence ("...the feat.According to...", common in scraped copy: three
# lower-case letters before it, a capitalised word after). Every alternative consumes one of "\n.!?" first, so
# the regex engine skips straight to those characters instead of trying each position.
# Artists styled in lower case open sentences too ("... topped the download chart. aespa's title track ...").
_LOWER_CASE_NAMES = (
    r"aespa|j-hope|i-dle|iKON|fromis_9|tripleS|izna|xikers|pH-1|cignature|gugudan|mimiirose|keshi|youjeen"
)
_SPLIT = re.compile(
    r"""[\n.!?](?:(?<=\n)\n*|(?<=[.!?])[.!?]*["'”’)\]]*(?=[^\S\n]+(?:["'“‘(\[/]?[A-Z0-9\u3131-\uD79D]|"""
    + _LOWER_CASE_NAMES
    + r"""))|(?<=[a-z]{3}\.)(?=[A-Z][a-z]))"""
)
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
_RUN_WINDOW = max(map(len, _ABBREV)) + 2
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


class Sentence(NamedTuple):
    """A sentence as ``text[start:end]`` (stripped), with its ordinal in the story.

    A named tuple rather than a frozen dataclass: a story makes dozens of these and a tuple is built about
    three times faster, with the same fields, repr and immutability. (The ``index`` field hides tuple's
    ``index()`` method, which nothing here uses.)
    """

    index: int  # type: ignore[assignment]
    start: int
    end: int
    text: str


def _is_abbreviation(text: str, start: int, dot: int, end: int, line_end: int) -> bool:
    """Whether the full stop ``text[dot]`` ends a token like "Mr." or "J." rather than the sentence.

    The token is the run of letters and dots ending at the full stop, within the sentence begun at ``start``;
    the candidate boundary ends at ``end``, its line at ``line_end``.
    """
    # only the last few letters matter: a run longer than any abbreviation is no abbreviation and no initial
    lo = max(start, dot - _RUN_WINDOW)
    before = text[lo:dot]
    kept = before.rstrip(_WORD_CHARS)
    if kept and kept[-1].isalpha():
        return False  # a word with a letter beyond ASCII ("ROSALÍA."): no abbreviation, no initial
    if not kept and lo > start:
        return False
    last = before[len(kept) :]
    if not last:
        return False
    if last.lower() in _ABBREV:
        return True
    # Initials ("J. Cole") end in a single capital letter -- but so does BTS' V, so a sentence-starting
    # word after it still splits.
    if len(last) == 1 and last.isupper():
        nxt = _NEXT_WORD.match(text, end, line_end)
        return not (nxt and nxt.group(1).lower() in _STARTERS)
    return False


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Split ``text`` into sentences; offsets are shifted by ``offset`` (for splitting a slice)."""
    out: list[Sentence] = []
    pos = 0  # start of the current sentence
    line_end = -1  # end of the line of the latest full stop, looked up only when one needs it
    for m in _SPLIT.finditer(text):
        bstart, end = m.span()
        first = text[bstart]
        if first == "\n":
            _append(out, text, pos, bstart, offset)
            pos = end
            continue
        if first == ".":
            if not text[end].isspace():  # glued ("feat.According"): never an abbreviation
                _append(out, text, pos, end, offset)
                pos = end
                continue
            if line_end < end:
                line_end = text.find("\n", end)
                if line_end < 0:
                    line_end = len(text)
            if _is_abbreviation(text, pos, bstart, end, line_end):
                continue
        if _inside_title_quote(text, pos, bstart):
            continue
        _append(out, text, pos, end, offset)
        pos = end
    _append(out, text, pos, len(text), offset)
    return out


_QUOTE_RUNS_ON = re.compile(r"[^\n”\"]{0,80}[”\"],?[^\S\n]+(?:featuring|starring|feat\.|ft\.)")


def _inside_title_quote(text: str, start: int, at: int) -> bool:
    """Whether ``at`` is inside a quoted title that the sentence goes on after ("a video titled "An idol who
    likes leg day? Let's see," featuring Yeonjun"): its "?" ends no sentence."""
    seg = text[start:at]
    if "“" not in seg and '"' not in seg:
        return False
    if seg.count("“") <= seg.count("”") and seg.count('"') % 2 == 0:
        return False
    return _QUOTE_RUNS_ON.match(text, at + 1) is not None


def _append(out: list[Sentence], text: str, start: int, end: int, offset: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start + offset, end + offset, text[start:end]))
