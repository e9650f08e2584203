"""Who did what to whom: interaction extraction from tagged story text.

The definition we are measured against is ``shared/data/LABELING.md``. The approach is deliberately
shallow -- one Aho-Corasick pass for cue words (English and Korean stems) confirmed by small anchored
regexes, sentence buckets of tagger mentions, and a handful of linguistic rules -- because it runs for every
story and has to stay explainable to moderators:

* a sentence yields pairs only when it holds an interaction *cue* (followed, liked, collaboration, met…)
  and two parties; with exactly two parties both are paired, with more the cue's subject is paired with
  the artists the cue governs (those after it, up to the next cue), joint cues ("together", "between",
  a song's credits) pair everyone they cover;
* parties are tagger mentions minus groups used as qualifiers ("BTS' Jungkook"), minus artists that are
  only compared or sequenced ("after V", "than BTS"), plus simple references resolved in this story
  ("the BTS member", "the choreographer", "he", "the latter", "the duo");
* negation, hypotheticals, denials and hacked/fake accounts suppress; chart talk never makes a "follow";
* pairs merge across sentences (union of types, ``other`` only when nothing more specific was seen);
  a group paired with someone hands its pair to its named members when they take part themselves;
* ``headline`` marks pairs named in the title (or, for titles without a pair, the opening sentences or
  the pairs doing what the title describes); ``interaction_story`` says a headline pair exists.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import ahocorasick

from bot import direction
from bot.models import INTERACTION_TYPES, Interaction
from bot.rxfast import lead
from bot.sentences import Sentence

log = logging.getLogger(__name__)

__all__ = ["ArtistMeta", "MentionLike", "extract_interactions"]

SOCIAL_TYPES = frozenset({"follow", "unfollow", "like", "comment", "message"})
TALK_TYPES = frozenset({"comment", "message"})
# Types two co-participants share when a third party is the subject ("Suga did the challenge with Woozi and
# DK": Woozi and DK danced together, but only Suga gave the gifts).
SHARED_TYPES = frozenset({"challenge", "collab"})
# A group pair whose members take part themselves is really about those members.
HANDOVER_TYPES = frozenset({"challenge", "gift", "meet", "collab", "cover"})
OPENING_SENTENCES = 2
EARLY_SENTENCES = 6
# How many sentences after a post is described a comment "under the post" still means that post.
POSTER_REACH = 6


@dataclass(frozen=True, slots=True)
class ArtistMeta:
    """What the extractor needs to know about an artist id."""

    id: str
    name: str
    kind: str
    groups: frozenset[str] = frozenset()


class MentionLike(Protocol):
    """The tagger's Mention shape; only these attributes are read."""

    @property
    def artist_id(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def surface(self) -> str: ...


MetaLookup = Callable[[str], ArtistMeta]

# --------------------------------------------------------------------------------------------- cues
# One entry per cue kind (mostly an interaction type; "interact", "join", "recip", "feature", "msgnoun",
# "release" and "flowers" are helpers resolved in _filter_cues). Each pattern is tried anchored at a trigger
# word found by the automaton below; case-sensitive parts (a following capitalised name) use scoped flags.
_CUE_PATTERNS: list[tuple[str, str]] = [
    (
        "unfollow",
        r"(?i:\bun-?follow\w*|\bcancel(?:l?ed|l?ing|s)?\s+(?:his|her|their|the)\s+follows?\b"
        r"|\bstopped\s+following\b|\bremoved\b[^.]{0,30}?\bfrom\s+(?:his|her|their)\s+follow(?:ing|s)?\b)",
    ),
    (
        "follow",
        r"(?i:\bfollow(?:s|ed|ing)?\b(?!\s*-\s*up)(?!\s+(?:suit|on|up|from|through)\b)"
        r"(?!\s+the\s+(?:enlistment|procedure|trend|lead|footsteps))(?!\s+(?:the\s+)?(?:story|stories|life|lives|journey|adventures?|tale|plot)\b)(?<!\bfollow(?=\s+list\b)))",
    ),
    (
        "like",
        r"(?i:\bliked\b|(?<!a\s)\bliking\b|\bhit\s+the\s+like\b|\blikes\s+(?:on|from)\b"
        r"|\blikes\s+to\s+(?=(?-i:[A-Z])|(?:his|her|their|the|a|an)\b)"  # not "likes to sing"
        # "Jihyo likes Yuna's Instagram post", "fans spotted a like from Jihyo"
        r"|\blikes\b(?=\s+(?:[\w'’-]+\s+){1,4}?(?:post|photo|picture|video|tweet|selfie|clip|reel|upload)s?\b)"
        r"|(?<=\ba\s)like\s+(?:from|on)\b)",
    ),
    (
        "comment",
        r"(?i:\bcomment(?:s|ed|ing)?\b|\bremark\b|\bnote\s+on\b"
        # "wrote 'so proud' under Yeonjun's post": words left under a post are a comment
        r"|\b(?:under|below)\s+(?=(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?['’]s?|his|her|their|the|that|this)\s+"
        r"(?:[\w'’-]+\s+){0,2}?(?:post|video|photo|picture|clip|selfie|upload|tweet|reel)s?\b)"
        # "left heart emojis on Yeonjun's post"
        r"|\bleft\s+(?:[\w-]+\s+){0,3}?(?:emojis?|hearts?|repl(?:y|ies)|words?|notes?)\b(?=\s+(?:on|under|below)\b))",
    ),
    (
        "message",
        r"(?i:\bdms?\b|\bdirect\s+messages?\b|\bmessag(?:ed|ing)\b|\bmessages?\s+(?:to|for|from|with)\b"
        r"|\btext(?:ed|ing)\b|\bto\s+text\b|\btexts?\s+(?:messages?\s+)?(?:from|to)\b"
        r"|(?<!the\s)(?<!a\s)(?<!his\s)(?<!her\s)(?<!this\s)(?<!that\s)\btexts?\b"  # the verb, not "the text"
        r"(?=\s+(?:each\s+other|one\s+another|him|her|them|(?-i:[A-Z])|late|daily|every|regularly|often|all\s+the))"
        r"|\bletters?\s+(?:to|from)\b|\b(?:hand-?written|personal|heartfelt)\s+(?:letters?|notes?)\b|\brepl(?:y|ied|ies)\b|\bresponded\b|\banswer(?:ed|s|ing)(?=\s+(?:him|her|them|underneath|back)\b)|\bconversations?\b|\bcontacted\b"
        r"|\bchatted\b|\bchatting\b|\bin\s+touch\b|\bphone\s+call\b|\bvoice\s+note\b|\breach(?:ed|es|ing)?\s+out\s+to\b)",
    ),
    ("msgnoun", r"(?i:\bmessages?\b)"),
    (
        "mention",
        r"(?i:\btag(?:ged|ging)\b|\bshout-?\s?outs?\b|\bprais(?:e|ed|es|ing)\b"
        # "Honorable mention:" heads an item in a list, nobody mentioned anybody
        r"|(?<!honorable\s)(?<!honourable\s)\bmention(?:ed|s|ing)?\b"
        r"(?!\s+(?:learning|being|that|how|the\s+(?:song|album|track)))(?!s?\s*:)"
        r"|(?:(?<=huge\s)|(?<=big\s)|(?<=biggest\s)|(?<=such\s)|(?<=true\s)|(?<=a\s))fans?\s+of\b|\binspired\s+by\b|\bpoking\s+fun\s+at\b"
        r"|\badmiration\b|\bgave\s+a\s+nod\b|\bcheer(?:s|ed|ing)?\s+(?:on|for)\b"
        r"|\b(?:show(?:ed|s|ing)?|express(?:ed|es|ing)?)\s+(?:his|her|their)\s+support\s+(?:for|to)\b"
        # "named Han as the vocalist he is most jealous of", "cited Lauv as one of his inspirations"
        r"|(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)\b(?:named|cited|citing|names|cites)\b"
        r"(?=\s+(?-i:[A-Z])[^.;]{0,50}?\s+as\s+(?:one\s+of\s+)?(?:his|her|their|the|a|an)\s)"
        r"|\bshared\s+(?:a|an)\s+(?:photo|picture|pic|post|video)\s+of\b|\brecommend(?:ed|s)?\b"
        r"|\bgave\s+(?:a\s+)?(?:special\s+)?thanks\b|\bthank(?:ed|s|ing)?(?:\s+you)?(?=\s+(?:to\s+)?(?-i:[A-Z])|\s+(?:him|her|them)\b)|\brepost(?:ed|ing|s)?\b|\bcongratulat\w+"
        r"|\bwish(?:ed|es|ing)\b(?=\s+(?:[\w'’-]+\s+){0,3}?(?:a\s+)?(?:happy\s+birthday|good\s+luck|luck|well)\b)"
        # "showed love for", "gushed over", "complimented", "expressed his gratitude to", "celebrated X's birthday",
        # "promoted X's album", "shared X's post", "dedicated his award to X", "called X 'the best ...'"
        r"|\b(?:show(?:ed|s|ing)?|sen(?:t|ds?|ding))\s+(?:(?:his|her|their|some|so\s+much|much)\s+)?love\s+(?:for|to)\b"
        r"|\bgush(?:ed|es|ing)\s+(?:over|about)\b|\bcompliment(?:ed|s|ing)?\b|\bhyp(?:ed|ing|es)\s+up\b"
        r"|\bexpress(?:ed|es|ing)\s+(?:his|her|their)\s+(?:gratitude|thanks|appreciation)\b|\breact(?:ed|s|ing)\s+to\b"
        r"|\b(?:celebrat|promot)(?:ed|es|ing|e)\b(?=\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?['’]s?\s)"
        r"|\bshared\b(?=\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?['’]s?\s+(?:[\w-]+\s+){0,2}?"
        r"(?:post|video|photo|clip|song|performance|cover|story)\b)"
        r"|\bdedicat(?:ed|es|ing|e)\b(?=[^.;]{0,40}\bto\s+(?-i:[A-Z]))"
        r"|\b(?:called|calls)\b(?=\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+['‘\"“])"
        r"|\b(?:kind|warm|nice|sweet|high|glowing)\s+words\s+for\b"  # "had kind words for X"
        # "credited the dancer for the hook move": public thanks, not a song credit ("credited as a writer")
        r"|\bcredit(?:ed|s|ing)\b(?=\s+(?:the\s+[\w-]+|him|her|them|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})"
        r"\s+(?:with\s+|for\s+))"
        r"|\brole\s+models?\b|\blook(?:s|ed|ing)?\s+up\s+to\b(?=\s+(?-i:[A-Z])|\s+(?:him|her|them)\b)|\badmir(?:e|es|ed|ing)\b|\bidoli[sz](?:e|es|ed|ing)\b)"
        r"|(?i:\bsupport(?:ed|ing|s)?|\bteas(?:ed|ing|es)|\blov(?:ed|es))\s+(?=[A-Z]|(?:his|her|their)\s+[A-Z])",
    ),
    (
        "meet",
        r"(?i:\bmet\b|(?<!fan\s)(?<!fan-)\bmeet(?:s|ing)?\b|\bmeet-?ups?\b|\bhug(?:ged|s|ging)?\b|\bgreet(?:ed|s|ing)\b"
        r"|\bshak(?:e|es|ing)\s+hands\b|\bshook\s+hands\b|\bhandshake\b|\bselfies?\b"
        r"|\bpos(?:ed|ing)\s+for\s+(?:a\s+)?(?:photo|picture|pic)s?\b|\b(?:photos?|pics?|pictures?)\s+together\b"
        r"|\bhung\s+out\b|\bhang(?:ing|s)?\s+out\b|\bvisit(?:ed|s|ing)?\b|\bdinner\b|\bbackstage\b"
        r"|\btalk(?:ed|ing|s)?\s+(?:to|with)\b|\b(?:saying|said|say)\s+hello\b|\bcame\s+together\b"
        r"|\blearn(?:ed|ing|t)?\b(?=\s+[^.,]{0,40}?\bfrom\b)|\b(?:film|shoot|shot)(?:ed|ing)?\b(?=\s+(?:[^.,]{0,40}?\s)?with\b)"
        r"|\bfilming\s+with\b|\bwhisper(?:ed|ing)?\b|\battend(?:ed|s|ing)\b|\bin\s+person\b"
        r"|\bspotted\b(?=\s+(?:\w+\s+){0,3}?(?:together|with|at)\b)|\bwav(?:ed|ing|es)\s+(?:at|to)\b"
        r"|\bjoint\s+(?:[\w-]+\s+)?(?:live|broadcast|stream|livestream|vlive)\b|\bwent\s+live\s+together\b"
        # "sat together for a chat", "had a long chat" (checked in _filter_cues; online chats are messages)
        r"|\bchat\b(?!\s+(?:show|room|app|program|programme))"
        # "posted a photo with Jimin": they were pictured together
        r"|(?<!captioned\sthe\s)(?<!captioned\shis\s)(?<!captioned\sher\s)"  # "captioned the photo with 'Hi'"
        r"\b(?:photos?|pictures?|pics?|snaps?)\s+(?:taken\s+)?with\b(?!\s+(?:the|a|an|his|her|their)\s+(?:\w+\s+)?caption)"
        # "appeared in Yujin's vlog", "appeared as a guest on Lee Young-ji's talk show": a visit to their content
        r"|\bappear(?:s|ed|ing|ance)?\s+(?:as\s+(?:a\s+)?guests?\s+)?(?:in|on)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?"
        r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:vlogs?|shows?|lives?|livestreams?|broadcasts?|channel|episodes?|content)\b"
        # "invited Jihyo as the guest on her talk show": the guest visits the host's content
        r"|\b(?:invit(?:ed|es|ing)|welcom(?:ed|es|ing))\b(?=\s+(?:[\w'’.-]+\s+){1,4}?as\s+(?:a|the|her|his|their)"
        r"\s+(?:[\w-]+\s+)?guests?\b)"
        # "ate tteokbokki together", "went shopping together": time spent in each other's company
        r"|\b(?:ate|shopped|shopping|travell?ed|vacationed|went\s+(?:shopping|on\s+a\s+trip|out)|spent\s+(?:the\s+)?"
        r"(?:day|time|evening|night|holidays?))\b(?=[^.,;]{0,50}(?<!not\s)\btogether\b))",
    ),
    (
        "collab",
        # "self-composed", "self-produced": the artist's own work, nobody else's
        r"(?<![Ss]elf-)(?i:\bcollab(?:oration|orations|orated|orating|orative|s)?\b|(?<=[(\[])(?:feat|ft)\.?\s|\bduets?\b"
        r"|\bteam(?:ed|ing|s)?\s+up\b|\bjoint\s+(?:stage|performance|song|track|single)\b"
        r"|\bco-?(?:wr(?:ote|itten|iting)|produc\w*|star(?:s|red|ring)?|composed|host(?:s|ed|ing)?)\b"
        r"|\bproduc(?:ed|ing)\b"
        r"|\bcompos(?:ed|er|ers)\b|\bwr(?:ote|itten)\s+(?:by|for)\b|\bopposite\b"
        r"|\bstarr?(?:ed|ing)\s+(?:in|alongside|with)\b|\bshared\s+the\s+stage\b|\bperformance\s+of\b"
        r"|\b(?:guest|special)\s+appearances?\s+(?:in|on)\s+(?:one|an|the|its|their|this|a)\s+(?:[\w-]+\s+)?"
        r"(?:episodes?|season|series|show)\b"  # "a guest appearance in one episode": a part in the series
        r"|\bcameo\b|\bvocals?\s+by\b|\bbackground\s+vocals?\b|\bguide\s+vocals?\b|\bcredited\b"
        r"|\brole\s+in\b|\bappear(?:s|ed|ance)?\s+(?:in|on)\s+(?:the|his|her|their)\s+(?:music\s+video|mv|song|track)\b"
        r"|\bperform(?:ed|ing|s)?\b(?=[^.]{0,40}(?<!not\s)\btogether\b)"
        r"|\b(?:host(?:ed|ing|s)?|mc(?:'d|ed)?)\b(?=[^.]{0,40}(?<!not\s)\btogether\b))",
    ),
    ("feature", r"(?i:\bfeatur(?:e|es|ed|ing)\b)"),
    ("release", r"(?i:\b(?:released|recorded|dropped|starring)\b)"),
    (
        "cover",
        r"(?i:\bcover(?:s|ed|ing)?\b|\brendition\b|\bremake\b|\borig\.|\boriginally\s+(?:sung|performed|by|released)\b)"
        r"|(?i:\bmedleys?\s+of\b)"  # "a medley of EXO's hits": their songs, sung by another
        r"|(?i:\bsings?|\bsang|\bperform(?:s|ed)?)\s+(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s?\s)"
        # "took on 2NE1's anthem", "went with Taeyeon's 2017 ballad": picking another's song to perform it
        r"|(?i:\btook\s+on|\btackled|\bwent\s+with)\s+"  # (not "chose": a favourite named is no performance)
        r"(?=[A-Z0-9][\w-]*(?:\s+[A-Z][\w-]*)?['’]s?\s+(?:\d{4}\s+)?(?:[\w-]+\s+)?"
        r"(?i:song|ballad|anthem|hit|track|single|classic)s?\b)",
    ),
    (
        "challenge",
        r"(?i:\bchallenges?\b|#\w*challenge\b|\bdanc(?:ed|ing|es)\s+(?:together\s+)?to\b|\bchoreographed\s+by\b"
        r"|\bchoreo\b|\bchoreography\s+(?:(?:created|made|designed|taught)\s+)?by\b"
        # a dance routine, not a workout or skincare one
        r"|(?<!workout\s)(?<!skincare\s)(?<!morning\s)(?<!daily\s)(?<!fitness\s)(?<!exercise\s)(?<!beauty\s)"
        r"(?<!diet\s)(?<!night\s)(?<!gym\s)\broutine\b|\bdid\s+(?:my|his|her|the)\s+(?:dance|dc)\b|\bdoing\s+(?:my|his|her)\s+dance\b)",
    ),
    (
        "gift",
        r"(?i:\bgift(?:s|ed|ing)?\b|\b(?:coffee|food|snack)\s+trucks?\b"
        # "sent Jungkook a bottle of wine", "gave her a cake": a thing handed over is a gift
        r"|\b(?:sent|sends|gave|gives|bought|buys)\b(?=\s+(?:[\w'’-]+\s+){0,3}?(?:a|an|some|two|several)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:bottles?\s+of|cakes?|presents?|hampers?|care\s+packages?|bouquets?|watch|necklace|bracelet|ring|perfume"
        r"|sneakers|chocolates?|cookies)\b)"
        # "the giant cake Seulgi sent to her set": the thing, then its sender
        r"|\b(?:cakes?|presents?|hampers?|care\s+packages?|bouquets?|chocolates?|cookies|snacks)\b"
        r"(?=\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}(?:had\s+)?(?:sent|gave|bought|delivered)\b)"
        # "received a cake from Seulgi"
        r"|\b(?:received|got)\b(?=\s+(?:a|an|some)\s+(?:[\w-]+\s+){0,3}?(?:cakes?|presents?|hampers?|care\s+packages?"
        r"|bouquets?|chocolates?|cookies|snacks)\s+from\b))",
    ),
    ("flowers", r"(?i:\bflowers\b|\bbouquets?\b)"),
    (
        "other",
        r"(?i:\bblock(?:ed|ing|s)?\b"
        # a loan or a hand-over of something specific is a favour, not a gift ("lent his studio to her",
        # "handed Lee Hi the keys"); lending one's voice to a song is a feature, left to the collab cues
        r"|\b(?:lent|lends?|lending|loaned)\b(?!\s+(?:his|her|their|its)\s+(?:voice|vocals|talents?|support)\b)"
        r"|\bhand(?:ed|s)\s+(?:over\s+)?(?=(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+the\b))",
    ),
    (
        "interact",
        r"(?i:\binteract(?:ion|ions|ed|ing|s)?\b|\bfriendship\b|\bexchange\b|\bbond\b|\bbanter\b"
        r"|\bengag(?:ed|ing|es|e)\s+with\b|\breunit(?:ed|e|es)\b|\breunion\b)",
    ),
    ("join", r"(?i:\bjoin(?:ed|s|ing)?\b|\balongside\b|\btogether\s+with\b)"),
    ("recip", r"(?i:\btogether\b|\beach\s+other(?:['’]s)?\b|\bone\s+another\b|\bbetween\b)"),
]
# Korean copy: the same acts, matched as word stems (particles and endings attach directly).
_KO_CUES: dict[str, tuple[str, ...]] = {
    "unfollow": ("언팔로우", "언팔", "팔로우 취소", "팔로우를 취소"),
    "follow": ("팔로우",),
    "like": ("좋아요",),
    "comment": ("댓글",),
    "message": ("메시지", "문자", "디엠"),
    "mention": ("언급", "칭찬", "응원", "태그"),
    "meet": ("만나", "만남", "만났", "회동", "포옹"),
    "collab": ("협업", "콜라보", "피처링", "듀엣", "합동 무대"),
    "cover": ("커버",),
    "challenge": ("챌린지",),
    "gift": ("선물",),
}
for _kind, _words in _KO_CUES.items():
    _CUE_PATTERNS.append((_kind, "|".join(re.escape(w) for w in _words)))
