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
  the pairs doing what the title describes); ``interaction_story`` says a headline pair exists;
* after every rule, a learned model (``bot.learned_pairs``) may add pairs of artists named in one sentence
  that the rules left out, except in sentences the rules say pair nobody; its pairs then go through the
  same filters, headline marking and platform choice.

Modules, in import order: ``bot.extraction_types`` (shared records), ``bot.cues`` (trigger tables, automata,
cue and platform finding), ``bot.references`` (parties and resolved references), ``bot.cue_filters`` (which
cues and parties count), ``bot.pairing`` (pairs per sentence, song credits and challenges),
``bot.headlines`` (headline marking), ``bot.learned_pairs`` (the learned second look) and this module: the
story-level loop, pairs continued across sentences, per-pair accumulation and the final ``Interaction`` list.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot import direction, learned_pairs, tracks
from bot.cue_filters import (
    _FAN_SPEAKER,
    _NOT_NEGATION,
    _WORK_CONTEXT,
    _filter_cues,
    _mark_excluded,
    _qualifier_owns_post,
)
from bot.cues import (
    _DENIAL_KEYS,
    _PLATFORM_ORDER,
    _SOCIAL_PLATFORMS,
    _find_all,
    _scan_story,
    _sentence_keys,
    find_cues,
)
from bot.extraction_types import (
    EARLY_SENTENCES,
    HANDOVER_TYPES,
    HELPER_KINDS,
    OPENING_SENTENCES,
    SHARED_TYPES,
    SIDE_PAIR,
    SOCIAL_TYPES,
    TALK_TYPES,
    ArtistMeta,
    MentionLike,
    MetaLookup,
    _Acc,
    _Cue,
    _distinct,
    _in_group_brackets,
    _is_group,
    _is_member,
    _own_group,
    _Pair,
    _Party,
    _platform_of,
    _same_team,
    _Story,
)
from bot.headlines import _mark_headlines
from bot.models import INTERACTION_TYPES, Interaction
from bot.pairing import (
    _LIKEWISE,
    _POSSESSIVE_AFTER,
    _cast_list_pairs,
    _cohost_pairs,
    _coordinated,
    _cue_types,
    _first_person_speaker,
    _host_list_pairs,
    _joint_owner_pairs,
    _pairs_for_sentence,
    _quoted_across_sentences,
    _quoted_by_pronoun,
    _song_challenges,
    _song_credits,
    _speech_pairs,
    _start_of,
    quote_spans,
)
from bot.references import (
    _add_post_owner,
    _coordinated_run,
    _poster_of,
    _qualify,
    _resolve_references,
    _story_group,
    _story_person,
)
from bot.rxfast import lead
from bot.sentences import Sentence
from bot.tagger import CONTINUE_TRAILER, has_feed_trailer, listicle_heading, numbered_heading

log = logging.getLogger(__name__)

__all__ = ["ArtistMeta", "MentionLike", "extract_interactions"]

# How many sentences after a post is described a comment "under the post" still means that post.
POSTER_REACH = 6
_DENIAL = re.compile(
    r"(?i:\bhack(?:ed|er|ers|ing)?\b|\bfake\s+(?:account|news|photo|video|screenshot)s?\b|\bphotoshopped\b"
    r"|\bfabricat(?:ed|ion)\b|\bdoctored\b|\bdeepfakes?\b|\bdigitally\s+(?:manipulated|altered)\b"
    # "Jackson Wang briefly lost control of his Instagram account": someone else was posting
    r"|\b(?:lost|los(?:es|ing))\s+control\s+of\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}accounts?\b"
    r"|\bimpersonat\w+|\bnot\s+(?:true|real)\b|\bcompromised\b|\baccessed\s+by\b|\bnot\s+(?:made|done|posted|sent)\s+by\b"
    r"|\bden(?:ied|ies|y|ying)\s+(?:the\s+)?(?:rumou?rs?|reports?|claims?|allegations?)\b"
    r"|\brumou?rs?\s+(?:were|was|have\s+been|has\s+been)?\s*(?:denied|false|untrue|baseless)\b)|\bfake\b"
)
# The story says an account was taken over: its posts from then on were someone else's.
_HACKED = re.compile(
    r"(?i:\bhack(?:ed|ers?)\b|\bcompromised\b|\baccessed\s+(?:by|without)\b|\bunauthori[sz]ed\s+access\b"
    r"|\b(?:lost|los(?:es|ing))\s+control\s+of\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}accounts?\b)"
)
# The account, its posts or the hacker as the one who acted ("the account uploaded", "several posts appeared")
_ACCOUNT_ACTED = re.compile(
    r"(?i:\b(?:account|posts?|hackers?|tweets?)\s+(?:also\s+|then\s+|later\s+|had\s+(?:also\s+)?|has\s+(?:also\s+)?"
    r"|have\s+(?:also\s+)?|was\s+used\s+to\s+)?(?:uploaded|upload|posted|published|followed|unfollowed|tagged"
    r"|shared|sent|liked|appeared|began|started|claimed|announced|promoted|replied|wrote|went\s+up)\b"
    r"|\b(?:series|string|stream|flurry|slew|barrage)\s+of\s+(?:[\w-]+\s+){0,2}?(?:posts|messages|tweets|replies"
    r"|stories|uploads)\b)"
)
# A report the story later says was false ("the agency denied the report"): what it reported did not happen.
_DENIED_REPORT = re.compile(
    r"(?i:\b(?:den(?:ied|ies|y|ying)|(?:shut(?:s|ting)?|shoot(?:s|ing)?|shot)\s+down|dismiss(?:ed|es|ing)?|refut(?:ed|es|ing)|debunk(?:ed|s|ing)?"
    r"|put(?:s|ting)?\s+an\s+end\s+to)\s+"
    r"(?:the\s+|these\s+|those\s+|a\s+|an\s+)?(?:(?:local|online|media|recent|foreign|viral|japanese|chinese)\s+){0,2}"
    r"(?:rumou?rs?|reports?|claims?|speculation)\b"
    # "The report that BOYNEXTDOOR recorded a song with Mrs. GREEN APPLE is not true"
    r"|\b(?:report|rumou?r|claim)s?\s+(?:that\s+[^.;]{0,120}?\s)?(?:is|was|are|were)\s+[\"“'‘]?(?:not\s+true|false"
    r"|untrue|baseless)\b"
    # "Reports that BLACKPINK's Lisa secretly filmed a cameo for Park Bo Gum's series have been shut down"
    r"|\b(?:report|rumou?r|claim)s?\s+(?:that\s+[^.;]{0,120}?\s)?(?:have|has)\s+been\s+(?:shut\s+down|denied|dismissed"
    r"|refuted|debunked)\b)"
)
_REPORTED = re.compile(
    r"(?i:\b(?:reported|claimed|alleged|rumou?red|claim(?:s|ing)?|alleging|suggesting)\s+that\b|\bas\s+saying\s+that\b"
    r"|\baccording\s+to\s+(?:a\s+|the\s+)?(?:media\s+)?"
    r"(?:reports?|outlets?)\b"
    # "reported earlier in the day, citing an unnamed source, that ...", "reports claiming BABYMONSTER recorded"
    r"|\b(?:reported|claimed|alleged)\s[^.;\"“]{0,60}?,\s+that\b|\breports?\s+(?:that|claiming|suggesting|saying)\b"
    # "The report added that the two had allegedly been spotted ...", "The article added that ..."
    r"|\b(?:report|article|outlet)\s+(?:also\s+)?(?:added|said|stated|noted)\s+that\b"
    # "a Korean entertainment outlet claimed the two singers had finished ...": the outlet's claim, no "that"
    r"|\b(?:outlets?|media|tabloids?|insiders?|sources?)\s+(?:[\w-]+\s+){0,3}?(?:claimed|reported|alleged)\b)"
)
# a part of the song a story is about: who wrote, produced or sang it is credited on it
_CREDITED_PART = re.compile(
    r"(?i:\b(?:the|this)\s+(?:(?:mid-tempo|upbeat|acoustic|new|emotional|soft|slow|[a-z]+-[a-z]+|dance|pop|r&b)\s+){0,2}"
    r"(?:song|track|single|bridge|chorus"
    r"|verse|hook|lyrics|melody|arrangement|beat|instrumental|rap\s+verse|title\s+track|ballad|ost|tune)\b)"
)
# "It was produced by Slom", "Co-produced by Teddy, 'Velvet Hour' is ...": the song just described
_IT_CREDITED = re.compile(
    r"(?:It\s+(?:was|is|has\s+been)\s+(?:also\s+)?|(?:Co-)?)(?:co-)?(?:produced|written|composed|arranged)\s+"
    r"(?:and\s+(?:co-)?(?:produced|written|composed|arranged)\s+)?by\s"
)
# a member's own pair with the partner of only these kinds is a reaction to the act, no part in it
REACTION_TYPES = frozenset(("comment", "like", "mention", "follow"))
CREDIT_REACH = 4  # sentences back to the credits of the song being described

