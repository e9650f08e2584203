"""Who interacted with whom within one sentence: pairs from the cues that survived the filters.

With exactly two parties both are paired; with more, the cue's subject is paired with the artists the cue
governs (clause by clause), joint cues pair everyone they cover, quoted speech pairs speaker and addressee,
and song challenges and song credits pair the challengers with the song's artists.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from itertools import combinations, pairwise

from bot.cue_filters import _FAN_SPEAKER, _QUOTE, _WORK_CONTEXT, _masked_names
from bot.extraction_types import (
    SHARED_TYPES,
    SIDE_PAIR,
    SOCIAL_TYPES,
    TALK_TYPES,
    MentionLike,
    _Cue,
    _distinct,
    _is_group,
    _is_member,
    _own_group,
    _Pair,
    _Party,
    _platform_of,
    _same_team,
    _Story,
)
from bot.references import _MEMBER_ROLE_GAP, _QUALIFIER_GAP, _ROLE_ALTERNATION, _main_clause_first, _salient
from bot.rxfast import lead
from bot.sentences import Sentence

_GATHERING = re.compile(
    r"(?i:dinner|hung\s+out|hang(?:s|ing)?\s+out|meet-?ups?|came\s+together|visit(?:ed|s|ing)?|selfies?"
    # "reunited him with fellow members Taeyang and Daesung": one reunion (of the names listed right after it)
    r"|reunit(?:ed|es|e|ing)\b"
    # "Mingyu invites DK, Seungkwan and Hoshi to a makeshift kitchen": the guests of one gathering
    r"|invit(?:es|ed|ing|e)\b(?=[^.;]{0,80}?\bto\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:kitchen|dinner|lunch"
    r"|party|meal|house|home|place|restaurant|studio|birthday|picnic|camping|trip|café|cafe|barbecue|bbq)\b)"
    r"|turn(?:s|ed|ing)?\s+out|gather(?:ed|s|ing)?\b|(?:trips?|vacations?|getaways?|holidays?)\b"
    r"|(?:celebrat\w*|(?:rings?|rang|ringing)\s+in)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:birthday|anniversary|wedding|discharge|win"
    r"|new\s+year)\s+with\b"
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:messages?|wishes|posts?|gifts?|letters?|fans|notes?|videos?|cakes?|flowers?)\b)"
    r"|guest\s+list"
    r"|(?:photos?|pics?|pictures?)\s+together|pos(?:ed|ing)\s+for"
    # "a backstage photo featuring herself, Taeyeon, Taemin and Karina": everyone in the picture
    r"|(?:photos?|pictures?|pics?|snaps?|carousel|shots?)\s+(?:[\w'’-]+\s+){0,6}?(?:featuring|showing)\s+"
    r"(?:himself|herself|themselves)\b)"
)
# "a photo of him standing between Jake and Sunghoon": the two beside him met too, but the story is about him
_BETWEEN = re.compile(
    r"(?i:(?:stand(?:s|ing)?|stood|sandwiched|squeezed|pos(?:ed|es|ing)|sitting|sat)\s+between)"
)
# Mentions that are public acts of their own even next to a message ("tagged him and sent a DM")
_PUBLIC_MENTIONS = ("tag", "Tag", "shout", "Shout", "repost", "Repost", "shared", "Shared", "mention", "Mention")
_PICTURED = ("photo", "picture", "pic", "snap", "selfie", "posed", "posing", "Photo", "Picture", "Selfie")
# Generic words for working together; next to a challenge they name the challenge, not a song.
_GENERIC_COLLAB = ("team", "pair", "collab", "joint")
# a collab cue that says the subject acted as one: "team up", "a duet", "a joint stage", "join forces"
_JOINT_MARKER = re.compile(r"(?i:team|pair|duet|joint|join(?:s|ed|ing)?\s+forces)")
# "A and B", "A, singer B": two names in one list
_COORDINATED_GAP = re.compile(r"\s*(?:,|,?\s+and|&)\s+(?:[a-z-]+\s+){0,2}")
# Several people doing the same thing apart ("in separate videos") did not do it with each other.
_SEPARATELY = re.compile(
    r"(?i:\b(?:separate(?:ly)?|individual(?:ly)?|respective(?:ly)?|solo\s+versions?|on\s+(?:their|his|her)\s+own"
    # "Lisa and Rosé have each worked with global pop stars", "Rosé and Jisoo also released solo work"
    r"|each\s+(?:worked|collaborated|teamed|recorded|released|performed|featured|covered|filmed|sang)"
    r"|solo\s+(?:work|releases|careers?|projects))\b)"
)
_PRONOUN_SPEAKER = re.compile(
    r"\s*,?\s*(?:he|she)\s+(?:wrote|said|added|captioned|posted|tweeted|commented|shared|replied)\b"
)
_PARALLEL_SPEAKER = re.compile(
    r"\s+(?:(?:had|has|also|too)\s+)?(?:wrote|said|added|commented|replied|posted|chimed\s+in|liked|left\s+a)\b"
)
# "Song Joong-ki followed (suit) with a food truck": the same kind of act, to the same person, came next
_LIKEWISE = re.compile(r"(?i:\bfollow(?:s|ed|ing)?\s+(?:suit\s+)?with\b)")
_SPEECH = re.compile(
    r"(?i:\b(?:wrote|writes|writing|said|says|saying|tweeted|posted|captioned|caption|shared|asked|asks|added|told"
    r"|tells|telling)\b)"
)
_MUTUAL = re.compile(r"(?i:\b(?:exchang\w*|swap(?:s|ped|ping)?|trad(?:e|es|ed|ing)|mutual)\b)")
_FEATURING_THEM = re.compile(
    r"(?i:\b(?:featuring|featured|feat\.|ft\.|recruit(?:s|ed|ing)|taps|tapped|ropes\s+in|roped\s+in|brings\s+in"
    r"|brought\s+in)\s+(?:[\w'’.-]+\s+){0,4}$)"
)
_POSSESSED_ACT_GAP = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}")
_SPEAKER_AFTER_GAP = re.compile(r"[\s,]*")
_COLON_ONLY = re.compile(r"\s*:\s*")
_REPORTER_THAT = re.compile(
    r"(?i:\s+(?:also\s+|later\s+)?(?:revealed|said|shared|recalled|explained|admitted|noted|added|confessed|told\s+\w+)"
    r"\s+that\s+"
    # "Kyuhyun spoke about his bandmates, saying that Yesung and Ryeowook had come to see his musical"
    r"|\s+(?:also\s+|later\s+)?(?:spoke|talked|opened\s+up)\s+about\s+[^.;,]{1,50},\s+"
    r"(?:saying|revealing|explaining|recalling|adding)\s+(?:that\s+)?)"
)
_BACK_TO_REPORTER = re.compile(r"(?i:\b(?:her|him|them|his|their)\b)")
_NAMES_ONLY = re.compile(r"\s*(?:[A-Z0-9][\w.&*'’-]*\s+)*")
_SPEECH_RIGHT_AFTER = re.compile(
    r"\s+(?:also\s+|later\s+)?(?:wrote|writes|said|says|tweeted|posted|captioned|added|told|joked|shared)\b"
)
_TOLD_AUDIENCE = re.compile(
    r"(?i:\b(?:told|tells|telling|assured|reminded)\s+(?:(?:his|her|their|the)\s+)?(?:fans|viewers|listeners|audiences?"
    r"|reporters|the\s+crowd)\b)"
)
# the second performer's own verb: 'while Ailee brought the house down with ...', 'and Ailee covered ...'
_OWN_VERB = re.compile(
    r"\s+(?:(?:also|then|later|too|in\s+turn)\s+)?(?:[a-z]+ed|brought|took|sang|gave|did|chose|made|put|won|tore|blew"
    r"|stole|went|closed|opened)\b"
)
_TITLE_THEN_AND = re.compile(r"[\"”’'],?\s+and\s+$")


def _two_performers(use: Sequence[_Cue], first_p: _Party, second_p: _Party, text: str) -> bool:
    """A cover told of the first party, then a clause of the second's own (not the owner of the song)."""
    covers = [c for c in use if c.kind == "cover" and c.start < second_p.start]  # (later: the second's own)
    if not covers or not all(first_p.end <= c.start for c in covers):
        return False
    gap = max(c.end for c in covers)
    return bool(
        (_CLAUSE_BREAK.search(text, gap, second_p.start + 1) or _TITLE_THEN_AND.search(text, gap, second_p.start))
        and _OWN_VERB.match(text, second_p.end)
    )


