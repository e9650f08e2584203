"""Who acted in an interaction: per act (one cue in one sentence) and per pair.

The issue asks for a direction "when the text gives one (actor → target)". An act is either DIRECTED (a follow,
like, comment, message or reply, mention, gift, cover, a challenge to the other's song, producing for or
appearing in the other's video) or JOINT (meeting, a joint song or stage, a challenge filmed together). A pair
has an actor only when at least one directed act comes from that side and none from the other: an exchange
("X commented, Y replied") or a purely joint activity has no direction, and neither has a pair whose acts the
text does not attribute.

The extractor has already found the pair, the sentence and the cues, and resolved references ("the singer");
this module only reads word order around each cue (subject before the verb, a passive "by X"/"from X" after
it, a receiving subject, a possessive object, "X and Y" together). Pure functions over text offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

Span = tuple[int, int]
Cue = tuple[str, int, int]  # (type, start, end) in the story text

# Acts that always have one actor; "collab" and "challenge" only in some forms (see _joint_form).
DIRECTED_TYPES = frozenset({"follow", "unfollow", "like", "comment", "message", "mention", "gift", "cover"})
_SOMETIMES = frozenset({"collab", "challenge"})

# the one after these words did the act: "liked by X", "a gift from X", "produced by and featuring X"
_ENDS_FROM = re.compile(r"(?i:\bfrom\s*$)")
_SOURCE_BEFORE = re.compile(r"(?i:\b(?:by|from)\b(?:\s+and\s+[\w-]+)?[^.;:!?]*$)")
# a subject that receives: "X received a gift", "X got a message", "X was gifted"
_RECEIVER_VERB = re.compile(
    r"(?i:\b(?:receiv(?:e|ed|es|ing)|got|gets|was\s+(?:sent|given|gifted|tagged|followed|mentioned|praised|thanked)"
    r"|has\s+been\s+(?:sent|given|gifted|tagged|followed|mentioned|praised)|were\s+(?:sent|given|gifted))\b)"
)
# the pair did this act side by side: "filmed the challenge together", "shot it with X"
_TOGETHER = re.compile(r"(?i:\btogether\b|\bjoint\b|\bside\s+by\s+side\b|\bduet\b|\bjoin(?:ed|s|ing)?\b)")
_WITH_BEFORE = re.compile(r"(?i:\b(?:with|alongside)\s+(?:[\w'’-]+\s+){0,3}$)")
_WITH = re.compile(r"(?i:\bwith\b)")
# a collab with one credited creator or guest: "produced by X", "X wrote it for Y", "appears in X's video"
_DIRECTED_COLLAB = re.compile(
    r"(?i:\bproduc(?:ed|ing)\b|\bwr(?:ote|itten)\s+(?:by|for)\b|\bcompos(?:ed|ers?)\b|\bcredited\b"
    r"|\b(?:starr?(?:ed|ing)|appear(?:s|ed|ance)?|cameo)\b[^.]{0,40}\b(?:music\s+video|mv)\b)"
)
# the subject's own work, so the one named in the clause came to it
_OWN_WORK = re.compile(
    r"(?i:[^.;]*?\b(?:in|for|on)\s+(?:his|her|their)\s+(?:own\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:single|song|track|album|music\s+video|mv)\b)"
)
# between a verb and its direct object: a few words, no comma ("following the LE SSERAFIM member")
_DIRECT_OBJECT_GAP = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}")
_BACK = re.compile(r"(?i:(?:\s+(?:[\w'’-]+\s+){0,3}?|\s+)back\b)")
_EACH_OTHER = re.compile(r"(?i:\beach\s+other\b|\bone\s+another\b|\bexchang\w*\b|\bmutual\w*\b)")
_CLAUSE_END = re.compile(
    r"[.;!?]|,\s+(?:while|but|and)\b|\b(?:while|whereas|after|before|when|because|since|once|until)\s+(?=\w+\s+\w)"
)
# a party right after a preposition is an object or a companion, not the one acting ("the challenge with X")
# (or right after an act verb: "Suga gave Hanni a gift", "thanked Nari")
_PREP_BEFORE = re.compile(
    r"(?i:\b(?:with|to|for|by|of|from|alongside|at|on|about)\s+(?:[\w'’-]+\s+){0,3}$"
    r"|\b(?:gave|gives?|giving|sent|sends?|sending|bought|buys?|handed|hands?|presented|showed|shows?|told|tells?"
    r"|thank(?:ed|s)?|follow(?:ed|s)?|lik(?:ed|es)|tagg(?:ed|ing)|tags|prais(?:ed|es|ing)|messag(?:ed|es)|texted"
    r"|invit(?:ed|es))\s+(?:[\w'’-]+\s+){0,2}$)"
)
_COORDINATED = re.compile(r"(?i:\s*(?:,|and|&|,\s*and)\s+(?:[\w-]+['’]s?\s+)?|\s*&\s*)")
_POSSESSIVE = re.compile(r"['’]s?\b|['’](?=\s)")
_QUOTES = re.compile(r"[\"“][^\"”]*[\"”]")
# an act noun right after a possessive names its doer: "Jungkook's shout-out", "Yoon's comment"
_ACT_NOUN_AFTER_POSS = re.compile(
    r"(?i:^\s*(?:[\w-]+\s+){0,2}?(?:comment|reply|message|letter|shout-?out|gift|like|follow|cover|tag|praise|note)s?\b)"
)


def pair_actor(votes: Mapping[str, int], a: str, b: str) -> str | None:
    """The actor of a pair: the only side with directed acts (LABELING extension: none back, none joint-only)."""
    va, vb = votes.get(a, 0), votes.get(b, 0)
    if va and not vb:
        return a
    if vb and not va:
        return b
    return None


def act_actors(
    text: str,
    sentence: Span,
    a_spans: Sequence[Span],
    b_spans: Sequence[Span],
    others: Sequence[Span],
    types: Iterable[str],
    cues: Sequence[Cue],
) -> tuple[set[str], bool]:
    """Who did each act of ``types`` in one sentence: a subset of {"a", "b"} and whether the text decided it.

    ``a_spans``/``b_spans`` are where the two parties stand in the sentence (names or resolved references),
    ``others`` any other artists there, ``cues`` the sentence's act words. Undecided means no cue of these
    types could be placed against the pair; the caller then keeps what its pairing rule says.
    """
    wanted = set(types)
    if not wanted & (DIRECTED_TYPES | _SOMETIMES):
        return set(), True  # only joint acts (meet, other): no direction
    s_start, s_end = sentence
    # quotes are paired from the paragraph's start: a sentence may begin inside one ('this." X replied')
    para = text.rfind("\n", 0, s_start) + 1
    quoted = [(para + m.start(), para + m.end()) for m in _QUOTES.finditer(text[para:s_end])]

    def outside(sp: Span) -> bool:
        return not any(q0 <= sp[0] < q1 for q0, q1 in quoted)

    a_out = [sp for sp in a_spans if outside(sp)]
    b_out = [sp for sp in b_spans if outside(sp)]
    parties = sorted([(sp, "a") for sp in a_out] + [(sp, "b") for sp in b_out] + [(sp, "") for sp in others])
    if not a_out and not b_out:
        return set(), False
    actors: set[str] = set()
    decided = False
    for kind, c0, c1 in cues:
        if kind not in wanted or kind not in DIRECTED_TYPES | _SOMETIMES:
            continue
        who = _cue_actor(text, s_start, parties, kind, c0, c1)
        if who is None:
            continue
        decided = True
        if who in ("a", "b"):
            actors.add(who)
        elif who == "both":
            actors |= {"a", "b"}
    return actors, decided


def _cue_actor(text: str, s_start: int, parties: list[tuple[Span, str]], kind: str, c0: int, c1: int) -> str | None:
    """ "a", "b", "both", "joint" or "" (someone else) for one cue; None when the pair is not placed around it."""
    if c0 > 0 and text[c0 - 1] == "-":
        return None  # "self-composed", "fan-made": a description, not an act
    clause0 = s_start
    for m in _CLAUSE_END.finditer(text, s_start, c0):
        clause0 = m.end()
    before = [(sp, who) for sp, who in parties if clause0 <= sp[0] and sp[1] <= c0]
    after = [(sp, who) for sp, who in parties if sp[0] >= c1]
    clause_text = text[clause0 : after[0][0][0] if after else c1 + 60]
    if kind in _SOMETIMES and _joint_form(text, kind, c0, c1, before, after, clause_text):
        return "joint"
    subj = _subject(text, before, c0)
    who = subj[1] if subj is not None else None
    objects = _objects(text, after, c1)
    if who == "joint":
        # "the two", "X and Y" did it: to each other is both ways, otherwise one act of both
        return "both" if _EACH_OTHER.search(text, clause0, c1 + 40) else "joint"
    # passive or source: "liked by X", "a gift from X", "produced by X" (for a cover or a challenge, "by X"
    # names the song's artist: the target)
    if after and kind not in ("cover", "challenge"):
        nxt_sp, nxt = after[0]
        gap = text[c1 : nxt_sp[0]]
        # (or the act's own words end in "from": "the text he got from X")
        if len(gap) <= 60 and (_SOURCE_BEFORE.search(gap) or _ENDS_FROM.search(text, c0, c1)):
            # "produced by X and Y": co-creators, no direction between them
            co_credited = nxt in ("a", "b") and ("b" if nxt == "a" else "a") in {w for _sp, w in after}
            return None if who == "" or co_credited else nxt
    if who != "" and kind in ("follow", "message") and _BACK.match(text, c1, c1 + 40):
        return "both"  # "he followed her back": she had followed him first
    if subj is not None and who is not None:
        sp = subj[0]
        other = "b" if who == "a" else "a" if who == "b" else ""
        if objects and other not in objects:
            return None  # the act goes to someone else ("She starred alongside V ..., produced by Suga")
        if _RECEIVER_VERB.search(text, sp[1], c0):
            return other
        if kind == "collab" and who and _OWN_WORK.match(text, c1, c1 + 80):
            return other  # "she starred alongside V in the music video for her single": V came to her work
        return who
    if kind == "collab":
        return None
    # no subject in the clause: the one named right after the act is its object ("following the member")
    if after and after[0][1] and _DIRECT_OBJECT_GAP.fullmatch(text[c1 : after[0][0][0]]) and len(objects) == 1:
        return "b" if after[0][1] == "a" else "a"
    return None


def _objects(text: str, after: list[tuple[Span, str]], c1: int) -> set[str]:
    """The parties named as the act's object: the first one after it and those joined to it by "and"."""
    if not after or _CLAUSE_END.search(text, c1, after[0][0][0]):
        return set()
    first = after[0][0]
    out = {w for sp, w in after if sp == first}
    prev = first
    for sp, w in after:
        if sp[0] < prev[1]:
            continue
        if not _COORDINATED.fullmatch(text[prev[1] : sp[0]]):
            break
        out.add(w)
        prev = sp
    return out


