"""Who a sentence is about when it does not name them: group qualifiers and references resolved to parties.

Tagger mentions become parties here: groups used only as qualifiers ("BTS' Jungkook") are folded into the
member, and epithets and roles ("the BTS member", "the choreographer"), pronouns, "the latter" and "the two"
are resolved against the story so far -- a cue with one named party often has its other party in a reference.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Sequence

import ahocorasick

from bot.cue_filters import _FANDOM_BEFORE, _GROUP_ACCOUNT
from bot.cues import _K_PAIR, _K_ROLE, _ROLE_NOUNS, _ROLE_WORDS, _sentence_keys
from bot.extraction_types import (
    HELPER_KINDS,
    MentionLike,
    MetaLookup,
    _Cue,
    _distinct,
    _is_group,
    _is_member,
    _Party,
    _Story,
)
from bot.rxfast import lead
from bot.sentences import Sentence

_IN_THE_COMMENTS = re.compile(r"(?i:\b(?:in|into|to|among|amid|by|through)\s+the\s+$)")  # "dropped by the comments"
_QUALIFIER_GAP = re.compile(
    r"(?i:^(?:['’]s?)?\s*(?:(?:the|its|their|oldest|youngest|eldest|former|new|main|lead|fellow|leader|maknae"
    r"|member|members|rapper|vocalist|singer|dancer|visual|center|idol|star|boy|girl|band|group|unit|sub-unit"
    r"|bandmates?|groupmates?|labelmates?|teammates?"
    r"|front(?:man|woman)|guitarist|bassist|drummer|keyboardist"  # "OneRepublic frontman Ryan Tedder"
    r"|main\s+vocalist|lead\s+vocalist|lead\s+dancer|main\s+dancer|main\s+rapper|lead\s+rapper|k-pop|korean)\s*[,:]?\s*){0,4}$)"
)
# "BLACKPINK hitmaker Teddy", "SEVENTEEN's producer Woozi": the group says whose producer he is
_CREATOR_GAP = re.compile(
    r"(?i:(?:['’]s?)?\s+(?:(?:longtime|long-time|in-house|main|go-to|star|hit|famed|renowned|trusted)\s+)?(?:producer"
    r"|hitmaker|hit-maker|composer|songwriter|lyricist|choreographer|director|stylist)\s+)"
)
# "SEVENTEEN's performance leader Hoshi": a member named after his group and a few words of his role
_MEMBER_ROLE_GAP = re.compile(
    r"['’]s?\s+(?:(?!(?:with|and|or|for|of|to|in|on|at|by|from|as|than|after|before)\s)[a-z][\w-]*\s+){1,3}"
)
_OF_GROUP_GAP = re.compile(
    r"(?i:^\s*(?:,\s*)?(?:of|from)\s+(?:(?:the|k-pop|korean|boy|girl|group|band|unit|idol)\s+){0,4}$)"
)
_MEMBER_REF = re.compile(
    r"(?i:(?:['’]s?)?\s+(?:(?:youngest|oldest|eldest|golden|main|lead|former|fellow|new)\s+)?"
    r"(?:member|maknae|leader|vocalist|rapper|idol|singer|dancer|star|visual|boy|girl|artist|frontman|center"
    r"|veteran)\b(?!s))"
)


def _build_role_automaton(words: tuple[str, ...] = _ROLE_WORDS) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for w in words:
        auto.add_word(w, w)
    auto.make_automaton()
    return auto


_ROLE_AUTOMATON = _build_role_automaton()
# Roles that single a person out in a story ("the choreographer"); "singer", "idol" or "star" do not.
_GENERIC_ROLES = frozenset(("singer", "idol", "star", "artist", "group", "band", "duo", "maknae"))
_SPECIFIC_ROLE_AUTOMATON = _build_role_automaton(tuple(w for w in _ROLE_WORDS if w not in _GENERIC_ROLES))


def find_roles(low_text: str, automaton: ahocorasick.Automaton | None = None) -> list[tuple[int, int, str]]:
    """Role nouns ("choreographer", "singer") in lower-cased text as (start, end, role), whole words only."""
    out: list[tuple[int, int, str]] = []
    n = len(low_text)
    for end, word in (automaton or _ROLE_AUTOMATON).iter(low_text):
        start = end - len(word) + 1
        if start > 0 and (low_text[start - 1].isalnum() or low_text[start - 1] == "_"):
            continue
        plural = end + 1 < n and low_text[end + 1] == "s" and (end + 2 >= n or not low_text[end + 2].isalnum())
        if end + 1 < n and (low_text[end + 1].isalnum() or low_text[end + 1] == "_") and not plural:
            continue
        out.append((start, end + 1, word))
    # the longest role at a position wins ("content creator" over "creator")
    out.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    return out


# longest first, so "the singer-songwriter" is that role and not "singer"
_ROLE_ALTERNATION = "|".join(sorted(_ROLE_WORDS, key=len, reverse=True))
_ROLE_REF = re.compile(
    rf"(?<![\w'’])(?:the|The)\s+((?:[\w'’&.-]+\s+){{0,4}}?)({_ROLE_ALTERNATION})\b(?!['’]s\s+(?:fans|fandom))"
)
_ROLE_INTRO_BEFORE = re.compile(rf"(?i:\b({_ROLE_NOUNS})s?\s*(?:,|and\s+\w+)?\s*(?:[\w-]+\s+){{0,1}}$)")
_ROLE_INTRO_NEAR = re.compile(rf"(?i:\b({_ROLE_NOUNS})\b)")
_LATTER = re.compile(r"(?i:\bthe\s+(latter|former)\b(?!\s+of\s+which\b))")  # ("the latter of which": a thing)
_PAIR_REF = re.compile(
    r"(?i:\b(?:the\s+(?:two|duo|pair)(?:\s+(?:friends|stars|idols|artists|singers))?|both\s+(?:of\s+them|stars|idols|artists|singers)|the\s+two\s+of\s+them)\b)"
    # "the two keys", "the two songs": things, not the two people
    r"(?!\s+(?!(?:friends|stars|idols|artists|singers|members|women|men|leads|actors|actresses|rappers|dancers"
    r"|vocalists|boys|girls|groups|acts|legends|queens|kings|icons|seniors|juniors)\b)[a-z]+s\b)(?![-‑])|^They\b"
)  # (nor "the two-hour concert", "the two-person challenge": a compound word)
_TRIO_REF = re.compile(r"(?:The|All)\s+(?:three|trio)\b(?!\s+(?:songs|tracks|singles|albums|acts|groups)\b)")
_SUBJ_PRONOUN = re.compile(r"(?<![\w'’])(?:[Hh]e|[Ss]he)(?![\w'’])")
_OBJ_PRONOUN = re.compile(r"\s+(?:(?:a|an|the)\s+)?(?:him|her|his|them)\b")
_FANS_BEFORE = re.compile(r"(?i:\b(?:fans|fandoms?|followers|viewers|audiences?|supporters|crowds?)\b)")
_POSS_WORK = re.compile(
    r"(?<![\w'’])(?:his|her|their|His|Her|Their)\s+(?:[\w-]+\s+){0,3}?(?:video|videos|post|posts|song|track|single|album|hit(?=\s+[\"“‘])"
    r"|music\s+video|mv|account|photo|picture|story|live|comeback|challenge|dance|rendition|cover|clip|message"
    r"|following\s+list|co-?stars?)\b"  # "IU, his co-star in the drama": he is the other party
    # "Moonbyul came to her concert": the event someone went to (not "covered songs at his concerts": his own)
    r"|(?:(?<=\bto\s)|(?<=\battended\s)|(?<=\bvisited\s))(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:concerts?"
    r"|fan\s?meetings?|showcases?|musicals?)\b"
)
# "Alter Ego included New Woman, her collaboration with Rosalía": the owner is the other party (when nobody
# named before the pronoun can own it: "BABYMONSTER's remix marks their first collaboration with ...")
_POSS_COLLAB = re.compile(r"(?<![\w'’])(?:his|her|His|Her)\s+(?:[\w-]+\s+){0,2}?(?:collaboration|collab|duet)\s+with\b")
_POSTED = re.compile(
    r"(?i:\b(?:posted|uploaded|shared|posts|uploads|shares)\b"
    # "Rosé turned on an Instagram Live": the live is hers, and comments in it go to her
    r"|\bwent\s+live\b|\b(?:turned|switched|turns|switches)\s+on\s+(?:a|an|her|his|their)\s+(?:[\w-]+\s+){0,3}?live"
    r"(?:stream)?\b|\b(?:held|hosted|started|opened|holds|hosts|starts)\s+(?:a|an|her|his|their)\s+(?:[\w-]+\s+){0,3}?"
    r"live(?:stream)?\b)"
)
_THE_POST = re.compile(
    r"(?i:\s*(?:\w+\s+){0,2}?(?:(?:on|under|below|to)\s+)?(?:the|that|this)\s+(?:same\s+|original\s+)?"
    r"(?:picture|photo|photos|post|video|clip|live|selfie|update|upload|chat|stream|livestream|broadcast)\b)"
)
# "Hyunjin was among the first to leave a like on it", "left a comment under it": the post just described
# (not "reposted it": whose clip that was is another matter)
_ON_IT_LIKED = re.compile(r"(?i:(?:like|comment)s?\s+(?:on|under|below)\s+it\b(?!['’]))")
_REF_DET = re.compile(r"(?i:(?<![\w'’])(?:the|his|her)\s+(?:(?:youngest|oldest|eldest|main|lead|former)\s+)?$)")
# "BOYNEXTDOOR's youngest member uploaded ...": one member, named by rank, without an article
_POSSESSIVE_RANK = re.compile(r"(?i:['’]s?\s+(?:(?:youngest|oldest|eldest)\s+member|maknae|leader)\b)")
_OTHER_DET = re.compile(r"(?i:(?<![\w'’])(?:another|other|fellow|some|many)\s+$)")
_OF_REF = re.compile(
    r"(?i:(?<![\w'’])the\s+(?:(?:youngest|oldest|eldest|golden|main|lead)\s+)?(?:maknae|leader|member|vocalist|rapper"
    r"|youngest\s+member|oldest\s+member)\s*(?:\[[^\]]{0,30}\]|\([^)]{0,30}\))?\s+of\s+(?:the\s+)?(?:group\s+|band\s+)?$)"
)
_REPORTED_CLAUSE = re.compile(r"(?i:\b(?:that|how)\s+$)")  # "Yujin revealed that the two often text"
_INTO_THE_CHAT = re.compile(r"(?i:\s*(?:the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:live\s+)?chat\b)")
_QUOTE_NEXT = re.compile(
    # ("leaving a comment on Weverse that read, '...'": the platform may come between)
    r"\s*(?:(?:on|in|under|via)\s+(?:(?-i:[A-Z])[\w-]*|the\s+\w+)\s+(?=writing|saying|adding|that|which|reading))?"
    r"[:,]?\s*(?:(?:writing|saying|adding|that\s+read|which\s+read|reading)\s*[:,]?\s*)?[\"“'‘]"
)
# "ZICO pulled her up on stage, and the two improvised a verse": "the two" opens a new clause
_CLAUSE_OPENING = re.compile(r"(?i:(?:,\s*(?:and\s+|then\s+)?|\b(?:and|as|while|before|until|where)\s+)$)")
# "V makes a cameo, joining the pair for dinner": the pair named before is the object of the act
_JOINS_PAIR = re.compile(r"(?i:\b(?:join(?:s|ed|ing)?|meet(?:s|ing)?|met|visit(?:s|ed|ing)?)\s+$)")
_PAIR_REF_LEAD = re.compile(r"(?i:(?:[\w,' ]{0,30},\s+)?(?:the\s+(?:two|duo|pair)|both\s+of\s+them)\b(?![-‑]))")
_ROLE_NAMED = re.compile(rf"(?i:\bthe\s+({_ROLE_NOUNS})\b[^.]{{0,40}}?\b(?:name|named|called)\s+)")
_LEAD_REF_KEYS = (" he ", " she ", " he,", " she,", "the two", "the duo", "the pair", "both of them")
# a sentence opening with a phrase of place or occasion that names someone, then the pronoun: "Under Jaehyun's
# latest post, he left a comment" (he is the one the story was just about, not the owner of the post)
_FRONTED_PLACE = re.compile(
    r"(?:Under|Beneath|Below|On|At|In|Inside|During|Backstage\s+at"
    # "Before his work with Stray Kids, he co-wrote ...": a time or an addition, then the pronoun subject
    r"|Before|After|Since|Following|Prior\s+to|Ahead\s+of|Besides|Beyond|Apart\s+from|Aside\s+from|Outside\s+of)"
    r"\s+[^,.;:!?\"“]{2,60}?,\s+(?=(?:[Hh]e|[Ss]he)\b)"
)

# ---- speed: first-character lookaheads for the patterns searched most (same matches; see bot/rxfast.py)
_OBJ_PRONOUN, _OTHER_DET, _ROLE_INTRO_BEFORE, _ROLE_INTRO_NEAR, _LATTER, _OF_REF, _ROLE_NAMED = map(
    lead, (_OBJ_PRONOUN, _OTHER_DET, _ROLE_INTRO_BEFORE, _ROLE_INTRO_NEAR, _LATTER, _OF_REF, _ROLE_NAMED))
_SUBJ_PRONOUN, _ROLE_REF, _POSS_WORK, _PAIR_REF, _POSTED = map(
    lead, (_SUBJ_PRONOUN, _ROLE_REF, _POSS_WORK, _PAIR_REF, _POSTED))


# "Hwasa sent a snack truck ... with a cartoon of": the first name is the subject of a verb
_SUBJECT_VERB = re.compile(r"\s+(?:(?:has|had|also|then|later|even)\s+)*[a-z]+(?:ed|t)\b")


def _qualify(raw: list[_Party], story: _Story) -> list[_Party]:
    """Drop groups used as qualifiers ("BTS' Jungkook", "Felix of Stray Kids"); map "the BTS member"."""
    if not raw:
        return raw
    text = story.text
    out: list[_Party] = []
    n = len(raw)
    for i, p in enumerate(raw):
        if not _is_group(story, p.id):
            prv = out[-1] if out else None
            if (
                prv is not None
                and prv.id.startswith("new:")
                and p.start - prv.end <= 40
                and _OF_GROUP_GAP.match(text[prv.end : p.start])
            ):
                continue  # "Kwon Jung Yeol of 10CM": the act the newcomer is part of, named to say who he is
            out.append(p)
            continue
        nxt = raw[i + 1] if i + 1 < n else None
        if nxt is not None and nxt.id != p.id and not _is_group(story, nxt.id):
            gap = text[p.end : nxt.start]
            if (
                len(gap) <= 40
                and _QUALIFIER_GAP.match(gap)
                and (
                    _is_member(story, nxt.id, p.id)
                    or gap.strip(" ") in ("'", "’", "'s", "’s")
                    or _MEMBER_REF.match(gap)
                )
            ) or (len(gap) <= 40 and _MEMBER_ROLE_GAP.fullmatch(gap) and _is_member(story, nxt.id, p.id)):
                continue
            if _CREATOR_GAP.fullmatch(gap):
                continue  # "BLACKPINK hitmaker Teddy", "SEVENTEEN's producer Woozi": whose producer he is
        prv = out[-1] if out else None
        if prv is not None and not _is_group(story, prv.id):
            gap = text[prv.end : p.start]
            if len(gap) <= 40 and _OF_GROUP_GAP.match(gap) and (
                _is_member(story, prv.id, p.id) or prv.id.startswith("new:")  # "Kim Do-hyun of ONEWE"
            ):
                continue
        ref = _MEMBER_REF.match(text, p.end, min(len(text), p.end + 40))
        if ref and _OTHER_DET.search(text, max(0, p.start - 9), p.start):
            continue  # "another SEVENTEEN member": nobody in particular
        of_ref = _OF_REF.search(text, max(0, p.start - 60), p.start)
        if of_ref is not None and text.endswith(("as ", "As "), max(0, of_ref.start() - 3), of_ref.start()):
            continue  # "Karina debuted as the leader of aespa": what the subject is, nobody else
        if of_ref is not None:
            member = _main_member(story, p.id, _subject_before(out, story, of_ref.start()))
            if member is not None:
                out.append(_Party(member, of_ref.start(), p.end, "group-ref"))
                continue
        if ref and (_REF_DET.search(text, max(0, p.start - 14), p.start) or _POSSESSIVE_RANK.match(ref.group(0))):
            member = _main_member(story, p.id, _subject_before(out, story, p.start))
            if member is not None:
                out.append(_Party(member, p.start, ref.end(), "group-ref"))
            continue
        out.append(p)
    return out


def _main_member(story: _Story, group: str, subject: str | None = None) -> str | None:
    """The group's member the story names most (first named on ties), other than the sentence's subject
    ("Hwasa sent a truck with a cartoon of the MAMAMOO rapper": the rapper is not Hwasa herself); the
    story's counts never change, so each group's ranking is kept."""
    ranked = story.main_members.get(group)
    if ranked is None:
        members = [(c, i, aid) for i, (aid, c) in enumerate(story.counts.items())
                   if aid != group and _is_member(story, aid, group)]
        ranked = story.main_members[group] = [aid for _c, _i, aid in sorted(members, key=lambda m: (-m[0], m[1]))]
    return next((aid for aid in ranked if aid != subject), None)


def _subject_before(out: list[_Party], story: _Story, at: int) -> str | None:
    """The sentence's first person before ``at`` when a verb follows them ("Hwasa sent ..."), else None."""
    if not out or _is_group(story, out[0].id):
        return None
    return out[0].id if _SUBJECT_VERB.match(story.text, out[0].end, at) else None