_KIND_RX: dict[str, re.Pattern[str]] = {}
for _name, _pat in _CUE_PATTERNS:
    _KIND_RX[_name] = re.compile(_pat if _name not in _KIND_RX else f"{_KIND_RX[_name].pattern}|{_pat}")
_KIND_ORDER: dict[str, int] = {}
for _i, (_name, _p) in enumerate(_CUE_PATTERNS):
    _KIND_ORDER.setdefault(_name, _i)
# Lower-case strings a cue can start with: an Aho-Corasick pass finds them, then only the kinds they can open
# are tried, anchored there. (One big alternation over the whole text was ~20x slower.)
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "unfollow": ("unfollow", "un-follow", "cancel", "stopped following", "removed"),
    "follow": ("follow",),
    "like": ("liked", "liking", "hit the like", "likes", "like from", "like on"),
    "comment": ("comment", "remark", "note on", "under", "below", "left"),
    "message": (
        "dm",
        "direct message",
        "messaged",
        "messaging",
        "message to",
        "message for",
        "message from",
        "message with",
        "messages to",
        "messages for",
        "messages from",
        "messages with",
        "texted",
        "texting",
        "to text",
        "text from",
        "texts from",
        "text to",
        "texts to",
        "text message",
        "text",
        "answer",
        "letter",
        "handwritten",
        "hand-written",
        "personal letter",
        "personal note",
        "heartfelt letter",
        "heartfelt note",
        "repl",
        "responded",
        "conversation",
        "contacted",
        "chatted",
        "chatting",
        "in touch",
        "phone call",
        "voice note",
        "reach",
    ),
    "msgnoun": ("message",),
    "mention": (
        "tagged",
        "tagging",
        "shout",
        "prais",
        "mention",
        "fan of",
        "fans of",
        "inspired by",
        "poking fun",
        "admiration",
        "gave a nod",
        "gave thanks",
        "gave special",
        "gave a special",
        "thank",
        "cheer",
        "shared a",
        "recommend",
        "support",
        "teased",
        "teasing",
        "teases",
        "loved",
        "loves",
    ),
    "meet": (
        "met",
        "meet",
        "hug",
        "greet",
        "shak",
        "shook",
        "handshake",
        "selfie",
        "posed",
        "posing",
        "photo",
        "pic together",
        "pics together",
        "picture",
        "hung out",
        "hang out",
        "hangs out",
        "hanging out",
        "visit",
        "dinner",
        "backstage",
        "talk",
        "saying hello",
        "said hello",
        "say hello",
        "came together",
        "learn",
        "film",
        "shoot",
        "shot",
        "whisper",
        "attend",
        "in person",
    ),
    "collab": (
        "collab",
        "feat",
        "ft",
        "duet",
        "teamed",
        "teaming",
        "team up",
        "teams up",
        "joint",
        "co-",
        "cowr",
        "costar",
        "coprod",
        "cocompos",
        "produc",
        "compos",
        "wrote",
        "written",
        "opposite",
        "starred",
        "starring",
        "stared",
        "shared the stage",
        "performance of",
        "guest appearance",
        "special appearance",
        "cameo",
        "vocal",
        "background vocal",
        "guide vocal",
        "credited",
        "role in",
        "appear",
        "perform",
    ),
    "feature": ("featur",),
    "release": ("released", "recorded", "dropped", "starring"),
    "cover": ("cover", "rendition", "remake", "orig", "medley", "sing", "sang", "perform", "took", "tackled", "went"),
    "challenge": (
        "challenge",
        "#",
        "danc",
        "choreographed by",
        "choreo",
        "routine",
        "did my",
        "did his",
        "did her",
        "did the",
        "doing my",
        "doing his",
        "doing her",
    ),
    "gift": ("gift", "coffee truck", "food truck", "snack truck", "sent", "sends", "gave", "gives", "bought", "buys",
             "cake", "present", "hamper", "care package", "chocolate", "cookies", "snacks", "received", "got"),
    "flowers": ("flowers", "bouquet"),
    "other": ("block", "lent", "lend", "loaned", "hand"),
    "interact": ("interact", "friendship", "exchange", "bond", "banter", "engag", "reunit", "reunion"),
    "join": ("join", "alongside", "together with"),
    "recip": ("together", "each other", "one another", "between"),
}


_TRIGGERS["mention"] += ("repost", "congratulat", "wish", "named", "cited", "citing", "names", "cites", "role model",
                          "look", "admir", "idoli", "gush", "compliment", "hyped up", "hyping up", "hypes up",
                          "react", "celebrat", "promot", "dedicat", "called", "calls", "shared", "express",
                          "credit", "kind words", "warm words", "nice words", "sweet words", "high words",
                          "glowing words")
_TRIGGERS["mention"] += tuple(f"{verb} {w}" for verb in ("show", "showed", "shows", "showing", "sent", "send",
                                                         "sends", "sending") for w in ("love", "his", "her",
                                                                                       "their", "some", "so", "much"))
_TRIGGERS["mention"] += tuple(
    f"{verb} {owner} support"
    for verb in ("show", "showed", "shows", "showing", "express", "expressed", "expresses", "expressing")
    for owner in ("his", "her", "their")
)
_TRIGGERS["meet"] += ("spotted", "waved", "waving", "waves", "joint", "went live", "chat", "pic", "snap", "appear",
                      "ate", "shopp", "travel", "vacationed", "went shopping", "went on a trip", "went out", "spent",
                      "invit", "welcom")
_TRIGGERS["collab"] += ("cohost", "host", "mc")


def _build_automaton() -> ahocorasick.Automaton:
    table: dict[str, set[str]] = {}
    for triggers in (_TRIGGERS, _KO_CUES):
        for kind, words in triggers.items():
            for w in words:
                table.setdefault(w, set()).add(kind)
    auto = ahocorasick.Automaton()
    for w, kinds in table.items():
        auto.add_word(w, (len(w), tuple(sorted(kinds, key=_KIND_ORDER.__getitem__))))
    auto.make_automaton()
    return auto


_HANGUL_START = re.compile("[\uac00-\ud7a3]")
_first_item = operator.itemgetter(0)
_second = operator.itemgetter(1)
_AUTOMATON = _build_automaton()


def find_cues(text: str) -> list[tuple[str, int, int]]:
    """Every interaction cue in ``text`` as (kind, start, end), left to right, non-overlapping."""
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased; stay exact
        low = text
    hits: list[tuple[int, tuple[str, ...]]] = []
    for end, (n, kinds) in _AUTOMATON.iter(low):
        start = end - n + 1
        # a cue starts a word; Korean stems may follow anything ("댄스챌린지"), hashtags are their own start
        inside_word = start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_")
        if inside_word and low[start] != "#" and not _HANGUL_START.match(low, start):
            continue
        hits.append((start, kinds))
    return _confirm_cues(text, hits)


def _confirm_cues(text: str, hits: list[tuple[int, tuple[str, ...]]]) -> list[tuple[str, int, int]]:
    """The cues the anchored patterns confirm at the trigger ``hits`` (start, kinds), left to right."""
    hits.sort(key=_first_item)
    out: list[tuple[str, int, int]] = []
    last_end = -1
    i = 0
    nhits = len(hits)
    while i < nhits:
        start, kinds = hits[i]
        i += 1
        if i < nhits and hits[i][0] == start:  # several triggers start here: try their kinds in order
            here = list(kinds)
            while i < nhits and hits[i][0] == start:
                here.extend(hits[i][1])
                i += 1
            kinds = tuple(sorted(set(here), key=_KIND_ORDER.__getitem__))
        if start < last_end:
            continue
        for kind in kinds:  # one trigger's kinds are unique and in _KIND_ORDER already
            m = _KIND_RX[kind].match(text, start)
            if m is not None and m.end() > start:
                out.append((kind, start, m.end()))
                last_end = m.end()
                break
    return out


_NEGATION = re.compile(
    r"(?i:\b(?:not|never|no\s+longer|didn['’]t|doesn['’]t|don['’]t|hasn['’]t|haven['’]t|wasn['’]t|weren['’]t"
    r"|isn['’]t|denied|deny|denies|without|neither|nor|yet\s+to)\b)[^.;]{0,28}$"
)
_DENIED_THAT = re.compile(
    r"(?i:\b(?:denied|deny|denies|denying|dismissed|refuted)\s+(?:that|reports?\s+that|claims?\s+that|rumou?rs?\s+that)\b[^.;]{0,80}$)"
)
_NOT_NEGATION = re.compile(r"(?i:\bnot\s+(?:the\s+first|only|just)\b)")
# "There is no record of the two ever meeting", "no word yet on whether they will collaborate": the story says
# the act is unknown or absent, so it did not (yet) happen. Wider window than _NEGATION: the noun comes first.
_NO_RECORD = re.compile(
    r"(?i:\bno\s+(?:record|word|sign|evidence|indication|confirmation|proof|plans?|news|reports?)s?\s+(?:yet\s+)?"
    r"(?:of|on|that|whether|about|as\s+to)\b[^.;]{0,60}$)"
)
_HYPOTHETICAL = re.compile(
    r"(?i:\b(?:would|wonder(?:ed|s)?|might|should|urg(?:e|ed|es|ing)|demand(?:ed|s|ing)?|(?<!-)hop(?:e|ed|es|ing)"
    r"|wish(?:ed|es)?|if|whether|call(?:s|ed|ing)?\s+for|want(?:s|ed)?\s+to\s+see)\b)[^.;]{0,40}$"
)
# Fans' hopes and calls govern the rest of their clause ("fans are hoping X and Y will be next to do it").
_WISHFUL = re.compile(
    r"(?i:(?<!-)\b(?:hop(?:e|ed|es|ing)|call(?:s|ed|ing)?\s+for|want(?:s|ed)?\s+to\s+see"
    r"|(?:campaign(?:s|ed|ing)?|clamou?r(?:s|ed|ing)?|begg(?:ed|ing)|beg|plead(?:s|ed|ing)?|petition(?:s|ed|ing)?)\s+for"
    r"|(?:campaigns?|petitions?|requests?|calls?)\s+(?:asking|urging|begging|demanding))\b)"
    r"[^.;!?]{0,110}$"
)
_DENIAL = re.compile(
    r"(?i:\bhack(?:ed|er|ers|ing)?\b|\bfake\s+(?:account|news|photo|video|screenshot)s?\b|\bphotoshopped\b"
    r"|\bimpersonat\w+|\bnot\s+(?:true|real)\b|\bcompromised\b|\baccessed\s+by\b|\bnot\s+(?:made|done|posted|sent)\s+by\b"
    r"|\bden(?:ied|ies|y|ying)\s+(?:the\s+)?(?:rumou?rs?|reports?|claims?|allegations?)\b"
    r"|\brumou?rs?\s+(?:were|was|have\s+been|has\s+been)?\s*(?:denied|false|untrue|baseless)\b)|\bfake\b"
)
# A report the story later says was false ("the agency denied the report"): what it reported did not happen.
_DENIED_REPORT = re.compile(
    r"(?i:\bden(?:ied|ies|y|ying)\s+(?:the\s+|these\s+|those\s+)?(?:media\s+)?(?:rumou?rs?|reports?|claims?)\b"
    r"|\b(?:report|rumou?r|claim)s?\s+(?:is|was|are|were)\s+(?:not\s+true|false|untrue|baseless)\b)"
)
_REPORTED = re.compile(
    r"(?i:\b(?:reported|claimed|alleged|rumou?red)\s+that\b|\baccording\s+to\s+(?:a\s+|the\s+)?(?:media\s+)?"
    r"(?:reports?|outlets?)\b)"
)
_DENIAL_KEYS = (
    "hack", "fake", "photoshop", "impersonat", "not true", "not real", "denied", "denies", "deny", "rumor", "rumour",
    "compromised",
    "accessed by", "not made by", "not done by", "not posted by", "not sent by",
)
_NEGATION_KEYS = (
    "not", "n't", "n’t", "never", "no longer", "denied", "deny", "denies", "without", "neither", "nor", "dismissed",
    "refuted", "yet to", "no record", "no word", "no sign", "no evidence", "no indication", "no confirmation",
    "no proof", "no plan", "no news", "no report",
)
_HYPOTHETICAL_KEYS = ("would", "wonder", "might", "should", "urg", "demand", "hop", "wish", "if", "whether", "call",
                      "want", "campaign", "request", "clamo", "beg", "plead", "petition")