_CLAUSE_BREAK = re.compile(
    # ("Lily Sings Taeyeon's 'INVU' To Her Face + Key Gets A Surprise Call From Onew": two headlines in one)
    r";|\s[–—+]\s|,[\"”’']?\s+(?:while|whereas|but|although|though)\s|,\s+as\s+(?!well\b)|\s(?:while|whereas|as)\s+(?=[A-Z])"
    # "Choi Woo Shik sends a snack truck to Park Seo Joon's set, BTS V asks 'where's mine?'": a headline's second
    # clause, a new speaker reacting
    r"|,\s+(?=(?:[A-Z][\w'’.-]*\s+){1,3}(?:asks|says|reacts|responds|replies|jokes|adds|writes|teases)\b)"
    # "the account posted a second version, in which Ni-ki is joined by Jake": the clip's own people
    r"|,\s+in\s+which\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?:is|are|was|were|and|&)\s)"
    # "The two finally met in Los Angeles in March, when Stray Kids were in town": a time clause of its own
    r"|,\s+when\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?:were|was|is|are|had\s+been)\b)"
    r"|,?\s+and\s+(?=the\s+(?:song|track|single|album|music\s+video|video|choreography|mv)\b)"
    # "..., and Jin's single 'The Astronaut' was co-written with ...": another work, its own credits
    r"|,\s+and\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?['’]s?\s+(?:[\w-]+\s+){0,2}['‘\"“])"
    # 'She teamed up with G-Dragon on "Palette," and BTS' Suga produced and featured on her 2020 single "eight."':
    # a titled work, then a new subject with a verb and a title of its own -- two works, their own credits
    r"|(?<=[\"”’'])\s+and\s+(?=(?:[A-Z][\w&.-]*['’]s?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?:[a-z]+ed|wrote"
    r"|sang|co-wrote)\b[^.;]*?['‘\"“])"
    # "X covered Y's hit, and Z's reaction went viral": a new subject, another act (the reaction's own cue)
    r"|,\s+and\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?['’]s?\s+(?:reactions?|response|answer)\b)"
    # "She starred in V's video, and previously released 'Eight' with Suga": the same subject, another work
    r"|,\s+and\s+(?=(?:(?:previously|later|also|then|once|has|had|have)\s+){0,2}(?:released|dropped|recorded"
    r"|starred|appeared|featured|produced|wrote|co-wrote)\s+(?:[\w-]+\s+){0,3}['‘\"“])"
    # "Lisa and Jennie flood Rosé's Live with comments, fans call it the BLACKPINK group chat": the fans' words
    r"|,\s+(?=(?:and\s+)?(?:fans|netizens|viewers|many)\s+(?:call|calls|say|says|react|are|go|can['’]t|cannot|praise|dub"
    r"|label|think|agree)\b)"
    # a headline's second clause: "Moonbyul crashes Solar's fan meeting with a giant cake, Wheein sends video
    # message" (a comma, a name and a present-tense verb)
    # (a title's verbs are capitalised: "Solar And Moonbyul Cheer On Hwasa ..., Wheein Sends A Coffee Truck")
    # (not a reaction, whose object is the first clause's act: "..., Soyeon Reacts")
    r"|,\s+(?=(?:[A-Z][\w&.-]*['’]s?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?:(?i:sends|gives|drops|shares|posts"
    r"|leaves|writes|joins|visits|shows|calls|thanks|praises|covers|follows|likes|comments"
    r"|surprises|crashes|meets|hugs|cheers|supports|congratulates)|reacts|responds|replies|reveals)\b)"
    # (two names and a plural verb: "..., Junho and Chansung send support")
    r"|,\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?:and|&)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?:send|give"
    r"|drop|share|post|leave|write|react|respond|reply|join|visit|show|call|thank|praise|cover|follow|like|comment"
    r"|reveal|surprise|crash|meet|hug|cheer|support|congratulate)\b)"
)
_RELATIVE = re.compile(r",\s+(?:who|which|whose)\b")
_RESUME = re.compile(
    r",\s+(?!and\b|including\b|as\b|who\b|which\b)(?:has|had|have|is|was|were|will|would|continues?|"
    r"[a-z]+ed|[a-z]+s)\b"
)
_NAMING_ROLE = re.compile(
    rf"(?i:\b(?:nam(?:ing|ed)|call(?:ing|ed)|describ(?:ing|ed))\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROLE_ALTERNATION})\s+as\b)"
)
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\s")
_OWN_SUBJECT = re.compile(r"(?i:[\s,;:–—-]*(?:and\s+|but\s+)?(?:the|a|an|this|that|its|their|his|her)\s)")
_CHAIN_BREAK = re.compile(r"[,;:]|\band\b|\bwhile\b|\bthen\b")
_AND_NEW_CLAUSE = re.compile(
    r",\s+(?:and|but|while)\s+(?:(?:the\s+)?(?:actor|actress|singer|rapper|idol|producer|star)\s+)?"
    # ("..., and BTS' V joined the fun in the comment section"): a group naming the new subject
    r"(?:(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*)?['’]s?\s+)?$"
)
_VERB_AFTER = re.compile(
    r"\s+(?:is|was|are|were|has|have|had|will|would|can|could|also|recently|then|later|[a-z]+ed|[a-z]{3,}s"
    r"|left|sent|made|gave|took|wrote|sang|met|came|went|got|brought|bought)\b"
)
# "..., and G-Dragon, who was overseas for a schedule, sent a wreath": the new subject's verb after his clause
_RELATIVE_THEN_VERB = re.compile(r",\s+who\s+[^,;.]{1,80},(?=" + _VERB_AFTER.pattern + ")")
_FROM_NEXT = re.compile(r"\s+from\b")
_OBJECT_ONLY_TYPES = frozenset({"follow", "unfollow", "like", "comment", "message", "mention", "gift"})
_OTHER_ACTOR = re.compile(
    r"(?i:\b(?:fans|netizens|viewers|critics|users|people|many|everyone|agency|company|label|brand|reporters|media"
    r"|watchers|observers|analysts|insiders|experts"  # "Industry watchers have singled out CORTIS and ..."
    r"|outlets|show|producers|organizers|audience|crowd|ARMYs?|BLINKs?"
    # "the account followed STAYC's Sieun and Kep1er's Xiaoting": an unknown account, not either idol
    r"|accounts?|hackers?|someone|somebody|strangers?|impersonators?|bots?"
    r"|(?-i:it))\b)"  # ("Over the weekend it followed the accounts of Xiaoting and Asa": the account)
)
_NO_ACTOR_BEFORE = re.compile(
    r"(?i:[\W_]*(?:(?:best|warm|warmest|big|huge|happy|sending|many|heartfelt|sincere|hearty|all\s+the|our)\s+)*)"
)
_AT_THE_SHOW = re.compile(
    r"(?i:\s+(?:[\w'’.&-]+\s+){1,4}?(?:at|during|from\s+the\s+(?:crowd|audience|stands))\s+(?:(?:his|her|their|the)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:concerts?|fan\s?meetings?|showcases?|premieres?|musicals?|recitals?|fan\s?cons?|shows?)\b)"
)
_ACCOUNT_SUBJECT = re.compile(
    r"(?i:\b(?:the|an?|this|that)\s+(?:[\w-]+\s+){0,2}?(?:account|hackers?|bots?)(?:,\s+(?:it|they))?\s+(?:also\s+)?$)"
)  # ("fans who monitored the account, it also followed ...")
# a quoted title: "Any Song", “Golden”, 'Seven' (not an apostrophe inside a word)
_TITLE = re.compile(r"[\"“]([^\"”]{1,60})[\"”]|(?<![\w])['‘]([^'’\n]{1,60})['’](?![\w])")
# "Zico reveals the tracklist for his album featuring Jennie, Crush and Hoshi": each guest on a track of their own
_GUEST_LIST = re.compile(
    r"(?i:\b(?:albums?|tracklists?|track\s+lists?|lps?|mixtapes?|full-length)\s+(?:[\w'’.-]+\s+){0,3}?featuring\b)"
)
_WORK_BETWEEN = re.compile(r"\s+between\b")
_COSTAR = re.compile(r"(?i:co-?star)")
# "his 'Nevertheless' co-star Han So-hee, Karina and ...": one person's co-star, not the cast of a list
_ONES_COSTAR = re.compile(
    r"(?i:\b(?:his|her|their)\s+(?:[\"“'‘][^\"”’']{1,40}[\"”’']\s+|[\w-]+\s+){0,2}co-?star(?!s)\b)"
)
_SONG_CHALLENGE = re.compile(r"((?:[\w'’-]+\s+){0,2}[\w'’-]+)['\"’”]?\s+(?i:dance\s+)?(?i:challenge)\b")
# speed, for scans of a whole string (finditer from its start): a match can only start where a word starts, or
# right after the previous match (which ends in "challenge") -- from inside a word the match one character earlier
# would have won. Same matches as _SONG_CHALLENGE.finditer(s), 3x faster.
_SONG_CHALLENGE_SCAN = re.compile(r"(?:(?<![\w'’-])|(?i:(?<=challenge)))" + _SONG_CHALLENGE.pattern)
_NOT_SONGS = frozenset(("the", "a", "this", "that", "viral", "new", "dance", "tiktok", "their", "his", "her", "my"))
_SONG_CREDIT = re.compile(
    r"\b(?i:song|track|single)\s+['\"‘“]?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})['\"’”]?"
    r"[^.]{0,160}?\b(?i:vocals\s+by|sung\s+by|performed\s+by|recorded\s+by|features\s+vocals\s+from)\s+"
)
# a word each of _SONG_CREDIT's credit phrases needs ("ſ" matches "s" case-insensitively)
_CREDIT_KEYS = ("vocals", "sung", "performed", "recorded", "features", "ſ")
# "KISS OF LIFE's new single 'Velvet Hour'", "ITZY's \"Velvet Alarm\" challenge" (the closing quote may follow
# the sentence's full stop: "ITZY's new single \"Velvet Alarm.\"")
_SONG_OWNER = re.compile(
    r"['’]s?\s+(?:(?:(?:new|latest|hit|debut|title|lead|comeback|smash|pre-release|\d{4})\s+){0,3}"
    r"(?:single|song|track|hit|anthem)\s+)?['\"‘“]([A-Z][^'\"’”.]{0,40})[.,!?]?['\"’”]"
)

