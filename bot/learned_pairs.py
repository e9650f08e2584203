"""A learned second look at the pairs the rules left out: two artists named in one sentence.

Why: after twelve sessions of hand-written cues, the rules miss about a quarter of the labelled pairs in
stories nobody tuned them on, and each new phrasing rule carries to new stories less and less (session 12's
fourteen rules moved unseen sets by +0.003 pairs F1). The misses are acts told in words no cue has ("Jin
took a photo of the fish and sent it to Jungkook", "j-hope had called him from overseas", "grew close while
filming the drama"). A small logistic model over the words between and around two names weighs many such
phrasings at once, learned from the labelled held-out stories (5,934 of them, held-out 1–297, at the last
training), where a rule would need one regex each.

How it is used (``bot.interactions`` calls ``candidates`` after every rule has run, before the pairs are
finished): each pair of artists named in one sentence that the rules did not pair is a candidate, except in
sentences the rules say pair nobody; the sentence where it scores best decides. A candidate at or above the
model's threshold joins the rules' pairs with the type the type models find likeliest, and from there is
treated like any other pair (hacked-account and wish filters, headline marking, platform, direction). Pairs
the rules made are never touched: the model only adds.

Since session 18 it also looks across sentences: a body sentence that names one artist, in which the rules
read an act cue, is a candidate with each artist of the title it does not name (``_cross_candidates``), as
"Fellow member Nayeon left a comment under the teaser" is in a story titled for Jihyo's comeback. Half the
pairs the rules miss are never named in one sentence. Those candidates have features of their own (``x``
prefixed) and a higher threshold, since most of them are no pair.

What the model sees is generic: the words between the two names, a few words either side, the kinds of the
two artists, how many artists the sentence names, whether it is the title, and the title's words (what the
story is about: "reacts", "duet", "comeback"). Never a name: names are masked
(``AAA``, ``BBB``, ``OOO`` for the others). The weights live in ``bot/data/pair_model.json``, written by
``scripts/train_pair_model.py`` from the held-out sets in ``tests/data``; retrain after a rule change, since
the candidates are what the rules leave.
"""

from __future__ import annotations

import bisect
import itertools
import json
import logging
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot import tracks
from bot.cue_filters import _RELATIVE_RUN, _SEQUENCED_BEFORE
from bot.extraction_types import MentionLike, MetaLookup, _Cue, _Party
from bot.models import INTERACTION_TYPES
from bot.references import _pronoun_gender
from bot.sentences import Sentence

log = logging.getLogger(__name__)

MODEL_PATH = Path(__file__).resolve().parent / "data" / "pair_model.json"

# Training hook (scripts/train_pair_model.py): when a list, every candidate is appended to it and the model
# adds nothing, so what is recorded does not depend on an earlier model.
RECORD: list[Candidate] | None = None

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[^\sa-z0-9]")
_FIRST, _SECOND, _OTHER = "aaa", "bbb", "ooo"
_BETWEEN_WORDS = 15  # longer stretches say little more, and cost


@dataclass(frozen=True, slots=True)
class Candidate:
    """Two artists named in one sentence that no rule paired; ``a`` is the one named first there.

    ``paired`` marks a pair the rules did make, listed only for training (``RECORD``): the type models
    learn from those too.
    """

    a: str
    b: str
    sentence: Sentence
    in_title: bool
    features: tuple[str, ...]
    paired: bool = False