_CLIP_OF_PERFORMANCE = re.compile(
    r"(?i:\b(?:clip|video|fancam|footage|snippet)s?\s+of\s+(?:the|their|that|this)\s+(?:\w+\s+)?(?:performance|cover|stage)\b)"
)
_OBJ_GROUP_REF = re.compile(
    r"(?i:\b(?:them|the\s+members|the\s+(?:two|three|four)\s+groups|the\s+groups|both\s+groups)\b)"
)
_REPLY_VERB = re.compile(r"(?i:repl(?:ied|ies)\b|responded\b|wrote\s+back\b|answer(?:ed|s)\b)")
_DEFINITE_POST = re.compile(
    r"(?i:\b(?:on|under)\s+(?:the|that|this|his|her|their)\s+(?:\w+\s+)?(?:picture|photo|post|video|clip|live|selfie|update)\b(?!\s+(?:platform|app|site|service)))"
)
_BACKGROUND = re.compile(
    r"(?i:\b(?:previously|earlier|formerly|once|back\s+in|last\s+year|years\s+ago|in\s+(?:19|20)\d\d|not\s+the\s+first"
    r"|has\s+also|had\s+also|also\s+(?:previously|once))\b)"
)
# a word each _BACKGROUND alternative needs; "ı", "ſ" and the dot "İ" leaves stand in for "i"/"s"
_BACKGROUND_KEYS = (
    "previously", "earlier", "formerly", "once", "back", "last", "years", "19", "20", "first", "also", "ı", "ſ",
    "\u0307",
)
_CAMEO_IN_WORK = re.compile(
    r"(?i:\b(?:the|its|their|this)\s+(?:accompanying\s+|new\s+|official\s+)?(?:music\s+video|mv)\b"
    r"[^.;]{0,80}?\b(?:cameo|guest\s+appearance|special\s+appearance)\b)"
)
# "The music video, filmed in one take, stars actor Park Seo-joon": the one named right after it plays in it
_STARS_IN_WORK = re.compile(
    r"(?i:\b(?:the|its|their|this|a|an|her|his)\s+(?:(?:accompanying|new|official|\d{4})\s+)?(?:music\s+video|mv)\b"
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

# ---- speed: first-character lookaheads for the patterns searched most (same matches; see bot/rxfast.py)
_DENIAL, _OBJ_GROUP_REF, _DEFINITE_POST, _BACKGROUND = map(lead, (_DENIAL, _OBJ_GROUP_REF, _DEFINITE_POST, _BACKGROUND))

_LIVE = re.compile(r"(?i:\blive(?:stream)?\b)")
_PRONOUN_POSTED = re.compile(
    r"(?:He|She)\s+(?:then\s+|later\s+|also\s+)?(?:posted|uploaded|shared|went\s+live|(?:turned|switched)\s+on\s+"
    r"(?:a|an|her|his)\s+(?:[\w-]+\s+){0,3}?live)\b"
)
_PROSE_END = re.compile(r"[.!?…][\"'”’)]*\s*$")
# Set to a list to collect a per-sentence trace (debugging aid for rule work; off in production).
TRACE: list[str] | None = None


# ---------------------------------------------------------------------------------------------- API
def extract_interactions(
    text: str,
    title_end: int,
    sentences: Sequence[Sentence],
    mentions: Iterable[MentionLike],
    meta: MetaLookup,
    pair_model: learned_pairs.PairModel | None = None,
) -> tuple[list[Interaction], bool]:
    """Interactions in ``text`` (title + body; the title is ``text[:title_end]``).

    ``sentences`` must cover the text (title sentences first); ``mentions`` are the tagger's, sorted by
    start. ``pair_model`` adds the pairs it takes among those the rules left out (bot.learned_pairs).
    Returns the merged interactions and whether the story's main subject is an interaction.

    The rules read the text in one written style: Hangul asides after names blanked, a list's serial comma
    and a spaced hyphen read as the rules expect (offsets unchanged); the evidence is quoted as written.
    """
    ments = sorted(mentions, key=lambda m: m.start)
    if len(ments) < 2:
        return [], False
    written = text
    text, ments = _plain_asides(text, ments)
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
    text = _plain_list_commas(text, ments)
    if " - " in text:
        text = text.replace(" - ", " – ")  # "3RACHA - members Bang Chan, Changbin and Han - wrote it": a dash
    if text is not written:
        sentences = [Sentence(s.index, s.start, s.end, text[s.start : s.end]) for s in sentences]

    scan_text = _names_capitalized(text, ments)
    found_cues, found_platforms, found_denials = _scan_story(scan_text)
    if has_feed_trailer(text):  # a feed excerpt's "… Continue reading <the title again>": no act of its own
        trailers = [(t.start(), t.end()) for t in CONTINUE_TRAILER.finditer(text)]
        found_cues = [c for c in found_cues if not any(a <= c[1] < b for a, b in trailers)]
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
        scan_text=scan_text,
        screen_scene=_screen_scene(text, title_end, sentences),
    )

    denial_candidates: set[int] = set()
    for pos in found_denials if found_denials is not None else _find_all(low_text, _DENIAL_KEYS):
        denial_candidates.add(bisect.bisect_right(starts, pos) - 1)
    denied_reports = [
        i for i in sorted(denial_candidates) if 0 <= i < len(sentences) and _DENIED_REPORT.search(sentences[i].text)
    ]
    # a story about a hacked account: what "the account" or "the posts" did there, nobody did
    hacked = ("hack" in low_text or "compromised" in low_text or "access" in low_text) and any(
        _HACKED.search(sentences[i].text) for i in denial_candidates if 0 <= i < len(sentences)
    )
    for aid in counts:
        am = meta(aid)
        story.kinds[aid] = am.kind
        story.groups[aid] = am.groups
    accs: dict[tuple[str, str], _Acc] = {}
    # quotes of several sentences: their speaker is named in another sentence than the names inside them
    all_quotes = quote_spans(text, title_end)
    long_quotes = [
        q for q in all_quotes if bisect.bisect_right(starts, q[0]) != bisect.bisect_right(starts, q[1] - 1)
    ]
    quoted_sentences = {
        i for a, b in long_quotes for i in range(bisect.bisect_right(starts, a) - 1, bisect.bisect_right(starts, b - 1))
    }
    # artists whose social activity the story says was not theirs -> the latest sentence saying so
    suppressed: dict[str, int] = {}
    recent: list[list[_Party]] = []  # resolved parties of previous sentences (most recent last)
    song_challenges: list[tuple[str, list[str], Sentence, bool]] = []  # (song, challengers, sentence, title)
    history: list[tuple[str, str, int]] = []  # (subject, object, sentence index) of pairs so far
    poster: tuple[list[str], int] | None = None  # who posted the latest post the story describes, and where
    stale: tuple[list[str], int] | None = None  # the title person's post, out of reach but not replaced
    speaker: _Speaker | None = None  # who speaks the quoted paragraph a "... and said:" sentence introduces
    # the poster's reach counts sentences of prose: subheadings and "Source: TikTok" lines between the post
    # and the comment under it do not move the story on
    prose = list(itertools.accumulate(1 if _PROSE_END.search(x.text) else 0 for x in sentences))
    for s, raw, cues in zip(sentences, buckets, cues_by_sentence, strict=True):
        in_title = s.end <= title_end
        parties = _qualify(raw, story)
        if (
            not in_title
            and parties
            and any(k in s.text for k in _JOINS_CLIP_KEYS)
            and (jm := _JOINS_CLIP.search(s.text)) is not None
        ):
            _joins_clip(s, parties, s.start + jm.start(), history, accs, story, in_title, recent)
        if not in_title and len(parties) >= 3 and "guests" in s.text:
            _show_guests(s, [p for p in parties if not p.excluded], accs, story, in_title)
        if not in_title and parties and _EPISODE_GUEST_KEYS.search(s.text) and _EPISODE_GUEST.search(s.text):
            _episode_guest(s, [p for p in parties if not p.excluded], accs, history, story)
        if (
            not in_title
            and parties
            and s.index
            and any(q in s.text for q in _QUOTE_MARKS)
            and (
                any(k in s.text for k in _TRACKISH_KEYS)
                or "with" in sentences[s.index - 1].text
                or "guest" in sentences[s.index - 1].text
                or "collab" in sentences[s.index - 1].text
            )
        ):
            _record_track_guests(s, [p for p in parties if not p.excluded], accs, history, story, in_title)
        if speaker is not None and not in_title:
            if speaker.start <= s.start < speaker.end:
                for p in _distinct(parties):
                    if p.id != speaker.who and p.id not in speaker.intro and not _own_group(story, p.id, speaker.who):
                        known = accs.get((p.id, speaker.who) if p.id < speaker.who else (speaker.who, p.id))
                        if known is not None and known.types & TALK_TYPES:
                            continue  # the words of his comment or message to her: its content, no shout-out
                        _add(accs, speaker.who, p.id, {"mention"}, True, s, in_title, story)
                        history.append((speaker.who, p.id, s.index))
            elif s.start >= speaker.end:
                speaker = None
        if not in_title and s.text.rstrip().endswith(":"):
            speaker = _colon_speaker(s, parties, recent, story) or speaker
        # (a live runs on while the story tells it: its chat's comments come later than a post's)
        reach = POSTER_REACH * 2 if poster is not None and _LIVE.search(sentences[poster[1]].text) else POSTER_REACH
        if poster is not None and prose[s.index] - prose[poster[1]] > reach:
            # the post of the one person the title is about stays the post a late comment goes under
            # ("... Her bandmate Winter showed up in the comments" many lines after Karina's upload)
            stale = poster if len(poster[0]) == 1 and _title_person(story, poster[0][0]) else None
            poster = None
        if (
            s.index in denial_candidates
            and _DENIAL.search(s.text)
            and not ("not" in s.text.lower() and _NOT_NEGATION.search(s.text))
            and "prank" not in s.text.lower()  # ("pranks Donghae with a fake 'trot debut'": the fake is the prank)
        ):
            # (a sentence naming nobody: the last person named -- unless it denies a report, which only
            # takes back what the report said, below)
            hit = {p.id for p in parties} or (
                {recent[-1][0].id} if recent and recent[-1] and s.index not in denied_reports else set()
            )
            for h in hit:
                suppressed[h] = s.index
            story.vetoed.add(s.index)  # a denial pairs nobody, learned pairs included
            if parties:
                recent.append(parties)
                # "after regaining access, he deleted the hacker's posts and uploaded a video": his own post
                who = _poster_of(s, parties, story) if _REGAINED.search(s.text) else None
                poster = (who, s.index) if who else poster
            continue
        if (
            parties
            and not in_title
            and "shared" in s.text
            and len(sharers := _distinct([p for p in parties if not p.excluded])) == 1
            and (shared := _SHARED_IT.search(s.text)) is not None
            and sharers[0].start < s.start + shared.start()
        ):
            _shared_the_clip(s, sharers[0], accs, history, story, in_title)
        if (
            parties
            and not in_title
            and s.text[:1] in _READER_CALL_OPENERS
            and ("comment" in s.text or "below" in s.text or "know" in s.text)
            and _READER_CALL.match(s.text)
        ):
            # "Leave your messages for Hoshi and Woozi in the comments!": the story's sign-off to its readers
            story.vetoed.add(s.index)
            continue
        if hacked and _ACCOUNT_ACTED.search(s.text):
            # "the account uploaded a teaser tagging Taemin and Lisa", "a series of posts ... tagging Felix": the
            # hacker's acts pair nobody, the tagged people included (learned pairs too)
            story.vetoed.add(s.index)
            if parties:
                recent.append(parties)
            continue
        if denied_reports and _REPORTED.search(s.text) and any(
            s.index <= d <= s.index + 3 or d <= story.first_body for d in denied_reports
        ):  # (the same sentence too: "YG has shut down reports claiming that BABYMONSTER recorded a song with ...")
            story.vetoed.add(s.index)
            if parties:  # "an outlet reported that the two had recorded a duet" -- later denied
                recent.append(parties)
            continue
        if parties and not in_title and long_quotes:
            have_pairs = set(accs)
            for x, y, types, directed in _quoted_across_sentences(s, _distinct(parties), long_quotes, story):
                if ((x, y) if x < y else (y, x)) not in have_pairs:
                    _add(accs, x, y, types, directed, s, in_title, story)
                    history.append((x, y, s.index))
        if parties and not in_title and ('"' in s.text or "“" in s.text) and len({p.id for p in parties}) == 1:
            said = _quoted_by_pronoun(s, parties[0], recent, story)
            if said is not None:
                _add(accs, said, parties[0].id, {"mention"}, True, s, in_title, story)
                history.append((said, parties[0].id, s.index))
        if len(parties) >= 2 and not in_title and "hoto" in s.text[:8] and (cap := _PHOTO_CAPTION.match(s.text)):
            # "[Photo: Jin, centre, with RM, V, Jimin and Jungkook outside the unit gates.]": one picture of them
            # all (not the photo's credit)
            shown = _distinct([p for p in parties if p.start < s.start + cap.end() and not p.excluded])
            for x, y in itertools.combinations([p.id for p in shown], 2):
                if not _own_group(story, x, y):
                    _add(accs, x, y, {"meet"}, False, s, in_title, story)
                    history.append((x, y, s.index))
        if len(parties) >= 2:
            # a cast or hosting list: its own pairs, whatever else the sentence says
            for a, b, types, directed in _list_pairs(s, _distinct(parties), story):
                _add(accs, a, b, types, directed, s, in_title, story)
                history.append((a, b, s.index))
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
                stale = None if who else stale
            elif recent and _PRONOUN_POSTED.match(s.text):
                # "Haechan settled it himself. He turned on a Weverse live ...": the last person named posted
                person = next((p.id for p in recent[-1] if story.kinds.get(p.id) != "group"), None)
                poster = ([person], s.index) if person else poster
            continue
        cues_before_filter = cues
        cues = _filter_cues(s, cues, parties, story) if cues else cues
        parties = _mark_excluded(s, parties, cues, story)
        if cues:
            parties = _resolve_references(s, parties, cues, recent, story)
            if poster is not None and not in_title:
                parties = _add_post_owner(s, parties, cues, poster[0], story)
            elif stale is not None and not in_title and len({p.id for p in parties}) == 1:
                parties = _add_post_owner(s, parties, cues, stale[0], story)
            parties = _qualifier_owns_post(parties, cues, text)
            if all_quotes and not in_title and ('"' in s.text or "“" in s.text or s.index in quoted_sentences):
                parties = _first_person_speaker(s, parties, all_quotes, story)
        who = _poster_of(s, parties, story) if not in_title else None
        poster = (who, s.index) if who else poster
        stale = None if who else stale
        active = _distinct([p for p in parties if not p.excluded])
        story.sight[s.index] = (parties, cues)
        if in_title:
            story.title_ids.update(p.id for p in active)
            story.title_groups.update(p.id for p in parties if _is_group(story, p.id))
        typed = [c for c in cues if c.kind not in HELPER_KINDS]
        if not typed and any(c.kind not in HELPER_KINDS for c in cues_before_filter):
            story.vetoed.add(s.index)
        pairs: list[_Pair] = _speech_pairs(s, active, story) if len(active) >= 2 else []
        if len(active) >= 2 and (typed or any(c.kind == "join" for c in cues)):
            cue_pairs = _pairs_for_sentence(s, parties, active, cues, story)
            if len(active) > 2 and len(typed) == 1 and text.startswith(("and", "&"), typed[0].start):
                cue_pairs = _joint_and_pair(cue_pairs, typed[0], active)
            talk = {frozenset((a, b)) for a, b, t, _d in cue_pairs if t & TALK_TYPES}
            # the words of a comment or message are its content, not a separate shout-out
            pairs = cue_pairs + [p for p in pairs if frozenset(p[:2]) not in talk]
        band = next((c for c in cues if c.kind == "_bandact"), None)
        if band is not None:
            # "Sunggyu, Dongwoo, Woohyun and Sungjong performed a set": the listed members, with each other
            have = {frozenset(p[:2]) for p in pairs}
            members = _distinct([p for p in parties if p.start < band.start and not p.excluded])
            pairs += [
                (x.id, y.id, {"collab"}, False)
                for x, y in itertools.combinations(members, 2)
                if frozenset((x.id, y.id)) not in have
            ]
        formed = next((c for c in cues if c.kind == "_formact"), None)
        if formed is not None:
            # "Lee Hyori, Uhm Jung Hwa, Jessi and Hwasa formed the project group Refund Sisters": the listed
            # founders, with each other (not with the group they formed, named after it)
            before = [p for p in parties if p.end <= formed.start and not p.excluded]
            founders = _coordinated(before, story) if before else []
            formed_group = next((p.id for p in parties if formed.end <= p.start <= formed.end + 40), None)
            pairs = [p for p in pairs if formed_group not in p[:2]]
            have = {frozenset(p[:2]) for p in pairs}
            pairs += [
                (x, y, {"collab"}, False)
                for x, y in itertools.combinations(founders, 2)
                if frozenset((x, y)) not in have and not _own_group(story, x, y)
            ]
        formed_with = next(
            (
                c
                for c in cues
                if c.kind == "collab" and text.startswith("form", c.start) and text[c.end - 4 : c.end] == "with"
            ),
            None,
        )
        if formed_with is not None:
            # "she formed the project girl group Refund Sisters with Uhm Jung-hwa, Jessi and Hwasa": the founders,
            # each with each other, and none with the group they formed
            inside = {p.id for p in parties if formed_with.start <= p.start < formed_with.end}
            pairs = [p for p in pairs if not inside & set(p[:2])]
            before = [p for p in active if p.end <= formed_with.start]
            after = [p for p in active if p.start >= formed_with.end]
            founders = (_coordinated(before, story)[:1] if before else []) + (
                _coordinated(after, story, subject=False) if after else []
            )
            have = {frozenset(p[:2]) for p in pairs}
            pairs += [
                (x, y, {"collab"}, False)
                for x, y in itertools.combinations(dict.fromkeys(founders), 2)
                if frozenset((x, y)) not in have and not _own_group(story, x, y)
            ]
        dropped = next((c for c in cues if c.kind == "_dropact"), None)
        if dropped is not None:
            # "BIBI and Rich Brian drop surprise single 'Paper Crown'": the listed releasers, with each other
            before = [p for p in parties if p.end <= dropped.start and not p.excluded]
            releasers = _coordinated(before, story) if len(before) >= 2 else []
            have = {frozenset(p[:2]) for p in pairs}
            pairs += [
                (x, y, {"collab"}, False)
                for x, y in itertools.combinations(releasers, 2)
                if frozenset((x, y)) not in have and not _own_group(story, x, y)
            ]
        for c in cues:
            if c.kind == "meet" and _SEE_PRONOUN_OFF.match(text, c.start):
                pairs += _seen_off_pairs(s, c, parties, pairs, story)
        for titled in (c for c in cues if c.kind == "_titlewith"):
            pairs += _title_partner_pairs(titled, parties, pairs, story)
        for featured in (c for c in cues_before_filter if c.kind == "feature" and _FEATURED_GUEST.match(text, c.start)):
            # "Zico's 2016 track 'Bermuda Triangle,' which featured Crush", "Lee Young Ji's 2024 hit featuring
            # EXO's D.O.": the owner's work and its guest, whoever the sentence's subject is
            pairs += _title_partner_pairs(featured, parties, pairs, story)
        if len(active) >= 2:
            have = {frozenset(p[:2]) for p in pairs}
            pairs += [p for p in _cohost_pairs(active, story) if frozenset(p[:2]) not in have]
        if pairs and any(c.kind == "collab" for c in typed) and _credits_described_work(s, story):
            pairs += _credit_newcomers(s, active, pairs, history, accs, story)
        if len(active) >= 2 and any(c.kind == "collab" for c in cues_before_filter):
            have = {frozenset(p[:2]) for p in pairs}
            pairs += [p for p in _joint_owner_pairs(active, story) if frozenset(p[:2]) not in have]
        if active and not in_title and any(c.kind == "collab" for c in typed):
            pairs = _album_guests(s, pairs, active, story)
        if len(active) >= 3 and ("duet" in s.text or "collab" in s.text):
            pairs = _duet_by(s, pairs, active, story)
        if in_title and story.screen_scene and len(active) >= 2:
            # what the title says they do, their characters do; the actors co-star in the work (a collab)
            cast = [p.id for p in active if not _is_group(story, p.id)]
            pairs = [
                (x, y, {"collab"}, False) for x, y in itertools.combinations(cast, 2) if not _own_group(story, x, y)
            ]
        if TRACE is not None and (cues or pairs):
            TRACE.append(
                f"[{s.index}] {s.text[:160]}\n    parties={[(p.id, p.source, p.excluded) for p in parties]}"
                f"\n    cues={[(c.kind, text[c.start : c.end]) for c in cues]}\n    pairs={pairs}"
            )
        for a, b, types, directed in pairs:
            if SIDE_PAIR in types:
                _add(accs, a, b, types - {SIDE_PAIR}, directed, s, in_title, story, mark=False)
            else:
                _add(accs, a, b, types, directed, s, in_title, story)
            history.append((a, b, s.index))
        if (
            len(active) >= 2
            and typed
            and not (in_title and story.screen_scene)
            and not any(p.source == "poster" for p in active)
            and _AT_THE_SHOW.search(s.text) is not None
        ):
            _at_the_show(s, active, _cue_types(typed, story, s), accs, story, in_title)
        if active and _has_cameo(s.text) and (
            any(c.kind == "collab" for c in typed) or _STARS_IN_WORK.search(s.text) or "star" in s.text
        ):
            _cameo_in_work(s, active, history, accs, story, in_title)
        if not pairs and len(active) == 1 and any(c.kind == "_joinact" for c in cues):
            _join_focus(s, active[0], cues, accs, story, in_title)
        elif not pairs and len(active) == 1 and typed:
            _continue_pair(s, active[0], typed, history, accs, story, in_title, recent)
        elif not pairs and len(active) >= 2 and typed and _ALSO_SENT.search(s.text):
            _also_to_same(s, active, typed, history, accs, story, in_title)
        elif not pairs and len(active) >= 2 and typed and _coordinated_run(active, story) == [p.id for p in active]:
            act_types = {t for t in _cue_types(typed, story, s) if not t.startswith("interact")}
            _to_story_person(s, active, typed, act_types, accs, story, in_title)
        if parties:
            recent.append([p for p in parties if not p.excluded] or parties)
        if active and any(c.kind == "challenge" for c in cues):
            song_challenges.extend(_song_challenges(s, active, story, in_title))
    if song_challenges:
        _pair_with_song_artists(song_challenges, accs, story)
    _listicle_item_pairs(accs, story)
    _learned_pairs(accs, history, story, pair_model)
    found, main_subject = _finish(accs, suppressed, story)
    if text is not written:  # the evidence is quoted as written
        as_written = {s.text: written[s.start : s.end] for s in sentences}
        found = [dataclasses.replace(i, evidence=as_written.get(i.evidence, i.evidence)) for i in found]
    return found, main_subject