_EXCLUDE_KEYS = ("after", "than", "like", "before", "since", "surpass", "beat", "overtak", "vs", "versus", "following")
_POST_NEG_KEYS = ("no one", "nobody", "anyone", "no longer", "disappeared", "vanished")
_CHART = re.compile(
    r"(?i:\bcharts?\b|\bcharting\b|\bbillboard\b|\bno\.\s?1\b|\bnumber\s+one\b|\btop\s+spot\b|\bstreams\b"
    r"|\balbum\s+sales\b|\bsold\b|\bunits\b|\branked\b|\branking\b|\brecord-?(?:breaking|holder)?\b|\benlist\w*)"
)
# Artists preceded by these are compared with or sequenced after the actor, not interacting.
_EXCLUDE_BEFORE = re.compile(
    r"(?i:\b(?:after|(?<!other\s)than|like|unlike|before|since|surpass\w*|beat(?:s|ing)?|overtak\w+|vs\.?|versus)"
    r"\s+(?:(?:his|her|their|the|fellow|bandmate|former|labelmate|senior|junior|group|boy|girl|band|member)\s+){0,3}$)"
)
_UNDER_POST = re.compile(
    r"(?i:\s+(?:[\w-]+\s+){0,3}?(?:under|below|on|in\s+the\s+comments\s+of)\s+(?:the|that|this|his|her|their"
    r"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s?)\s+(?:[\w'’-]+\s+){0,2}?(?:post|video|photo|picture|clip|selfie|upload|tweet"
    r"|reel)s?\b|\s+(?:[\w-]+\s+){0,2}?in\s+(?:the|his|her|their)\s+comments?(?:\s+section)?\b(?!\s+of\s+(?:an?\s+)?(?:fan|interview)))"
)
_TO_A_COMMENT = re.compile(r"(?i:\s+to\s+(?:[\w'’-]+\s+){0,3}?comments?\b)")
# "... flooding the comments": the crowd's comments, not an artist's
_CROWD_COMMENTS = re.compile(
    r"(?i:\b(?:flood\w*|fill\w*|swarm\w*|flock\w*\s+to|pour\w*\s+into|took\s+to|blew\s+up)\s+(?:the|his|her|their)\s+$"
    r"|\bread(?:s|ing)?\s+(?:(?:the|some|fans['’]?|his|her|their)\s+)?$)"  # "read comments" on a live: the fans'
)
# "Park Bom, who was not in the photo, liked the post": the negation stays inside its relative clause
_CLOSED_RELATIVE_NEG = re.compile(
    r"(?i:,\s+(?:who|which)\b[^,.;]*\b(?:not|never|n['’]t)\b[^,.;]*,\s*(?:[\w'’]+\s+){0,2}$)"
)
# counts of likes ("hundreds of thousands of likes on X") are no one's act
_LIKE_COUNT = re.compile(r"(?i:(?:\bof|\d[\d,.]*[km]?|thousands|hundreds|millions|many|more)\s+$)")
_GATHERING = re.compile(
    r"(?i:dinner|hung\s+out|hang(?:s|ing)?\s+out|meet-?ups?|came\s+together|visit(?:ed|s|ing)?|selfies?"
    r"|(?:photos?|pics?|pictures?)\s+together|pos(?:ed|ing)\s+for)"
)
# A selfie is a meeting only when it shows the two together ("a selfie with CL", "took a selfie"), not when
# someone posts one of themselves ("posted a blurry selfie on Weverse with the caption ...").
_SELFIE_WITH = re.compile(
    r"(?i:s?\s+(?:(?:taken|together)\s+)?(?:with|alongside)\s+(?!(?:the|a|an|his|her|their)\s+(?:\w+\s+)?caption)"
    r"|s?\s+together\b)"
)
# "BIBI and Charli XCX share a backstage selfie": a selfie the two post of themselves
_PAIR_SHARES = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?:and|&)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+"
    r"(?i:share[sd]?|post(?:s|ed)?|snap(?:s|ped)?|took|take)\s+(?:(?:a|an|the|their|first|joint|new|backstage|sweet"
    r"|cute|rare)\s+){0,3}$"
)
_SELFIE_TAKEN = re.compile(r"(?i:\b(?:took|take|takes|taking|snapped|posed\s+for)\s+(?:\w+\s+){0,2}$)")
# What was filmed together: a dance or challenge (the challenge itself, LABELING), not a meeting.
_DANCE_WORK = re.compile(r"(?i:[^,;.]*?\b(?:challenges?|dance|dancing|choreo\w*|routine)\b)")
_FILMED_WORK = re.compile(
    r"(?i:[^,;.]*?\b(?:music\s+videos?|mvs?|songs?|tracks?|dramas?|films?|movies?|commercials?|campaigns?|pictorials?"
    r"|episodes?)\b)"
)
# Mentions that are public acts of their own even next to a message ("tagged him and sent a DM")
_PUBLIC_MENTIONS = ("tag", "Tag", "shout", "Shout", "repost", "Repost", "shared", "Shared", "mention", "Mention")
# "sat together for a chat", "sat down with Woozi to have a chat", "had a long chat"
_CHAT_BEFORE = re.compile(
    r"(?i:(?:\b(?:sat|sit|sitting|sits)\s+(?:down\s+)?(?:together\s+)?(?:with\s+[^.,;]{1,40}?\s+)?(?:for|to\s+have)"
    r"|\bha(?:d|ve|s|ving))\s+a\s+(?:[\w-]+\s+)?$)"
)
_PICTURED = ("photo", "picture", "pic", "snap", "selfie", "posed", "posing", "Photo", "Picture", "Selfie")
# Generic words for working together; next to a challenge they name the challenge, not a song.
_GENERIC_COLLAB = ("team", "collab", "joint")
# "A and B", "A, singer B": two names in one list
_COORDINATED_GAP = re.compile(r"\s*(?:,|,?\s+and|&)\s+(?:[a-z-]+\s+){0,2}")
# Several people doing the same thing apart ("in separate videos") did not do it with each other.
_SEPARATELY = re.compile(
    r"(?i:\b(?:separate(?:ly)?|individual(?:ly)?|respective(?:ly)?|solo\s+versions?|on\s+(?:their|his|her)\s+own)\b)"
)
# "backstage" alone is a place ("a backstage interview", "a backstage dance break"); going there is a visit
_BACKSTAGE_VISIT = re.compile(
    r"(?i:\b(?:went|go|goes|going|came|come|comes|coming|headed|heads|rushed|stopped\s+by|dropped\s+by|invited"
    r"|brought)\s+$)"
)
_QUOTED_TITLE_END = re.compile(r"['‘\"“][^'’\"”]{1,40}['’\"”],?\s*$")
_ONLINE_TALK = re.compile(
    r"(?i:\b(?:dms?|direct\s+messages?|texts?|texted|messag\w*|kakao\w*|online|app|phone(?!\s+numbers?\b)|video\s+call"
    r"|chat\s+room|group\s+chat)\b)"
)
_PRONOUN_SPEAKER = re.compile(
    r"\s*,?\s*(?:he|she)\s+(?:wrote|said|added|captioned|posted|tweeted|commented|shared|replied)\b"
)
_TO_PEOPLE_KINDS = frozenset({"meet", "mention", "message", "gift", "comment"})
_CROWD_OBJECT = re.compile(
    r"(?i:\s+(?:(?:with|to)\s+)?(?:(?:his|her|their|the|many|some|thousands\s+of|hundreds\s+of)\s+)?(?:fans|viewers"
    r"|audiences?|crowds?"
    r"|followers|reporters|the\s+press|journalists|spectators|attendees|the\s+public)\b)"
)
_CROWD_SUBJECT = re.compile(
    r"(?i:(?:^|[,;]\s*(?:and\s+|but\s+|while\s+)?|\b(?:while|as|when)\s+)"
    r"(?:the\s+|many\s+|some\s+|thousands\s+of\s+|their\s+)?(?:fans|netizens|viewers|followers|users|people)\b"
    r"(?:\s+of\s+[^,;.]{0,40}?)?\s+(?:\w+\s+){0,3}$)"
)
_FAN_WORDS_BEFORE = re.compile(
    r"(?i:\b(?:a|one|another|the|some)\s+fan['’]s\s+(?:[\w-]+\s+){1,2}$|\bfans['’]\s+(?:[\w-]+\s+){1,2}$)"
)
_PRONOUN_SUBJECT = re.compile(r"(?i:\b(?:he|she|they|it|the\s+(?:two|duo|pair|idol|singer|star|rapper)))\b")
_PUBLIC_POST = re.compile(
    r"(?i:\b(?:shared|posted|uploaded|published)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}$)"
)
_NO_FOLLOW_OBJECT = re.compile(
    r"(?i:\s*(?:[,.;:!?]|$)|\s+(?:in|during|shortly|soon|later|closely|suit)\b|\s+with\s+(?:a|an|his|her|their|some)\b)"
)
_IN_THE_COMMENTS = re.compile(r"(?i:\b(?:in|into|to)\s+the\s+$)")
_CLIP_OF_PERFORMANCE = re.compile(
    r"(?i:\b(?:clip|video|fancam|footage|snippet)s?\s+of\s+(?:the|their|that|this)\s+(?:\w+\s+)?(?:performance|cover|stage)\b)"
)
_AT_THE_CAMERA = re.compile(r"(?i:\s+(?:the|a|his|her)\s+(?:camera|lens|screen)s?\b)")
_NO_ADDRESSEE = re.compile(r"(?i:\s*(?:[,.;:!?]|$|(?:when|as|before|after|while|until)\b))")
_PARALLEL_SPEAKER = re.compile(r"\s+(?:wrote|said|added|commented|replied|posted|chimed\s+in)\b")
_SANG_AND = re.compile(r"(?i:\bs(?:ings?|ang|inging)\s+and\s+$)")
# "Song Joong-ki followed (suit) with a food truck": the same kind of act, to the same person, came next
_LIKEWISE = re.compile(r"(?i:\bfollow(?:s|ed|ing)?\s+(?:suit\s+)?with\b)")
_ROLL_CALL = re.compile(
    r"(?i:\b(?:(?:also\s+)?include[sd]?|(?:line-?up|cast|guests?|co-?stars?|roster)\s+(?:also\s+)?"
    r"(?:features?|featured|are|were|is|was)|other\s+(?:guests|performers|attendees|stars)"
    r"|\b(?:will|set\s+to|confirmed\s+to)\b[^.;]{0,50}?\bjoined\s+by)\s*:?\s+"
    r"(?:(?:the\s+)?(?:actors?|actress(?:es)?|singers?|groups?|rappers?|idols?|stars?|comedians?)\s+)?$)"
)
_LIST_ROLE = r"(?:the|actor|actress|singer|rapper|group|comedian)"
_LIST_GAP = re.compile(
    rf"\s*(?:,|,?\s+(?:and|&)|\(|\)|/)\s*(?i:{_LIST_ROLE}(?:\s+(?:and|&)\s+{_LIST_ROLE})?\s+)?"
    r"(?:[A-Z][\w-]*['’]s?\s+)?"
)  # the last part: a group's possessive before its member ("..., and EXO's Suho")
_SHOW_SUBJECT = re.compile(
    r"(?i:\b(?:season|series|docu-?series|show|documentary|film|movie|episodes?|programm?e?|cameras?|reality\s+show)"
    r"(?:\s*,[^,.;]{0,70},)?\s+(?:\w+ly\s+|also\s+|will\s+|to\s+)?$)"
)
_FOLLOWING_PREP = re.compile(r"(?i:(?:^|[,;(–—-]\s*)following\s+$)")
_TO_VERB = re.compile(r"^[^.,;]{0,45}?\s+to\s+(?!the\b|his\b|her\b|their\b|him\b|them\b)[a-z]+")
_FAN_SPEAKER = re.compile(
    r"(?i:\b(?:fans?|netizens?|users?|another|someone|people|viewers|commenters?|one\s+(?:fan|user|netizen)"
    r"|a\s+(?:fan|user|netizen)|tweeted\s+one|said\s+one|wrote\s+one|commented\s+one)\b)"
)
_SPEECH = re.compile(
    r"(?i:\b(?:wrote|writes|writing|said|says|saying|tweeted|posted|captioned|caption|shared|asked|asks|added|told"
    r"|tells|telling)\b)"
)
_TOLD_AUDIENCE = re.compile(
    r"(?i:\b(?:told|tells|telling|assured|reminded)\s+(?:(?:his|her|their|the)\s+)?(?:fans|viewers|listeners|audiences?"
    r"|reporters|the\s+crowd)\b)"
)
_QUOTE = re.compile(r"\"[^\"]{2,}?\"|“[^”]{2,}?”|(?<![\w])'[^']{8,}?'(?![\w])|‘[^’]{8,}?’")
_QUALIFIER_GAP = re.compile(
    r"(?i:^(?:['’]s?)?\s*(?:(?:the|its|their|oldest|youngest|eldest|former|new|main|lead|fellow|leader|maknae"
    r"|member|members|rapper|vocalist|singer|dancer|visual|center|idol|star|boy|girl|band|group|unit|sub-unit"
    r"|bandmates?|groupmates?|labelmates?|teammates?"
    r"|main\s+vocalist|lead\s+vocalist|lead\s+dancer|main\s+dancer|main\s+rapper|lead\s+rapper|k-pop|korean)\s*[,:]?\s*){0,4}$)"
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
    r"(?:member|maknae|leader|vocalist|rapper|idol|singer|dancer|star|visual|boy|girl|artist|frontman|center)\b(?!s))"
)
_ROLE_NOUNS = (
    "choreographer|tiktoker|creator|content creator|dancer|singer|singer-songwriter|songwriter|rapper|idol|star|maknae"
    "|artist|actor|actress|musician|producer|composer|vocalist|soloist|youtuber|influencer|host|model|director"
    "|comedian|entertainer|performer|musician|band|group|duo"
)
_ROLE_WORDS = tuple(dict.fromkeys(_ROLE_NOUNS.split("|")))


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
_LATTER = re.compile(r"(?i:\bthe\s+(latter|former)\b)")
_PAIR_REF = re.compile(
    r"(?i:\b(?:the\s+(?:two|duo|pair)(?:\s+(?:friends|stars|idols|artists|singers))?|both\s+(?:of\s+them|stars|idols|artists|singers)|the\s+two\s+of\s+them)\b)|^They\b"
)
_OBJ_GROUP_REF = re.compile(
    r"(?i:\b(?:them|the\s+members|the\s+(?:two|three|four)\s+groups|the\s+groups|both\s+groups)\b)"
)
_CLAUSE_BREAK = re.compile(
    r";|\s[–—]\s|,\s+(?:while|whereas|but|although|though)\s|,\s+as\s+(?!well\b)|\s(?:while|whereas|as)\s+(?=[A-Z])"
    r"|,?\s+and\s+(?=the\s+(?:song|track|single|album|music\s+video|video|choreography|mv)\b)"
    # "..., and Jin's single 'The Astronaut' was co-written with ...": another work, its own credits
    r"|,\s+and\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?['’]s?\s+(?:[\w-]+\s+){0,2}['‘\"“])"
    # "X covered Y's hit, and Z's reaction went viral": a new subject, another act (the reaction's own cue)
    r"|,\s+and\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?['’]s?\s+(?:reactions?|response|answer)\b)"
    # "She starred in V's video, and previously released 'Eight' with Suga": the same subject, another work
    r"|,\s+and\s+(?=(?:(?:previously|later|also|then|once|has|had|have)\s+){0,2}(?:released|dropped|recorded"
    r"|starred|appeared|featured|produced|wrote|co-wrote)\s+(?:[\w-]+\s+){0,3}['‘\"“])"
)
_RELATIVE = re.compile(r",\s+(?:who|which|whose)\b")
_RESUME = re.compile(
    r",\s+(?!and\b|including\b|as\b|who\b|which\b)(?:has|had|have|is|was|were|will|would|continues?|"
    r"[a-z]+ed|[a-z]+s)\b"
)
_WORK_CONTEXT = re.compile(r"(?i:\b(?:music\s+video|mv|song|track|single|album|ost|remix|ep|vocals|record)\b)")
_NAMING_ROLE = re.compile(
    rf"(?i:\b(?:nam(?:ing|ed)|call(?:ing|ed)|describ(?:ing|ed))\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROLE_ALTERNATION})\s+as\b)"
)
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\s")