_SUBORDINATOR_BEFORE = re.compile(r"(?i:\b(?:after|when|once|because|since|while|before|until)\s+$)")


def _resolve_references(
    s: Sentence, parties: list[_Party], cues: list[_Cue], recent: list[list[_Party]], story: _Story
) -> list[_Party]:
    """Add parties for "the choreographer", "the latter", "he", "the duo" when the sentence needs them."""
    # (a quoted work's partners need its owner: "His 2023 hit 'Seven' with Latto")
    typed = [c for c in cues if c.kind not in HELPER_KINDS or c.kind == "_titlewith"]
    if not typed:
        return parties
    first_cue = typed[0].start
    present = {p.id for p in parties if not p.excluded}
    subject_empty = not any(p.start < first_cue for p in parties if not p.excluded)
    if len(present) >= 2 and not subject_empty:
        # only a pronoun or "the two" before the first named party could still add someone
        first_party = min(p.start for p in parties if not p.excluded)
        lead = f" {s.text[: first_party - s.start].lower()} "
        if not any(k in lead for k in _LEAD_REF_KEYS):
            return parties
    added: list[_Party] = []
    covered = [(p.start, p.end) for p in parties]

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in covered)

    def add(pid: str, a: int, b: int, source: str) -> None:
        added.append(_Party(pid, a, b, source))
        present.add(pid)
        covered.append((a, b))

    low, keys, role_starts = _sentence_keys(story, s)
    for m in _LATTER.finditer(s.text) if len(present) < 2 and ("latter" in low or "former" in low) else ():
        prev2 = _last_with(recent, 2)
        if prev2 is not None:
            pick = prev2[1] if m.group(1).lower() == "latter" else prev2[0]
            a = s.start + m.start()
            if pick not in present and free(a, a + len(m.group())):
                add(pick, a, a + len(m.group()), "latter")
    maybe_role = (len(present) < 2 or subject_empty) and keys & _K_ROLE
    for m in _role_refs(s.text, low, role_starts) if maybe_role else ():
        a, b = s.start + m.start(), s.start + m.end()
        role = m.group(2).lower()
        if not free(a, b) or role == "duo":
            continue
        if len(present) >= 2 and not (subject_empty and a < first_cue):
            continue
        if role in ("band", "group"):
            opening = s.start >= story.title_end and (
                m.start() == 0 or bool(_LEAD_PHRASE.fullmatch(s.text, 0, m.start()))
            )
            role_pick = _resolve_group_ref(s.text, m.end(), [p for p in parties if p.start < a], present, story,
                                           opening=opening and not any(p.start < a for p in parties),
                                           prev=recent[-1] if recent and recent[-1] else None)
        else:
            role_pick = _resolve_role(role, present, recent, story)
            if m.start() == 0 and s.start >= story.title_end and role in _PERSON_ROLES:
                # "The singer also gave a shout-out to ...", opening a sentence: the story's own star
                star = _story_person(story)
                if star is not None and star not in present and role_pick != star:
                    role_pick = star
        if role_pick is not None:
            add(role_pick, a, b, "role")
            if a < first_cue:
                subject_empty = False
    # both patterns need "two", "duo", "pair" or "both" ("They" opening the sentence aside)
    pair_words = keys & _K_PAIR
    pm = (
        _PAIR_REF.search(s.text)
        if (pair_words or s.text.startswith("They"))
        and (
            not present
            or (
                pair_words
                and (
                    _PAIR_REF_LEAD.match(s.text)
                    or "that the two" in low
                    or "how the two" in low
                    or (len(present) == 1 and ("the pair" in low or "the two" in low or "the duo" in low))
                )
            )
        )
        else None
    )
    if pm is not None and _FANDOM_BEFORE.search(s.text, max(0, pm.start() - 24), pm.start()):
        pm = None  # "Fans of both artists have been sharing the covers": the fans act, the two are their idols
    clause_pair = (
        pm is not None
        and len(present) == 1
        and pm.start() > 30
        and _CLAUSE_OPENING.search(s.text, max(0, pm.start() - 12), pm.start()) is not None
    )
    if pm is not None and (
        not present
        or pm.start() <= 30
        or _REPORTED_CLAUSE.search(s.text, 0, pm.start())
        or (len(present) == 1 and _JOINS_PAIR.search(s.text, max(0, pm.start() - 20), pm.start()))
        or clause_pair
    ):
        # "The two co-starred in ...": the last pair named, as the subject of this sentence -- or the
        # title's pair when the sentence just before names no pair of its own
        prev2 = _last_with(recent, 2)
        if _MEMBERS_AFTER.match(s.text, pm.end()):
            # "The two GOT7 members performed together": two people, named in the last sentences, not a group
            prev2 = _last_people(recent, 2, story) or prev2
        if clause_pair:
            # ("Backstage, she ran into Sakura, and the two took a selfie": the pronoun is the other one, and
            # it is resolved below)
            has_pronoun = _SUBJ_PRONOUN.search(s.text, 0, pm.start()) is not None
            prev2 = None if has_pronoun else _one_and_the_last_other(present, recent, story)
        title_people = [t for t in sorted(story.title_ids) if not _is_group(story, t)]
        if prev2 is None and len(title_people) == 2 and s.start >= story.title_end and pm.start() == 0:
            prev2 = title_people  # no sentence of the body named two people yet: the title's pair
        elif prev2 is not None and len(title_people) == 2 and set(prev2[:2]) != set(title_people):
            before = story.sentences[s.index - 1].start if s.index > 0 else s.start
            last = recent[-1] if recent else []
            if len({p.id for p in last if p.start >= before}) < 2:
                prev2 = title_people
        if prev2 is not None and len(present) >= 2 and present & set(prev2[:2]):
            # "The two stars have interacted before: Jake ... Bang Chan": the sentence names the two itself
            prev2 = None
        if prev2 is not None:
            a = s.start + pm.start()
            for pid in prev2[:2]:
                if pid not in present:
                    add(pid, a, a + len(pm.group()), "pair-ref")
    # "Lee Chan-hyuk and Lee Su-hyun walked out to join Sheeran. The three performed a mashup": the three
    # people the last sentence naming exactly three named
    if not present and s.text[:3] in ("The", "All") and (tm := _TRIO_REF.match(s.text)) is not None:
        for ps in reversed(recent[-2:]):
            ids = [p.id for p in _distinct(ps) if not _is_group(story, p.id)]
            if len(ids) == 3:
                for pid in ids:
                    add(pid, s.start, s.start + tm.end(), "pair-ref")
                break
    # pronouns: the subject of the clause, the object right after a cue, or the owner of a post or song
    padded = f" {low} "
    has_he = " he " in padded or " she " in padded or " he," in padded or " she," in padded
    for sm in _SUBJ_PRONOUN.finditer(s.text) if has_he else ():
        a = s.start + sm.start()
        fronted = sm.start() > 0 and (fm := _FRONTED_PLACE.match(s.text)) is not None and fm.end() == sm.start()
        # "his challenge went viral after he filmed versions with Hwasa and Chungha": the subject of a clause
        # that opens after the first cue, with nobody named before it
        fronted = fronted or (
            a > first_cue
            and not any(p.start < a for p in parties if not p.excluded)
            and _SUBORDINATOR_BEFORE.search(s.text, max(0, sm.start() - 12), sm.start()) is not None
        )
        if (
            (a > first_cue and not fronted)
            or not free(a, a + 2)
            or (any(p.start < a for p in parties if not p.excluded) and not fronted)
            or any(p.start < a for p in added)  # "The singer-songwriter ...: he released": the same person
        ):
            break
        who = _salient(present, recent, story, _pronoun_gender(sm.group()))
        if who is not None:
            add(who, a, a + len(sm.group()), "pronoun")
        break
    if len(present) < 2 and (" him" in padded or " her" in padded or " his" in padded or " them" in padded):
        for c in typed:
            m2 = _OBJ_PRONOUN.match(story.text, c.end, min(s.end, c.end + 20))
            if m2 and m2.group().endswith("them") and _FANS_BEFORE.search(story.text, s.start, c.start):
                break  # "a handwritten note addressed to fans, thanking them": the fans, not the last star named
            if m2 and free(c.end, m2.end()):
                who = _salient(present, recent, story, _pronoun_gender(m2.group().split()[-1]))
                if who is not None:
                    add(who, c.end + 1, m2.end(), "pronoun")
                break
    if (len(present) < 2 or (subject_empty and s.text[:4] in ("His ", "Her ", "Thei"))) and (
        " his " in padded or " her " in padded or " their " in padded
    ):
        # ("Her 2025 album 'Alter Ego' featured 'Born Again' with Doja Cat and RAYE": the owner opens the
        # sentence, whoever else it names)
        m3 = _POSS_WORK.search(s.text)
        if m3 is not None and len(present) >= 2 and m3.start() != 0:
            m3 = None
        if m3 is None and ("ollab" in low or "duet" in low):
            m3 = _POSS_COLLAB.search(s.text)
            if m3 is not None and any(p.start < s.start + m3.start() for p in parties if not p.excluded):
                m3 = None
        if m3 is not None:
            a = s.start + m3.start()
            if free(a, a + 3):
                word = m3.group().split()[0]
                if word.lower() != "their":
                    who = _salient(present, recent, story, _pronoun_gender(word))
                elif any(p.start < a and _is_group(story, p.id) for p in parties if not p.excluded):
                    who = None  # "aespa prepare for their own comeback": the group just named, a party already
                else:
                    # "Their 2021 single 'Rosario' featured CL and Zico": a group's, when a group was just named
                    who = _recent_group(present, recent, story) or _salient(present, recent, story)
                if who is not None:
                    add(who, a, a + 3, "pronoun")
    if not added:
        return parties
    return sorted(parties + added, key=lambda p: p.start)


