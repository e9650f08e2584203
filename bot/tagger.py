"""Find the artists a story names: roster artists and provisional newcomers.

Public API (stable; the classifier codes against exactly this)::

    @dataclass(frozen=True, slots=True)
    class Mention:
        artist_id: str   # roster id ("jungkook", "bts", "jisoo-blackpink") or provisional "new:<slug>"
        start: int       # offsets into the text given to tag(): text[start:end] == surface
        end: int
        surface: str
        via: str         # 'name' | 'alias' | 'hangul' | 'epithet' | 'role' | 'surname'

    class Tagger:
        def __init__(self, roster: Roster) -> None          # builds the automaton once (~0.25 s)
        roster: Roster                                       # attribute
        def tag(self, text: str) -> list[Mention]           # sorted by start; spans never overlap
        def describe(self, artist_id: str) -> ArtistRef     # roster id or provisional "new:..." id
        def provisional(self, name: str) -> ArtistRef       # register a provisional name (e.g. from storage)
        def artists(self, mentions: Iterable[Mention]) -> list[ArtistRef]   # unique, first-seen order

    # bot/roster.py
    @dataclass(frozen=True, slots=True)
    class Artist:
        id: str; name: str; kind: str  # group | member | soloist | person
        groups: tuple[str, ...]; former_groups: tuple[str, ...]; members: tuple[str, ...]
        aliases: tuple[str, ...]; fandom: str | None; prominence: float; ambiguous: bool
        epithets: tuple[str, ...]
        def ref(self) -> ArtistRef

    class Roster:
        @classmethod
        def load(cls, path: Path | None = None) -> Roster   # default: packaged bot/data/roster.json
        def get(self, artist_id: str) -> Artist | None
        def __iter__(self) -> Iterator[Artist]; def __len__(self) -> int
        def find(self, name: str) -> list[Artist]            # exact normalized match on name/aliases
        def search(self, query: str, limit: int = 25) -> list[Artist]   # prefix + fuzzy (autocomplete)
        def members_of(self, group_id: str) -> list[Artist]
        def groups_of(self, artist_id: str) -> list[Artist]
        fandoms: dict[str, str]   # fandom name -> group id (never tagged)

Notes for callers:
- Tag the whole story as one text (title + "\n\n" + body): the first line is treated as the title (never
  dropped as page noise), and evidence for ambiguous names is gathered across the whole text.
- A group named as a qualifier ("BTS' Jungkook", "Taeyeon of Girls' Generation") yields a Mention for the
  group and one for the member.
- Epithets ("the Golden Maknae", "the Seven singer") come with via='epithet' (surface without the leading
  "the") and the artist's id. A group heading an epithet gets its own mention: "the BTS maknae" gives
  Mention('bts', 'BTS', via='name') + Mention('jungkook', 'maknae', via='epithet'). Generic references
  ("the idol", "the choreographer") are NOT resolved here.
- Provisional artists: via='role' at the introducing cue ("singer Heon Seo", "Heon Seo, a TikToker"),
  via='name' for later full-name repeats; a person's last name used alone later ("Puth", "Seo") comes as
  via='surname'. via='role' may also carry a roster id when the cue vouches for an ambiguous roster name
  ("choreographer KN").
  ``describe("new:mira-solberg")`` gives ArtistRef(id, "Mira Solberg", "person").
- Mentions on page-noise lines (rows of names and commas) are dropped unless the artist is also named in
  prose.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from operator import attrgetter

import ahocorasick

from bot.models import ArtistRef
from bot.roster import Artist, Roster, fold
from bot.rxfast import lead

log = logging.getLogger(__name__)

__all__ = ["Mention", "Tagger", "normalize"]


@dataclass(frozen=True, slots=True)
class Mention:
    artist_id: str
    start: int
    end: int
    surface: str
    via: str  # 'name' | 'alias' | 'hangul' | 'epithet' | 'role' | 'surname'


# Spaces are left alone (they already are what they would become): far fewer substitutions, same result.
_NONWORD = re.compile(r"[^\w ]")
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")


def _in_dotted_abbreviation(text: str, start: int, end: int) -> bool:
    """A letter of a dotted abbreviation ("V.I.Ps"), not a name."""
    ntext = len(text)
    return (end + 2 < ntext and text[end] == "." and text[end + 1].isalpha() and text[end + 2] == ".") or (
        start > 1 and text[start - 1] == "." and text[start - 2].isalpha()
        and (start == 2 or not text[start - 3].isalnum())
    )


def _is_hangul(c: str) -> bool:
    return "\uac00" <= c <= "\ud7a3"


# One byte table does both jobs for ASCII: lower-case letters, every other non-word byte a space.
_ASCII_NORM = bytes(
    c + 32 if 65 <= c <= 90 else c if (48 <= c <= 57 or 97 <= c <= 122 or c in (32, 95)) else 32 for c in range(256)
)
_NON_ASCII_NORM: dict[str, str] = {}


def _norm_char(c: str) -> str:
    """What ``normalize`` makes of one non-ASCII character (cached: news text repeats the same few)."""
    got = _NON_ASCII_NORM.get(c)
    if got is None:
        low = c.lower()
        if len(low) != 1:
            low = c
        got = _NON_ASCII_NORM[c] = " " if _NONWORD.match(low) else low
    return got


def normalize(text: str) -> str:
    """Lower-case, every non-word character a space, same length as ``text``.

    Keeping offsets 1:1 lets a match in the normalized text point straight back into the original, so no
    offset map is needed; folding punctuation to spaces makes "BTS'", "BTS's", "Han So-hee" and "J-Hope"
    boundaries the automaton sees natively.

    Speed: news text is nearly all ASCII, which one ``bytes.translate`` handles; the few other characters
    (curly quotes, dashes, accented letters, Hangul) are patched in one by one. Unicode-wide ``lower()`` and
    a regex over every character cost several times more. Capital sigma is the one character whose lower
    case depends on its neighbours, so a text holding it takes the plain route.
    """
    return _normalize(text)[0]


def _normalize(text: str) -> tuple[str, bool]:
    """``normalize(text)``, and whether the text holds a Hangul syllable (seen on the way, for free)."""
    raw = text.encode("ascii", "replace")  # each other character becomes one "?": offsets stay 1:1
    fast = raw.translate(_ASCII_NORM).decode("ascii")
    if text.isascii():
        return fast, False
    if "\u03a3" in text or raw.count(b"?") > 200:  # capital sigma, or a text in another script: the plain way
        return _normalize_plain(text), _HANGUL_RE.search(text) is not None
    hangul = False
    parts: list[str] = []
    pos = 0
    i = raw.find(b"?")
    while i >= 0:
        c = text[i]
        if c != "?":
            parts.append(fast[pos:i])
            parts.append(_norm_char(c))
            pos = i + 1
            if "\uac00" <= c <= "\ud7a3":
                hangul = True
        i = raw.find(b"?", i + 1)
    parts.append(fast[pos:])
    return "".join(parts), hangul


def _normalize_plain(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a few characters (e.g. 'İ') lower-case to two; keep them as they are
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return _NONWORD.sub(" ", low)


def _pattern(alias: str) -> str:
    return " ".join(normalize(alias).split(" ")).strip()


def _strip_accents(s: str) -> str:
    if s.isascii():
        return s
    d = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(c for c in d if not unicodedata.combining(c)))


# Korean particles and copulas that may follow a Hangul name inside a word (정국이, 제니와, 뷔의...).
_PARTICLES = frozenset([
    "이", "가", "은", "는", "을", "를", "와", "과", "의", "도", "에", "로",
    "으로", "께", "께서", "에게", "한테", "랑", "이랑", "하고", "만", "까지",
    "부터", "보다", "처럼", "같이", "씨", "님", "이가", "이는", "이를", "이의",
    "이와", "이도", "이한테", "이에게", "에게서", "한테서", "의해", "와의", "과의",
    "과도", "와도", "에게도", "한테도", "이다", "였다", "이었다", "이야", "야", "아",
    "이여", "여",
])

# Words right before a name that show it is a person from entertainment ("member V", "singer IU").
_CUE_BEFORE = re.compile(
    r"(?:\bmembers?|\bbandmates?|\bsingers?|\brappers?|\bidols?|\bvocalist|\bleader|\bmaknae|\bdancers?|"
    r"\bchoreographer|\btiktoker|\byoutuber|\binfluencer|\bcreator|\bcomposer|\bsongwriter|\bproducer|\bactor|\bactress|\bstar|\bartists?|\bsoloist|\bDJ|\bhost|\bcolleague|"
    r"\bgroup|\bband|\bunit|\btrio|\bduo|\bquartet|\bquintet|\bsextet|\bseptet|\bK-?pop|\bfellow|"
    r"\bby the name|\bnamed|\bcalled|\bknown as|\baka|\ba\.k\.a\.|"
    r"\bfeaturing|\bfeatured|\bfeat\.|\bft\.|\bvocals (?:from|by)|\bduet with)"  # a song's credits name artists
    r"[ \t,:]*(?:(?:and|&)[ \t]+)?$",
    re.IGNORECASE,
)
_GROUP_CUE_AFTER = re.compile(r"^(?:['’]s?\b|['’]|(?:['’]s?)?[ \t]+(?:members?|leader|maknae|vocalists?|rappers?)\b)",
                              re.IGNORECASE)
# Text between two names that ties a member to their group: "BTS' V", "BTS member V", "Taeyeon of SNSD".
_GROUP_THEN_MEMBER = re.compile(
    r"(?:['’]s?)?[ \t]*(?:(?:member|leader|maknae|vocalist|rapper|dancer|visual)s?[ \t]+)?", re.IGNORECASE)
_MEMBER_THEN_GROUP = re.compile(
    r"[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?(?:(?:boy|girl|K-pop|idol|rock)[ \t]+)?(?:group[ \t]+|band[ \t]+)?"
    r"|[ \t]*\([ \t]*", re.IGNORECASE)
_CUE = "\x00cue"
_EMPTY: frozenset[str] = frozenset()
_SPORT_BEFORE = re.compile(
    r"(?i:\b(?:football|soccer|baseball|basketball|volleyball|golf|tennis|skating|figure\s+skating|swimming|olympic"
    r"|esports?|e-sports|league|nba|mlb|nfl|nhl|premier\s+league|formula\s+(?:1|one)|f1|racing|motorsport|boxing|ufc"
    r"|mma|hockey|cricket|rugby|athletics)[ \t]+$)"
)
_CAPITAL_EVIDENCE_PROMINENCE = 45.0  # well-known enough that a mid-sentence capital means the artist
_CALENDAR_WORDS = frozenset(("spring", "summer", "autumn", "fall", "winter", "january", "february", "march", "april",
                             "may", "june", "july", "august", "september", "october", "november", "december",
                             "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
# A feed excerpt's trailer: "… Continue reading <the title> The post <the title> appeared first on ...", or
# WordPress's footer alone ("[…] The post <the title> appeared first on HELLOKPOP.")
CONTINUE_TRAILER = re.compile(r"\b[Cc]ontinue reading\b[^\n]*|\bThe post\s[^\n]{1,400}?\sappeared first on\b[^\n]*")


def has_feed_trailer(text: str) -> bool:
    """Whether ``text`` may hold a feed excerpt's trailer (cheap test before ``CONTINUE_TRAILER``)."""
    return "ontinue reading" in text or "appeared first on" in text
# A footnoted page ends with "Source[1]"; a bulleted headline under it starts the next story's teaser
_NEXT_STORY = re.compile(r"^[ \t]*Source\[\d+\][ \t]*\n(?:[ \t]*\n)*[ \t]*[•·▪◦*-][ \t]", re.MULTILINE)
_ROLE_WORDS = (
    "singer-songwriter", "singer", "singers", "rapper", "choreographer", "dancer", "actress", "actor", "producer",
    "TikToker", "TikTok star", "TikTok creator", "YouTuber", "influencer", "content creator", "creator", "DJ",
    "composer", "songwriter", "director", "comedian", "model", "musician", "vocalist", "pianist", "guitarist",
    "drummer", "streamer", "host", "trainee", "soloist", "star", "idol", "artist", "personality", "entertainer",
    "filmmaker", "beatmaker", "member", "group", "girl group", "boy group", "band", "duo", "trio",
    "violinist", "cellist", "bassist", "saxophonist", "lyricist", "beatboxer", "collaborator", "hitmaker", "hit-maker",
)
_GROUP_WORDS = frozenset(["group", "groups", "band", "bands", "duo", "duos", "trio", "trios"])
_SINGULAR_S = frozenset(["actress", "boss"])
_INCLUDING_RE = re.compile(r"s?,?[ \t]+(?:including|such as|namely|like|include|includes|included)[ \t]+(?=[A-Z])")
_CASED_ROLES = frozenset(["TikToker", "YouTuber", "DJ", "TikTok star", "TikTok creator"])
_ROLE = (r"(?:singer-songwriter|singer|rapper|choreographer|dancer|actress|actor|producer|TikToker|"
         r"tiktoker|TikTok star|TikTok creator|YouTuber|youtuber|influencer|content creator|creator|DJ|composer|"
         r"songwriter|director|comedian|model|musician|vocalist|pianist|guitarist|drummer|streamer|host|"
         r"trainee|soloist|star|idol|artist|personality|entertainer|filmmaker|beatmaker|member|group|band|duo|trio|"
         r"violinist|cellist|bassist|saxophonist|lyricist|beatboxer|collaborator|hitmaker|hit-maker)")
_NAME_TOKEN = r"(?:[A-Z][\w'’.\-]*[\w.]|[A-Z])"
# Credits that name a person next: "produced by X", "featuring X", "(orig. X)", "none other than X"
_CREDIT_WORDS = (
    "produced by", "co-produced by", "choreographed by", "directed by", "composed by", "sung by", "performed by",
    "originally by", "originally sung by", "orig.", "featuring", "featured", "feat.", "ft.", "none other than",
    "duet with", "co-starring", "starring", "opposite", "vocals by", "music by", "lyrics by", "choreography by",
    "known as", "by the name", "goes by",
)
_FUNCTION_WORDS = frozenset(("For", "And", "With", "Of", "To", "By", "At", "In", "On", "From", "The", "As", "Or",
                             "Feat", "Feat.", "Ft.", "X", "&"))
# Works a person owns: "Ed Sheeran's 'Thinking Out Loud'", "Sam Levinson's HBO drama"
_WORK_WORDS = (
    "album", "song", "single", "track", "hit", "film", "movie", "drama", "series", "ballad", "classic", "tune",
    "anthem", "music video", "MV", "tour", "EP", "mixtape", "remix", "choreography",
)
# A name put before its role: "Heon Seo, a TikToker", "KN, the choreographer"
_APPOSITIVE_RE = re.compile(
    rf"(?<![\w'’])({_NAME_TOKEN}(?:[ ]{_NAME_TOKEN}){{0,3}}),?[ ](?:a|an|the)[ ](?:[\w'’-]+[ ]){{0,3}}$")
# "in Los Angeles, the American star ...": a place before the apposition's comma, not a person
_PLACE_PREP_END = re.compile(r"(?:^|[ ])(?:in|at|near|across|around|outside|inside)[ ]$")
# "a later Story", "her Instagram Story", "the new Live": a capitalised word after an article or possessive
_DETERMINER_BEFORE = re.compile(
    r"(?:^|[ ])(?:a|an|the|his|her|their|its|this|that|another|(?:a|an|the|his|her|their|its|this|that)[ ]"
    r"(?:later|latest|new|recent|separate|second|first|short|brief|private|public|[A-Z][\w'’-]*))[ ]$"
)
_NAME_RUN = re.compile(rf"{_NAME_TOKEN}(?:[ ]{_NAME_TOKEN}){{0,3}}")
_LIST_SEP = re.compile(r",?[ ]+(?:and|&)[ ]+|,[ ]+")
_CREDIT_TAIL_RE = re.compile(rf"[.:]?[ \t]+({_NAME_TOKEN}(?:[ ]{_NAME_TOKEN}){{0,3}}(?:(?:,?[ ]+(?:and|&)[ ]+|,[ ]+)"
                             rf"{_NAME_TOKEN}(?:[ ]{_NAME_TOKEN}){{0,3}})*)")
# "Danity Kane's second album": the owner of a work, at most three words before the work word
_WORK_OWNER_RE = re.compile(
    rf"({_NAME_TOKEN}(?:[ ]{_NAME_TOKEN}){{1,3}})(?:['’]s|(?<=s)['’])[ ](?:[\w'’\"“”-]+[ ]){{0,3}}$")
_QUOTED_WORK_OWNER_RE = re.compile(
    rf"(?<![\w'’])({_NAME_TOKEN}(?:[ ]{_NAME_TOKEN}){{1,3}})['’]s[ ][\"“'‘]$")