# "Wooyoung (우영) danced": the name written again in Hangul (or another script) in brackets right after it
_ASIDE = re.compile(r" \((?:[^\x00-\x7f]|[ ,.·])+\)")
_ASIDE_FOLLOWER = re.compile(r"['’]s?(?![\w'’])|[,;:.!?]")


def _plain_asides(text: str, ments: list[MentionLike]) -> tuple[str, list[MentionLike]]:
    """The text with a bracketed native-script aside after a tagged name blanked out, and its own mention dropped.

    "Kim Chaewon (김채원), Sakura (사쿠라) and ..." is read as "Kim Chaewon, Sakura and ...": the rules read the
    words between names, and an aside between them hid a list, a roll-call or a clause break. A comma or full
    stop right after the aside moves up to the name; nothing else moves, so offsets stay the same."""
    if " (" not in text:
        return text, ments
    ends = {m.end: m for m in ments}
    chars: list[str] | None = None
    drop: set[int] = set()
    for hit in _ASIDE.finditer(text):
        named = ends.get(hit.start())
        if named is None:
            continue
        inside = [i for i, m in enumerate(ments) if hit.start() < m.start < hit.end()]
        if any(ments[i].artist_id != named.artist_id for i in inside):
            continue  # "Bada (바다)" read as another artist than the name before it: not a mere aside
        if chars is None:
            chars = list(text)
        a, b = hit.start(), hit.end()
        follower = _ASIDE_FOLLOWER.match(text, b)
        n = len(follower.group()) if follower else 0
        chars[a : b + n] = list(text[b : b + n] + " " * (b - a))
        drop.update(inside)
    if chars is None:
        return text, ments
    return "".join(chars), [m for i, m in enumerate(ments) if i not in drop]


# "Hongjoong, San, and Wooyoung were waiting": the serial comma before the last of three or more listed names
_SERIAL_AND = re.compile(r",\s+and\s+")
_LIST_ITEM_BEFORE = re.compile(r"(?:,|,\s+and)\s+(?:[\w.&*()-]+['’]s?\s+)?(?:(?:fellow|member|leader)\s+)?$")
_LIST_ITEM_AFTER = re.compile(r"(?:[\w.&*()-]+['’]s?\s+)?(?:(?:fellow|member|leader)\s+)?")


def _plain_list_commas(text: str, ments: list[MentionLike]) -> str:
    """The text with the serial comma of a list of names read as a space ("A, B, and C" as "A, B  and C").

    The rules were written for lists without it and read ", and" as the start of a new clause, so a list
    written in the other style lost its last name. Offsets stay the same; only a comma between two listed
    names, after at least one other comma of the list, changes."""
    if ", and " not in text:
        return text
    ends = {m.end: m for m in ments}
    starts = {m.start for m in ments}
    chars: list[str] | None = None
    for hit in _SERIAL_AND.finditer(text):
        comma = hit.start()
        before = text[max(0, comma - 26) : comma]
        bracket = re.search(r"\s*\([^()]{1,24}\)$", before)
        prev = ends.get(comma - (len(bracket.group()) if bracket else 0))
        item = _LIST_ITEM_AFTER.match(text, hit.end())
        if prev is None or item is None or item.end() not in starts:
            continue
        if not _LIST_ITEM_BEFORE.search(text, max(0, prev.start - 40), prev.start):
            continue
        if chars is None:
            chars = list(text)
        chars[comma] = " "
    return text if chars is None else "".join(chars)


_CURLY_QUOTES = ("“", "”", "‘", "’")
_STRAIGHTEN = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def _learned_pairs(
    accs: dict[tuple[str, str], _Acc],
    history: list[tuple[str, str, int]],
    story: _Story,
    model: learned_pairs.PairModel | None,
) -> None:
    """Pairs the rules left out that the learned model takes (bot.learned_pairs), added as sightings."""
    if model is None and learned_pairs.RECORD is None:
        return
    paired_in: dict[int, set[str]] = {}
    for a, b, index in history:
        paired_in.setdefault(index, set()).update((a, b))
    # (the model learned its words from stories written with straight quotes: curly ones read the same)
    text, sentences = story.text, story.sentences
    if any(q in text for q in _CURLY_QUOTES):
        text = text.translate(_STRAIGHTEN)
        sentences = [Sentence(x.index, x.start, x.end, text[x.start : x.end]) for x in sentences]
    cands = learned_pairs.candidates(text, story.title_end, sentences, story.ments, story.meta,
                                     set(accs), paired_in, story.first_body, story.sight,
                                     story.vetoed, sorted(story.title_ids))
    for c, types in learned_pairs.accepted(cands, model):
        _add(accs, c.a, c.b, types, True, c.sentence, c.in_title, story)


def _names_capitalized(text: str, ments: Sequence[MentionLike]) -> str:
    """``text`` as the cue patterns should see it: they look for a capital to find a name, so each tagged
    name starts with one ("thanked aespa's Karina" reads as "thanked Aespa's Karina") and a role word right
    before a name is blanked out ("shared actor Park Bo-gum's post" reads as "shared       Park Bo-gum's
    post"). The length and every offset stay the same."""
    low = [m.start for m in ments if text[m.start : m.start + 1].islower()]
    roles = [
        (w, m.start - 1)
        for m in ments
        if m.start > 1
        and text[m.start - 1] == " "
        and text[(w := text.rfind(" ", 0, m.start - 1) + 1) : m.start - 1] in _ROLE_WORDS_BEFORE
    ]
    # "featured on TWICE's Nayeon's new single": the group before its member is only a qualifier
    quals = [
        (m1.start, m2.start)
        for m1, m2 in itertools.pairwise(ments)
        if text[m1.end : m2.start] in _QUALIFIER_GLUE and text[m2.end : m2.end + 1] in ("'", "’")
    ]
    if not low and not roles and not quals:
        return text
    chars = list(text)
    for i in low:
        up = chars[i].upper()
        if len(up) == 1:
            chars[i] = up
    for a, b in (*roles, *quals):
        chars[a:b] = " " * (b - a)
    return "".join(chars)


_QUALIFIER_GLUE = frozenset(("'s ", "’s ", "' ", "’ "))


# (not "choreographer": "take on choreographer X's dance" is a challenge; not "host" or "model": verbs too)
_ROLE_WORDS_BEFORE = frozenset(("actor", "actress", "singer", "rapper", "singer-songwriter", "comedian", "producer",
                                "YouTuber", "creator"))


_SEE_PRONOUN_OFF = re.compile(r"(?i:(?:see|sees|saw|seeing)\s+(?:him|her|them)\s+off\b)")
_AS_CLAUSE = re.compile(r"(?i:\b(?:as|while|when)\s+)")


def _list_pairs(s: Sentence, active: list[_Party], story: _Story) -> list[_Pair]:
    """Co-hosts listed before hosting and actors a work stars with their roles: each two of them.

    Read from the words themselves, not from cues: another cue starting at the same word ("hosts" as a
    meeting, "starred" as a joint work) would take a list cue's place, and a cast or hosting list may be the
    only thing a sentence says."""
    out: list[_Pair] = []
    if "host" in s.text or "Host" in s.text or "MC" in s.text or "emcee" in s.text:
        out += _host_list_pairs(active, story)
        have = {frozenset(p[:2]) for p in out}
        out += [p for p in _cohost_pairs(active, story) if frozenset(p[:2]) not in have]
    if "star" in s.text:
        have = {frozenset(p[:2]) for p in out}
        out += [p for p in _cast_list_pairs(active, story) if frozenset(p[:2]) not in have]
    return out


def _seen_off_pairs(s: Sentence, cue: _Cue, parties: list[_Party], pairs: list[_Pair], story: _Story) -> list[_Pair]:
    """"Hoshi enlists as Mingyu, DK and Seungkwan see him off": "him" is the main clause's subject.

    The people in the "as" clause went together to see that subject off: each of them met him.
    """
    text = story.text
    clause = None
    for m in _AS_CLAUSE.finditer(text, s.start, cue.start):
        clause = m
    if clause is None:
        return []
    main = [p for p in parties if p.end <= clause.start() and not p.excluded]
    helpers = [p for p in parties if clause.end() <= p.start and p.end <= cue.start and not p.excluded]
    if not main or not helpers:
        return []
    honoured = _coordinated(main, story)
    went = _coordinated(helpers, story)
    have = {frozenset(p[:2]) for p in pairs}
    out: list[_Pair] = [(h, o, {"meet"}, True) for h in went for o in honoured if h != o]
    out += [(x, y, {"meet"}, False) for x, y in itertools.combinations(went, 2)]  # (they went together)
    return [p for p in out if frozenset(p[:2]) not in have]