# the post shows these people: "... a 20-second video of Changbin and Seungmin", "... showing Natty and Ni-ki"
_SHOWS_THEM = re.compile(
    r"(?i:[^.;]{0,80}?\b(?:of|showing|featuring|starring)\s+(?:(?:members?|fellow\s+members?|the\s+group['’]s)\s+)?$)"
)
_TO_ACCOUNT = re.compile(r"(?i:^\s+(?:on|to)\s+[^.;]{0,40}?['’]s?\s+(?:[\w-]+\s+){0,2}(?:account|channel|page)\b)")


_OWN_POST_UP = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:video|post|clip|photo|selfie|upload|cover|picture|reel)s?\s+"
    r"(?:went\s+up|was\s+posted|was\s+uploaded)\b"
)


def _poster_of(s: Sentence, parties: list[_Party], story: _Story) -> list[str] | None:
    """Who posted what the sentence describes: the subject before "posted"/"uploaded"/"shared"."""
    t = s.text
    if "went up" in t or "was posted" in t or "was uploaded" in t:
        # "Shortly after Minho's video went up, Eunkwang left a comment": the owner of the post that went up
        for p in parties:
            if not _is_group(story, p.id) and _OWN_POST_UP.match(story.text, p.end):
                return [p.id]
    if "post" not in t and "upload" not in t and "shar" not in t and "Post" not in t and "Shar" not in t \
            and "Upload" not in t and "live" not in t and "Live" not in t:
        return None
    m = _POSTED.search(t)
    if m is None:
        return None
    at = s.start + m.start()
    if t.startswith(" by ", m.end()):  # "a video posted by TXT's Beomgyu": the name after "by" posted it
        by = [p for p in parties if p.start >= s.start + m.end() + 4 and not p.excluded and not _is_group(story, p.id)]
        return _coordinated_run(by, story) if by else None
    left = [p for p in parties if p.start < at and not p.excluded]
    if left:
        # "On May 30, Yoona's birthday, 2PM's Junho uploaded ...": the names right before the verb posted it
        last = len(left) - 1
        if "," not in story.text[left[-1].end : at]:
            while last > 0 and _COORDINATION_GAP.fullmatch(story.text, left[last - 1].end, left[last].start):
                last -= 1
        else:
            last = 0
        people = [i for i in _coordinated_run(left[last:], story) if not _is_group(story, i)]
        if people:
            return people
    # "Stray Kids' official TikTok account uploaded a video of Changbin and Seungmin", "a clip was uploaded to
    # aespa's channel showing Winter and Ningning": a group account's post is the post of the members it shows
    after = [p for p in parties if p.start >= s.start + m.end() and not p.excluded and not _is_group(story, p.id)]
    account = left or [p for p in parties if p.start < at]  # (a group account set aside as the mere poster)
    if after and (account or _TO_ACCOUNT.search(t, m.end())) and _SHOWS_THEM.search(
        story.text, s.start + m.end(), after[0].start
    ):
        return _coordinated_run(after, story)
    verb_end = s.start + m.end()
    if (
        left
        and len(left) == 1
        # (a name after a comma is another clause: "When RIIZE uploaded a clip of the stage, SHINee's Key was
        # among the first to comment")
        and not any(p.start >= verb_end and "," not in story.text[verb_end : p.start] for p in parties)
        and not _GROUP_ACCOUNT.match(story.text, left[0].end)
    ):
        # "BABYMONSTER shared a video on Instagram": the group's own post ("KISS OF LIFE's account posted a
        # dance video" is a clip of members the story goes on to name)
        return [left[0].id]
    return None