# Last words that make a name an institution, an event or a work, not a person or an act.
_INSTITUTION_TAILS = frozenset((
    "chart", "charts", "awards", "award", "festival", "entertainment", "music", "records", "company", "agency",
    "label", "studios", "studio", "network", "broadcasting", "channel", "magazine", "news", "times", "daily",
    "foundation", "university", "school", "academy", "hall", "arena", "stadium", "dome", "center", "centre",
    "show", "concert", "tour", "ceremony", "gala", "league", "cup", "fm", "radio", "tv",
))


def _owner_words(raw: str, at: int) -> tuple[str, int]:
    """The words of a possessive's owner: those after the last small word ("In Sam Levinson's" -> "Sam
    Levinson", "Puts Her Own Spin On Taeyeon's" -> "Taeyeon", never "Own Spin")."""
    words = raw.split(" ")
    cut = max((k + 1 for k, w in enumerate(words[:-1]) if w in _STOP), default=0)
    skip = sum(len(w) + 1 for w in words[:cut])
    return raw[skip:], at + skip


_OWNER_MARKS = ("'s \"", "’s “", "'s '", "’s ‘", "'s “", "’s \"", "’s '")
# What follows a role word: "singer Heon Seo", "choreographer and TikToker, KN"
_ROLE_TAIL_RE = re.compile(
    rf"s?(?:[ \t]+and[ \t]+{_ROLE}s?)?,?[ \t]+({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,3}})"
)
# "A.G.", "J.": initials inside a name; "Seoul-based": where someone works, no name; "-ssi", "-nim": a Korean
# form of address after a given name ("-ah" ends names too: Lee Su-ah)
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_ORIGIN_ADJ = re.compile(r"-(?:based|born|raised|bred)$")
_HONORIFIC_TAIL = re.compile(r"-(?:ssi|sshi|nim)$")
_ADDRESS_TAILS = frozenset(("ya", "yah", "ah", "ssi", "sshi", "nim"))
# The rest of a two-part given name after a tagged first part ("Chan" + " Won", "Seung" + "-yeon").
_GIVEN_NAME_REST = re.compile(r"[ -]([A-Za-z][a-z]+)\b")
_COORDINATOR = re.compile(r"\s+(?:and|&|x|×)\s+(?:(?:[A-Z][\w&*.]*|[A-Z0-9]+)['’]s?\s+)?")
_SYLLABLE_TAIL = re.compile(r"-[a-z]{2,5}\b(?!-)")
_RELATED_BLOCK_HEADS = frozenset(("related", "related articles", "related stories", "related news", "also read",
                                  "read more", "more from", "more stories", "recommended", "you may also like",
                                  "trending", "trending now", "popular", "most read", "latest news"))
_GENERIC_HEADS = frozenset(("girl", "girls", "boy", "boys", "group", "groups", "band", "bands", "idol", "idols",
                            "singer", "singers", "rookie", "rookies", "solo", "soloist", "soloists", "veteran",
                            "fellow", "star", "stars", "actor", "actors", "actress", "member", "members"))
_STOP = frozenset([
    "The", "A", "An", "And", "Or", "But", "Who", "Whom", "Whose", "Which", "What", "When", "Where", "Why",
    "How", "In", "On", "At", "Of", "For", "From", "With", "By", "To", "As", "Is", "Was", "Are", "Were",
    "This", "That", "These", "Those", "His", "Her", "Their", "Its", "He", "She", "They", "We", "I", "You",
    "Our", "My", "Your",  # ('writing, "Our Taeng, the best vocalist"': a nickname in a quote, no newcomer)
    "It", "If", "Then", "So", "Also", "Even", "Just", "Now", "Later", "After", "Before", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Korea",
    "Korean", "Japan", "Japanese", "China", "Chinese", "America", "American", "US", "USA", "UK", "Seoul",
    "Tokyo", "Instagram", "TikTok", "YouTube", "Weverse", "Twitter", "X", "Spotify", "Billboard", "Netflix",
    "Mnet", "KBS", "MBC", "SBS", "Fans", "Fan", "Netizens", "Meanwhile", "K-pop", "Kpop", "K-Pop", "Hallyu",
    "Mr", "Mrs", "Ms", "Dr", "Sir", "Sr", "Jr", "Not", "Has", "Had", "Have", "Will", "Would", "Could",
    "Should", "Can", "May", "Might", "Must", "Did", "Does", "Do", "Being", "Been", "Be", "Here", "There",
    "Recently", "Today", "Yesterday", "Tomorrow", "Last", "Next", "First", "Second", "New", "Old", "Big",
    "Little", "Top", "Best", "Global", "World", "Music", "Song", "Album", "Award", "Awards", "Show", "Live",
    "Official", "Team", "Group", "Band", "Crew", "Members", "Member", "Singer", "Rapper", "However", "Earlier",
    "Previously", "Notably", "Finally", "Still", "Additionally", "Plus", "Thus", "Instead", "Currently", "Once",
    "Back", "Soon", "Eventually", "Interestingly", "Sadly", "Fortunately", "Unfortunately", "Reportedly",
    # sentence adverbs before an apposition ("Afterwards, the actress told reporters"): never a name
    "Afterwards", "Afterward", "Elsewhere", "Tonight", "Backstage", "Onstage", "Offstage", "Overall", "Together",
    "Nevertheless", "Nonetheless", "Moreover", "Besides", "Indeed", "Otherwise", "Again", "Already", "Online",
    # time zones ("November 13 KST, the two members ..."): never a name
    "KST", "JST", "EST", "EDT", "PST", "PDT", "CST", "CDT", "CET", "CEST", "BST", "GMT", "UTC", "ET", "PT",
    # nationalities and languages ("featuring Thai actor PP Krit", "wrote in Thai"): never a newcomer's name
    "Thai", "Thailand", "Taiwanese", "Vietnamese", "Filipino", "Indonesian", "Malaysian", "Singaporean", "Indian",
    "Australian", "Canadian", "British", "English", "Irish", "Scottish", "French", "German", "Italian", "Spanish",
    "Mexican", "Brazilian", "Swedish", "Norwegian", "Danish", "Dutch", "Russian", "Mandarin", "Cantonese",
    "South", "North", "African", "European", "Asian", "Latin", "Latino", "Latina", "Nigerian", "Turkish", "Polish",
    # a list's tail ("Featuring Jay Park, KISS OF LIFE & More", "& Others"): no name
    "More", "Others", "Friends", "Guests", "Co",
    # clause openers and media words ("While the idol ...", "the fastest girl group MV", "role model ON AIR")
    "While", "Whilst", "Although", "Though", "Because", "Since", "Until", "Unless", "During", "Despite", "Among",
    "According", "MV", "M/V", "OST", "EP", "LP", "ON", "IN", "AT", "OFF", "AIR", "LIVE", "NOW", "NEW",
])
_POSS_BEFORE = re.compile(r"['’]s?\s+$")
_WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
_NUMBER_WORDS = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                           "twelve", "thirteen", "twenty", "hundred", "thousand", "million"))
_UNIT_AFTER = re.compile(
    r"(?i:[ -](?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|members?|songs?|tracks?|albums?|people"
    r"|fans|million|thousand|hundred|percent|of\s+(?:the|them|us|those|these))\b)"
)
# Title Case nouns an ordinary-word name ("Winter", "Spring", "Rain") modifies when it is no name at all
_WORK_NOUNS = frozenset([
    "Duet", "Song", "Songs", "Single", "Album", "Ballad", "Special", "Concert", "Collection", "Edition", "Package",
    "Season", "Tour", "Anthem", "Track", "Release", "Comeback", "Playlist", "Drama", "Film", "Movie", "Festival",
    "Vacation", "Break", "Look", "Looks", "Fashion", "Pictorial", "Vibes", "Trip", "Getaway", "Wonderland",
    "Olympics", "Games", "Sale", "Campaign", "Carol", "Carols", "Photoshoot", "Capsule", "Lineup", "Line-Up",
])
_CAPS_WORD_AFTER = re.compile(r" ([A-Z]{2,})\b(?!['’])")  # (a possessive starts another phrase)
_CAPS_WORD_BEFORE = re.compile(r"\b([A-Z]{2,}) $")
# Capitalized words that may stand next to a one-word name without making it part of a longer name.
_OK_NEXT = frozenset([
    "And", "Or", "Is", "Was", "Has", "Had", "Have", "Will", "Would", "Can", "Could", "Did", "Does", "Said",
    "Says", "Shared", "Posted", "Took", "Made", "Gave", "Went", "Got", "Also", "Instagram", "TikTok",
    "Twitter", "Weverse", "YouTube", "Spotify", "Live", "Challenge", "Cover", "Version", "Solo", "Fans",
    "Fan",
])
_OK_PREV = frozenset([
    "And", "Or", "With", "By", "For", "From", "To", "As", "At", "In", "On", "Of", "About", "Like", "Than",
    "Thanks", "Meanwhile", "However", "Also", "While", "When", "After", "Before", "Singer", "Rapper", "Idol",
    "Member", "Star", "Actor", "Actress", "Dancer", "Choreographer", "Producer", "Leader", "Maknae",
    "Vocalist", "Bandmate", "Labelmate", "Soloist", "Songwriter", "Composer", "Host", "Comedian", "Trainee",
    "Guitarist", "Drummer", "Bassist", "Pianist", "Violinist", "Model", "Youtuber", "YouTuber",
    # nationalities describe the name that follows ("Korean-Australian Hanni", "Japanese idol Yuta")
    "Korean", "American", "Australian", "Canadian", "British", "English", "Irish", "Scottish", "Japanese",
    "Chinese", "Taiwanese", "Vietnamese", "Thai", "Filipino", "Indonesian", "Malaysian", "Singaporean", "Indian",
    "French", "German", "Italian", "Spanish", "Mexican", "Brazilian", "Swedish", "Norwegian", "Danish", "Dutch",
    "Russian",
    # a headline's opening words ("The Jimin Song Fans Can't Stop Playing", "Watch: Jennie ...", "Why Karina ...")
    "The", "A", "An", "Watch", "Why", "How", "What", "Who", "Exclusive", "Update", "Breaking", "Former", "Fellow",
    "Senior", "Junior", "Rookie", "His", "Her", "Their", "Is", "Are", "Was", "Did", "Does", "Will", "Can",
])
# One word mixing letters and digits ("Kian84", "pH-1"); clock times ("2PM", "10am") are ordinary words
_DISTINCT_TOKEN = re.compile(r"(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9.&'’-]{3,}")
_CLOCK_TIME = re.compile(r"\d{1,2}(?:am|pm)")
_LIST_REST = re.compile(r"[\s,&/|·•\-–—.:;()\[\]'’\d]*(?:(?:and|with|x|X|feat|ft)[\s,&/|·•\-.:;()]*)*",
                        re.IGNORECASE)
_NEXT_CAP = re.compile(r" ([A-Z][a-z]+)\b")
# A contracted verb ("DM'd", "FaceTime'd"), never a name word after a role cue.
_CONTRACTED_VERB = re.compile(r"['’](?:d|ll|ve|re)$")
# (a capital after a sentence's end, closing quote and all -- 'out." Bandmate Julie' -- starts a sentence)
_PREV_CAP = re.compile(r"(?:^|[^.!?:;\n\s](?<![.!?][\"”’']))[ ]?\b([A-Z][a-z]+)[ ]$")
_POSS = re.compile(r"['’]s?$")
_TOKSPLIT = re.compile(r"[\s\-]+")
# The two spellings of a surname the English-language press uses interchangeably for one person
_SURNAME_SPELLINGS = {
    "Jung": "Jeong", "Jeong": "Jung", "Lim": "Im", "Im": "Lim", "Yoo": "Yu", "Yu": "Yoo", "Noh": "Roh",
    "Roh": "Noh", "Seo": "Suh", "Suh": "Seo", "Heo": "Huh", "Huh": "Heo", "Byun": "Byeon", "Byeon": "Byun",
    "Sung": "Seong", "Seong": "Sung", "Moon": "Mun", "Mun": "Moon", "Shim": "Sim", "Sim": "Shim",
}
_KOREAN_SURNAMES = frozenset([
    "Kim", "Lee", "Yi", "Rhee", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang", "Cho", "Jo",
    "Yoon", "Yun", "Jang", "Chang", "Lim", "Im", "Han", "Oh", "Seo", "Suh", "Shin", "Sin", "Kwon", "Hwang",
    "Ahn", "An", "Song", "Yoo", "Yu", "Ryu", "Hong", "Jeon", "Jun", "Chun", "Go", "Ko", "Moon", "Mun", "Yang",
    "Son", "Bae", "Baek", "Paek", "Heo", "Huh", "Nam", "Sim", "Shim", "Noh", "Roh", "Ha", "Kwak", "Sung",
    "Seong", "Cha", "Joo", "Ju", "Woo", "Min", "Na", "Jin", "Ji", "Ma", "Byun", "Byeon", "Gong", "Hyun", "Do",
    "Ra", "Seok", "Bang", "Won", "Chae", "Jeong", "Pyo", "Bong",
])
# Evidence that a capitalized ordinary word ("Crush") is the artist: it owns a quoted title ("Crush's
# 'Beautiful'"), or it is the subject of a speech verb followed by a personal pronoun for it ("Crush has
# revealed he ...") -- a common noun owns no song and is no "he" or "she".
_OWNS_QUOTED_TITLE = re.compile(
    r"['’]s[ ]+(?:['‘\"“][A-Z0-9]|(?:(?:encore|solo|first|new|latest|upcoming|sold-out|world|fan)[ ]+)?"
    r"(?:agency|label|management|fandom|comeback|debut|concert|tour|album|single|ep|mini"
    r"[ ]album|full[ ]album|music[ ]video|mv|discography|vocals?|verse|feature)\b)"
)  # (or its agency, comeback, album...: a crush has none)
_SPEAKS_OF_SELF = re.compile(
    r"[ ]+(?:has[ ]+|had[ ]+|have[ ]+)?(?:reveal(?:s|ed)|sa(?:ys|id)|shar(?:es|ed)|explain(?:s|ed)|confess(?:es|ed)"
    r"|admit(?:s|ted)|recall(?:s|ed)|t(?:ells|old)|open(?:s|ed)[ ]up|look(?:s|ed)[ ]back)\b"
    r"[^.!?\n]{0,60}?(?<![\w'’])(?:he|she|his|her|him)(?![\w'’])"
)
# "On December 7, Boom took to Instagram to share photos": only a person (or group) takes to a platform
_TAKES_TO = re.compile(
    r"[ ]+(?:took|takes|taking)[ ]to[ ](?:Instagram|Weverse|X|Twitter|TikTok|YouTube|Bubble|social[ ]media"
    r"|(?:his|her|their)[ ](?:Instagram|Weverse|X|TikTok|YouTube|social|personal|official))\b"
)
# "Crush made an unannounced appearance", "Crush was one of the first to comment": a well-known artist's
# ordinary-word name opening a sentence, right before an act only a person does (a bare singular noun
# would need its article)
_PERSON_ACT_AFTER = re.compile(
    r"[ ]+(?:(?:also|then|later|quickly|once|even|had|has|was|is)[ ]+)?(?:made[ ]an?[ ](?:unannounced|surprise|special"
    r"|guest|cameo)|joined|dropped[ ]by|posted|uploaded|commented|replied|responded|thanked|revealed|surprised"
    r"|teamed[ ]up|performed|sang|was[ ]one[ ]of[ ]the[ ]first|wrote[ ]on|took[ ]the[ ]stage)\b"
)
_PERSON_ACT_PROMINENCE = 40.0
_QUOTES = frozenset("'\"‘’“”「」『』")
_OPENERS = frozenset("‘“「『")
_CLOSERS = frozenset("’”」』")
# common one-syllable Korean surnames in Hangul ("이지은" is Lee Ji-eun; "아이유" is no legal name)
_HANGUL_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부"
)
# "the vocalists I've worked with": a pronoun's contraction after a role word is no name
_CONTRACTION = re.compile(r"(?i:(?:i|you|we|they|he|she|it|that|there|who)['’](?:ve|m|ll|d|re|s))")
_QUOTE_OR_STOP = re.compile("[" + re.escape("".join(sorted(_QUOTES))) + ".!?]")
_CASE_MEMO_MAX = 50_000
_TITLE_SMALL = frozenset([
    "a", "an", "the", "of", "to", "in", "on", "at", "and", "or", "but", "for", "with", "by", "from", "my",
    "your", "our", "me", "you", "it", "is",
])
_TWO_LOWER = re.compile(r"[a-z][^a-z]*[a-z]")
_NEXT_TOKEN = re.compile(r" ([A-Z][a-z]*(?:-[A-Za-z][a-z]*)?)\b")
_PREV_TOKEN = re.compile(r"(?:^|[\s(])([A-Z][a-z]+) $")
_HYPHEN_SYL = re.compile(r"[A-Za-z]+")
_KOREAN_SYL = re.compile(r"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjh])?[wy]?(?:ae|eo|eu|oe|ui|oo|ee|ou|a|e|i|o|u)"
                         r"(?:ng|n|k|l|m|p|t)?")
