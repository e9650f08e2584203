"""Which song of a record a guest is credited on, in one sentence.

An album is many works: "It includes 'New Woman' featuring Rosalía and 'Rapunzel' featuring Megan Thee
Stallion" names two songs and one guest on each, and LABELING pairs the participants of one work, so the
two guests are no pair (each is one with the album's artist). The rules (bot.interactions._album_guests)
and the learned pairs (bot.learned_pairs) both ask this module, so they read a tracklist the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# a song's title: "New Woman", “ExtraL”, ‘Damn Right’, 'Shoong!' (not the apostrophe of "Jennie's")
SONG_TITLE = re.compile(r"\"[^\"\n]{1,60}\"|“[^”\n]{1,60}”|‘[^’\n]{1,60}’|(?<!\w)'[^'\n]{1,60}'(?!\w)")
# between a title and the guest credited on it: "'New Woman' featuring Rosalía", "'Handlebars' with Dua Lipa"
_FEATURED_GAP = re.compile(
    # ("'Handlebars' features Dua Lipa, 'Damn Right' brings in Childish Gambino and Kali Uchis": the title first)
    r"(?i:[,\s]*(?:\((?:feat\.?|ft\.?|featuring)|feat\.?|ft\.?|featuring|with|by|alongside|(?:a\s+)?(?:duet|collab\w*)\s+with"
    r"|(?:also\s+)?(?:features|featured|brings\s+(?:in|together)|brought\s+(?:in|together)|enlists|enlisted"
    r"|pairs\s+(?:her|him|them)\s+with))"
    r"\s+(?:(?:rapper|singer|producer|both|fellow|american|british)\s+)*)"
)
# between a guest and the title after: "Doechii features on 'ExtraL'", "Dua Lipa joins her on the glossy
# 'Handlebars'", "Doechii on 'ExtraL'", "Childish Gambino and Kali Uchis together on 'Damn Right'"
_GUEST_ON = re.compile(
    r"(?i:,?\s+(?:(?:\w+\s+){0,2}?(?:also\s+)?(?:features?|featured|appears?|appeared|joins?|joined|turns?\s+up"
    r"|turned\s+up|duets?|duetted|guests?|guested|raps?|rapped|sings?|sang)\s+(?:(?:with\s+|alongside\s+)?(?:her|him"
    r"|them)\s+)?|together\s+)?(?:on|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)"
)
# one guest after another: "Childish Gambino and Kali Uchis", "Doja Cat, RAYE"
_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")
# a name that owns the next thing: "Jimin's 'Smeraldo Garden Marching Band' with Loco"
_POSSESSIVE = re.compile(r"['’]s?\b")


def song_titles(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of every quoted title in ``text[start:end]``, in text offsets."""
    return [(m.start(), m.end()) for m in SONG_TITLE.finditer(text, start, end)]


def credited_songs(text: str, titles: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]]) -> list[int | None]:
    """For each name span (in text order), the index of the title it is credited on, or None.

    A name right after a title's "featuring"/"with" is on that title; a name right before "features on",
    "joins her on" or a bare "on" and a title is on that one; a name coordinated with the one before it
    ("with Childish Gambino and Kali Uchis") shares its song. Anyone else (the song's own artist, a name in
    another clause) gets None: nothing is said about them.
    """
    out: list[int | None] = []
    owners = [_POSSESSIVE.match(text, b) is not None for _a, b in spans]
    for k, (a, b) in enumerate(spans):
        song: int | None = None
        if owners[k]:  # the song's own artist, not a guest on it
            out.append(None)
            continue
        before = [i for i, (_s, e) in enumerate(titles) if e <= a]
        after = [i for i, (s, _e) in enumerate(titles) if s >= b]
        if before and _FEATURED_GAP.fullmatch(text, titles[before[-1]][1], a):
            song = before[-1]
        elif after and _GUEST_ON.fullmatch(text, b, titles[after[0]][0]):
            song = after[0]
        elif k and out[k - 1] is not None and _COORDINATED.fullmatch(text, spans[k - 1][1], a):
            song = out[k - 1]
        out.append(song)
    if len(out) > 1:  # "Childish Gambino and Kali Uchis together on 'Damn Right'": the first shares the second's
        for k in range(len(out) - 2, -1, -1):
            if (
                out[k] is None
                and not owners[k]
                and out[k + 1] is not None
                and _COORDINATED.fullmatch(text, spans[k][1], spans[k + 1][0])
            ):
                out[k] = out[k + 1]
    return out


def sentence_songs(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> list[int | None]:
    """``credited_songs`` for the names at ``spans`` (sorted) in the sentence ``text[start:end]``; all None when
    the sentence names fewer than two titles (one song or none: nothing to tell apart)."""
    titles = song_titles(text, start, end)
    if len(titles) < 2:
        return [None] * len(spans)
    return credited_songs(text, titles, spans)