_POSSESSIVE_NEXT = re.compile(r"['’]")
# a name that owns the next quoted title: where a list of partners ends ("... with Latto and Jimin's 'Smeraldo'")
_OWNS_NEXT_TITLE = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?[\"“'‘]")  # (also "..., and Jin's single 'The Astronaut'")
# the owner released the title: "TXT also released 'Back for More' with Anitta"
_RELEASED_TITLE_BEFORE = re.compile(
    r"(?:,\s+who\s+[^,;.\"“]{1,80},)?"  # ("Lisa, who is also busy with her solo career, released ...")
    r"\s+(?:also\s+|first\s+|then\s+|later\s+)?(?:released|dropped|unveiled|recorded|put\s+out)\s+"
    r"(?:(?:the|a|an|their|her|his|new|hit|single|song|track|duet|ballad|(?-i:[a-z][\w-]*))\s+){0,4}"
    r"(?:[\"“][^\"”]{1,60}[\"”]|['‘][^'’]{1,60}['’])\s+(?:in\s+\d{4}\s+)?"
)
_PARTNER_GAP = re.compile(
    r"\s*(?:the\s+)?(?:(?:[A-Za-z][a-z-]+\s+)?(?:rapper|singer|singer-songwriter|superstar|star|producer|DJ|duo|group|band|artist"
    r"|icon|legend)\s+)?"
    # ("with EXO's D.O.": the partner's group says who he is)
    r"(?:[A-Z][\w&.*()-]*(?:\s+[A-Z][\w&.*()-]*){0,2}['’]s?\s+)?"
    # ("with fellow BTS member Jin")
    r"(?:(?:fellow\s+)?(?:[A-Z][\w&.*()-]*\s+)?(?:member|bandmate|groupmate|labelmate)\s+)?"
)
# "AKMU's 2021 single 'Nakka' was recorded with", "Lee Young-ji's hit 'Small girl,' originally recorded with"
_RECORDED_TITLE_BEFORE = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:[\"“][^\"”]{1,60}[\"”]|['‘][^'’]{1,60}['’]),?\s+(?:(?:originally|first)\s+)?"
    r"(?:(?:was|were)\s+)?recorded\s+$"
)
# "Stray Kids released 'Lose My Breath,' a track recorded with Charlie Puth": the releaser owns the title
_RELEASED_TRACK_RECORDED = re.compile(
    r"\s+(?:(?:also|first|then|later)\s+)?(?:released|dropped|unveiled|put\s+out)\s+(?:(?:the|a|an|their|her|his|new"
    r"|hit|single|song|track)\s+){0,3}(?:[\"“][^\"”]{1,60}[\"”]|['‘][^'’]{1,60}['’]),?\s+(?:(?:in|back\s+in)\s+\d{4},?\s+)?"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:track|song|single|duet|collaboration|ballad|number)\s+"
    r"(?:(?:originally|first|he|she|they)\s+)?recorded\s+"
)
_RECORDED_BY_PRONOUN = re.compile(r"\s+(?:(?:originally|first)\s+)?recorded\s+")
# a quoted title a few words before: "'One of the Girls,' the 2023 single" (then "she recorded with ...")
_TITLE_JUST_BEFORE = re.compile(r"[\"”’],?\s+(?:(?:the|a|an|her|his|their)\s+)?(?:[\w-]+\s+){0,5}$")
# the owner's possessive and the quoted title right before "with" ("LISA's 'Born Again' with ..."); a few
# words may come between ("Jungkook's 2023 hit 'Seven' with Latto", "His breakout single 'Seven' with ...")
_OWNED_TITLE_BEFORE = re.compile(
    r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,3}?(?:[\"“][^\"”]{1,60}[\"”]|['‘][^'’]{1,60}['’])\s+(?:in\s+\d{4}\s+)?$"
)
_FEATURED_GUEST = re.compile(r"(?i:featuring|featured|features)\b")
# a guest featured on the owner's work, its title quoted or not: "Zico's 2016 track 'Bermuda Triangle,' which
# featured", "Lee Young Ji's 2024 hit featuring"
_OWNED_WORK_BEFORE = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:hit|single|track|song|ballad)\s+"
    r"(?:(?:[\"“][^\"”]{1,60}[\"”]|['‘][^'’]{1,60}['’]),?\s+)?(?:which\s+(?:also\s+)?)?"
    r"|(?:['’]s?)?\s+(?:[\w-]+\s+){0,3}?(?:[\"“][^\"”]{1,60}[\"”]|['‘][^'’]{1,60}['’]),?\s+which\s+(?:also\s+)?"
)


def _title_partner_pairs(cue: _Cue, parties: list[_Party], pairs: list[_Pair], story: _Story) -> list[_Pair]:
    """A quoted work, its owner and its partners: "Jungkook's 'Seven' with Latto" pairs Jungkook and Latto.

    Each "with" pairs only the owner named right before its own title, so two works in one sentence
    ("Jungkook's 'Seven' with Latto and Jimin's 'Smeraldo ...' with Loco") keep their partners apart.
    """
    text = story.text
    owner = next((p for p in reversed(parties) if p.end <= cue.start and not p.excluded), None)
    if owner is None:
        return []
    if _DANCED_TO_BEFORE.search(text, max(0, owner.start - 30), owner.start):
        return []  # "filmed a challenge for aespa's 'Dirty Work' with IVE's Liz": the dancer's partner, not aespa's
    if _RECORDED_BY_PRONOUN.fullmatch(text, owner.end, cue.start):
        # "'One of the Girls,' the 2023 single she recorded with The Weeknd": the pronoun is the title's owner
        title = _TITLE_JUST_BEFORE.search(text, max(0, owner.start - 80), owner.start)
        if owner.source != "pronoun" or title is None:
            return []
        # ("Jennie's first crossover moment, 'One of the Girls,' the single she recorded with ...": the one whose
        # moment the title is, not whoever the pronoun last stood for)
        named = next(
            (p for p in parties if p.source != "pronoun" and p.end <= title.start()
             and _POSSESSIVE_NEXT.match(text, p.end)),
            None,
        )
        owner = named or owner
    elif not (
        _OWNED_TITLE_BEFORE.match(text, owner.end, cue.start)
        or _RELEASED_TITLE_BEFORE.fullmatch(text, owner.end, cue.start)
        or _RECORDED_TITLE_BEFORE.match(text, owner.end, cue.start)
        or _RELEASED_TRACK_RECORDED.fullmatch(text, owner.end, cue.start)
        or (cue.kind == "feature" and _OWNED_WORK_BEFORE.fullmatch(text, owner.end, cue.start))
    ):
        return []
    elif (
        owner.source != "pronoun"
        and not _POSSESSIVE_NEXT.match(text, owner.end)
        and not _RELEASED_TITLE_BEFORE.fullmatch(text, owner.end, cue.start)
        and not _RELEASED_TRACK_RECORDED.fullmatch(text, owner.end, cue.start)
    ):
        return []  # "... with" after a title that is not the named party's own
    after = [p for p in parties if p.start >= cue.end and not p.excluded]
    if not after or not _PARTNER_GAP.fullmatch(text, cue.end, after[0].start):
        return []  # ("with Brazilian superstar Anitta": a word or two saying who the partner is may come between)
    listed = _coordinated(after, story, subject=False)
    # the list ends where the next work's owner starts ("... with Latto and Jimin's 'Smeraldo ...'")
    for p in after:
        if p.id in listed and _OWNS_NEXT_TITLE.match(text, p.end):
            listed = listed[: listed.index(p.id)]
            break
    partners = [i for i in listed if i != owner.id]
    have = {frozenset(p[:2]) for p in pairs}
    ids = [owner.id, *partners]
    return [
        (x, y, {"collab"}, x == owner.id)
        for x, y in itertools.combinations(dict.fromkeys(ids), 2)
        if frozenset((x, y)) not in have and not _own_group(story, x, y)
    ]


_DANCED_TO_BEFORE = re.compile(r"(?i:\b(?:challenges?|danc(?:e|ed|es|ing))\s+(?:for|to|of)\s+(?:the\s+)?$)")
_IT_AFTER = re.compile(r"\s+(?:it|the\s+(?:song|track|single))\b")
_RELEASED = re.compile(
    r"(?i:\b(?:released|dropped|unveiled|put\s+out|debuted|premiered)\s+(?:[\w'’-]+\s+){0,4}?(?:song|single|track"
    r"|ballad|album|ep|mv|music\s+video)\b)"
)
_HELD_EVENT = re.compile(
    r"(?i:\b(?:held|hosted|celebrated|threw|staged|kicked\s+off|wrapped\s+up|marked|opened)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:concerts?|fan\s?meetings?|fan\s?cons?|birthday|party|showcase|premiere|anniversary|wedding|tour|recital"
    r"|musical)\b)"
)


@dataclass(frozen=True, slots=True)
class _Speaker:
    who: str
    start: int  # the quoted paragraph the speaker's words fill
    end: int
    intro: frozenset[str]  # named in the sentence that hands over to the quote (their own pairs are made there)


# 'Shinyu turned toward the camera and said:', 'Hyoyeon tagged Karina in the caption and wrote:'
_SAYS_COLON = re.compile(
    r"(?i:\b(?:said|says|wrote|writes|added|adds|replied|replies|captioned|commented|explained|continued|shared"
    r"|told|writing|saying)\b[^:.!?\"“”]{0,50}:\s*$)"
)
_PRONOUN_SUBJECT = re.compile(
    r"(?<![\w'’])(?:[Hh]e|[Ss]he|[Tt]he\s+(?:[\w-]+\s+){0,3}?(?:singer|idol|star|rapper|actor|actress|artist"
    r"|singer-songwriter|musician|producer|leader|member|maknae|vocalist))\b"
)


def _colon_speaker(s: Sentence, parties: list[_Party], recent: list[list[_Party]], story: _Story) -> _Speaker | None:
    """The artist whose words fill the quoted paragraph after a sentence ending in "... and said:"."""
    verb = _SAYS_COLON.search(s.text)
    if verb is None:
        return None
    at = s.start + verb.start()
    if _FAN_SPEAKER.search(story.text, s.start, at):
        return None  # "Netizens commented:", "One fan wrote:": not an artist's words
    people = [p for p in parties if p.start < at and not _is_group(story, p.id)]
    if people:
        who = people[0].id
    elif _PRONOUN_SUBJECT.search(s.text, 0, verb.start()) and recent:
        # "She wrote:", "The Japanese star then quote-posted the clip, writing in English:": the last person
        who = next((p.id for p in recent[-1] if not _is_group(story, p.id)), "")
    else:
        return None
    start = s.end
    text = story.text
    while start < len(text) and text[start].isspace():
        start += 1
    if not who or start >= len(text) or text[start] not in "\"“‘'":
        return None
    end = text.find("\n", start)
    return _Speaker(who, start, len(text) if end < 0 else end, frozenset(p.id for p in parties))


# "5 Surprising Celebrity Friendships ...", "10 times idols ...": a list whose items are pairs of people
_PAIR_LIST_TITLE = re.compile(
    r"(?i:\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:times|moments|interactions|friendships|bromances|duos|pairs|encounters|friends|reunions"
    r"|challenges|collab(?:oration)?s|duets|team-?ups|crossovers|credits)\b)"
)
_WISHED_LIST = re.compile(
    r"(?i:\b(?:dream\w*|asking\s+for|begging\s+for|should|would|could|imagin\w*|manifest\w*|fantas(?:y|ies)|wish(?:ing)?"
    r"|want(?:s|ed)?"
    r"|hypothetical|potential|possible|wish\s?list|we\s+need|need\s+to\s+happen|yet\s+to)\b)"
)
# ("4. Solar for Hyojung": her support; "1. Myung Jaehyun – BIGBANG's 'Haru Haru'": his cover of their song)
_PAIR_JOIN = re.compile(r"\s*(?:&|\band\b|\bx\b|×|\+|\bfor\b|\s[–—-](?=\s))\s*")
_COVER_LIST_TITLE = re.compile(r"(?i:\bcover(?:s|ed)\b)")
# between a heading's other names ("1. Taeyeon and Sunny for Tiffany Young": both went for her)
_PARTY_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|&|\band\b|\bx\b|×|\+|\bfor\b)\s*")
_ITEM_TYPES = frozenset(INTERACTION_TYPES) - {"other"}


# "6 Ways SM Artists Showed Up For aespa", "5 Idols Who Sent Coffee Trucks To IU": one act, one object, and
# each numbered item names who did it
_ONE_OBJECT_LIST_TITLE = re.compile(
    r"(?i:^\W*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:ways|times|idols|stars|celebrities|celebs|artists|singers|actors|actresses"
    r"|people|friends|labelmates|seniors|juniors|sunbaes|hoobaes)\b)"
)
_ITEM_ABSENT = re.compile(
    r"(?i:\b(?:could\s+not|couldn['’]t|was\s+unable\s+to|were\s+unable\s+to|did\s+not|didn['’]t)\s+"
    r"(?:attend|make\s+it|come|show\s+up|be\s+there)\b|\bmissed\s+the\s+(?:show|concert|event)\b)"
)
_ONE_OBJECT_KINDS = frozenset(("meet", "mention", "gift", "message", "comment", "like", "follow"))


def _one_object_list_pairs(accs: dict[tuple[str, str], _Acc], story: _Story) -> None:
    """The people a one-object list's items name each did the title's act to its object (LABELING: a
    listicle labels every pair it reports), even when the item tells it in words no cue knows ("Mark was
    seated in the stands"); the pair is the title's."""
    text = story.text
    if _ONE_OBJECT_LIST_TITLE.search(text, 0, story.title_end) is None or not story.sentences:
        return
    title_ids = [m for m in story.ments if m.end <= story.title_end]
    if len({m.artist_id for m in title_ids}) != 1:
        return
    obj = title_ids[0]
    title_cues = [c for x in story.sentences if x.end <= story.title_end for c in story.sight.get(x.index, ([], []))[1]]
    kinds = {c.kind for c in title_cues if c.end <= obj.start} & _ONE_OBJECT_KINDS
    if not kinds:
        return
    starts = [x.start for x in story.sentences]
    ls = text.find("\n", story.title_end) + 1
    while 0 < ls < len(text):
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        if numbered_heading(text, ls):
            raw = [_Party(m.artist_id, m.start, m.end, "tag") for m in story.ments if ls <= m.start < le]
            people = _distinct([p for p in _qualify(raw, story) if not p.excluded])
            if len(people) == 1 and people[0].id != obj.artist_id and not _own_group(
                story, people[0].id, obj.artist_id
            ):
                hi = bisect.bisect_right(starts, ls) - 1
                head = story.sentences[hi]
                # the title's act and the item's own; one who could not come did not meet them ("Kangta could
                # not attend ..., but a wreath from him stood in the lobby")
                item_end = _next_numbered_heading(text, le)
                told = {c.kind for x in story.sentences[hi:] if x.start < item_end
                        for c in story.sight.get(x.index, ([], []))[1]} & _ONE_OBJECT_KINDS
                types = told | kinds
                if told - {"meet"} and _ITEM_ABSENT.search(text, ls, item_end):
                    types.discard("meet")
                who, target = people[0].id, obj.artist_id
                _add(accs, who, target, types, True, head, False, story)
                # (the title's pair, so a headline; not title_pair, which would hand a group's over to members)
                accs[(who, target) if who < target else (target, who)].opening = True
        ls = le + 1