_PLATFORMS: list[tuple[str, re.Pattern[str]]] = [
    ("tiktok", re.compile(r"(?i:\btik\s?tok|\btiltok|\btiktoker)|틱톡")),
    ("instagram", re.compile(r"(?i:\binstagram|\binsta\b|\big\s+(?:story|stories|live|post))|인스타")),
    ("weverse", re.compile(r"(?i:\bweverse)|위버스")),
    ("vlive", re.compile(r"(?i:\bv\s?live\b)")),
    (
        "youtube",
        re.compile(r"(?i:\byoutube|\bmusic\s+video\b|\bmv\b|\bbangtan\s*tv|\bbangtan\s+bomb)|유튜브|뮤직비디오"),
    ),
    ("x", re.compile(r"(?i:\btwitter\b|\btweet(?:s|ed|ing)?\b|\bx\s+\(formerly)|\bon\s+X\b|트위터")),
    (
        "broadcast",
        re.compile(
            r"(?i:\bawards?\b|\bmusic\s+show|\bradio\b|\bbroadcast|\btv\b|\btelevision|\bdrama\b|\bvariety\s+show"
            r"|\btalk\s+show|\bsitcom|\bseries\b|\bfilm\b|\bmovie\b|\bhbo\b|\bnetflix\b|\bmama\b|\bmbc|\bkbs|\bsbs\b)"
        ),
    ),
    (
        "in_person",
        re.compile(
            # a film set, not "set to return" or "a set of photos"
            r"(?i:\bconcert|\bevent\b|\bparty\b|\bbackstage\b|\bin\s+person\b"
            r"|(?:(?<=\bon\s)|(?<=\bthe\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s)|(?<=\bfilm\s)|(?<=\bdrama\s)"
            r"|(?<=\bmovie\s)|(?<=\bvideo\s)|(?<=\bmv\s)|(?<=\bshow\s))set\b(?!\s+(?:to|for)\b)|\bshoot\b|\bfilming\b"
            r"|\bceremony\b|\bfan\s?meet|\bvenue\b|\bstadium\b|\bdome\b|\bgym\b|\bfestival\b|\bairport\b"
            r"|\bfashion\s+week\b|\brunway\b|\bpremiere\b|\bred\s+carpet\b|\blaunch\b|\bpop-up\b|\bbackstage\b)"
        ),
    ),
]
_SOCIAL_PLATFORMS = ("tiktok", "instagram", "weverse", "vlive", "youtube", "x")
_PLATFORM_RX = dict(_PLATFORMS)
_PLATFORM_ORDER = {name: i for i, (name, _p) in enumerate(_PLATFORMS)}
_PLATFORM_TRIGGERS: dict[str, tuple[str, ...]] = {
    "tiktok": ("tiktok", "tik tok", "tiltok", "틱톡"),
    "instagram": ("instagram", "insta", "ig ", "인스타"),
    "weverse": ("weverse", "위버스"),
    "vlive": ("vlive", "v live"),
    "youtube": ("youtube", "music video", "mv", "bangtan", "유튜브", "뮤직비디오"),
    "x": ("twitter", "tweet", "x (formerly", "on x", "트위터"),
    "broadcast": (
        "award",
        "music show",
        "radio",
        "broadcast",
        "tv",
        "television",
        "drama",
        "variety show",
        "talk show",
        "sitcom",
        "series",
        "film",
        "movie",
        "hbo",
        "netflix",
        "mama",
        "mbc",
        "kbs",
        "sbs",
    ),
    "in_person": (
        "concert",
        "event",
        "party",
        "backstage",
        "in person",
        "set",
        "shoot",
        "filming",
        "ceremony",
        "fan meet",
        "fanmeet",
        "venue",
        "stadium",
        "dome",
        "gym",
        "festival",
        "airport",
    ),
}


_PLATFORM_TRIGGERS["in_person"] += ("fashion week", "runway", "premiere", "red carpet", "launch", "pop-up")


def _build_platform_automaton() -> ahocorasick.Automaton:
    table: dict[str, set[str]] = {}
    for name, words in _PLATFORM_TRIGGERS.items():
        for w in words:
            table.setdefault(w, set()).add(name)
    auto = ahocorasick.Automaton()
    for w, names in table.items():
        auto.add_word(w, (len(w), tuple(names)))
    auto.make_automaton()
    return auto


_PLATFORM_AUTOMATON = _build_platform_automaton()


def _build_scan_automaton() -> ahocorasick.Automaton:
    """Cue and platform triggers and denial keys in one automaton: (length, cue kinds, platforms, is a denial
    key) per word."""
    cue_kinds: dict[str, tuple[str, ...]] = {}
    platforms: dict[str, tuple[str, ...]] = {}
    for words_of, table in ((_AUTOMATON, cue_kinds), (_PLATFORM_AUTOMATON, platforms)):
        for w, (_n, payload) in words_of.items():
            table[w] = payload
    auto = ahocorasick.Automaton()
    for w in {**cue_kinds, **platforms, **dict.fromkeys(_DENIAL_KEYS)}:
        auto.add_word(w, (len(w), cue_kinds.get(w, ()), platforms.get(w, ()), w in _DENIAL_KEYS))
    auto.make_automaton()
    return auto


# speed: extract_interactions finds a story's cues, platform words and denial keys in one pass (_scan_story)
_SCAN_AUTOMATON = _build_scan_automaton()


def _find_all(text: str, keys: Iterable[str]) -> list[int]:
    """Where each of ``keys`` occurs in ``text`` (overlaps included)."""
    out: list[int] = []
    for key in keys:
        pos = text.find(key)
        while pos >= 0:
            out.append(pos)
            pos = text.find(key, pos + 1)
    return out


def _scan_story(text: str) -> tuple[list[tuple[str, int, int]], list[tuple[str, int]], list[int] | None]:
    """``(find_cues(text), find_platforms(text), denials)`` from one automaton pass over the text.

    ``denials`` are where ``_DENIAL_KEYS`` occur in the lower-cased text (``None`` when lower-casing changes the
    text's length, as offsets then differ).
    """
    low = text.lower()
    aligned = len(low) == len(text)
    if not aligned:
        low = text
    hits: list[tuple[int, tuple[str, ...]]] = []
    plats: list[tuple[str, int]] = []
    denials: list[int] = []
    for end, (n, kinds, names, denial) in _SCAN_AUTOMATON.iter(low):
        start = end - n + 1
        if denial:
            denials.append(start)
        inside_word = start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_")
        if kinds and (not inside_word or low[start] == "#" or _HANGUL_START.match(low, start)):
            hits.append((start, kinds))
        if inside_word:
            continue
        for name in names:
            rx = _PLATFORM_RX[name]
            m = rx.match(text, start)
            if m is None and name == "x":
                m = rx.match(text, max(0, start - 3))
            if m is not None:
                plats.append((name, start))
    return _confirm_cues(text, hits), plats, denials if aligned else None


def find_platforms(text: str) -> list[tuple[str, int]]:
    """Platform words in ``text`` as (platform, start)."""
    low = text.lower()
    if len(low) != len(text):
        low = text
    out: list[tuple[str, int]] = []
    for end, (n, names) in _PLATFORM_AUTOMATON.iter(low):
        start = end - n + 1
        if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_"):
            continue
        for name in names:
            rx = _PLATFORM_RX[name]
            m = rx.match(text, start)
            if m is None and name == "x":
                m = rx.match(text, max(0, start - 3))
            if m is not None:
                out.append((name, start))
    return out


_FANDOM_BEFORE = re.compile(
    r"(?i:\bfans\s+of\s+(?:(?:the\s+)?[\w'’&.-]+(?:\s+[\w'’&.-]+)?\s*(?:,|and)\s*){0,3}(?:the\s+)?$"
    r"|\bfans\s+of\s+(?:(?:the|rookie|new|veteran|boy|girl|idol|k-pop|co-ed|group|band)\s+){1,4}$)"
)
_FANDOM_AFTER = re.compile(r"(?i:(?:['’]s?)?\s+(?:fans|fandom|army|armys|stans|fanbase|fan\s+base)\b)")
_POST_NEGATION = re.compile(
    r"(?i:^\s*(?:no\s+one|nobody|anyone)\b|^[^.;]{0,30}?\b(?:were|was|are|is)\s+no\s+longer\b|^[^.;]{0,20}?\b(?:disappeared|vanished)\b)"
)
_SUBJ_PRONOUN = re.compile(r"(?<![\w'’])(?:[Hh]e|[Ss]he)(?![\w'’])")
_OBJ_PRONOUN = re.compile(r"\s+(?:(?:a|an|the)\s+)?(?:him|her|his|them)\b")
_POSS_WORK = re.compile(
    r"(?<![\w'’])(?:his|her|their|His|Her|Their)\s+(?:[\w-]+\s+){0,3}?(?:video|videos|post|posts|song|track|single|album"
    r"|music\s+video|mv|account|photo|picture|story|live|comeback|challenge|dance|rendition|cover|clip|message"
    r"|following\s+list|co-?stars?)\b"  # "IU, his co-star in the drama": he is the other party
)
_POSTED = re.compile(r"(?i:\b(?:posted|uploaded|shared|posts|uploads|shares)\b)")
_THE_POST = re.compile(
    r"(?i:\s+(?:\w+\s+){0,2}?(?:(?:on|under|below|to)\s+)?(?:the|that|this)\s+(?:same\s+|original\s+)?"
    r"(?:picture|photo|photos|post|video|clip|live|selfie|update|upload)\b)"
)
_REPLY_VERB = re.compile(r"(?i:repl(?:ied|ies)\b|responded\b|wrote\s+back\b|answer(?:ed|s)\b)")
_DEFINITE_POST = re.compile(
    r"(?i:\b(?:on|under)\s+(?:the|that|this|his|her|their)\s+(?:\w+\s+)?(?:picture|photo|post|video|clip|live|selfie|update)\b(?!\s+(?:platform|app|site|service)))"
)
_OWN_SUBJECT = re.compile(r"(?i:[\s,;:–—-]*(?:and\s+|but\s+)?(?:the|a|an|this|that|its|their|his|her)\s)")
_REF_DET = re.compile(r"(?i:(?<![\w'’])(?:the|his|her)\s+$)")
_OTHER_DET = re.compile(r"(?i:(?<![\w'’])(?:another|other|fellow|some|many)\s+$)")
_OF_REF = re.compile(
    r"(?i:(?<![\w'’])the\s+(?:(?:youngest|oldest|eldest|golden|main|lead)\s+)?(?:maknae|leader|member|vocalist|rapper"
    r"|youngest\s+member|oldest\s+member)\s*(?:\[[^\]]{0,30}\]|\([^)]{0,30}\))?\s+of\s+(?:the\s+)?(?:group\s+|band\s+)?$)"
)
_FOLLOWING_VERB = re.compile(
    r"(?i:\b(?:is|was|were|are|been|be|am|started|starts|start|began|begin|begins|keep|keeps|kept|seen|caught|spotted"
    r"|also|still|not|only|continues|continue|continued|stop|stopped|without|by|and|while|even|already|now|just)\s+$)"
)
_GENERIC_MEMBERS = re.compile(r"\s+members\b(?!\s+(?:[A-Z]|of\b))")
_SENT = re.compile(r"(?i:\b(?:sent|sends|send|sending|gave|gives|give|giving|delivered)\b)")
_JOIN_ACTIVITY = re.compile(
    r"(?i:\s+(?:in\s+)?the\s+(?:[\w'’-]+\s+){0,2}?(?:shoot|shooting|filming|challenge|stage|performance|set|recording)\b)"
)
_CHAIN_BREAK = re.compile(r"[,;:]|\band\b|\bwhile\b|\bthen\b")
_SCREEN_WORK = re.compile(
    r"(?i:\s+(?:\w+\s+){0,3}?(?:for|in|on)\s+(?:a\s+|an\s+|the\s+|their\s+)?(?:new\s+|upcoming\s+)?"
    r"(?:drama|film|movie|series|rom-com|romcom|show|project|song|single|album|stage|musical|variety)\b)"
)
_CHARACTER_PAREN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*\($")
_PAIR_SUBJECT = re.compile(r"(?i:(?:[\w,' ]{0,40},\s+)?(?:the\s+(?:two|duo|pair)|both(?:\s+of\s+them)?|they)\b)")
_TWO_NAMES_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+(?:and|&)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?:\w+\s+)?$")
_BACKGROUND = re.compile(
    r"(?i:\b(?:previously|earlier|formerly|once|back\s+in|last\s+year|years\s+ago|in\s+(?:19|20)\d\d|not\s+the\s+first"
    r"|has\s+also|had\s+also|also\s+(?:previously|once))\b)"
)
# a word each _BACKGROUND alternative needs; "ı", "ſ" and the dot "İ" leaves stand in for "i"/"s"
_BACKGROUND_KEYS = (
    "previously", "earlier", "formerly", "once", "back", "last", "years", "19", "20", "first", "also", "ı", "ſ",
    "\u0307",
)
_AND_NEW_CLAUSE = re.compile(
    r",\s+(?:and|but|while)\s+(?:(?:the\s+)?(?:actor|actress|singer|rapper|idol|producer|star)\s+)?$"
)
_VERB_AFTER = re.compile(
    r"\s+(?:is|was|are|were|has|have|had|will|would|can|could|also|recently|then|later|[a-z]+ed|[a-z]{3,}s)\b"
)
_LISTICLE = re.compile(r"(?i:^\s*(?:\d+|ten|five|seven)\b|\b(?:times|moments)\b)")
# "5 times SEVENTEEN and Stray Kids members ...", "Top 10 unexpected K-pop interactions": a list of many pairs
_LISTICLE_TITLE = re.compile(
    r"(?i:\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:times|moments|interactions|things|ways|pairs|friendships|duos|instances|occasions"
    r"|encounters|idols|celebrities|stars|artists)\b)"
)
_PERFORMANCE_OF_OTHERS = re.compile(
    r"performance\s+of\s+(?:[A-Z][\w.-]*\s+){0,2}?[A-Z][\w.-]*['’]s?\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?i:song|hit|track|single|classic|ballad|number|anthem|debut)"
)
_OBJECT_ONLY_TYPES = frozenset({"follow", "unfollow", "like", "comment", "message", "mention", "gift"})
_OTHER_ACTOR = re.compile(
    r"(?i:\b(?:fans|netizens|viewers|critics|users|people|many|everyone|agency|company|label|brand|reporters|media"
    r"|outlets|show|producers|organizers|audience|crowd|ARMYs?|BLINKs?)\b)"
)
_REPORTED_CLAUSE = re.compile(r"(?i:\b(?:that|how)\s+$)")  # "Yujin revealed that the two often text"
# "V makes a cameo, joining the pair for dinner": the pair named before is the object of the act
_JOINS_PAIR = re.compile(r"(?i:\b(?:join(?:s|ed|ing)?|meet(?:s|ing)?|met|visit(?:s|ed|ing)?)\s+$)")
_PAIR_REF_LEAD = re.compile(r"(?i:(?:[\w,' ]{0,30},\s+)?(?:the\s+(?:two|duo|pair)|both\s+of\s+them)\b)")
_COSTAR = re.compile(r"(?i:co-?star)")
_ROLE_NAMED = re.compile(rf"(?i:\bthe\s+({_ROLE_NOUNS})\b[^.]{{0,40}}?\b(?:name|named|called)\s+)")
_LEAD_REF_KEYS = (" he ", " she ", " he,", " she,", "the two", "the duo", "the pair", "both of them")
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
_SONG_OWNER = re.compile(
    r"['’]s?\s+(?:(?:new|latest|hit|debut|title|lead|comeback|smash|pre-release|\d{4})\s+){0,3}"
    r"(?:single|song|track|hit|anthem)\s+['\"‘“]([A-Z][^'\"’”.]{0,40})['\"’”]"
)
_CAMEO_IN_WORK = re.compile(
    r"(?i:\b(?:the|its|their|this)\s+(?:accompanying\s+|new\s+|official\s+)?(?:music\s+video|mv)\b"
    r"[^.;]{0,80}?\b(?:cameo|guest\s+appearance|special\s+appearance)\b)"
)
# "The music video, filmed in one take, stars actor Park Seo-joon": the one named right after it plays in it
_STARS_IN_WORK = re.compile(
    r"(?i:\b(?:the|its|their|this)\s+(?:accompanying\s+|new\s+|official\s+)?(?:music\s+video|mv)\b"
    r"[^.;]{0,90}?\b(?:stars|starred|starring|casts|cast)\s+(?:(?:the\s+)?(?:actor|actress|model|comedian)\s+)?)"
)


# "Park Seo-joon stars in the music video": the one named right before it plays in it
_STARS_IN_BEFORE = re.compile(
    r"(?i:\s+(?:also\s+)?(?:stars|starred|appears|appeared|features|featured)\s+in\s+(?:the|her|his|their|its)\s+"
    r"(?:new\s+|accompanying\s+|official\s+)?(?:music\s+video|mv)\b)"
)


def _has_cameo(t: str) -> bool:
    """Cheap gate for ``_CAMEO_IN_WORK`` and ``_STARS_IN_WORK`` (most sentences name no cameo)."""
    low = t.lower()
    return "cameo" in low or "appearance" in low or ("star" in low and ("video" in low or "mv" in low))


_HAS_QUOTE = re.compile("[\"“‘']")


def _has_quote(t: str) -> bool:
    """``_HAS_QUOTE.search(t)`` without the regex call."""
    return '"' in t or "'" in t or "“" in t or "‘" in t
_MSG_AFTER = re.compile(r"(?i:\s+(?:to|for|from|with)\b)")
_MSG_BEFORE = re.compile(
    r"(?i:\b(?:sen(?:t|ds?|ding)|receiv\w*|exchang\w*|his|her|their|supportive|encouraging|sweet|warm|kind)\s+"
    r"(?:[\w-]+\s+){0,2}$)"
)


# ---- speed: words a case-insensitive pattern cannot match without, so the regex runs only where it may.
# "ı", "ſ" and the dot "İ" leaves when lower-cased match "i"/"s" case-insensitively without lower-casing to them:
# their presence always lets the regex run.
_FOLDS = ("ı", "ſ", "\u0307")
_CHART_KEYS = (
    "chart", "billboard", "no.", "number", "top", "stream", "album", "sold", "unit", "rank", "record", "enlist",
)
_CROWD_KEYS = ("fans", "netizens", "viewers", "followers", "users", "people")
_PAIR_KEYS = ("two", "duo", "pair", "both")