_COORDINATION_GAP = re.compile(r"(?i:\s*(?:,|,?\s+and|&)\s*|(?:['’]s?)?\s+(?:member\s+|leader\s+)?)")


def _coordinated_run(parties: list[_Party], story: _Story) -> list[str]:
    """The ids of the first names in a coordinated list ("A, B and C"), up to the first other gap."""
    ids = [parties[0].id]
    for prev, p in itertools.pairwise(parties):
        same_span = p.start == prev.start and p.end == prev.end  # "the two" stands for both
        gap = story.text[prev.end : p.start]
        if not same_span and not (
            re.fullmatch(r"(?i:\s*(?:,|,?\s+and|&)\s*)", gap) or (len(gap) <= 40 and _QUALIFIER_GAP.match(gap))
        ):
            break
        if p.id not in ids:
            ids.append(p.id)
    return ids


# "Among the thousands of comments is one from Kim Chaewon": the commenter, named after the comments
_ONE_FROM = re.compile(r"\s+(?:(?:is|was|were|came|including)\s+)?(?:one|a\s+(?:comment|reply|note))\s+from\s+")


def _add_post_owner(
    s: Sentence, parties: list[_Party], cues: list[_Cue], owners: list[str], story: _Story
) -> list[_Party]:
    """ "X left a comment under the post": the post is the one the story just described, so its poster is
    the object (not whoever the rest of the sentence names)."""
    present = {p.id for p in parties if not p.excluded}
    if any(o in present for o in owners):
        return parties
    posted = _POSTED.search(s.text)
    if posted is not None and any(p.start < s.start + posted.start() and p.id not in owners for p in parties):
        return parties  # "After Seulgi posted a clip, Bada commented": this sentence's own post, not the last one
    if any(p.id not in owners and _OWNS_POST.match(story.text, p.end) for p in parties):
        return parties  # "During Kim Jae Hwan's Instagram live, Kang Daniel popped into the comments": his live
    for c in cues:
        from_one: re.Match[str] | None = None
        if c.kind not in ("comment", "like") and not (
            c.kind == "mention" and story.text.startswith(("repost", "Repost"), c.start)  # "reposted the photos"
        ):
            continue
        on_it = _ON_IT_LIKED.match(story.text, c.start, s.end) is not None
        if not _THE_POST.match(story.text, c.end, s.end) and not on_it and not (
            c.kind == "comment"
            and (
                _IN_THE_COMMENTS.search(story.text, max(s.start, c.start - 12), c.start)
                or story.text.endswith(("the comments", "comments section"), c.start, c.end)  # "showed up in ..."
                or _INTO_THE_CHAT.match(story.text, c.end, s.end)  # "joined the live chat"
                # "commented 'so pretty'", "left a comment, writing, 'So cute.'"
                or _QUOTE_NEXT.match(story.text, c.end, min(s.end, c.end + 40))
                or (from_one := _ONE_FROM.match(story.text, c.end, s.end)) is not None
            )
        ):
            continue  # (Yunah wrote "in the comments": the comments of the post just described)
        if not any(p.start < c.start for p in parties if not p.excluded) and not any(
            ":" in story.text[c.end : p.start] or (from_one is not None and p.start >= from_one.end())
            for p in parties if not p.excluded and p.start > c.end
        ):
            return parties  # no commenter named before the act (or after it: "among the comments: TWICE's Jihyo")
        added = [_Party(o, c.end, c.end, "poster") for o in owners]
        return sorted(parties + added, key=lambda p: p.start)
    return parties