# a given name's syllable as idols' names spell it ("Seunghyub": -b for the final p as well)
_GIVEN_SYL = re.compile(r"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjh])?[wy]?(?:ae|eo|eu|oe|ui|oo|ee|ou|a|e|i|o|u)"
                        r"(?:ng|n|k|l|m|p|t|b)?")
_EPITHET_GLUE = re.compile(r"(?:['’]s?)?\s+")
# A job right before a name: holders of the first kind are never tagged; after the second kind an idol's
# legal name means a namesake ("producer Kim Dong-hyun"), since idols act, not produce, under legal names.
_UNTAGGED_JOBS = frozenset([
    "ceo", "chairman", "chairwoman", "founder", "president", "reporter", "journalist", "columnist", "editor",
    "photographer", "lawyer", "attorney", "spokesperson", "spokesman", "official", "politician", "lawmaker",
    "minister", "footballer", "athlete", "player", "coach", "doctor", "professor",
])
_HEADED_BY = re.compile(r"(?i:\b(?:headed|founded|chaired)\s+by\s+$)")
# ("the choreographer of the song, KN, expressed ...": a person in apposition to "the choreographer")
_WORK_NOUN_BEFORE = re.compile(r"(?i:(?<!\bof\sthe\s)(?<!\bof\sthis\s)\b(?:single|song|track|album|ep|mini-album|ballad"
                               r"|anthem|b-side|title\s+track|duet|ost|drama|series|sitcom|webtoon)"
                               r",?[ \t]+[\"“]?$|\btitled[ \t]+[\"“]$)")
_TITLE_END_CHARS = frozenset((*",.;:!?)\"”", ""))  # ("": the text's end)
_TITLE_END_WORDS = (" featuring", " feat", " ft", " with", " was", " is", " has", " had", " will", " (")
_TITLE_END_AFTER = re.compile(r"(?:\s*[,.;:!?)\"”]|\s+(?:featuring|feat\.?|ft\.?|with|was|is|has|had|will|\()|\s*$)")
_APPOSITIVE_JOB = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:analyst|researcher|economist|critic|columnist|reporter|journalist|editor"
    r"|professor|lawyer|attorney|doctor|official|spokes(?:person|man|woman)|ceo|chairman|chairwoman|president|politician"
    r"|lawmaker|minister|athlete|footballer|coach|scholar|expert|executive|employee|staffer)\b"
)
# "EDEN, the producer behind most of ATEEZ's title tracks": the words after a name say it is an artist's
_ARTIST_APPOSITIVE = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w'’&-]+\s+){0,3}?(?:producer|singer|rapper|songwriter|composer|vocalist|idol|actor"
    r"|actress|choreographer|dancer|DJ|group|band|duo|trio)s?\b"
)
_CREDITED_BY = re.compile(
    r"\b(?:produced|written|co-written|composed|arranged|penned|co-produced)\s+by\s+(?:[\w'’&.-]+\s+){0,3}$"
)
_CRAFT_JOBS = frozenset([
    "producer", "composer", "songwriter", "director", "choreographer", "dancer", "dj", "host", "tiktoker",
    "youtuber", "creator", "influencer", "model", "chef", "comedian",
])
_RELATED_HEADS = ("also read", "read also", "read more", "related:", "related stories", "related articles",
                  "recommended:", "you may also like", "you might also like", "must read", "don't miss",
                  "see also", "more stories", "trending now", "more interviews", "more news", "more from",
                  "more k-pop", "more:", "previously:", "popular now", "most read", "most popular", "most viewed",
                  "trending", "top stories", "latest news", "recommended for you", "editor's picks", "editors' picks",
                  "next:", "next story", "next article", "previous:", "previous story", "previous article", "up next")
_GROUP_HEAD_RE = re.compile(
    r"(?<![\w'’@#/.-])([A-Z][A-Z0-9&]{2,}(?:[ ][A-Z][A-Z0-9&]+)?)(?:['’]s?)?[ ]+(?:members?|leader|maknae)\b"
)
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}[a-z]+\w*")
_ROW_SPLIT = re.compile(r"[,&/|·•()]")
_WORD = re.compile(r"\b[A-Za-z][a-z]+\b")
def _hyphened_given_name(name: str) -> str | None:
    """ "Lee Seung-hyub" for "Lee Seunghyub": a Korean full name whose given name is written as one word,
    split into its two syllables (the longest first syllable whose second starts with a consonant, else the
    longest; 98% right on the roster's own hyphenated names, and a wrong split is a spelling no text uses)."""
    words = name.split(" ")
    if len(words) != 2 or words[0] not in _KOREAN_SURNAMES:
        return None
    given = words[1]
    if len(given) < 4 or not given.isascii() or not given.isalpha() or not given[0].isupper() \
            or not given[1:].islower():
        return None
    low = given.lower()
    if _GIVEN_SYL.fullmatch(low):
        return None  # one syllable ("Hoon")
    best: tuple[str, str] | None = None
    for i in range(len(low) - 1, 0, -1):
        first, second = low[:i], low[i:]
        if _GIVEN_SYL.fullmatch(first) and _GIVEN_SYL.fullmatch(second):
            if second[0] not in "aeiou":
                best = (first, second)
                break
            best = best or (first, second)
    if best is None:
        return None
    return f"{words[0]} {best[0].capitalize()}-{best[1]}"


# Words of four letters or more (each a whole word run), by their first letter: the Title Case test counts
# them and the capitalized ones in one pass.
_WORD4_FIRST = re.compile(r"\b([A-Za-z])[a-z]{3,}\b(?!['’])")  # (a possessive, "aespa's", is a name: not counted)
_WORD4 = re.compile(r"\b[a-z][a-z_0-9]{3,}\b(?!['’])")
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z0-9&]{1,}\b")
# ---- speed: first-character lookaheads for the patterns searched most (same matches; see bot/rxfast.py)
_CUE_BEFORE, _TOKSPLIT, _WORD4_FIRST = map(lead, (_CUE_BEFORE, _TOKSPLIT, _WORD4_FIRST))


@dataclass(frozen=True, slots=True)
class _Entry:
    artist_id: str  # "" for blocked names
    via: str
    form: str  # the alias as written in the roster (for case checks)
    tokens: tuple[str, ...]  # form split on spaces/hyphens (case check per token)
    case: str  # 'any' | 'upper' | 'cap'
    ambiguous: bool
    hangul_tail: bool  # pattern ends in Hangul: particles may follow
    common: bool = False  # the spelling is an ordinary word ("Twice", "Winter")
    latin_tail: bool = False  # a Latin group name glued to Korean text ("BTS의", "NCT가")
    group: str = ""  # for via='fandom': the group whose fans these are (evidence, never a mention)


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    entries: tuple[_Entry, ...]
    surface: str
    blocked: bool = False
    sure: str = ""  # the one artist every entry names, when none needs evidence
    weak: bool = False  # inside a quoted title ('Run BTS', "Haru Haru"): counts only if named elsewhere
    bare: bool = False  # every entry is an ambiguous ordinary word ("Twice"): see _bare_word


# What the automaton stores per key: (key length, every entry wants a capital first letter, the name entries
# (role words excluded), the one sure artist id or "", and None for a plain name key or else (tail kind
# 0 none / 1 Hangul / 2 Latin-before-Hangul, cue kind "" | "cue" | "credit" | "work", job 0 | 1 craft |
# 2 untagged, blocked)).
_Key = tuple[int, bool, tuple["_Entry", ...], str, tuple[int, str, int, bool] | None]


_START = attrgetter("start")
_START_END = attrgetter("start", "end")


def _longest_first(run: list[_Cand]) -> list[_Cand]:
    """The non-overlapping winners of a run of overlapping matches, longest first, then leftmost."""
    if len(run) == 2:  # the usual run: two matches that overlap, so one wins (the first on a tie)
        a, b = run
        return [a] if a.end - a.start >= b.end - b.start else [b]
    run.sort(key=lambda c: (c.start - c.end, c.start))
    won: list[_Cand] = []
    for c in run:
        if all(c.end <= w.start or w.end <= c.start for w in won):
            won.append(c)
    won.sort(key=_START)
    return won


def _sure_id(ents: tuple[_Entry, ...]) -> str:
    ids = {e.artist_id for e in ents}
    if len(ids) == 1 and all(not e.ambiguous and e.via != "epithet" and e.artist_id for e in ents):
        return ents[0].artist_id
    return ""