# ---- speed: one automaton pass per sentence tells which of these key sets its lower-cased text holds (a bit
# each), instead of a pass per set in each rule that asks; see _sentence_keys
_K_EXCLUDE, _K_NEGATION, _K_HYPOTHETICAL, _K_POST_NEG, _K_ROLE = 1, 2, 4, 8, 16
_K_CHART, _K_CROWD, _K_PAIR, _K_FANS = 32, 64, 128, 256
_KEY_SETS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (_K_EXCLUDE, _EXCLUDE_KEYS),
    (_K_NEGATION, _NEGATION_KEYS),
    (_K_HYPOTHETICAL, _HYPOTHETICAL_KEYS),
    (_K_POST_NEG, _POST_NEG_KEYS),
    (_K_ROLE, _ROLE_WORDS),
    (_K_CHART, _CHART_KEYS + _FOLDS),
    (_K_CROWD, _CROWD_KEYS + _FOLDS),
    (_K_PAIR, _PAIR_KEYS + _FOLDS),
    (_K_FANS, ("fans", *_FOLDS)),  # _FANDOM_BEFORE needs "fans of"
)


def _build_key_automaton() -> ahocorasick.Automaton:
    bits: dict[str, int] = {}
    for flag, keys in _KEY_SETS:
        for k in keys:
            bits[k] = bits.get(k, 0) | flag
    auto = ahocorasick.Automaton()
    for k, b in bits.items():
        auto.add_word(k, (b, len(k)))
    auto.make_automaton()
    return auto


_KEY_AUTOMATON = _build_key_automaton()


def _key_bits(low: str) -> int:
    """The ``_KEY_SETS`` bits of the keys a lower-cased text holds."""
    flags = 0
    for _end, (bits, _n) in _KEY_AUTOMATON.iter(low):
        flags |= bits
    return flags

# ---- speed: first-character lookaheads for the patterns searched most (same matches; see bot/rxfast.py)
_CHAIN_BREAK, _CHART, _DENIAL, _EXCLUDE_BEFORE, _FAN_SPEAKER, _FOLLOWING_VERB = map(
    lead, (_CHAIN_BREAK, _CHART, _DENIAL, _EXCLUDE_BEFORE, _FAN_SPEAKER, _FOLLOWING_VERB))
_HYPOTHETICAL, _MSG_BEFORE, _NEGATION, _OBJ_GROUP_REF, _OBJ_PRONOUN, _OTHER_DET, _QUOTE = map(
    lead, (_HYPOTHETICAL, _MSG_BEFORE, _NEGATION, _OBJ_GROUP_REF, _OBJ_PRONOUN, _OTHER_DET, _QUOTE))
_ROLE_INTRO_BEFORE, _ROLE_INTRO_NEAR, _SENT, _SPEECH, _WORK_CONTEXT, _LATTER, _OF_REF, _ROLE_NAMED = map(
    lead, (_ROLE_INTRO_BEFORE, _ROLE_INTRO_NEAR, _SENT, _SPEECH, _WORK_CONTEXT, _LATTER, _OF_REF, _ROLE_NAMED))
_SUBJ_PRONOUN, _ROLE_REF, _DEFINITE_POST, _POSS_WORK, _PAIR_REF, _CLAUSE_BREAK = map(
    lead, (_SUBJ_PRONOUN, _ROLE_REF, _DEFINITE_POST, _POSS_WORK, _PAIR_REF, _CLAUSE_BREAK))
_SONG_CREDIT, _BACKGROUND = map(lead, (_SONG_CREDIT, _BACKGROUND))
_WISHFUL, _DENIED_THAT, _POSTED, _FANDOM_BEFORE, _ROLL_CALL, _PUBLIC_POST = map(
    lead, (_WISHFUL, _DENIED_THAT, _POSTED, _FANDOM_BEFORE, _ROLL_CALL, _PUBLIC_POST))


def _masked_names(t: str, offset: int, parties: Sequence[_Party]) -> str:
    """``t`` (which starts at ``offset`` in the story) with the artists' names blanked out.

    A stage name can be an ordinary word ("NCT WISH", "If"): the words that make a cue hypothetical or negated
    are read in the prose around the names, never inside one."""
    out = t
    for p in parties:
        a, b = max(p.start - offset, 0), min(p.end - offset, len(t))
        if a < b:
            out = out[:a] + "x" * (b - a) + out[b:]
    return out


# ------------------------------------------------------------------------------------------- records
@dataclass(slots=True)
class _Party:
    id: str
    start: int
    end: int
    source: str  # tag | group-ref | role | pronoun | pair-ref | latter
    excluded: bool = False


@dataclass(slots=True)
class _Cue:
    kind: str
    start: int
    end: int


@dataclass(slots=True)
class _Acc:
    a: str
    b: str
    types: set[str] = field(default_factory=set)
    platforms: Counter[str] = field(default_factory=Counter)
    evidence: str = ""
    evidence_index: int = 1 << 30
    first_index: int = 1 << 30
    opening: bool = False
    title_pair: bool = False
    actor: str | None = None
    votes: Counter[str] = field(default_factory=Counter)
    evidence_count: int = 0
    early_foreground: bool = False
    title_types: set[str] = field(default_factory=set)
    all_platforms: set[str] = field(default_factory=set)
    type_first: dict[str, int] = field(default_factory=dict)  # sentence where each type was first seen
    # platforms of sightings with only a generic cue ("the exchange"): used when no specific act names one
    generic_platforms: Counter[str] = field(default_factory=Counter)


@dataclass(slots=True)
class _Story:
    text: str
    title_end: int
    sentences: Sequence[Sentence]
    meta: MetaLookup
    counts: Counter[str]
    story_platform: str
    ments: Sequence[MentionLike]
    in_person_story: bool
    first_body: int
    sent_platforms: list[str | None]
    sent_all_platforms: dict[int, set[str]]
    roles_cache: dict[str, Counter[str]] | None = None
    title_ids: set[str] = field(default_factory=set)
    title_groups: set[str] = field(default_factory=set)
    kinds: dict[str, str] = field(default_factory=dict)
    groups: dict[str, frozenset[str]] = field(default_factory=dict)
    # each sentence's resolved parties and cues, for telling who acted (bot.direction)
    sight: dict[int, tuple[list[_Party], list[_Cue]]] = field(default_factory=dict)
    background: dict[int, bool] = field(default_factory=dict)  # sentence index -> _BACKGROUND matches
    sentence_keys: dict[int, tuple[str, int, list[int]]] = field(default_factory=dict)  # see _sentence_keys
    main_members: dict[str, str | None] = field(default_factory=dict)  # see _main_member


_Pair = tuple[str, str, set[str], bool]

# Set to a list to collect a per-sentence trace (debugging aid for rule work; off in production).
TRACE: list[str] | None = None


# ---------------------------------------------------------------------------------------------- API
def extract_interactions(
    text: str,
    title_end: int,
    sentences: Sequence[Sentence],
    mentions: Iterable[MentionLike],
    meta: MetaLookup,
) -> tuple[list[Interaction], bool]:
    """Interactions in ``text`` (title + body; the title is ``text[:title_end]``).

    ``sentences`` must cover the text (title sentences first); ``mentions`` are the tagger's, sorted by
    start. Returns the merged interactions and whether the story's main subject is an interaction.
    """
    ments = sorted(mentions, key=lambda m: m.start)
    if len(ments) < 2:
        return [], False
    starts = [s.start for s in sentences]
    buckets: list[list[_Party]] = [[] for _ in sentences]
    counts: Counter[str] = Counter()
    for m in ments:
        i = bisect.bisect_right(starts, m.start) - 1
        if i < 0 or m.start >= sentences[i].end:
            continue
        buckets[i].append(_Party(m.artist_id, m.start, m.end, "tag"))
        counts[m.artist_id] += 1
    if len(counts) < 2:
        return [], False

    found_cues, found_platforms, found_denials = _scan_story(text)
    cues_by_sentence: list[list[_Cue]] = [[] for _ in sentences]
    for kind, cstart, cend in found_cues:
        i = bisect.bisect_right(starts, cstart) - 1
        if i < 0 or cstart >= sentences[i].end:
            continue
        cues_by_sentence[i].append(_Cue(kind, cstart, cend))

    low_text = text.lower()
    sent_platforms: list[str | None] = [None] * len(sentences)
    sent_all_platforms: dict[int, set[str]] = {}
    social: Counter[str] = Counter()
    in_person = 0
    for name, pstart in found_platforms:
        i = bisect.bisect_right(starts, pstart) - 1
        if i >= 0 and pstart < sentences[i].end:
            sent_all_platforms.setdefault(i, set()).add(name)
            cur = sent_platforms[i]
            if cur is None or _PLATFORM_ORDER[name] < _PLATFORM_ORDER[cur]:
                sent_platforms[i] = name
        if name in _SOCIAL_PLATFORMS:
            social[name] += 1
        elif name == "in_person":
            in_person += 1
    story = _Story(
        text=text,
        title_end=title_end,
        sentences=sentences,
        meta=meta,
        counts=counts,
        story_platform=_main_platform(social),
        ments=ments,
        in_person_story=in_person >= 2,
        sent_platforms=sent_platforms,
        sent_all_platforms=sent_all_platforms,
        first_body=next((s.index for s in sentences if s.start >= title_end), len(sentences)),
    )

    denial_candidates: set[int] = set()
    for pos in found_denials if found_denials is not None else _find_all(low_text, _DENIAL_KEYS):
        denial_candidates.add(bisect.bisect_right(starts, pos) - 1)
    denied_reports = [
        i for i in sorted(denial_candidates) if 0 <= i < len(sentences) and _DENIED_REPORT.search(sentences[i].text)
    ]
    for aid in counts:
        am = meta(aid)
        story.kinds[aid] = am.kind
        story.groups[aid] = am.groups
    accs: dict[tuple[str, str], _Acc] = {}
    # artists whose social activity the story says was not theirs -> the latest sentence saying so
    suppressed: dict[str, int] = {}
    recent: list[list[_Party]] = []  # resolved parties of previous sentences (most recent last)
    song_challenges: list[tuple[str, list[str], Sentence, bool]] = []  # (song, challengers, sentence, title)
    history: list[tuple[str, str, int]] = []  # (subject, object, sentence index) of pairs so far
    poster: tuple[list[str], int] | None = None  # who posted the latest post the story describes, and where
    for s, raw, cues in zip(sentences, buckets, cues_by_sentence, strict=True):
        in_title = s.end <= title_end
        parties = _qualify(raw, story)
        if poster is not None and s.index - poster[1] > POSTER_REACH:
            poster = None
        if (
            s.index in denial_candidates
            and _DENIAL.search(s.text)
            and not ("not" in s.text.lower() and _NOT_NEGATION.search(s.text))
        ):
            hit = {p.id for p in parties} or ({recent[-1][0].id} if recent and recent[-1] else set())
            for h in hit:
                suppressed[h] = s.index
            if parties:
                recent.append(parties)
            continue
        if denied_reports and _REPORTED.search(s.text) and any(
            s.index < d <= s.index + 3 or d < story.first_body for d in denied_reports
        ):
            if parties:  # "an outlet reported that the two had recorded a duet" -- later denied
                recent.append(parties)
            continue
        if parties and not in_title and ('"' in s.text or "“" in s.text) and len({p.id for p in parties}) == 1:
            said = _quoted_by_pronoun(s, parties[0], recent, story)
            if said is not None:
                _add(accs, said, parties[0].id, {"mention"}, True, s, in_title, story)
                history.append((said, parties[0].id, s.index))
        if (
            not cues
            and not in_title
            and (len(parties) < 2 or ('"' not in s.text and "“" not in s.text))
            and not (_has_cameo(s.text) and _STARS_IN_WORK.search(s.text))
        ):  # (a music video's cast named without a cue word still takes part in the work, see _cameo_in_work)
            if parties:
                recent.append(parties)
                who = _poster_of(s, parties, story)
                poster = (who, s.index) if who else poster
            continue
        cues = _filter_cues(s, cues, parties, story) if cues else cues
        parties = _mark_excluded(s, parties, cues, story)
        if cues:
            parties = _resolve_references(s, parties, cues, recent, story)
            if poster is not None and not in_title:
                parties = _add_post_owner(s, parties, cues, poster[0], story)
        who = _poster_of(s, parties, story) if not in_title else None
        poster = (who, s.index) if who else poster
        active = _distinct([p for p in parties if not p.excluded])
        story.sight[s.index] = (parties, cues)
        if in_title:
            story.title_ids.update(p.id for p in active)
            story.title_groups.update(p.id for p in parties if _is_group(story, p.id))
        typed = [c for c in cues if c.kind not in ("recip", "join", "_seq", "_joinact")]
        pairs: list[_Pair] = _speech_pairs(s, active, story) if len(active) >= 2 else []
        if len(active) >= 2 and (typed or any(c.kind == "join" for c in cues)):
            cue_pairs = _pairs_for_sentence(s, parties, active, cues, story)
            talk = {frozenset((a, b)) for a, b, t, _d in cue_pairs if t & TALK_TYPES}
            # the words of a comment or message are its content, not a separate shout-out
            pairs = cue_pairs + [p for p in pairs if frozenset(p[:2]) not in talk]
        if TRACE is not None and (cues or pairs):
            TRACE.append(
                f"[{s.index}] {s.text[:160]}\n    parties={[(p.id, p.source, p.excluded) for p in parties]}"
                f"\n    cues={[(c.kind, text[c.start : c.end]) for c in cues]}\n    pairs={pairs}"
            )
        for a, b, types, directed in pairs:
            _add(accs, a, b, types, directed, s, in_title, story)
            history.append((a, b, s.index))
        if active and _has_cameo(s.text) and (
            any(c.kind == "collab" for c in typed) or _STARS_IN_WORK.search(s.text) or "star" in s.text
        ):
            _cameo_in_work(s, active, history, accs, story, in_title)
        if not pairs and len(active) == 1 and any(c.kind == "_joinact" for c in cues):
            _join_focus(s, active[0], cues, accs, story, in_title)
        elif not pairs and len(active) == 1 and typed:
            _continue_pair(s, active[0], typed, history, accs, story, in_title, recent)
        if parties:
            recent.append([p for p in parties if not p.excluded] or parties)
        if active and any(c.kind == "challenge" for c in cues):
            song_challenges.extend(_song_challenges(s, active, story, in_title))
    if song_challenges:
        _pair_with_song_artists(song_challenges, accs, story)
    return _finish(accs, suppressed, story)


# ------------------------------------------------------------------------------------------ parties
def _distinct(parties: Sequence[_Party]) -> list[_Party]:
    seen: set[str] = set()
    out: list[_Party] = []
    for p in parties:
        if p.id not in seen:
            seen.add(p.id)
            out.append(p)
    return out


def _is_member(story: _Story, member: str, group: str) -> bool:
    g = story.groups.get(member)
    return group in (g if g is not None else story.meta(member).groups)


def _is_group(story: _Story, aid: str) -> bool:
    k = story.kinds.get(aid)
    return (k if k is not None else story.meta(aid).kind) == "group"


def _qualify(raw: list[_Party], story: _Story) -> list[_Party]:
    """Drop groups used as qualifiers ("BTS' Jungkook", "Felix of Stray Kids"); map "the BTS member"."""
    if not raw:
        return raw
    text = story.text
    out: list[_Party] = []
    n = len(raw)
    for i, p in enumerate(raw):
        if not _is_group(story, p.id):
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
        prv = out[-1] if out else None
        if prv is not None and not _is_group(story, prv.id):
            gap = text[prv.end : p.start]
            if len(gap) <= 40 and _OF_GROUP_GAP.match(gap) and _is_member(story, prv.id, p.id):
                continue
        ref = _MEMBER_REF.match(text, p.end, min(len(text), p.end + 40))
        if ref and _OTHER_DET.search(text, max(0, p.start - 9), p.start):
            continue  # "another SEVENTEEN member": nobody in particular
        of_ref = _OF_REF.search(text, max(0, p.start - 60), p.start)
        if of_ref is not None:
            member = _main_member(story, p.id)
            if member is not None:
                out.append(_Party(member, of_ref.start(), p.end, "group-ref"))
                continue
        if ref and _REF_DET.search(text, max(0, p.start - 5), p.start):
            member = _main_member(story, p.id)
            if member is not None:
                out.append(_Party(member, p.start, ref.end(), "group-ref"))
            continue
        out.append(p)
    return out


def _main_member(story: _Story, group: str) -> str | None:
    """The group's member the story names most (first named on ties); the story's counts never change, so
    each group's answer is kept."""
    if group in story.main_members:
        return story.main_members[group]
    best: tuple[int, str] | None = None
    for aid, c in story.counts.items():
        if aid != group and _is_member(story, aid, group) and (best is None or c > best[0]):
            best = (c, aid)
    story.main_members[group] = found = best[1] if best else None
    return found