def _next_numbered_heading(text: str, at: int) -> int:
    """Where the next numbered item starts after ``at`` (the end of the text when none does)."""
    ls = text.find("\n", at) + 1
    while 0 < ls < len(text):
        if numbered_heading(text, ls):
            return ls
        ls = text.find("\n", ls) + 1
    return len(text)


def _listicle_item_pairs(accs: dict[tuple[str, str], _Acc], story: _Story) -> None:
    """A list of friendships or moments whose item headings each name two people reports each pair as an
    interaction (LABELING: a listicle labels every pair it reports), even when the item's paragraph tells it
    in words no cue knows ("her phone buzzes at night with his humming"); its types are the cue kinds found
    in the item, else ``other``."""
    if _WISHED_LIST.search(story.text, 0, story.title_end):
        return  # ("5 Dream Collaborations Fans Keep Asking For": none of them happened)
    listing = _PAIR_LIST_TITLE.search(story.text, 0, story.title_end)
    if listing is None:
        _one_object_list_pairs(accs, story)
        return
    # "6 dance challenges that brought idols together": every item is one of those acts
    noun = listing.group(0).lower()
    # ("4 songwriting credits from 2025 that surprised K-Pop fans": each item wrote or produced for the other)
    listed = (
        {"challenge"} if "challenge" in noun else {"collab"} if re.search(r"collab|duet|team|credit", noun) else set()
    )
    if not listed and _COVER_LIST_TITLE.search(story.text, 0, story.title_end):
        listed = {"cover"}  # "4 Times Male Idols Covered Their Sunbaes' Songs": each item is a cover
    text = story.text
    heads: list[tuple[int, int, bool]] = []  # (start, end, names a pair) of each item heading
    ls = text.find("\n", story.title_end) + 1
    while 0 < ls < len(text):
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        pair_head = listicle_heading(text, ls)
        if pair_head or numbered_heading(text, ls):
            heads.append((ls, le, pair_head))
        ls = le + 1
    starts = [x.start for x in story.sentences]
    for k, (hs, he, pair_head) in enumerate(heads):
        if not pair_head:
            continue
        # ("4. Ayase (YOASOBI) for NiziU": the bracketed group only says who Ayase is)
        raw = [
            _Party(m.artist_id, m.start, m.end, "tag")
            for m in story.ments
            if hs <= m.start < he and not (text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")")
        ]
        people = _distinct([p for p in _qualify(raw, story) if not p.excluded])
        # "A x B", and "TWICE's Momo x ENHYPEN's Jay and Jake": everyone the heading joins took part together
        if not 2 <= len(people) <= 4 or not all(
            (_PARTY_JOIN if j else _PAIR_JOIN).fullmatch(_joint(text, x, y, raw))
            for j, (x, y) in enumerate(itertools.pairwise(people))
        ):
            continue
        end = heads[k + 1][0] if k + 1 < len(heads) else min(len(text), he + 1500)
        # (a cover list's item tells the cover and then the original singer's reaction: the reaction's kinds
        # are that other pair's, not the item's)
        kinds = (
            {kind for kind, _s, _e in find_cues(text[he:end])} & _ITEM_TYPES if listed != {"cover"} else set()
        )
        sentence = story.sentences[bisect.bisect_right(starts, people[0].start) - 1]
        for i, x in enumerate(people):
            for y in people[i + 1 :]:
                a, b = x.id, y.id
                key = (a, b) if a < b else (b, a)
                if _own_group(story, a, b):
                    continue
                if key not in accs:
                    _add(accs, a, b, (kinds | listed) or {"other"}, False, sentence, False, story)
                elif listed:
                    _add(accs, a, b, listed, False, sentence, False, story, evidence=False, mark=False)


_REGAINED = re.compile(
    r"(?i:\b(?:regain(?:ed|ing)?|recover(?:ed|ing)?|restor(?:ed|ing))\s+(?:access|control|the\s+account)\b)"
)
_SUPPORT_GIFT = re.compile(
    r"(?i:\b(?:coffee|food|snack|dessert|ice\s+cream)\s+trucks?\b|\b(?:rice|flower)\s+wreaths?\b)"
)
# a message or gift meant for the public, not for one person: "a message to his fans", "thanked everyone"
_TO_THE_PUBLIC = re.compile(
    r"(?i:\b(?:to|for|with|thank(?:ed|ing|s)?)\s+(?:(?:his|her|their|the|all|our|my|every)\s+)*(?:fans|viewers|audiences?"
    r"|followers|listeners|everyone|supporters|public|army|blinks?|fandom|stans)\b)"
)
# words that were no message to anyone: a letter shared or read out to the public, an interview "over a video
# call", a screenshot "of the comment"
_NOT_SENT = re.compile(
    r"(?i:\b(?:shar|post|upload|read)(?:ed|s|ing)?\s+(?:out\s+)?(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:letters?|notes?|messages?|statements?)\b|\b(?:over|via|during|in)\s+(?:a\s+)?(?:video\s+|phone\s+)?call\b"
    r"|\bof\s+(?:the|that|this|his|her|their)\s+(?:[\w-]+\s+)?(?:comments?|messages?|replies|reply)\b)"
)
# a visit to a place of someone's work, with no one named there: "dropped by the set", "came to the waiting room"
_VISITED_PLACE = re.compile(
    r"(?i:\b(?:dropp?(?:ed|s|ing)?\s+by|stopp?(?:ed|s|ing)?\s+by|visit(?:ed|s|ing)?|paid\s+a\s+visit\s+to"
    r"|(?:came|comes|went|showed\s+up|turned\s+up)\s+(?:to|at))\s+(?:the|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:set|waiting\s+room|dressing\s+room|backstage|rehearsals?|studio|filming\s+site|shoot|location|venue)\b)"
)
_VIDEO_MESSAGE = re.compile(r"(?i:\b(?:video|voice|recorded|congratulatory|special)\s+messages?\b)")
_MESSAGE_TO = re.compile(
    r"(?i:\s+(?:to|for|addressed\s+to)\s+(?:(?:his|her|their|the)\s+)?(?:fans|viewers|audiences?|followers))"
)


def _event_host(story: _Story, exclude: str) -> str | None:
    """Whose event the title is about: "at Taeyang's Seoul concert", "crashes Solar's fan meeting"."""
    hosts = {
        m.artist_id
        for m in story.ments
        if m.end <= story.title_end and m.artist_id != exclude and _EVENT_OWNER.match(story.text, m.end)
    }
    return next(iter(hosts)) if len(hosts) == 1 else None


# "Lee Young Ji's YouTube talk show": the host of the show a guest is on
_HOSTS_SHOW = re.compile(
    r"['’]s?\s+(?:(?:new|own|popular|weekly|hit)\s+)?(?:YouTube\s+|web\s+|radio\s+|variety\s+)?(?:talk\s+)?"
    r"(?:show|series|program|programme|channel|podcast)\b"
)
_AS_GUESTS = re.compile(r"(?i:\bas\s+(?:(?:special|surprise|first|latest|fellow)\s+)?guests\b)")
# a sentence about a record its owner named earlier: "It includes ...", "The album's guest list includes ..."
_RECORD_SUBJECT = re.compile(
    # ("Beyond 'Handlebars,' the album features Doechii on 'ExtraL'": after a phrase naming one of its tracks)
    r"(?i:^\W*(?:(?:beyond|besides|aside\s+from|apart\s+from|in\s+addition\s+to|alongside)\s+[^,;.]{1,40},\s+)?"
    r"(?:it|the\s+(?:(?:new|full|full-length|debut|solo|upcoming|studio|first|second|latest|sophomore)\s+)*"
    r"(?:album|record|set|ep|lp|mini-?album|project|tracklist|track\s+list)"
    r"(?:['’]s\s+(?:guest\s+list|tracklist|features?|guests?))?"
    r"|(?:her|his|their)\s+(?:(?:new|full|full-length|debut|solo|upcoming|studio|first|second|latest|sophomore)\s+)*"
    r"(?:album|record|ep|lp|mini-?album|project))\b(?=[^.;]{0,80}?\b(?:featur\w*|guests?|includ\w*|boasts?)\b))"
)
# a song word says the guests may share one work ("the track Born Again featuring Doja Cat and RAYE")
_TRACK_WORD = re.compile(r"(?i:\b(?:tracks?|songs?|singles?|collaborations?|duets?)\b)")
# "The album features both Childish Gambino and Kali Uchis on one track": one work after all
_ONE_WORK = re.compile(r"(?i:\b(?:both|together|duet|one\s+(?:track|song)|same\s+(?:track|song))\b)")
_RECORD_NOUN = re.compile(r"(?i:\b(?:album|record|ep|lp|mini-?album|tracklist|track\s+list|full-length\s+project)\b)")


def _record_owner(story: _Story, index: int) -> str | None:
    """Whose record the sentences before ``index`` are about: "Jennie's debut solo album Ruby", "LISA released
    her first album" (the latest such owner in the two sentences before, or the title)."""
    lo = story.sentences[max(0, index - 2)].start
    hi = story.sentences[index].start
    owner = None
    for m in story.ments:
        if m.start >= hi:
            break
        if not (lo <= m.start or m.end <= story.title_end):
            continue
        own = _OWNED_RELEASE.match(story.text, m.end)
        if own is None or not _RECORD_NOUN.search(own.group()):
            continue
        if _names_member_next(story, m.end):
            continue
        owner = m.artist_id
    return owner


def _names_member_next(story: _Story, end: int) -> bool:
    """A possessive that names the next artist ("AKMU's Lee Chan-hyuk writes title track for ..."): the group
    says who the member is and owns no record."""
    i = bisect.bisect_right(story.ments, end, key=_start_of)
    return i < len(story.ments) and story.ments[i].start <= end + 4


# "Daesung, who shared it on his Instagram Story", "Taeyang shared a clip of the stage on her Instagram Story":
# passing on the performance the story is about
_SHARED_IT = re.compile(
    r"(?i:\b(?:shared|reposted|re-shared)\s+(?:it|the\s+(?:clip|video|fancam|performance|stage|cover|footage)"
    r"|a\s+(?:short\s+)?(?:clip|video|fancam)\s+of\s+(?:it|the\s+(?:performance|stage|cover)))\s+(?:on|to)\s+"
    r"(?:his|her|their)\s+(?:own\s+)?(?:instagram|weverse|x|tiktok|twitter|story|stories|account|social)\b)"
)


def _shared_the_clip(
    s: Sentence, sharer: _Party, accs: dict[tuple[str, str], _Acc], history: list[tuple[str, str, int]],
    story: _Story, in_title: bool,
) -> None:
    """ "The clip even caught the attention of BIGBANG's Daesung, who shared it on his Instagram Story": the one
    who passes on the performance the story is about gives its performer a shout-out (LABELING: mention)."""
    star = _story_person(story) or _story_group(story)
    if star is None or star == sharer.id or _own_group(story, star, sharer.id):
        return
    _add(accs, sharer.id, star, {"mention"}, True, s, in_title, story)
    history.append((sharer.id, star, s.index))


# a picture's caption, up to its credit: "[Photo: Jin, centre, with RM and V ...]", "(Photo: A and B at ...)"
_PHOTO_CAPTION = re.compile(
    r"^[\[(]?\s*(?:Photo|PHOTO|Pictured)\s*:\s*[^()\[\]]*?(?=\s*(?:\((?:Credit|Photo|©)|\]|\)|$))"
)


# a sign-off addressed to the reader: "Leave your messages for Hoshi and Woozi in the comments!", "Show your
# support for Hongjoong and Seonghwa in the comments below", "Let us know what you think of ..."
_READER_CALL_OPENERS = frozenset("LSDTCVW")
_READER_CALL = re.compile(
    r"(?:(?:Stay\s+tuned[^.!?]{0,40}?[,.!]\s*(?:and\s+)?)?(?i:leave|share|drop|tell\s+us|let\s+us\s+know|show|send|comment"
    r"|vote|write)\b[^.!?]{0,120}?\b(?:(?i:in\s+the\s+comments?|below|us\s+know|comments?\s+section)))"
)
# "APT., the viral 2024 duet by Rosé and Bruno Mars": the work's own artists, named after it
_DUET_BY = re.compile(
    r"\b(?:duet|collaboration|collab|joint\s+single)\s+(?:single\s+|song\s+|track\s+)?(?:by|between|from)\s+"
    r"(?:[\w'’.-]+\s+){0,3}?$"
)


def _duet_by(s: Sentence, pairs: list[_Pair], active: list[_Party], story: _Story) -> list[_Pair]:
    """ "Dua Lipa played a snippet of APT., the viral 2024 duet by Jennie's bandmate Rosé and Bruno Mars": the
    duet's artists are the ones named right after "duet by", with each other (whatever the sentence's subject
    did with their song, its own pairs say)."""
    text = story.text
    order = sorted(active, key=lambda p: p.start)
    for i, p in enumerate(order):
        if not _DUET_BY.search(text, max(s.start, p.start - 60), p.start):
            continue
        run = [p.id, *(q for q in _coordinated(order[i:], story, subject=False)[1:])]
        if len(run) < 2:
            return pairs
        out = list(pairs)
        have = {frozenset(x[:2]) for x in out}
        out += [
            (a, b, {"collab"}, False)
            for a, b in itertools.combinations(run, 2)
            if frozenset((a, b)) not in have and not _own_group(story, a, b)
        ]
        return out
    return pairs