def _one_and_the_last_other(present: set[str], recent: list[list[_Party]], story: _Story) -> list[str] | None:
    """The sentence's one person and the one other person the last naming sentence names, if just one."""
    if not recent:
        return None
    others = {p.id for p in recent[-1] if p.id not in present and not p.excluded and not _is_group(story, p.id)}
    if len(others) != 1:
        return None
    return [*present, *others]


_MEMBERS_AFTER = re.compile(r"\s+(?:[\w'’.&*()-]+\s+)?(?:members|bandmates|groupmates)\b")


def _last_people(recent: list[list[_Party]], n: int, story: _Story) -> list[str] | None:
    """The last ``n`` distinct people (no groups) named in the last three sentences, latest first."""
    out: list[str] = []
    for ps in reversed(recent[-3:]):
        for p in _distinct(ps):
            if p.id not in out and not _is_group(story, p.id):
                out.append(p.id)
        if len(out) >= n:
            return out[:n]
    return None


def _last_with(recent: list[list[_Party]], n: int) -> list[str] | None:
    for ps in reversed(recent[-3:]):
        ids = [p.id for p in _distinct(ps)]
        if len(ids) >= n:
            return ids
    return None


def _resolve_role(role: str, present: set[str], recent: list[list[_Party]], story: _Story) -> str | None:
    if role in _GENERIC_ROLES:
        if role in ("singer", "idol"):
            # "actor Evan Mock plays her ex. The record includes APT., the singer's collaboration with Bruno
            # Mars": the singer is not the person the story introduced as an actor
            if story.roles_cache is None:
                story.roles_cache = _role_map(story.text, story.ments, story.meta)
            actors = set(story.roles_cache.get("actor", ())) | set(story.roles_cache.get("actress", ()))
            if actors:
                return _salient(present | actors, recent, story)
        return _salient(present, recent, story)
    if story.roles_cache is None:
        story.roles_cache = _role_map(story.text, story.ments, story.meta)
    specific = story.roles_cache.get(role)
    if specific:
        for aid, _c in specific.most_common():
            if aid not in present:
                return aid
        return None
    if role in (
        "singer",
        "idol",
        "star",
        "artist",
        "musician",
        "vocalist",
        "soloist",
        "performer",
        "entertainer",
        "singer-songwriter",
        "rapper",
        "maknae",
        "actor",
        "actress",
    ):
        kinds = _ROLE_KINDS.get(role)
        if kinds is not None:
            # "The American singer-songwriter" after a story about an idol and a soloist is the soloist
            for ps in reversed(recent[-3:]):
                for p in ps:
                    if p.id not in present and story.kinds.get(p.id) in kinds:
                        return p.id
        return _salient(present, recent, story)
    return None