# ---- speed: first-character lookaheads for the patterns searched most (same matches; see bot/rxfast.py)
_CHAIN_BREAK, _SPEECH, _CLAUSE_BREAK, _SONG_CREDIT = map(lead, (_CHAIN_BREAK, _SPEECH, _CLAUSE_BREAK, _SONG_CREDIT))


# -------------------------------------------------------------------------------------------- pairs
def _segments(
    s: Sentence,
    parties: list[_Party],
    story: _Story,
    relative: bool = True,
    cues: Sequence[_Cue] = (),
    spans: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int, tuple[str, ...] | None]]:
    """Clauses of a sentence; relative clauses and main-clause resumptions carry their subject.

    The main clause resumed after a relative clause keeps its whole subject ("ILLIT's Minju and TWS' Shinyu,
    who debuted months apart, filmed the challenge": both filmed it). ``spans`` are the sentence's
    ``_clause_spans`` when the caller already has them.
    """
    text = story.text
    if spans is None:
        spans = _clause_spans(s, parties, story, cues)
    out: list[tuple[int, int, tuple[str, ...] | None]] = []
    for a, b in spans:
        rel = _RELATIVE.search(text, a, b) if relative else None
        if rel is None:
            out.append((a, b, None))
            continue
        ante = [p for p in parties if a <= p.start < rel.start()]
        antecedent = (ante[-1].id,) if ante else None
        kept = [p for p in ante if not p.excluded]
        out.append((a, rel.start(), None))
        res = _RESUME.search(text, rel.end(), b)
        if res is None:
            out.append((rel.end(), b, antecedent))
        else:
            out.append((rel.end(), res.start(), antecedent))
            out.append((res.start(), b, tuple(_coordinated(kept, story)) if kept else antecedent))
    return out


def _clause_spans(s: Sentence, parties: list[_Party], story: _Story, cues: Sequence[_Cue]) -> list[tuple[int, int]]:
    """The sentence cut at clause breaks, as (start, end) offsets into the story text."""
    text = story.text
    breaks = [(s.start + m.start(), s.start + m.end()) for m in _CLAUSE_BREAK.finditer(s.text)]
    # "the five actors — A, B, C, D and E — had performed together": dashes around a list of names set off an
    # apposition, not a clause
    dashes = [b for b in breaks if text[b[0] : b[1]].strip() in ("–", "—")]
    for (a0, a1), (b0, b1) in pairwise(dashes):
        inside = [p for p in parties if a1 <= p.start and p.end <= b0]
        # (not one group's own members: "shows all six members — Sophia, Lara, ... — running through the
        # routine" is the group's own clip)
        if (
            len(inside) >= 2
            and _NAME_LIST_GAP.fullmatch(_masked_names(text[a1:b0], a1, inside))
            and not frozenset.intersection(*(story.meta(p.id).groups for p in inside))
        ):
            breaks = [b for b in breaks if b not in ((a0, a1), (b0, b1))]
    # "X covered IU's song, and Sunghoon is preparing a tour": a new subject with its own verb after the
    # first clause already had its act
    for p in parties:
        conj = _AND_NEW_CLAUSE.search(text, max(s.start, p.start - 24), p.start)  # ", and actor X did"
        if (
            conj is not None
            and (_VERB_AFTER.match(text, p.end) or _RELATIVE_THEN_VERB.match(text, p.end))
            and any(s.start <= c.start < conj.start() for c in cues if c.kind not in ("recip", "join", "_seq"))
        ):
            breaks.append((conj.start(), conj.end()))
    # "aespa, TWICE and NewJeans join Suga": a comma after the name that opens the clause lists it with the next
    # ones, however much the rest looks like a headline's second clause ("..., Junho and Chansung send support")
    first = next((p for p in parties if p.start >= s.start), None)
    if first is not None and first.start == max([s.start, *(e for _b, e in breaks if e <= first.start)]):
        breaks = [(bs, be) for bs, be in breaks if not (bs == first.end and text[bs:be].strip() == ",")]
    breaks.sort()
    spans: list[tuple[int, int]] = []
    pos = s.start
    for bs, be in breaks:
        if bs >= pos:
            spans.append((pos, bs))
            pos = be
    spans.append((pos, s.end))
    return spans


# names blanked out by _masked_names ("x" runs): only names, commas, "and" and "&" between the two dashes
_NAME_LIST_GAP = re.compile(r"(?:[\sx,&]|\band\b)*")


def _cue_types(cues: Iterable[_Cue], story: _Story, s: Sentence) -> set[str]:
    types: set[str] = set()
    for c in cues:
        if c.kind in ("recip", "join", "_seq"):
            continue
        if c.kind == "interact":
            ctx = _platform_of(story, s)
            types.add(
                "interact:meet" if ctx == "in_person" or (ctx is None and story.in_person_story) else "interact:other"
            )
            continue
        if c.kind == "filmed":
            types.add("challenge")
            types.add("interact:filmed")  # filmed together: in person (platform), and a gift there is a meeting
            continue
        if c.kind == "meet" and story.text.startswith(_PICTURED, c.start):
            types.add("interact:pictured")  # a photo of the two: they met in person, wherever it was posted
        if c.kind == "mention" and story.text.startswith(("cheer", "Cheer"), c.start) and _AT_THE_SHOW.match(
            story.text, c.end, s.end
        ):
            types.add("meet")  # "Jimin Cheers On Taeyang At Concert": there to cheer, in person
        types.add(c.kind)
    if "mention" in types and types & TALK_TYPES:
        # "In his message to Jimin, Yeonjun thanked him": praise inside a message or comment is its content
        soft = [c for c in cues if c.kind == "mention" and not story.text.startswith(_PUBLIC_MENTIONS, c.start)]
        if len(soft) == sum(1 for c in cues if c.kind == "mention"):
            types.discard("mention")
    if "collab" in types and "challenge" in types:
        collabs = [story.text[c.start : c.end].lower() for c in cues if c.kind == "collab"]
        if all(w.startswith(_GENERIC_COLLAB) for w in collabs):
            types.discard("collab")  # "team up for the 'Run Wild' challenge": the challenge is the joint work
    return types


def _trailing_applies(story: _Story, last_party_end: int, cue: _Cue) -> bool:
    """Whether a cue after the last party still concerns the pair ("... Heon Seo and followed him")."""
    gap = story.text[last_party_end : cue.start]
    if not re.search(r",|\band\b|\bwhile\b|\bwhich\b|\bwho\b", gap):
        return True
    if _NAMING_ROLE.search(gap):
        return True  # "..., days after naming the senior singer as her role model": the other, by a role word
    if cue.kind in ("like", "comment", "follow", "message") and _SAME_SUBJECT_GOES_ON.fullmatch(gap):
        return True  # "She liked the post and left a comment": the same subject, on the same post or person
    # "... followed Taeyang on Instagram and liked several of his posts": the same other, by a pronoun
    return bool(_TRAILING_OBJ.match(story.text, cue.end, cue.end + 30))


_SAME_SUBJECT_GOES_ON = re.compile(
    r"(?:(?:['’]s?|\s+(?:the|her|his|their|that|this))\s+(?:[\w-]+\s+)?(?:post|photo|picture|selfie|video|clip|upload)s?)?"
    r",?\s+and\s+(?:also\s+|then\s+|even\s+)?"
    r"(?:(?:left|wrote|dropped|added|sent|penned)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2})?"
)
_TRAILING_OBJ = re.compile(
    r"\s+(?:(?:a|an|the)\s+|(?:several|some|many|a\s+few|all|most|two|three|four|five|\d+)\s+of\s+)?"
    r"(?:him|her|his|them|their)\b"
)


def _joint_kind(s: Sentence, story: _Story) -> str:
    """What people joined in when the sentence names no act ("a clip featuring Shinyu alongside Zhang Hao"): a
    challenge when the story is about one and the sentence is about its clip, otherwise a collab."""
    if _CLIP_WORDS.search(s.text) and (
        "hallenge" in story.text[: story.title_end]
        # "... uploaded a dance challenge video to TikTok. In the clip, Jimin is joined by Taeyang."
        or (s.index > 0 and "hallenge" in story.sentences[s.index - 1].text)
    ):
        return "challenge"
    if _POSED.search(s.text):
        return "meet"  # "In one of them, Jimin poses alongside Taeyang": a photo of the two together
    return "collab"


_CLIP_WORDS = re.compile(r"(?i:\b(?:clips?|videos?|dance|dancing|choreo\w*|tiktok|shorts|reels?)\b)")
# the second of two clauses, each with its own subject: "..., while Rosé shared ..."
_WHILE_NEXT = re.compile(r"[,;][\"”’']?\s*(?:while|whereas)\s+(?:[\w'’.&-]+['’]s?\s+)?$")
_OBJECT_PRONOUN = re.compile(r"(?i:\b(?:him|her|them|it)\b)")
_POSED = re.compile(
    r"(?i:\b(?:pos(?:es|ed|ing)|pictured|photographed|smil(?:es|ed|ing)|grinn(?:ed|ing)|standing|stands|stood)\s+"
    r"(?:(?:happily|together|closely|side\s+by\s+side)\s+)?(?:alongside|with|next\s+to|beside)\b)"
)