@dataclass(frozen=True, slots=True)
class PairModel:
    """Logistic weights for "these two interacted" and one model per interaction type."""

    pair: Mapping[str, float]
    types: Mapping[str, Mapping[str, float]]
    threshold: float
    # a pair told across sentences (see _cross_candidates) needs more: most such candidates are no pair
    cross_threshold: float = 1.0

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> PairModel | None:
        """The shipped model, or None (logged) when the file is missing or malformed: the rules still run."""
        try:
            raw: Any = json.loads(path.read_text(encoding="utf-8"))
            pair = {str(k): float(v) for k, v in raw["pair"].items()}
            types = {str(t): {str(k): float(v) for k, v in w.items()} for t, w in raw["types"].items()}
            threshold = float(raw["threshold"])
            cross_threshold = float(raw.get("cross_threshold", 1.0))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("learned pair model not loaded from %s: %s", path, exc)
            return None
        unknown = set(types) - set(INTERACTION_TYPES)
        if unknown:
            log.warning("learned pair model at %s has unknown types %s; ignored", path, sorted(unknown))
            types = {t: w for t, w in types.items() if t not in unknown}
        return cls(pair, types, threshold, cross_threshold)

    def score(self, features: Iterable[str]) -> float:
        return _logistic(self.pair, features)

    def takes(self, features: Sequence[str], score: float) -> bool:
        """Whether a candidate scoring ``score`` is a pair: cross-sentence ones (feature "xs") need more."""
        return score >= (self.cross_threshold if features and features[0] == "xs" else self.threshold)

    def types_for(self, features: Sequence[str]) -> set[str]:
        """The likeliest type alone: in cross-validation one type was exactly right for 52% of the right pairs
        added, every type at even odds for 40% (most labels hold one type; the others come from other
        sentences)."""
        probs = {t: _logistic(w, features) for t, w in self.types.items()}
        return {max(probs, key=lambda t: probs[t])} if probs else set()


def _logistic(weights: Mapping[str, float], features: Iterable[str]) -> float:
    z = weights.get("bias", 0.0) + sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# a part after a semicolon that answers the part before ("...; Nayeon's reaction goes viral", "...; Julie calls
# him 'a genius'")
_REACTION_PART = re.compile(
    r"(?i:\b(?:him|her|them|react\w*|respond\w*|responses?|repl\w+|messages?|comments?|congratulat\w+|cheers?"
    r"|shouts?[- ]out|greets?|praises?|thanks?|support\w*|jokes?|teases?|wish\w*)\b)"
)