_GROUP_NOUN_USE = re.compile(r"(?:['’]s)?\s+(?:chat|photo|shot|selfie|picture|call|order)s?\b")


def _resolve_group_ref(
    text: str, end: int, before: list[_Party], present: set[str], story: _Story, opening: bool = False,
    prev: list[_Party] | None = None,
) -> str | None:
    """"the group" / "the band": the group named last before it in this sentence; opening a sentence of the
    body ("The band have previously shared covers of ..."), the story's own group.

    Nobody when that group is already a party here or is the group of one ("Felix said the group will
    tour" is his own group, not another party), or when the words are a thing ("the group chat").
    """
    if _GROUP_NOUN_USE.match(text, end):
        return None
    # Only this sentence: a group named in an earlier one is as often a chart neighbour as the one meant
    # ("SEVENTEEN debuted at No. 4 ... As with the group's previous releases" means the story's own group).
    latest = next((p.id for p in reversed(before) if _is_group(story, p.id)), None)
    if latest is None and opening:
        latest = _story_group(story)
    # "Stray Kids are no strangers to Western collaborations. The eight-member group teamed up with ...": the
    # subject of the sentence before, when it is the only group there
    if (
        latest is None
        and opening
        and prev
        and _is_group(story, prev[0].id)
        and sum(1 for p in _distinct(prev) if _is_group(story, p.id)) == 1
    ):
        latest = prev[0].id
    if latest is None or latest in present or any(_is_member(story, pid, latest) for pid in present):
        return None
    return latest