def _album_guests(s: Sentence, pairs: list[_Pair], active: list[_Party], story: _Story) -> list[_Pair]:
    """The guests of an album's tracks pair with the album's artist, not with each other.

    "It includes 'New Woman' featuring Rosalía and 'Rapunzel' featuring Megan Thee Stallion": two songs, two
    joint works -- each guest with LISA, whose album the story named a sentence before, and not the two
    guests together (LABELING pairs the participants of one work). Guests of one song stay paired ("'Damn
    Right' features both Childish Gambino and Kali Uchis").
    """
    titles = tracks.song_titles(story.text, s.start, s.end)
    about_record = _RECORD_SUBJECT.match(s.text) is not None
    if len(titles) < 2 and not about_record:
        return pairs
    order = sorted(active, key=lambda p: p.start)
    spans = [(p.start, p.end) for p in order]
    credited = tracks.credited_songs(story.text, titles, spans) if len(titles) >= 2 else [None] * len(spans)
    songs = dict(zip((p.id for p in order), credited, strict=True))
    where = {p.id: p for p in active}

    def apart(a: str, b: str) -> bool:
        if not titles:  # "The album features Doechii, Dominic Fike and Kali Uchis": a guest each, no song named
            return about_record and not _ONE_WORK.search(s.text) and not _TRACK_WORD.search(s.text)
        sa, sb = songs.get(a), songs.get(b)
        # (a title's artist is the album's own: "Dominic Fike duets with Jennie on 'Love Hangover'")
        return sa is not None and sb is not None and sa != sb and not {a, b} & story.title_ids

    owner = _record_owner(story, s.index) if about_record or len(titles) >= 2 else None
    out: list[_Pair] = []
    for a, b, types, directed in pairs:
        if types <= {"collab"} and a in where and b in where and owner not in (a, b) and apart(a, b):
            continue
        out.append((a, b, types, directed))
    if owner is not None and owner not in where and about_record:
        have = {frozenset(p[:2]) for p in out}
        out += [
            (owner, p.id, {"collab"}, False)
            for p in active
            if frozenset((owner, p.id)) not in have and not _own_group(story, owner, p.id)
        ]
    return out


def _show_guests(
    s: Sentence, active: list[_Party], accs: dict[tuple[str, str], _Acc], story: _Story, in_title: bool
) -> None:
    """ "A new episode of Lee Young Ji's talk show was released with Bang Chan and Han as guests": the host
    met each guest, and the guests met each other, on the show."""
    g = _AS_GUESTS.search(s.text)
    if g is None:
        return
    at = s.start + g.start()
    hosts = [p for p in active if p.end < at and _HOSTS_SHOW.match(story.text, p.end)]
    if len(hosts) != 1:
        return
    guests = [p for p in active if hosts[0].end < p.start < at and p.id != hosts[0].id]
    for i, x in enumerate(guests):
        _add(accs, hosts[0].id, x.id, {"meet"}, False, s, in_title, story)
        for y in guests[i + 1:]:
            if y.id != x.id and not _own_group(story, x.id, y.id):
                _add(accs, x.id, y.id, {"meet"}, False, s, in_title, story)


# "The episode's guest, singer-songwriter Lee Mu-jin, ...", "the episode in which ITZY's Yuna visited the show":
# a guest of the talk show the story is about
_EPISODE_GUEST_KEYS = re.compile(r"(?i:guest|the\s+(?:show|program))")
_EPISODE_GUEST = re.compile(
    r"(?i:\b(?:the|this|that|last)\s+(?:week['’]s\s+|episode['’]s\s+|show['’]s\s+|program(?:me)?['’]s\s+)"
    r"(?:(?:special|surprise|latest|first|second|final|next)\s+)?guests?\b(?!\s+(?:list|book)\b)"
    r"|\b(?:visited|appeared\s+on|came\s+on(?:to)?|stopped\s+by|dropped\s+by|guested\s+on)\s+the\s+(?:show|program"
    r"|programme)\b)"
)
# the host of the talk show a story is about: "Park Bo-gum, the host of KBS2's 'The Seasons'", "Dex's YouTube show
# 'Fridge Interview'", "host Jang Do-yeon"
_HOST_OF_AFTER = re.compile(r"(?i:,\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:host|MC|presenter|DJ)\s+of\b)")
_HOST_BEFORE = re.compile(r"(?<![\w-])(?:(?i:host|presenter)|MC)\s+$")


def _talk_show_host(story: _Story) -> str | None:
    """The one person the story names as a talk show's host (none when it names several)."""
    hosts = {
        m.artist_id
        for m in story.ments
        if not _is_group(story, m.artist_id)
        and (
            _HOST_OF_AFTER.match(story.text, m.end)
            or _HOSTS_SHOW.match(story.text, m.end)
            or _HOST_BEFORE.search(story.text, max(0, m.start - 12), m.start)
        )
    }
    return next(iter(hosts)) if len(hosts) == 1 else None


def _episode_guest(
    s: Sentence, active: list[_Party], accs: dict[tuple[str, str], _Acc], history: list[tuple[str, str, int]],
    story: _Story,
) -> None:
    """A guest of the episode or the show: met the show's host, whom the sentence need not name."""
    host = _talk_show_host(story)
    if host is None or any(p.id == host for p in active):
        return
    for p in _distinct(active):
        if not _is_group(story, p.id) and not _own_group(story, p.id, host):
            _add(accs, p.id, host, {"meet"}, False, s, False, story)
            history.append((p.id, host, s.index))


# a title the sentence calls a record's track: "the closing track 'Shh'", "'ExtraL,' the album's most aggressive
# moment", "'Damn Right,' one of the album's late highlights"
_TRACK_WORD_BEFORE = re.compile(
    r"(?i:\b(?:tracks?|songs?|cut|number|single|b-side|closer|opener|interlude|outro|intro)\s+(?:titled\s+|called\s+)?$)"
)
_TRACK_WORD_AFTER = re.compile(
    r"(?i:[,\s]*(?:(?:the|its|one\s+of\s+the)\s+)?(?:(?:album|record|ep|lp|mini-?album)['’]s\b"
    r"|(?:\w+\s+)?(?:track|song|cut|closer|opener)\b))"
)
_QUOTE_MARKS = ("\"", "“", "‘", "'")
# words _TRACK_WORD_BEFORE / _TRACK_WORD_AFTER need, looked for before either regex runs
_TRACKISH_KEYS = ("track", "song", "album", "record", "single", "cut", "number", "closer", "opener", "intro", "outro",
                  "EP", "ep's", "B-side", "b-side", "interlude", "Track", "Song")
_GUESTS_SAID = re.compile(
    r"(?i:\b(?:stacked|packed|loaded|filled|full|heavy|heavily)\b[^.;]{0,20}?\b(?:guests|collaborators|collaborations"
    r"|features)\b|\bguest\s+(?:list|spots|appearances|verses)\b)"
)
_NOT_SO = re.compile(r"(?i:\b(?:not|never|no\s+longer|would|could|might|rumou?r\w*|reportedly)\b|n['’]t\b)")


def _record_track_guests(
    s: Sentence, parties: list[_Party], accs: dict[tuple[str, str], _Acc], history: list[tuple[str, str, int]],
    story: _Story, in_title: bool,
) -> None:
    """ "Childish Gambino and Kali Uchis both appear on the slinky 'Damn Right,' one of the album's late
    highlights", a sentence after "Jennie's first album, Ruby, arrived on Friday": a guest credited on a
    track of a record the story has just named works with the record's artist (and with a co-guest of the
    same track), though the sentence never names the artist. Only a title the sentence itself calls a track
    counts, so "appeared on 'Music Bank'" is no guest spot -- or any title, when this sentence or the one before
    says the record is full of guests."""
    # ("Ruby ... is stacked with guests. Dua Lipa joins her on the glossy 'Handlebars'": the record's guests are
    # the story's subject, so its titles are its tracks)
    guests_said = s.index > 0 and bool(
        _GUESTS_SAID.search(s.text) or _GUESTS_SAID.search(story.sentences[s.index - 1].text)
    )
    titles = [
        (a, b) for a, b in tracks.song_titles(story.text, s.start, s.end)
        if guests_said
        or _TRACK_WORD_BEFORE.search(story.text, max(s.start, a - 30), a)
        or _TRACK_WORD_AFTER.match(story.text, b, b + 40)
    ]
    if not titles or _NOT_SO.search(s.text):
        return
    owner = _record_owner(story, s.index)
    order = sorted(_distinct(parties), key=lambda p: p.start)
    if owner is None or any(p.id == owner for p in order):
        return
    credited = tracks.credited_songs(story.text, titles, [(p.start, p.end) for p in order])
    guests = [(p.id, k) for p, k in zip(order, credited, strict=True) if k is not None and p.id != owner]
    for i, (g, k) in enumerate(guests):
        if not _own_group(story, owner, g):
            _add(accs, owner, g, {"collab"}, False, s, in_title, story)
            history.append((owner, g, s.index))
        for h, k2 in guests[i + 1 :]:
            if k2 == k and h != g and not _own_group(story, g, h):
                _add(accs, g, h, {"collab"}, False, s, in_title, story)


# the title is about one artist's own show: "Doyoung wraps up solo encore concert", "at her first fan meeting"
_SHOW_IN_TITLE = re.compile(
    r"(?i:\b(?:concerts?|fan\s?meetings?|fan\s?meet|fan\s?cons?|encore|showcase|recital|musical|solo\s+tour)\b)"
)
_AT_OWN_SHOW = re.compile(
    r"(?i:\b(?:at|during)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:concerts?|fan\s?meetings?|fan\s?meet|encore"
    r"|showcase|recital|musical|tour)\b)"
)
_VISITS = re.compile(
    r"(?i:\b(?:joins|joined|cheers\s+on|cheered\s+on|visits|visited|supports|supported|surprises|surprised"
    r"|crash(?:es|ed)|shows\s+up\s+for|showed\s+up\s+for)\s+(?:(?!from\b)[\w'’.-]+\s+){0,3}?$)"
)
# being at that show, or sending something there: "spotted in the audience", "attended the final show",
# "sent a flower wreath to the venue", "could not attend"
# "Choi Jin Hyuk Warns Baek Eun Hye To Stay Away From Oh Yeon Seo In “Positively Yours”": a title naming a
# work at its end ...
_SCENE_TITLE = re.compile(r"\bIn\s+[“\"‘']([^“”\"‘’']{2,60})[”\"’']\s*[!.?]?\s*$")
# ... that the body says is a drama or a film ("“Positively Yours” is a romantic comedy about ...")
_FICTION_WORK = re.compile(
    r"(?i:\b(?:k-?dramas?|dramas?|rom-?coms?|romcoms?|sitcoms?|thrillers?|films?|movies?|webtoons?|melodramas?|romance"
    r"|comedy(?!\s+(?:variety|shows?|programs?|programmes?|specials?|stages?))|characters?|love\s+triangle"
    r"|(?:tells|follows)\s+the\s+story)\b)"
)


def _screen_scene(text: str, title_end: int, sentences: Sequence[Sentence]) -> bool:
    """Whether the title tells a scene of a drama or film by its actors' names (Soompi's stills and previews).

    "Park Sung Hoon And Lee Ki Taek Try To Get A Second Chance With Han Ji Min In “The Practical Guide To
    Love”": the chance is their characters'; the actors named are the work's cast, and LABELING pairs
    co-stars as a collab. A variety show's title ("... On “Knowing Bros”") reports what people really did:
    the body must call the work a drama or a film in a sentence that names it.
    """
    m = _SCENE_TITLE.search(text[:title_end].rstrip())
    if m is None:
        return False
    work = m.group(1).lower()
    return any(
        s.start >= title_end and work in s.text.lower() and _FICTION_WORK.search(s.text) is not None
        for s in sentences
    )


_AT_THE_SHOW = re.compile(
    r"(?i:\b(?:in|among|from)\s+the\s+(?:crowd|audience|stands|vip\s+(?:section|area|seats?|box)|front\s+rows?)\b"
    r"|\battend(?:ed|s|ing)\s+the\s+(?:[\w-]+\s+){0,2}?(?:shows?|concerts?|performance|encore|fan\s?meeting)\b"
    r"|\bin\s+attendance\b|\b(?:to|at)\s+the\s+(?:venue|lobby)\b|\bentrance\s+of\s+the\s+venue\b"
    r"|\b(?:could\s+not|couldn['’]t|unable\s+to)\s+attend\b)"
)


def _show_host(story: _Story, exclude: str) -> str | None:
    """Whose show the story is about: the title's "X's concert", else the one person a story whose title
    is about a concert or fan meeting is about."""
    host = _event_host(story, exclude)
    if host is None:
        # "Yoona cheers on Lee Junho at his solo concert": of the people the title names before "at his", the
        # one the story names most
        m = _AT_OWN_SHOW.search(story.text, 0, story.title_end)
        if m is not None:
            before = [x for x in story.ments if x.end <= m.start() and not _is_group(story, x.artist_id)]
            # ("Jimin joins Taeyang on stage at his concert", "cheers on Lee Junho at his": the visited one)
            if before and _VISITS.search(story.text, max(0, before[-1].start - 30), before[-1].start):
                return before[-1].artist_id if before[-1].artist_id != exclude else None
            named = {x.artist_id for x in before}
            ranked = sorted(((story.counts.get(a, 0), a) for a in named), reverse=True)
            if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
                host = ranked[0][1]
    if host is None and _SHOW_IN_TITLE.search(story.text, 0, story.title_end):
        host = _story_person(story)
    return host if host != exclude else None


def _at_the_show(
    s: Sentence, active: list[_Party], types: set[str], accs: dict[tuple[str, str], _Acc], story: _Story,
    in_title: bool,
) -> bool:
    """ "Sunny and Yuri were also spotted in the audience", "Taecyeon sent a flower wreath to the venue":
    in a story about one artist's show, the audience and the senders are there for its host."""
    acts = types & {"meet", "gift"}
    if in_title or not acts or not _AT_THE_SHOW.search(s.text):
        return False
    host = _show_host(story, exclude="")
    if host is None or any(p.id == host for p in active):
        return False
    done = False
    for p in active:
        if not _own_group(story, p.id, host):
            _add(accs, p.id, host, acts, True, s, in_title, story)
            done = True
    return done