class Tagger:
    """Tags roster artists (and provisional newcomers) in one story text.

    Built once per roster: building the automaton is the expensive part; ``tag`` is pure and thread-safe
    except for the bounded cache of provisional names that ``describe`` reads.
    """

    def __init__(self, roster: Roster, max_provisional: int = 10_000) -> None:
        self.roster = roster
        self._provisional: OrderedDict[str, str] = OrderedDict()
        self._given_cache: dict[str, frozenset[str]] = {}
        self._provisional_kind: dict[str, str] = {}  # "new:..." ids introduced as groups ("girl group ODETTE")
        self._max_provisional = max_provisional
        self._case_memo: dict[str, tuple[tuple[_Entry, ...], str, bool]] = {}
        self._epithet_memo: dict[tuple[str, str], tuple[str, int, int]] = {}
        self._common = roster.common_words
        self._not_words = roster.not_words
        # names styled in lower case ("aespa", "fromis_9"): a headline's Title Case test does not count them
        self._lower_styled = frozenset(
            n.lower() for a in roster for n in (a.name, *a.aliases) if n[:1].islower() and " " not in n
        )
        # names that start with a symbol ("&TEAM"): normalized, the symbol is gone and what is left is a common
        # word, so they are found as written, in their own case, by one small pattern
        symbolic = {n: a.id for a in roster for n in (a.name, *a.aliases) if n[:1] in "&#@+" and len(n) > 2}
        self._symbolic = symbolic
        self._symbolic_heads = tuple({n[:2] for n in symbolic})  # one of these must be in a text for a match
        self._symbolic_re = (
            re.compile(r"(?<![\w&#@+])(?:" + "|".join(map(re.escape, sorted(symbolic, key=len, reverse=True)))
                       + r")(?![\w&])")
            if symbolic
            else None
        )
        self._related: dict[str, frozenset[str]] = {}
        self._surname: dict[str, str] = {}
        self._first_name: dict[str, str] = {}  # "Jackson" for Jackson Wang: fans and writers use it alone
        keyed: dict[str, list[_Entry]] = {}
        epithet_owners: dict[str, set[str]] = {}
        for a in roster:
            rel = set(a.groups) | set(a.former_groups) | set(a.members)
            for g in (*a.groups, *a.former_groups):
                ga = roster.get(g)
                if ga is not None:
                    rel.update(ga.groups)  # parent of a sub-unit
                if a.kind != "group":
                    rel.update(m.id for m in roster.members_of(g))  # bandmates vouch for each other
            rel.discard(a.id)
            self._related[a.id] = frozenset(rel)
            if a.kind in ("person", "soloist"):
                sur = _surname_of(a.name)
                if sur:
                    self._surname[a.id] = sur
            if a.kind != "group" and (first := _first_name_of(a.name)) and fold(first) not in roster.common_words:
                self._first_name[a.id] = first  # ("Summer", "Hope": ordinary words, never a name on their own)
            for i, n in enumerate(a.all_names):
                via = "name" if i == 0 else ("hangul" if _HANGUL_RE.search(n) else "alias")
                self._add(keyed, n, a, via)
                if a.kind == "group" and n.isascii() and _case_mode(n) != "any" and len(fold(n)) >= 2 \
                        and not any(c.islower() for c in n):
                    self._add_pattern(keyed, n, replace(self._entry(a, n, via), latin_tail=True))
            for e in a.epithets:
                epithet_owners.setdefault(fold(e.removeprefix("the ").removeprefix("The ")), set()).add(a.id)
        for a in roster:
            for e in a.epithets:
                form = e.removeprefix("the ").removeprefix("The ")
                owners = epithet_owners.get(fold(form), set())
                forms = [form]
                for gid in a.groups:  # "the BTS maknae" is also "BTS' maknae" and "BTS's maknae"
                    grp = roster.get(gid)
                    if grp is not None and form.startswith(grp.name + " "):
                        rest = form[len(grp.name):]
                        forms += [f"{grp.name}'s{rest}", f"{grp.name}'{rest}"]
                for f in forms:
                    self._add_pattern(keyed, f, _Entry(a.id, "epithet", f, _tokens(f), "cap", len(owners) > 1, False))
        for w in _ROLE_WORDS:
            for f in (w, w + "s" if not w.endswith("s") else w, "actresses" if w == "actress" else w):
                self._add_pattern(keyed, f, _Entry(_CUE, "cue", f, _tokens(f), "any", False, False))
        for w in _CREDIT_WORDS:
            self._add_pattern(keyed, w, _Entry(_CUE, "credit", w, _tokens(w), "any", False, False))
        for w in _WORK_WORDS:
            self._add_pattern(keyed, w, _Entry(_CUE, "work", w, _tokens(w), "any", False, False))
        for w in _UNTAGGED_JOBS | _CRAFT_JOBS:
            self._add_pattern(keyed, w, _Entry(_CUE, "job", w, _tokens(w), "any", False, False))
        # A blocked name only matters where it covers an artist's name ("Jimmy Kimmel Live", fandom "Black
        # Rose"); the others would only cost matching time.
        for b in (*roster.block, *(f for f in roster.fandoms), *(f + "s" for f in roster.fandoms)):
            if len(fold(b)) < 2:
                continue
            words = _pattern(b).split(" ")
            spans = (" " + " ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
            if any(any(e.artist_id for e in keyed.get(sp + " ", ())) or sp in keyed for sp in spans):
                self._add_pattern(keyed, b, _Entry("", "block", b, _tokens(b), _case_mode(b), False, False))
        # Fandom names are never tagged, but "ARMY" in a story is evidence for BTS (and so for "Jin").
        for fandom, gid in roster.fandoms.items():
            if len(fold(fandom)) >= 3:
                for f in (fandom, fandom + "s"):
                    self._add_pattern(keyed, f, _Entry("", "fandom", f, _tokens(f), _case_mode(f), False, False,
                                                       group=gid))
        # Each key's value carries everything the matching loop needs, so a hit costs one tuple unpack.
        self._auto = ahocorasick.Automaton()
        # Latin group names glued to Korean text ("BTS의") need a Hangul syllable after them: their keys
        # (" bts", " soc"...) also hit every "BTS " and "social" in English text, so they live in a second
        # automaton that only texts holding Hangul are run through.
        self._tail_auto = ahocorasick.Automaton()
        n_tail = 0
        for key, entries in keyed.items():
            ents = tuple(e for e in entries if e.artist_id != _CUE)
            cue = next((e.via for e in entries if e.artist_id == _CUE and e.via in ("cue", "credit", "work")), "")
            job = next((e.form for e in entries if e.artist_id == _CUE and e.via == "job"), "")
            upper_first = all(e.case != "any" and _first_letter(e.form).isupper()
                              and e.form[:1] == _first_letter(e.form) for e in entries)
            tail = 0 if not ents else 1 if ents[0].hangul_tail else 2 if ents[0].latin_tail else 0
            job_kind = 2 if job in _UNTAGGED_JOBS else 1 if job else 0
            blocked = any(e.artist_id == "" for e in entries)
            special = (tail, cue, job_kind, blocked) if tail or cue or job_kind or blocked else None
            info: _Key = (len(key), upper_first, ents, _sure_id(ents), special)
            if tail == 2:
                self._tail_auto.add_word(key, info)
                n_tail += 1
            else:
                self._auto.add_word(key, info)
        self._auto.make_automaton()
        self._has_tail_auto = n_tail > 0
        # the artists with Korean legal given names (most have none): _given_names asks once per story artist
        self._given_of = {a.id: given for a in roster if (given := self._given(a.id))}
        if self._has_tail_auto:
            self._tail_auto.make_automaton()
        self._blocked_keys = frozenset(fold(b) for b in (*roster.block, *roster.fandoms))

    # ------------------------------------------------------------------ building
    def _add(self, keyed: dict[str, list[_Entry]], name: str, a: Artist, via: str) -> None:
        forms = {name}
        plain = _strip_accents(name)
        if plain != name:
            forms.add(plain)
        hyphened = _hyphened_given_name(name)
        if hyphened is not None and hyphened != a.name and hyphened not in a.aliases:
            forms.add(hyphened)  # "Lee Seunghyub" is also written "Lee Seung-hyub" and "Lee Seung Hyub"
        surname, _sp, given = name.partition(" ")
        other = _SURNAME_SPELLINGS.get(surname)
        if other is not None and given and a.kind != "group":
            # "Jung Eun-ji" is also written "Jeong Eun Ji": the press spells some surnames both ways
            forms.update(other + f[len(surname):] for f in list(forms) if f.startswith(surname + " "))
        for form in forms:
            self._add_pattern(keyed, form, self._entry(a, form, via))

    def _entry(self, a: Artist, form: str, via: str) -> _Entry:
        hangul = bool(_HANGUL_RE.search(form))
        case = _case_mode(form)
        amb = self._is_ambiguous(a, form, case, via, hangul)
        return _Entry(a.id, via, form, _tokens(form), case, amb, hangul and _is_hangul(form.rstrip()[-1]),
                      fold(form) in self._common)

    def _is_ambiguous(self, a: Artist, form: str, case: str, via: str, hangul: bool) -> bool:
        """Whether this spelling needs evidence from the story before it counts as ``a``."""
        key = fold(form)
        if hangul:
            return len(key) <= 1
        words = form.split()
        if len(words) > 1 and via == "alias" and a.kind == "member" and a.prominence < 30 \
                and words[0] in _KOREAN_SURNAMES:
            return True  # an obscure idol's legal name ("Kim Minji") is more likely someone else's
        if len(words) > 1:
            # "The Wind", "Good Day": a minor group whose name is an ordinary phrase
            return a.kind == "group" and (a.ambiguous or a.prominence < 30) and any(
                w.casefold() in self._common or w in ("The", "the") for w in words)
        if key in self._common and form.isascii():
            return True
        if len(key) <= 1:
            return True
        if not a.ambiguous and len(key) >= 4 and key in self._not_words and form.isascii():
            return False  # "Rowoon", "Penomeco": no English word, so a capitalized one can only be a name
        if not a.ambiguous and _DISTINCT_TOKEN.fullmatch(form) and not _CLOCK_TIME.fullmatch(key):
            return False  # "Kian84", "pH-1", "H1-KEY": letters and digits together are nobody's ordinary word
        if a.ambiguous and (key == fold(a.name) or len(key) <= 3):
            # "Rosé" with its accent is no English word; a capitalized "Lisa" is enough for a star
            return not ((not form.isascii() or a.prominence >= 90) and len(key) >= 4)
        if len(key) <= 3:
            return not (case == "upper" and (a.prominence >= 60 or any(c.isdigit() for c in key)))
        if a.kind == "group":
            return a.prominence < 30
        return a.prominence < 40 and via != "hangul"

    def _add_pattern(self, keyed: dict[str, list[_Entry]], form: str, entry: _Entry) -> None:
        pat = _pattern(form)
        if not pat or (pat.isdigit() and len(pat) <= 2):
            return
        key = " " + pat if entry.hangul_tail or entry.latin_tail else " " + pat + " "
        lst = keyed.setdefault(key, [])
        if all(e.artist_id != entry.artist_id or e.via != entry.via or e.group != entry.group for e in lst):
            lst.append(entry)

    # ------------------------------------------------------------------ public API
    def tag(self, text: str) -> list[Mention]:
        norm, hangul = _normalize(text)
        norm = " " + norm + " "
        cues: list[tuple[int, int, str]] = []
        jobs: dict[int, int] = {}
        cands = self._candidates(text, norm, cues, jobs, hangul)
        listy = self._list_lines(text, cands)
        chosen = self._drop_list_lines(text, self._resolve(text, cands, listy, jobs), listy)
        chosen = self._given_names(text, chosen)
        plays = any(k in norm for k in _PLAYS_KEYS)  # (one look a story, in the lower-cased text: most name no part)
        # "team up for 'Winter' dance challenge", "Taeyeon's 'Rain'": a quoted ordinary word is a title, not its
        # namesake ("'Jungkook' trended" is still the person)
        chosen = [m for m in chosen if not self._quoted_common_word(text, m) and not _clock_time(text, m)
                  and not _not_a_person(text, m, plays)]
        if self._symbolic_re is not None and any(h in text for h in self._symbolic_heads):
            chosen = self._symbol_names(text, chosen)
        occupied = _Occupied(len(text), chosen)  # built once: the later passes start from copies of it
        news = self._provisionals(text, chosen, cues, occupied.copy())
        news.extend(self._group_heads(text, [*chosen, *news]))
        # ("at 6 PM KST, the singer released ...": a time of day)
        news = [
            m for m in news if not (m.surface in _MERIDIEM and _DIGIT_BEFORE.search(text, max(0, m.start - 3), m.start))
            and not _not_a_person(text, m, plays)
        ]
        if news:
            # roster names inside a newcomer's longer name ("Jay" in "rapper Jay Crown") give way to it
            wide = [(m.start, m.end) for m in news if " " in m.surface]
            if wide:
                chosen = [m for m in chosen if not any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end)
                                                       for a, b in wide)]
            chosen.extend(news)
            for m in news:  # (the mentions dropped above lie inside these, so the marks stay right)
                occupied.add(m.start, m.end)
        chosen.extend(self._surnames(text, chosen, occupied))
        chosen.sort(key=_START_END)
        if " (" in text:
            chosen = _bracketed_same_person(text, chosen, self.roster)
        nxt = _NEXT_STORY.search(text) if "Source[" in text else None
        if nxt is not None:  # the next story's teaser under the footnotes: none of its names are this story's
            chosen = [m for m in chosen if m.start < nxt.start()]
        if has_feed_trailer(text):
            # a feed excerpt's "… Continue reading <its own title> The post <title> appeared first on ...":
            # the title again, not more of the story
            trailers = [(t.start(), t.end()) for t in CONTINUE_TRAILER.finditer(text)]
            chosen = [m for m in chosen if not any(a <= m.start < b for a, b in trailers)]
        return chosen

    def _symbol_names(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """ "&TEAM's EJ": the names that start with a symbol, as written; a mention inside one gives way."""
        assert self._symbolic_re is not None
        found = [
            Mention(self._symbolic[m.group()], m.start(), m.end(), m.group(), "name")
            for m in self._symbolic_re.finditer(text)
        ]
        if not found:
            return chosen
        kept = [c for c in chosen if not any(f.start <= c.start < f.end or c.start <= f.start < c.end for f in found)]
        return sorted([*kept, *found], key=_START_END)

    def _quoted_common_word(self, text: str, m: Mention) -> bool:
        if " " in m.surface or not _quoted_word(text, m.start, m.end):
            return False
        a = self.roster.get(m.artist_id)
        return fold(m.surface) in self._common or (a is not None and a.ambiguous)

    def describe(self, artist_id: str) -> ArtistRef:
        a = self.roster.get(artist_id)
        if a is not None:
            return a.ref()
        name = self._provisional.get(artist_id)
        if name is None:
            slug = artist_id.removeprefix("new:")
            name = " ".join(w.capitalize() for w in slug.split("-") if w) or artist_id
        return ArtistRef(id=artist_id, name=name, kind=self._provisional_kind.get(artist_id, "person"))

    def provisional(self, name: str) -> ArtistRef:
        """The provisional artist for ``name`` ("Heon Seo" -> new:heon-seo), remembered for ``describe``.

        Storage can call this at start for the provisional artists it holds, so their display names survive
        a restart.
        """
        pid = "new:" + _slug(name)
        self._remember(pid, name)
        return ArtistRef(id=pid, name=name, kind="person")

    def artists(self, mentions: Iterable[Mention]) -> list[ArtistRef]:
        seen: dict[str, ArtistRef] = {}
        for m in mentions:
            if m.artist_id not in seen:
                seen[m.artist_id] = self.describe(m.artist_id)
        return list(seen.values())

    # ------------------------------------------------------------------ matching
    def _candidates(self, text: str, norm: str, cues: list[tuple[int, int, str]], jobs: dict[int, int],
                    hangul: bool) -> list[_Cand]:
        """Non-overlapping name matches (longest wins); role-word end offsets go to ``cues``."""
        raw: list[_Cand] = []
        memo = self._case_memo  # a pure function of the surface (which fixes the key): shared across stories
        if len(memo) > _CASE_MEMO_MAX:
            memo.clear()
        for end_idx, (plen, upper_first, ents, sure, special) in self._auto.iter(norm):
            # The key " name " (" name" for Hangul tails) ends at norm[end_idx]; norm is text shifted by one.
            start = end_idx - plen + 1
            if upper_first and text[start].islower():
                continue  # "seventeen", "hope", "joy": every entry wants a capital here
            if special is None:  # a plain name key (most hits)
                end = end_idx - 1
                if (text[end : end + 1] == "." or text[start - 1 : start] == ".") and _in_dotted_abbreviation(
                    text, start, end
                ):
                    continue
                surface = text[start:end]
                if surface == "I":
                    continue  # the pronoun, whatever a role word before it says ("artists I've worked with")
                if text[end : end + 1] == "-" and " " in surface and _SYLLABLE_TAIL.match(text, end):
                    continue  # "Choi Min-jae" is not "Choi Min": a Korean given name goes on after the hyphen
                key = surface
            else:
                tail, cue, job, blocked = special
                if tail:  # a Hangul name: Korean particles may follow inside the word (정국이)
                    end = end_idx
                    tail_end = end
                    ntext = len(text)
                    while tail_end < ntext and _is_hangul(text[tail_end]):
                        tail_end += 1
                    if tail_end > end and text[end:tail_end] not in _PARTICLES:
                        continue
                else:
                    end = end_idx - 1
                if _in_dotted_abbreviation(text, start, end):
                    continue
                if job:
                    jobs[end] = job  # keyed by the space after the job word
                if cue:
                    cues.append((start, end, cue))  # Title Case lines are ruled out later
                    if not ents:
                        continue
                surface = text[start:end]
                if blocked:
                    raw.append(_Cand(start, end, ents, surface, True))
                    continue
                key = surface if not tail else "\x00" + surface
            hit = memo.get(key)
            if hit is None:
                hit = memo[key] = self._case_filter(ents, sure, surface)
            if hit[0]:
                raw.append(_Cand(start, end, hit[0], surface, False, hit[1], False, hit[2]))
        if hangul and self._has_tail_auto:
            ntext = len(text)
            for end_idx, (plen, _u, ents, sure, _s) in self._tail_auto.iter(norm):
                end = end_idx
                if end >= ntext or not _is_hangul(text[end]):
                    continue  # followed by a space or punctuation: the plain key matched already
                start = end_idx - plen + 1
                if _in_dotted_abbreviation(text, start, end):
                    continue
                surface = text[start:end]
                hit = self._case_filter(ents, sure, surface)
                if hit[0]:
                    raw.append(_Cand(start, end, hit[0], surface, False, hit[1], False, hit[2]))
        if len(raw) < 2:
            return raw
        raw.sort(key=_START)
        # Longest match wins where spans overlap (names, blocks and epithets alike). Only runs of overlapping
        # matches need sorting: a run's winners never block a match outside it.
        out: list[_Cand] = []
        run: list[_Cand] = []  # the current run's matches after its first (most runs have none)
        head = raw[0]
        run_end = head.end
        for c in raw[1:]:
            if c.start >= run_end:
                if run:
                    run.insert(0, head)
                    out.extend(_longest_first(run))
                    run = []
                else:
                    out.append(head)
                head = c
                run_end = c.end
            else:
                run.append(c)
                if c.end > run_end:
                    run_end = c.end
        if run:
            run.insert(0, head)
            out.extend(_longest_first(run))
        else:
            out.append(head)
        return out

    # ------------------------------------------------------------------ deciding
    def _case_filter(self, ents: tuple[_Entry, ...], sure: str, surface: str) -> tuple[tuple[_Entry, ...], str, bool]:
        """The entries whose case rule ``surface`` meets, their sure id, and whether all are bare words."""
        ok = tuple(e for e in ents if self._case_ok(e, surface))
        if len(ok) != len(ents):
            sure = _sure_id(ok)
        return ok, sure, all(e.ambiguous and e.common for e in ok)

    def _case_ok(self, e: _Entry, surface: str) -> bool:
        if e.case == "any" or surface == e.form:
            return True
        if e.case == "upper":
            return not any(c.islower() for c in surface)
        stoks = _tokens(surface)
        if len(stoks) != len(e.tokens):
            return _first_letter(surface).isupper()
        if "-" in surface:
            # "Ni-ki", "So-hee": after a hyphen the syllable's capital is a matter of house style
            words, forms = surface.split(), e.form.split()
            if len(words) == len(forms):
                stoks, ftoks = tuple(words), tuple(forms)
                return all(not _first_letter(f).isupper() or _first_letter(w).isupper()
                           for w, f in zip(stoks, ftoks, strict=True))
        for st, at in zip(stoks, e.tokens, strict=True):
            if _first_letter(at).isupper() and not _first_letter(st).isupper():
                return False
        return True

    def _resolve(self, text: str, cands: list[_Cand], listy: frozenset[int] | set[int] = frozenset(),
                 jobs: dict[int, int] | None = None) -> list[Mention]:
        jobs = jobs or {}
        opens = _OpenQuotes(text)
        confident: set[str] = set()
        pending: list[_Cand] = []
        decided: dict[int, _Entry] = {}
        starts: set[int] | None = None  # built when first needed (a few candidates a story)
        ends: set[int] = set()
        works: set[str] = set()  # names this story uses as a song's title ("his new single, Paper Planes,")
        for c in cands:
            if c.blocked:  # agency, platform, show, fandom...
                for en in c.entries:
                    if en.via == "fandom" and c.surface == en.form:
                        confident.add(en.group)
                continue
            ce, st = c.end, c.start
            nx = text[ce:ce + 1]
            pv = text[st - 1:st]
            if pv in ("@", "/") or nx == "/" or (pv == "." and nx == "."):
                continue  # an @handle, a URL path or a domain, never an artist mention
            if (nx == " " and text[ce + 1:ce + 2].isupper()) or (nx == "-" and text[ce + 1:ce + 2].isalpha()) \
                    or (st >= 2 and text[st - 1] in " -" and text[st - 2].isalpha()
                        and text[text.rfind(" ", 0, st - 1) + 1].isupper()):
                if starts is None:
                    starts = {k.start for k in cands}
                    ends = {k.end for k in cands}
                if self._inside_longer_name(text, c, starts, ends):
                    continue
            job = jobs.get(st - 1) if pv == " " else None
            if job is None and pv == " " and _HEADED_BY.search(text, max(0, st - 16), st):
                job = 2  # "The Black Label, headed by Teddy": named as the agency's head (LABELING: not tagged)
            if ((text[ce:ce + 1] in _TITLE_END_CHARS or text.startswith(_TITLE_END_WORDS, ce))
                    and (wm := _WORK_NOUN_BEFORE.search(text, max(0, st - 24), st)) is not None
                    # ('a post titled "ZICO is following 0 people"': a quoted sentence, no work's name)
                    and (text[ce:ce + 1] in "\"”" or text.startswith(" (", ce)
                         or not wm.group().lower().startswith("titled"))
                    and _TITLE_END_AFTER.match(text, ce)) \
                    or (c.surface in works and not _POSS_BEFORE.search(text, max(0, st - 4), st)
                        # (one word may be a person the first reading took for a title: "song, KN,")
                        and (" " in c.surface or all(e.ambiguous or e.common for e in c.entries))):
                works.add(c.surface)
                # "released his new single, Paper Planes, featuring Seulgi": the song, not the duo (and so is
                # every later "Paper Planes" of this story: "Paper Planes forever", "About Paper Planes")
                continue
            if st >= 4 and text[st - 4:st] == "the " and c.entries and all(e.common for e in c.entries) \
                    and not c.surface.isupper():
                continue  # "Paris in the Rain", "the Winter of 2025": the ordinary word after an article
            if ("'" in c.surface or "’" in c.surface) and not any("'" in e.form or "’" in e.form for e in c.entries):
                continue  # "I'M NOT OKAY" in a shouted tweet: a contraction, not MONSTA X's I.M
            if text[ce:ce + 1] == "," and _APPOSITIVE_JOB.match(text, ce) and not c.surface.isupper():
                continue  # "said Kim Jin-woo, a data analyst at Circle Chart": a namesake with another job
            if job == 2 and not _CREDITED_BY.search(text, max(0, st - 60), st):
                continue  # "CEO Park Jin-young", "reporter Kim Min-ji": not tagged as artists (but "produced by
                # THEBLACKLABEL's founder Teddy" names the producer)
            if job == 1 and self._legal_name_of_idol(c):
                continue  # "producer Kim Dong-hyun" is someone else; provisional, not the idol
            if opens.before(st) and _quoted_title(text, st, ce) and not (
                    c.sure and text[st - 1:st] in _QUOTES and text[ce:ce + 1] in _QUOTES
                    and self._kind(c.sure) != "group"):
                c.weak = True  # but a lone quoted person's name ('Jungkook' trended) is still the person
            elif c.sure:
                decided[len(pending)] = c.entries[0]
            pending.append(c)
        # "BTS' V", "2PM's Wooyoung", "Taeyeon of Girls' Generation": the pair vouches for both names.
        for i in range(len(pending) - 1):
            c1, c2 = pending[i], pending[i + 1]
            if c1.sure and c2.sure:
                continue
            between = text[c1.end:c2.start]
            if len(between) > 30:
                continue
            if _GROUP_THEN_MEMBER.fullmatch(between):
                pair = self._pair(c1.entries, c2.entries)
                if pair:
                    decided.setdefault(i, pair[0])
                    decided.setdefault(i + 1, pair[1])
            elif _MEMBER_THEN_GROUP.fullmatch(between):
                pair = self._pair(c2.entries, c1.entries)
                if pair:
                    decided.setdefault(i + 1, pair[0])
                    decided.setdefault(i, pair[1])
        for i, e in decided.items():
            if not listy or text.rfind("\n", 0, pending[i].start) + 1 not in listy:
                confident.add(e.artist_id)  # page noise vouches for nobody
        # Evidence propagates: a confident member makes its ambiguous group count, and the reverse.
        todo = [i for i in range(len(pending)) if i not in decided]
        local: dict[int, bool] = {}
        while todo:
            left = []
            for i in todo:
                pick = self._pick(text, pending[i], confident, local, i)
                if pick is not None:
                    decided[i] = pick
                    if not listy or text.rfind("\n", 0, pending[i].start) + 1 not in listy:
                        confident.add(pick.artist_id)
                else:
                    left.append(i)
            if len(left) == len(todo):
                # "Rain and TWS' Shinyu take on 'Gang'": a capitalized name coordinated with an artist already
                # decided is one of the acts named together (a common word is not listed beside an idol)
                joined = [i for i in left if self._beside_decided(text, pending, decided, i)]
                if not joined:
                    break
                for i in joined:
                    decided[i] = self._most_prominent(list(pending[i].entries))
                    confident.add(decided[i].artist_id)
                left = [i for i in left if i not in decided]
            todo = left
        out: list[Mention] = []
        for i, e in decided.items():
            c = pending[i]
            if e.via == "epithet":
                out.extend(self._split_epithet(c, e))
            else:
                out.append(Mention(e.artist_id, c.start, c.end, c.surface, e.via))
        return out

    @staticmethod
    def _beside_decided(text: str, pending: list[_Cand], decided: dict[int, _Entry], i: int) -> bool:
        c = pending[i]
        if not c.surface[:1].isupper() or len(c.surface) < 3 or c.weak or c.entries[0].via == "epithet":
            return False
        nxt = pending[i + 1] if i + 1 < len(pending) else None
        prv = pending[i - 1] if i > 0 else None
        return bool(
            (nxt is not None and i + 1 in decided and _COORDINATOR.fullmatch(text, c.end, nxt.start))
            or (prv is not None and i - 1 in decided and _COORDINATOR.fullmatch(text, prv.end, c.start))
        )

    def _given(self, artist_id: str) -> frozenset[str]:
        """Folded given names from an artist's Korean legal names ("Park Sooyoung" -> "sooyoung")."""
        got = self._given_cache.get(artist_id)
        if got is None:
            a = self.roster.get(artist_id)
            if a is None:
                return _EMPTY  # provisional ids are not cached: the cache stays as small as the roster
            keys = set()
            for n in a.aliases if a.kind != "group" else ():
                words = n.split()
                if len(words) >= 2 and words[0] in _KOREAN_SURNAMES:
                    keys.add(fold("".join(words[1:])))
                elif len(n) == 3 and n[0] in _HANGUL_SURNAMES and all(_is_hangul(ch) for ch in n):
                    keys.add(fold(n[1:]))  # "이지은": a one-syllable surname, then the given name "지은"
            got = self._given_cache[artist_id] = frozenset(keys)
        return got

    def _given_names(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """"Sooyoung-ah" in a story about Red Velvet's Joy (Park Sooyoung) is Joy, not another Sooyoung.

        "Seung Yeon" beside actress Gong Seung-yeon is her, and "Chan" in "Chan Won" beside Lee Chan-won is
        him (an alias followed by the rest of the given name). A one- or two-word name that is the given name
        of an idol the story names, standing for an artist with no other support in the story (no group or
        bandmate named), is that idol called by her own name.
        """
        ids = {m.artist_id for m in chosen}
        if len(ids) < 2:
            return chosen
        given_of = self._given_of
        given = {x: given_of[x] for x in ids if x in given_of}
        if not given:
            return chosen
        any_given = frozenset().union(*given.values())
        remap: dict[tuple[str, str], str] = {}
        tried: set[tuple[str, str]] = set()
        grow: dict[int, int] = {}  # index in chosen -> new end ("Chan" + " Won": the given name "Chan Won")
        for i, m in enumerate(chosen):
            sf = m.surface
            if sf.count(" ") > 1 or m.via not in ("name", "alias", "hangul"):
                continue
            key = fold(sf)
            if key not in any_given:
                nxt = _GIVEN_NAME_REST.match(text, m.end) if " " not in sf else None
                if nxt is None or key + nxt.group(1).lower() not in any_given:
                    continue  # (almost every mention: no idol of this story has that given name)
                key += nxt.group(1).lower()
                grow[i] = nxt.end()
            k = (m.artist_id, sf) if i not in grow else (str(i), sf)
            if k in tried:
                continue
            tried.add(k)
            owners = [x for x, g in given.items() if x != m.artist_id and key in g]
            # (the whole given name spelled out needs no check of the alias owner's group in the story)
            if len(owners) == 1 and (i in grow or self._related.get(m.artist_id, _EMPTY).isdisjoint(ids)):
                remap[k] = owners[0]
            else:
                grow.pop(i, None)
        if not remap:
            return chosen
        out: list[Mention] = []
        for i, m in enumerate(chosen):
            if i in grow:
                if i + 1 >= len(chosen) or chosen[i + 1].start >= grow[i]:
                    end = grow[i]
                    m = Mention(remap[(str(i), m.surface)], m.start, end, text[m.start : end], m.via)
                out.append(m)
            elif (m.artist_id, m.surface) in remap:
                out.append(replace(m, artist_id=remap[(m.artist_id, m.surface)]))
            else:
                out.append(m)
        return out

    def _split_epithet(self, c: _Cand, e: _Entry) -> list[Mention]:
        """"BTS' maknae" names BTS too: a group at the head of an epithet gets its own mention."""
        key = (c.surface, e.artist_id)
        split = self._epithet_memo.get(key)
        if split is None:
            if len(self._epithet_memo) > _CASE_MEMO_MAX:
                self._epithet_memo.clear()
            split = self._epithet_memo[key] = self._epithet_split(c.surface, e.artist_id)
        gid, glen, rest = split
        if gid:
            return [Mention(gid, c.start, c.start + glen, c.surface[:glen], "name"),
                    Mention(e.artist_id, c.start + rest, c.end, c.surface[rest:], "epithet")]
        return [Mention(e.artist_id, c.start, c.end, c.surface, e.via)]

    def _epithet_split(self, surface: str, artist_id: str) -> tuple[str, int, int]:
        """(group id, length of the group's name, where the epithet proper starts) or ("", 0, 0): a pure
        function of the surface and the roster, so _split_epithet keeps it."""
        a = self.roster.get(artist_id)
        low = surface.lower()
        for gid in (*a.groups, *a.former_groups) if a else ():
            g = self.roster.get(gid)
            if g is None:
                continue
            for n in g.all_names:
                n_low = n.lower()
                if low.startswith(n_low) and len(low) > len(n_low) and not low[len(n_low)].isalnum():
                    glue = _EPITHET_GLUE.match(surface, len(n))
                    if glue:
                        return gid, len(n), glue.end()
        return "", 0, 0

    @staticmethod
    def _list_lines(text: str, cands: list[_Cand]) -> set[int]:
        """Starts of page-noise lines: rows of names and separators ("Kim Seon Ho, Suzy", "ILLIT").

        Never the first line (the title).
        """
        listy: set[int] = set()
        i = 0
        n = len(cands)
        while i < n:
            c = cands[i]
            ls = text.rfind("\n", 0, c.start) + 1
            le = text.find("\n", c.start)
            line_end = le if le >= 0 else len(text)
            first = i
            while i < n and cands[i].start < line_end:  # every name-like match on the line, accepted or not
                i += 1
            if ls == 0:
                continue
            names = [c for c in cands[first:i] if c.end <= line_end and not c.blocked]
            if not names:
                continue
            head = text[ls:ls + 24].lstrip(" \t")
            if head[:1] in ("•", "·", "▶", "►", "→") or head.lower().lstrip("*-–>").startswith(_RELATED_HEADS):
                listy.add(ls)  # "ALSO READ: ..." or a bulleted link: another story, not this one
                continue
            if page_furniture(text, ls):
                listy.add(ls)  # a byline, a link under "Related Articles", a fan comment
                continue
            if line_end - ls > 160:
                continue  # (most lines: prose paragraphs, so the text between names is never cut out)
            rest = []
            pos = ls
            for c in names:
                rest.append(text[pos:c.start])
                pos = c.end
            rest.append(text[pos:line_end])
            left = "".join(rest)
            if (
                (_LIST_REST.fullmatch(left) or ("," in left and _name_row(left)))
                and not content_line(text, ls)
            ):
                listy.add(ls)
        return listy

    @staticmethod
    def _drop_list_lines(text: str, mentions: list[Mention], listy: set[int]) -> list[Mention]:
        """Page noise names people the story is not about: a mention on a list line counts only if the same
        artist is also named in a line of prose."""
        if not listy or not mentions:
            return mentions
        line_of = [text.rfind("\n", 0, m.start) + 1 for m in mentions]
        prose_ids = {m.artist_id for m, ls in zip(mentions, line_of, strict=True) if ls not in listy}
        return [m for m, ls in zip(mentions, line_of, strict=True) if ls not in listy or m.artist_id in prose_ids]

    def _legal_name_of_idol(self, c: _Cand) -> bool:
        """Whether every reading of ``c`` is a group member's legal name ("Kim Donghyun"), not a stage name."""
        for e in c.entries:
            a = self.roster.get(e.artist_id)
            if a is None or e.via != "alias" or a.kind != "member" or fold(e.form) == fold(a.name):
                return False
            if e.form.split()[0] not in _KOREAN_SURNAMES:
                return False
        return True

    def _pair(self, groups: tuple[_Entry, ...], members: tuple[_Entry, ...]) -> tuple[_Entry, _Entry] | None:
        best: tuple[_Entry, _Entry] | None = None
        best_p = -1.0
        for g in groups:
            ga = self.roster.get(g.artist_id)
            if ga is None or ga.kind != "group" or g.via == "epithet":
                continue
            for m in members:
                if m.via == "epithet" or g.artist_id not in self._related.get(m.artist_id, frozenset()):
                    continue
                ma = self.roster.get(m.artist_id)
                p = (ga.prominence + (ma.prominence if ma else 0.0))
                if p > best_p:
                    best, best_p = (g, m), p
        return best

    def _inside_longer_name(self, text: str, c: _Cand, starts: set[int], ends: set[int]) -> bool:
        """"Daniel" in "Daniel Anderson": a one-word name glued to another capitalized word is someone else."""
        e = c.end
        words = c.surface.split()
        if len(words) == 2 and all(_KOREAN_SYL.fullmatch(w.lower()) for w in words):
            # "Ha Eun" in "Noh Ha Eun": a spaced given name after a family name is that person's, not an idol's
            prv_tok = _PREV_TOKEN.search(text, max(0, c.start - 12), c.start)
            if prv_tok and prv_tok.group(1) in _KOREAN_SURNAMES and c.start - 1 not in ends:
                return True
        if " " not in c.surface and not c.surface.isupper():
            # Korean full names the roster doesn't know: "Han" and "So-Hee" in "Han So-Hee" are no idols
            nxt_tok = _NEXT_TOKEN.match(text, e)
            if c.surface in _KOREAN_SURNAMES and nxt_tok and _korean_given(nxt_tok.group(1)):
                return True
            prv_tok = _PREV_TOKEN.search(text, max(0, c.start - 12), c.start)
            if prv_tok and prv_tok.group(1) in _KOREAN_SURNAMES and _korean_given(c.surface) \
                    and not any(en.via == "epithet" for en in c.entries):
                return True
        if text[e:e + 1] == "-" and " " not in c.surface and not c.surface.isupper():
            m = _HYPHEN_SYL.match(text, e + 1)
            if m and _KOREAN_SYL.fullmatch(m.group(0).lower()) and not (
                # "Wonyoung-ssi", "Jisoo-ya", "Seungkwan-ah": a form of address after a whole stage name
                m.group(0).lower() in _ADDRESS_TAILS
                and len(c.surface) >= 4
                and not text[m.end() : m.end() + 1].isalpha()
                and not (
                    (prv := _PREV_TOKEN.search(text, max(0, c.start - 12), c.start))
                    and prv.group(1) in _KOREAN_SURNAMES
                )
            ):
                return True  # "Jin" in "Park Jin-young"
        if c.start >= 2 and text[c.start - 1] == "-" and text[c.start - 2].isalpha() and " " not in c.surface:
            return True  # "...-Min"
        if len(c.surface) > 1 and c.surface.isupper() and " " not in c.surface:
            # "his MONA LISA challenge": a song title in capitals (an all-caps styling does not run on into a
            # Title Case word: "TWICE Mom")
            return self._in_caps_title(text, c) and self._line_has_lower(text, c)
        nxt_possible = text[e:e + 1] == " " and text[e + 1:e + 2].isupper()
        prv_possible = c.start >= 2 and text[c.start - 1] == " " and text[c.start - 2].islower()
        if not nxt_possible and not prv_possible:
            return False
        if " " in c.surface or not c.surface[:1].isupper():
            return False
        nxt = _NEXT_CAP.match(text, e, e + 30) if nxt_possible else None
        prv = _prev_cap(text[max(0, c.start - 30):c.start]) if prv_possible else None
        if not nxt and not prv:
            return False
        if any(en.via in ("epithet", "hangul") for en in c.entries):
            return False
        if prv and c.start - 1 not in ends:
            # "Bae In Hyuk", "Park Jin Young": inside a spaced Korean full name, whatever the line's casing
            before = text[max(0, c.start - 20):c.start].split()
            if len(before) >= 2 and before[-2] in _KOREAN_SURNAMES and before[-1][:1].isupper() \
                    and before[-1] not in _FUNCTION_WORDS \
                    and _KOREAN_SYL.fullmatch(before[-1].lower()):  # ("Jin Sends Kian84": no name "Jin Sends")
                return True
            if before and before[-1] in _KOREAN_SURNAMES and nxt is not None:
                return True
        if nxt and (nxt.group(1) in _OK_NEXT or c.end + 1 in starts):
            nxt = None
        if prv and (prv.group(1) in _OK_PREV or c.start - 1 in ends):
            prv = None
        if not nxt and not prv:
            return False
        if (
            nxt
            and nxt.group(1) in _WORK_NOUNS
            and fold(c.surface) in self._common
            and c.surface.isascii()  # ("A Jennie And Rosé Duet": the accent makes it the name)
            and not _POSS_BEFORE.search(text, max(0, c.start - 4), c.start)
        ):
            return True  # "Team Up For Winter Duet": an ordinary word naming a work ("aespa's Winter" is her)
        return not self._title_case_line(text, c.start, lower_names=self._lower_styled)

    def _pick(self, text: str, c: _Cand, confident: set[str], local: dict[int, bool], i: int) -> _Entry | None:
        ents = c.entries
        if c.surface.lower() in _NUMBER_WORDS and _UNIT_AFTER.match(text, c.end):
            return None  # "Ten years ago": a number, not WayV's Ten
        if c.surface.lower() in _WEEKDAYS and text[c.end : c.end + 2] in ("'s", "’s") and not c.surface.isupper():
            return None  # "Saturday's Golden Disc Awards": the day, not the group SATURDAY
        if ents[0].via == "epithet" or ents[-1].via == "epithet":
            epis = [e for e in ents if e.via == "epithet"]
            named = [e for e in epis if e.artist_id in confident]
            if named:
                return named[0]
            uniq = [e for e in epis if not e.ambiguous]
            return uniq[0] if len(uniq) == 1 and len({e.artist_id for e in ents}) == 1 else None
        if c.weak:
            same = [e for e in ents if e.artist_id in confident]
            return self._most_prominent(same) if same else None
        if c.bare and self._bare_word(text, c):
            return None
        # 1. an artist related to someone already named (group <-> member), most prominent first
        related = [e for e in ents if not self._related.get(e.artist_id, _EMPTY).isdisjoint(confident)]
        if related:
            return self._most_prominent(related)
        # 2. the same artist is named another way
        same = [e for e in ents if e.artist_id in confident]
        if same:
            return self._most_prominent(same)
        styled = [e for e in ents if any(ch in "()*" for ch in e.form) and text.startswith(e.form, c.start)]
        if styled:
            return self._most_prominent(styled)  # "f(x)", "IZ*ONE" written just so: nobody's ordinary word
        sure = [e for e in ents if not e.ambiguous]
        if sure:
            # someone's own name beats another's legal name (actress "Kim Ji-won" vs IVE's Liz)
            own = [e for e in sure if e.via == "name"]
            return self._most_prominent(own or sure)
        if c.surface in _KOREAN_SURNAMES:
            return None  # "Kim's agency said": a later mention of someone's surname, not VVUP's Kim
        # 3. local evidence: "member V", "singer IU", "LISA" in capitals, "SEVENTEEN's"
        ok = local.get(i)
        if ok is None:
            ok = local[i] = self._local_evidence(text, c)
        if not ok:
            return None
        groups = [e for e in ents if self._kind(e.artist_id) == "group"]
        return self._most_prominent(groups or list(ents))

    def _bare_word(self, text: str, c: _Cand) -> bool:
        """"Twice a year ...": a common word opening a sentence, not in the artist's own styling ("TWICE")."""
        if not c.bare:
            return False
        if c.surface.isupper() and not self._line_has_lower(text, c):
            return True  # "THE TOP 10 STORIES": an all-caps line says nothing about styling
        if any(c.surface == e.form for e in c.entries):
            return False
        before = text[max(0, c.start - 3):c.start].rstrip(" \t\"“'‘")
        if before and before[-1] not in ".!?:\n":
            return False
        return not _GROUP_CUE_AFTER.match(text[c.end:c.end + 30])

    def _local_evidence(self, text: str, c: _Cand) -> bool:
        if c.start and text[c.start - 1] in _QUOTES:
            return False  # 'Secret' in quotes: a title, and its closing quote is no possessive
        if c.surface.lower() in _TITLE_SMALL and not c.surface.isupper():
            return False  # "Ryujin Is Featured On Awich's New Album": a headline's preposition, not T1419's On
        ls = text.rfind("\n", 0, c.start) + 1
        if _CUE_BEFORE.search(text[max(ls, c.start - 40):c.start]):
            return True
        styled = any(c.surface == e.form for e in c.entries)
        if self._shouting_ok(text, c) and not self._in_caps_title(text, c) and not (
                self._in_caps_run(text, c) and not styled) and (
                styled or fold(c.surface) in self._not_words or _ARTIST_APPOSITIVE.match(text, c.end, c.end + 60)):
            # (not "WE LOVE YOU MORE": a shouted phrase, unless the capitals are the styling; not "this guy can
            # SING": one shouted English word is emphasis, unless the capitals are the styling or no word is spelt so)
            return True
        if _CAMEL.fullmatch(c.surface) and styled:
            return True  # "BoA", "SHINee": an artist's own mixed-case styling is no ordinary word
        if c.surface[:1].isupper() and not c.surface.isupper() and (
                _OWNS_QUOTED_TITLE.match(text, c.end, c.end + 24)
                or (fold(c.surface) in self._common  # (a first name like "Mark" is often someone else's)
                    and any(self._kind(e.artist_id) != "group" for e in c.entries)
                    and _SPEAKS_OF_SELF.match(text, c.end, c.end + 120))):
            return True
        if any(self._kind(e.artist_id) == "group" for e in c.entries) and _GROUP_CUE_AFTER.match(
                text[c.end:c.end + 30]):
            return True
        if c.surface[:1].isupper() and _TAKES_TO.match(text, c.end, c.end + 60):
            return True
        if (
            c.surface[:1].isupper()
            and not c.surface.isupper()
            and any(c.surface == e.form for e in c.entries)
            and max((self._prominence(e.artist_id) for e in c.entries), default=0.0) >= _PERSON_ACT_PROMINENCE
            and _PERSON_ACT_AFTER.match(text, c.end, c.end + 60)
            and not self._title_case_line(text, c.start)
        ):
            return True
        return self._capitalized_mid_sentence(text, c)

    def _capitalized_mid_sentence(self, text: str, c: _Cand) -> bool:
        """"Zico used his speech to thank Crush": a well-known artist's ordinary-word name written with a
        capital in the middle of a sentence of prose is the name (a sentence start, a headline, a quoted
        title or a longer capitalized name is not)."""
        s = c.surface
        if len(s) < 4 or not s[:1].isupper() or not s[1:].islower() or " " in s or s.lower() in _CALENDAR_WORDS:
            return False  # ("the French house's Winter 2026 show": a season is capitalized too)
        if max((self._prominence(e.artist_id) for e in c.entries), default=0.0) < _CAPITAL_EVIDENCE_PROMINENCE:
            return False
        before = text[max(0, c.start - 3):c.start].rstrip(" \t")
        if not before or before[-1] in ".!?:;\n\"“'‘(-—–•*#0123456789":
            return False
        if _NEXT_CAP.match(text, c.end) or _prev_cap(text[max(0, c.start - 30):c.start]):
            return False
        return not self._title_case_line(text, c.start)

    def _prominence(self, artist_id: str) -> float:
        a = self.roster.get(artist_id)
        return a.prominence if a is not None else 0.0

    def _kind(self, artist_id: str) -> str:
        a = self.roster.get(artist_id)
        return a.kind if a is not None else "person"

    def _most_prominent(self, ents: list[_Entry]) -> _Entry:
        def prom(e: _Entry) -> tuple[float, str]:
            a = self.roster.get(e.artist_id)
            return (-(a.prominence if a else 0.0), e.artist_id)

        return min(ents, key=prom)

    @staticmethod
    def _shouting_ok(text: str, c: _Cand) -> bool:
        """An all-caps group name (SEVENTEEN, TWICE) counts when the line around it is not all caps."""
        s = c.surface
        if len(s) < 4 or any(ch.islower() for ch in s):
            return False
        return Tagger._line_has_lower(text, c)

    def _in_caps_title(self, text: str, c: _Cand) -> bool:
        """"his MONA LISA challenge": an all-caps name in a run of exactly two all-caps words whose other word
        names nobody is part of a title written in capitals, not the artist's styling (a longer run is
        shouting: "NAYEON SUNBAENIM LIKED MY VIDEO")."""
        nxt = _CAPS_WORD_AFTER.match(text, c.end)
        prv = _CAPS_WORD_BEFORE.search(text, max(0, c.start - 24), c.start)
        if (nxt is None) == (prv is None):
            return False
        if nxt is not None:
            other, run_on = nxt, _CAPS_WORD_AFTER.match(text, nxt.end())
        else:
            assert prv is not None
            other, run_on = prv, _CAPS_WORD_BEFORE.search(text, max(0, prv.start() - 24), prv.start())
        return run_on is None and not self.roster.find(other.group(1))

    @staticmethod
    def _in_caps_run(text: str, c: _Cand) -> bool:
        """"WE LOVE YOU MORE": a word inside a run of three or more all-caps words is shouted text."""
        run, at = 1, c.end
        while run < 3 and (m := _CAPS_WORD_AFTER.match(text, at)):
            run, at = run + 1, m.end()
        at = c.start
        while run < 3 and (m := _CAPS_WORD_BEFORE.search(text, max(0, at - 24), at)):
            run, at = run + 1, m.start()
        return run >= 3

    @staticmethod
    def _line_has_lower(text: str, c: _Cand) -> bool:
        ls = max(text.rfind("\n", 0, c.start) + 1, c.start - 200)
        le = text.find("\n", c.end, c.end + 200)
        line = text[ls: le if le >= 0 else c.end + 200]
        return _TWO_LOWER.search(line) is not None

    # ------------------------------------------------------------------ provisional artists
    def _provisionals(self, text: str, known: list[Mention], cues: list[tuple[int, int, str]],
                      spans: _Occupied) -> list[Mention]:
        """Newcomers introduced by role cues, credits and owned works; ``spans`` marks ``known`` (and is
        changed here)."""
        owner_marks = [i for q in _OWNER_MARKS for i in _find_all(text, q)]
        # "group"/"band" cues only count right before a capitalized name (most are "group's", "group activities")
        cues = [c for c in cues if c[2] != "cue" or text[c[1] - 1] not in "pdoPDO"
                or (text[c[1]:c[1] + 1] == " " and text[c[1] + 1:c[1] + 2].isupper())
                or text[c[0]:c[1]].lower().rsplit(" ", 1)[-1] not in _GROUP_WORDS]
        if not cues and not owner_marks:
            return []
        out: list[Mention] = []
        found: dict[str, str] = {}
        overriding: set[str] = set()  # newcomers whose name starts with a roster name ("Jay Crown")
        known_spans: set[tuple[int, int]] | None = None  # built when a cue first needs it
        for cue_start, cue_end, kind in sorted(set(cues)):
            if kind == "credit":  # "produced by Dex Hanley", "featuring Mira Solberg", "(orig. Ed Sheeran)"
                m = _CREDIT_TAIL_RE.match(text, cue_end)
                if m is not None:
                    self._emit_list(text, m.group(1), m.start(1), spans, found, out, min_words=1)
                continue
            if kind == "work":  # "Ed Sheeran's 'Thinking Out Loud'", "Danity Kane's second album"
                lo = max(0, cue_start - 60)
                seg = text[lo:cue_start]
                if "'s " not in seg and "’s " not in seg and "s' " not in seg and "s’ " not in seg:
                    continue
                m = _WORK_OWNER_RE.search(text, lo, cue_start)
                if m is not None:
                    raw, at = _owner_words(m.group(1), m.start(1))
                    name, s, e = self._trim_name(raw, at)
                    if len(name.split()) >= 2 and not self._title_case_line(text, s, (s, e)) and not _in_quotes(
                            text, s, e):
                        self._emit(name, s, e, spans, found, out)
                continue
            if _SPORT_BEFORE.search(text, max(0, cue_start - 20), cue_start):
                continue  # "football star Son Heung-min", "golf star ...": an athlete, not an artist
            if text[cue_start].isupper() and text[cue_start:cue_end] not in _CASED_ROLES:
                before = text[max(0, cue_start - 4):cue_start].rstrip(" \t\"“'‘")
                if before and before[-1] not in ".!?:\n":
                    continue  # "K-Pop Idol And Actor Couple ...": a capital mid-sentence means a headline
            tail = text[cue_end - 1]
            plural = tail in "sS" or text[cue_end:cue_end + 1] == "s"
            grp = tail in "pdoPDOsS" and text[cue_start:cue_end].lower().rsplit(" ", 1)[-1] in _GROUP_WORDS
            kind = "group" if grp else "person"
            if kind == "group" and plural:
                continue  # "group X" names a group; "the two groups Hanwoo packages" does not
            incl = _INCLUDING_RE.match(text, cue_end) if plural and kind == "person" else None
            if incl is not None:
                # "her fellow members, including Nari and Yujin": the people the plural role lists
                self._emit_list(text, text[incl.end():incl.end() + 200], incl.end(), spans, found, out, kind=kind)
                continue
            nxt = cue_end + 1 if text[cue_end:cue_end + 1] in (" ", "s", ",") else cue_end
            if text[nxt:nxt + 1] == " ":
                nxt += 1
            if spans.overlaps(nxt, nxt + 1):
                if known_spans is None:
                    known_spans = {(k.start, k.end) for k in known}
                longer = self._longer_name(text, cue_end, nxt, known, spans, known_spans)
                if not longer:
                    if text[cue_start:cue_end].lower() in ("star", "stars"):
                        # "The drama will also star Kwak Dong-yeon, Park Ji Hu, and Kim Hae Sook": the rest of
                        # the cast list after the name the roster knows
                        first = next((k for k in known if k.start == nxt), None)
                        if first is not None:
                            self._emit_list(text, text[first.end:first.end + 200], first.end, spans, found, out,
                                            min_words=2, skip_first=True)
                    continue  # the roster already tagged the name after the cue
                overriding.add(longer)
            m = _ROLE_TAIL_RE.match(text, cue_end)
            if m is not None:  # "singer Heon Seo"
                name, s, e = self._trim_name(m.group(1), m.start(1))
                if name and spans.overlaps(s, e):
                    continue  # a name the roster already covers
                if name and not (self._title_case_line(text, s, (s, e)) or _NEXT_CAP.match(text, e)):
                    self._emit(name, s, e, spans, found, out, kind=kind)  # (a Title Case headline is no cue)
                    if text[cue_end - 1:cue_end] == "s" or text[cue_end:cue_end + 1] == "s":
                        # "singers Anitta, Lauryn Hill, and Mira Solberg": the rest of the list
                        self._emit_list(text, text[e:e + 200], e, spans, found, out, min_words=1, skip_first=True)
                    continue
            lo = max(0, cue_start - 80)
            seg = text[lo:cue_start]
            k = max(seg.rfind(" a "), seg.rfind(" an "), seg.rfind(" the "))
            m = None
            if k > 0 and seg.count(" ", k + 1) <= 5 and (
                    seg[k - 1] == "," or seg[seg.rfind(" ", 0, k) + 1].isupper()):
                lo2 = max(0, k - 45)
                m = _APPOSITIVE_RE.search(seg, lo2)
            if m is not None and tail in "sS" and text[cue_start:cue_end].lower() not in _SINGULAR_S:
                m = None  # "On May 3 KST, the two members ...": a plural role describes no one name
            if m is not None and _DETERMINER_BEFORE.search(seg, 0, m.start(1)):
                m = None  # "In a later Story, the singer uploaded ...": a thing with an article, not a name
            if m is not None and text[cue_end:cue_end + 2] in ("'s", "’s"):
                m = None  # "includes APT., the singer's smash collaboration": the singer owns what follows
            if m is not None and _PLACE_PREP_END.search(seg, 0, m.start(1)):
                m = None  # "at the group's concert in Los Angeles, the American star followed her": a place
            if m is not None:  # "Heon Seo, a TikToker"
                name, s, e = self._trim_name(m.group(1), lo + m.start(1))
                if name and (len(name.split()) > 1 or not name.endswith("ly")):
                    self._emit(name, s, e, spans, found, out)
        for i in sorted(owner_marks):  # Bad Bunny's "Un Verano Sin Ti"
            m = _QUOTED_WORK_OWNER_RE.search(text, max(0, i - 60), i + 4)
            if m is not None and text[i + 4:i + 5].isalnum() and text[i + 4:i + 5] == text[i + 4:i + 5].upper():
                name, s, e = self._trim_name(*_owner_words(m.group(1), m.start(1)))
                if len(name.split()) >= 2 and not self._title_case_line(text, s, (s, e)):
                    self._emit(name, s, e, spans, found, out)
        # later full-name repeats of a provisional name
        for name, pid in found.items():
            for mm in re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text):
                s, e = mm.start(), mm.end()
                fresh = not any(o.start == s for o in out)
                if spans.overlaps(s, e) and not (pid in overriding and fresh and self._only_inner(known, s, e, spans)):
                    continue
                out.append(Mention(pid, s, e, name, "name"))
                spans.add(s, e)
        return out

    def _longer_name(self, text: str, cue_end: int, at: int, known: list[Mention], spans: _Occupied,
                     known_spans: set[tuple[int, int]]) -> str:
        """"rapper Jay Crown": the name after a role cue runs on past the roster name tagged at its start.

        The roster name ("Jay") is then only the first word of a newcomer's name; the caller's emit replaces it.
        """
        j = text.find(" ", at, at + 40)
        if j < 0 or not text[j + 1:j + 2].isupper():
            return ""  # (the usual case, "member Jin posted": no capitalized word runs on)
        if (at, j) not in known_spans:
            return ""  # the roster's name there is not one word ending at that space
        m = _ROLE_TAIL_RE.match(text, cue_end)
        if m is None or " " not in m.group(1):
            return ""
        name, s, e = self._trim_name(m.group(1), m.start(1))
        if not name or s != at or " " not in name or len(name.split()) > 3:
            return ""
        inner = sorted((k for k in known if at <= k.start < at + 60), key=lambda k: k.start)
        if not inner or inner[0].start != at or " " in inner[0].surface or inner[0].via not in ("name", "alias"):
            return ""
        if e <= inner[0].end:
            return ""
        if any(k.start < e for k in inner[1:]) or _NEXT_CAP.match(text, e):
            return ""  # the next word is someone else ("BTS V"), or the run goes on (a headline)
        tail = text[inner[0].end:e].split()
        if not tail or any(t in _OK_NEXT or t in _STOP or _CONTRACTED_VERB.search(t) for t in tail):
            return ""  # ("singer Crush DM'd actor ...": a verb contracted like "DM'd" ends the name)
        if self._title_case_line(text, at, lower_names=self._lower_styled):
            return ""  # "Singer Crush Congratulates ...": in a Title Case headline every word is capitalized
        spans.clear(at, e)
        return "new:" + _slug(name)

    @staticmethod
    def _only_inner(known: list[Mention], s: int, e: int, spans: _Occupied) -> bool:
        """Whether every mention overlapping [s, e) lies inside it (a shorter roster name inside a newcomer's)."""
        hits = [k for k in known if k.start < e and s < k.end]
        if hits and all(s <= k.start and k.end <= e for k in hits):
            spans.clear(s, e)
            return True
        return False

    def _group_heads(self, text: str, known: list[Mention]) -> list[Mention]:
        """"NOVA member Sojin": an all-caps name heading "member"/"leader" is a group's, even unknown to us."""
        heads: dict[int, re.Match[str]] = {}
        ends = {k.end for k in known}
        for key in (" member", " leader", " maknae"):
            i = text.find(key)
            while i >= 0:
                j = i - 2 if text[i - 2:i] in ("'s", "’s") else i - 1 if text[i - 1:i] in ("'", "’") else i
                if j not in ends and (text[j - 1:j].isupper() or text[j - 1:j].isdigit()):  # "NOVA member"
                    m = _GROUP_HEAD_RE.search(text, max(0, i - 40), i + len(key) + 2)
                    if m is not None and m.end() > i:
                        heads.setdefault(m.start(), m)
                i = text.find(key, i + 1)
        starts = {k.start for k in known}
        heads = {at: m for at, m in heads.items() if m.start(1) not in starts}  # most: "BTS member", known
        if not heads:
            return []
        out: list[Mention] = []
        spans = _Occupied(len(text), known)
        found: dict[str, str] = {}
        for _at, m in sorted(heads.items()):
            name, s, e = m.group(1), m.start(1), m.end(1)
            if name in _STOP or spans.overlaps(s, e) or not any(c.isalpha() for c in name):
                continue
            if self._title_case_line(text, s, (s, e)) or not self._line_has_lower_at(text, s):
                continue
            self._emit(name, s, e, spans, found, out, kind="group")
        for name, pid in found.items():  # later repeats
            for mm in re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text):
                if not spans.overlaps(mm.start(), mm.end()):
                    out.append(Mention(pid, mm.start(), mm.end(), name, "name"))
                    spans.add(mm.start(), mm.end())
        return out

    @staticmethod
    def _line_has_lower_at(text: str, pos: int) -> bool:
        ls = max(text.rfind("\n", 0, pos) + 1, pos - 200)
        le = text.find("\n", pos, pos + 200)
        return _TWO_LOWER.search(text[ls : le if le >= 0 else pos + 200]) is not None

    def _emit_list(self, text: str, raw: str, offset: int, spans: _Occupied, found: dict[str, str],
                   out: list[Mention], min_words: int = 1, skip_first: bool = False, kind: str = "person") -> None:
        """Names in a run like "Anitta, Lauryn Hill, and Mira Solberg" (stops at the first non-name)."""
        pos = 0
        first = True
        while True:
            if not (first and skip_first):
                m = _NAME_RUN.match(raw, pos)
                if m is None:
                    return
                name, s, e = self._trim_name(m.group(0), offset + m.start(), allow_the=True)
                if not name or len(name.split()) < min_words:
                    return
                if not self._title_case_line(text, s, (s, e)):
                    self._emit(name, s, e, spans, found, out, kind=kind)
                pos = e - offset
            first = False
            sep = _LIST_SEP.match(raw, pos)
            if sep is None:
                return
            pos = sep.end()

    def _emit(self, name: str, s: int, e: int, spans: _Occupied, found: dict[str, str],
              out: list[Mention], kind: str = "person") -> None:
        key = fold(name)
        if _CONTRACTION.fullmatch(name):
            return
        if spans.overlaps(s, e) or key in self._blocked_keys or (key.endswith("s") and key[:-1] in self._blocked_keys):
            return  # a fandom, agency or platform ("known as MOAs")
        if any(ch.isdigit() for ch in name):
            return  # "model Galaxy S24": products and events carry numbers, people rarely do
        if " " not in name and name.lower() in _GENERIC_HEADS:
            return  # "Girl groups aespa and IVE": a kind of act opening the sentence, nobody's name
        if " " in name and name.rsplit(" ", 1)[1].lower() in _INSTITUTION_TAILS:
            return  # "formerly known as Gaon Chart", "the Seoul Music Awards": a chart, show or company
        # a roster name the ambiguity rules held back: the role cue vouches for it (but an idol's legal
        # name after "producer" is someone else's)
        korean_full = name.split()[0] in _KOREAN_SURNAMES and " " in name
        known_as = [a for a in self.roster.find(name) if fold(a.name) == fold(name)
                    or not (korean_full or a.kind == "member")]
        if known_as:
            out.append(Mention(known_as[0].id, s, e, name, "role"))
            spans.add(s, e)
            found.setdefault(name, known_as[0].id)  # "member Nari" vouches for the later "Nari"s too
            return
        pid = "new:" + _slug(name)
        if pid == "new:":
            return
        found[name] = pid
        self._remember(pid, name)
        if kind == "group":
            self._provisional_kind[pid] = kind
        out.append(Mention(pid, s, e, name, "role"))
        spans.add(s, e)

    def _trim_name(self, raw: str, offset: int, allow_the: bool = False) -> tuple[str, int, int]:
        toks = raw.split()
        keep: list[str] = []
        for i, t in enumerate(toks):
            if _INITIALS.fullmatch(t) and i + 1 < len(toks) and toks[i + 1][:1].isupper():
                keep.append(t)  # "A.G. Cook": initials, not the end of a sentence
                continue
            t2 = _POSS.sub("", t).rstrip(".")
            if not t2 or (t2 in _STOP and not (allow_the and i == 0 and t2 == "The" and len(toks) > 1)):
                break
            keep.append(t2)
            if t2 != t:  # possessive or sentence end closes the name
                break
        if not keep:
            return "", 0, 0
        if _ORIGIN_ADJ.search(keep[-1]):
            return "", 0, 0  # "produced by Seoul-based producer Chae Ha-eun": where she works, not a name
        if _HONORIFIC_TAIL.search(keep[-1]):
            return "", 0, 0  # "this rookie actor, Youn Jung-ssi": someone addressed by name, no newcomer
        name = " ".join(keep)
        if len(name) < 2 or (len(keep) == 1 and keep[0].casefold() in self._common):
            return "", 0, 0
        if not raw.startswith(name):  # tokens were separated by tabs or several spaces
            return "", 0, 0
        return name, offset, offset + len(name)

    @staticmethod
    def _title_case_line(
        text: str, pos: int, skip: tuple[int, int] = (0, 0), lower_names: frozenset[str] = frozenset()
    ) -> bool:
        """Whether the sentence around ``pos`` is a Title Case headline (names in ``skip`` and lower-case
        styled names in ``lower_names`` not counted)."""
        ls = max(text.rfind("\n", 0, pos) + 1, pos - 300)
        le = text.find("\n", pos, pos + 300)
        le = le if le >= 0 else min(len(text), pos + 300)
        cut = max(text.rfind(". ", ls, pos), text.rfind("! ", ls, pos), text.rfind("? ", ls, pos))
        start = cut + 2 if cut >= 0 else ls
        ends = [i for i in (text.find(". ", pos, le), text.find("! ", pos, le), text.find("? ", pos, le)) if i >= 0]
        end = min(ends) + 1 if ends else le
        sent = text[start:skip[0]] + " " + text[skip[1]:end] if start <= skip[0] < end else text[start:end]
        # the words of four letters or more, and those of them that are capitalized (each a whole word run,
        # so counting them directly equals filtering _WORD's matches by length)
        firsts = _WORD4_FIRST.findall(sent)  # one pass: the capitalized ones are those with an upper first letter
        nwords = len(firsts)
        caps = sum(map(str.isupper, firsts))
        if lower_names and caps < nwords:
            styled = sum(1 for w in _WORD4.findall(sent) if w in lower_names)
            nwords -= styled
            if styled and nwords >= 2 and caps == nwords:
                return True  # "NewJeans' Hanni Praises aespa"
        if nwords < 3:
            # a short headline of all-caps names: "BTS's Jimin Praises BABYMONSTER" is Title Case too
            shouted = len(_CAPS_WORD.findall(sent))
            nwords += shouted
            caps += shouted
            if nwords < 3:
                return False
        return caps >= 0.7 * nwords

    def _remember(self, pid: str, name: str) -> None:
        self._provisional[pid] = name
        self._provisional.move_to_end(pid)
        while len(self._provisional) > self._max_provisional:
            old, _name = self._provisional.popitem(last=False)
            self._provisional_kind.pop(old, None)

    # ------------------------------------------------------------------ surnames
    def _surnames(self, text: str, known: list[Mention], spans: _Occupied) -> list[Mention]:
        """"Puth" after "Charlie Puth", "Seo" after "singer Heon Seo": a last name refers back."""
        last: dict[str, str] = {}
        first_pos: dict[str, int] = {}  # where each artist is first named (any way, epithets too)
        surname = self._surname
        for m in known:
            aid = m.artist_id
            if aid not in first_pos or m.start < first_pos[aid]:
                first_pos[aid] = m.start
            if m.via == "epithet":
                continue
            if aid.startswith("new:"):
                sur = _surname_of(self.describe(aid).name)
            elif aid in surname:
                sur = surname[aid]
            else:
                continue  # (most roster artists: no surname of their own)
            if sur:
                last.setdefault(sur, aid)
        for m in known:
            first = self._first_name.get(m.artist_id) if m.via in ("name", "alias") else None
            if first and first not in last and not self.roster.find(first):
                last[first] = m.artist_id  # (a first name that is itself another artist's name stays theirs)
        if not last:
            return []
        out: list[Mention] = []
        for sur, aid in last.items():
            s = text.find(sur)
            while s >= 0:
                e = s + len(sur)
                nxt_s = text.find(sur, e)
                if (s and (text[s - 1].isalnum() or text[s - 1] == "-")) or (
                        e < len(text) and (text[e].isalnum() or text[e] == "-")):
                    s = nxt_s
                    continue
                if s >= first_pos[aid] and not spans.overlaps(s, e):
                    out.append(Mention(aid, s, e, sur, "surname"))
                s = nxt_s
        return out