def _pairs_for_sentence(
    s: Sentence, parties: list[_Party], active: list[_Party], cues: list[_Cue], story: _Story
) -> list[_Pair]:
    """Pairs (a, b, types, directed) a sentence supports."""
    real = [c for c in cues if c.kind not in ("_seq", "_joinact", "_bandact", "_formact", "_dropact", "_titlewith")]
    if len(active) == 2:
        a, b = active
        if _own_group(story, a.id, b.id):
            return []
        last_end = max(a.end, b.end)
        first_p, second_p = (a, b) if a.start < b.start else (b, a)
        if _PARALLEL_SPEAKER.match(story.text, second_p.end) and _CLAUSE_BREAK.search(
            story.text, first_p.end, second_p.start + 1
        ):
            return []  # "Jeongyeon commented '...' while Momo wrote '...'": two commenters, not one on the other
        lead = [c for c in real if c.start < last_end]
        trail = [c for c in real if c.start >= last_end]
        use = lead + [c for c in trail if _trailing_applies(story, last_end, c)] if lead else real
        types = _cue_types(use, story, s)
        if not types and any(c.kind == "join" for c in use):
            types = {_joint_kind(s, story)}
        if not types:
            return []
        if types == {"cover"} and _two_performers(use, first_p, second_p, story.text):
            return []  # 'Kim Jae Hwan sang "My Name," while Ailee took on "Valenti."': two covers, not one
        if (
            not types & (SHARED_TYPES | {"cover"})
            and _WHILE_NEXT.search(story.text, first_p.end, second_p.start)
            and not re.search(r"[,;]", story.text[s.start : first_p.start])
            and not _OBJECT_PRONOUN.search(story.text, second_p.end, s.end)
        ):
            # "Jisoo uploaded an old photo, while Rosé shared a handwritten note to BLINKs": each her own act,
            # neither to the other ("while Jungkook commented on it" points back: that pair stays)
            return []
        if (
            {t for t in types if not t.startswith("interact")} <= SHARED_TYPES | {"cover"}
            and _SEPARATELY.search(s.text)
            and _COORDINATED_GAP.fullmatch(_gap_sans_qualifier(story, min(a.end, b.end), max(a.start, b.start)))
        ):
            return []  # "Hwasa and Chungha filmed the dance with him in separate videos": not with each other
        if (
            "cover" in types
            and all(c.start >= last_end for c in use if c.kind == "cover")
            # "A and B sang each other's songs": a cover each way
            and not any(c.kind == "recip" and story.text.startswith("each other", c.start) for c in use)
            and (
                re.fullmatch(r"\s*(?:and|&)\s*", story.text[min(a.end, b.end) : max(a.start, b.start)])
                or any(c.kind == "join" and min(a.end, b.end) <= c.start < max(a.start, b.start) for c in use)
            )
        ):
            # "Lisa and Rosé covered the song", "Beomgyu joined Jake for a cover": a joint work
            types = (types - {"cover"}) | {"collab"}
        first = min(a.start, b.start)
        typed_use = [c for c in use if c.kind not in ("recip", "join")]
        if (
            types == {"gift"}
            and typed_use
            and all(c.start >= last_end for c in typed_use)
            and not any(c.kind == "recip" for c in use)
            and not _MUTUAL.search(s.text)
            and re.fullmatch(r"\s*(?:and|&|,)\s*", story.text[min(a.end, b.end) : max(a.start, b.start)])
        ):
            return []  # "aespa and NCT WISH also sent flowers": two senders, no gift between them
        if (
            typed_use
            and types <= {"message", "comment", "like", "follow", "mention"}
            and all(c.start >= last_end for c in typed_use)
            and not any(c.kind == "recip" for c in use)
            and not _MUTUAL.search(s.text)
            and _BOTH_ACTED.match(story.text, last_end, typed_use[0].start)
            and _COORDINATED_PAIR.fullmatch(story.text, min(a.end, b.end), max(a.start, b.start))
        ):
            return []  # "Ruka and izna's Mai both replied to 'her'": two repliers to someone else
        if (
            types == {"cover"}
            and typed_use
            and all(c.end <= first for c in typed_use)
            and re.fullmatch(r"\.?\s*(?:and|&|,)\s*", story.text[min(a.end, b.end) : max(a.start, b.start)])
        ):
            return []  # "a medley of H.O.T. and Sechs Kies classics": both are the covered acts
        if (
            typed_use
            and (
                all(c.end <= first for c in typed_use)
                # "the account followed ..., including IVE's Gaeul, and left comments under aespa's posts":
                # both named people are objects of the account's acts
                or (typed_use[0].end <= first and _ACCOUNT_SUBJECT.search(story.text, s.start, typed_use[0].start))
            )
            and types <= _OBJECT_ONLY_TYPES
            and not any(c.kind == "recip" for c in use)
            and (
                _OTHER_ACTOR.search(story.text, s.start, typed_use[0].start)
                # "Best wishes to Jaemin and Juyeon for a safe service!": the writer's words, to both of them
                or (types == {"mention"} and _NO_ACTOR_BEFORE.fullmatch(story.text, s.start, typed_use[0].start))
            )
            and not story.text.startswith("like from", typed_use[0].start)  # "a like from X": X's act
            # "fans photographed the floral tribute from IU's friend, actress Yoo In-na": the sender is named
            and not (typed_use[0].kind == "gift" and _FROM_NEXT.match(story.text, typed_use[0].end))
        ):
            return []  # "Fans praised Jungkook and Jimin": both are objects of someone else's act
        directed = any(a.end <= c.start < b.start for c in use if c.kind in SOCIAL_TYPES | {"gift"})
        if any(c.kind == "meet" and c.end <= first and _BETWEEN.match(story.text, c.start) for c in use):
            types = types | {SIDE_PAIR}  # "him posing between Hyunjin and Felix": the two beside him, in passing
        return [(a.id, b.id, types, directed)]
    out: list[_Pair] = []
    seen: set[tuple[str, str]] = set()
    prev_subject: list[str] = []
    spans = _clause_spans(s, parties, story, real)
    # 'His track "SPOT!" featured Jennie, and his song "Any Song" ...': two works, each with its own credits
    quoted = list(_TITLE.finditer(s.text))
    titles = [m.start() + s.start for m in quoted]
    several_works = len({m.group(0) for m in quoted}) >= 2
    prev_objects: list[str] = []
    prev_types: set[str] = set()
    for cs, ce, forced in _segments(s, parties, story, cues=real, spans=spans):
        cps = _distinct([p for p in parties if cs <= p.start < ce and not p.excluded])
        ccs = [c for c in real if cs <= c.start < ce]
        if not any(c.kind not in ("recip",) for c in ccs):
            if cps and prev_objects and prev_types & TALK_TYPES and _PARALLEL_SPEAKER.match(story.text, cps[0].end):
                # "X commented '...' while Y wrote '...'": Y's words went to the same post
                for o_id in prev_objects:
                    _push(out, seen, story, cps[0].id, o_id, prev_types & TALK_TYPES, True)
            if cps:
                prev_subject = [cps[0].id]
            if ccs and len(cps) >= 2:
                # "..., while Yeji and Yuna shared their own version together": the sentence's joint activity
                together = _coordinated([p for p in cps if p.start < ccs[0].start] or cps[:1], story)
                shared_here = _cue_types(real, story, s) & SHARED_TYPES
                if len(together) >= 2 and shared_here:
                    _all_pairs(out, seen, story, together, shared_here)
            continue
        first_cue = ccs[0].start
        left = [p for p in cps if p.start < first_cue]
        all_types = _cue_types(ccs, story, s)
        if not all_types and any(c.kind == "join" for c in ccs):
            all_types = {_joint_kind(s, story)}
        recip = any(c.kind == "recip" for c in ccs)
        joint_work = (any(c.kind == "collab" for c in ccs) and bool(_WORK_CONTEXT.search(s.text))) or any(
            (
                _COSTAR.match(story.text, c.start)
                and not _ONES_COSTAR.search(story.text, max(cs, c.start - 50), c.start + 8)
            )
            # "The show follows A, B, and C as they run a snack bar": the cast of one series (see _filter_cues)
            or (c.kind == "collab" and story.text.startswith("follow", c.start))
            # "the drama in which he starred with A, B and C": the cast of one work
            or (c.kind == "collab" and story.text.startswith(("starred with", "starring with", "stars with"), c.start))
            # "ended up on a team with DinDin and Yoo Seon Ho": one team
            or (
                c.kind == "collab"
                and story.text.startswith("on ", c.start)
                and "team with" in story.text[c.start : c.end]
            )
            for c in ccs
        )
        # "an album featuring A, B and C": guests on its separate tracks, not one work
        guest_list = bool(_GUEST_LIST.search(s.text))
        joint_work = joint_work and not guest_list
        own_subject = bool(_OWN_SUBJECT.match(story.text, cs, ce))
        if forced is not None and not left:
            subject = list(forced)
        elif left:
            subject = _coordinated(left, story)
        elif prev_subject and not own_subject:
            subject = list(prev_subject)
        else:
            # "aired a collaboration between Momo, Sana and Mina and Perfume": everyone named after it worked on it
            work = next((c for c in ccs if c.kind == "collab" and _WORK_BETWEEN.match(story.text, c.end)), None)
            if work is not None:
                named = [p.id for p in cps if p.start > work.end]
                if len(named) >= 2:
                    _all_pairs(out, seen, story, named, {"collab"})
            elif joint_work and len(cps) >= 2:
                _all_pairs(out, seen, story, [p.id for p in cps], {"collab"})
            continue
        objects = [p for p in cps if p.start > first_cue and p.id not in subject]
        # (the reporter's own group named on the way is no party: "spoke about his Super Junior bandmates")
        told = [left[0], *(p for p in left[1:] if not _is_member(story, left[0].id, p.id))] if left else left
        if (
            not objects
            and len(told) >= 2
            and told[1].id not in subject
            and _REPORTER_THAT.fullmatch(story.text, told[0].end, told[1].start)
            and _BACK_TO_REPORTER.search(story.text, first_cue, ce)
        ):
            # "She revealed that Moonbyul and Wheein came to her concert and visited her": the reporter is
            # the object of the act she reports, done by the people after "that"
            subject = _coordinated(told[1:], story)
            objects = [told[0]]
        elif not objects and all_types & {"collab", "meet"} and len(left) >= 2 and left[0].id not in subject:
            # "Kwon Eun Bi's solo concert last December, where Kim Chaewon had made a surprise appearance": the
            # event's owner is the one the appearance was made for
            host = _EVENT_WHERE.match(story.text, left[0].end, left[-1].start)
            if host is not None and subject == _coordinated(left[1:], story):
                objects = [left[0]]
        if not objects and all_types and prev_objects and _LIKEWISE.search(story.text, cs, ce):
            for x in subject:
                for o_id in prev_objects:
                    _push(out, seen, story, x, o_id, set(all_types), True)
            prev_subject = subject
            continue
        if not objects and all_types and all_types <= _OBJECT_ONLY_TYPES:
            # "Wonyoung and Yuri flood Chaewon's live with comments": the owner of the post before a trailing
            # cue is the object
            owners = [
                p
                for p in left
                if p.id not in subject and _POSSESSIVE_AFTER.match(story.text[p.end : p.end + 3])
            ]
            if len(owners) == 1:
                for x in subject:
                    _push(out, seen, story, x, owners[0].id, set(all_types), True)
                prev_subject = subject
                continue
        if not objects:
            if (
                len(subject) >= 2
                and all_types
                and (recip or joint_work or all_types & {"collab", "meet", "interact:meet", "interact:other"})
            ):
                # ("him posing between Hyunjin and Felix": the two beside him met, in passing)
                between = any(c.kind == "meet" and _BETWEEN.match(story.text, c.start) for c in ccs)
                _all_pairs(out, seen, story, subject, all_types | {SIDE_PAIR} if between else all_types)
            prev_subject = subject
            continue
        last_obj_end = objects[-1].end
        trailing = [c for c in ccs if c.start >= last_obj_end and _trailing_applies(story, last_obj_end, c)]
        # "... after liking Wonhee's dance cover": an act named as the last object's own belongs to that pair
        owned = (
            [c for c in trailing if _POSSESSED_ACT_GAP.fullmatch(story.text, last_obj_end, c.start)]
            if len(objects) >= 2
            else []
        )
        trailing = [c for c in trailing if c not in owned]
        trail_types = _cue_types(trailing, story, s)
        obj_ids: list[str] = []
        boundary = cs
        inherited: set[str] = set()
        partners: list[str] = []  # "X joined Y for a cover of Z's song": Y sings with X
        for o in objects:
            # the cues between the previous object (or the clause start) and this one govern it
            gov = [c for c in ccs if boundary <= c.start < o.start and c.kind not in ("recip", "join")]
            if (
                not gov
                and "cover" in all_types
                and any(c.kind == "join" for c in ccs if boundary <= c.start < o.start)
            ):
                boundary = o.end
                partners.append(o.id)
                for x in subject:
                    _push(out, seen, story, x, o.id, {"collab"}, False)
                if o.id not in obj_ids:
                    obj_ids.append(o.id)
                continue
            # the nearest cue and those chained to it without a comma ("shooting the challenge with X")
            k = len(gov) - 1
            while k > 0 and not _CHAIN_BREAK.search(story.text, gov[k - 1].end, gov[k].start):
                k -= 1
            gov = gov[k:]
            types = _cue_types(gov, story, s) if gov else set(inherited)
            boundary = o.end
            inherited = set(types)
            types |= trail_types
            if owned and o is objects[-1]:
                types |= _cue_types(owned, story, s)
            if not types:
                types = set(all_types)
            if (
                _POSSESSIVE_AFTER.match(story.text[o.end : o.end + 3])
                and types <= {"collab", "meet"}
                and not re.match(
                    r"^['’]s?\s+(?:[\w-]+\s+){0,2}(?:song|track|single|challenge|video|post|ep|album|mini-?album|record"
                    r"|concerts?|fan\s?meetings?|waiting\s+room|dressing\s+room|performances?|shows?|showcases?"
                    r"|musicals?|premieres?|recitals?|sets?|stages?)\b",
                    story.text[o.end : o.end + 40],
                )
            ):
                continue
            insiders = (
                [y for y in subject if _is_member(story, y, o.id)]
                if "challenge" in types and _is_group(story, o.id)
                else []
            )
            if insiders:
                # "Hoshi and TWS's Shinyu filmed a challenge for TWS's track": a member took part, so the
                # challenger pairs with that member, not the group (LABELING)
                for x in subject:
                    for y in insiders:
                        if x != y and x not in insiders:
                            _push(out, seen, story, x, y, types, False)
                continue
            for x in subject:
                _push(out, seen, story, x, o.id, types, True)
            for x in partners if "cover" in types else ():
                _push(out, seen, story, x, o.id, {"cover"}, True)
            if o.id not in obj_ids:
                obj_ids.append(o.id)
        gathering = (
            next((c for c in ccs if c.kind == "meet" and _GATHERING.match(story.text, c.start)), None)
            if "meet" in all_types
            else None
        )
        if gathering is not None:
            # "IU had dinner with A, B and C": everyone at one gathering met everyone (LABELING: meet)
            if story.text.startswith("reunit", gathering.start):
                # ("reunites with Taeyang and Daesung at Seoul encore, gives shout-out to Hyunjin": the list only)
                listed = [o for o in objects if o.id in obj_ids]
                _all_pairs(out, seen, story, subject + (_coordinated(listed, story, subject=False) if listed else []),
                           {"meet"})
            else:
                _all_pairs(out, seen, story, subject + obj_ids, {"meet"})
        elif "meet" in all_types and any(c.kind == "meet" and _BETWEEN.match(story.text, c.start) for c in ccs):
            _all_pairs(out, seen, story, obj_ids, {"meet", SIDE_PAIR})
        shared = all_types & SHARED_TYPES
        separately = bool(_SEPARATELY.search(s.text))
        if (
            shared
            and len(obj_ids) >= 2
            and not separately
            and not guest_list
            and not any(story.text[c.start : c.end].lower() == "opposite" for c in ccs)
        ):
            # 'with Jennie on "SPOT!", and with Hwasa on "Any Song"': credits of two works are no pair
            # (a quoted line of speech is no title: at most five words)
            short = [t for t, m in zip(titles, quoted, strict=True) if len(m.group(0).split()) <= 5]
            one_work = (
                {frozenset(q) for g in _credits_by_work(obj_ids, cps, short) for q in combinations(g, 2)}
                if several_works and len(short) >= 2
                else None
            )
            for i, x in enumerate(obj_ids):
                for y in obj_ids[i + 1 :]:
                    if (joint_work and (one_work is None or frozenset((x, y)) in one_work)) or _same_team(story, x, y):
                        _push(out, seen, story, x, y, set(shared), False)
            objs = [o for o in objects if o.id in obj_ids]
            if (
                "challenge" in shared
                and not joint_work
                and _FEATURING_THEM.search(story.text, max(cs, objs[0].start - 40), objs[0].start)
            ):
                # "a challenge video featuring Natty and Kazuha": the people in one video did it together
                together = _coordinated(objs, story)
                if len(together) >= 2:
                    _all_pairs(out, seen, story, together, {"challenge"})
        if recip and len(subject) >= 2:
            _all_pairs(out, seen, story, subject, all_types)
        elif (
            len(subject) >= 2
            and not separately
            and (shared or "cover" in all_types)
            and any(c.kind == "collab" and _JOINT_MARKER.match(story.text, c.start) for c in ccs)
        ):
            # "RIIZE's Anton and ZEROBASEONE's Seok Matthew team up for aespa's new challenge", "Seungkwan and
            # TWS's Shinyu sing IU's song in a new duet clip": one joint work of the two, whatever their groups
            _all_pairs(out, seen, story, subject, {"challenge"} if "challenge" in all_types else {"collab"})
        elif (
            (shared or "cover" in all_types or "meet" in all_types or "gift" in all_types)
            and len(subject) >= 2
            and not separately
        ):
            # "Yeonjun and Taehyun shot the challenge with Suga": teammates in one activity pair up too;
            # members covering a song together made one joint work, members visiting someone together met
            # (LABELING: same activity pairs them)
            for i, x in enumerate(subject):
                for y in subject[i + 1 :]:
                    if _same_team(story, x, y):
                        if shared or "cover" in all_types:
                            _push(out, seen, story, x, y, set(shared) or {"collab"}, False)
                        else:  # "TWICE's Jihyo and Chaeyoung visited Sunmi", "... brought gifts": they went together
                            _push(out, seen, story, x, y, {"meet", SIDE_PAIR}, False)
        if joint_work:
            for ids in _credits_by_work(subject + obj_ids, cps, titles if several_works else []):
                _all_pairs(out, seen, story, ids, {"collab"})
        prev_subject = subject
        prev_objects = obj_ids
        prev_types = all_types
    # a named work pairs everyone credited on it ("a track with Ozuna, which also featured DJ Snake")
    for cs, ce in spans:
        if (
            any(cs <= c.start < ce and c.kind == "collab" for c in real)
            and _WORK_CONTEXT.search(story.text, cs, ce)
            and not _GUEST_LIST.search(story.text, cs, ce)
        ):
            credited = _distinct([p for p in parties if cs <= p.start < ce and not p.excluded])
            for ids in _credits_by_work([p.id for p in credited], credited, titles if several_works else []):
                _all_pairs(out, seen, story, ids, {"collab"})
    return out


