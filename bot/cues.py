"""Words that signal an interaction: the cue and platform trigger tables and the keyword automata that find them.

Every cue is found by one Aho-Corasick pass over the story (English and Korean stems) and confirmed by a small
regex anchored at the trigger, which is much cheaper than one big alternation over the text. The same module
holds the per-sentence key automaton the later stages use to skip regexes a sentence cannot match, because it
is built from the same kind of word lists.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Sequence

import ahocorasick

from bot.extraction_types import _Story
from bot.sentences import Sentence

# --------------------------------------------------------------------------------------------- cues
# Things handed over as presents, shared by the gift cues ("sent Jungkook a bottle of wine", "surprised him
# with a film camera", "received a guitar from Chris Martin"): one list, so a thing added for one shape of
# sentence counts in the others. Not letters or notes (a message) and not food or coffee bare (a treat).
_GIFT_THINGS = (
    r"(?:cakes?|presents?|hampers?|care\s+packages?|bouquets?|chocolates?|cookies|guitars?|keyboards?|headphones"
    r"|sneakers|shoes|watch(?:es)?|necklaces?|bracelets?|rings?|perfumes?|jackets?|hoodies?|sweaters?|scarf|scarves"
    r"|cameras?|bags?|handbags?|plush(?:ies|ie)?|dolls?|wine|champagne|books?|vinyls?|lps?|figurines?|lamps?"
    r"|mugs?|tumblers?|paintings?|portraits?|sketch(?:es)?|hats?|caps?|sunglasses|earrings?|pendants?|lockets?"
    r"|gift\s+(?:boxes?|baskets?|sets?|cards?)|flower\s+baskets?|fruit\s+baskets?)"
)

# One entry per cue kind (mostly an interaction type; "interact", "join", "recip", "feature", "msgnoun",
# "release" and "flowers" are helpers resolved in _filter_cues). Each pattern is tried anchored at a trigger
# word found by the automaton below; case-sensitive parts (a following capitalised name) use scoped flags.

# "Taeyang reunited with G-Dragon and Daesung for the single 'Home Sweet Home'": a joint work, not a meeting
_REUNITED_FOR_WORK = (
    r"[^.;]{0,80}?\bfor\s+(?:a|an|the|their|his|her|its)\s+(?:[\w'’-]+\s+){0,3}?(?:single|song|track|duet|stage"
    r"|performance|album|ep|collab\w*|remake|remix|project)\b"
)

# words before "stars" that make it the noun ("fellow trot stars A and B"), not the verb ("which stars A and B")
_STARS_NOUN_BEFORE = ("fellow", "trot", "pop", "rock", "k-pop", "K-pop", "hip-hop", "Hollywood", "TV", "rising", "big",
                      "young", "other", "guest", "child", "former", "veteran", "top", "biggest", "global", "Korean",
                      "American", "two", "both", "ballad")

_CUE_PATTERNS: list[tuple[str, str]] = [
    (
        "unfollow",
        r"(?i:\bun-?follow\w*|\bcancel(?:l?ed|l?ing|s)?\s+(?:his|her|their|the)\s+follows?\b"
        r"|\bstopped\s+following\b|\bno\s+longer\s+follow(?:s|ing)?\b|\bremoved\b[^.]{0,30}?\bfrom\s+(?:his|her|their)\s+follow(?:ing|s)?\b)",
    ),
    (
        "follow",
        # 'Winter Finally Hits "Follow" On IVE's Liz'
        r"(?i:\bhit(?:s|ting)?\s+(?:the\s+)?[\"“'‘]?follow[\"”'’]?(?:\s+button)?\s+on\b"
        r"|(?<!\bthat\s)(?:(?<!\bwhich\s)|(?=follows\b))(?<!-)(?<!\bwill\s)\bfollow(?:s|ed|ing)?\b(?!\s*-\s*up)(?!\s+(?:suit|on|up|from|through|with)\b)"
        # "Her first album followed the same year", "a tour followed shortly after": came next, nobody followed
        r"(?!\s+(?:(?:soon|shortly|quickly|immediately|just|later|afterwards?|after|in|the\s+(?:same|next|following))\b"
        r"|(?:a|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+later\b))"
        r"(?!\s+the\s+(?:enlistment|procedure|trend|lead|footsteps|release|launch|debut|success|announcement|example|path"
        r"|news|end|start|premiere|finale|conclusion|wrap|opening|arrival|departure))(?!\s+(?:the\s+)?(?:story|stories|life|lives|journey|adventures?|tale|plot)\b)(?<!\bfollow(?=\s+list\b)))",
    ),
    (
        "like",
        r"(?i:\bliked\b|(?<!\ba\s)\bliking\b|\bliking\s+spree\b|\bhit\s+the\s+like\b|\blikes\s+(?:on|from)\b"
        r"|\bdouble[- ]?tap(?:s|ped|ping)?\b"  # "Taesan double-taps an old IU post"
        r"|\blikes\s+to\s+(?=(?-i:[A-Z])|(?:his|her|their|the|a|an)\b)"  # not "likes to sing"
        # "Jihyo likes Yuna's Instagram post", "fans spotted a like from Jihyo"
        r"|\blikes\b(?=\s+(?:[\w'’-]+\s+){1,4}?(?:post|photo|picture|video|tweet|selfie|clip|reel|upload)s?\b)"
        r"|(?<=\ba\s)like\s+(?:from|on)\b)",
    ),
    (
        "comment",
        r"(?i:\bcomment(?:s|ed|ing)?\b|\bremark\b|\bnote\s+on\b"
        # "Leaves Heart Emoji On Taeyang's Post": an emoji left under a post is a comment
        r"|\b(?:leav(?:es|e|ing)|left|drop(?:s|ped|ping)?)\s+(?:a\s+)?(?:[\w-]+\s+){0,3}?emojis?\s+(?:on|under|below)\b"
        # "wrote 'so proud' under Yeonjun's post": words left under a post are a comment
        r"|\b(?:under|below)\s+(?=(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?['’]s?|his|her|their|the|that|this)\s+"
        r"(?:[\w'’-]+\s+){0,2}?(?:post|video|photo|picture|clip|selfie|upload|tweet|reel)s?\b)"
        # "replied to Taeyang's post on X": an answer under a post is a comment
        r"|\brepl(?:y|ied|ies|ying)\s+to\s+(?=(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?['’]s?|his|her|their|the|that"
        r"|this)\s+(?:[\w'’-]+\s+){0,2}?(?:post|video|photo|picture|clip|selfie|upload|tweet|reel)s?\b)"
        # "slid into the comments of Jungwon's live"
        r"|\bsl(?:id|ides|iding)\s+into\s+(?:the|his|her|their)\s+comments?\b"
        # "Bandmate Julie also showed up in the comments", "Winter jumped into the comments under the post"
        r"|\b(?:show(?:s|ed|ing)?\s+up|turn(?:s|ed|ing)?\s+up|pop(?:s|ped|ping)?\s+up|jump(?:s|ed|ing)?|hopp?(?:s|ed|ing)?)"
        r"\s+(?:in|into|on)\s+(?:the|his|her|their)\s+comments?(?:\s+section)?\b"
        # "left heart emojis on Yeonjun's post"
        r"|\bleft\s+(?:[\w-]+\s+){0,3}?(?:emojis?|hearts?|repl(?:y|ies)|words?|notes?)\b(?=\s+(?:on|under|below)\b)"
        # "Jay pops into Beomgyu's Weverse live": turning up in someone's live is joining its chat
        r"|\b(?:pop(?:s|ped|ping)?|dropp?(?:s|ed|ing)?|show(?:s|ed|ing)?\s+up|turn(?:s|ed|ing)?\s+up|crash(?:es|ed|ing)?"
        r"|stopp?(?:s|ed|ing)?)"  # ("Beomgyu also stopped by the chat near the end of the live")
        r"\s+(?:in(?:to)?|by|on)?\s*(?=(?:[\w'’.-]+\s+){0,4}?(?:live|livestream|live\s?stream|broadcast|live\s+chat"
        r"|chat|comments?)\b)"
        # "Jimin joined the live chat", "entered her Weverse live's chat": typing in the chat of someone's live
        r"|\b(?:join(?:s|ed|ing)?|enter(?:s|ed|ing)?|hopp?(?:s|ed|ing)?\s+into)\s+(?=(?:the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?"
        r"(?:live\s+)?chat\b))",
    ),
    (
        "message",
        r"(?i:\bdms?\b|\bdirect\s+messages?\b|\bmessag(?:ed|ing)\b|\bmessages?\s+(?:to|for|from|with)\b"
        r"|\btext(?:ed|ing)\b|\bto\s+text\b|\btexts?\s+(?:messages?\s+)?(?:from|to)\b"
        # the verb, not "the text" (the articles as words: "Karina texts", "Esther texts" are verbs)
        r"|(?<!\bthe\s)(?<!\ba\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bthis\s)(?<!\bthat\s)\btexts?\b"
        r"(?=\s+(?:each\s+other|one\s+another|him|her|them|(?-i:[A-Z])|late|daily|every|regularly|often|all\s+the))"
        r"|\bletters?\s+(?:to|from)\b|\b(?:hand-?written|personal|heartfelt)\s+(?:letters?|notes?)\b|\bpen(?:ned|s|ning)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:letters?|notes?|messages?)\b|\brepl(?:y|ied|ies)\b|\bresponded\b(?!\s+to\s+(?:the\s+)?(?:\w+\s+)?(?:reports?|rumou?rs?|speculation|claims?|criticism|controvers\w+|questions?|allegations?|inquir\w+))|\banswer(?:ed|s|ing)(?=\s+(?:him|her|them|underneath|back)\b)|(?<!\bsame\s)\bconversations?\b|\bcontacted\b"
        # "sent him a handwritten birthday letter", "IU Sends Him A Letter", "wrote Seungkwan a card" (a named
        # recipient only after a lower-case verb: in a Title Case headline every word looks like a name)
        r"|(?:\b(?:sen(?:t|ds?|ding)|wr(?:ote|ites?|iting))\s+(?:him|her|them|me|us)"
        r"|\b(?-i:sen(?:t|ds?|ding)|wr(?:ote|ites?|iting))\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})"
        r"\s+(?:a|an|the|some)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:texts?|messages?|dms?|notes?|letters?|cards?|postcards?|voice\s+(?:memos?|notes?|messages?))\b"
        # "The Text BTS's Jimin Sent Him": the message, then its sender
        r"|\b(?:texts?|messages?|dms?)\s+(?=(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3}(?:sent|wrote)\b)"
        r"|\bchatted\b|\bchatting\b|\bin\s+touch\b|\badvice\s+from\b|\badvice\b(?=\s+(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,2}?\s+(?:ever\s+)?(?:gave|offered|had\s+given)\b)|\b(?:texts?|messages?|letters?|notes?|dms?)\s+(?:that\s+)?(?:he|she|they|I)\s+(?:had\s+)?(?:just\s+|recently\s+|once\s+)?(?:got|received)\s+from\b|\badvis(?:ed|es|ing)\b(?=\s+(?-i:[A-Z])|\s+(?:him|her|them)\b)|\bphone\s+call\b|\bvoice\s+note\b|\b(?:memos?|messages?|texts?|letters?|notes?)\b(?=\s+(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,2}\s+(?:had\s+)?(?:just\s+)?sent\b)|\bvideo[\s-]call(?:s|ed|ing)?\b|\bface-?tim(?:e|ed|ing)\b|\b(?:rang|rings|ringing|dial(?:l)?ed|dials|dial(?:l)?ing|phon(?:ed|es|ing))\b(?!\s+in\s+(?:his|her|their|the)\b)(?=\s+(?:up\s+)?(?:(?:his|her|their|fellow|senior|friend)\s+)*(?-i:[A-Z])|\s+(?:him|her|them)\b)|\breach(?:ed|es|ing)?\s+out\b(?!\s+(?:to\s+)?(?:fans|the\s+(?:public|audience|fans)|audiences?|listeners|viewers|a\s+(?:wider|broader|new)\b)))",
    ),
    ("msgnoun", r"(?i:\bmessages?\b)"),
    (
        "mention",
        r"(?i:\btag(?:ged|ging)\b|\bshout(?:s|ed|ing)?-?\s?outs?\b|\bprais(?:e|ed|es|ing)\b"
        # "showed support for BABYMONSTER by posting the album cover", "shows love for"
        r"|\bshow(?:s|ed|ing)?\s+(?:(?:his|her|their|some|much|great|full|sweet)\s+)?(?:love|support)\s+(?:for|to)\b"
        # "Honorable mention:" heads an item in a list, nobody mentioned anybody
        # ("the artist mentioned, and ...", "the song mentioned above": a participle, no act)
        r"|(?<!honorable\s)(?<!honourable\s)\bmention(?:ed\b(?!\s*[,.;]|\s+(?:above|earlier|before|previously)\b)"
        r"|s\b|ing\b|\b)"
        r"(?!\s+(?:learning|being|that|how|the\s+(?:song|album|track)))(?!s?\s*:)"
        r"|(?:(?<=huge\s)|(?<=big\s)|(?<=biggest\s)|(?<=such\s)|(?<=true\s)|(?<=\ba\s))fans?\s+of\b|\binspired\s+by\b|\bpoking\s+fun\s+at\b"
        r"|\badmiration\b|\bgave\s+a\s+nod\b|\bpa(?:y|ys|id|ying)\s+(?:a\s+)?(?:\w+\s+)?tribute\s+to\b(?![^.]{0,60}?\b(?:awards?|stage|concert|festival|performance|medley|MMA|MAMA)\b)|\bsingl(?:ed|es|ing|e)\s+out\b|\bcheer(?:s|ed|ing)?\s+(?:on|for)\b"
        r"|\b(?:show(?:ed|s|ing)?|express(?:ed|es|ing)?)\s+(?:his|her|their)\s+support\s+(?:for|to)\b"
        # "BABYMONSTER dropped a new single, and Jimin was quick to show support": for the one just named
        r"|\b(?:show(?:ed|s|ing)?|express(?:ed|es|ing)?)\s+(?:(?:his|her|their)\s+)?(?:love\s+and\s+)?support\b(?=\s*[.!,;])"
        # "Kyuhyun picked RIIZE's Sohee without hesitation", "named Jang Wooyoung without a second's thought":
        # the answer to a host's question about someone is a shout-out
        r"|\b(?:picked|chose|named)\b(?=\s+(?:[\w'’.&-]+\s+){0,2}?(?-i:[A-Z])[^.!?;]{0,30}?\s+without\s+(?:a\s+|any\s+)?"
        r"(?:second|moment|hesitation|hesitating|pause|pausing|thinking)\b)"
        # "named Han as the vocalist he is most jealous of", "cited Lauv as one of his inspirations"
        r"|(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)\b(?:named|cited|citing|names|cites)\b"
        r"(?=\s+(?-i:[A-Z])[^.;]{0,50}?\s+as\s+(?:one\s+of\s+)?(?:his|her|their|the|a|an)\s)"
        r"|\bshared\s+(?:a|an)\s+(?:photo|picture|pic|post|video)\s+of\b"
        # "posted a clip of Yeonjun", "shared a series of snaps of Karina": the other person is in the shot
        r"|\b(?:shared|posted)\s+(?:a|an|some|several|a\s+few|a\s+series\s+of|a\s+set\s+of)\s+(?:[\w-]+\s+)?"
        r"(?:photos?|pictures?|pics?|posts?|videos?|clips?|selfies?|snaps?|footage)\s+of\b"
        r"(?=\s+(?-i:[A-Z])|\s+(?:him|her|them|the\s+(?:two|pair|duo|members?|group['’]s|band['’]s))\b)"
        r"|\brecommend(?:ed|s)?\b"
        # "said he misses Jungkook": affection said in public
        r"|\bmiss(?:es|ing)\s+(?=(?-i:[A-Z])|(?:him|her|them)\b)"
        r"|\bgave\s+(?:a\s+)?(?:special\s+)?thanks\b|(?:(?<=\bgave\sa\s)|(?<=\bgives\sa\s)|(?<=\bgive\sa\s)|(?<=\bgiving\sa\s)|(?<=\bgave\s)|(?<=\bgives\s))nods?\s+to\b|\bthank(?:ed|s|ing)?(?:\s+you)?(?=\s+(?:to\s+)?(?:(?:fellow|friend|labelmate|bandmate|senior|junior|singer|rapper|musician|producer|actor|actress|member|idol|artist|his|her|their)\s+){0,3}(?-i:[A-Z])|\s+(?:him|her|them)\b|\s+(?:(?!(?:the|a|an|all|everyone|fans|staff|members)\s)(?-i:[a-z])[\w-]*\s+){1,2}(?-i:[A-Z]))|\brepost(?:ed|ing|s)?\b|\bcongratulat\w+"
        r"|\bwish(?:ed|es|ing)\b(?=\s+(?:[\w'’-]+\s+){0,3}?(?:a\s+)?(?:happy\s+birthday|good\s+luck|luck|well)\b)"
        # "Red Velvet Members Shower Joy With Love On Her Birthday", "showers BamBam with support"
        r"|\bshower(?:s|ed|ing)?\b(?=\s+(?:[\w'’.,&-]+\s+){1,6}?with\s+(?:(?:so\s+much|much|some|their|his|her)\s+)?"
        r"(?:love|support|praise|compliments|affection|attention|cheers)\b)"
        # "Yoo In Na, Sunmi and V send warm birthday wishes to IU"
        r"|\b(?:wishes|greetings)\s+(?:to|for)\b(?=\s+(?-i:[A-Z]))"
        # "showed love for", "gushed over", "complimented", "expressed his gratitude to", "celebrated X's birthday",
        # "promoted X's album", "shared X's post", "dedicated his award to X", "called X 'the best ...'"
        r"|\b(?:show(?:ed|s|ing)?|sen(?:t|ds?|ding))\s+(?:(?:his|her|their|some|so\s+much|much)\s+)?love\s+(?:for|to)\b"
        r"|\bgush(?:ed|es|ing)\b|\bcompliment(?:ed|s|ing)?\b|\bhyp(?:ed|ing|es)\s+up\b"
        r"|\bexpress(?:ed|es|ing)\s+(?:his|her|their)\s+(?:gratitude|thanks|appreciation)\b|\breact(?:ed|s|ing)\s+to\b"
        r"|\b(?:celebrat|promot)(?:ed|es|ing|e)\b(?=\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?['’]s?\s)"
        # ("shared the ZEROBASEONE fancam", "shared TWS's tour poster")
        r"|\b(?:shared|reshared|re-shared)\b(?=\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?(?:['’]s?)?\s+"
        r"(?:[\w-]+\s+){0,2}?(?:post|video|photo|clip|song|performance|cover|story|fancam|teaser|poster|selfie"
        r"|reel|track|single)s?\b)"
        r"|\bdedicat(?:ed|es|ing|e)\b(?=[^.;]{0,40}\bto\s+(?-i:[A-Z]))"
        r"|\b(?:called|calls)\b(?=\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+['‘\"“])"
        r"|\b(?:kind|warm|nice|sweet|high|glowing)\s+words\s+for\b"  # "had kind words for X"
        # "credited the dancer for the hook move": public thanks, not a song credit ("credited as a writer")
        r"|\bcredit(?:ed|s|ing)\b(?=\s+(?:the\s+[\w-]+|him|her|them|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})"
        r"\s+(?:with\s+|for\s+))"
        r"|\brole\s+models?\b|\bstanding\s+ovation\b"
        # "Jimin calls Taeyang his best friend", "called IU her inspiration"
        r"|\bcall(?:s|ed|ing)?\b(?=\s+(?:[\w'’.&-]+\s+){1,4}?(?:his|her|their|my|our)\s+(?:[\w-]+\s+)?(?:best\s+friends?"
        r"|bff|idols?|inspirations?|heroe?s?|muses?|favou?rites?|mentors?|soulmates?|twins?|biggest\s+fans?)\b)|\blook(?:s|ed|ing)?\s+up\s+to\b(?=\s+(?-i:[A-Z])|\s+(?:him|her|them)\b)|\badmir(?:e|es|ed|ing)\b|\bidoli[sz](?:e|es|ed|ing)\b)"
        r"|(?i:\bsupport(?:ed|ing|s)?|\bteas(?:ed|ing|es)|\blov(?:ed|es))\s+(?=[A-Z]|(?:his|her|their)\s+[A-Z])",
    ),
    (
        "meet",
        r"(?i:\bmet\b|(?<!fan\s)(?<!fan-)\bmeet(?:s|ing)?\b|\bmeet-?ups?\b|\bhug(?:ged|s|ging)?\b|\bgreet(?:ed|s|ing)\b"
        r"|\bshak(?:e|es|ing)\s+hands\b|\bshook\s+hands\b|\bhandshake\b|\bselfies?\b|\bselcas?\b"
        r"|\bpos(?:ed|ing)\s+for\s+(?:a\s+)?(?:photo|picture|pic)s?\b|\b(?:photos?|pics?|pictures?)\s+together\b"
        # "a selfie showing herself and Momo posing with LiSA", "a photo of himself and Jackson sharing hotpot"
        r"|\bpos(?:ed|ing|es)\s+with\b(?=\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}(?-i:[A-Z])|\s+(?:him|her|them|each\s+other)\b)|\b(?:photos?|pictures?|pics?|selfies?|snaps?)\s+of\s+(?:himself|herself|themselves)"
        r"\s+(?:and|with)\b"
        # "a backstage photo featuring herself, Taeyeon, Taemin and Karina", "a photo carousel showing himself at
        # a barbecue restaurant with Park Seo-joon": the poster is in the picture with them
        r"|\b(?:photos?|pictures?|pics?|selfies?|snaps?|carousel|shots?)\s+(?:[\w'’-]+\s+){0,6}?(?:featuring|showing)\s+"
        r"(?:himself|herself|themselves)\b(?=\s*(?:,|and\b|with\b|alongside\b|at\b|in\b))"
        # "a photo of him standing between Jake and Sunghoon", "squeezed between Lee Chan Hyuk and Lee Su Hyun"
        r"|\b(?:stand(?:s|ing)?|stood|sandwiched|squeezed|pos(?:ed|es|ing)|sitting|sat)\s+between\b"
        r"|\bhung\s+out\b|\bhang(?:ing|s)?\s+out\b|\bvisit(?:ed|s|ing)?\b|(?<!\bhis\s)(?<!\bher\s)(?<!\bmy\s)\bdinner\b|\bbackstage\b"
        # "had lunch with Park Seo-joon", "photos from a lunch in Seoul with ..."
        r"|\b(?:lunch|brunch)\b(?=\s+(?:[\w'’-]+\s+){0,4}?with\b)"
        # "Jungkook dropped by Jimin's concert", "stopped by the set" (a live stream is its chat: a comment)
        r"|\b(?:dropp?(?:s|ed|ing)?|stopp?(?:s|ed|ing)?|swung|swing(?:s|ing)?|popp?(?:s|ed|ing)?)\s+by\b"
        r"(?!\s+(?:[\w'’.-]+\s+){0,4}?(?:live|livestream|live\s?stream|broadcast|live\s+chat|chat|comments?"
        r"|replies)\b)"
        # ("in talks to star together", "in talks with the label": a negotiation, nobody met)
        r"|(?<!\bin\s)\btalk(?:ed|ing|s)?\s+(?:to|with)\b|\b(?:saying|said|say)\s+hello\b|\bcame\s+together\b"
        r"|\blearn(?:ed|ing|t)?\b(?=\s+[^.,]{0,40}?\bfrom\b)|\b(?:film|shoot|shot)(?:ed|ing)?\b(?=\s+(?:[^.,]{0,40}?\s)?with\b)"
        r"|\bfilming\s+with\b|\bwhisper(?:ed|ing)?\b|\battend(?:ed|s|ing)\b|\bin\s+person\b"
        r"|\bspotted\b(?=\s+(?:\w+\s+){0,3}?(?:together|with|at)\b)"
        # "V crashes Park Hyung-sik's drama set": dropping in on someone's set, show or party in person
        # ("Jo In Sung Crashes D.O., Kim Woo Bin, And Lee Kwang Soo's Trip")
        r"|\bcrash(?:es|ed|ing)?\b(?=\s+(?:[\w'’.,-]+\s+){1,8}?(?:set|concert|show|party|rehearsals?|fan\s?meeting"
        r"|wedding|filming|shoot|trip|vacation|getaway|dinner|date|camp|outing)\b)"
        # "IU spots Byeon Woo-seok in the crowd": the performer saw the other at her show
        r"|\bspot(?:s|ted|ting)?\b(?=\s+(?:[\w'’.-]+\s+){1,4}?in\s+the\s+(?:crowd|audience|stands|vip\s+section"
        r"|(?:\w+\s+)?rows?)\b)"
        # "Seulgi was spotted in the VIP section of TAEMIN's concert", "in the crowd at Taemin's encore"
        r"|(?:\b(?:spotted|seen)\s+(?:\w+\s+)?|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bsat\s)|(?<=\bwatched\s)|(?<=\bwatches\s)|(?<=\bwatching\s))"
        r"(?:in|from|among)\s+the\s+(?:crowd|audience|stands|vip\s+(?:section|area|seats?|box)|front\s+rows?)\b"
        # "Sanha showed up for Cha Eun-woo at his concert": there in person, for the other
        r"|\b(?:show(?:s|ed|ing)?|turn(?:s|ed|ing)?)\s+up\s+for\b(?=\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2})?(?-i:[A-Z])|\s+(?:him|her|them)\b)"
        # "she had turned up at Jisoo's home at midnight with a cake": there in person, at the other's place
        r"|\b(?:show(?:s|ed|ing)?|turn(?:s|ed|ing)?)\s+up\s+(?:at|to)\b(?=\s+(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?['’]s?"
        r"\s+(?:[\w-]+\s+){0,2}?(?:home|house|place"
        r"|apartment|studio|dorm|door|doorstep|concert|set|party|rehearsals?|fan\s?meeting|wedding|office|waiting\s+room)\b)"
        # "her guest this time was actor Bright Vachirawit": the host's guest, on her show
        r"|(?:(?<=\bher\s)|(?<=\bhis\s)|(?<=\btheir\s))(?:special\s+|first\s+|latest\s+|next\s+)?guests?\s+(?:this\s+(?:time|week)"
        r"\s+|on\s+the\s+(?:show|episode|program|programme)\s+)?(?:was|were|is|are)\b(?=\s+(?:[\w-]+\s+){0,3}?(?-i:[A-Z]))"
        # "a photo of herself standing beside Lay at the console"
        # (lower case: "the Standing Next To You singer" is Jungkook, by his song)
        # "sitting behind a mixing desk next to Hongjoong"
        # ("sat down across from Sion", "seated opposite her bandmate")
        r"|(?-i:\b(?:stand(?:s|ing)?|stood|sit(?:s|ting)?|sat|seated)\s+(?:[\w-]+\s+){0,4}?(?:right\s+)?(?:beside|next\s+to"
        r"|across\s+from|opposite))\b"
        r"(?=\s+(?:[\w-]+\s+){0,2}?(?-i:[A-Z]))"
        # "Felix sat down with Lee Young-ji for her talk show"
        r"|\bs(?:at|its|itting)\s+down\s+(?:together\s+)?with\b(?=\s+(?:[\w-]+\s+){0,2}?(?-i:[A-Z])|\s+(?:him|her|them)\b)"
        # "His bandmate Juyeon accompanied him to the training center gate": went there with him
        r"|\baccompan(?:ied|ies|y|ying)\b(?=\s+(?:(?:him|her|them)\s+|(?:[\w-]+\s+){0,2}?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])"
        r"[\w'’.-]*){0,2}\s+)(?:to|into|through|on\s+(?:a|the|his|her|their)\s+(?:trip|walk|visit|tour))\b)"
        # "the YouTube talk show hosted by Jaejae": on the host's show
        r"|(?:(?<=show\s)|(?<=program\s)|(?<=programme\s)|(?<=podcast\s)|(?<=channel\s)|(?<=series\s))"
        r"(?:hosted|presented|emceed|run)\s+by\b(?=\s+(?:[\w-]+\s+){0,2}?(?-i:[A-Z]))"
        # "Yuri and Sooyoung were the guests on the newest episode", "Seungkwan, DK and Hoshi appeared as guests
        # on 'Cultwo Show'": guests of one episode together
        r"|\b(?:were|are|appeared|appear|appearing)\s+(?:together\s+)?(?:as\s+)?(?:the\s+|this\s+week['’]s\s+"
        r"|special\s+|joint\s+|fellow\s+)*guests\s+(?:on|of|for|at|in)\b"
        # "Winter and Ningning joined the cast as guests"
        r"|\bjoin(?:ed|s|ing)?\b(?=\s+(?:[\w'’.&-]+\s+){1,6}?as\s+(?:(?:a|special|surprise)\s+)*guests?\b)"
        # "grabbed coffee with Jimin", "grab dinner together"
        r"|\bgrab(?:bed|s|bing)?\s+(?:a\s+)?(?:coffee|lunch|dinner|drinks?|meal|bite|food|breakfast|brunch)\b"
        r"|\b(?:seen|photographed|pictured)\b(?=\s+(?:\w+\s+){0,2}?(?:together|with)\b|\s+(?:leaving|arriving|entering"
        r"|walking|heading)\s+(?:\w+\s+){0,3}?together\b)|\bwav(?:ed|ing|es)\s+(?:at|to)\b"
        r"|\bjoint\s+(?:[\w-]+\s+)?(?:live|broadcast|stream|livestream|vlive)\b|\bwent\s+live\s+together\b"
        # "DAY6 Reunites With Former Member Jae In Los Angeles", "Jisoo and Anya Taylor-Joy Reunite": met again
        # (not "Reunite In New Fantasy Romance", "reunited for a dance challenge": a joint work again)
        r"|\breunit(?:e|es|ed|ing)\b(?!\s+(?:in|for|on)\s+(?:[\w'’-]+\s+){0,3}?(?:dramas?|films?|movies?|series|romance|rom-?coms?"
        r"|thriller|comedy|shows?|projects?|challenges?|dance|songs?|tracks?|singles?|albums?|stages?|screen|performances?"
        r"|collab\w*|duets?|ost|mv|music\s+video)\b|\s+as\s+(?:members|bandmates|labelmates|a\s+group)\b)"
        r"(?!" + _REUNITED_FOR_WORK + ")"
        # "Jeongyeon And Dahyun Head Off On A Two-Person Camping Trip", "put rumors to rest with a café date"
        r"|(?<!\bhis\s)(?<!\bher\s)(?<!\bsolo\s)\b(?:trips?|getaways?|vacations?|outings?)\b(?!\s+down\s+memory)"
        r"|\b(?:café|cafe|coffee|lunch|dinner|brunch|movie|double|play)\s?dates?\b"
        # "Woonhak and Kyungmin go on a midnight snack run": an outing together
        r"|\b(?:snack|food|coffee|grocery|shopping|late-night|midnight)\s+(?:runs?|sprees?)\b"
        # "Minho Takes Sungchan And Wonbin On A 10K Run": out together
        r"|\b(?:takes?|taking|took|taken)\b(?=\s+(?:[\w'’.&-]+\s+){1,6}?on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:run|jog|hike|walk|trip|drive|date|tour\s+of)\b)"
        # "Jaehyun runs into Young K at the airport", "welcomed Jungwoo home", "share a front-row moment"
        r"|\b(?:r[au]n(?:s|ning)?|bump(?:s|ed|ing)?)\s+into\b(?=\s+(?:(?:his|her|their|fellow|senior|junior)\s+)*(?-i:[A-Z])|\s+(?:him|her|them|each\s+other)\b)"
        r"|\bwelcom(?:e|es|ed|ing)\b(?=\s+(?:[\w'’.&-]+\s+){1,4}?(?:home|back\s+home)\b)"
        r"|\bshar(?:e|es|ed|ing)\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,2}?moments?\b(?!\s+(?:on|in)\s+(?:the\s+)?(?:chat|comments?|live))"
        # "Suho and Kai arrived together": there in person
        r"|\barriv(?:ed|es|ing)\s+together\b"
        # "Jimin surprises Taeyang at his concert": there in person, at the other's show
        r"|\bsurpris(?:ed|es|ing)\b(?=\s+(?:[\w'’.&-]+\s+){1,4}?(?:at|during)\s+(?:his|her|their|(?-i:[A-Z])[\w'’.&-]*"
        r"(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,2}['’]s?)\s+(?:[\w-]+\s+){0,2}?(?:concerts?|shows?|fan\s?meetings?|showcases?"
        r"|premieres?|musicals?|recitals?|birthday\s+part(?:y|ies)|weddings?|fan\s?cons?|tour\s+stops?|encore)\b)"
        # "BTS's Jin at Lim Young Woong's stadium concert": at the other's own event; "went to ZICO's concert"
        # ("had come to see his musical together": to see, watch or catch it)
        r"|\b(?:at|(?:went|goes|go|going|came|comes|come|coming|headed|heads|made\s+it)\s+to(?:\s+(?:see|watch|catch))?)\b(?=\s+(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}['’]s?|(?<=(?:to|ee|ch)\s)(?:his|her|their))\s+(?:[\w-]+\s+){0,2}(?:concerts?"
        r"|fan\s?meetings?|showcases?|premieres?|musicals?|weddings?|recitals?|birthday\s+part(?:y|ies))\b)"
        # "sat together for a chat", "had a long chat" (checked in _filter_cues; online chats are messages)
        r"|\bchat\b(?!\s+(?:show|room|app|program|programme))"
        # "posted a photo with Jimin": they were pictured together
        r"|(?<!captioned\sthe\s)(?<!captioned\shis\s)(?<!captioned\sher\s)"  # "captioned the photo with 'Hi'"
        r"\b(?:photos?|pictures?|pics?|snaps?)\s+(?:taken\s+)?with\b(?!\s+(?:the|a|an|his|her|their)\s+(?:\w+\s+)?caption)"
        # ("flooded her latest photo with messages of support": what was left under it)
        r"(?!\s+(?:(?:messages|comments|hearts|likes|emojis|questions|love|praise|support|requests|congratulations)\b"
        r"|(?:\w+\s+){1,2}(?:messages|comments|emojis|hearts)\b))"
        # "appeared in Yujin's vlog", "appeared as a guest on Lee Young-ji's talk show": a visit to their content
        r"|\b(?:appear(?:s|ed|ing|ance)?|guest(?:s|ed|ing)?)\s+(?:as\s+(?:a\s+)?guests?\s+)?(?:in|on)\s+"
        # ('on KBS Cool FM's "Park Myung Soo's Radio Show"': the station's show, named for its host)
        r"(?:(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,2}['’]s\s+)?[\"“‘]?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}"
        r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:vlogs?|shows?|lives?|livestreams?|broadcasts?|channel|episodes?|content)\b"
        # "an episode ... was released with Ji Chang Wook as the guest": the guest was on the host's show
        r"|\b(?:with|featuring)\b(?=\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+as\s+(?:the|a|her|his|their)\s+"
        r"(?:special\s+|first\s+|latest\s+)?guest\b)"
        # "welcomed Rora and Chiquita on his YouTube talk show", "invited Paul Kim onto an episode of his series"
        r"|\b(?:invit(?:ed|es|ing)|welcom(?:ed|es|ing)|host(?:ed|s|ing))\b(?=\s+(?:[\w'’.&-]+\s+){1,6}?(?:on|onto|to|into)\s+"
        r"(?:an?\s+episode\s+of\s+)?(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:show|channel|program|programme|series"
        r"|podcast|radio|broadcast|vlog|live|livestream)\b)"
        # "invited Jihyo as the guest on her talk show": the guest visits the host's content
        r"|\b(?:invit(?:ed|es|ing)|welcom(?:ed|es|ing))\b(?=\s+(?:[\w'’.-]+\s+){1,7}?as\s+(?:a|the|her|his|their)"
        r"\s+(?:[\w-]+\s+)?guests?\b)"
        # "ate tteokbokki together", "went shopping together": time spent in each other's company
        r"|\b(?:ate|shopped|shopping|travell?ed|vacationed|went\s+(?:shopping|on\s+a\s+trip|out)|spent\s+(?:the\s+)?"
        r"(?:day|time|evening|night|holidays?))\b(?=[^.,;]{0,50}(?<!not\s)\btogether\b)"
        # "Jimin and Taeyang enjoyed a meal together", "shared a bottle of soju with"
        r"|\b(?:enjoy(?:ed|s|ing)?|shar(?:ed|es|ing))\s+(?:a\s+)?(?:[\w-]+\s+)?(?:meal|drinks?|coffee|barbecue|bbq|feast)\b"
        r"(?=[^.,;]{0,40}(?<!not\s)\btogether\b|\s+with\b))",
    ),
    (
        "collab",
        # "self-composed", "self-produced": the artist's own work, nobody else's
        r"(?<![Ss]elf-)(?i:\bcollab(?:oration|orations|orated|orates|orate|orating|orative|s)?\b|(?<=[(\[])(?:feat|ft)\.?\s|\bduets?\b"
        r"|\bteam(?:ed|ing|s)?\s+up\b|\bpair(?:ed|ing|s)?\s+up\s+(?:for|on|with)\b|\bjoint\s+(?:special\s+)?(?:stages?|performances?|songs?|tracks?|singles?|medley|album|ep"
        r"|concerts?)\b|\bduet(?:ted|ed|ting|ing)\b"
        # "Jung Kook teamed with The Kid LAROI", "his last guest feature was on Taeyang's single"
        r"|\bteam(?:ed|ing|s)\s+with\b|\bguest\s+(?:features?|verses?)\b"
        # "set to release a unit single together", "joined him on stage", "a surprise appearance at her concert"
        r"|\b(?:releas(?:e|es|ed|ing)|drop(?:s|ped|ping)?|record(?:s|ed|ing)?)\b(?=[^.;]{0,40}(?<!not\s)\btogether\b)"
        # "her global smash 'APT.' with Bruno Mars": a record made with the other
        r"|\b(?:smash|hit|song|single|track|duet|ballad|anthem)\s+(?:['\"“‘][^'\"”’]{1,40}['\"”’],?\s+)?with\b"
        r"(?=\s+(?-i:[A-Z]))"
        # "sang an acoustic version of Perfect with Lee Chan-hyuk on guitar": a performance shared with the other
        r"|\b(?:version|rendition|medley|mashup)\s+of\s+(?:['\"“‘]?(?-i:[A-Z])[^.;!?]{0,40}?)\s+with\b"
        r"(?=\s+(?-i:[A-Z])[^.;!?]{0,40}?\s+on\s+(?:the\s+)?(?:guitar|piano|keys|drums|bass|vocals|harmon\w+|rap|violin"
        r"|cello|backing\s+vocals|chorus|beatbox\w*)\b)"
        # "since ROSÉ and Bruno Mars' "APT."", "Jungkook and Latto's hit 'Seven'": a work the two share (a word,
        # not a number, before "and": "at No. 2 and BOYNEXTDOOR's 'OVERTIME'" is a chart place)
        r"|(?<=[^\W\d]\s)(?:and\b|&)(?=\s+(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,2}['’]s?\s+(?:(?:\d{4}|hit|viral|global"
        r"|smash|chart-topping|joint|collaborative|duet)\s+){0,2}(?:(?:song|single|track|duet|collab(?:oration)?)\s+)?"
        r"['\"“‘](?-i:[A-Z0-9]))"
        # "marking his third drama with Yoo In-na": another work made together
        r"|(?:(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s)|(?<=\bfirst\s)|(?<=\bsecond\s)|(?<=\bthird\s)|(?<=\bfourth\s)"
        r"|(?<=\bnext\s)|(?<=\bnew\s)|(?<=\blatest\s)|(?<=\banother\s))(?:drama|film|movie|series|project)\s+with\b"
        r"(?=\s+(?-i:[A-Z]))"
        r"|\bjoin(?:ed|s|ing)?\s+forces\b|\bunit(?:e|es|ed|ing)\s+(?:for|on|to)\b|\bremix(?:ed|es|ing)?\b"
        # "Roh Yoon Seo stars in 10CM's 'Last Bus Home' MV", "Koo Kyo Hwan Is A Lonely Mailman In JANNABI's New MV":
        # a part in the other's music video
        r"|\bin\b(?=\s+(?-i:[A-Z0-9])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,2}['’]s?\s+(?:[\w'’‘\"“”-]+\s+){0,4}?"
        r"(?:mv|music\s+video)\b)"
        # "QWER enlist Epik High's Tablo for new single 'Static Bloom'": brought in for the record
        r"|\benlist(?:s|ed|ing)?\b(?=\s+(?:[\w'’.&-]+\s+){1,4}?for\s+(?:[\w'’-]+\s+){0,3}?(?:single|song|track|album|ep"
        r"|remix|feature|duet|verse|ost|collaboration|project|stage)\b)"
        # "a producer who has worked on several of Lee Mu-jin's previous releases": producing for the other
        r"|\bwork(?:ed|s|ing)?\s+on\b(?=\s+(?:[\w-]+\s+){0,3}?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}['’]s?"
        r"\s+(?:[\w-]+\s+){0,2}?(?:songs?|tracks?|albums?|releases?|records?|singles?|eps?|music|debut|discography)\b)"
        r"|\bput(?:s|ting)?\s+(?:his|her|their|its)\s+(?:own\s+)?(?:spin|twist|stamp)\s+on\b"
        # "hit the studio with Zico": recording together
        r"|\bhit(?:s|ting)?\s+the\s+(?:recording\s+)?studio\s+(?:together\s+)?with\b"
        # "DAY6 welcome Xdinary Heroes as surprise guests on the final night of their concerts": one stage (with
        # an article, "as a special guest at her concert", the meet cue takes it and _filter_cues makes it a collab)
        r"|\bwelcom(?:e|es|ed|ing)\b(?=\s+(?:[\w'’.&-]+\s+){1,6}?as\s+(?:special\s+|surprise\s+)*guests?\s+(?:at|on|during"
        r"|for)\s+(?:[\w'’-]+\s+){0,6}?(?:concerts?|encore|tour|festival)\b)"
        # "ZICO Brings Out Jennie And Crush As Surprise Guests": on stage with the host
        r"|\b(?:brings?|bringing|brought)\s+out\b(?=\s+(?:[\w'’.&-]+\s+){1,6}?(?:as\s+(?:a\s+|his\s+|her\s+|their\s+)?"
        r"(?:special\s+|surprise\s+)*guests?|on\s+(?:the\s+)?stage"
        # "Jay Park Brings Out pH-1 And Jessi For Surprise Stages", "... at his Bangkok concert", "for a
        # surprise BIGBANG reunion"
        r"|for\s+(?:a\s+)?(?:special\s+|surprise\s+|joint\s+)*(?:(?-i:[A-Z])[\w'’.&-]*\s+)?(?:stages?|performances?"
        r"|duets?|medley|reunion)"
        # "TWS Bring Out SEVENTEEN's Seungkwan For A 'Very Nice' Stage", "brought out Jennie for 'SPOT!'": a song
        # performed together
        r"|for\s+(?:a\s+|an\s+|the\s+)?(?:special\s+|surprise\s+|joint\s+|live\s+)*['\"“‘](?=[^'\"”’]{1,40}['\"”’])\w+"
        # "Epik High brought out Crush in the middle of their set"
        r"|(?:at|during|in\s+the\s+middle\s+of|midway\s+through|(?:at|towards?)\s+the\s+end\s+of)\s+(?:his|her|their)\s+"
        r"(?:[\w-]+\s+){0,2}(?:concerts?|shows?|encore|tour|sets?))\b)"
        # "by calling Taeyang and Daesung onto the stage", "invited Jennie up on stage": a guest on the stage
        r"|\b(?:call(?:s|ed|ing)?|invit(?:es|ed|ing|e)|pull(?:s|ed|ing)?)\b(?=\s+(?:-?(?-i:[A-Z])[\w'’.&-]*\s+"
        r"|(?:and|&|,|fellow|members?|bandmates?)\s+){1,6}?(?:on|onto|up\s+on|up\s+onto)\s+(?:the\s+)?stage\b)"
        # "Oh Dan Bi also handled the vocal direction for Taeyeon's parts", "took charge of the arrangement"
        r"|\b(?:handl(?:ed|es|ing)|took\s+charge\s+of|oversaw)\s+(?:the\s+)?(?:vocal\s+direction|vocal\s+production|production"
        r"|arrangement|mixing|choreography|direction)\b(?=\s+(?:for|of|on)\s+(?-i:[A-Z]))"
        # "Gong Yoo and Lee Dong Wook first shared the screen in Goblin": co-stars
        r"|\bshar(?:ed|e|es|ing)\s+(?:the\s+)?screen\b"
        # "Jimin has worked with Taeyang on her new album", '"Working with Lee Mu-jin felt like a lesson"'
        r"|\bwork(?:ed|s|ing)?\s+(?:together\s+)?with\b(?=\s+(?:(?:producer|composer|singer|rapper|director|actor|actress"
        r"|choreographer|fellow|labelmate|senior|junior)\s+)?(?-i:[A-Z]))"
        # "lends his voice to Park Seo-joon's drama", "an original soundtrack for the drama"
        r"|\blen(?:t|ds?|ding)\s+(?:his|her|their)\s+(?:voices?|vocals|pen|talents?)\s+to\b"
        r"|(?:(?<=\ban\s)|(?<=\ba\s)|(?<=\bthe\s)|(?<=\boriginal\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s)|(?<=\bnew\s))"
        r"(?:soundtrack|ost)\s+for\b"
        # "was penned by Woozi", "penned the b-side" (a letter penned is a message)
        r"|\bpen(?:ned|s|ning)\b(?!\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+)?(?:letters?|notes?|messages?|essays?"
        r"|columns?|op-eds?|posts?)\b)"
        # "the drama, which stars Ahn Hyo-seop and Kim Go-eun": the two leads of one work
        # ("The drama also stars A and B": the supporting cast of a story about someone else, not a pair)
        # (not the noun: "fellow trot stars Young Tak and Lee Chan-won", "pop stars A and B")
        # (the lookahead first: the look-behinds run only where "star" starts)
        r"|(?=star(?:s|red|ring)\s)(?<!\balso\s)" + "".join(rf"(?<!\b{w}\s)" for w in _STARS_NOUN_BEFORE)
        + r"\bstar(?:s|red|ring)\s+(?=(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+and\s+(?-i:[A-Z]))"
        # "Lee Jong Suk and IU will star together in a new drama", "... Confirmed To Star In New Drama": co-stars
        r"|\bstar(?:s|red|ring)?\s+together\b"
        r"|(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\bwould\s))star\s+(?:in|alongside|opposite)\b"
        # "Jisoo and Choi Woo-shik have been cast as the leads of a new series": the two leads of one work
        r"|\bcast\s+as\s+(?:the\s+)?(?:two\s+)?(?:leads|co-?leads|lead\s+couple|main\s+couple)\b"
        # "Gong Yoo and Song Hye-kyo will lead the upcoming Netflix series": the leads of one screen work
        # (not the noun: "cast as the lead of", "the Go Youn Jung-led series")
        r"|(?:(?<=\bwill\s)|(?<=\bto\s)|(?<=\bwould\s))(?:co-?)?lead\b(?=\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,4}?"
        r"(?:k-?dramas?|dramas?|series|films?|movies?|rom-?coms?|thrillers?|sitcoms?)\b)"
        r"|\bjoin(?:ed|s|ing)?\s+(?:[\w'’.-]+\s+){1,3}?on\s+(?:the\s+)?stage\b"
        r"|\b(?:surprise|special|guest)\s+appearances?\s+(?:at|in)\b(?!\s+(?:the\s+)?(?:live\s+)?(?:chat|comments?)\b)"
        # "..., where Kim Chaewon had made a surprise appearance.": at the event the sentence named before
        r"|(?:(?<=\bmade\sa\s)|(?<=\bmakes\sa\s)|(?<=\bmaking\sa\s))(?:surprise|special|guest)\s+appearance\b(?=\s*[.,;!])"
        # "ZICO closed the night with surprise appearances from Crush & DEAN": guests on his stage
        r"|\b(?:surprise|special|guest)\s+appearances?\s+(?:from|by)\b(?=\s+(?:[\w'’-]+\s+){0,2}?(?-i:[A-Z]))"
        # "IU Surprises Fans As Special Guest At DAY6's Year-End Concert": on the other's stage
        r"|(?:(?<=\bas\s)|(?<=\ba\s)|(?<=\bspecial\s)|(?<=\bsurprise\s))guests?\s+(?:at|during)\b(?=\s+(?:the\s+)?"
        r"(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,2}['’]s?\s+(?:[\w-]+\s+){0,2}?(?:concerts?|shows?|encore"
        r"|tour|fan\s?meetings?|showcases?)\b)"
        r"|\bco-?(?:wr(?:ote|itten|iting|ites?)|produc\w*|star(?:s|red|ring)?|composed|host(?:s|ed|ing)?)\b"
        r"|(?<!mass-)\bproduc(?:ed|ing|es)\b"  # ("Woozi-produced", but not "a mass-produced bracelet")
        # "Kim Jae-joong to produce SAY MY NAME's first album" (not the show "Produce 101")
        r"|(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\bwould\s))produce\b(?=\s+(?:[\w'’.&-]+\s+){0,3}?(?-i:[A-Z]))"
        r"|\bcomposed\b|\bcomposers?\b(?!\s+(?-i:[A-Z]))"  # "composer Yoon Sang" only says who he is
        r"|\bwr(?:ote|itten|ites|iting)\s+(?:by|for)\b|\bopposite\b"
        # "arranged by producer Jung Key": a credit on the record, like "produced by"
        r"|\b(?:co-)?arranged\s+by\b(?=\s+(?:[\w-]+\s+){0,2}?(?-i:[A-Z]))"
        # "Jimin Writes A Song For Taeyang"
        r"|\b(?:wr(?:ote|ites|iting)|pen(?:ned|s|ning)|compos(?:ed|es|ing)|produc(?:ed|es|ing))\s+(?:a|an|the)\s+(?:new\s+)?"
        r"(?:song|track|single|ballad|verse|rap)\s+for\b(?=\s+(?-i:[A-Z]))"
        # "wrote the lyrics for Taeyang's new song", "penned the rap verse on ..."
        # (someone's named work: "writing the lyrics for several of the songs" on the group's own album is not)
        r"|\b(?:wr(?:ote|ites|iting)|co-wr(?:ote|ites|iting)|pen(?:ned|s|ning)|compos(?:ed|es|ing))\s+(?:the\s+)?(?:lyrics"
        r"|music|melody|rap\s+verse|rap|verse|bridge|hook|chorus)\s+(?:for|of|on)\b(?=\s+(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])"
        r"[\w'’.&-]*){0,2}['’]s?\s)"
        # ("both stars in recent photos": a noun, not the verb)
        r"|\b(?:(?<!\bboth\s)(?<!\btwo\s)(?<!\bthe\s)(?<!\ball\s)(?<!\bother\s)(?<!\bfellow\s)(?<!\bmany\s)(?<!\bof\s)"
        r"(?<!\bthree\s)(?<!\bK-pop\s)stars|starred|starring)\s+(?:in|alongside|with)\b"
        r"|\bshar(?:ed|es|ing|e)\s+(?:a|the)\s+stage\b"
        # "Lim Young Woong and Nah Hoon A share legendary joint stage at MMA"
        r"|\bshar(?:ed|es|ing|e)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:joint|special|collaborative|duet)\s+stages?\b"
        # (a performance of another act's song is a cover: see the cover cues below)
        r"|\bperformance\s+of\b(?!\s+[A-Z0-9][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}['’]s?\s(?!(?i:own|debut|solo|new|latest)\b))"
        # "Seo Hyun-seung directed G-Dragon's new music video": the director's part in the other's work ("The
        # video was directed by X, who has made several of IU's visuals" is labelled both ways: not a cue)
        r"|\b(?:direct|helm)(?:ed|s|ing)\b(?=\s+(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,2}['’]s?\s+"
        r"(?:[\w-]+\s+){0,2}?(?:mvs?|music\s+videos?|films?|movies?|dramas?|series|concerts?|tours?|(?:recording\s+)?sessions?)\b)"
        # "took part in Taeyang's new single": a part on the other's record or stage
        r"|\b(?:took|take|takes|taking)\s+part\s+in\b(?=\s+(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,2}['’]s?\s+"
        r"(?:[\w-]+\s+){0,2}?(?:songs?|singles?|tracks?|albums?|eps?|mvs?|music\s+videos?|stages?|remix)\b)"
        # "the two filmed its music video together": a joint work
        r"|\b(?:film|shot|shoot)(?:ed|s|ing)?\s+(?:the|its|a|their)\s+(?:[\w-]+\s+)?(?:music\s+video|mv)\s+together\b"
        # "performed with Taeyang at the festival": one stage, both on it
        r"|\bperform(?:ed|s|ing)?\s+(?:together\s+)?(?:with|alongside)\b(?=\s+(?:(?:fellow|labelmate|senior|singer|rapper)\s+)?(?-i:[A-Z]))"
        # "Anderson .Paak played drums on their new single", "is credited with guitar on the song"
        r"|\b(?:play(?:s|ed|ing)?|credited\s+with)\s+(?:the\s+)?(?:live\s+)?(?:drums|guitars?|bass|piano|keys|keyboards?"
        r"|violin|cello|saxophone|sax|percussion|strings)\s+(?:and\s+\w+\s+)?(?:on|for)\b"
        # "The two actors play the leads in the upcoming drama"
        r"|\bplay(?:s|ed|ing)?\s+(?:the\s+)?(?:two\s+)?(?:leads|lead\s+roles|main\s+(?:roles|characters)|a\s+couple)\s+in\b"
        r"|\b(?:guest|special)\s+appearances?\s+(?:in|on)\s+(?:one|an|the|its|their|this|a)\s+(?:[\w-]+\s+)?"
        r"(?:episodes?|season|series|show)\b"  # "a guest appearance in one episode": a part in the series
        r"|\bcameo\b|\bvocals?\s+by\b(?!\s+name\b)|\bbackground\s+vocals?\b|\bguide\s+vocals?\b|\bcredited\b"
        r"|\brole\s+in\b|\bappear(?:s|ed|ance)?\s+(?:in|on)\s+(?:the|his|her|their)\s+(?:music\s+video|mv|song|track)\b"
        r"|\bperform(?:ed|ing|s)?\b(?=[^.]{0,40}(?<!not\s)\btogether\b)"
        # "All four aespa members appeared on the show together", "rose from beneath the stage together": one
        # appearance of them all
        r"|\b(?:appear(?:ed|s|ing)?\s+(?:on|in)|rose|r(?:ise|ises|ising)\s+(?:up\s+)?from)\b"
        r"(?=\s+(?:[\w'’-]+\s+){0,5}?(?:show|program|programme|episode|stage|broadcast)\s+together\b)"
        # 'Dua Lipa appears on "Handlebars,"', 'she appeared on "When I'm With You," a track from LISA's album': a
        # guest on a quoted track
        r"|\bappear(?:s|ed|ing)?\s+on\s+(?=(?:\"[^\"]{1,60}\"|“[^”]{1,60}”|‘[^’]{1,60}’|'[^']{1,60}'),?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:track|song|single|cut|b-side)s?\s+(?:from|off|on|of)\b)"
        # "The set boasts a stacked guest list: Dua Lipa appears on 'Handlebars,' Childish Gambino on 'Twin'"
        r"|\bguest\s+list\b(?=\s*:)"
        # "she shared hosting duties at the MBC festival with broadcaster Jang Sung Kyu": co-hosts
        r"|\bshar(?:ed|es|ing|e)\s+(?:the\s+)?(?:hosting|MC(?:ing)?|emceeing|presenting)\s+(?:duties|duty|roles?)\b"
        r"(?=[^.;]{0,60}?\bwith\b)"
        # 'her glossy 2025 team-up with Doja Cat and RAYE': a joint work
        r"|\bteam-?ups?\s+with\b(?=\s+(?:[\w'’-]+\s+){0,2}?(?-i:[A-Z]))"
        # "Zhang Hao ended up on a team with DinDin and Yoo Seon Ho": one team in a game
        r"|\bon\s+(?:a|the\s+same|one|his|her|their)\s+team\s+with\b(?=\s+(?-i:[A-Z]))"
        # '"POP/STARS" was recorded by Madison Beer, Miyeon, Soyeon, and Jaira Burns': the credits of one record
        r"|(?<=\bwas\s)(?:recorded|sung|performed)\s+by\b(?=\s+(?-i:[A-Z])[^.;]{1,40}?(?:,|\band\b))"
        r"|\b(?:host(?:ed|ing|s)?|mc(?:'d|ed)?|emcee(?:d|s|ing)?)\b(?=[^.]{0,40}(?<!not\s)\btogether\b))",
    ),
    # "Key Gets A Surprise Call From Onew", "got a late-night call from Jimin": a call is talk at a distance
    ("message", r"(?i:\bcalls?\s+from\b(?=\s+(?:(?:his|her|their|fellow|senior|friend)\s+)*(?-i:[A-Z])))"),
    ("feature", r"(?i:\bfeatur(?:e|es|ed|ing)\b)"),
    (
        "collab",
        # a guest part on another's record: "Zico raps on BOYNEXTDOOR's new Japanese single", "sings on IU's
        # album", "guested on Epik High's track", "cameos in Yuqi's new music video"
        r"(?i:\b(?:raps?|rapped|rapping|sings?|sang|singing|guest(?:s|ed|ing)?|cameo(?:s|ed|ing)?)\s+(?:on|in)\b"
        r"(?=\s+(?:-?(?-i:[A-Z])[\w&.*-]*(?:\s+(?-i:[A-Z])[\w&.*-]*){0,2})['’]s?\s+(?:[\w-]+\s+){0,3}?(?:songs?|tracks?"
        r"|singles?|albums?|eps?|remix(?:es)?|mixtapes?|title\s+tracks?|b-sides?|music\s+videos?|mvs?)\b)"
        # "Yuqi casts Byeon Woo Seok as her leading man in 'Red Thread' MV": a part in her music video
        r"|\bcast(?:s|ing)?\b(?=\s+(?:(?:actor|actress|singer|rapper)\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}"
        r"\s+as\s+(?:her|his|their|the)\s+(?:[\w-]+\s+){0,2}?(?:lead|leading\s+(?:man|lady)|love\s+interest|co-?star"
        r"|partner)\b))",
    ),
    ("release", r"(?i:\b(?:released|recorded|dropped|starring)\b)"),
    (
        "cover",
        # ("posting the album cover", "a magazine cover", "the cover photo": a picture, not a song)
        r"(?<!album\s)(?<!magazine\s)(?<!single\s)(?<!record\s)(?<!Album\s)(?<!Magazine\s)"
        r"(?i:\bcover(?:s|ed|ing)?\b(?!\s+(?:photos?|art|artwork|image|images|stars?|story|shoots?|model|girl|boy|page)\b)"
        r"(?!\s+(?:(?:his|her|their|its|the|my)\s+)?(?:faces?|mouths?|eyes|heads?|ears|costs?"
        r"|expenses|bills?|fees?|tuition|shifts?|stor(?:y|ies)|news|events?|topics?|issues?|up)\b)"
        # ("the chart covering January 4 to 10", "covering the week of ..."): a period, not a song
        r"(?!\s+(?:the\s+(?:week|period|month|year|days?)|(?:january|february|march|april|may|june|july|august|september"
        r"|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+\d|\d{1,2}\s*(?:to|-|–|through)\s*\d))"
        r"|\brendition\b|\bremake\b"
        # "a trot arrangement of one of Insooni's early hits": another's song, arranged and performed
        r"|\barrangements?\s+of\s+(?:one\s+of\s+)?(?=(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,2}['’]s?\s)|\borig\.|\boriginally\s+(?:sung|performed|by|released)\b)"
        # "a medley of EXO's hits": their songs, sung by another ("a medley of their 2025 releases": their own)
        r"|(?i:\bmedleys?\s+of\b(?!\s+(?:their|his|her|its)\b))"
        # "recreating the choreography of BIGBANG's 'BANG BANG BANG'", "a tribute stage to 2NE1"
        r"|(?i:\brecreat(?:e|ed|es|ing)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:choreography|choreo|dance|moves"
        r"|stage|performance)s?\s+(?:of|from)\b|\btribute\s+(?:stage|performance|medley)s?\s+(?:to|for)\b"
        r"|\bpa(?:y|ys|id|ying)\s+(?:a\s+)?(?:\w+\s+)?tribute\s+to\b(?=[^.]{0,60}?\b(?:awards?|stage|concert|festival"
        r"|performance|medley|MMA|MAMA)\b))"
        r"|(?i:\bsings?|\bsang|\bsinging|\bperform(?:s|ed|ing)?|\bbelt(?:s|ed|ing)?\s+out|\bcroon(?:s|ed|ing)?)\s+"
        r"(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s?\s)"
        # "took on 2NE1's anthem", "went with Taeyeon's 2017 ballad": picking another's song to perform it
        # ("recreated Destiny's Child's late-'90s classic"; not "chose": a favourite named is no performance)
        r"|(?i:\b(?:took|takes?|taking)\s+on|\btackl(?:ed|es?|ing)|\bwent\s+with|\brecreat(?:e|ed|es|ing))\s+"
        r"(?=[A-Z0-9][\w'’-]*(?:\s+[A-Z][\w'’-]*)?['’]s?\s+(?:\d{4}\s+)?(?:[\w'’-]+\s+)?"
        r"(?i:song|ballad|anthem|hit|track|single|classic|choreography|choreo|dance|moves)s?\b)"
        # "performed the rap from 2NE1's 'I Am The Best'", "sang the chorus of IU's 'Blueming'"
        r"|(?i:\b(?:perform(?:s|ed|ing)?|sang|sings?|singing|rapped)\s+(?:the\s+)?(?:rap|verse|chorus|song|hook"
        r"|part|bridge)s?\s+(?:from|of|to)\s+)(?=[A-Z0-9][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s?\s)"
        # "Hoshi performed the point choreography of ILLIT's new title track": another's dance, performed
        r"|(?i:\bperform(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+)?(?:choreography|choreo|dance)\s+(?:of|from|to)\s+)"
        r"(?=[A-Z0-9][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s?\s)"
        # "Kazuha Nails ILLIT's Brand-New Choreography": another's dance, done by someone else
        r"|(?i:\b(?:nail(?:s|ed|ing)?|master(?:s|ed|ing)?|ace[sd]?|acing|perfect(?:s|ed|ing)?|learn(?:s|ed|t|ing)?)\s+)"
        r"(?=[A-Z0-9][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s?\s+(?:[\w'’-]+\s+){0,3}?(?i:choreography|choreo|dance|moves)\b)"
        # "QWER's take on Paramore's 'Misery Business'", "their version of Paramore's 2007 classic"
        r"|(?i:\b(?:take|version)\s+(?:on|of)\s+)(?=[A-Z0-9][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s?\s)",
    ),
    (
        "challenge",
        r"(?i:\bchallenges?\b(?!\s+(?:(?:him|her|them)\s+|(?:(?-i:[A-Z])[\w'’-]*\s+){1,3})to\b)|#\w*challenge\b|\bdanc(?:ed|ing|es|e)\s+(?:together\s+)?to\b|\bchoreographed\s+by\b"
        # "attempts the viral dance to Rosé and Bruno Mars' duet": another's song's dance, done by someone else
        r"|(?:(?<=\bthe\s)|(?<=\ba\s)|(?<=\bits\s)|(?<=\bviral\s)|(?<=\bsignature\s)|(?<=\bpoint\s))dance\s+(?:to|for|of)\b"
        r"(?=\s+(?:(?-i:[A-Z])|the\s+(?:song|track|single|hit)\b|their\s|his\s|her\s))"
        r"|\bchoreo\b|\bchoreography\s+(?:(?:created|made|designed|taught)\s+)?by\b"
        # "LE SSERAFIM teach Jimmy Fallon their new point choreography": a dance done together
        r"|\b(?:teach(?:es|ing)?|taught)\b(?=\s+(?:[\w'’.&-]+\s+){1,4}?(?:the|their|his|her|a|its)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:choreography|choreo|dance|moves|routine|challenge)\b)"
        # "In the clip, Jimin and Taeyang perform the point choreography" (two names right before: see _filter_cues)
        r"|\bperform(?:s|ed|ing)?\s+(?:the\s+)?(?:song['’]s\s+)?(?:[\w-]+\s+)?(?:choreography|choreo|routine)\b"
        r"(?!\s+(?:(?:created|made|designed|taught)\s+)?by\b)"  # (that is the choreographer's cue below)
        # a dance routine, not a workout or skincare one
        r"|(?<!workout\s)(?<!skincare\s)(?<!morning\s)(?<!daily\s)(?<!fitness\s)(?<!exercise\s)(?<!beauty\s)"
        r"(?<!diet\s)(?<!night\s)(?<!gym\s)\broutine\b|\bdid\s+(?:my|his|her|the)\s+(?:dance|dc)\b|\bdoing\s+(?:my|his|her)\s+dance\b)",
    ),
    (
        "gift",
        r"(?i:\bgift(?:s|ed|ing)?\b(?!\s+that\s+keeps)|\bflower\s+(?:arrangements?|stands?|wreaths?|baskets?|garlands?)\b"
        r"|\b(?:coffee|food|snack|dessert)\s+(?:trucks?|carts?)\b"
        # "handed one of his bouquets to Julie", "a cake she had baked and handed to Joy", "handed them to Jiyu"
        r"|\bhand(?:ed|s|ing)\s+(?:them|it)\s+(?:out\s+|over\s+)?to\b(?=\s+(?:[\w'’-]+\s+){0,3}?(?-i:[A-Z]))"
        r"|\bhand(?:ed|s|ing)\b(?=\s+(?:one\s+of\s+)?(?:his|her|their|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:bouquets?|flowers"
        r"|cakes?|gifts?|presents?|roses?)\b)"
        r"|\b(?:cakes?|presents?|gifts?|bouquets?|flowers|roses?)\b(?=[^.;!?]{0,60}?\bhand(?:ed|s|ing)\s+(?:it\s+|them\s+)?"
        r"(?:over\s+)?to\b)"
        # "a huge bouquet arrived at the theater from Suzy"
        r"|\b(?:cakes?|presents?|gifts?|bouquets?|flowers|roses?|wreaths?|hampers?|packages?)\s+(?:also\s+)?(?:arrived|came"
        r"|was\s+delivered|were\s+delivered)\b(?=[^.;!?]{0,60}?\bfrom\s+(?:(?:his|her|their|fellow|senior)\s+)?(?-i:[A-Z]))"
        # "a towering rice wreath from Junho": rice wreaths are donated in the star's name, a support gift
        r"|\brice\s+(?:wreaths?|garlands?|stands?)\b"
        # "sent Jungkook a bottle of wine", "gave her a cake": a thing handed over is a gift
        r"|\b(?:sent|sends?|sending|gave|gives?|giving|bought|buys?|buying|brought|brings?|bringing|carr(?:ied|ying|ies|y))\b(?=\s+(?:[\w'’-]+\s+){0,3}?(?:a|an|some|two|several)\s+(?:[\w-]+\s+){0,2}?"
        rf"(?:(?:bottles?|box(?:es)?|baskets?|bags?|cases?|crates?|batch(?:es)?|trays?)\s+of|{_GIFT_THINGS})\b)"
        # "the giant cake Seulgi sent to her set": the thing, then its sender
        r"|\b(?:cakes?|presents?|hampers?|care\s+packages?|bouquets?|chocolates?|cookies|snacks)\b"
        r"(?=\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}(?:had\s+)?(?:sent|gave|bought|delivered)\b)"
        # "received a cake from Seulgi"
        r"|\b(?:sent|gave|handed|gifted)\b(?=\s+(?:[\w'’-]+\s+){0,3}?(?:a|an|some|two|several)\s+(?:signed|autographed)\b)"
        # "V surprises Park Bo-gum with vintage film camera" (headlines drop the article)
        r"|\bsurpris(?:ed|es|ing)\b(?=\s+(?:[\w'’.-]+\s+){1,3}?with\s+(?:(?:a|an|some|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?"
        rf"(?:gifts?|flowers|coffee\s+trucks?|food\s+trucks?|snacks|{_GIFT_THINGS})\b)"
        rf"|\b(?:receiv(?:ed|es|ing)|got|gets)\b(?=\s+(?:a|an|some|two|several|new)\s+(?:[\w-]+\s+){{0,3}}?(?:snacks"
        rf"|{_GIFT_THINGS})\s+from\b)"
        # "Taeyang treats BABYMONSTER to headphones", "treated the staff and Jisoo to coffee"
        r"|\btreat(?:s|ed|ing)?\b(?=\s+(?:[\w'’.&-]+\s+){1,4}?to\s+(?:a\s+|an\s+|some\s+|new\s+|matching\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:headphones|sneakers|gifts?|presents?|cakes?|coffee|snacks|perfumes?|watch(?:es)?"
        r"|jackets?|hoodies?|flowers|chocolates?|cookies|food\s+trucks?|coffee\s+trucks?)\b))",  # (a meal: a meeting)
    ),
    ("flowers", r"(?i:\bflowers\b|\bbouquets?\b)"),
    (
        "other",
        r"(?i:\bblock(?:ed|ing|s)?\b(?!\s+B\b)"
        # a loan or a hand-over of something specific is a favour, not a gift ("lent his studio to her",
        # "handed Lee Hi the keys"); lending one's voice to a song is a feature, left to the collab cues
        r"|\b(?:lent|lends?|lending|loaned)\b(?!\s+(?:his|her|their|its)\s+(?:voice|vocals|talents?|support|pen)\b)"
        r"|\bhand(?:ed|s)\s+(?:over\s+)?(?=(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+the\b)"
        # "dressed as IU's character", "impersonated Jungkook", "parodied the idol": a nod aimed at the other
        r"|\bdress(?:ed|es|ing)\s+(?:up\s+)?as\b|\bimpersonat(?:ed|es|ing|ion)\b|\bparod(?:ied|ies|ying)\b"
        # a service at the other's wedding: "will host Nam's wedding", "officiated the wedding of Kim",
        # "served as the MC for her wedding", "sang at Key's wedding ceremony"
        r"|\b(?:host(?:ed|s|ing)?|officiat(?:e|ed|es|ing)|emcee(?:d|s|ing)?|mc(?:'d|ed)?|sang|sings?|singing"
        r"|perform(?:ed|s|ing)?|served\s+as\s+(?:the\s+)?(?:mc|host|emcee|officiant))\b"
        r"(?=[^.;]{0,40}?\bwedding(?:\s+(?:ceremony|reception))?\b))",
    ),
    (
        "interact",
        r"(?i:\binteract(?:ion|ions|ed|ing|s)?\b|\bfriendship\b|\bexchange\b|\bbond\b|\bbanter\b"
        r"|\bengag(?:ed|ing|es|e)\s+with\b|\breunit(?:ed|e|es)\b|\breunion\b"
        r"|\bprank(?:s|ed|ing)?\b(?=\s+(?-i:[A-Z])|\s+(?:his|her|their)\s+(?:\w+\s+)?(?:bandmates?|members?|friends?)))",
    ),
    (
        "join",
        r"(?i:\bjoin(?:ed|s|ing)?\b|\balongside\b|\btogether\s+with\b"
        # "Ryujin recruits Natty and Kazuha for the challenge": brought in to do it with her
        # (not "a recruit training center": the verb, with what they were brought in for)
        r"|\b(?:recruit(?:s|ed|ing)|taps|tapped|ropes\s+in|roped\s+in|brings\s+in|brought\s+in)\b(?=[^.;]{0,60}\bfor\b))",
    ),
    ("recip", r"(?i:\btogether\b|\beach\s+other(?:['’]s)?\b|\bone\s+another\b|\bbetween\b)"),
]
# Acts told by the thing they left behind, its sender named after "from" or in the credits.
_CUE_PATTERNS += [
    # "the floral tribute from IU's close friend, actress Yoo In-na", "a wreath from Junho"
    ("gift", r"(?i:\bfloral\s+(?:tributes?|wreaths?|arrangements?|stands?|baskets?|gifts?)\b|\bwreaths?\s+from\b)"),
    # "the first message he saw after the tally came out was from Hongjoong"
    (
        "message",
        r"(?i:\b(?:messages?|texts?)\b(?=[^.;!?\"“”]{0,60}?\b(?:was|were|came)\s+from\s+"
        r"(?:(?:his|her|their|fellow|senior)\s+)?(?-i:[A-Z])))",
    ),
    # "three nights in a row in the studio with rapper Big Naughty": recording together
    (
        "collab",
        r"(?i:\bin\s+the\s+(?:recording\s+)?studio\s+(?:together\s+)?with\b(?=\s+(?:[\w'’-]+\s+){0,2}?(?-i:[A-Z])))",
    ),
    # "whose past credits include routines for TWICE": work made for them
    (
        "collab",
        r"(?i:\bcredits\s+include\s+(?:[\w-]+\s+){0,2}?(?:routines|choreograph(?:y|ies)|songs|tracks|hits|singles)"
        r"\s+for\b)",
    ),
    # "a year of building routines for ENHYPEN, KISS OF LIFE and Chungha": choreography made for them
    # ("tried her hand at the choreography for IVE's 'I AM'": the group's own dance, learned)
    (
        "collab",
        r"(?i:\b(?:routines?|choreograph(?:y|ies))\s+for\b(?=\s+(?:(?:his|her|their)\s+)?(?-i:[A-Z])[\w.&-]*+"
        r"(?:\s+(?-i:[A-Z])[\w.&-]*+){0,2}+(?!['’])))",
    ),
    # "The two last shared a track, alongside DEAN, on 2016's 'Bermuda Triangle'": a record made together
    # ("shared the track on her Instagram story": a post)
    (
        "collab",
        r"(?i:\bshar(?:e|es|ed|ing)\s+a\s+(?:[\w-]+\s+)?(?:track|song|single(?!\s+(?-i:[a-z])[a-z]+\s+(?-i:[a-z]))|record|duet)\b"
        r"(?!\s+(?:on|to|via|in|with|by|from|of)\s))",
    ),
    # "He was one of the co-writers of BTS' 2021 single", "the producer behind NewJeans' hits": a credit on their work
    (
        "collab",
        r"(?i:\b(?:co-?writers?|co-?producers?|songwriters?|composers?|lyricists?|arrangers?)\s+(?:of|on|for|behind)\b"
        r"(?=\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?-i:[A-Z])))",
    ),
    # "The winter-set romance led by Lee Jun Young and Jung Eun Ji": the two leads of one series (not "beating the
    # drama led by Lee Jun-ho": one lead, a rival show)
    (
        "collab",
        r"(?i:\b(?:drama|series|film|movie|romance|thriller|comedy|sitcom|melodrama|k-drama)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:led|headlined|fronted)\s+by\b(?=\s+(?:[\w'’.-]+\s+){1,5}?(?:and|&)\s+(?:[\w'’-]+\s+)?(?-i:[A-Z])))",
    ),
    # "sharing a quietly emotional phone-in scene with Go Youn Jung": a scene played together
    (
        "collab",
        r"(?i:\b(?:shar(?:e|es|ed|ing)|film(?:s|ed|ing)?|sh(?:o|oo)t(?:s|ing)?)\s+(?:a|an|the|their|his|her)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:scenes?|kiss(?:ing)?\s+scene)\s+with\b(?=\s+(?:[\w'’-]+\s+){0,2}?(?-i:[A-Z])))",
    ),
    # "a food critic played by Ra Mi Ran", "her college boyfriend, played by none other than Doyoung": a part in
    # the same series
    ("collab", r"(?i:\bplayed\s+by\b(?=\s+(?:none\s+other\s+than\s+|actor\s+|actress\s+)?(?-i:[A-Z])))"),
    # "Jo Jung Suk, Yoo Yeon Seok and Jung Kyung Ho got together again for a live set"
    ("meet", r"(?i:\b(?:got|get|gets|getting)\s+together\b)"),
    # "Ed Sheeran and Young K Trade Verses of 'Perfect'", "Sana traded a few of the rap-like lines with Ikura"
    (
        "collab",
        r"(?i:\btrad(?:e|es|ed|ing)\s+(?:(?:a\s+few|some|several)\s+(?:of\s+the\s+)?)?(?:[\w-]+\s+){0,2}?"
        r"(?:[\w-]+\s+)?(?:verses|lines|bars|vocals|parts|harmonies|ad-libs)\b)",
    ),
    # "Dynamic Duo ft. Lee Su-hyun", "'Tuesday Rain' (feat. Lee Su-hyun)": a credited guest on the record
    ("collab", r"(?i:\b(?:ft|feat)\.(?=\s+(?-i:[A-Z0-9])))"),
    # "'Velvet Hour' was choreographed for Ten by Bada Lee"
    ("collab", r"(?i:\bchoreographed\s+for\b(?=\s+(?:[\w'’-]+\s+){0,2}?(?-i:[A-Z])))"),
    # "Ed Sheeran Spent a Week Writing With RIIZE": songwriting together
    ("collab", r"(?i:\b(?:co-?)?writ(?:ing|es?)\s+with\b(?=\s+(?:[\w'’-]+\s+){0,2}?(?-i:[A-Z])))"),
    # "formed the project group SSAK3 with Rain and Lee Hyori"
    (
        "collab",
        r"(?i:\bform(?:ed|s|ing)?\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:group|unit|duo|trio|band)\b"
        r"(?:\s+[\w'’.&-]+){0,2}?\s+with\b(?=\s+(?-i:[A-Z])))",
    ),
]
_CUE_PATTERNS += [
    # "Fellow member Sunghoon left a short message of support": words left for someone
    (
        "message",
        r"(?i:\b(?:left|leaves|leaving)\s+(?:(?:him|her|them)\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:messages?|notes?|voicemails?|voice\s+(?:notes?|memos?)|shout-?outs?)\b"
        r"(?!\s+(?:under|on|in|below|beneath|at|to\s+(?:his|her|their)?\s*fans)\b))",  # (words under a post: a comment)
    ),
    # "Bang Chan phoned in live during Young K's radio show", "a surprise call-in to Young K's show": a call to
    # the host on air
    (
        "message",
        r"(?i:(?:\b(?:phon(?:ed|es|ing)|call(?:ed|s|ing)|rang)\s+in|\bcall-ins?)\s+(?:live\s+)?(?:to|during|on|for)\b"
        r"(?=\s+(?:[\w'’.*&-]+\s+){0,4}?[\w.*&-]+['’]s?\s+(?:[\w-]+\s+){0,2}?(?:show|broadcast|live|program"
        r"|programme|podcast|stream)\b))",
    ),
    # "Nayeon turned up unannounced at ITZY member Yeji's solo fan meeting": there in person, at the other's
    # event or place
    (
        "meet",
        r"(?i:\b(?:show(?:s|ed|ing)?|turn(?:s|ed|ing)?)\s+up\s+(?:(?:unannounced|unexpectedly|uninvited|together|early"
        r"|in\s+person|again|too|also)\s+)?(?:at|to)\b(?=\s+(?:(?-i:[A-Z])[\w.*&'’-]*\s+){0,2}(?:member|leader|maknae"
        r"|bandmate|labelmate|sunbae|actor|actress|singer|rapper)\s+(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?['’]s?"
        r"\s+(?:[\w-]+\s+){0,2}?(?:home|house|place|apartment|studio|dorm|concert|set|party|rehearsals?|fan\s?meeting"
        r"|wedding|office|waiting\s+room|showcase|fan\s?sign|premiere|screening|musical|birthday)\b"
        r"|\s+(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?['’]s?\s+(?:[\w-]+\s+){0,2}?(?:showcase|fan\s?sign|premiere"
        r"|screening|musical|birthday)\b))",
    ),
]
_CUE_PATTERNS += [
    # "Inseong and Jaeyoon see off Rowoon" (at his enlistment): there in person
    (
        "meet",
        r"(?i:\b(?:see|sees|saw|seeing|seen)\s+(?:(?:him|her|them|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})"
        r"\s+)?off\b)",
    ),
    # "Uhm Jung Hwa celebrates her birthday with Lee Hyori and Bada": one gathering (see pairing._GATHERING)
    (
        "meet",
        r"(?i:\bcelebrat(?:e|es|ed|ing)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:birthday|anniversary|wedding"
        r"|discharge|win)\s+with\b(?!\s+(?:[\w-]+\s+){0,2}?(?:messages?|wishes|posts?|gifts?|letters?|fans|notes?"
        r"|videos?|cakes?|flowers?)\b))",
    ),
    # "Lisa, BamBam, Ten and Minnie sat around a table at a Bangkok restaurant": one gathering
    (
        "meet",
        r"(?i:\b(?:sat|sit|sits|sitting|gathered|gather|gathers|gathering|huddled)\s+(?:together\s+)?around\s+"
        r"(?:a|the|one)\s+(?:[\w-]+\s+)?(?:table|campfire|fire|grill)\b)",
    ),
    # "the guest list included every member of the Wooga Squad: V, Choi Woo Shik ...": guests of one event
    ("meet", r"(?i:\bguest\s+list\s+(?:included|includes|featured|features|boasted)\b)"),
    # "DK and Seungkwan write letters for Hoshi"
    (
        "message",
        r"(?i:\b(?:wr(?:ote|ite|ites|iting)|pen(?:ned|s)?)\s+(?:(?:a|two|heartfelt|handwritten|long)\s+)*letters?"
        r"\s+(?:for|to)\b)",
    ),
    # "Young K and Woosung hold a surprise busking in Hongdae": a street performance together
    (
        "collab",
        r"(?i:\b(?:hold|holds|held|holding|stage|stages|staged)\s+(?:a\s+)?(?:surprise\s+|joint\s+|impromptu\s+)*"
        r"busk(?:ing)?\b)",
    ),
    # "Doyoung, Park Gyu Young and Chae Jong Hyeop ... at first script reading": the cast of one drama
    ("collab", r"(?i:\bscript\s+reading\b)"),
    # "Jungwon and Leeseo host Inkigayo every Sunday": co-hosts of one show
    (
        "collab",
        r"(?i:(?<!\ba\s)(?<!\bthe\s)(?<!\bnew\s)\b(?:co-?)?host\b(?!\s+(?:for|of|his|her|its|their)\b)"
        r"(?=\s+(?:the\s+)?(?:[\w'’!-]+\s+){0,3}?(?:show|awards?|ceremony|festival|countdown"
        r"|gala|mama|inkigayo|music\s+bank|music\s+core|broadcast|concert)\b))",
    ),
    # "Bang Chan Brings TXT's Yeonjun Onto 'Chan's Room' As A Surprise Guest": the host's guest
    (
        "meet",
        r"(?i:\b(?:brings?|bringing|brought|invit(?:es|ed|ing|e)|welcom(?:es|ed|ing|e))\b(?=\s+(?:[\w'’.&-]+\s+){1,6}?"
        r"(?:onto|on\s+to|on|to|into)\s+(?:[\w'’\"“”.&!-]+\s+){1,5}?as\s+(?:a\s+|his\s+|her\s+|their\s+)?"
        r"(?:surprise\s+|special\s+|first\s+)*guests?\b))",
    ),
    # "Taeyang sings 'Eyes, Nose, Lips' with Ahyeon", "which she recorded with Audrey Nuna and Rei Ami": a song
    # performed or made together (a quoted title or "it" between the verb and "with")
    (
        "collab",
        r"(?i:\b(?:sings?|sang|singing|perform(?:s|ed|ing)?|record(?:s|ed|ing)?|duet(?:s|ted|ting)?)\s+"
        r"(?:it|['\"“‘][^'\"”’]{1,40}[,.!?]?['\"”’])\s+(?:together\s+)?with\b(?=\s+(?:[\w'’.*&-]+\s+){0,2}?(?-i:[A-Z]))"
        r"|(?<=\bwhich\s)(?:(?:he|she|they)\s+)?(?:recorded|sang|performed|released|wrote)\s+with\b"
        r"(?=\s+(?:[\w'’.*&-]+\s+){0,2}?(?-i:[A-Z])))",
    ),
    # "Sakura, Jo Yuri and Kim Minju, who sat together in the VIP seats": side by side at one event
    # (not "sit together near the top of the Billboard Artist 100": chart neighbours)
    ("meet", r"(?i:\b(?:sat|sit|sits|sitting|seated|stood|standing)\s+together\b"
             r"(?!\s+(?:near|at|in|on)\s+(?:the\s+)?(?:top|No\.|charts?|ranks?|rankings?|list)\b))"),
    # "Mingyu invites DK, Seungkwan and Hoshi to a makeshift kitchen": a gathering of them all
    (
        "meet",
        r"(?i:\binvit(?:es|ed|ing|e)\b(?=\s+(?:[\w'’.&()-]+,?\s+){1,16}?to\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:kitchen|dinner|lunch|party|meal|house|home|place|restaurant|studio|birthday|picnic|camping|trip|café|cafe"
        r"|barbecue|bbq)\b))",
    ),
    # "Kwon Eunbi rings in her birthday with Jo Yuri, Choi Yena and Kim Minju": one gathering
    (
        "meet",
        r"(?i:\b(?:rings?|rang|ringing)\s+in\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:birthday|new\s+year)\s+with\b)",
    ),
    # "Lee Hyori, Uhm Jung Hwa, Jessi and Hwasa formed the project group Refund Sisters": one group's members
    # (a helper kind: bot.interactions pairs the names listed before it, not the group named after it)
    (
        "_formact",
        r"(?i:\bform(?:ed|s)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:group|unit|duo|trio|band)\b(?!\s+(?:[\w'’.&-]+\s+){0,2}?with\b)"
        # "Yoo Jae-suk, Haha and Lee Mi-joo debut as project trio Three Seasons"
        r"|\bdebut(?:s|ed|ing)?\s+as\s+(?:the\s+|a\s+)?(?:new\s+)?(?:project\s+)?(?:group|unit|duo|trio|band|quartet)\b)",
    ),
    # "Jessi calls PSY on her web show": a call on air
    (
        "message",
        r"(?i:\bcall(?:s|ed|ing)?\b(?=\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+(?:live\s+)?(?:on|during)"
        r"\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:show|broadcast|live|stream|radio|program|programme|podcast)\b))",
    ),
    # "ZICO crashes BOYNEXTDOOR's stage": on the other's stage, a joint performance
    ("collab", r"(?i:\bcrash(?:es|ed|ing)?\b(?=\s+(?:[\w'’.&-]+\s+){1,4}?(?:stage|performance|set\s+list)\b))"),
]
# Words that may stand between a verb and the name it takes ("arriving with fellow member Ahn Yujin",
# "embracing Indonesian singer NIKI"): at most three
_WORDS_BEFORE_A_NAME = (
    r"(?:(?:his|her|their|the|fellow|member|bandmates?|co-?stars?|singer|actor|actress|rapper|dancer|friend|\w+-based"
    r"|Indonesian|Korean|American|Japanese|Thai|Chinese|British)\s+){0,3}"
)
_CUE_PATTERNS += [
    # "BTS' V, Park Hyung Sik and Choi Woo Shik turn out for Park Seo Joon's VIP premiere": there in person, for
    # the other (one gathering: see pairing._GATHERING)
    (
        "meet",
        r"(?i:\bturn(?:s|ed|ing)?\s+out\s+(?:in\s+force\s+)?for\b(?=\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2})?"
        r"(?-i:[A-Z])|\s+(?:him|her|them)\b))",
    ),
    # "Jun Hyun Moo and Kian84 pay Lee Jang Woo a surprise visit": a visit to the one named in between
    (
        "meet",
        r"(?i:\bpa(?:y|ys|id|ying)\b(?=\s+(?:[\w'’.-]+\s+){1,4}?a\s+(?:(?:surprise|quick|special|late-night|short"
        r"|brief)\s+)*visit\b))",
    ),
    # "Na Young Seok gathered Eun Ji Won, Lee Soo Geun and Kyuhyun for a live broadcast": one gathering
    (
        "meet",
        r"(?i:\bgather(?:ed|s|ing)?\b(?=\s+(?-i:[A-Z])[^;:!?\n]{0,160}?\s(?:for|to|at|on|in)\s+(?:a|an|the|his|her|their)\b))",
    ),
    # "Jackson Wang and Ten share a late-night hot pot in Bangkok": a meal together
    (
        "meet",
        r"(?i:\b(?:enjoy(?:ed|s|ing)?|shar(?:ed|es|e|ing))\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:hot\s?pot|dinner|lunch"
        r"|breakfast|brunch|barbecue|bbq|meal|feast|bowl\s+of\s+\w+)\b"
        r"(?!\s+(?:photo|pic|picture|video|clip|recipe|review|post|vlog)s?\b))",
    ),
    # "Jang Wonyoung stepped out at the show, arriving with fellow member Ahn Yujin": there together
    (
        "meet",
        r"(?i:\barriv(?:ed|es|ing|e)\s+(?:together\s+)?with\b(?=\s+"
        + _WORDS_BEFORE_A_NAME
        + r"(?-i:[A-Z])))",
    ),
    # "Jackson was photographed embracing singer NIKI", "Soobin and Yeonjun spar with Ma Dong-seok"
    (
        "meet",
        r"(?i:\bembrac(?:e|ed|es|ing)\b(?=\s+"
        + _WORDS_BEFORE_A_NAME
        + r"(?-i:[A-Z])|\s+(?:him|her|them|each\s+other)\b)"
        # "where the two embraced"
        r"|(?<=\bthe\stwo\s)(?:embrac(?:ed|e)|hugged)\b"
        r"|\bspar(?:s|red|ring)?\s+with\b)",
    ),
    # "G-Dragon hands Stray Kids' Bang Chan the Daesang": on one stage, one giving the other the award
    (
        "meet",
        r"(?i:\b(?:hand(?:s|ed|ing)?|present(?:s|ed|ing)?)\b(?=\s+(?:[\w'’.-]+\s+){1,4}?(?:the|a|an|his|her|their)"
        r"\s+(?:[\w-]+\s+){0,2}?(?:daesang|bonsang|award|trophy|prize|plaque)s?\b)"
        # "G-Dragon took the stage with actress Kim Go Eun to present Album of the Year": presenters together
        r"|\bt(?:ook|akes?|aking)\s+the\s+stage\s+(?:together\s+)?with\b(?=[^.;]{1,60}?\bto\s+(?:present|announce"
        r"|hand\s+out)\b))",
    ),
    # "Ahyeon took on 2NE1's 'Lonely'", "ILLIT's Moka nails BABYMONSTER's \"DRIP\"": another's song, performed
    (
        "cover",
        r"(?i:\b(?:took|takes?|taking)\s+on|\btackl(?:ed|es?|ing)|\bnail(?:s|ed|ing)?)\s+"
        r"(?=[A-Z0-9][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}['’]s?\s+(?:(?:\d{4}|new|hit|classic|debut|song|track|single)\s+)*"
        r"[\"“'‘])",
    ),
]
_CUE_PATTERNS += [
    # "Jang Do Yeon called IU to lock in a guest appearance": a call to the one named
    (
        "message",
        r"(?i:\b(?:call(?:s|ed|ing)?|phon(?:e|es|ed|ing)|rang|rings?)\b(?=\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}"
        r"\s+to\s+(?:ask|invite|lock|check|congratulate|say|tell|thank|apologi[sz]e|confirm|offer|request|beg|propose"
        r"|cheer|wish)\b))",
    ),
    # "Yu Jin watched the premiere with fellow IVE member Jang Won Young": there together
    (
        "meet",
        r"(?i:\bwatch(?:ed|es|ing)?\s+(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?with\b(?=\s+(?:(?:his|her|their"
        r"|the|fellow|member|bandmates?|co-?stars?|friends?|[\w-]+mates?)\s+){0,3}(?-i:[A-Z])))",
    ),
    # "Megan Thee Stallion does KATSEYE's 'Gnarly' dance": another's song's dance, done by someone else
    (
        "challenge",
        r"(?i:\b(?:d(?:o|oes|id|oing)|tri(?:es|ed)|tr(?:y|ying)|attempt(?:s|ed|ing)?)\s+)"
        r"(?=[A-Z0-9][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}['’]s?\s+(?:new\s+|viral\s+)?(?:\"[^\"]{1,40}\"|“[^”]{1,40}”|['‘][^\"”'’]{1,40}['’])\s+"
        r"(?i:dance|choreography|challenge)\b)",
    ),
    # "Asked by host Yoo Jae Suk whether ...": the host's guest, on the show
    (
        "meet",
        r"(?i:\b(?:asked|joined|greeted|welcomed|interviewed|teased|pressed)\s+by\s+(?:the\s+)?(?:show['’]s\s+)?"
        r"(?:co-?)?(?:host|MC|presenter)\b(?=\s+(?-i:[A-Z])))",
    ),
    # "BIBI and Rich Brian drop surprise single 'Paper Crown'": one release by both (a singular work; a helper
    # kind: bot.interactions pairs the names listed before it with each other, never with a later name)
    (
        "_dropact",
        r"(?i:(?<!-)\bdrop(?:s|ped|ping)?\s+(?:a\s+|their\s+)?(?:(?:surprise|new"
        r"|joint|collaborative|jaw-dropping|first)\s+)*(?:single|song|track|dance\s+film|music\s+video)\b(?!s\b))",
    ),
]
_CUE_PATTERNS += [
    # "his trip to Mexico with actor Kim Woo-bin and EXO's D.O.": everyone on one trip (see pairing._GATHERING)
    (
        "meet",
        r"(?i:\b(?:trips?|vacations?|getaways?|holidays?)\s+(?:to\s+(?:[\w'’.-]+\s+){1,3}?)?(?:together\s+)?with\b"
        r"(?=\s+(?:(?:his|her|their|the|fellow|members?|bandmates?|co-?stars?|friends?|actors?|actress|singers?)\s+){0,3}"
        r"(?-i:[A-Z])))",
    ),
    # "When MC Kim Gu-ra asked whether ..., Taeyang pulled out his phone": the host and the guest, on the show
    (
        "meet",
        r"(?i:(?<![\w-])(?:(?:co-?)?hosts?|MCs?)\b(?=\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+"
        r"(?:asked|told|joked|teased|pressed|quizzed|interviewed|introduced|welcomed|greeted)\b))",
    ),
    # "Lisa shares KATSEYE's 'Gabriela' performance to her Instagram Story": another's work, passed on
    (
        "mention",
        r"(?i:\bshar(?:e|es|ed|ing)\b(?=\s+(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,2}['’]s?\s+[^.;]{0,60}?"
        r"\b(?:to|on|in)\s+(?:her|his|their)\s+(?:own\s+)?(?:Instagram\s+|IG\s+)?(?:story|stories|feed|account|page)\b))",
    ),
    # "ENHYPEN and TWS teamed up for a joint performance of Shinhwa's classic 'T.O.P'": another's song
    (
        "cover",
        r"(?i:\b(?:performances?|renditions?|stages?)\s+of\s+)(?=[A-Z0-9][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}['’]s?\s"
        r"(?!(?i:own|debut|solo|new|latest)\b))",
    ),
    # "Yeri and Choi Hyun-wook, the two leads of 'Moonlight Pharmacy'": the cast of one work
    ("collab", r"(?i:(?<=,\s)the\s+(?:two|three|four)\s+(?:leads|co-?leads|co-?stars|stars|hosts|MCs)\s+of\b)"),
]
_NAME_POSS = r"(?-i:[A-Z0-9])[\w'’.&*-]*(?:\s+(?-i:[A-Z0-9])[\w'’.&*-]*){0,3}['’]s?\s+"
_CUE_PATTERNS += [
    # "Ni-ki gets pulled on stage at Taemin's Seoul concert": brought onto the other's stage
    (
        "collab",
        rf"(?i:\b(?:pulled|brought|called|invited|dragged)\s+(?:up\s+)?on(?:to)?\s+(?:the\s+)?stage\s+(?:at|during|by)\s+"
        rf"(?={_NAME_POSS}|(?-i:[A-Z])))",
    ),
    # "Hwasa's bouquet for BIBI": a gift named with its giver and its receiver
    (
        "gift",
        r"(?i:(?<=['’]s\s)(?:(?:huge|giant|big|surprise|special|sweet)\s+)?(?:bouquet|flowers|wreath|coffee\s+truck"
        r"|food\s+truck|snack\s+truck|gift|present)s?\s+for\b(?=\s+(?-i:[A-Z])))",
    ),
    # "Hyoyeon was caught cheering louder than the fans at RIIZE's encore concert": in the crowd of the other's show
    (
        "meet",
        rf"(?i:\bcheer(?:s|ed|ing)?\b(?=[^.;]{{0,50}}?\b(?:at|during)\s+{_NAME_POSS}(?:[\w-]+\s+){{0,2}}?(?:concert|show"
        r"|encore|fan\s?meeting|showcase|gig|set|performance)\b))",
    ),
    # "Solar celebrates Moonbyul's birthday with a throwback photo": a public birthday message
    (
        "mention",
        rf"(?i:\bcelebrat(?:e|es|ed|ing)\s+(?={_NAME_POSS}(?:\d+\w*\s+)?(?:birthday|anniversary|discharge|win)\b))",
    ),
    # "Jackson Wang roasts BamBam's gym selfie": a public jab is a mention
    ("mention", rf"(?i:\broast(?:s|ed|ing)?\s+(?={_NAME_POSS}|(?-i:[A-Z])[\w'’.-]*\s+(?:over|for|about|in)\b))"),
]
_CUE_PATTERNS += [
    # "Yeonjun wipes his Instagram following list clean -- not even Soobin survived": everyone unfollowed
    (
        "unfollow",
        r"(?i:\b(?:wip(?:e|es|ed|ing)|clear(?:s|ed|ing)?|empt(?:y|ies|ied|ying))\s+(?:out\s+)?(?:his|her|their)\s+"
        r"(?:[\w-]+\s+){0,2}?following\s+list\b)",
    ),
    # "Zhang Hao and Leehan are officially Instagram mutuals": they follow each other
    (
        "follow",
        r"(?i:\b(?:instagram|tiktok|x|twitter|weverse|ig)\s+mutuals\b|\bmutuals\s+on\s+(?:instagram|tiktok|x|twitter)\b)",
    ),
]
_CUE_PATTERNS += [
    # ("CL, Park Bom, Dara and Minzy surprised fans by reuniting on stage at Coachella": a joint performance)
    (
        "collab",
        r"(?i:\breunit(?:e|es|ed|ing)\b(?=" + _REUNITED_FOR_WORK
        + r"|\s+on\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?stages?\b))",
    ),
    # "IU performed three songs accompanied by pianist Han Seo-rin", "accompanied on guitar by Jukjae"
    (
        "collab",
        r"(?i:\baccompan(?:ied|ies|ying)\s+(?:on\s+(?:the\s+)?(?:piano|guitar|keys|keyboards?|cello|violin|drums)\s+)?"
        r"by\s+(?=(?:(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:pianist|guitarist|cellist|violinist|drummer|bassist|keyboardist"
        r"|singer|rapper|producer|musician)\s+)?(?-i:[A-Z])))",
    ),
    # "the single 'Home Sweet Home,' on which he was joined by Taeyang and Daesung": guests on the work
    (
        "collab",
        r"(?:(?<=\bon which he was )|(?<=\bon which she was )|(?<=\bon which they were )|(?<=\bon which it was ))"
        r"joined\s+by\b"
        r"|(?i:\b(?:was|were)\s+joined\s+by\b(?=[^.;]{0,60}?\bon\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:track|song|single|remix|duet|album)\b))",
    ),
    # "LISA's 'Born Again' with Doja Cat and RAYE", "Rosé's "APT." with Bruno Mars": one quoted work and its
    # partners, the owner's possessive right before the title
    # (a helper kind: bot.interactions pairs the owner with the names listed right after "with")
    (
        "_titlewith",
        # not "blends JANNABI's 'Title' with Lee Mujin's hit" (two works) nor "'Title,' with Dohoon correcting ..."
        # ("released 'Who' in 2020 with Jimin and Jungkook")
        # ('"Winter Ahead" with veteran singer Park Hyo Shin': the partner's role words first)
        r"(?:(?:(?<=[\"”]\s)(?<!,[\"”]\s)|(?<=\w['’]\s)|(?<=[\"”]\sin\s\d{4}\s))(?i:with)\b(?=\s+(?:the\s+)?(?:(?:veteran|legendary"
        r"|fellow|singer|singer-songwriter|rapper|producer|actor|actress|pianist|guitarist|DJ)\s+){0,2}(?-i:[A-Z]))"
        # (but "with BTS' Jimin": a group naming the partner)
        r"(?!\s+(?-i:[A-Z])[\w.&*-]*(?:\s+(?-i:[A-Z])[\w.&*-]*){0,2}['’]s?\s+(?-i:[a-z\"“‘'0-9]))"
        # "AKMU's single 'Nakka' was recorded with IU", "the 2023 single she recorded with The Weeknd"
        r"|(?<=\brecorded\s)(?i:with)\b(?=\s+(?-i:[A-Z])))",
    ),
]
_CUE_PATTERNS += [
    # "Jimin and Jungkook complete military service, welcomed by RM and V": there in person to greet them
    (
        "meet",
        r"(?i:\b(?:welcomed|greeted|hugged|embraced|cheered\s+on|seen\s+off|sent\s+off)\s+(?:back\s+)?"
        # ("welcomed at the gate by fellow members Johnny and Mark")
        r"(?:(?:at|outside|in|on)\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?)?by\b"
        r"(?=\s+(?:(?:his|her|their|fellow|bandmates?|members?|friends?)\s+){0,2}(?-i:[A-Z])))",
    ),
    # "Moonbyul, Wheein and Hwasa arrived at the mourning hall together": there in person, as one party
    ("meet", r"(?i:\b(?:arriv(?:ed|es|ing)|show(?:ed|s)?\s+up|turn(?:ed|s)?\s+up)\b(?=[^.;,]{0,50}?\btogether\b))"),
    # "Choi Jung-hoon and Kwon Jung-yeol sang each other's songs" (the "each other's" is the reciprocal cue)
    (
        "cover",
        r"(?i:\b(?:s(?:ang|ings?|inging)|perform(?:ed|s|ing)?|cover(?:ed|s|ing)?|swap(?:ped|s|ping)?|danced|dances)\b"
        r"(?=\s+each\s+other['’]s\s+(?:[\w-]+\s+)?(?:songs?|hits?|tracks?|singles?|choreograph(?:y|ies)|dances?)\b))",
    ),
    # "RIIZE's B-side interpolates the chorus of TVXQ's 'Hug'", "sampling the guitar lick from TLC's 'No Scrubs'",
    # "the strings are sampled straight from Fin.K.L's 1998 hit": another act's song in one's own
    (
        "cover",
        r"(?i:\b(?:interpolat(?:es|ed|ing)|sampl(?:es|ed|ing))\b(?=\s+(?:[\w'’-]+\s+){0,5}?(?:of|from)\s+"
        r"(?-i:[A-Z0-9])[\w&.*'’-]*(?:\s+(?-i:[A-Z])[\w&.*'’-]*){0,3}['’]s?\s+(?:[\w-]+\s+){0,3}?[\"“‘']))",
    ),
    # "Mingyu drives Wonwoo to the training center": took him there in person
    (
        "meet",
        r"(?i:\b(?:dr(?:ove|ives?|iving)|walk(?:ed|s|ing)?|escort(?:ed|s|ing)?)\s+(?!(?:him|her|them)\b)"
        r"(?=(?-i:[A-Z])[\w'’.-]*"
        r"(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+(?:to|into|home)\b))",
    ),
    # "Song Mino, Kim Jinwoo and Lee Seunghoon stand by Kang Seungyoon at his grandmother's funeral": at his side
    (
        "meet",
        r"(?i:\b(?:st(?:and|ands|anding|ood)\s+(?:by|beside)|(?:were|was|stayed|remained)\s+by)\s+"
        r"(?=(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2}(?:['’]s?\s+side\b|\s+(?:at|during|through)\s+"
        r"(?:[\w'’-]+\s+){0,3}?(?:funeral|wake|memorial|wedding|hospital|ceremony|mourning|enlistment))))",
    ),
    # "Speaking to host Clara Amfo before the performance, Jungwon explained ...": the host's guest
    (
        "meet",
        r"(?i:\b(?:speaking|spoke|speaks|talking|chatting|chatted)\s+(?:to|with)\s+(?:the\s+)?(?:show['’]s\s+)?"
        r"(?:co-?)?(?:host|MC|presenter|DJ|interviewer)\b(?=\s+(?-i:[A-Z])))",
    ),
]
# A performance whose subject is two or more members of one group (kept only then, in cue_filters): "Sunggyu,
# Dongwoo, Woohyun and Sungjong performed a set of old favourites" -- members in one activity (LABELING).
_CUE_PATTERNS.append((
    "_bandact",
    r"(?i:\b(?:perform(?:ed|s|ing)?|sang|sings|danced|dances|played|launch(?:ed|es)?\s+into"
    r"|t(?:ook|akes?)\s+the\s+stage)\b)",
))
# Korean copy: the same acts, matched as word stems (particles and endings attach directly).
_KO_CUES: dict[str, tuple[str, ...]] = {
    "unfollow": ("언팔로우", "언팔", "팔로우 취소", "팔로우를 취소"),
    "follow": ("팔로우",),
    "like": ("좋아요",),
    "comment": ("댓글",),
    "message": ("메시지", "문자", "디엠", "연락"),
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
    "unfollow": ("unfollow", "un-follow", "cancel", "stopped following", "removed", "no longer follow"),
    "follow": ("follow", "hit"),
    "like": ("liked", "liking", "hit the like", "likes", "like from", "like on", "double-tap", "double tap",
             "doubletap"),
    "comment": ("comment", "remark", "note on", "under", "below", "left", "slid into", "slides into", "sliding into",
                "leave", "leaving", "drop"),
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
        "advice",
        "advis",
        "penned",
        "pens",
        "penning",
        "message",
        "note",
        "phone call",
        "voice note",
        "reach",
    ),
    "msgnoun": ("message",),
    "mention": (
        "picked",
        "chose",
        "named",
        "posted",
        "miss",
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
        "nod to",
        "nods to",
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
        "take",
        "took",
        "enjoy",
        "selca",
        "lunch",
        "brunch",
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
        "between",
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
        "pair",
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
        "writes",
        "writing",
        "opposite",
        "starred",
        "starring",
        "stared",
        "star together",
        "lead",
        "stars together",
        "to star",
        "will star",
        "would star",
        "shared the stage",
        "shared a stage",
        "share the stage",
        "share a stage",
        "shares the stage",
        "shares a stage",
        "sharing the stage",
        "sharing a stage",
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
        "rap",
        "sing",
        "sang",
        "guest",
        "cast",
    ),
    "feature": ("featur",),
    "release": ("released", "recorded", "dropped", "starring"),
    "cover": ("pay", "pays", "paid", "paying", "recreat", "tribute", "cover", "rendition", "remake", "orig",
              "medley", "sing", "sang", "perform", "took", "tackl", "went", "take", "version", "rapped", "nail",
              "master", "ace", "acing", "perfect", "learn", "arrangement"),
    "challenge": (
        "teach",
        "taught",
        "perform",
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
    "gift": ("flower ", "rice ", "handed", "gifted", "surpris", "gift", "coffee truck", "food truck", "snack truck",
             "sent", "send", "gave", "give", "giving", "bought", "buy", "cake", "present", "hamper", "care package",
             "chocolate", "cookies", "snacks", "receiv", "got", "brought", "bring", "carr", "snack cart", "coffee cart",
             "food cart", "dessert cart", "dessert truck", "hand", "rose", "bouquet", "flowers", "gets", "treat"),
    "flowers": ("flowers", "bouquet"),
    "other": ("dress", "impersonat", "parod", "block", "lent", "lend", "loaned", "hand", "host", "officiat", "emcee",
              "mc", "sang", "sing",
              "perform", "served as"),
    "interact": ("interact", "friendship", "exchange", "bond", "banter", "engag", "reunit", "reunion", "prank"),
    "join": ("join", "alongside", "together with", "recruit", "taps", "tapped", "ropes in", "roped in",
             "brings in", "brought in"),
    "recip": ("together", "each other", "one another", "between"),
}


_TRIGGERS["comment"] += ("repl", "join", "enter", "hop", "stop")
_TRIGGERS["comment"] += ("pops in", "popped in", "popping in", "drops in", "dropped in", "dropping in", "drops by",
                          "dropped by", "showed up in", "shows up in", "showing up in", "turned up in", "turns up in",
                          "crash", "turning up in", "showed up on", "shows up on", "pops up in", "popped up in",
                          "jumped in", "jumps in", "jumping in", "hopped in", "hops in", "hopping in")
_TRIGGERS["mention"] += ("pay", "pays", "paid", "paying", "greetings", "shower")
_TRIGGERS["mention"] += ("singled out", "singles out", "singling out", "single out")
_TRIGGERS["mention"] += ("call", "standing ovation")
_TRIGGERS["message"] += ("call",)
_TRIGGERS["meet"] += ("ran into", "run into", "runs into", "running into", "bump", "share", "shares a", "shared a",
                      "sharing a", "share an", "shares an", "shared an", "sharing an")
_TRIGGERS["cover"] += ("belt", "croon", "interpolat", "sampl")
_TRIGGERS["mention"] += ("repost", "congratulat", "wish", "named", "cited", "citing", "names", "cites", "role model",
                          "look", "admir", "idoli", "gush", "compliment", "hyped up", "hyping up", "hypes up",
                          "react", "celebrat", "promot", "dedicat", "called", "calls", "shared", "express",
                          "credit", "kind words", "warm words", "nice words", "sweet words", "high words",
                          "glowing words")
_TRIGGERS["mention"] += tuple(f"{verb} {w}" for verb in ("show", "showed", "shows", "showing", "sent", "send",
                                                         "sends", "sending") for w in ("love", "his", "her",
                                                                                       "their", "some", "so", "much",
                                                                                       "support", "great", "full",
                                                                                       "sweet"))
_TRIGGERS["mention"] += tuple(
    f"{verb} {owner} support"
    for verb in ("show", "showed", "shows", "showing", "express", "expressed", "expresses", "expressing")
    for owner in ("his", "her", "their")
)
_TRIGGERS["_bandact"] = ("perform", "sang", "sings", "danced", "dances", "played", "launch", "took the stage",
                         "take the stage", "takes the stage")
_TRIGGERS["gift"] += ("floral", "wreath")
_TRIGGERS["message"] += ("message", "text")
_TRIGGERS["collab"] += ("in the studio", "in the recording studio", "credits include", "routine", "choreograph",
                        "writing with", "write with", "writes with", "cowrit", "co-writ", "form", "shar", "co-producer",
                        "coproducer", "songwriter", "composer", "lyricist", "arranger", "drama", "series", "film",
                        "movie", "romance", "thriller", "comedy", "sitcom", "melodrama", "k-drama", "shoot", "shot",
                        "played by", "trad", "ft.", "feat.", "choreographed for")
_TRIGGERS["meet"] += ("accompan", "got together", "get together", "gets together", "getting together")
_TRIGGERS["meet"] += tuple(f"{v} {w}" for v in ("were", "are") for w in ("the guest", "guest", "this week", "special",
                                                                         "joint", "fellow", "together"))
_TRIGGERS["meet"] += ("drops by", "dropped by", "dropping by", "stops by", "stopped by", "stopping by", "swung by",
                      "swing by", "swings by", "pops by", "popped by")
_TRIGGERS["meet"] += ("in the crowd", "in the audience", "in the stands", "in the vip", "from the crowd", "among the",
                      "stand", "stood", "sit ", "sits ", "sitting ", "sat ", "seated", "sits down", "sitting down",
                      "hosted", "presented", "emceed", "run by", "join", "show up for", "shows up for", "showed up for",
                      "showing up for", "turned up for", "turns up for", "turn up for", "turning up for", "grab",
                      *(f"{v} up {p}" for v in ("show", "shows", "showed", "showing", "turn", "turns", "turned",
                                                  "turning") for p in ("at", "to")),
                      "from the audience", "from the stands", "from the vip", "front row")
_TRIGGERS["meet"] += ("snack run", "food run", "coffee run", "grocery run", "shopping run", "late-night run",
                      "midnight run", "snack runs", "shopping spree")
_TRIGGERS["meet"] += ("reunit", "trip", "getaway", "vacation", "outing", "café", "cafe", "coffee", "lunch",
                      "brunch", "movie", "double", "play", "seen", "photographed", "pictured", "poses", "with ",
                      "host", "featuring", "arrived together", "arrives together", "arriving together", "at ",
                      "spotted", "waved", "waving", "waves", "joint", "went live", "chat", "pic", "snap", "appear",
                      "guest", "ate", "shopp", "travel", "vacationed", "went shopping", "went on a trip", "went out",
                      "spent",
                      "invit", "welcom", "spots", "spot", "spotting", "crash", "surpris", "went to", "goes to", "go to",
                      "going to", "came to", "comes to", "come to", "coming to", "headed to", "heads to", "made it to")
_TRIGGERS["message"] += ("memo", "video call", "video-call", "facetim", "face-tim", "rang", "rings", "ringing", "dial",
                          "phoned", "phones", "phoning")
_TRIGGERS["message"] += ("sent him", "sent her", "sent them", "sent me", "sends him", "sends her", "text ", "texts ",
                          "message ", "messages ")
_TRIGGERS["message"] += ("card", "wrote", "writes", "writing", "sent ", "sends ", "sending ")
_TRIGGERS["message"] += (
    "left a", "left an", "left him", "left her", "left them", "leaves a", "leaves an", "leaves him", "leaves her",
    "leaving a", "leaving an", "leaving him", "leaving her", "phoned in", "phones in", "phoning in", "called in",
    "calls in", "calling in", "rang in", "call-in",
)
_TRIGGERS["meet"] += ("see ", "sees ", "saw ", "seeing ", "seen ", "celebrat", "sat ", "sit ", "sits ", "sitting ",
                      "gather", "huddled", "guest list", "bring", "brought", "invit", "welcom")
_TRIGGERS["message"] += ("wrote", "write", "writes", "writing", "pen")
_TRIGGERS["collab"] += ("reunit", "joined by", "accompan", "hold", "held", "stage", "script reading", "host",
                        "co-host", "cohost", "crash")
_TRIGGERS["collab"] += ("sing", "sang", "perform", "record", "duet", "he ", "she ", "they ", "wrote", "released")
_TRIGGERS["_formact"] = ("formed", "forms", "debut")
_TRIGGERS["collab"] += ("appear", "rose ", "rise", "recorded by", "sung by", "performed by", "guest list",
                        "on a team", "on the same team", "team-up", "teamup", "shared hosting", "shares hosting",
                        "sharing hosting", "share hosting", "shared mc", "shared the hosting", "on one team",
                        "on his team", "on her team", "on their team")
_TRIGGERS["meet"] += ("ring", "rings", "rang")
_TRIGGERS["message"] += ("call",)
_TRIGGERS["meet"] += (
    "showed up", "shows up", "show up", "showing up", "turned up", "turns up", "turn up", "turning up",
)
_TRIGGERS["collab"] += ("worked with", "works with", "working with", "work with", "hit the", "hits the", "hitting the")
_TRIGGERS["collab"] += ("call", "invit", "pull")
_TRIGGERS["meet"] += ("turn out", "turns out", "turned out", "turning out", "pay", "pays", "paid", "paying", "gather",
                      "enjoy", "share", "shares", "sharing", "shared", "arriv", "embrac", "spar", "hand", "present",
                      "took the stage", "take the stage", "takes the stage", "taking the stage")
_TRIGGERS["cover"] += ("took on", "take on", "takes on", "taking on", "tackl", "nail")
_TRIGGERS["message"] += ("call", "phon", "rang", "ring")
_TRIGGERS["meet"] += ("watch", "asked by", "joined by", "greeted by", "welcomed by", "interviewed by", "teased by",
                      "pressed by")
_TRIGGERS["challenge"] += ("do ", "does ", "did ", "doing ", "tries ", "tried ", "try ", "trying ", "attempt")
_TRIGGERS["_dropact"] = ("drop",)
_TRIGGERS["_titlewith"] = ("with",)
_TRIGGERS["meet"] += ("welcomed", "greeted", "hugged", "embraced", "cheered on", "seen off", "sent off", "arriv",
                      "show", "turn", "speaking", "spoke", "speaks", "talking", "chatting", "chatted")
_TRIGGERS["cover"] += ("sang", "sing", "perform", "cover", "swap", "danced", "dances")
_TRIGGERS["meet"] += ("drove", "drive", "driving", "walk", "escort", "stand", "stood", "were by", "was by", "stayed by",
                      "remained by")
_TRIGGERS["meet"] += ("trip", "vacation", "getaway", "holiday", "host", "mc", "co-host", "cohost")
_TRIGGERS["mention"] += ("share", "shares", "shared", "sharing")
_TRIGGERS["cover"] += ("performance of", "performances of", "rendition of", "renditions of", "stage of", "stages of")
_TRIGGERS["collab"] += ("the two", "the three", "the four")
_TRIGGERS["collab"] += ("pulled", "brought", "called", "invited", "dragged")
_TRIGGERS["gift"] += ("bouquet", "flowers", "wreath", "coffee truck", "food truck", "snack truck", "gift", "present")
_TRIGGERS["meet"] += ("cheer",)
_TRIGGERS["mention"] += ("celebrat", "roast")
_TRIGGERS["unfollow"] += ("wipe", "wiping", "clear", "empt")
_TRIGGERS["follow"] += ("instagram mutuals", "tiktok mutuals", "x mutuals", "twitter mutuals", "weverse mutuals",
                        "ig mutuals", "mutuals on")
_TRIGGERS["collab"] += ("share", "shares", "shared", "sharing")
_TRIGGERS["collab"] += ("welcom", "bring", "brought", "handl", "took charge", "oversaw", "shared the screen",
                        "share the screen", "shares the screen", "sharing the screen", "shared screen")
_TRIGGERS["collab"] += ("worked on", "works on", "working on", "work on", "enlist", "in ",
                        "smash", "hit", "song", "single", "track", "ballad", "anthem", "teams with", "guest feature",
                         "guest verse")
_TRIGGERS["collab"] += ("drama with", "film with", "movie with", "series with", "project with")
_TRIGGERS["collab"] += ("version of", "rendition of", "medley of", "mashup of", "arranged by", "guest at", "guests at",
                        "guest during", "guests during")
_TRIGGERS["collab"] += ("directed", "directs", "directing", "helmed", "helms", "helming", "took part", "take part",
                         "takes part", "taking part")
_TRIGGERS["collab"] += ("penned", "pens", "penning", "remix", "put", "puts", "putting", "and", "&")
_TRIGGERS["collab"] += ("unit", "lent", "lend", "soundtrack", "ost", "cohost", "host", "mc", "emcee", "releas", "drop",
                         "record", "star", "join", "surprise appearance",
                         "special appearance", "guest appearance", "play")


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


# ---- speed: words the denial, negation, hypothetical and exclusion patterns (bot.interactions,
# bot.cue_filters) cannot match without; the story scan and the key automaton below look for them
_DENIAL_KEYS = (
    "hack", "fake", "photoshop", "impersonat", "not true", "not real", "denied", "denies", "deny", "rumor", "rumour",
    "compromised",
    "accessed by", "not made by", "not done by", "not posted by", "not sent by", "fabricat", "doctored", "deepfake",
    "manipulated", "shut down", "shuts down", "shutting down", "dismiss", "refut", "debunk", "put an end",
    "puts an end", "shot down", "shoots down", "shooting down", "shoot down", "lost control", "losing control",
    "loses control",
)
_NEGATION_KEYS = (
    "not", "n't", "n’t", "never", "no longer", "denied", "deny", "denies", "without", "neither", "nor", "dismissed",
    "refuted", "yet to", "no record", "no word", "no sign", "no evidence", "no indication", "no confirmation",
    "no proof", "no plan", "no news", "no report", "shut down", "rejected", "refuted", "reports of", "rumors of",
    "unable to", "failed to", "fails to",
    "rumours of", "reports about", "rumors about", "rumours about", "rarely", "seldom", "hardly", "shuts down",
    "shutting down", "respond", "reacted to", "reacts to", "addressed", "addresses", "refrain", "shot down",
    "shoots down", "shooting down", "shoot down",
)
_HYPOTHETICAL_KEYS = ("would", "wonder", "might", "should", "urg", "demand", "hop", "wish", "if", "whether", "call",
                      "manifest",
                      "want", "campaign", "request", "clamo", "beg", "plead", "petition", "believ", "assum",
                      "mistook", "mistaken", "convinced", "about", "theor", "speculat", "conspiracy", "rumo",
                      "possible", "possibilit", "prospect", "chance", "odds", "idea of",
                      "potential", "dream", "asking for", "asked for", "claimed", "alleged", "insisted",
                      "argue", "think", "thought", "feel", "felt", "agree", "tagg", "rall", "hashtag", "hypothetical",
                      "such a", "suggest", "propos", "pitch", "imagin", "offered", "claiming", "purport", "alleging",
                      "supposedly", "said to have", "jok", "insist")
_EXCLUDE_KEYS = ("after", "than", "like", "before", "since", "surpass", "beat", "overtak", "vs", "versus", "following",
                 "same", "those of", "that of", "compar", "edg", "ahead of")
_POST_NEG_KEYS = ("no one", "nobody", "anyone", "no longer", "disappeared", "vanished", "never happened",
                  "never materiali", "never took place", "never existed", "did not happen", "didn't happen",
                  "didn’t happen")
# role nouns ("the choreographer"): resolved in bot.references; their presence is a key set below
_ROLE_NOUNS = (
    "choreographer|tiktoker|creator|content creator|dancer|singer|singer-songwriter|songwriter|rapper|idol|star|maknae"
    "|artist|actor|actress|musician|producer|composer|vocalist|soloist|youtuber|influencer|host|model|director"
    "|comedian|entertainer|performer|musician|band|group|duo"
)
_ROLE_WORDS = tuple(dict.fromkeys(_ROLE_NOUNS.split("|")))

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
            r"|\bfashion\s+week\b|\brunway\b|\bpremiere\b|\bred\s+carpet\b|\blaunch\b|\bpop-up\b|\bbackstage\b"
            r"|\bwedding\b|\bfuneral\b)"
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


_PLATFORM_TRIGGERS["in_person"] += ("fashion week", "runway", "premiere", "red carpet", "launch", "pop-up",
                                    "wedding", "funeral")


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
        plats.extend((name, start) for name in _platforms_at(text, start, names))
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
        out.extend((name, start) for name in _platforms_at(text, start, names))
    return out


def _platforms_at(text: str, start: int, names: Sequence[str]) -> list[str]:
    """Which of the platforms whose word starts at ``start`` the full pattern confirms ("X" also as "(X)")."""
    out: list[str] = []
    for name in names:
        rx = _PLATFORM_RX[name]
        m = rx.match(text, start)
        if m is None and name == "x":
            m = rx.match(text, max(0, start - 3))
        if m is not None:
            out.append(name)
    return out


# ---- speed: words a case-insensitive pattern cannot match without, so the regex runs only where it may.
# "ı", "ſ" and the dot "İ" leaves when lower-cased match "i"/"s" case-insensitively without lower-casing to them:
# their presence always lets the regex run.
_FOLDS = ("ı", "ſ", "\u0307")
_CHART_KEYS = (
    "chart", "billboard", "no.", "number", "top", "stream", "album", "sold", "unit", "rank", "record", "enlist",
    "peak",
)
_CROWD_KEYS = ("fans", "netizens", "viewers", "followers", "users", "people", "voters", "readers", "commenters",
               "listeners", "respondents")
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