def candidates(
    text: str,
    title_end: int,
    sentences: Sequence[Sentence],
    ments: Sequence[MentionLike],
    meta: MetaLookup,
    paired: set[tuple[str, str]],
    paired_in: Mapping[int, set[str]],
    first_body: int,
    sight: Mapping[int, tuple[Sequence[_Party], Sequence[_Cue]]],
    vetoed: Set[int] = frozenset(),
    hubs: Sequence[str] = (),
) -> list[Candidate]:
    """Every unpaired pair of artists named in one sentence, once per sentence that names both.

    ``paired`` holds the rules' pairs (sorted id tuples); ``paired_in`` the artists the rules paired in
    each sentence (by sentence index); ``sight`` the rules' reading of each sentence they got as far as
    pairing in (its parties, some set aside as qualifiers or compared, and its act cues); ``vetoed`` the
    sentences the rules say pair nobody (every act word ruled out by a filter, a denial, a report later
    denied): no candidate comes from those.

    Skipped: a group with one of its own members, a group whose member is named in the same sentence
    ("IVE's Yujin": the member is the party, the group her label), and a group with someone the rules paired
    with one of its members (``_member_paired``), and two guests a tracklist credits on different songs
    (bot.tracks; "Doechii on 'ExtraL,' Dominic Fike on 'Love Hangover'") unless one is a title artist.
    """
    out: list[Candidate] = []
    title = _title_tokens(text, title_end, [m for m in ments if m.end <= title_end])
    paired_with: dict[str, set[str]] = {}  # whom the rules paired each artist with
    for u, v in paired:
        paired_with.setdefault(u, set()).add(v)
        paired_with.setdefault(v, set()).add(u)
    paired_ids = paired_with.keys()  # everyone the rules paired with someone
    # (a title's artist is the album's own: "Dominic Fike duets with Jennie on 'Love Hangover'" -- she is on all)
    title_ids = {m.artist_id for m in ments if m.end <= title_end}
    last_seen: dict[str, int] = {}  # the sentence each artist was last named in, so far
    mentioned: dict[str, int] = {}
    for m in ments:
        mentioned[m.artist_id] = mentioned.get(m.artist_id, 0) + 1
    j = 0
    for s in sentences:
        while j < len(ments) and ments[j].start < s.start:
            j += 1
        here: list[MentionLike] = []
        k = j
        while k < len(ments) and ments[k].start < s.end:
            here.append(ments[k])
            k += 1
        ids = list(dict.fromkeys(m.artist_id for m in here))
        if len(ids) == 1 and hubs and s.index not in vetoed and s.end > title_end:
            out.extend(_cross_candidates(text, s, here, ids[0], hubs, meta, paired, paired_ids, sight, mentioned,
                                         last_seen, s.index - first_body, title))
        for aid in ids:
            last_seen[aid] = s.index
        if len(ids) < 2 or s.index in vetoed:
            continue
        groups = {aid: meta(aid).groups for aid in ids}
        kinds = {aid: meta(aid).kind for aid in ids}
        # the song each name is credited on, when the sentence lists a record's tracks (bot.tracks)
        song: dict[str, int] = {}
        if s.text.count('"') + s.text.count("“") >= 2:
            for m, sid in zip(here, tracks.sentence_songs(text, s.start, s.end, [(m.start, m.end) for m in here]),
                              strict=True):
                if sid is not None:
                    song.setdefault(m.artist_id, sid)
        # the semicolon-separated parts each artist is named in ("A and B will lead a drama; C drops by D's show")
        part: dict[str, set[int]] = {}
        if ";" in s.text and not _REACTION_PART.search(s.text, s.text.find(";")):
            cuts = [s.start + i for i, ch in enumerate(s.text) if ch == ";"]
            for m in here:
                part.setdefault(m.artist_id, set()).add(bisect.bisect(cuts, m.start))
        qualifying = {g for aid in ids for g in groups[aid]}  # groups with a member named here
        in_title = s.end <= title_end
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                a, b = ids[x], ids[y]
                rules_pair = (a, b) in paired or (b, a) in paired
                if rules_pair and RECORD is None:
                    continue
                if a in groups[b] or b in groups[a] or a in qualifying or b in qualifying:
                    continue
                if _member_paired(a, b, kinds, paired_with, meta) or _member_paired(b, a, kinds, paired_with, meta):
                    continue
                seen = sight.get(s.index)
                if seen is not None and (
                    _sequenced(text, s, seen[0], a, b) or _co_objects(seen[0], seen[1], paired, a, b)
                ):
                    continue
                if _separate_credits(text, here, a, b):
                    continue
                if part and not part[a] & part[b]:
                    continue  # two items of a digest, told on either side of a semicolon
                if a in song and b in song and song[a] != song[b] and not {a, b} & title_ids:
                    continue  # guests of two different tracks of one album: two works
                feats = _features(text, s, here, a, b, kinds, groups, len(ids), in_title,
                                  s.index - first_body, bool(paired_in.get(s.index, set()) & {a, b}), seen)
                if not in_title:  # what the story is about says whether these two did something together
                    feats = (*feats, *_title_words(title, a, b, "t:"))
                out.append(Candidate(a, b, s, in_title, feats, rules_pair))
    return out


# what ties a lone name's act to someone the sentence does not name: a pronoun, "the two", a role, a bandmate
_REFERENCE_WORDS = {
    "he": "xpro", "she": "xpro", "they": "xpro", "him": "xobj", "her": "xobj", "them": "xobj", "his": "xposs",
    "their": "xposs", "two": "xtwo", "pair": "xtwo", "duo": "xtwo", "both": "xtwo", "singer": "xrole",
    "rapper": "xrole", "actor": "xrole", "actress": "xrole", "star": "xrole", "idol": "xrole", "group": "xrole",
    "bandmate": "xmate", "bandmates": "xmate", "fellow": "xmate", "member": "xmate", "senior": "xmate",
    "junior": "xmate", "friend": "xmate", "co-star": "xmate", "labelmate": "xmate",
}


_GENDERED_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er)\b")
# ("Her co-star Choi Hyun Wook jumped into the shot, flashing a V sign between the two": "the two" may be the tie)
_GROUP_WORDS = re.compile(r"(?i:\b(?:two|pair|duo|both|trio|three|they|them|their)\b)")