def _credits_by_work(ids: list[str], parties: Sequence[_Party], titles: list[int]) -> list[list[str]]:
    """The credited names grouped by the quoted title nearest each (one group when there are no titles).

    'His track "SPOT!" featured Jennie, and his song "Any Song" ... with Hwasa': Jennie and Hwasa are credits
    of two works, not of one.
    """
    if not titles:
        return [ids] if len(ids) >= 2 else []
    groups: dict[int, list[str]] = {}
    for aid in ids:
        at = next((p.start for p in parties if p.id == aid), None)
        if at is None:
            continue
        near = min(titles, key=lambda t: abs(t - at))
        groups.setdefault(near, [])
        if aid not in groups[near]:
            groups[near].append(aid)
    return [g for g in groups.values() if len(g) >= 2]


def _all_pairs(out: list[_Pair], seen: set[tuple[str, str]], story: _Story, ids: list[str], types: set[str]) -> None:
    for i, x in enumerate(ids):
        for y in ids[i + 1 :]:
            _push(out, seen, story, x, y, set(types), False)


# a role word that says who the next one is ("Jake and actor Park Bo-gum", "Taeyang and fellow singer IU",
# "and girl group ILLIT"): the role nouns bot.references resolves, plus "girl"/"boy"
_ROLE_NEXT = rf"(?:girl|boy|{_ROLE_ALTERNATION})"
_COORDINATED_PAIR = re.compile(
    r"\s*(?:and|&)\s*(?:[\w.&*()-]+['’]s?\s+|(?:fellow\s+)?" + _ROLE_NEXT + r"\s+(?:" + _ROLE_NEXT + r"\s+)?)?"
)  # " and izna's ", " and actor "
_BOTH_ACTED = re.compile(r"(?i:\s+(?:both|also|each|too|all|separately|quickly|immediately)\b)")
_SUBJECT_AFTER_SUBORDINATOR = re.compile(r"(?i:\b(?:when|after|once|because|since|while|where)\s+$)")
_EVENT_WHERE = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:concerts?|shows?|encore|fan\s?meetings?|showcases?|stage|tour|premiere|party)"
    r"(?:\s+[\w-]+){0,3}?,\s+where\b"
)
_PLACE_PREP_BEFORE = re.compile(r"(?i:\b(?:to|on|in|at|via|onto|into)\s+$)")