def _prev_cap(before: str) -> re.Match[str] | None:
    """``_PREV_CAP.search(before)``, started where a match can begin: the capital of the last word (the
    regex then tries a handful of positions instead of all thirty)."""
    if not before.endswith(" "):
        return _PREV_CAP.search(before)
    cap = len(before[:-1].rstrip("abcdefghijklmnopqrstuvwxyz")) - 1
    return _PREV_CAP.search(before, max(0, cap - 2))


_NUMBERED_ROW = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+[^\s\d]")
_LABEL_ROW = re.compile(r"[ \t]*([A-Z][\w&/'’ .()+-]{1,50}?):[ \t]+\S")
_NOISE_LABELS = ("tag", "keyword", "topic", "categor", "related", "source", "photo", "image", "credit", "via",
                 "share", "follow", "read", "also", "more", "trending", "see", "recommended", "watch", "pic")


def results_row(text: str, ls: int) -> bool:
    """Whether the line at ``ls`` is one row of a labelled or ranked list in the body ("Best Group: SEVENTEEN",
    "2. Taylor Swift").

    A block of "Label: names" lines (award winners, a line-up by day) is content: every artist it names is
    named by the story. Page noise labels ("Tags:", "Photo:", "Related:") stay noise, and a single labelled
    line needs a labelled neighbour, so one stray "Keywords: ..." line is never read as a block.
    """
    def label_at(pos: int) -> bool:
        return bool(_NUMBERED_ROW.match(text, pos)) or _labelled_row(text, pos)  # "3. Morgan Wallen": ranked

    if not label_at(ls):
        return False
    prev_end = ls - 1
    prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1 if prev_end > 0 else -1
    nxt = text.find("\n", ls)
    return (prev_start >= 0 and prev_start != ls and label_at(prev_start)) or (nxt >= 0 and label_at(nxt + 1))