def _cross_candidates(
    text: str,
    s: Sentence,
    here: Sequence[MentionLike],
    lone: str,
    hubs: Sequence[str],
    meta: MetaLookup,
    paired: set[tuple[str, str]],
    paired_ids: Set[str],
    sight: Mapping[int, tuple[Sequence[_Party], Sequence[_Cue]]],
    mentioned: Mapping[str, int],
    last_seen: Mapping[str, int],
    body_index: int,
    title: Sequence[tuple[str, str | None]] = (),
) -> list[Candidate]:
    """A body sentence naming one artist, who acts, and an artist of the title it does not name.

    Why: half the labelled pairs the rules miss are never named in one sentence ("Fellow TWICE member Nayeon
    gave the comeback an early boost", the story being about Jihyo's comeback): the other party is the one
    the story is about, carried by a pronoun, a role or nothing at all. Only sentences the rules read an act
    cue in are looked at; the model weighs what ties the act to the title's artist. (Measured with --cv over
    held-out 1-273 in session 18: sentences naming two artists, or holding no act cue, scored a little higher
    pooled but added wrong pairs to the real articles and seeds.)
    """
    seen = sight.get(s.index)
    if seen is None or not seen[1]:
        return []
    lone_meta = meta(lone)
    # the one gender the sentence's pronouns have, if one: "His 2024 duet with Lady Gaga" is nobody's who is a woman
    said = {g for w in _GENDERED_PRONOUN.findall(s.text) if (g := _pronoun_gender(w)) is not None}
    pronoun = next(iter(said)) if len(said) == 1 and not _GROUP_WORDS.search(s.text) else None
    out: list[Candidate] = []
    for hub in hubs:
        if hub == lone or any(m.artist_id == hub for m in here):
            continue
        hub_meta = meta(hub)
        if hub in lone_meta.groups or lone in hub_meta.groups:
            continue
        if pronoun is not None and hub_meta.gender not in (None, pronoun) and lone_meta.gender not in (None, pronoun):
            continue  # the pronoun stands for a third person, not for the title's artist
        rules_pair = (lone, hub) in paired or (hub, lone) in paired
        if rules_pair and RECORD is None:
            continue
        feats = _cross_features(text, s, here, lone, lone_meta.kind, hub_meta.kind,
                                bool(lone_meta.groups & hub_meta.groups), seen, mentioned.get(hub, 0),
                                len(hubs), body_index)
        gap = s.index - last_seen.get(hub, -99)
        linked: tuple[str, ...] = (
            f"xgap{min(gap, 4)}",
            "xlonep" if lone in paired_ids else "xlonen",
            "xhubp" if hub in paired_ids else "xhubn",
            *_title_words(title, hub, lone),
        )
        feats = (*feats, *linked)
        out.append(Candidate(lone, hub, s, False, feats, rules_pair))
    return out


def _masked_tokens(
    text: str, start: int, end: int, ments: Iterable[MentionLike], mask: Callable[[MentionLike], str]
) -> list[str]:
    """The words of ``text[start:end]``, each tagged name replaced by its mask: a feature never holds a name."""
    pieces: list[str] = []
    pos = start
    for m in ments:
        if m.start < pos:
            continue
        pieces.append(text[pos : m.start])
        pieces.append(f" {mask(m)} ")
        pos = m.end
    pieces.append(text[pos:end])
    return _TOKEN.findall("".join(pieces).lower().replace("’", "'"))


def _title_tokens(text: str, end: int, ments: Sequence[MentionLike]) -> list[tuple[str, str | None]]:
    """The title's words once per story, each tagged name a placeholder with its artist (None for a word)."""
    slot = {f"qqz{i}": m.artist_id for i, m in enumerate(ments)}
    index = {id(m): i for i, m in enumerate(ments)}
    toks = _masked_tokens(text, 0, end, ments, lambda m: f"qqz{index[id(m)]}")
    return [(t, slot.get(t)) for t in toks]


def _title_words(
    title: Sequence[tuple[str, str | None]], first: str, second: str, prefix: str = "xt:"
) -> tuple[str, ...]:
    """The title's words, its artists masked: what the story is about ("reacts", "comeback", "thanks")."""
    words = {
        prefix + (w if aid is None else _FIRST if aid == first else _SECOND if aid == second else _OTHER)
        for w, aid in title
    }
    return tuple(sorted(w for w in words if w[len(prefix):].isalnum()))