def _coordinated(left: list[_Party], story: _Story, subject: bool = True) -> list[str]:
    """The subject: the first party of the clause plus those joined to it by "and"/commas.

    An owner in a leading phrase of place ("In a clip uploaded to BABYMONSTER's channel, Ahyeon covered ...")
    is where it happened, not who did it: the subject is the party after it. With ``subject=False`` the run
    starts at the first party whatever follows (the partners listed after "with", where a later "while Lisa
    and Jisoo ..." is another clause, not the list's true start).
    """
    text = story.text
    while (
        subject
        and len(left) >= 2
        and _POSSESSIVE_AFTER.match(text[left[0].end : left[0].end + 3])
        and _PLACE_PREP_BEFORE.search(text, max(0, left[0].start - 8), left[0].start)
    ):
        left = left[1:]
    # "TWS's summer single got a major boost when J-Hope filmed ...": a clause opening with "when" before the
    # act has its own subject
    while subject and len(left) >= 2 and _SUBJECT_AFTER_SUBORDINATOR.search(text, max(left[0].end, left[1].start - 16),
                                                              left[1].start):
        left = left[1:]
    # ("When Sung Si Kyung asked ..., Kyuhyun picked RIIZE's Sohee": the subject after the opening clause)
    if subject and len(left) >= 2 and (main := _main_clause_first(left, story))[0] is not left[0]:
        left = left[left.index(main[0]) :]
    ids = [left[0].id]
    for i in range(1, len(left)):
        gap = _gap_sans_qualifier(story, left[i - 1].end, left[i].start)
        if re.fullmatch(r"(?i:\s*(?:,|,?\s+and|&|,\s*and)\s*(?:[\"“‘'][^\"”’']{1,40}[\"”’']\s+(?=co-?stars?\s))?"
                        r"(?:(?:the|his|her|fellow|member|members|bandmates?|co-?stars?|leader|youngest|eldest|oldest"
                        r"|labelmates?|groupmates?|" + _ROLE_NEXT + r")\s+)*)", gap) or (
            len(gap) <= 40 and _QUALIFIER_GAP.match(gap)
        ):
            if left[i].id not in ids:
                ids.append(left[i].id)
        else:
            break
    return ids


def _gap_sans_qualifier(story: _Story, a: int, b: int) -> str:
    """The text between two parties without a group naming the second ("Nayeon and ITZY's Yeji" -> " and ").

    Qualifier groups are dropped from the parties, so the gap between two coordinated members still holds them.
    """
    text = story.text
    gap = text[a:b]
    if len(gap) > 60 or not any(ch.isupper() for ch in gap):
        return gap
    i = bisect.bisect_right(story.ments, a, key=_start_of)
    while i < len(story.ments) and story.ments[i].start < b:
        m = story.ments[i]
        i += 1
        if m.start < a or not _is_group(story, m.artist_id):
            continue
        tail = text[m.end : b]
        if _QUALIFIER_GAP.match(tail) or _MEMBER_ROLE_GAP.fullmatch(tail):
            return text[a : m.start]
        if _OF_GROUP_GAP.fullmatch(text, a, m.start):
            return tail  # "V of BTS and actor Choi Woo-shik": the group names the first, the gap is " and actor "
    return gap


_OF_GROUP_GAP = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:(?:boy|girl|idol)\s+)?(?:group\s+|band\s+)?")


def _start_of(m: MentionLike) -> int:
    return m.start


def _push(
    out: list[_Pair], seen: set[tuple[str, str]], story: _Story, a: str, b: str, types: set[str], directed: bool
) -> None:
    if a == b or not types or _own_group(story, a, b) or _share_a_named_member(story, a, b):
        return
    key = (a, b) if a < b else (b, a)
    if key in seen:
        for i, (x, y, t, d) in enumerate(out):
            if {x, y} == {a, b}:
                out[i] = (x, y, t | types, d)
        return
    seen.add(key)
    out.append((a, b, set(types), directed))


def _share_a_named_member(story: _Story, a: str, b: str) -> bool:
    """Two groups with one member the story names ("Sakura, who debuted with HKT48 before joining LE SSERAFIM"):
    one person's career, not the groups' interaction."""
    if not (_is_group(story, a) and _is_group(story, b)):
        return False
    return any(_is_member(story, m, a) and _is_member(story, m, b) for m in story.kinds if not _is_group(story, m))


_JOINT_WORK_AFTER = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:duet|collaboration|collab|joint\s+(?:single|song|track|stage|album))s?\b"
)


def _joint_owner_pairs(active: list[_Party], story: _Story) -> list[_Pair]:
    """Two artists who own one work together ("Rosé and Bruno Mars' duet"): a collab, whatever the sentence
    says someone else did with it."""
    out: list[_Pair] = []
    for p, q in pairwise(active):
        if (
            p.id != q.id
            and re.fullmatch(r"\s+(?:and|&)\s+", story.text[p.end : q.start])
            and _JOINT_WORK_AFTER.match(story.text, q.end)
            and not _own_group(story, p.id, q.id)
        ):
            out.append((p.id, q.id, {"collab"}, False))
    return out


# "sat down with hosts Yoo Jae Suk and Jo Se Ho", "MCs Jeong Hyeong Don and Defconn": the hosts of one show
_HOSTS_BEFORE = re.compile(r"(?<![\w-])(?:(?i:(?:co-?)?hosts|emcees)|MCs)\s+$")