def in_results_block(text: str, ls: int) -> bool:
    """Whether the line at ``ls`` sits in a block of results: a labelled row ("Best Male Solo: G-Dragon") within
    two non-blank lines above or below it (a heading such as "Main Awards (Bonsang)" may stand between).

    An unlabelled row of names there ("aespa, SEVENTEEN, IU, ...") is that block's list of winners, not page
    noise.
    """
    near: list[int] = []
    for step in (_prev_line, _next_line):
        pos = ls
        for _ in range(2):
            found = step(text, pos)
            if found is None:
                break
            near.append(found)
            pos = found
    # (a numbered row is no such label: shop and chart widgets use them too)
    return any(_labelled_row(text, p) for p in near) or _under_results_heading(text, ls)


_RESULTS_HEADING = re.compile(
    r"(?i:\b(?:nominees?|winners?|line-?ups?|performers?|results?|rankings?|recipients?|honou?rees?|top\s+\d+"
    r"|chart)\b[^\n]{0,40}:[ \t]*$)"
)


def _under_results_heading(text: str, ls: int) -> bool:
    """Whether the line at ``ls`` is in an unbroken run of lines under a heading such as "Album Division
    Bonsang nominees:" or "Performers:": every row of it ("aespa – 'Cold Mirror'") names a nominee."""
    p = ls
    for _ in range(40):
        if p <= 0:
            return False
        end = p - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            # a blank line ends the run before any heading -- but "Check out the top 15 for this month below!"
            # announces the list under it
            above = text.rfind("\n", 0, max(0, start - 1)) + 1
            return bool(_LIST_BELOW.search(text[above : max(above, start - 1)]))
        if _RESULTS_HEADING.search(line) or _CATEGORY_HEADING.fullmatch(line):
            return True
        p = start
    return False