def _mark_excluded(s: Sentence, parties: list[_Party], cues: list[_Cue], story: _Story) -> list[_Party]:
    """Mark artists the sentence only compares, sequences or names as a fandom ("after V", "fans of BTS")."""
    text = story.text
    seq_spans = [(c.start, c.end) for c in cues if c.kind == "_seq"]
    low_s, keys, _roles = _sentence_keys(story, s)
    excl_here = keys & _K_EXCLUDE
    fans_here = keys & _K_FANS
    if (
        "includ" in low_s
        or "line-up" in low_s
        or "lineup" in low_s
        or "guests" in low_s
        # "host X will return for the new season, joined by A, B and C": a cast announced, not a joint stage
        or ("joined by" in low_s and any(w in low_s for w in ("cast", "host", "season", " mc")))
    ):
        _mark_roll_call(s, parties, story)
    for p in parties:
        before = text[max(s.start, p.start - 60) : p.start]
        if (
            (excl_here and (_EXCLUDE_BEFORE.search(before[-48:]) or _FOLLOWING_PREP.search(before)))
            or any(a <= p.start <= b for a, b in seq_spans)
            or (
                _is_group(story, p.id)
                and (
                    (fans_here and _FANDOM_BEFORE.search(before))
                    or _FANDOM_AFTER.match(text, p.end)
                    or _GENERIC_MEMBERS.match(text, p.end)
                )
            )
            or _plays_character(p, before, parties)
        ):
            p.excluded = True
    return parties


def _mark_roll_call(s: Sentence, parties: list[_Party], story: _Story) -> None:
    """A roll-call ("a friend group that also includes A, B and C", "other guests included ...") pairs nobody.

    Every name of the list after the roll-call verb is set aside, up to the first gap that is more than a
    list separator.
    """
    text = story.text
    in_list = False
    prev_end = s.start
    for p in parties:
        gap = text[prev_end : p.start]
        if in_list and _LIST_GAP.fullmatch(gap):
            p.excluded = True
        elif _ROLL_CALL.search(text, max(prev_end, p.start - 60), p.start):
            p.excluded = True
            in_list = True
        else:
            in_list = False
        prev_end = max(prev_end, p.end)


def _plays_character(p: _Party, before: str, parties: list[_Party]) -> bool:
    """An actor named in brackets after a role's name ("Song Tae Seop (Park Sung Hoon)") is in a plot summary."""
    if not before.endswith("(") or not _CHARACTER_PAREN.search(before):
        return False
    # "V (Kim Taehyung)" is one artist named twice, not a character
    return not any(q is not p and p.start - 40 <= q.end <= p.start for q in parties)


def _resolve_references(
    s: Sentence, parties: list[_Party], cues: list[_Cue], recent: list[list[_Party]], story: _Story
) -> list[_Party]:
    """Add parties for "the choreographer", "the latter", "he", "the duo" when the sentence needs them."""
    typed = [c for c in cues if c.kind not in ("recip", "join", "_seq", "_joinact")]
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
        if not free(a, b) or m.group(2).lower() in ("band", "group", "duo"):
            continue
        if len(present) >= 2 and not (subject_empty and a < first_cue):
            continue
        role_pick = _resolve_role(m.group(2).lower(), present, recent, story)
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
    if pm is not None and (
        not present
        or pm.start() <= 30
        or _REPORTED_CLAUSE.search(s.text, 0, pm.start())
        or (len(present) == 1 and _JOINS_PAIR.search(s.text, max(0, pm.start() - 20), pm.start()))
    ):
        # "The two co-starred in ...": the last pair named, as the subject of this sentence -- or the
        # title's pair when the sentence just before names no pair of its own
        prev2 = _last_with(recent, 2)
        title_people = [t for t in sorted(story.title_ids) if not _is_group(story, t)]
        if prev2 is not None and len(title_people) == 2 and set(prev2[:2]) != set(title_people):
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
    # pronouns: the subject of the clause, the object right after a cue, or the owner of a post or song
    padded = f" {low} "
    has_he = " he " in padded or " she " in padded or " he," in padded or " she," in padded
    for sm in _SUBJ_PRONOUN.finditer(s.text) if has_he else ():
        a = s.start + sm.start()
        if (
            a > first_cue
            or not free(a, a + 2)
            or any(p.start < a for p in parties if not p.excluded)
            or any(p.start < a for p in added)  # "The singer-songwriter ...: he released": the same person
        ):
            break
        who = _salient(present, recent, story)
        if who is not None:
            add(who, a, a + len(sm.group()), "pronoun")
        break
    if len(present) < 2 and (" him" in padded or " her" in padded or " his" in padded or " them" in padded):
        for c in typed:
            m2 = _OBJ_PRONOUN.match(story.text, c.end, min(s.end, c.end + 20))
            if m2 and free(c.end, m2.end()):
                who = _salient(present, recent, story)
                if who is not None:
                    add(who, c.end + 1, m2.end(), "pronoun")
                break
    if len(present) < 2 and (" his " in padded or " her " in padded or " their " in padded):
        m3 = _POSS_WORK.search(s.text)
        if m3 is not None:
            a = s.start + m3.start()
            if free(a, a + 3):
                who = _salient(present, recent, story)
                if who is not None:
                    add(who, a, a + 3, "pronoun")
    if not added:
        return parties
    return sorted(parties + added, key=lambda p: p.start)


def _poster_of(s: Sentence, parties: list[_Party], story: _Story) -> list[str] | None:
    """Who posted what the sentence describes: the subject before "posted"/"uploaded"/"shared"."""
    t = s.text
    if "post" not in t and "upload" not in t and "shar" not in t and "Post" not in t and "Shar" not in t \
            and "Upload" not in t:
        return None
    m = _POSTED.search(t)
    if m is None:
        return None
    at = s.start + m.start()
    left = [p for p in parties if p.start < at and not p.excluded]
    if not left:
        return None
    ids = [left[0].id]
    for prev, p in itertools.pairwise(left):
        same_span = p.start == prev.start and p.end == prev.end  # "the two" stands for both
        gap = story.text[prev.end : p.start]
        if not same_span and not (
            re.fullmatch(r"(?i:\s*(?:,|,?\s+and|&)\s*)", gap) or (len(gap) <= 40 and _QUALIFIER_GAP.match(gap))
        ):
            break
        if p.id not in ids:
            ids.append(p.id)
    return [i for i in ids if not _is_group(story, i)] or None


def _add_post_owner(
    s: Sentence, parties: list[_Party], cues: list[_Cue], owners: list[str], story: _Story
) -> list[_Party]:
    """ "X left a comment under the post": the post is the one the story just described, so its poster is
    the object (not whoever the rest of the sentence names)."""
    present = {p.id for p in parties if not p.excluded}
    if any(o in present for o in owners):
        return parties
    for c in cues:
        if c.kind not in ("comment", "like"):
            continue
        if not _THE_POST.match(story.text, c.end, s.end) and not (
            c.kind == "comment"
            and (
                _IN_THE_COMMENTS.search(story.text, max(s.start, c.start - 12), c.start)
                or re.match(r"\s*[:,]?\s*[\"“'‘]", story.text[c.end : c.end + 4])  # "commented 'so pretty'"
            )
        ):
            continue  # (Yunah wrote "in the comments": the comments of the post just described)
        if not any(p.start < c.start for p in parties if not p.excluded):
            return parties  # no commenter named before the act
        added = [_Party(o, c.end, c.end, "poster") for o in owners]
        return sorted(parties + added, key=lambda p: p.start)
    return parties


def _last_with(recent: list[list[_Party]], n: int) -> list[str] | None:
    for ps in reversed(recent[-3:]):
        ids = [p.id for p in _distinct(ps)]
        if len(ids) >= n:
            return ids
    return None


def _resolve_role(role: str, present: set[str], recent: list[list[_Party]], story: _Story) -> str | None:
    if role in _GENERIC_ROLES:
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


# Roles that name one kind of artist: a group member is rarely "the singer-songwriter" or "the actress"
_ROLE_KINDS: dict[str, frozenset[str]] = {
    role: frozenset(("soloist", "person")) for role in ("soloist", "singer-songwriter", "actor", "actress")
} | {"maknae": frozenset(("member",))}


def _salient(present: set[str], recent: list[list[_Party]], story: _Story) -> str | None:
    """The person most likely meant: the latest sentence's subject first, then its other parties."""
    for ps in reversed(recent[-3:]):
        for p in ps:
            if p.id not in present and not _is_group(story, p.id):
                return p.id
    for aid, _c in story.counts.most_common(3):
        if aid not in present and not _is_group(story, aid):
            return aid
    return None


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


# --------------------------------------------------------------------------------------------- cues
def _filter_cues(s: Sentence, cues: list[_Cue], parties: list[_Party], story: _Story) -> list[_Cue]:
    """Drop negated, hypothetical, fan-quoted and wrong-sense cues; mark sequence uses of "follow"."""
    text = story.text
    quotes = (
        [(s.start + q.start(), s.start + q.end()) for q in _QUOTE.finditer(s.text)] if _has_quote(s.text) else []
    )
    fan_quote = False
    if quotes:
        outside = s.text
        for a, b in reversed(quotes):
            outside = outside[: a - s.start] + " " * (b - a) + outside[b - s.start :]
        whole_quote = quotes[0][0] - s.start <= 1 and s.end - quotes[-1][1] <= 2
        fan_quote = bool(_FAN_SPEAKER.search(outside)) or whole_quote
    keys = _sentence_keys(story, s)[1]
    chart = any(c.kind in ("follow", "like") for c in cues) and bool(keys & _K_CHART and _CHART.search(s.text))
    crowd_here = keys & _K_CROWD
    neg_here = keys & _K_NEGATION
    # a hypothetical word counts only outside the artists' names ("NCT WISH" is no wish)
    hyp_here = bool(keys & _K_HYPOTHETICAL) and bool(
        _key_bits(_masked_names(_sentence_keys(story, s)[0], s.start, parties)) & _K_HYPOTHETICAL
    )
    post_here = keys & _K_POST_NEG
    out: list[_Cue] = []
    for c in cues:
        if fan_quote and any(a <= c.start < b and b - a > 25 for a, b in quotes):
            continue
        if c.kind == "collab" and _PERFORMANCE_OF_OTHERS.match(text, c.start, s.end):
            c = _Cue("cover", c.start, c.end)  # "a performance of BoA's hit": her song, sung by another
        before = text[s.start : c.start]
        if (
            neg_here
            and _NEGATION.search(before[-40:])
            and not _NOT_NEGATION.search(before[-40:])
            and not _CLOSED_RELATIVE_NEG.search(before[-80:])
        ):
            continue
        if neg_here and _NO_RECORD.search(before[-100:]):
            continue
        if neg_here and _DENIED_THAT.search(before[-90:]):
            continue  # "the agency denied that the two had met": it did not happen
        if hyp_here:
            hyp_before = _masked_names(before, s.start, parties)  # "NCT WISH covered": a name, not a wish
            if (
                _HYPOTHETICAL.search(hyp_before[-50:])
                and not re.search(r"(?i:\b(?:could|can)\s+be\s+seen\b)", hyp_before[-50:])
            ) or _WISHFUL.search(hyp_before[-120:]):
                continue
        after = text[c.end : s.end]
        if post_here and _POST_NEGATION.match(after):
            continue
        lw = text[c.start : c.end].lower()
        crowd = (
            _CROWD_SUBJECT.search(before[-90:])
            if crowd_here and (c.kind in SOCIAL_TYPES or c.kind == "mention") and not lw.startswith("like from")
            else None
        )  # "fans spotted a like from Jihyo": the like is Jihyo's
        if crowd is not None and not _PRONOUN_SUBJECT.search(crowd.group(0)):
            crowd_at = c.start - len(before[-90:]) + crowd.start()
            if not any(crowd_at <= p.start < c.start for p in parties):
                continue  # ", and fans of both groups flooded the comments": the fans acted, not an artist
        if c.kind in _TO_PEOPLE_KINDS and _CROWD_OBJECT.match(after):
            continue  # "Hongjoong greeted fans": an act directed at the public, no artist
        if (c.kind in SOCIAL_TYPES or c.kind == "mention") and _FAN_WORDS_BEFORE.search(before[-40:]):
            continue  # "he pinned a fan's message thanking him": the fan thanked him, no artist did
        if (
            c.kind == "message"
            and lw.startswith(("hand", "personal", "heartfelt"))
            and re.search(r"(?i:\b(?:fans|viewers|followers|audiences?|the\s+public|everyone)\b[^,;.]{0,30}$)", before)
        ):
            continue  # "greeted fans with a handwritten note": written to the public, no artist
        if c.kind == "message" and lw.startswith("message") and _PUBLIC_POST.search(before[-40:]):
            c = _Cue("mention", c.start, c.end)  # "shared a farewell message for him": public, not a DM
        if c.kind == "message" and (
            (lw.startswith("repl") and _UNDER_POST.match(after)) or _TO_A_COMMENT.match(after)
        ):
            c = _Cue("comment", c.start, c.end)  # "replied under his post", "responded to her comment" (LABELING)
        if c.kind == "meet" and lw.startswith("selfie") and not (
            _SELFIE_TAKEN.search(before[-40:])
            or (_SELFIE_WITH.match(after) and not _PUBLIC_POST.search(before[-40:]))
            or (_SELFIE_WITH.match(after) and any(0 < p.start - c.end <= 40 for p in parties))
            or _PAIR_SHARES.search(before[-70:])
        ):
            continue
        if c.kind == "meet" and lw == "backstage" and not _BACKSTAGE_VISIT.search(before[-30:]):
            continue
        if c.kind == "comment" and _CROWD_COMMENTS.search(before[-30:]):
            continue
        if c.kind == "comment" and lw.startswith(("under", "below")) and any(o.kind in TALK_TYPES for o in out):
            continue  # "left a comment under the post": the comment cue already says it
        if c.kind == "like" and lw.startswith("likes") and _LIKE_COUNT.search(before[-20:]):
            continue
        if c.kind == "meet" and lw.startswith(("film", "shoot", "shot")):
            if _DANCE_WORK.match(text, c.end, s.end):
                c = _Cue("filmed", c.start, c.end)  # filming a challenge together is the challenge, not a meeting
            elif _FILMED_WORK.match(text, c.end, s.end):
                c = _Cue("collab", c.start, c.end)  # "filmed a music video with Lisa": a joint work (LABELING)
        if c.kind == "meet" and lw.startswith("wav") and _AT_THE_CAMERA.match(after):
            continue  # "waved at the camera": to the viewers, nobody in the room
        if c.kind == "meet" and lw.endswith("hello") and _NO_ADDRESSEE.match(after):
            continue  # "she had barely finished saying hello when ...": a greeting to nobody named (her viewers)
        if c.kind == "challenge" and lw.startswith("danc") and _SANG_AND.search(before[-20:]):
            c = _Cue("cover", c.start, c.end)  # "sings and dances to Sabrina's song": a performance of it, a cover
        if c.kind == "message" and lw in ("chatted", "chatting") and not _ONLINE_TALK.search(s.text):
            c = _Cue("meet", c.start, c.end)  # talking face to face (LABELING: met, talked)
        elif c.kind == "meet" and lw == "chat":
            if not _CHAT_BEFORE.search(before[-60:]):
                continue  # "a chat" someone else had, or a chat room
            if _ONLINE_TALK.search(s.text):
                c = _Cue("message", c.start, c.end)  # "had a long chat over the phone"
        if c.kind == "follow":
            if chart or re.search(r"(?i:had\s+been\s+$)", before[-12:]):
                continue
            if lw in ("followed", "follows") and _NO_FOLLOW_OBJECT.match(after):
                continue  # "Hoseok followed in October": came next, followed nobody
            if _SHOW_SUBJECT.search(before[-110:]):
                # "The first season followed the two friends on trips": a camera follows, not an account; the
                # series is a joint work of the people it follows together (LABELING)
                stop = c.end + len(re.split(r"[,;]|\s[–—]\s", after, maxsplit=1)[0])
                if len({p.id for p in parties if c.end <= p.start < stop}) >= 2 or re.search(
                    r"(?i:\b(?:the\s+(?:two|duo|pair|trio|three|members)|both)\b)", text[c.end : stop]
                ):
                    out.append(_Cue("collab", c.start, c.end))
                continue
            if (
                lw.startswith("following")
                and not after.startswith(" list")
                and not _FOLLOWING_VERB.search(before[-24:])
                and not any(0 <= c.start - p.end <= 2 for p in parties)
            ):
                out.append(_Cue("_seq", c.end, c.end + 60))
                continue
            if (
                lw == "followed"
                and after.lstrip().lower().startswith("by")
                and not re.search(r"(?i:\b(?:being|been|was|were|is|are|get|got|and)\s+(?:\w+\s+)?$)", before[-20:])
            ):
                continue
            tv = _TO_VERB.match(after)
            if tv and not re.search(r"(?i:\b(?:on|account|instagram|tiktok)\b)", after[: tv.end()]):
                out.append(_Cue("_seq", c.end, c.end + tv.end()))
                continue
            if re.match(r"(?i:\s+(?:an?|the)\s+(?:fan\s+)?(?:account|page)\b)", after):
                out.append(_Cue("_seq", c.end, s.end))
                continue
        elif c.kind == "like" and chart:
            continue
        elif c.kind == "flowers":
            if not _SENT.search(s.text):
                continue
            c = _Cue("gift", c.start, c.end)
        elif c.kind == "mention" and lw.startswith("prais") and re.match(r"\s+(?:for|as|by)\b", after):
            continue  # "a video ..., praised for its ..." is others' praise
        elif c.kind == "interact" and _SCREEN_WORK.match(after):
            c = _Cue("collab", c.start, c.end)  # "reunite for a new rom-com", "bond in the drama"
        elif c.kind == "release":
            # "The duo released Vibe", "the drama starring Jisoo and Jinyoung": a joint work
            if lw == "starring":
                if len({p.id for p in parties if p.start > c.end}) != 2:
                    continue
            elif not (_PAIR_SUBJECT.match(s.text) or _TWO_NAMES_BEFORE.search(before)):
                continue
            c = _Cue("collab", c.start, c.end)
        elif c.kind == "msgnoun":
            if not (_MSG_AFTER.match(after) or _MSG_BEFORE.search(before[-40:])):
                continue
            # "left a sweet message under his post": a comment (LABELING)
            c = _Cue("comment" if _UNDER_POST.match(after) else "message", c.start, c.end)
        elif c.kind == "feature":
            window = text[max(s.start, c.start - 70) : c.start]
            if (
                not _WORK_CONTEXT.search(window)
                and not re.match(r"(?i:\s+vocals)", after)
                and not _QUOTED_TITLE_END.search(window)  # "Jungkook's 'Seven' features Latto"
            ):
                continue
            c = _Cue("collab", c.start, c.end)
        elif (c.kind == "meet" and lw.startswith("attend") and len({p.id for p in parties}) > 2) or (
            c.kind in ("comment", "mention")
            and re.search(
                r"(?i:\b(?:fans?|netizens?|users?|another|one|people|others|viewers|many)\s+(?:(?:have|also|all)\s+)?$)",
                before[-25:],
            )
        ):
            continue  # "fans loved Jungkook's comment": the fans' act, not the artist's
        elif (
            c.kind == "join"
            and lw.startswith("join")
            and not any(0 <= p.start - c.end <= 25 for p in parties)
            and not re.match(r"(?i:\s+the\s+(?:two|pair|duo)\b)", after)  # the pair named before
        ):
            if _JOIN_ACTIVITY.match(after):
                out.append(_Cue("_joinact", c.start, c.end))
            continue
        out.append(c)
    return out