def _cohost_pairs(active: list[_Party], story: _Story) -> list[_Pair]:
    """The names listed right after "hosts"/"MCs" host one show together: a collab between each two."""
    out: list[_Pair] = []
    text = story.text
    i = 0
    while i < len(active):
        p = active[i]
        if not _HOSTS_BEFORE.search(text, max(0, p.start - 10), p.start):
            i += 1
            continue
        # ("Hosts Jang Wonyoung and actor Choi Hyun-wook": a role word may name the next one)
        ids = _coordinated(active[i:], story, subject=False)
        i += len(ids) - 1
        out += [(x, y, {"collab"}, False) for x, y in combinations(ids, 2)]
        i += 1
    return out


# "Doyoung, An Yujin and Lee Jun-young hosted the 2025 KBS Song Festival", "... lead KBS Song Festival as hosts":
# the names listed before the act host one show together (after the run's last name and its group qualifier)
_HOSTED_AFTER = re.compile(
    r"(?:\s+(?:of|from)\s+(?:(?:boy|girl|idol)\s+)?(?:group|band)?\s*[A-Z][\w'’.&*-]*(?:\s+[A-Z][\w'’.&*-]*)?)?"
    r"(?:\s+(?:(?i:will|would|to|have|has|had|were|are|also|jointly|together|once\s+again|again|be|been|set\s+to))){0,3}"
    r"\s+(?:(?i:(?:co-?)?host(?:ed|s)?|emcee(?:d|s)?)|MC(?:['’]d|ed)?)\s+(?=(?i:the|this|a|an|their|its|\d{4})\b|[A-Z])"
    r"|[^.;:!?]{0,70}?\bas\s+(?:the\s+)?(?:(?:co-?|joint|main|special|new)\s*)?(?i:hosts|emcees|presenters|MCs)\b"
)


_WISHED_BEFORE = re.compile(r"(?i:\b(?:wish(?:es|ed)?|hop(?:e|es|ed|ing)|want(?:s|ed)?|love|dream)\b[^.;]*$)")


def _host_list_pairs(active: list[_Party], story: _Story) -> list[_Pair]:
    """The names listed as one subject of hosting ("A, B and C hosted the festival", "A and B lead the
    festival as hosts") host one show together: a collab between each two, as with "hosts A and B"."""
    out: list[_Pair] = []
    text = story.text
    people = [p for p in active if not _is_group(story, p.id)]
    i = 0
    while i < len(people) - 1:
        ids = _coordinated(people[i:], story, subject=False)
        if len(ids) < 2:
            i += 1
            continue
        last = max((p for p in people[i:] if p.id in ids), key=lambda p: p.end)
        i = people.index(last) + 1
        first = min((p for p in people if p.id in ids), key=lambda p: p.start)
        wished = _WISHED_BEFORE.search(text, max(0, first.start - 50), first.start)
        if _HOSTED_AFTER.match(text, last.end) and not wished:
            out += [(x, y, {"collab"}, False) for x, y in combinations(ids, 2) if not _own_group(story, x, y)]
    return out


# "The series stars Gong Seung Yeon as a burned-out barista and Choi Hyun Wook as the part-timer", "It starred IU
# and Park Bo-gum as the young couple, with Moon So-ri and Park Hae-joon playing them in later life": one cast
_CAST_VERB = re.compile(
    r"(?<!\balso\s)(?<![Ff]ellow\s)\bstar(?:s|red|ring)\s+(?:(?:actors?|actress(?:es)?|singers?|rapper)\s+)?$"
)
_CAST_GAP = re.compile(
    r"(?:\s+as\s+[^,;.()\"“”:!?]{1,70}?)?"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|(?:\s*,)?\s+(?:with|alongside|opposite)\s+)"
    r"(?:(?:actors?|actress(?:es)?|singers?|rapper|veteran|fellow)\s+){0,2}"
)


def _cast_list_pairs(active: list[_Party], story: _Story) -> list[_Pair]:
    """The actors a work is said to star, listed one after another with their roles, play in it together."""
    text = story.text
    people = [p for p in active if not _is_group(story, p.id)]
    for i, p in enumerate(people):
        if not _CAST_VERB.search(text, max(0, p.start - 40), p.start):
            continue
        run = [p]
        for q in people[i + 1 :]:
            if q.id == run[-1].id:
                continue
            if not _CAST_GAP.fullmatch(_gap_sans_qualifier(story, run[-1].end, q.start)):
                break
            run.append(q)
        if not any(w in text[a.end : b.start] for a, b in pairwise(run) for w in (" as ", " alongside ", " opposite ")):
            return []  # ("stars Chun Ho-jin, Lee Yu-ri, and Kim Jung-hyun": a cast list, no roles said together)
        ids = list(dict.fromkeys(q.id for q in run))
        return [(x, y, {"collab"}, False) for x, y in combinations(ids, 2) if not _own_group(story, x, y)]
    return []


_PROXIES = (
    r"(?:representatives?|reps?|spokes(?:person|woman|man)|publicists?|agency|label|management|lawyers?|managers?"
    r"|sources?|insiders?|officials?)"
)
_PROXY_BEFORE = re.compile(rf"(?i:\b{_PROXIES}\s+(?:for|of|from|close\s+to)\s+(?:the\s+)?(?:[\w-]+\s+)?$)")
_PROXY_AFTER = re.compile(rf"(?i:['’]s?\s+(?:[\w-]+\s+)?{_PROXIES}\b)")


def _speech_pairs(s: Sentence, active: list[_Party], story: _Story) -> list[_Pair]:
    """An artist's own quoted words naming another artist: a mention ("X wrote, 'huge fans of Y'")."""
    if len(active) < 2 or ('"' not in s.text and "“" not in s.text):
        return []
    quotes = [(s.start + q.start(), s.start + q.end()) for q in _QUOTE.finditer(s.text)]
    if not quotes:
        # a quote of several sentences is split up: 'told fans, "Eun-woo is a good guy.' opens one
        opened = [i for i, ch in enumerate(s.text) if ch in '"“']
        if len(opened) != 1 or s.text.count("”") or len(s.text) - opened[0] < 10:
            return []
        quotes = [(s.start + opened[0], s.end)]
    inside = [p for p in active if any(a <= p.start < b for a, b in quotes)]
    outside = [p for p in active if not any(a <= p.start < b for a, b in quotes)]
    if not inside or not outside:
        return []
    q0 = quotes[0][0]
    speakers = [p for p in outside if p.start < q0]
    # ("left a message on RIIZE's Weverse telling fans, '...'": the account's owner is where, not who spoke)
    while speakers and _POSSESSIVE_AFTER.match(story.text[speakers[-1].end : speakers[-1].end + 3]) and (
        _PLACE_PREP_BEFORE.search(story.text, max(0, speakers[-1].start - 8), speakers[-1].start)
    ):
        speakers.pop()
    if speakers:
        speaker = speakers[-1]
        if _PROXY_BEFORE.search(story.text, max(s.start, speaker.start - 40), speaker.start) or _PROXY_AFTER.match(
            story.text, speaker.end
        ):
            return []  # "A representative for Sabrina Carpenter told a US outlet ...": her side, not her words
        # "X told fans, '...'": the fans are the audience, X the speaker
        between = _TOLD_AUDIENCE.sub(" told ", story.text[speaker.end : q0])
        # 'BOYNEXTDOOR's Jaehyun: "Zico hyung taught us ..."': a headline giving the opening speaker's words
        heading = (
            speaker is speakers[0]
            and _NAMES_ONLY.fullmatch(story.text, s.start, speaker.start) is not None  # ("BTS's Jimin:")
            and _COLON_ONLY.fullmatch(between) is not None
        )
        if not heading and (not _SPEECH.search(between) or _FAN_SPEAKER.search(between)):
            return []
    else:
        # "'Riki did it better than me,' Yeonjun wrote": the speaker named right after the quote
        q_end = quotes[-1][1]
        after = [p for p in outside if p.start >= q_end]
        if not after or not _SPEAKER_AFTER_GAP.fullmatch(story.text[q_end : after[0].start]):
            return []
        speaker = after[0]
        if not _SPEECH_RIGHT_AFTER.match(story.text, speaker.end):
            return []
    return [
        (speaker.id, p.id, {"mention"}, True)
        for p in inside
        if p.id != speaker.id and not _own_group(story, speaker.id, p.id) and not any(q.id == p.id for q in outside)
    ]


_QUOTE_MARK = re.compile("[\"“”]")
_SPEECH_BEFORE_QUOTE = re.compile(
    r"(?i:\s+(?:also\s+|later\s+)?(?:said|says|wrote|writes|added|told\s+(?:[\w-]+\s+){0,2}?|recalled|explained"
    r"|continued)\s*[,:]?\s*$)"
)


def quote_spans(text: str, start: int) -> list[tuple[int, int]]:
    """The double-quoted stretches of ``text`` from ``start`` on, straight or curly, across sentence ends.

    A quote still open at a line break is dropped (a paragraph that reopens it starts a new one), so one
    stray mark cannot turn the rest of a story inside out.
    """
    spans: list[tuple[int, int]] = []
    if '"' not in text and "“" not in text:
        return spans
    open_at = -1
    for m in _QUOTE_MARK.finditer(text, start):
        ch, at = m.group(), m.start()
        if open_at >= 0 and text.find("\n", open_at, at) >= 0:
            open_at = -1
        if open_at < 0:
            if ch != "”":
                open_at = at
        elif ch == "“":
            open_at = at
        else:
            spans.append((open_at, m.end()))
            open_at = -1
    return spans