# an award category as a heading of its own, with no colon: "Best Actor", "Artist of the Year", "Best
# Entertainment Performer (Male)", "Album Division Bonsang"; the rows under it are its nominees
_CATEGORY_HEADING = re.compile(
    r"[ \t]*(?:Best|Most)[ \t]+[A-Z][^\n:.!?]{1,50}"
    r"|[A-Z][^\n:.!?]{1,40}[ \t]of[ \t]the[ \t]Year(?:[ \t]\([^\n)]{1,20}\))?"
    r"|[A-Z][^\n:.!?]{0,40}\b(?:Bonsang|Daesang|Division|Category|Award|Prize)[ \t]*"
)


_LIST_BELOW = re.compile(
    r"(?i:\b(?:check\s+out|see|here\s+(?:is|are)|take\s+a\s+look\s+at|find)\b[^\n]{0,60}\b(?:top\s+\d+|list|rankings?"
    r"|results?|line-?up|winners?|nominees?)\b[^\n]{0,40}\b(?:below|here)\s*[!.:]?[ \t]*$)"
)


_LISTICLE_HEAD = re.compile(
    r"[ \t]*\d{1,2}[.)][ \t]+[^\n]{2,80}?(?:[ \t](?:&|and|x|×|with|feat\.?|for|[–—-])[ \t])[^\n]*"
)


def listicle_heading(text: str, ls: int) -> bool:
    """Whether the line at ``ls`` heads an item of a listicle ("2. Stray Kids' Bang Chan & ATEEZ's Hongjoong")
    with a paragraph of prose under it: the pair the item is about, not a row of page noise."""
    m = _LISTICLE_HEAD.match(text, ls)
    if m is None or "\n" in m.group(0):
        return False
    # the item's prose may follow a few short lines of its own ("- The show: 'Sweet Station'")
    nxt = text.find("\n", ls)
    for _ in range(3):
        while nxt >= 0 and nxt + 1 < len(text) and text[nxt + 1] == "\n":
            nxt += 1
        if nxt < 0:
            return False
        end = text.find("\n", nxt + 1)
        para = text[nxt + 1 : end if end >= 0 else len(text)]
        if len(para) > 80 and re.search(r"[a-z]{3,} [a-z]{3,}", para):
            return True
        if _LISTICLE_HEAD.match(para) or len(para) > 80 or end < 0:
            return False  # the next item, or a long line of something else
        nxt = end
    return False


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATED_HEADING = re.compile(
    rf"[ \t]*(?:{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}"
    r"|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)(?:,?[ \t]+\d{4})?[ \t]*[—–:-][ \t]*\S"
    # "I.O.I – May 4": the name first, then its date, alone on the line
    rf"|[ \t]*[^\n]{{1,40}}?[ \t][—–-][ \t]+"
    rf"(?:{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH})"
    r"(?:,?[ \t]+\d{4})?[ \t]*$",
    re.MULTILINE,
)


def dated_heading(text: str, ls: int) -> bool:
    """Whether the line at ``ls`` opens with a date and a dash ("April 3 — Xdinary Heroes", "3 April: Hwasa"):
    an entry of a schedule or timeline the story is about, whose names are content, not a row of page noise
    (even when the month is also a group's name)."""
    return _DATED_HEADING.match(text, ls) is not None


_BYLINE = re.compile(
    r"[ \t]*(?:[Bb]y|BY)[ \t]+[A-Z][\w'’.-]*(?:[ \t-]+[A-Z][\w'’.-]*){0,3}"
    r"(?:[ \t]*(?:[,|][^\n]{0,60}(?i:staff|reporter|writer|editor|correspondent|contributor|columnist)[^\n]{0,30}"
    r"|[ \t]*[(\[][^\n)\]]*@[^\n)\]]*[)\]]))?[ \t]*$",
    re.MULTILINE,
)
_BULLET = re.compile(r"[ \t]*[-*•–][ \t]+\S")
# allkpop-style comment headers: "user_name 1,204 pts Saturday, March 14, 2026"
_COMMENT_HEAD = re.compile(r"[ \t]*\S+[ \t]+[\d,]+[ \t]*pts[ \t]+\w+day,[ \t]+\w+[ \t]+\d{1,2},[ \t]+\d{4}\b")


_DATE_LINE = re.compile(r"[ \t]*(?:\w+day,[ \t]+)?\w+[ \t]+\d{1,2},[ \t]+\d{4}[ \t]*$", re.MULTILINE)