_OWNS_POST = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:live|livestream|live\s?stream|post|video|photos?|selfie|clip|upload|story|reel)\b"
)
# "In 2023, the group released ...": a short opening phrase before the sentence's subject
_LEAD_PHRASE = re.compile(r"(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}),\s+")
_PERSON_ROLES = frozenset(("singer", "idol", "star", "artist", "musician", "vocalist", "soloist", "rapper",
                           "singer-songwriter", "performer", "entertainer"))


def _story_person(story: _Story) -> str | None:
    """The person a story is about: named in its title and clearly more often than anyone else."""
    ranked = sorted(((c, aid) for aid, c in story.counts.items() if not _is_group(story, aid)), reverse=True)
    if not ranked:
        return None
    count, top = ranked[0]
    if top not in story.title_ids or count < 3 or (len(ranked) > 1 and ranked[1][0] * 3 > count * 2):
        return None
    return top


def _story_group(story: _Story) -> str | None:
    """The group a story is about: named in its title and more often than any other group."""
    ranked = [(c, aid) for aid, c in story.counts.items() if _is_group(story, aid)]
    if not ranked:
        return None
    ranked.sort(reverse=True)
    count, top = ranked[0]
    if top not in story.title_ids or count < 2 or (len(ranked) > 1 and ranked[1][0] >= count):
        return None
    return top


# Roles that name one kind of artist: a group member is rarely "the singer-songwriter" or "the actress"
_ROLE_KINDS: dict[str, frozenset[str]] = {
    role: frozenset(("soloist", "person")) for role in ("soloist", "singer-songwriter", "actor", "actress")
} | {"maknae": frozenset(("member",))}


def _salient(present: set[str], recent: list[list[_Party]], story: _Story, gender: str | None = None) -> str | None:
    """The person most likely meant: the latest sentence's subject first, then its other parties.

    When the people of the last sentences are all named in this one already ("she posted a selfie of the
    two of them", the two resolved first), the pronoun is one of them: nobody is brought in from the rest
    of the story. ``gender`` ("f" for she/her, "m" for he/him/his) passes over people the roster knows to be
    otherwise: "Jungkook ... Jennie ... she" is Jennie even when Jungkook was the subject.
    """
    named_recently = False
    for ps in reversed(recent[-3:]):
        for p in _main_clause_first(ps, story):
            if _is_group(story, p.id) or not _agrees(story, p.id, gender):
                continue
            if p.id not in present:
                return p.id
            named_recently = True
    if named_recently:
        return None
    for aid, _c in story.counts.most_common(3):
        if aid not in present and not _is_group(story, aid) and _agrees(story, aid, gender):
            return aid
    return None


def _recent_group(present: set[str], recent: list[list[_Party]], story: _Story) -> str | None:
    """The group the last sentences named (in their order), for "their": None when they named none."""
    for ps in reversed(recent[-2:]):
        for p in ps:
            if p.id not in present and _is_group(story, p.id):
                return p.id
    return None