# -------------------------------------------------------------------------------------------- pairs
def _segments(
    s: Sentence,
    parties: list[_Party],
    story: _Story,
    relative: bool = True,
    cues: Sequence[_Cue] = (),
    spans: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int, str | None]]:
    """Clauses of a sentence; relative clauses and main-clause resumptions carry their subject.

    ``spans`` are the sentence's ``_clause_spans`` when the caller already has them.
    """
    text = story.text
    if spans is None:
        spans = _clause_spans(s, parties, story, cues)
    out: list[tuple[int, int, str | None]] = []
    for a, b in spans:
        rel = _RELATIVE.search(text, a, b) if relative else None
        if rel is None:
            out.append((a, b, None))
            continue
        ante = [p for p in parties if a <= p.start < rel.start()]
        antecedent = ante[-1].id if ante else None
        main_subject = next((p.id for p in ante if not p.excluded), None)
        out.append((a, rel.start(), None))
        res = _RESUME.search(text, rel.end(), b)
        if res is None:
            out.append((rel.end(), b, antecedent))
        else:
            out.append((rel.end(), res.start(), antecedent))
            out.append((res.start(), b, main_subject or antecedent))
    return out


def _clause_spans(s: Sentence, parties: list[_Party], story: _Story, cues: Sequence[_Cue]) -> list[tuple[int, int]]:
    """The sentence cut at clause breaks, as (start, end) offsets into the story text."""
    text = story.text
    breaks = [(s.start + m.start(), s.start + m.end()) for m in _CLAUSE_BREAK.finditer(s.text)]
    # "X covered IU's song, and Sunghoon is preparing a tour": a new subject with its own verb after the
    # first clause already had its act
    for p in parties:
        conj = _AND_NEW_CLAUSE.search(text, max(s.start, p.start - 24), p.start)  # ", and actor X did"
        if (
            conj is not None
            and _VERB_AFTER.match(text, p.end)
            and any(s.start <= c.start < conj.start() for c in cues if c.kind not in ("recip", "join", "_seq"))
        ):
            breaks.append((conj.start(), conj.end()))
    breaks.sort()
    spans: list[tuple[int, int]] = []
    pos = s.start
    for bs, be in breaks:
        if bs >= pos:
            spans.append((pos, bs))
            pos = be
    spans.append((pos, s.end))
    return spans


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
    return bool(_OBJ_PRONOUN.match(story.text, cue.end, cue.end + 12))


def _pairs_for_sentence(
    s: Sentence, parties: list[_Party], active: list[_Party], cues: list[_Cue], story: _Story
) -> list[_Pair]:
    """Pairs (a, b, types, directed) a sentence supports."""
    real = [c for c in cues if c.kind not in ("_seq", "_joinact")]
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
            types = {"collab"}
        if not types:
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
            typed_use
            and all(c.end <= first for c in typed_use)
            and types <= _OBJECT_ONLY_TYPES
            and not any(c.kind == "recip" for c in use)
            and _OTHER_ACTOR.search(story.text, s.start, typed_use[0].start)
            and not story.text.startswith("like from", typed_use[0].start)  # "a like from X": X's act
        ):
            return []  # "Fans praised Jungkook and Jimin": both are objects of someone else's act
        directed = any(a.end <= c.start < b.start for c in use if c.kind in SOCIAL_TYPES | {"gift"})
        return [(a.id, b.id, types, directed)]
    out: list[_Pair] = []
    seen: set[tuple[str, str]] = set()
    prev_subject: list[str] = []
    spans = _clause_spans(s, parties, story, real)
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
            all_types = {"collab"}
        recip = any(c.kind == "recip" for c in ccs)
        joint_work = (any(c.kind == "collab" for c in ccs) and bool(_WORK_CONTEXT.search(s.text))) or any(
            _COSTAR.match(story.text, c.start) for c in ccs
        )
        own_subject = bool(_OWN_SUBJECT.match(story.text, cs, ce))
        if forced is not None and not left:
            subject = [forced]
        elif left:
            subject = _coordinated(left, story)
        elif prev_subject and not own_subject:
            subject = list(prev_subject)
        else:
            if joint_work and len(cps) >= 2:
                _all_pairs(out, seen, story, [p.id for p in cps], {"collab"})
            continue
        objects = [p for p in cps if p.start > first_cue and p.id not in subject]
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
                _all_pairs(out, seen, story, subject, all_types)
            prev_subject = subject
            continue
        last_obj_end = objects[-1].end
        trailing = [c for c in ccs if c.start >= last_obj_end and _trailing_applies(story, last_obj_end, c)]
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
            if not types:
                types = set(all_types)
            if (
                _POSSESSIVE_AFTER.match(story.text[o.end : o.end + 3])
                and types <= {"collab", "meet"}
                and not re.match(
                    r"^['’]s?\s+(?:[\w-]+\s+){0,2}(?:song|track|single|challenge|video|post)",
                    story.text[o.end : o.end + 40],
                )
            ):
                continue
            for x in subject:
                _push(out, seen, story, x, o.id, types, True)
            for x in partners if "cover" in types else ():
                _push(out, seen, story, x, o.id, {"cover"}, True)
            if o.id not in obj_ids:
                obj_ids.append(o.id)
        if "meet" in all_types and any(c.kind == "meet" and _GATHERING.match(story.text, c.start) for c in ccs):
            # "IU had dinner with A, B and C": everyone at one gathering met everyone (LABELING: meet)
            _all_pairs(out, seen, story, subject + obj_ids, {"meet"})
        shared = all_types & SHARED_TYPES
        separately = bool(_SEPARATELY.search(s.text))
        if (
            shared
            and len(obj_ids) >= 2
            and not separately
            and not any(story.text[c.start : c.end].lower() == "opposite" for c in ccs)
        ):
            for i, x in enumerate(obj_ids):
                for y in obj_ids[i + 1 :]:
                    if joint_work or _same_team(story, x, y):
                        _push(out, seen, story, x, y, set(shared), False)
        if recip and len(subject) >= 2:
            _all_pairs(out, seen, story, subject, all_types)
        elif (shared or "cover" in all_types) and len(subject) >= 2 and not separately:
            # "Yeonjun and Taehyun shot the challenge with Suga": teammates in one activity pair up too;
            # members covering a song together made one joint work (LABELING: same activity pairs them)
            for i, x in enumerate(subject):
                for y in subject[i + 1 :]:
                    if _same_team(story, x, y):
                        _push(out, seen, story, x, y, set(shared) or {"collab"}, False)
        if joint_work:
            _all_pairs(out, seen, story, subject + obj_ids, {"collab"})
        prev_subject = subject
        prev_objects = obj_ids
        prev_types = all_types
    # a named work pairs everyone credited on it ("a track with Ozuna, which also featured DJ Snake")
    for cs, ce in spans:
        if any(cs <= c.start < ce and c.kind == "collab" for c in real) and _WORK_CONTEXT.search(story.text, cs, ce):
            ids = [p.id for p in _distinct([p for p in parties if cs <= p.start < ce and not p.excluded])]
            if len(ids) >= 2:
                _all_pairs(out, seen, story, ids, {"collab"})
    return out


def _all_pairs(out: list[_Pair], seen: set[tuple[str, str]], story: _Story, ids: list[str], types: set[str]) -> None:
    for i, x in enumerate(ids):
        for y in ids[i + 1 :]:
            _push(out, seen, story, x, y, set(types), False)


_PLACE_PREP_BEFORE = re.compile(r"(?i:\b(?:to|on|in|at|via|onto|into)\s+$)")