def _cross_features(
    text: str,
    s: Sentence,
    here: Sequence[MentionLike],
    lone: str,
    lone_kind: str,
    hub_kind: str,
    same_group: bool,
    seen: tuple[Sequence[_Party], Sequence[_Cue]],
    hub_mentions: int,
    n_hubs: int,
    body_index: int,
) -> tuple[str, ...]:
    toks = _masked_tokens(text, s.start, s.end, here, lambda m: _SECOND)
    at = toks.index(_SECOND) if _SECOND in toks else 0
    subject = "xsubj" if at <= 3 else "xlater"
    feats = ["xs", f"xk{hub_kind}_{lone_kind}", "xsg" if same_group else "xdg", f"xlead{min(max(body_index, 0), 4)}",
             f"xm{min(hub_mentions, 6)}", f"xh{min(n_hubs, 3)}", subject]
    feats.extend(sorted({"xc:" + c.kind.lstrip("_") for c in seen[1]}))
    feats.extend(sorted({"xw:" + w for w in toks[:30]}))
    feats.extend("xl:" + w for w in toks[max(0, at - 3) : at])
    feats.extend("xr:" + w for w in toks[at + 1 : at + 5])
    feats.extend(sorted({_REFERENCE_WORDS[w] for w in toks if w in _REFERENCE_WORDS}))
    return tuple(feats)


def _co_objects(
    parties: Sequence[_Party], cues: Sequence[_Cue], paired: set[tuple[str, str]], a: str, b: str
) -> bool:
    """Whether the two are objects of one subject's act, which the rules paired with each but not together.

    "Suga met up with SEVENTEEN's Woozi, DK, Hoshi and LE SSERAFIM's Chaewon and Yunjin to do the challenge":
    each did it with Suga; the rules pair co-objects with each other only where LABELING does (one gathering,
    one team), so a learned pair between them would only repeat a list.
    """
    pos: dict[str, _Party] = {}
    for p in parties:
        if not p.excluded:
            pos.setdefault(p.id, p)
    pa, pb = pos.get(a), pos.get(b)
    if pa is None or pb is None:
        return False
    first = min(pa.start, pb.start)
    for c in cues:
        if c.end > first:
            break
        for p in parties:
            if p.end <= c.start and p.id not in (a, b):
                with_a = (p.id, a) in paired or (a, p.id) in paired
                with_b = (p.id, b) in paired or (b, p.id) in paired
                if with_a and with_b:
                    return True
    return False


# "The choreography was masterminded by Bada Lee and the song was produced by Padi": the credit of one part,
# then a clause crediting another part of the work
_BY_BEFORE = re.compile(r"\bby\s+$")
_ANOTHER_CREDIT = re.compile(
    r"(?i:\b(?:and|while|whereas)\s+(?:the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|is|are)\s+"
    r"(?:[\w-]+\s+)?[\w-]+(?:ed|en)\s+by\b)"
)


def _separate_credits(text: str, here: Sequence[MentionLike], a: str, b: str) -> bool:
    """Whether the first of the two is credited ("by A") for one part of a work and a later clause credits
    another part ("and the song was produced by ... B"): two roles, which the labels do not pair."""
    first = next((m for m in here if m.artist_id in (a, b)), None)
    if first is None or not _BY_BEFORE.search(text, max(0, first.start - 4), first.start):
        return False
    other = b if first.artist_id == a else a
    second = next((m for m in here if m.artist_id == other and m.start > first.end), None)
    return second is not None and _ANOTHER_CREDIT.search(text, first.end, second.start) is not None


def _sequenced(text: str, s: Sentence, parties: Sequence[_Party], a: str, b: str) -> bool:
    """Whether the rules set one of the two aside as only sequenced or compared ("after V", "than BTS").

    Such a party did the same thing at another time, or is a yardstick: the story pairs it with nobody here.
    """
    for p in parties:
        # a sequence or comparison word right before a name the rules set aside: "After V, now BTS' Jungkook
        # takes on the challenge", "right after V", "more than BTS"
        if not (p.excluded and _SEQUENCED_BEFORE.search(text, max(s.start, p.start - 30), p.start)):
            continue
        if p.id in (a, b):
            return True
        # "Jungkook performed this challenge right after V, who was seen doing the routine alongside dancer
        # Lee Do-geon": a name in the set-aside party's own relative clause is his company, not the subject's
        for q in parties:
            if q.id in (a, b) and q.start > p.end and _RELATIVE_RUN.match(text, p.end, q.start):
                other = b if q.id == a else a
                if any(r.id == other and r.end <= p.start for r in parties):
                    return True
    return False