def _subject(text: str, before: list[tuple[Span, str]], c0: int) -> tuple[Span, str] | None:
    """The nearest party before the act that is not only a possessive object ("Rosé's post")."""
    for i in range(len(before) - 1, -1, -1):
        sp = before[i][0]
        if sp[0] == sp[1]:
            continue  # an implied party ("liked the post": the post's owner, placed after the act) is no subject
        if _PREP_BEFORE.search(text, max(0, sp[0] - 40), sp[0]):
            continue
        tail = text[sp[1] : sp[1] + 3]
        if _POSSESSIVE.match(tail) and not _ACT_NOUN_AFTER_POSS.match(text[sp[1] + 2 : c0 + 20]):
            continue
        # the whole subject: "the two" (both at one place) or names joined by "and" ("Jungwon and Sunghoon")
        chain = {w for sp2, w in before if sp2 == sp}
        j = i
        while j > 0 and _COORDINATED.fullmatch(text[before[j - 1][0][1] : before[j][0][0]]):
            j -= 1
            chain |= {w for sp2, w in before if sp2 == before[j][0]}
        if {"a", "b"} <= chain:
            return sp, "joint"
        return sp, "a" if "a" in chain else "b" if "b" in chain else ""
    return None


def _joint_form(
    text: str,
    kind: str,
    c0: int,
    c1: int,
    before: list[tuple[Span, str]],
    after: list[tuple[Span, str]],
    clause_text: str,
) -> bool:
    """Whether a collab or challenge is one done side by side rather than by one for the other."""
    if kind == "collab":
        # one credited creator or guest is directed; a feature, a duet or a joint work is shared
        return not _DIRECTED_COLLAB.search(text, max(0, c0 - 10), c1 + 40)
    if _TOGETHER.search(clause_text):
        return True
    # "Suga met up with A and B to do the challenge": done in company
    first = next((sp for sp, who in before if who), None)
    if first is not None and _WITH.search(text, first[1], c0):
        return True
    # "Ryujin filmed the challenge with TXT's Beomgyu"
    return bool(after) and bool(_WITH_BEFORE.search(text, c1, after[0][0][0]))
