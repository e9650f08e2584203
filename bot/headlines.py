"""Which pairs the story is about: ``headline`` marking.

Pairs named in the title are headline pairs; for titles without a pair, the opening sentences or the pairs
doing what the title describes stand in. ``interaction_story`` (returned by ``extract_interactions``) says a
headline pair exists, so this decides which stories the bot announces.
"""

from __future__ import annotations

import re

from bot.cues import find_cues
from bot.extraction_types import EARLY_SENTENCES, _Acc, _is_group, _is_member, _Story

_LISTICLE = re.compile(r"(?i:^\s*(?:\d+|ten|five|seven)\b|\b(?:times|moments)\b)")
# "5 times SEVENTEEN and Stray Kids members ...", "Top 10 unexpected K-pop interactions": a list of many pairs
_LISTICLE_TITLE = re.compile(
    r"(?i:\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:times|moments|interactions|things|ways|pairs|friendships|duos|instances|occasions"
    r"|encounters|idols|celebrities|stars|artists|credits|collab(?:oration)?s|duets|covers|challenges|team-?ups"
    r"|crossovers)\b)"
)


_TITLE_DENIAL = re.compile(
    r"(?i:\bden(?:y|ies|ied|ying)\b|\bnot\s+true\b|\bfalse\b|\bfake\b|\bfabricated\b|\bhacked\b|\bdebunk\w*)"
)


def _mark_headlines(accs: dict[tuple[str, str], _Acc], story: _Story) -> None:
    """Headline = the title's pair; titles naming no pair fall back to the opening or the title's verb."""
    title_ids = set(story.title_ids)
    if not any(acc.a in title_ids or acc.b in title_ids for acc in accs.values()):
        # "BIGBANG G-Dragon unfollowed T.O.P" with only the group recognised: its members stand in
        for g in list(title_ids):
            if _is_group(story, g):
                title_ids.update(aid for aid in story.counts if _is_member(story, aid, g))
    both = [acc for acc in accs.values() if acc.a in title_ids and acc.b in title_ids and not acc.side_only]
    titled = [acc for acc in accs.values() if acc.title_pair]
    title = story.text[: story.title_end]
    no_person = all(_is_group(story, t) for t in story.title_ids)
    chosen: list[_Acc]
    if (
        not titled
        and no_person
        and (_LISTICLE_TITLE.search(title) or (len(story.title_groups) >= 2 and not both))
        and len(accs) >= 2
    ):
        # a listicle whose title names no specific pair: every pair it lists is the story (LABELING)
        chosen = list(accs.values())
    elif both or (titled and len(title_ids) >= 2):
        chosen = both + [acc for acc in titled if acc not in both]
    elif len(title_ids) == 1:
        (tid,) = tuple(title_ids)
        mine = [acc for acc in accs.values() if tid in (acc.a, acc.b)]
        chosen = [acc for acc in mine if acc.opening or acc.title_pair]
        if not chosen:
            # the title's artist doing something early in the story, not as background ("previously...")
            early = [acc for acc in mine if acc.early_foreground]
            # "Sungchan unfollows everyone, bandmates included": the title's act with each artist the
            # opening names as its object
            tacts = {kind for kind, _a, _b in find_cues(story.text[: story.title_end])} & _TITLE_ACTS
            chosen = [
                acc
                for acc in mine
                if any(acc.type_first.get(t, 1 << 30) - story.first_body < EARLY_SENTENCES for t in tacts)
            ]
            if early and not chosen:
                chosen = [min(early, key=lambda x: x.first_index)]
    else:
        tkinds = {kind for kind, _a, _b in find_cues(title)}
        ttypes = tkinds & {
            "follow",
            "unfollow",
            "like",
            "comment",
            "message",
            "mention",
            "meet",
            "collab",
            "cover",
            "challenge",
            "gift",
        }
        if ttypes and _TITLE_DENIAL.search(title):
            chosen = []  # "Taemin's agency denies reports of duet with Lee Young-ji": the title's act did not happen
        elif ttypes:
            chosen = [acc for acc in accs.values() if ttypes <= acc.types]
        elif "interact" in tkinds and _LISTICLE.search(title):
            chosen = list(accs.values())  # "10 unexpected idol interactions": every listed pair
        else:
            chosen = [acc for acc in accs.values() if acc.opening]
    if chosen and "cover" in {kind for kind, _a, _b in find_cues(title)}:
        # "Solar Reacts To Billlie Tsuki's Cover Of 'Egotistic'": the cover the title reports is the story
        # too, with the act whose song it is (named in the body: "a cover of MAMAMOO's 2018 hit")
        chosen += [
            acc
            for acc in accs.values()
            if acc not in chosen and "cover" in acc.types and acc.actor in story.title_ids and acc.early_foreground
        ]
    keep = {id(acc) for acc in chosen}
    # members of one group who joined the same act with an outsider ("brings Jay and Jake out") are paired
    # with each other, but the story is their pair with the outsider (LABELING: headline false unless they
    # are the title's pair)
    partners: dict[str, set[str]] = {}
    for acc in chosen:
        partners.setdefault(acc.a, set()).add(acc.b)
        partners.setdefault(acc.b, set()).add(acc.a)
    first_in_title: dict[str, int] = {}
    for m in story.ments:
        if m.start >= story.title_end:
            break
        first_in_title.setdefault(m.artist_id, m.start)
    for acc in chosen:
        team = story.meta(acc.a).groups & story.meta(acc.b).groups
        if team and not _is_group(story, acc.a) and not _is_group(story, acc.b):
            shared = (partners.get(acc.a, set()) & partners.get(acc.b, set())) - {acc.a, acc.b}
            # only when the outsider leads the title and the members follow as its objects ("Lauv brings
            # Jay and Jake out"); "Anton and Wonbin take on Taeyang's challenge" is the members' own pair
            lead = min(first_in_title.get(acc.a, 1 << 30), first_in_title.get(acc.b, 1 << 30))
            if any(
                x not in team and not (story.meta(x).groups & team) and first_in_title.get(x, 1 << 30) < lead
                for x in shared
            ):
                keep.discard(id(acc))
    for acc in accs.values():
        acc.opening = id(acc) in keep


_TITLE_ACTS = frozenset({"follow", "unfollow", "like", "comment", "message", "gift", "cover", "challenge"})