def _agrees(story: _Story, aid: str, gender: str | None) -> bool:
    """Whether a pronoun of ``gender`` can stand for ``aid`` (an unknown gender on either side can)."""
    if gender is None:
        return True
    own = story.meta(aid).gender
    return own is None or own == gender


def _pronoun_gender(word: str) -> str | None:
    w = word.strip().lower()
    return "m" if w in ("he", "him", "his") else "f" if w in ("she", "her") else None


# a sentence opening with a clause of time or condition ("When JISOO uploaded selfies, Rosé was quick to ...")
_SUBORDINATE_OPENING = re.compile(r"(?i:(?:when|after|as|while|once|since|before|although|though|if)\s)")
_MAIN_SUBJECT_GAP = re.compile(r",\s+(?:(?:[\w'’.-]+\s+){0,2}?(?i:member|singer|actor|actress|rapper|leader)\s+)?")


def _main_clause_first(ps: list[_Party], story: _Story) -> list[_Party]:
    """``ps`` with the subject of the main clause first when the sentence opens with a subordinate one.

    "When JISOO uploaded selfies to Instagram, Rosé was quick to show up. She liked the post": she is
    Rosé, the main clause's subject, not Jisoo, who only sets the time.
    """
    if len(ps) < 2:
        return ps
    text = story.text
    k = bisect.bisect_right(story.sentences, ps[0].start, key=lambda x: x.start) - 1
    if k < 0:
        return ps
    sent = story.sentences[k]
    if not _SUBORDINATE_OPENING.match(text, sent.start) or not sent.start <= ps[0].start < sent.end:
        return ps
    comma = text.find(",", ps[0].end, sent.end)
    if comma < 0:
        return ps
    for i, p in enumerate(ps):
        if p.start > comma:
            gap = _MAIN_SUBJECT_GAP.fullmatch(text, comma, p.start)
            return [p, *ps[:i], *ps[i + 1 :]] if gap is not None and i > 0 else ps
    return ps


def _role_named(text: str) -> list[re.Match[str]]:
    """``_ROLE_NAMED.finditer(text)``, searched only in the full-stop-free stretches holding "name"/"called".

    A match holds no "." and always holds one of those words ("name"/"called" have no letter that matches
    case-insensitively without lower-casing to it), so the other stretches cannot match.
    """
    low = text.lower()
    if len(low) != len(text):
        return list(_ROLE_NAMED.finditer(text))
    spans: list[tuple[int, int]] = []
    for key in ("name", "called"):
        k = low.find(key)
        while k >= 0:
            a = text.rfind(".", 0, k) + 1
            b = text.find(".", k)
            spans.append((a, len(text) if b < 0 else b))
            k = low.find(key, k + 1)
    out: list[re.Match[str]] = []
    for a, b in sorted(set(spans)):
        out.extend(_ROLE_NAMED.finditer(text, a, b))
    return out


def _role_map(text: str, ments: Sequence[MentionLike], meta: MetaLookup) -> dict[str, Counter[str]]:
    """Role nouns the story attaches to one artist ("choreographer KN", "KN, a TikToker")."""
    roles: dict[str, Counter[str]] = {}
    low = text.lower()
    hits = (
        find_roles(low, _SPECIFIC_ROLE_AUTOMATON)
        if len(low) == len(text)
        else [(m.start(), m.end(), m.group(1).lower()) for m in _ROLE_INTRO_NEAR.finditer(text)]
    )
    if not hits:
        return roles
    people = [m for m in ments if meta(m.artist_id).kind != "group"]
    starts = [m.start for m in people]
    for hs, he, role in hits:
        if role in ("singer", "idol", "star", "artist", "group", "band", "duo", "maknae"):
            continue
        # "choreographer KN", "dance choreographer and TikToker, KN": the next name within a few words
        j = bisect.bisect_left(starts, he)
        if j < len(people) and people[j].start - he <= 25 and _ROLE_INTRO_BEFORE.search(text, hs, people[j].start):
            roles.setdefault(role, Counter())[people[j].artist_id] += 1
            continue
        # "KN, a TikToker": the name just before
        if (
            j > 0
            and 0 <= hs - people[j - 1].end <= 30
            and re.fullmatch(r"(?i:,?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?)", text[people[j - 1].end : hs])
        ):
            roles.setdefault(role, Counter())[people[j - 1].artist_id] += 1
    for rm in _role_named(text) if ("name" in text or "called" in text) else ():
        nxt = next((m for m in ments if rm.end() <= m.start <= rm.end() + 3), None)
        if nxt is not None:
            roles.setdefault(rm.group(1).lower(), Counter())[nxt.artist_id] += 1
    return roles


def _role_refs(t: str, low: str, role_starts: list[int]) -> list[re.Match[str]]:
    """``_ROLE_REF.finditer(t)`` (``role_starts``: where role words start in ``low``, the lower-cased ``t``).

    A match starts at a "the"/"The" and ends in a lower-case role noun at most four words on (five runs of
    whitespace), so the pattern is only tried, anchored, at each "the" with a role word that close after it;
    the first success is the leftmost match, as a scan would find.
    """
    out: list[re.Match[str]] = []
    if not role_starts:
        return out
    if len(low) != len(t):
        return list(_ROLE_REF.finditer(t))
    thes: list[int] = []
    for the in ("the", "The"):
        k = t.find(the)
        while k >= 0:
            thes.append(k)
            k = t.find(the, k + 1)
    if not thes:
        return out
    thes.sort()
    pos = 0
    for p in thes:
        if p < pos:
            continue
        j = bisect.bisect_right(role_starts, p)
        if j == len(role_starts):
            break
        gap = t[p : role_starts[j]]  # starts with the "t" of "the"; words split on the same whitespace as \s
        words = gap.split(None, 6)
        if len(words) - (0 if gap[-1].isspace() else 1) > 5:
            continue  # more than five runs of whitespace before the next role word
        m = _ROLE_REF.match(t, p)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out