def _features(
    text: str,
    s: Sentence,
    here: Sequence[MentionLike],
    a: str,
    b: str,
    kinds: Mapping[str, str],
    groups: Mapping[str, frozenset[str]],
    n_artists: int,
    in_title: bool,
    body_index: int,
    rule_sentence: bool,
    seen: tuple[Sequence[_Party], Sequence[_Cue]] | None,
) -> tuple[str, ...]:
    # the closest two mentions of the pair stand for it; every other name is masked as "another artist"
    ma = [m for m in here if m.artist_id == a]
    mb = [m for m in here if m.artist_id == b]
    p, q = min(((m, n) for m in ma for n in mb), key=lambda t: abs(t[0].start - t[1].start))
    first, second = (p, q) if p.start < q.start else (q, p)
    toks = _masked_tokens(text, s.start, s.end, here,
                          lambda m: _FIRST if m is first else _SECOND if m is second else _OTHER)
    lo, hi = toks.index(_FIRST), toks.index(_SECOND)
    k1, k2 = kinds[first.artist_id], kinds[second.artist_id]
    same = bool(groups[a] & groups[b])
    feats = [
        f"n{min(n_artists, 5)}", f"k{k1}_{k2}", "title" if in_title else f"lead{min(max(body_index, 0), 4)}",
        "sg" if same else "dg", "rs" if rule_sentence else "nrs", f"d{min((hi - lo) // 3, 6)}",
    ]
    mid = toks[lo + 1 : hi]
    feats.extend("m:" + w for w in mid[:_BETWEEN_WORDS])
    feats.extend(f"mb:{u}_{v}" for u, v in itertools.pairwise(mid))
    feats.extend("l:" + w for w in toks[max(0, lo - 4) : lo])
    right = toks[hi + 1 : hi + 7]
    feats.extend("r:" + w for w in right)
    feats.extend(f"rb:{u}_{v}" for u, v in itertools.pairwise(right))
    if right and right[0] == "'":  # (the tokenizer splits "'s" after a placeholder: "bbb", "'", "s")
        feats.append("poss2")
    if _OTHER in mid:
        feats.append("other_between")
    if seen is None:
        feats.append("unread")  # no act cue, or a sentence the rules skip (a denial, a report later denied)
    else:
        parties, cues = seen
        feats.extend(sorted({"c:" + c.kind.lstrip("_") for c in cues}))
        if any(p.excluded for p in parties if p.id == first.artist_id):
            feats.append("x1")  # set aside by the rules: compared, sequenced ("after V"), a qualifier
        if any(p.excluded for p in parties if p.id == second.artist_id):
            feats.append("x2")
    return tuple(feats)


def accepted(cands: Sequence[Candidate], model: PairModel | None) -> list[tuple[Candidate, set[str]]]:
    """The candidates the model takes, each pair once (its best sentence), with their types."""
    if RECORD is not None:
        RECORD.extend(cands)
        return []
    if model is None or not cands:
        return []
    best: dict[tuple[str, str], tuple[float, Candidate]] = {}
    for c in cands:
        key = (c.a, c.b) if c.a < c.b else (c.b, c.a)
        sc = model.score(c.features)
        if model.takes(c.features, sc) and (key not in best or sc > best[key][0]):
            best[key] = (sc, c)
    out = [(c, model.types_for(c.features)) for _sc, c in best.values()]
    return [(c, types) for c, types in out if types]


def _member_paired(
    group: str, other: str, kinds: Mapping[str, str], paired_with: Mapping[str, set[str]], meta: MetaLookup
) -> bool:
    """Whether ``group`` is a group one of whose members the rules already paired with ``other``: LABELING
    pairs the most specific party named ("Charlie Puth and BTS member Jungkook's collaboration" is Jungkook's)."""
    if kinds.get(group) != "group":
        return False
    return any(group in meta(m).groups for m in paired_with.get(other, ()))