_EVENT_OWNER = re.compile(
    r"(?i:['’]s?\s+(?:[\w-]+\s+){0,2}?(?:concerts?|fan\s?meeting|fan\s?meet|fansign|show|tour|encore|birthday"
    r"|wedding|party|anniversary|showcase|musical|premiere)\b)"
)


def _recent_credits(
    s: Sentence,
    history: list[tuple[str, str, int]],
    accs: dict[tuple[str, str], _Acc],
    story: _Story,
    title_release: bool = False,
) -> list[str]:
    """Everyone credited on the song the latest collab sentence (up to CREDIT_REACH back) described (a
    drama's co-stars are no song's credits: "she starred opposite Park Bo Gum in the series. ... 'eight', the
    single she released with Suga, who also co-produced it")."""
    credits_at = max((i for a, b, i in history if s.index - CREDIT_REACH <= i < s.index
                      and "collab" in accs[(a, b) if a < b else (b, a)].types), default=-1)
    if credits_at < 0 and title_release:
        # further on, the song is still the one the title releases ("Taeyeon and Lauv unite for duet Paper
        # Moon ... [six sentences] ... Paper Moon was produced by Seo Ha Rim"), sung by its singers, not
        # acted by the drama's cast the title names for its OST
        screen = (
            _SCREEN_CREDIT.search(story.text, 0, story.title_end) is not None
            or _SCREEN_TITLE.search(story.text, 0, story.title_end) is not None
        )
        return [
            x
            for a, b, i in history
            if i < story.first_body and "collab" in accs[(a, b) if a < b else (b, a)].types
            for x in (a, b)
            if not (screen and story.kinds.get(x) == "person")
        ]
    if credits_at >= 0 and _SCREEN_CREDIT.search(story.sentences[credits_at].text) and not _WORK_CONTEXT.search(
        story.sentences[credits_at].text
    ):
        return []
    credited: list[str] = []
    for a, b, i in history:
        if i == credits_at:
            credited.extend(x for x in (a, b) if x not in credited)
    return credited


# a title naming a soundtrack or a video may name its actors beside the singers ("OST Blue Hour in Byeon Woo
# Seok's Midnight Ferry", "MV with surprise appearance from Moving star Go Youn-jung")
_SCREEN_TITLE = re.compile(r"\b(?:OST|[Ss]oundtrack|MV|[Mm]usic [Vv]ideo|[Cc]ameo|[Aa]ppearance)s?\b")
# "Paper Moon was produced by ...": a credit opening with a capitalized work name of a few words
_WORK_CREDITED = re.compile(
    r"((?-i:[A-Z0-9])[\w'’&.!?-]*(?:\s+[\w'’&.!?-]+){0,4}?)\s+(?:was|is|has\s+been)\s+(?:also\s+)?"
    r"(?:co-)?(?:produced|written|composed|arranged|penned|co-written)\b"
)


def _credit_opening(s: Sentence, story: _Story) -> bool:
    """Whether the sentence opens with the credits of the work told of ("The song was produced by Lauv
    together with producer Jonah Reyes"), not a later work set beside it ("The single marks his first duet
    since 'SPOT!' featuring Jennie")."""
    m = _WORK_CREDITED.match(s.text)
    return m is not None and (
        m.group(1).lower() in ("the song", "the track", "the single", "this song", "it")
        or _opens_with_titled_work(s, story)
    )


def _opens_with_work(s: Sentence, story: _Story, video: bool = False) -> bool:
    """Whether the sentence opens on the work just told of ("The song was produced by ...", "It was
    written by ..."), or with ``video`` on its music video or original (a work the title names by the same
    words is _opens_with_titled_work's)."""
    head = s.text[:20].lower()
    return (
        head.startswith(("the song", "the track", "the single", "this song"))
        or (video and head.startswith(("the music video", "the original", "its music video")))
        or _IT_CREDITED.match(s.text) is not None
    )


def _opens_with_titled_work(s: Sentence, story: _Story) -> bool:
    """Whether the sentence opens with a credit on a work the title names by the same words (a song's
    name, not a person: the first words are no tagged name)."""
    if s.index < story.first_body:
        return False
    m = _WORK_CREDITED.match(s.text)
    if m is None or len(m.group(1)) < 3:
        return False
    return m.group(1) in story.text[: story.title_end] and not any(
        s.start <= x.start < s.start + m.end(1) for x in story.ments
    )


# a quoted title right after the credited part ("the single 'Home Sweet Home'", "The song, 'Salt Road,'")
_TITLE_NEXT = re.compile(r",?\s*(?:" + tracks.SONG_TITLE.pattern + ")")


def _credits_described_work(s: Sentence, story: _Story) -> bool:
    """Whether the sentence credits a part of "the song" just described ("The track was produced by Slom"), not
    a work it names anew ("reunited with G-Dragon and Daesung for the single 'Home Sweet Home'")."""
    m = _CREDITED_PART.search(s.text)
    if m is None:
        return False
    named = _TITLE_NEXT.match(s.text, m.end())
    if named is None or named.group().startswith(","):
        return True  # ("The song, 'Salt Road,' will be released ...": the described song, named)
    title = named.group().lstrip(", ")[1:-1]
    earlier = story.text[story.sentences[max(0, s.index - 3)].start : s.start]
    return title in earlier or title in story.text[: story.title_end]


def _credit_newcomers(s: Sentence, active: list[_Party], pairs: list[_Pair], history: list[tuple[str, str, int]],
                      accs: dict[tuple[str, str], _Acc], story: _Story) -> list[_Pair]:
    """"The track was produced by Slom, who also worked on her previous album": the producer joins every
    artist credited on the song just described, not only the one the rest of the sentence names."""
    credited = _recent_credits(s, history, accs, story, title_release=_credit_opening(s, story))
    if len([p for p in active if p.id not in credited]) > 2:
        return []  # a whole other cast ("The song's music video starred IU alongside V, while ... Suga"): no credit
    have = {frozenset(p[:2]) for p in pairs}
    out: list[_Pair] = []
    for n in active:
        if n.id in credited or _POSSESSIVE_MARK.match(story.text, n.end):
            continue  # ("composers for NCT WISH's Korean version": the owner of another work)
        for x in credited:
            if frozenset((n.id, x)) not in have and not _own_group(story, n.id, x):
                out.append((n.id, x, {"collab"}, False))
    return out


def _joint(text: str, x: _Party, y: _Party, raw: list[_Party]) -> str:
    """The words between two names of a heading without the groups that qualify the second ("x ENHYPEN's")."""
    gap, at = [], x.end
    for r in raw:
        if x.end <= r.start and r.end <= y.start:
            gap.append(text[at : r.start])
            mark = _POSSESSIVE_MARK.match(text, r.end, y.start)
            at = mark.end() if mark else r.end
    gap.append(text[at : y.start])
    return _BRACKETED.sub("", "".join(gap))


_SCREEN_CREDIT = re.compile(
    r"(?i:\b(?:drama|series|film|movie|sitcom|musical|play|show|episode|opposite|co-?star\w*)\b)"
)
_BRACKETED = re.compile(r"\s*\([^()\n]{1,40}\)")  # "Ayase (YOASOBI) for NiziU": who Ayase is, no joining word
_POSSESSIVE_MARK = re.compile(r"['’]s?(?=\s)")


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


_ALSO_SENT = re.compile(r"(?i:\balso\s+(?:sent|gave|delivered|gifted|sends|gives)\b)")


def _also_to_same(
    s: Sentence,
    active: list[_Party],
    cues: list[_Cue],
    history: list[tuple[str, str, int]],
    accs: dict[tuple[str, str], _Acc],
    story: _Story,
    in_title: bool,
) -> None:
    """ "Labelmates aespa and NCT WISH also sent flowers": the same gift, to whoever got the last one."""
    types = {t for t in _cue_types(cues, story, s) if not t.startswith("interact")}
    if types != {"gift"} or any(p.start > cues[0].start for p in active):
        return
    for a, b, i in reversed(history):
        if s.index - i > 3:
            return
        acc = accs.get((a, b) if a < b else (b, a))
        if acc is None or "gift" not in acc.types or acc.actor is None:
            continue
        receiver = b if acc.actor == a else a
        for p in _distinct(active):
            if p.id != receiver and not _own_group(story, p.id, receiver):
                _add(accs, p.id, receiver, {"gift"}, True, s, in_title, story)
        return


def _to_story_person(
    s: Sentence,
    senders: list[_Party],
    cues: list[_Cue],
    types: set[str],
    accs: dict[tuple[str, str], _Acc],
    story: _Story,
    in_title: bool,
) -> bool:
    """ "Fellow member Sunghoon left a short message of support", "Wonyoung and Leeseo dropped by the set": a
    message, gift, comment or visit with no one named to take it goes to the person the story is about."""
    text = s.text
    typed = [c for c in cues if c.kind not in HELPER_KINDS]
    if (
        in_title
        or not typed
        or not (types <= {"message", "gift", "comment"} or (types <= {"meet", "gift"} and _VISITED_PLACE.search(text)))
        or any(c.start < p.end for c in typed for p in senders)
        or _TO_THE_PUBLIC.search(text, typed[0].start - s.start)
        or _NOT_SENT.search(text)
        or any(story.text.startswith(("'s", "’s"), p.end) for p in senders)
    ):
        return False
    star = _story_person(story)
    if star is None or any(p.id == star or _own_group(story, star, p.id) for p in senders):
        return False
    for p in senders:
        _add(accs, p.id, star, types, True, s, in_title, story)
    if "meet" in types:  # they went there together
        for x, y in itertools.combinations(_distinct(senders), 2):
            if _same_team(story, x.id, y.id):
                _add(accs, x.id, y.id, {"meet"}, False, s, in_title, story, mark=False)
    return True


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
    # "Daesung sent a video message that was played before the encore": a message to the event's host
    if types == {"message"}:
        vm = _VIDEO_MESSAGE.search(text)
        if vm is not None and not _MESSAGE_TO.match(text, vm.end()):
            host = _event_host(story, exclude=party.id)
            if host is not None and not _own_group(story, host, party.id):
                _add(accs, party.id, host, {"message"}, True, s, in_title, story)
                return
    if _at_the_show(s, [party], types, accs, story, in_title):
        return
    # "Nayeon held a fan meeting in Seoul. Jimin attended as a special guest.", "Taeyang celebrated his
    # birthday on Sunday. Jimin sent a cake": the event the sentence before told of is its host's
    if types & {"meet", "gift"} and s.index > 0 and all(c.start > party.start for c in cues):
        prev_s = story.sentences[s.index - 1]
        if recent and _HELD_EVENT.search(prev_s.text):
            hosts = [p for p in recent[-1] if p.start >= prev_s.start and not p.excluded]
            if hosts and hosts[0].id != party.id and not _own_group(story, hosts[0].id, party.id):
                _add(accs, party.id, hosts[0].id, types & {"meet", "gift"}, True, s, in_title, story)
                return
    # "Nayeon released a new song on Friday. Jimin covered it on a live broadcast.": "it" is her song
    if types & {"cover", "challenge"} and s.index > 0 and recent:
        it = next((c for c in cues if c.kind in ("cover", "challenge") and _IT_AFTER.match(story.text, c.end)), None)
        prev_s = story.sentences[s.index - 1]
        if it is not None and it.start > party.start and _RELEASED.search(prev_s.text):
            owners = [p for p in recent[-1] if p.start >= prev_s.start and not p.excluded]
            if owners and owners[0].id != party.id and not _own_group(story, owners[0].id, party.id):
                _add(accs, party.id, owners[0].id, types & {"cover", "challenge"}, True, s, in_title, story)
                return
    # "Last month, Nichkhun sent a snack truck": a support gift on the set of the person the story is about
    if types == {"gift"} and _SUPPORT_GIFT.search(text):
        star = _story_person(story)
        if star is not None and star != party.id and not _own_group(story, star, party.id):
            _add(accs, party.id, star, {"gift"}, True, s, in_title, story)
            return
    if _to_story_person(s, [party], cues, types, accs, story, in_title):
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
    titled_work = _opens_with_titled_work(s, story)
    opens_with_work = titled_work or _opens_with_work(s, story, video=True)
    if (
        types & {"cover", "collab"}
        and (opens_with_work or ("collab" in types and _CREDITED_PART.search(text)))
        and not _POSSESSIVE_AFTER.match(story.text[party.end : party.end + 3])
    ):
        # a new credit on the song a recent sentence paired ("Zico produced NEXTAR's single. The track
        # will also feature vocals from Crush", "Rapper Jvcki Wai features on the bridge"): the newcomer joins
        # every artist credited there (a music video's cast appears with the song's owner only)
        credited: list[str] = []
        if "collab" in types and (
            text[:20].lower().startswith(("the song", "the track", "the single", "this song"))
            or _CREDITED_PART.search(text)
            or titled_work
        ):
            credited = _recent_credits(s, history, accs, story, title_release=True)
        if credited and party.id not in credited:
            for x in credited:
                if not _own_group(story, x, party.id):
                    _add(accs, x, party.id, {"collab"}, False, s, in_title, story)
            return
        prev_start = story.sentences[s.index - 1].start if s.index > 0 else s.start
        named_before = [p for p in (recent[-1] if recent else []) if p.start >= prev_start]
        prev = next((p.id for p in named_before if not _is_group(story, p.id)), None)
        if prev is None and len({p.id for p in named_before}) == 1:
            # "It marks the first time KISS OF LIFE has featured a male vocalist. The track was produced by ..."
            prev = named_before[0].id
        if prev is not None and prev != party.id and not _own_group(story, prev, party.id):
            _add(accs, prev, party.id, types & {"cover", "collab"}, False, s, in_title, story)