def page_furniture(text: str, ls: int) -> bool:
    """Whether the line at ``ls`` is page furniture, not the story: a byline ("By Kwon Mi-na", "BY KIM JI-SOO
    [email]"), a bulleted link under a "Related Articles" / "ALSO READ" heading, or a reader's comment under
    a comment header."""
    if _BYLINE.match(text, ls):
        return True
    prev_start = _prev_line(text, ls)
    if prev_start is not None and _COMMENT_HEAD.match(text, prev_start):
        return True
    if prev_start is not None and _DATE_LINE.match(text, prev_start):
        # the comment's own date line between its header and its words ("Friday, April 3, 2026")
        above = _prev_line(text, prev_start)
        if above is not None and _COMMENT_HEAD.match(text, above):
            return True
    if not _BULLET.match(text, ls):
        # an unbulleted link under "You May Also Like:": a run of headline lines right below the heading
        if not _headline_line(text, ls):
            return False
        p = prev_start
        for _ in range(8):
            if p is None:
                return False
            if _related_head(text, p):
                return True
            if not _headline_line(text, p):
                return False
            p = _prev_line(text, p)
        return False
    p = prev_start
    while p is not None and _BULLET.match(text, p):
        p = _prev_line(text, p)
    if p is None:
        return False
    return _related_head(text, p)


def _related_head(text: str, ls: int) -> bool:
    end = text.find("\n", ls)
    head = text[ls : end if end >= 0 else len(text)].strip().lower()
    return head.lstrip("*-–>").startswith(_RELATED_HEADS) or head in _RELATED_BLOCK_HEADS


def related_link_line(text: str, ls: int, le: int) -> bool:
    """Whether the line ``text[ls:le]`` is one inline related-story link ("ALSO READ: <another headline>"): a
    related-links head, a separator and the other story's headline on the same line."""
    line = text[ls:le].strip().lstrip("*-–>").lower()
    for head in _RELATED_HEADS:
        if line.startswith(head):
            rest = line[len(head):].lstrip()
            return head.endswith(":") or (bool(rest) and rest[0] in ":|»>–—-")
    return False


def _headline_line(text: str, ls: int) -> bool:
    """Whether the line at ``ls`` reads like a linked headline: short, capitalised, no closing full stop."""
    end = text.find("\n", ls)
    line = text[ls : end if end >= 0 else len(text)].strip()
    return 0 < len(line) <= 140 and line[:1].isupper() and not line.endswith((".", ":", ";", ","))


_NUMBERED_HEAD = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+\S[^\n]{0,78}$", re.MULTILINE)


def content_line(text: str, ls: int) -> bool:
    """Whether the line at ``ls``, though it holds little more than names, is the story's content: a row of
    results, a listicle item's heading, a dated schedule entry or a numbered item. Both list-noise filters
    (this tagger's and the classifier's) ask it."""
    return (
        results_row(text, ls)
        or in_results_block(text, ls)
        or listicle_heading(text, ls)
        or dated_heading(text, ls)
        or numbered_heading(text, ls)
    )


def numbered_heading(text: str, ls: int) -> bool:
    """Whether the line at ``ls`` heads a numbered item ("3. Taeyeon", "2) Stray Kids") with a paragraph of
    prose under it: a listicle's item, whose names are what the story is about."""
    m = _NUMBERED_HEAD.match(text, ls)
    if m is None:
        return False
    nxt = _next_line(text, ls)
    if nxt is None:
        return False
    end = text.find("\n", nxt)
    para = text[nxt : end if end >= 0 else len(text)]
    # (a short paragraph counts when it is sentences: "Rock vocals, musical theater, OSTs. Is there anything
    # Siyeon can't sing?")
    return (len(para) > 80 or (len(para) > 40 and para.rstrip()[-1:] in ".!?")) and not _NUMBERED_HEAD.match(
        para) and bool(re.search(r"[a-z]{3,} [a-z]{3,}", para))


def _next_line(text: str, ls: int) -> int | None:
    """Start of the nearest non-blank line below the line at ``ls``."""
    pos = ls
    while True:
        nxt = text.find("\n", pos)
        if nxt < 0:
            return None
        pos = nxt + 1
        end = text.find("\n", pos)
        if text[pos : end if end >= 0 else len(text)].strip():
            return pos


def _prev_line(text: str, ls: int) -> int | None:
    """Start of the nearest non-blank line above the line at ``ls``."""
    end = ls - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return start
        end = start - 1
    return None


_TAG_CLOUD_ROW = re.compile(r"[ \t]*(?:tags|tagged|keywords|topics|categories|filed\s+under)[ \t]*:", re.IGNORECASE)


def _bracketed_same_person(text: str, chosen: list[Mention], roster: Roster) -> list[Mention]:
    """ "IVE's Rei (레이)", "Jeon Hyun-moo (전현무)": a name written again in Hangul in brackets right after it is
    the same person, whoever else the Hangul could name (레이 is also EXO's Lay).

    A provisional name gives way to the roster artist its bracketed form names; otherwise the bracketed form
    takes the name's artist."""
    remap: dict[str, str] = {}
    out = list(chosen)
    for i in range(len(out) - 1):
        p, m = out[i], out[i + 1]
        if (
            p.artist_id == m.artist_id
            or text[p.end : m.start] != " ("
            or text[m.end : m.end + 1] != ")"
            or not _HANGUL_RE.search(m.surface)  # ("Ayase (YOASOBI)": her group)
            or ((g := roster.get(m.artist_id)) is not None and g.kind == "group")  # (also "Wonhee (아일릿)")
        ):
            continue
        if p.artist_id.startswith("new:") and not m.artist_id.startswith("new:"):
            remap[p.artist_id] = m.artist_id
        else:
            out[i + 1] = replace(m, artist_id=p.artist_id)
    if remap:
        out = [replace(x, artist_id=remap[x.artist_id]) if x.artist_id in remap else x for x in out]
    return out


def tag_cloud_line(text: str, ls: int) -> bool:
    """Whether the line at ``ls`` is a page's tag cloud ("Tags: Minho, Joy, Hwasa, cameo"): index words for the
    site's search, never a sentence of the story (its names and words are no one's act)."""
    return _TAG_CLOUD_ROW.match(text, ls) is not None


def _labelled_row(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is "Label: value" with a label that is no page-noise one ("Tags:")."""
    m = _LABEL_ROW.match(text, pos)
    return m is not None and "\n" not in m.group(0) and not m.group(1).lower().startswith(_NOISE_LABELS)


def _name_row(s: str) -> bool:
    """Whether ``s`` is only capitalized names of at most four words between commas ("Kang Ho Dong, Suzy")."""
    for part in _ROW_SPLIT.split(s):
        words = part.split()
        if len(words) > 4:
            return False
        if any(not (w[:1].isupper() or w[:1].isdigit() or w in ("and", "x")) for w in words):
            return False
    return True


_ONES = b"\x01" * 256


class _Occupied:
    """Which characters of a text are already part of a mention (constant-time overlap checks)."""

    __slots__ = ("_marks",)

    def __init__(self, n: int, mentions: Iterable[Mention]) -> None:
        marks = self._marks = bytearray(n + 1)
        ones = _ONES
        for m in mentions:
            s, e = m.start, m.end
            marks[s:e] = ones[: e - s] if 0 <= e - s <= 256 else b"\x01" * (e - s)

    def copy(self) -> _Occupied:
        other = _Occupied(0, ())
        other._marks = bytearray(self._marks)
        return other

    def add(self, s: int, e: int) -> None:
        self._marks[s:e] = b"\x01" * (e - s)

    def clear(self, s: int, e: int) -> None:
        self._marks[s:e] = b"\x00" * (e - s)

    def overlaps(self, s: int, e: int) -> bool:
        return self._marks.find(1, s, e) >= 0


# The quote marks that open (start a word; apostrophes inside words don't count): curly openers, straight
# quotes after a space or line break, ’ after a space. (Found with str.find: Python's regex engine is several
# times slower here.)
_AFTER_MARKS = (("'", " \n"), ('"', " \n"), ("’", " "))


class _OpenQuotes:
    """Whether an opening quote mark lies in the 41 characters before a candidate (or the stretch starts
    with any quote mark): the hint that the name may sit inside a quoted title.

    The marks' positions are found once per text and each question is one bisection, instead of seven
    substring searches per candidate.
    """

    __slots__ = ("_at", "_first", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        marks: list[tuple[int, int]] = []
        find = text.find
        for q in ("“", "‘"):
            i = find(q)
            while i >= 0:
                marks.append((i, i))
                i = find(q, i + 1)
        for q, after in _AFTER_MARKS:  # one-character finds: a search for " '" is several times slower
            i = find(q, 1)
            while i >= 0:
                if text[i - 1] in after:
                    marks.append((i, i - 1))
                i = find(q, i + 1)
        marks.sort()
        self._at = [m[0] for m in marks]  # the mark's last character (the quote itself)
        self._first = [m[1] for m in marks]  # its first character (the space before a straight quote)

    def before(self, st: int) -> bool:
        """Whether ``text[max(0, st - 41):st]`` holds an opening mark whole, or starts with a quote mark."""
        lo = max(0, st - 41)
        j = bisect_right(self._at, st - 1) - 1
        if j >= 0 and self._first[j] >= lo:
            return True  # the last mark that ends inside the stretch; first positions rise with it
        return lo < st and self._text[lo] in _QUOTES


def _quoted_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] sits inside a short quoted Title Case phrase ('Haru Haru', "Run BTS")."""
    left = max(text.rfind("\n", max(0, start - 40), start) + 1, start - 40)
    # the nearest quote or sentence end before the name (a regex on the reversed stretch, not a char loop)
    back = _QUOTE_OR_STOP.search(text[left:start][::-1])
    if back is None:
        return False
    qs = start - 1 - back.start()
    ch = text[qs]
    if ch not in _QUOTES:
        return False  # a sentence end came first
    if ch in _CLOSERS or (qs > 0 and text[qs - 1].isalnum()):
        return False  # ” or an apostrophe: it closes something before, it opens nothing here
    n = len(text)
    le = text.find("\n", end, end + 40)
    right = min(le if le >= 0 else n, end + 40)
    qe = -1
    for m in _QUOTE_OR_STOP.finditer(text, end, right):
        i = m.start()
        ch = text[i]
        if ch in _QUOTES and (i + 1 >= n or not text[i + 1].isalpha()):
            if ch in _OPENERS:
                return False  # “ opens the next quotation
            qe = i
            break
        if ch in ".!?" and i + 1 < n and text[i + 1] == " ":
            return False
    if qe < 0:
        return False
    if qs > 0 and text[qs - 1].isalnum():
        return False  # an apostrophe inside a word, not an opening quote
    words = text[qs + 1:qe].split()
    if not 1 <= len(words) <= 6:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL for w in words)


def _in_quotes(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is a quoted title ("'Paper Planes' remix"): its closing quote is no plural possessive.

    A song or album title is never an artist, even when the apostrophe that closes it looks like one.
    """
    return s > 0 and text[s - 1] in "'‘\"“" and (s < 2 or not text[s - 2].isalnum()) and text[e:e + 1] in "'’\"”"


_CLOCK_NAME = re.compile(r"\d{1,2}[ ]?(?:AM|PM|am|pm)")
_CLOCK_BEFORE = re.compile(r"(?i:\b(?:at|until|till|from|by|before|after|around|about|to|and)[ \t]+$|[-–][ \t]*$)")
_CLOCK_AFTER = re.compile(r"(?i:[ \t]*(?:KST|EST|EDT|PST|PDT|ET|PT|JST|CST|GMT|UTC|local[ \t]+time)\b)")


_MERIDIEM = frozenset(("AM", "PM", "A.M.", "P.M.", "KST", "EST", "PST", "JST"))
_DIGIT_BEFORE = re.compile(r"\d\s*$")


def _clock_time(text: str, m: Mention) -> bool:
    """Whether a name like 2PM or 2AM is a time of day here ("at 2PM KST", "from 1PM to 2PM")."""
    if not _CLOCK_NAME.fullmatch(m.surface) or text.startswith(("'s", "’s", "' ", "’ "), m.end):
        return False  # ("Yoona and 2PM's Lee Jun-ho": a time of day takes no possessive)
    return bool(_CLOCK_BEFORE.search(text, max(0, m.start - 8), m.start) or _CLOCK_AFTER.match(text, m.end))


# "Gong Yoo played the immortal Kim Shin", "he voiced Jinu": a part an actor plays is a character
_PLAYS_BEFORE = re.compile(
    r"\b(?i:play(?:s|ed|ing)?|voic(?:es|ed|ing)|portray(?:s|ed|ing)?|(?:the\s+)?role\s+of|character)"
    r"\s+(?:(?i:the)\s+(?:role\s+of\s+)?)?(?:(?!(?:by|for|to|with|opposite|alongside|against|along|beside|next|and|or"
    r"|it|on|in|at|as|from|into|of|off|out|back|before|after|under|over|like|songs?|music|tracks?|hits?|guitar|piano"
    r"|drums|games?)\s)[a-z][\w-]*\s+){0,2}$"  # (lower-case words between: "Played The Voice Memo Jennie Sent")
)


_PLAYS_KEYS = ("play", "voic", "portray", "role of", "character")


def _not_a_person(text: str, m: Mention, plays: bool = True) -> bool:
    """A name that here is a song or a character: "BIGBANG's Haru Haru" (a doubled word is a title, not
    BOYNEXTDOOR's... nor anyone's name), or the part an actor plays ("played the immortal Kim Shin")."""
    if " " not in m.surface:
        n = len(m.surface)
        after, before = text[m.end + 1 : m.end + 1 + n], text[max(0, m.start - n - 1) : max(0, m.start - 1)]
        if (text[m.end : m.end + 1] == " " and after.casefold() == m.surface.casefold()
                and not text[m.end + 1 + n : m.end + 2 + n].isalnum()) or (
                text[m.start - 1 : m.start] == " " and before.casefold() == m.surface.casefold()
                and not text[m.start - n - 2 : m.start - n - 1].isalnum()):
            return True
    if not plays or text.startswith(("'s", "’s"), m.end):
        return False  # ("played Jennie's song": an owner)
    lo = max(0, m.start - 48)
    before = text[lo : m.start].lower()
    return any(k in before for k in _PLAYS_KEYS) and _PLAYS_BEFORE.search(text, lo, m.start) is not None


def _quoted_word(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is the whole of a quotation ("'Winter' dance challenge"), not the first word of a
    quoted sentence or a possessive ('"Chungha's voice ...').
    """
    return _in_quotes(text, s, e) and not text[e + 1 : e + 2].isalnum()


def _find_all(text: str, sub: str) -> list[int]:
    out = []
    i = text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def _korean_given(tok: str) -> bool:
    """Whether ``tok`` reads as a romanized Korean given name: "So-Hee", "Sohee", "Minji", "Jin"."""
    if tok in ("A", "An", "I"):
        return False  # "BTS's Jin A Handwritten Letter": a headline's article, no given name
    parts = tok.lower().split("-")
    if len(parts) > 2 or not all(p.isalpha() for p in parts):
        return False
    if len(parts) == 2:
        return all(_KOREAN_SYL.fullmatch(p) for p in parts)
    w = parts[0]
    return bool(_KOREAN_SYL.fullmatch(w)) or any(
        _KOREAN_SYL.fullmatch(w[:i]) and _KOREAN_SYL.fullmatch(w[i:]) for i in range(1, len(w)))


def _surname_of(name: str) -> str | None:
    """The word a story may later use alone for this person ("Puth"), if the name has one."""
    toks = name.split()
    if len(toks) < 2:
        return None
    sur = toks[-1]
    if len(sur) < 3 or not sur[0].isupper() or sur in _STOP or "-" in sur or toks[0] in _KOREAN_SURNAMES:
        return None  # Korean order ("Kim Soo-hyun"): the last word is a given name
    return sur


def _first_name_of(name: str) -> str | None:
    """The given name of a Western-order two-word stage name ("Jackson" of "Jackson Wang"), if it has one."""
    toks = name.split()
    if len(toks) != 2 or not all(t.isascii() and t[:1].isupper() and t[1:].islower() for t in toks):
        return None
    first = toks[0]
    if len(first) < 4 or first in _STOP or first in _KOREAN_SURNAMES or "-" in toks[1]:
        return None  # "Park Bo-gum", "Lee Young-ji": Korean order, the first word is the family name
    return first


def _case_mode(form: str) -> str:
    """'any' for lower-case stylings and Hangul, 'upper' for short acronyms (V, RM, BTS), else 'cap'."""
    letters = [c for c in form if c.isalpha()]
    if _HANGUL_RE.search(form) or not any(c.isupper() for c in letters):
        return "any"
    if all(c.isupper() for c in letters) and len(letters) <= 3:
        return "upper"
    return "cap"


def _first_letter(s: str) -> str:
    return next((c for c in s if c.isalpha()), "")


def _tokens(s: str) -> tuple[str, ...]:
    return tuple(t for t in _TOKSPLIT.split(s) if t)


def _slug(s: str) -> str:
    d = unicodedata.normalize("NFKD", s)
    d = "".join(c for c in d if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", d).strip("-")