def _long_quote_speaker(span: tuple[int, int], story: _Story) -> str | None:
    """Who speaks a quote of several sentences: the artist named right after it ('... hard," Shinyu said') or
    right before it ('Shinyu said: "...')."""
    a, b = span
    text = story.text
    after = [m for m in story.ments if m.start >= b][:2]
    if after:
        first = speaker = after[0]
        if len(after) == 2 and _POSSESSIVE_AFTER.match(text[first.end : first.end + 3]) and (
            after[1].start - first.end <= 3
        ):
            speaker = after[1]  # '... Thursday," NCT's Doyoung wrote': the member, the group only qualifies
        # ('... hard," Shinyu said' -- not '... a banger."' and a new paragraph that goes on "Kim joked")
        if (
            text[b - 2 : b - 1] in (",", "!", "?", "—", "–")
            and "\n" not in text[b : first.start]
            and _SPEAKER_AFTER_GAP.fullmatch(text, b, first.start)
            and _SPEECH_RIGHT_AFTER.match(text, speaker.end)
        ):
            return speaker.artist_id
    before = [m for m in story.ments if m.end <= a and a - m.end <= 40]
    if before and _SPEECH_BEFORE_QUOTE.match(text[before[-1].end : a]):
        return before[-1].artist_id
    return None


_FIRST_PERSON = re.compile(r"\b(?:I|me|my|(?-i:M)y)\b")


def _first_person_speaker(
    s: Sentence, parties: list[_Party], spans: Sequence[tuple[int, int]], story: _Story
) -> list[_Party]:
    """ '"I texted Haechan on Tuesday. It is now Thursday," Doyoung wrote': in a quote, "I" is its speaker, so a
    cue inside the quote has its actor ("Doyoung texted Haechan")."""
    for a, b in spans:
        if b <= s.start or a >= s.end:
            continue
        lo, hi = max(a, s.start), min(b, s.end)
        m = _FIRST_PERSON.search(story.text, lo, hi)
        if m is None:
            continue
        speaker = _long_quote_speaker((a, b), story)
        if speaker is None or any(p.id == speaker for p in parties):
            return parties
        return sorted([*parties, _Party(speaker, m.start(), m.end(), "pronoun")], key=lambda p: p.start)
    return parties


def _quoted_across_sentences(
    s: Sentence, active: list[_Party], spans: Sequence[tuple[int, int]], story: _Story
) -> list[_Pair]:
    """A speaker's quote of several sentences naming another artist in a sentence that is not the one naming
    the speaker: '"Thank you, Woozi sunbaenim, for trusting us with such a song. We will work hard," Shinyu
    said.' -- Shinyu mentions Woozi (the one-sentence case is _speech_pairs)."""
    out: list[_Pair] = []
    for span in spans:
        a, b = span
        if b <= s.start or a >= s.end or (a >= s.start and b <= s.end):
            continue  # not here, or wholly in this sentence
        inside = [p for p in active if a < p.start < b]
        if not inside:
            continue
        speaker = _long_quote_speaker(span, story)
        if speaker is None:
            continue
        out.extend(
            (speaker, p.id, {"mention"}, True)
            for p in inside
            if p.id != speaker and not _own_group(story, speaker, p.id)
        )
    return out


def _quoted_by_pronoun(s: Sentence, party: _Party, recent: list[list[_Party]], story: _Story) -> str | None:
    """ "'Thank you Nari unnie,' she wrote.": the artist last spoken of names another in her own words."""
    quotes = [(s.start + q.start(), s.start + q.end()) for q in _QUOTE.finditer(s.text)]
    if not quotes or not any(a <= party.start < b for a, b in quotes):
        return None
    if not _PRONOUN_SPEAKER.match(story.text, quotes[-1][1], s.end):
        return None
    who = _salient({party.id}, recent, story)
    if who is None or _own_group(story, who, party.id):
        return None
    return who


def _song_challenges(
    s: Sentence, active: list[_Party], story: _Story, in_title: bool
) -> list[tuple[str, list[str], Sentence, bool]]:
    """ "Jungkook takes on the Smoke dance challenge": (song, the people doing it) for a later credit lookup."""
    out: list[tuple[str, list[str], Sentence, bool]] = []
    quoted = list(_TITLE.finditer(s.text))
    # 'teamed up with Jennie for "SPOT!", and filmed the "Any Song" challenge with Hwasa': each title its own people
    titles = [q.start() + s.start for q in quoted] if len({q.group(0) for q in quoted}) >= 2 else []
    for m in _song_challenge_matches(s.text):
        words = [w.strip("'\"‘’“”") for w in m.group(1).lower().split()]  # "the 'Silver Lining' challenge"
        # the song is the last one to three words before "challenge": keep every candidate for the lookup
        song = "|".join(" ".join(words[k:]) for k in range(len(words)) if words[k:] and words[-1] not in _NOT_SONGS)
        if not song:
            continue
        cue_at = s.start + m.end()
        # "Bada Lee's Smoke dance challenge": the possessive is the choreographer, not a challenger
        who = [
            p.id
            for p in active
            if not _is_group(story, p.id)
            and not (p.end <= cue_at and _POSSESSIVE_AFTER.match(story.text[p.end : p.end + 3]) and cue_at - p.end < 45)
        ]
        if len(who) >= 2 and len(spans := _clause_spans(s, active, story, ())) > 1:
            # ("... Dazzle In 'Glasswing' Dance Challenge, Chaeryeong Reacts": the challenge's own clause)
            here = next(((a, b) for a, b in spans if a <= cue_at - 1 < b), None)
            if here is not None:
                who = [w for w in who if any(here[0] <= p.start < here[1] for p in active if p.id == w)]
        if titles:
            own = min(titles, key=lambda t: abs(t - (s.start + m.start(1))))
            at = {p.id: p.start for p in active}
            who = [w for w in who if min(titles, key=lambda t: abs(t - at[w])) == own]
        if who:
            out.append((song, who, s, in_title))
    return out


_SPACE_RUN = re.compile(r"\s+")


def _anchored_finditer(rx: re.Pattern[str], t: str, anchors: Sequence[int], runs: int) -> list[re.Match[str]]:
    """``rx.finditer(t)`` for a pattern whose every match holds one of the ``anchors`` (sorted offsets) with at
    most ``runs`` runs of whitespace between the start of the match and the anchor.

    No match can start before the end of the run of whitespace ``runs + 1`` runs before the first anchor not
    yet consumed, so each search starts there: a slow pattern only tries the few words in front of an anchor
    instead of every word of the text. (Searching from a position sees the text before it, as a scan does.)
    """
    out: list[re.Match[str]] = []
    if not anchors:
        return out
    ends = [m.end() for m in _SPACE_RUN.finditer(t)]
    pos = 0
    j = 0
    while True:
        while j < len(anchors) and anchors[j] < pos:
            j += 1
        if j == len(anchors):
            return out
        i = bisect.bisect_right(ends, anchors[j])
        m = rx.search(t, max(pos, ends[i - runs - 1] if i > runs else 0))
        if m is None:
            return out
        out.append(m)
        pos = m.end()


def _song_challenge_matches(t: str) -> list[re.Match[str]]:
    """``_SONG_CHALLENGE_SCAN.finditer(t)``: every match ends in "challenge" after at most three words and "dance"."""
    low = t.lower()
    if "challenge" not in low:
        return []
    if len(low) != len(t):
        return list(_SONG_CHALLENGE_SCAN.finditer(t))
    anchors: list[int] = []
    k = low.find("challenge")
    while k >= 0:
        anchors.append(k)
        k = low.find("challenge", k + 1)
    return _anchored_finditer(_SONG_CHALLENGE_SCAN, t, anchors, 4)


def _song_credits(story: _Story) -> dict[str, list[str]]:
    """Song title (lower-cased) -> performers named as its singers ("the song Smoke ... vocals by A and B")."""
    out: dict[str, list[str]] = {}
    low = story.text.lower()
    text = story.text
    people_starts = [m.start for m in story.ments]
    # (without a credit phrase for _SONG_CREDIT to end in, its scan is skipped)
    for m in _SONG_CREDIT.finditer(text) if any(k in low for k in _CREDIT_KEYS) else ():
        song = m.group(1).lower()
        end = text.find(".", m.end())
        end = len(text) if end < 0 else end
        i = bisect.bisect_left(people_starts, m.end())
        names: list[str] = []
        while i < len(story.ments) and story.ments[i].start < end:
            gap = text[story.ments[i - 1].end : story.ments[i].start] if names else text[m.end() : story.ments[i].start]
            if names and not re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", gap):
                break
            if not names and len(gap.strip()) > 0:
                break
            if story.ments[i].artist_id not in names:
                names.append(story.ments[i].artist_id)
            i += 1
        if names:
            out.setdefault(song, names)
    # "KISS OF LIFE's new single 'Velvet Hour'": the owner named in the possessive sings it
    for ment in story.ments:
        om = _SONG_OWNER.match(text, ment.end, ment.end + 80)
        if om is not None:
            out.setdefault(om.group(1).strip(" ,.!?").lower(), [ment.artist_id])
    return out