# someone entering a clip being filmed: "Sakura slid into the frame", "Hong Eunchae wanders into the frame",
# "Kiel Tutin squeezes in between them", "with Sakura joining the duo for a three-person version"
_JOINS_CLIP = re.compile(
    r"(?i:\b(?:slid(?:es|ing|e)?|wander(?:s|ed|ing)?|walk(?:s|ed|ing)?|jump(?:s|ed|ing)?|pop(?:s|ped|ping)?"
    r"|burst(?:s|ing)?|step(?:s|ped|ping)?|sneak(?:s|ed|ing)?|snuck|crash(?:es|ed|ing)?|dance[sd]?|danc(?:ing))"
    r"\s+(?:\w+\s+)?in(?:to)?\s+(?:the\s+)?(?:frame|shot)\b"
    r"|\bsqueez(?:es|ed|ing)\s+in\s+between\s+them\b"
    r"|\bjoin(?:s|ed|ing)?\s+(?:the\s+(?:duo|pair|two|trio)|them)\b)"
)

# a sentence or title that tells of a clip being made: whose people a newcomer to the frame joins
_CLIP_WORDS = re.compile(r"(?i:\b(?:challenges?|version|clip|video|routine|choreography|dance)\b)")


# words one of _JOINS_CLIP's alternatives needs, checked before the regex runs on every sentence
_JOINS_CLIP_KEYS = ("frame", "shot", "between them", "join", "Join")


def _joins_clip(
    s: Sentence, parties: list[_Party], at: int, history: list[tuple[str, str, int]],
    accs: dict[tuple[str, str], _Acc], story: _Story, in_title: bool, recent: list[list[_Party]],
) -> None:
    """ "Just as the two struck their ending pose, Sakura slid into the frame": she joined the challenge clip
    the story just told of, with everyone in it. The one who entered is the name just before the verb; any other
    name must be one of the clip's people or a qualifier ("Kazuha's bandmate Sakura")."""
    before = [p for p in parties if p.start < at and not p.excluded]
    if not before or _is_group(story, before[-1].id):
        return
    who = before[-1].id
    members: set[str] = set()
    for a, b, i in reversed(history):
        if s.index - i > 3:
            break
        acc = accs.get((a, b) if a < b else (b, a))
        if acc is not None and "challenge" in acc.types and who not in (a, b):
            members = {x for a2, b2, i2 in history if i2 == i for x in (a2, b2)
                       if "challenge" in accs[(a2, b2) if a2 < b2 else (b2, a2)].types}
            break
    if not members and recent and _CLIP_WORDS.search(story.sentences[max(0, s.index - 1)].text):
        # "Somi uploaded a version with Kazuha. ... Kazuha's bandmate Hong Eunchae wanders into the frame"
        members = {p.id for p in recent[-1] if not p.excluded and not _is_group(story, p.id)}
        if len(members) < 2:
            members = set()
    if not members and _CLIP_WORDS.search(story.text, 0, story.title_end):
        # the title's challenge: "Kazuha and Manon team up for Gnarly dance challenge"
        members = {x for x in story.title_ids if not _is_group(story, x)}
        if len(members) != 2:
            members = set()
    if any(
        p.id != who and p.id not in members and not story.text.startswith(("'s", "’s"), p.end) for p in parties
    ):
        return
    for x in sorted(members - {who}):
        if not _own_group(story, x, who):
            _add(accs, who, x, {"challenge"}, False, s, in_title, story)


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


# --------------------------------------------------------------------------------------- accumulate
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
    if mark:
        acc.side_only = False
        if in_title:
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


# a title about joint works fans only wish for ("The Dream Collaborations K-Pop Fans Want To See Most",
# "collabs fans are still waiting for")
_WISH_TITLE = re.compile(
    r"(?i:\bdream\s+(?:collabs?|collaborations?|duets?|team-?ups?|pairings?)\b"
    r"|\b(?:collabs?|collaborations?|duets?|team-?ups?)\b[^.;:!?]{0,30}?\b(?:fans|we|netizens)\b[^.;:!?]{0,20}?"
    r"\b(?:want|wish|need|(?:still\s+)?waiting\s+for|begging\s+for|dream\s+of)\b)"
)
_DONE_WORK = re.compile(
    r"(?i:\b(?:released|recorded|performed|sang|featured|dropped|teamed\s+up|collaborated|worked|co-wrote|wrote"
    r"|produced|appeared|starred|shared\s+the\s+stage|featur(?:ing|es|ed))\b)"
)


def _joint_and_pair(pairs: list[_Pair], cue: _Cue, active: list[_Party]) -> list[_Pair]:
    """Only the two names either side of "X and Y's 'Song'" share that work.

    ('Up for the award are ROSÉ and Bruno Mars' "APT.", G-Dragon's "Drama", aespa's "Dirty Work" ...': the
    others in the list each have their own song.)
    """
    before = max((p for p in active if p.end <= cue.start), key=lambda p: p.end, default=None)
    after = min((p for p in active if p.start >= cue.end), key=lambda p: p.start, default=None)
    if before is None or after is None:
        return pairs
    two = {before.id, after.id}
    return [p for p in pairs if {p[0], p[1]} == two]


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
    if _WISH_TITLE.search(story.text, 0, story.title_end):
        # "5 K-pop and Western collabs fans are still waiting for": the items are wishes ("1) Jungkook x
        # Ariana Grande"); a joint work the story says was made ("previously recorded ...") stays
        for key in list(accs):
            acc = accs[key]
            if {t for t in acc.types if not t.startswith("interact")} <= {"collab"} and not _DONE_WORK.search(
                acc.evidence
            ):
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
        if "challenge" in types:
            # doing a dance challenge together, or to the other's song, is the challenge: LABELING's types
            # for it hold no separate collab or cover for the same act
            types -= {"collab", "cover"}
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


_OWNED_RELEASE = re.compile(
    # ("Jennie's first full-length solo album", not "i-dle's Soyeon for new single": the words of the record only)
    r"(?i:['’]s?\s+(?:(?!(?:for|with|by|on|and|to|in)\s)[\w-]+\s+){0,3}"
    r"(?:ep|album|mini-?album|single|title\s+track|(?<=full-length\s)project)\b"
    # "QWER enlist Epik High's Tablo for new single", "QWER have shared a new single featuring Tablo" (also after a
    # relative clause: "Lisa, who left YG in 2023 and launched her own label, Lloud, released her first album")
    r"|(?:,\s+who\s+[^.;,]{1,80}(?:,[^.;,]{1,30})?,)?"
    r"\s+(?:(?:have|has|will|is\s+set\s+to|are\s+set\s+to)\s+)?(?:enlist(?:s|ed)?|tap(?:s|ped)?|recruit(?:s|ed)?"
    r"|releas(?:e|es|ed)|shared?|drop(?:s|ped)?)\s+(?:[\w'’.&-]+\s+){0,4}?(?:for\s+)?(?:a\s+|an\s+|their\s+|its\s+)?"
    r"(?:new\s+|upcoming\s+|latest\s+|first\s+|debut\s+)?(?:single|ep|album|mini-?album|song|track)\b)"
)


_OF_QUALIFIER_BEFORE = re.compile(r"(?i:\bof\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$)")


def _title_person(story: _Story, aid: str) -> bool:
    """A person (not a group) the title names: the one whose post a story about a post is about."""
    return aid in story.title_ids and not _is_group(story, aid)


def _owns_release(story: _Story, group: str) -> bool:
    """Whether the story names a record as the group's own ("BOYNEXTDOOR's upcoming EP")."""
    return any(
        m.artist_id == group
        and (
            (own := _OWNED_RELEASE.match(story.text, m.end)) is not None
            and not _names_member_next(story, m.end)
            and (
                own.group().startswith(("'", "’"))  # "BOYNEXTDOOR's upcoming EP"
                # ("Lee Su-hyun of the sibling duo AKMU will release a duet": the group names who she is)
                or not _OF_QUALIFIER_BEFORE.search(story.text, max(0, _start_of(m) - 40), _start_of(m))
            )
        )
        for m in story.ments
    )


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


# "The six-piece group — Shownu, Minhyuk, Kihyun ... — is on tour": who the group is, nobody's act
# (also "The group, made up of A, B, ..., and H": the list may open with its verb and close with ", and")
_LINE_UP_HEAD = re.compile(
    r"(?i:\b(?:group|band|boys|girls|members|line-?up|septet|sextet|quintet|quartet|trio|duo)\s*[—–(:,]\s*"
    r"(?:(?:made\s+up\s+of|composed\s+of|consisting\s+of|comprising)\s+)?"
    r"(?:[^\n.;()—–]{1,40}?,\s*){0,12}(?:(?:[^\n.;()—–,]{1,40}?\s+)?and\s+)?$"
    # "The group's Japanese sub-unit MISAMO, made up of Momo, Sana and Mina, ...": who is in it
    r"|[,(]\s*(?:made\s+up\s+of|composed\s+of|consisting\s+of|comprising|comprised\s+of)\s+"
    r"(?:[^\n.;()—–]{1,40}?,\s*){0,12}(?:(?:[^\n.;()—–,]{1,40}?\s+)?and\s+)?$"
    # "KiiiKiii, which debuted in March with members Jiyu, Leesol, Sui, Haum and Kya"
    r"|\b(?:with|by)\s+(?:its\s+|their\s+)?(?:\w+\s+)?members\s+(?:[^\n.;()—–]{1,40}?,\s*){0,12}"
    r"(?:(?:[^\n.;()—–,]{1,40}?\s+)?and\s+)?$)"
)


def _only_in_line_up(story: _Story, aid: str) -> bool:
    """Whether every mention of ``aid`` sits in a list of a group's members right after the group's noun."""
    spots = [_start_of(m) for m in story.ments if m.artist_id == aid]
    return bool(spots) and all(
        _LINE_UP_HEAD.search(story.text, max(0, at - 160), at) or _in_group_brackets(story, at, aid) for at in spots
    )


_REACTION_WORDS = re.compile(r"(?i:\b(?:comment(?:s|ed)?|wrote|writes|replied|replies|reacted|reacts|liked)\b)")
_PART_WORDS = re.compile(r"(?i:\b(?:danc\w*|challenge|perform\w*|sang|sing\w*|join\w*|film\w*|together|with)\b)")


def _only_commented(story: _Story, aid: str) -> bool:
    """Whether every sentence naming ``aid`` has them reacting (a comment, a reply, a like) and none has them
    taking part ("TWICE's Momo wrote, 'Unnie, please teach me the second half'" under the challenge video)."""
    starts = [t.start for t in story.sentences]
    seen = False
    for m in story.ments:
        if m.artist_id != aid:
            continue
        i = bisect.bisect_right(starts, m.start) - 1
        text = story.sentences[i].text if i >= 0 else ""
        if i <= 0 or not _REACTION_WORDS.search(text) or _PART_WORDS.search(text):
            return False  # (the title names who took part)
        seen = True
    return seen


def _named_in_sentence(story: _Story, index: int) -> set[str]:
    """The artists the tagger found in sentence ``index``."""
    if not 0 <= index < len(story.sentences):
        return set()
    s = story.sentences[index]
    return {m.artist_id for m in story.ments if s.start <= m.start < s.end}


def _only_reacted(accs: dict[tuple[str, str], _Acc], member: str, partner: str) -> bool:
    """The member's own pair with the partner is only a reaction to what they did ("ILLIT's Yunah reacts" to
    the challenge of her group's song with a comment): the member took no part in the act itself."""
    own = accs.get((member, partner) if member < partner else (partner, member))
    return own is not None and bool(own.types) and own.types <= REACTION_TYPES


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
            if real == {"collab"} and (_credited_feature(story, g) or _owns_release(story, g)):
                continue  # "a remix featuring ENHYPEN", "the title track of BOYNEXTDOOR's EP": the group's record
            if real == {"cover"} and acc.actor != g:
                continue  # "QWER's take on Paramore's song": a covered song is the group's as a whole
            if real == {"gift"} and acc.actor is not None and acc.actor != g:
                continue  # "TVXQ sends flowers to RIIZE's concert": a gift sent to the group is the group's
            # only members who took part in an act themselves (a member's comment on the cover of the
            # group's song is no part in it)
            members = [
                k
                for k in accs
                if k != key
                and x in k
                and _is_member(story, k[0] if k[1] == x else k[1], g)
                and accs[k].types & real  # took part in the same kind of act
            ]
            # (a member's own pair in the title is the story's event: the group's later pair of the same kind
            # with the same partner, in a sentence naming that member, retells it -- "TWS's account uploaded
            # the challenge video, featuring Shinyu and Dohoon alongside Ahyeon and Ruka")
            named_there = _named_in_sentence(story, acc.first_index)
            near = [
                k
                for k in members
                if acc.title_pair
                or abs(accs[k].first_index - acc.first_index) <= 2
                or (k[0] if k[1] == x else k[1]) in named_there  # "the group's account posted a video of A and B"
            ]
            # a covered song, a song made for or with the group, or a gift sent to it is the group's as a whole
            if not near and acc.title_pair and not real <= {"cover", "collab", "gift"}:
                for aid in story.counts:
                    if (
                        aid != x
                        and _is_member(story, aid, g)
                        and not _is_group(story, aid)  # (a sub-unit is no member who took part)
                        and g not in story.meta(aid).former  # ("Founding guitarist Jae left DAY6 in 2021")
                        and not _own_group(story, aid, x)
                        and not _only_in_line_up(story, aid)
                        and not _only_reacted(accs, aid, x)
                        and not ("challenge" in real and _only_commented(story, aid))
                    ):
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
                    if shared and k3 not in accs and not _own_group(story, y, z):
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
        if plats["in_person"] and plats["in_person"] >= acc.evidence_count:
            return "in_person"  # every sentence of it places it at a concert, festival or event: a joint stage
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