def _coordinated(left: list[_Party], story: _Story) -> list[str]:
    """The subject: the first party of the clause plus those joined to it by "and"/commas.

    An owner in a leading phrase of place ("In a clip uploaded to BABYMONSTER's channel, Ahyeon covered ...")
    is where it happened, not who did it: the subject is the party after it.
    """
    text = story.text
    while (
        len(left) >= 2
        and _POSSESSIVE_AFTER.match(text[left[0].end : left[0].end + 3])
        and _PLACE_PREP_BEFORE.search(text, max(0, left[0].start - 8), left[0].start)
    ):
        left = left[1:]
    ids = [left[0].id]
    for i in range(1, len(left)):
        gap = _gap_sans_qualifier(story, left[i - 1].end, left[i].start)
        if re.fullmatch(r"(?i:\s*(?:,|,?\s+and|&|,\s*and)\s*(?:(?:the|his|her|fellow|member|members)\s+)*)", gap) or (
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
    return gap


def _start_of(m: MentionLike) -> int:
    return m.start


def _same_team(story: _Story, x: str, y: str) -> bool:
    mx, my = story.meta(x), story.meta(y)
    if mx.kind == "group" or my.kind == "group":
        return False
    if mx.groups or my.groups:
        return bool(mx.groups & my.groups)
    return True


def _own_group(story: _Story, x: str, y: str) -> bool:
    return _is_member(story, x, y) or _is_member(story, y, x)


def _push(
    out: list[_Pair], seen: set[tuple[str, str]], story: _Story, a: str, b: str, types: set[str], directed: bool
) -> None:
    if a == b or not types or _own_group(story, a, b):
        return
    key = (a, b) if a < b else (b, a)
    if key in seen:
        for i, (x, y, t, d) in enumerate(out):
            if {x, y} == {a, b}:
                out[i] = (x, y, t | types, d)
        return
    seen.add(key)
    out.append((a, b, set(types), directed))


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
    if not speakers:
        return []
    speaker = speakers[-1]
    # "X told fans, '...'": the fans are the audience, X the speaker
    between = _TOLD_AUDIENCE.sub(" told ", story.text[speaker.end : q0])
    if not _SPEECH.search(between) or _FAN_SPEAKER.search(between):
        return []
    return [
        (speaker.id, p.id, {"mention"}, True)
        for p in inside
        if p.id != speaker.id and not _own_group(story, speaker.id, p.id) and not any(q.id == p.id for q in outside)
    ]


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


def _cameo_in_work(
    s: Sentence,
    active: list[_Party],
    history: list[tuple[str, str, int]],
    accs: dict[tuple[str, str], _Acc],
    story: _Story,
    in_title: bool,
) -> None:
    """ "The accompanying music video features a cameo from BamBam": a cameo in the work the story just
    described is a part in that joint work, so it pairs the cameo with each of its participants (LABELING)."""
    m = _CAMEO_IN_WORK.search(s.text)
    after = [p for p in active if m is not None and p.start >= s.start + m.end() and not _is_group(story, p.id)]
    if after:
        cameo = after[-1].id
    else:
        st = _STARS_IN_WORK.search(s.text)
        star = [p for p in active if st is not None and 0 <= p.start - (s.start + st.end()) <= 1]
        star += [p for p in active if _STARS_IN_BEFORE.match(story.text, p.end)]
        if not star:
            return
        cameo = star[0].id
    reach = 3 if after else 6  # a cast is often named a paragraph after the release it stars in
    for a, b, i in reversed(history):
        if s.index - i > reach:
            break
        acc = accs.get((a, b) if a < b else (b, a))
        if cameo not in (a, b) and acc is not None and "collab" in acc.types and (i < s.index or not after):
            for x in (a, b):
                if not _own_group(story, cameo, x):
                    _add(accs, cameo, x, {"collab"}, False, s, in_title, story)
            return
    if after:
        return
    # a cast member of the video of a joint release made in the last few sentences (a credit continued
    # in a sentence of its own, "The song was produced by Zico", leaves no history entry)
    for acc in list(accs.values()):
        if cameo not in (acc.a, acc.b) and "collab" in acc.types and 0 <= s.index - acc.first_index <= reach:
            for x in (acc.a, acc.b):
                if not _own_group(story, cameo, x):
                    _add(accs, cameo, x, {"collab"}, False, s, in_title, story)
            return


def _continue_pair(
    s: Sentence,
    party: _Party,
    cues: list[_Cue],
    history: list[tuple[str, str, int]],
    accs: dict[tuple[str, str], _Acc],
    story: _Story,
    in_title: bool,
    recent: list[list[_Party]],
) -> None:
    """A one-party sentence continuing a pair ("Taeil canceled his follow", "gave them gifts")."""
    types = {t for t in _cue_types(cues, story, s) if not t.startswith("interact")}
    if not types:
        return
    text = s.text
    # "She gave the members of both groups gift boxes": "the members of the two groups" are the objects of
    # the subject's last act
    if _OBJ_GROUP_REF.search(text) and types & {"gift", "meet", "message", "follow", "unfollow", "like", "comment"}:
        last = [(a, b, i) for a, b, i in history if a == party.id and s.index - i <= 3]
        if last:
            idx = last[-1][2]
            for a, b, i in last:
                if i == idx:
                    _add(accs, a, b, types, True, s, in_title, story, evidence=False)
            return
    # "Key reposted a clip of the performance": the performance is the cover the story just described, so its
    # performer is the one he shared
    if "mention" in types and _CLIP_OF_PERFORMANCE.search(text):
        for a, b, i in reversed(history):
            if s.index - i > 3:
                break
            acc = accs.get((a, b) if a < b else (b, a))
            if party.id not in (a, b) and acc is not None and "cover" in acc.types:
                performer = a if acc.actor is None else acc.actor
                if not _own_group(story, party.id, performer):
                    _add(accs, party.id, performer, {"mention"}, True, s, in_title, story)
                return
    # "Song Joong-ki followed suit with a food truck": the same act as the last one, to the same person
    if _LIKEWISE.search(text):
        for a, b, i in reversed(history):
            if s.index - i > 3:
                break
            acc = accs.get((a, b) if a < b else (b, a))
            if party.id not in (a, b) and acc is not None and acc.types & types:
                _add(accs, party.id, b, types & acc.types, True, s, in_title, story)
                return
    # "Rosé replied with emojis": a reply in the conversation the artist was last part of ("replied in the
    # comments": a comment there)
    reply = next(
        (c for c in cues if c.kind in TALK_TYPES and c.start > party.start and _REPLY_VERB.match(story.text, c.start)),
        None,
    )
    if reply is not None:
        for a, b, i in reversed(history):
            if s.index - i > 8:
                break
            acc = accs.get((a, b) if a < b else (b, a))
            if party.id in (a, b) and acc is not None and acc.types & {"comment", "message", "mention"}:
                _add(accs, a, b, {reply.kind}, False, s, in_title, story, evidence=False)
                return
    # "Taeil canceled his follow": the latest pair of this artist, a few sentences back
    undo = types & {"unfollow"}
    if undo and re.search(r"(?i:\b(?:his|her|their|the)\s+follows?\b)", text):
        for a, b, i in reversed(history):
            if s.index - i > 3:
                break
            if party.id in (a, b):
                _add(accs, a, b, undo, False, s, in_title, story)
                return
    # the title's pair: "Bruno Mars left a comment on the picture" (a definite post of the other)
    directed = types & {"comment", "like"}
    if directed and _DEFINITE_POST.search(text) and party.id in story.title_ids:
        tp = [
            acc
            for acc in accs.values()
            if acc.a in story.title_ids and acc.b in story.title_ids and party.id in (acc.a, acc.b)
        ]
        if len(tp) == 1:
            _add(accs, tp[0].a, tp[0].b, directed, False, s, in_title, story)
            return
        others = [t for t in story.title_ids if t != party.id and not _is_group(story, t)]
        if not tp and len(others) == 1 and not _own_group(story, party.id, others[0]):
            _add(accs, party.id, others[0], directed, True, s, in_title, story)
            return
    # "The song was originally sung by X" / "The music video features X": the previous subject's work
    if (
        types & {"cover", "collab"}
        and text[:20]
        .lower()
        .startswith(
            ("the song", "the track", "the music video", "the single", "this song", "the original", "its music video")
        )
        and not _POSSESSIVE_AFTER.match(story.text[party.end : party.end + 3])
    ):
        # a new credit on the song the previous sentence paired ("Zico produced NEXTAR's single. The track
        # will also feature vocals from Crush"): the newcomer joins every artist credited there (a music
        # video's cast appears with the song's owner only)
        credited: list[str] = []
        if "collab" in types and text[:20].lower().startswith(("the song", "the track", "the single", "this song")):
            for a, b, i in history:
                acc = accs.get((a, b) if a < b else (b, a))
                if i == s.index - 1 and acc is not None and "collab" in acc.types:
                    credited.extend(x for x in (a, b) if x not in credited)
        if credited and party.id not in credited:
            for x in credited:
                if not _own_group(story, x, party.id):
                    _add(accs, x, party.id, {"collab"}, False, s, in_title, story)
            return
        prev_start = story.sentences[s.index - 1].start if s.index > 0 else s.start
        prev = next(
            (p.id for p in (recent[-1] if recent else []) if p.start >= prev_start and not _is_group(story, p.id)),
            None,
        )
        if prev is not None and prev != party.id and not _own_group(story, prev, party.id):
            _add(accs, prev, party.id, types & {"cover", "collab"}, False, s, in_title, story)


def _join_focus(
    s: Sentence, party: _Party, cues: list[_Cue], accs: dict[tuple[str, str], _Acc], story: _Story, in_title: bool
) -> None:
    """ "Jimin joined the shoot": a partner for the one person the title is about."""
    persons = [t for t in story.title_ids if not _is_group(story, t) and t != party.id]
    if len(persons) != 1:
        return
    join = next(c for c in cues if c.kind == "_joinact")
    types = {t for t in _cue_types(cues, story, s) if not t.startswith("interact")}
    if not types:
        types = {"challenge"} if "challenge" in story.text[join.end : s.end].lower() else {"collab"}
    _add(accs, persons[0], party.id, types, False, s, in_title, story)


def _song_challenges(
    s: Sentence, active: list[_Party], story: _Story, in_title: bool
) -> list[tuple[str, list[str], Sentence, bool]]:
    """ "Jungkook takes on the Smoke dance challenge": (song, the people doing it) for a later credit lookup."""
    out: list[tuple[str, list[str], Sentence, bool]] = []
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


def _pair_with_song_artists(
    items: list[tuple[str, list[str], Sentence, bool]], accs: dict[tuple[str, str], _Acc], story: _Story
) -> None:
    """A challenge to a song pairs the challengers with the song's credited performers (LABELING.md)."""
    credits = _song_credits(story)
    for song, who, s, in_title in items:
        performers = next((credits[k] for k in song.split("|") if k in credits), None)
        if not performers:
            continue
        for x in who:
            for y in performers:
                if any(_is_member(story, w, y) for w in who):
                    continue  # one of the group's own members took part: the pair is with that member
                if x != y and not _own_group(story, x, y):
                    _add(accs, x, y, {"challenge"}, True, s, in_title, story, mark=False)


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


# -------------------------------------------------------------------------------------- accumulate
def _platform_of(story: _Story, s: Sentence) -> str | None:
    return story.sent_platforms[s.index]


def _add(
    accs: dict[tuple[str, str], _Acc],
    a: str,
    b: str,
    types: set[str],
    directed: bool,
    s: Sentence,
    in_title: bool,
    story: _Story,
    evidence: bool = True,
    mark: bool = True,
) -> None:
    """Merge one sighting of a pair; ``mark=False`` for derived pairs that must not make a headline."""
    key = (a, b) if a < b else (b, a)
    acc = accs.get(key)
    if acc is None:
        acc = accs[key] = _Acc(key[0], key[1])
    acc.types |= types
    for t in types:
        if acc.type_first.get(t, s.index) >= s.index:
            acc.type_first[t] = s.index
    plat = _platform_of(story, s)
    generic = all(t.startswith("interact") for t in types)
    if not generic:
        acc.evidence_count += 1
    if plat is not None:
        (acc.generic_platforms if generic else acc.platforms)[plat] += 3 if in_title else 1  # the title: main fact
        acc.all_platforms |= story.sent_all_platforms.get(s.index, set())
    if not mark:
        pass
    elif in_title:
        acc.title_pair = True
    elif s.index - story.first_body < OPENING_SENTENCES:
        acc.opening = True
    if mark and not in_title and s.index - story.first_body < EARLY_SENTENCES and not _background(story, s):
        acc.early_foreground = True
    acc.first_index = min(acc.first_index, s.index)
    acc.votes.update(_act_votes(a, b, types, directed, s, story))
    acc.actor = direction.pair_actor(acc.votes, acc.a, acc.b)
    if in_title and mark:
        acc.title_types |= types
    # the evidence is the first body sentence showing the act (the title's act, when the title names one)
    if evidence and (
        acc.evidence == ""
        or (acc.evidence_index < 0 and not in_title and (not acc.title_types or types & acc.title_types))
    ):
        acc.evidence = s.text
        acc.evidence_index = -1 if in_title else s.index


def _act_votes(a: str, b: str, types: set[str], directed: bool, s: Sentence, story: _Story) -> list[str]:
    """Who did this sighting's acts, read from the sentence (bot.direction); when the words cannot place the
    pair, the pairing rule's order ("a before the cue before b") stands for directed acts only."""
    parties, cues = story.sight.get(s.index, ([], []))
    if not parties:
        parties = [_Party(m.artist_id, m.start, m.end, "tag") for m in story.ments if s.start <= m.start < s.end]
    a_spans = [(p.start, p.end) for p in parties if p.id == a]
    b_spans = [(p.start, p.end) for p in parties if p.id == b]
    others = [(p.start, p.end) for p in parties if p.id not in (a, b)]
    cue_list = [(c.kind, c.start, c.end) for c in cues]
    who, decided = direction.act_actors(story.text, (s.start, s.end), a_spans, b_spans, others, types, cue_list)
    if decided:
        return [a if w == "a" else b for w in sorted(who)]
    if directed and types & (direction.DIRECTED_TYPES | {"challenge"}):
        return [a]
    return []


def _sentence_keys(story: _Story, s: Sentence) -> tuple[str, int, list[int]]:
    """The lower-cased sentence, the ``_KEY_SETS`` bits of the keys it holds and where its role words start
    (sorted), worked out once per sentence."""
    got = story.sentence_keys.get(s.index)
    if got is None:
        low = s.text.lower()
        flags = 0
        roles: list[int] = []
        for end, (bits, n) in _KEY_AUTOMATON.iter(low):
            flags |= bits
            if bits & _K_ROLE:
                roles.append(end - n + 1)
        roles.sort()
        got = story.sentence_keys[s.index] = (low, flags, roles)
    return got


def _background(story: _Story, s: Sentence) -> bool:
    """``_BACKGROUND.search(s.text)``, once per sentence (a sentence adds several pairs), and only when the
    sentence holds a word one of its alternatives needs."""
    known = story.background.get(s.index)
    if known is None:
        low = _sentence_keys(story, s)[0]
        known = story.background[s.index] = any(k in low for k in _BACKGROUND_KEYS) and bool(
            _BACKGROUND.search(s.text)
        )
    return known


def _main_platform(social: Counter[str]) -> str:
    """The story's platform for social acts; "music video" mentions only count when nothing else is named."""
    posts = [(n, c) for n, c in social.most_common() if n != "youtube"]
    if posts:
        return posts[0][0]
    return "youtube" if social["youtube"] else "unknown"


def _finish(
    accs: dict[tuple[str, str], _Acc], suppressed: dict[str, int], story: _Story
) -> tuple[list[Interaction], bool]:
    # a hacked or fake account's follows and likes did not happen
    for key in list(accs):
        acc = accs[key]
        if (acc.a in suppressed or acc.b in suppressed) and acc.types & SOCIAL_TYPES:
            # a conversation reported after the story has said the account was someone else's is real
            # ("after regaining access, she thanked Nari, who had reached out")
            since = max(suppressed.get(acc.a, -1), suppressed.get(acc.b, -1))
            later = {t for t in TALK_TYPES if acc.type_first.get(t, -1) > since + 1}
            acc.types -= SOCIAL_TYPES - later
            if not {t for t in acc.types if not t.startswith("interact")}:
                del accs[key]
    _hand_over(accs, story)
    for acc in accs.values():
        if "gift" in acc.types and "interact:filmed" in acc.types:
            acc.types.add("meet")  # a gift handed over while filming together was given in person (LABELING)
    _mark_headlines(accs, story)
    out: list[Interaction] = []
    for acc in sorted(accs.values(), key=lambda x: (not x.title_pair and not x.opening, x.first_index)):
        types = {t for t in acc.types if not t.startswith("interact")}
        if not types:
            types = {t.split(":", 1)[1] for t in acc.types if t.startswith("interact")}
            if "meet" in types:
                types = {"meet"}
        if not types:
            continue
        platform = _choose_platform(acc, types, story)
        if acc.actor is not None:
            a, b = acc.actor, (acc.b if acc.actor == acc.a else acc.a)
        else:
            a, b = acc.a, acc.b
        out.append(
            Interaction(
                a=a,
                b=b,
                types=tuple(t for t in INTERACTION_TYPES if t in types),
                platform=platform,
                headline=acc.opening,
                evidence=acc.evidence,
                directed=acc.actor is not None,
            )
        )
    out.sort(key=lambda i: not i.headline)
    return out, any(i.headline for i in out)


_FEATURING_BEFORE = re.compile(r"(?i:\b(?:featuring|feat\.|ft\.)\s+(?:the\s+)?$)")


def _credited_feature(story: _Story, group: str) -> bool:
    """Whether the story credits the group as a whole as a record's feature ("a single featuring SEVENTEEN").

    A feature is the group's work even when some members later share a stage with the same artist, so that
    pair is not handed over to those members.
    """
    return any(
        m.artist_id == group and _FEATURING_BEFORE.search(story.text, max(0, _start_of(m) - 14), _start_of(m))
        for m in story.ments
    )


def _hand_over(accs: dict[tuple[str, str], _Acc], story: _Story) -> None:
    """A group's pair goes to its members who took part (LABELING: most specific party)."""
    for key in list(accs):
        acc = accs.get(key)
        if acc is None:
            continue
        for g, x in ((acc.a, acc.b), (acc.b, acc.a)):
            if not _is_group(story, g):
                continue
            real = {t for t in acc.types if not t.startswith("interact")}
            if not real or not real <= HANDOVER_TYPES:
                continue
            if real == {"collab"} and _credited_feature(story, g):
                continue  # "a remix featuring ENHYPEN": the group as a whole is credited on the record
            # only members who took part in an act themselves (a member's comment on the cover of the
            # group's song is no part in it)
            members = [
                k
                for k in accs
                if k != key
                and x in k
                and _is_member(story, k[0] if k[1] == x else k[1], g)
                and accs[k].types & HANDOVER_TYPES
            ]
            near = [k for k in members if acc.title_pair or abs(accs[k].first_index - acc.first_index) <= 2]
            if not near and acc.title_pair and not real <= {"cover"}:  # a covered song is the group's as a whole
                for aid in story.counts:
                    if aid != x and _is_member(story, aid, g) and not _own_group(story, aid, x):
                        k2 = (aid, x) if aid < x else (x, aid)
                        accs.setdefault(k2, _Acc(k2[0], k2[1], evidence=acc.evidence, first_index=acc.first_index))
                        near.append(k2)
            elif near and acc.title_pair and not real <= {"cover"}:
                # members named in the same passage as a member who took part were part of that episode
                # ("Suga hugged Woozi during the shoot. Seungkwan and Hoshi were nervous at first.")
                episode = {i for k in near for i in (accs[k].first_index, accs[k].first_index + 1)}
                starts = [t.start for t in story.sentences]
                for ment in story.ments:
                    aid = ment.artist_id
                    if aid == x or not _is_member(story, aid, g) or _own_group(story, aid, x):
                        continue
                    k2 = (aid, x) if aid < x else (x, aid)
                    if k2 not in near and bisect.bisect_right(starts, ment.start) - 1 in episode:
                        accs.setdefault(k2, _Acc(k2[0], k2[1], evidence=acc.evidence, first_index=acc.first_index))
                        near.append(k2)
            if not near:
                continue
            for k in near:
                m = accs[k]
                m.types |= real
                m.title_pair = m.title_pair or acc.title_pair
                m.opening = m.opening or acc.opening
                m.platforms.update(acc.platforms)
            # the members who took part in one shared activity (a challenge) pair with each other
            shared = real & SHARED_TYPES
            names = [k[0] if k[1] == x else k[1] for k in near]
            for i, y in enumerate(names):
                for z in names[i + 1 :]:
                    k3 = (y, z) if y < z else (z, y)
                    if shared and k3 not in accs:
                        accs[k3] = _Acc(
                            k3[0],
                            k3[1],
                            types=set(shared),
                            evidence=acc.evidence,
                            first_index=acc.first_index,
                            platforms=Counter(acc.platforms),
                        )
            del accs[key]
            break


def _mark_headlines(accs: dict[tuple[str, str], _Acc], story: _Story) -> None:
    """Headline = the title's pair; titles naming no pair fall back to the opening or the title's verb."""
    title_ids = set(story.title_ids)
    if not any(acc.a in title_ids or acc.b in title_ids for acc in accs.values()):
        # "BIGBANG G-Dragon unfollowed T.O.P" with only the group recognised: its members stand in
        for g in list(title_ids):
            if _is_group(story, g):
                title_ids.update(aid for aid in story.counts if _is_member(story, aid, g))
    both = [acc for acc in accs.values() if acc.a in title_ids and acc.b in title_ids]
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
        if ttypes:
            chosen = [acc for acc in accs.values() if ttypes <= acc.types]
        elif "interact" in tkinds and _LISTICLE.search(title):
            chosen = list(accs.values())  # "10 unexpected idol interactions": every listed pair
        else:
            chosen = [acc for acc in accs.values() if acc.opening]
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
_CLIP_POSTED = re.compile(r"(?i:\b(?:posted|uploaded|shared|clip|video|challenge|version)\b)")


def _posted_next(acc: _Acc, story: _Story, kind: str = "challenge") -> list[str]:
    """Where the next sentences say the video went up ("The clip, posted on TikTok, ..."); a challenge's
    behind-the-scenes YouTube clip is not the challenge, a cover's YouTube upload is the cover."""
    first = acc.type_first.get(kind)
    if first is None:
        return []
    for j in (first + 1, first + 2):
        names = story.sent_all_platforms.get(j, set())
        posted = sorted(
            (n for n in names if n in _SOCIAL_PLATFORMS and (n != "youtube" or kind == "cover")),
            key=_PLATFORM_ORDER.__getitem__,
        )
        if posted and _CLIP_POSTED.search(story.sentences[j].text):
            return posted
    return []


def _choose_platform(acc: _Acc, types: set[str], story: _Story) -> str:
    """Where it happened: the evidence's own platform words first, then what the kind of act implies.

    Follows LABELING.md: social acts happen on the story's platform; a joint challenge is where the video
    was posted, else in person when they filmed together; songs are "other" unless the evidence is a music
    video appearance or a broadcast stage.
    """
    plats = acc.platforms or acc.generic_platforms
    social = [n for n, _c in plats.most_common() if n in _SOCIAL_PLATFORMS]
    if types & SOCIAL_TYPES:
        # the act's own sentences, else the story's platform (a generic "exchange" elsewhere says less)
        own = [n for n, _c in acc.platforms.most_common() if n in _SOCIAL_PLATFORMS]
        return own[0] if own else story.story_platform
    if "meet" in types:
        # met in person, unless the only place the story gives is online ("a joint Weverse live")
        if "in_person" in acc.all_platforms or not social or "interact:pictured" in acc.types:
            return "in_person"
        return social[0]
    if "collab" in types:
        if plats["broadcast"]:
            return "broadcast"
        if plats["youtube"] and plats["youtube"] >= acc.evidence_count:
            return "youtube"
        return "other"
    if "challenge" in types:
        # where the challenge video was posted; a behind-the-scenes YouTube clip is not that
        posted = [n for n in social if n != "youtube"] or _posted_next(acc, story)
        if posted:
            return posted[0]
        if plats["in_person"] or "interact:filmed" in acc.types:
            return "in_person"
        if story.story_platform in ("tiktok", "instagram"):
            return story.story_platform  # the story's video platform: where its challenge videos went up
        if story.in_person_story:
            return "in_person"
        return story.story_platform
    if plats:
        return plats.most_common(1)[0][0]
    if "cover" in types:
        posted = _posted_next(acc, story, "cover")
        if posted:
            return posted[0]
    return "unknown"
