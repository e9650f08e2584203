"""Which cues and parties of a sentence count: the filters that drop cues and set artists aside.

A cue word is not yet an interaction: negation, hypotheticals, denials, crowds ("fans commented"), chart talk,
performances and screen work suppress or retype it, and artists who are only compared or sequenced ("after
V", "than BTS") or listed in a roll call are marked excluded. Kept apart from pairing so the rules that say
*whether* something happened read separately from the rules that say *between whom*.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from bot.cues import (
    _K_CHART,
    _K_CROWD,
    _K_EXCLUDE,
    _K_FANS,
    _K_HYPOTHETICAL,
    _K_NEGATION,
    _K_POST_NEG,
    _key_bits,
    _sentence_keys,
)
from bot.extraction_types import (
    SOCIAL_TYPES,
    TALK_TYPES,
    _Cue,
    _in_group_brackets,
    _is_group,
    _is_member,
    _Party,
    _Story,
)
from bot.rxfast import lead
from bot.sentences import Sentence

_NEGATION = re.compile(
    r"(?i:\b(?:not|never|no\s+longer|didn['’]t|doesn['’]t|don['’]t|hasn['’]t|haven['’]t|wasn['’]t|weren['’]t"
    r"|isn['’]t|denied|deny|denies|without|neither|nor|yet\s+to|rarely|seldom|hardly"
    # "Taemin was unable to join the shoot", "failed to meet him at the airport": it did not happen
    r"|unable\s+to|fail(?:ed|s)?\s+to"
    # "asking fans to refrain from visiting the training center": asked not to
    r"|refrain(?:s|ed|ing)?\s+from)\b)[^.;]{0,28}$"
)
# "Neither Nayeon nor Sabrina Carpenter has reacted to the mashup, liked it, or commented on it": the whole
# clause after "neither ... nor" is denied
_NEITHER_NOR = re.compile(r"(?i:\bneither\s+[^.;]{1,60}?\bnor\b[^.;]{0,100}$)")
_DENIED_THAT = re.compile(
    r"(?i:(?:\b(?:denied|deny|denies|denying|dismissed|refuted|rejected|(?:shut(?:s|ting)?|shoot(?:s|ing)?|shot)\s+down)\s+(?:that"
    # "shut down reports of a collaboration with Doja Cat"
    r"|(?:the\s+)?reports?\s+(?:that|of)|(?:the\s+)?claims?\s+(?:that|of)|(?:the\s+)?rumou?rs?\s+(?:that|of)"
    # "denied a local media report claiming that Karina had recorded a guest verse"
    r"|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:reports?|claims?|rumou?rs?)\s+(?:claiming|saying|suggesting|alleging|that)"
    r"(?:\s+that)?"
    # "Agencies deny NCT's Jaehyun is man in viral cafe photos with actor Kim Yoo-jung": a denied clause
    r"|(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,3}\s+(?:is|was|are|were)\s+(?:the\s+|a\s+)?(?:man|woman|person"
    r"|idol|one|couple|pair)\b)"
    # "BIGHIT MUSIC Responds To Reports Of TXT Collaboration With The Kid LAROI"
    r"|\b(?:respond(?:s|ed|ing)?|react(?:s|ed|ing)?|address(?:es|ed|ing)?)\s+to\s+(?:the\s+|a\s+|an\s+)?(?:online\s+"
    r"|recent\s+|growing\s+|fan\s+|dating\s+|media\s+)?(?:reports?|rumou?rs?|claims?|speculation)\s+(?:of|about|that"
    r"|claiming|saying|suggesting|alleging))\b[^.;]{0,80}$)"
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
    r"|wish(?:ed|es)?|if|whether|call(?:s|ed|ing)?\s+for|want(?:s|ed)?\s+to\s+see"
    # "viewers believed the pair had recorded together": what onlookers took for real (xx: a masked name)
    r"|(?:believed|assumed|mistakenly\s+thought|(?:were|are|is|was)\s+convinced)"
    r"(?=\s+(?:that\s+)?(?:the\b|they\b|he\b|she\b|it\b|(?-i:[A-Z])|xx)))\b)"
    r"[^.;]{0,40}$"
    # "a possible joint stage", "a rumored duet": an idea, not a deed
    r"|(?i:\b(?:possible|potential|hypothetical|rumou?red|such\s+an?)\s+(?:\w+\s+)?$)"
    # "declined to comment on the possibility of a collaboration", "already dreaming up a joint stage"
    r"|(?i:\b(?:possibilit(?:y|ies)|prospect|chances?|odds|idea)\s+of\s+(?:an?\s+|the\s+|future\s+)?(?:\w+\s+)?$)"
    r"|(?i:\bdream(?:s|ed|t|ing)?\s+up\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$)"
    # "a fan thread imagining the tracklist of a joint EP": imagined; "had been offered the male lead ...,
    # opposite Kim Yoo-jung": an offer, no role yet
    r"|(?i:\bimagin(?:e|es|ed|ing)\b[^.;]{0,50}$)"
    # "Karina And Sabrina Carpenter Need A Collab": what fans think they need, not what they did
    r"|(?i:\bneeds?\s+(?:an?|to\s+(?:do|release|drop|have)\s+an?)\s+(?:\w+\s+)?$)"
    # "the two had been talking about recording a cover together one day": an idea, not a deed
    r"|(?i:\b(?:talk(?:s|ed|ing)?|dream(?:s|ed|ing)?|think(?:s|ing)?|thought)\s+about\s+(?:\w+ing\b[^.;]{0,40})?$)"
)
# Fans' hopes and calls govern the rest of their clause ("fans are hoping X and Y will be next to do it").
_WISHFUL = re.compile(
    r"(?i:(?<!-)\b(?:hop(?:e|ed|es|ing)|call(?:s|ed|ing)?\s+for|want(?:s|ed)?\s+to\s+see"
    # "Fans Want The Two To Meet Already"
    r"|want(?:s|ed)?\s+(?:the\s+two|them|the\s+pair|the\s+duo|both)\s+to"
    # "Fans want ENHYPEN's Heeseung and Conan Gray to collaborate"
    r"|(?:fans|netizens|viewers|many|everyone|people)\s+(?:\w+\s+)?want(?:s|ed)?\s+(?:[\w'’.&-]+\s+){1,8}?to"
    r"|(?:campaign(?:s|ed|ing)?|clamou?r(?:s|ed|ing)?|begg(?:ed|ing)|beg|plead(?:s|ed|ing)?|petition(?:s|ed|ing)?)"
    r"\s+(?:online\s+|hard\s+|loudly\s+|openly\s+)?for"
    r"|(?:campaigns?|petitions?|requests?|calls?)\s+(?:asking|urging|begging|demanding)"
    r"|(?:requests?|demands?|wish(?:es)?|pleas?)\s+for"  # "flooded the posts with requests for a full reunion"
    # "comments expressed a wish to see Seungkwan and Jang Wonyoung host a show together"
    r"|(?:wish(?:es)?|hopes?|desires?)\s+to\s+see"
    r"|(?:requests?|demands?|wish(?:es)?)(?=\s*:)"  # "the comment sections fill up with the same request: a duet"
    # "one wish in particular kept popping up on fans' timelines: a duet between Jennie and Lisa"
    r"|(?:wish(?:es)?|dreams?|requests?)\b[^.;:!?]{0,60}\w(?=:)"
    # "Why fans want a Rosé and Olivia Rodrigo duet", "fans of both artists pitching the same dream" (not "fans
    # have wanted a Winter and Yujin selfie ever since the two were caught chatting": that wish came true)
    r"|(?:fans|netizens|viewers|everyone|people)\s+(?:[\w'’-]+\s+){0,4}?(?:wants?|pitch(?:ed|es|ing))\b"
    # '"I just want Liz and Yunjin to do a duet one day"': a fan's own wish
    r"|(?-i:\bI)\s+(?:just\s+|really\s+|still\s+|so\s+)?(?:want|need)\b"
    r"|(?:long-|much-)?hoped-for|wished-for"  # "a long-hoped-for duet between Suzy and IU"
    r"|manifest(?:s|ed|ing)|dream(?:s|ed|t|ing)?\s+(?:of|about)"  # "Fans Are Manifesting An IU x Bruno Mars Duet"
    # "Fans rally for a TWICE Nayeon x Sabrina Carpenter collaboration", "Netizens start trending a hashtag for
    # a V x Lana duet": a campaign for it, not the deed
    r"|rall(?:y|ies|ied|ying)\s+(?:online\s+|behind\s+the\s+idea\s+of\s+)?for"
    r"|hashtags?\s+(?:for|calling\s+for|demanding|asking\s+for|begging\s+for)"
    # "fans have begged IVE's Liz to sing Younha's 'Event Horizon'": asked for, not done
    r"|(?:begg(?:ed|ing)|urg(?:ed|ing)|pleaded\s+with|pleading\s+with)\s+(?:[\w'’.-]+\s+){1,4}?to"
    # "Ahn had been offered the male lead in the adaptation, opposite Kim Yoo-jung": an offer, no role yet
    r"|(?:been|was|were|is|are)\s+offered\s+(?:the|a|an)"
    # "Fans Are Begging 10CM And AKMU's Lee Suhyun For A Duet", "with many asking for a collaboration"
    r"|begg(?:ed|ing)\s+(?:[\w'’.-]+\s+){1,6}?for"
    r"|(?:many|fans|netizens|viewers|others|people|some)\s+(?:are\s+|were\s+|have\s+been\s+)?ask(?:ing|ed)\s+for"
    # "Fans started tagging Hyunjin and Yeonjun in the challenge": the fans' act, a wish at most
    r"|(?:fans|netizens|viewers|stays|armys?|users)\s+(?:\w+\s+){0,2}?tagg(?:ing|ed)\b"
    # "a theory claiming that Shuhua had quietly unfollowed Miyeon", "A rumor that WOODZ and Lee Young-ji had
    # secretly recorded a song", "speculating about a possible joint stage": what is supposed, not what happened
    r"|(?:theor(?:y|ies)|speculation|conspiracy)\s+(?:\w+\s+)?(?:claiming|suggesting|that)"
    # "a screenshot claiming that T.O.P had sent Daesung a flower basket", "Viral Screenshot Claiming IVE's Liz
    # Unfollowed Jang Wonyoung": what an image or post claims, not what the story reports
    r"|(?:screenshots?|screen\s+captures?|images?|photos?|pictures?|posts?|tweets?|edits?|clips?|videos?)\s+"
    r"(?:\w+\s+)?(?:claiming|purporting|alleging|supposedly\s+showing)"
    r"|rumou?r(?:s|ed)?\s+(?:\w+\s+)?that|speculat\w*\s+(?:about|on|over|that)"
    # "were rumoured to have filmed a challenge together", "is said to have recorded a verse", "allegedly
    # unfollowed": hearsay the story does not vouch for (LABELING: rumours are no interaction)
    r"|rumou?red\s+to|(?:is|are|was|were)\s+said\s+to\s+have|allegedly"
    # "posted what it claimed was a leaked tracklist", "posted a clip and claimed it was a leaked duet"
    r"|what\s+(?:it|they|he|she)\s+claim(?:ed|s)|claim(?:ed|s)\s+(?:it|this)\s+(?:was|is|to\s+be)"
    # "screenshots that claimed Yunjin had unfollowed ILLIT"
    r"|(?:screenshots?|images?|photos?|pictures?|edits?|clips?|videos?)\s+that\s+(?:claimed|claim|purported|alleged)"
    # "Some fans on X claimed that Wonyoung and Minho had taken a photo together": a claim, not a report;
    # "fans argue a duet between the two would break the internet": an opinion
    # "Fans joked that Kazuha had 'officially joined' KATSEYE", "those who insist the two look nothing alike"
    # ("a post on a popular online community claimed the two had been spotted", "an online rumour claimed")
    r"|(?:fans|netizens|users|viewers|people|posts?|threads?|accounts?|many|some|those|rumou?rs?)\s+"
    r"(?:on\s+(?:[\w.-]+\s+){1,4}?|also\s+|still\s+|even\s+|who\s+|that\s+)?"
    r"(?:claimed|alleged|insist(?:ed|s)?|jok(?:ed|es|ing)|argue[sd]?|believe[sd]?|think|thought|feel|felt|agree[sd]?|suggest(?:ed|s|ing)?"
    r"|propos(?:ed|es|ing)|pitch(?:ed|es|ing))"
    r"(?:\s+that)?)\b)"
    r"[^.;!?]{0,110}$"
)
_FEATURES_ON_PART = re.compile(
    # ("a featured artist on ...", "the featured guest on ...": the same part)
    r"(?i:(?:\s+(?:artist|guest|rapper|vocalist|singer|performer))?\s+on\s+(?:the|this|its)\s+(?:song|track|single|bridge"
    r"|chorus|verse|hook|remix|title\s+track|b-side)s?\b)"
    # "features on BOYNEXTDOOR's new B-side", 'features on "Late Checkout," a track on ...'
    r"|(?i:(?:\s+(?:artist|guest|rapper|vocalist|singer|performer))?\s+on\s+(?:(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*)?['’]s?\s+(?:[\w-]+\s+){0,2}(?:song|track|single"
    r"|remix|title\s+track|b-side|album|ep|mixtape)s?\b|[\"“‘'](?-i:[A-Z])))"
)
_SEEMS_TO_SHOW = re.compile(
    r"(?i:\b(?:appear(?:s|ed)?|seem(?:s|ed)?|purport(?:s|ed|ing)?|claim(?:s|ed|ing)?|allegedly)\s+(?:to\s+)?"
    r"(?:show|depict|reveal)(?:s|ed|ing)?\b)"
)
_FEATURE_PROMINENTLY = re.compile(
    r"(?i:feature[sd]?\s+(?:more\s+|less\s+|most\s+|very\s+)?(?:prominently|heavily|strongly|highly)\b)"
)
# a festival's line-up ("MAMAMOO's Hwasa and Jay Park head the first lineup, joined by Crush"): billed together
# ("Hwasa will headline Day 1 alongside Kwon Eunbi, BIBI and Loco": the festival's bill, no joint stage)
# ("Summer Sonic 2026 line-up revealed: BABYMONSTER, &TEAM, KATSEYE join Kenshi Yonezu": a headline's colon)
_LINEUP_BEFORE = re.compile(
    r"(?i:\b(?:line-?ups?|bill|headlin(?:e|es|ed|ing))\b(?:[^.;:!?]{0,30}$|[^.;:!?]{0,20}:[^.;:!?]{0,40}$))"
)
# "completed his military service in June 2025 alongside bandmate Jimin": enlisted at the same time, no act
# "completed his military service alongside Jimin", "was discharged from the military in June alongside RM",
# "enlisted alongside bandmate Jin": the same duty on the same day, not a joint act (LABELING)
_SERVICE_BEFORE = re.compile(
    r"(?i:\b(?:(?:military|mandatory|alternative)\s+service|discharged|enlist(?:s|ed|ing)?|the\s+military"
    r"|training\s+(?:center|centre)|basic\s+training)\b[^.;:!?]{0,40}$)"
)
# "..., together with BTS' V and rapper Peakboy, are members of the famous friend group": a membership, no act
_MEMBERS_OF_AFTER = re.compile(
    r"(?i:[^.;:!?]{0,80}?,\s+(?:are|were|have\s+been)\s+(?:all\s+|both\s+)?(?:members|part)\s+of\b)"
)
# "fans celebrated what looked like a supportive comment from Hwasa": how a post looked, not what it was
_LOOKED_LIKE = re.compile(r"(?i:\bwhat\s+(?:looked|seemed)\s+like\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}$)")
_CROWD_LED = re.compile(
    r"(?i:\s*(?:(?:many|some|other|countless|several|the)\s+)?(?:fans|netizens|viewers|users|commenters|followers"
    r"|listeners|readers)\b)"
)
_CROWD_ASKS = re.compile(
    r"(?i:,\s+(?:tagging|mentioning|asking|urging|begging|calling\s+on|inviting|pleading\s+with)\b)"
)
# the guests cue of bot.cues ("Yuri and Sooyoung were the guests on ..."): it pairs the guests with each other only
_GUESTS_OF_EPISODE = re.compile(
    r"(?i:(?:were|are|appear(?:ed|ing)?)\s+(?:together\s+)?(?:as\s+)?(?:(?:the|this|special|joint|fellow)\b[^.,;]{0,12}?)?"
    r"guests\s)"
)
_ATTENDEES_WERE = re.compile(r"(?i:[^.;,]{0,60}?\b(?:were|was|included)\s)")
_MEMBERSHIP = re.compile(
    r"(?i:\b(?:is|are|was|were|became|becomes|remains?|remained)\s+(?:(?:also|still|both|(?:best\s+|widely\s+)?known"
    r"\s+as)\s+)*(?:one\s+of\s+)?"
    r"(?:(?:a\s+|the\s+)?(?:\w+\s+)?members?|two-thirds|one-third|a\s+third|half|part|a\s+quarter)\s+of\b"
    # "MAMAMOO will remain a four-member group together with Wheein and Hwasa": who the group is
    r"|\bremain(?:s|ed)?\s+an?\s+(?:[\w-]+\s+)?(?:group|unit|band|trio|quartet|quintet|duo)\b)"
)
# "Jimin featured Taeyang on his new track": the record named after the guest
_FEATURED_ON_WORK = re.compile(
    r"(?i:\s+(?:[\w'’.&-]+\s+){1,4}?on\s+(?:her|his|their|the|a|its)\s+(?:new\s+|latest\s+|upcoming\s+|next\s+)?"
    r"(?:track|song|single|album|ep|remix|b-side)\b)"
)
# "the song features members CL, Park Bom ...": the group itself, no guest
_MEMBERS_NEXT = re.compile(r"(?i:\w*\s+(?:all\s+(?:\w+\s+)?)?(?:the\s+|its\s+|their\s+)?members\b)")
# "Industry watchers often place TWICE alongside Girls' Generation": ranked together, nothing done together
_PLACED = re.compile(
    r"(?i:\b(?:place[sd]?|placing|rank(?:s|ed|ing)?|list(?:s|ed|ing)?|put(?:s|ting)?|count(?:s|ed|ing)?|trend(?:s|ed|ing)?"
    r"|mention(?:s|ed|ing)?|compar(?:e|es|ed|ing))\b[^.;]{0,60}$)"
)
_NEGATION_OR = re.compile(r"(?i:\b(?:never|not|n['’]t)\b[^.;]{0,50}?\bor\s+(?:even\s+)?[^.;]{0,30}$)")
_ORIGINAL_CREDIT = re.compile(
    r"(?i:\bthe\s+original(?:\s+(?:song|version|track|recording|ballad|single))?\s+(?:was|had\s+been|is)\s+$)"
)
_ON_WISH_LIST = re.compile(
    r"(?i:\s+(?:has|have|had)\s+(?:long\s+)?been\s+(?:on|at\s+the\s+top\s+of)\s+(?:their|fans['’]|many|the)\s+(?:\w+\s+)?"
    r"(?:wish|bucket)\s*-?\s*lists?)"
)
_FAN_MADE = re.compile(
    r"(?i:(?:\b(?-i:mock)\s+(?:album|covers?|posters?|ups?|trailers?|duets?)|\b(?:fan-?made|fanmade|imagined|hypothetical"
    r"|photoshopped|ai-generated)"
    # "a song falsely presented as a duet between Taeyeon and Ed Sheeran", "a mashup pairing ZICO's verse with ..."
    r"|\bfalsely\s+(?:presented|described|labell?ed|billed|passed\s+off|marketed|advertised)\s+as|\bmash-?ups?)\b"
    r"[^.;]{0,40}$)"
)
_MANY_COMMENTS = re.compile(
    r"(?i:\b(?:number|flood|wave|string|barrage|stream|thousands|hundreds|dozens|countless|many|most)"
    r"\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?$)"
)
# the comments are the subject: "comments expressed", "comments under the clip were ..."
_COMMENTS_SAID = re.compile(
    r"(?i:\s+(?:[\w-]+\s+){0,4}?(?:expressed|said|called|asked|wanted|wished|poured|flooded|praised|were|are|included"
    r"|read|begged|urged|demanded|hoped|agreed|pointed)\b)"
)
_COMMENT_SECTIONS_FILL = re.compile(
    r"(?i:\s+sections?\b(?:\s+(?:of|on|under)\s+both\b|[^.;]{0,45}?\b(?:fill|filled|filling|flood|flooded|flooding|lit\s+up"
    r"|light\s+up|explod|blew\s+up)))"
)
_THING_FOLLOWED = re.compile(r"(?i:\b(?:that|which)\s+(?:has|have|had)\s+(?:long\s+|also\s+|since\s+)?$)")
_ROUTINE_WORD = re.compile(r"(?i:\b(?:routine|choreo)\b)")
# "more than 2,000 comments", "thousands of comments": how many people commented, no one's comment
_COMMENT_COUNT = re.compile(
    r"(?i:(?:\b\d[\d,.]*\s*(?:k|m|million|thousand)?|\b(?:hundreds|thousands|millions|dozens|tens\s+of\s+thousands)"
    r"\s+of)\s+(?:\w+\s+)?$)"
)
_LEFT_BEFORE = re.compile(
    r"(?i:\b(?:left|leaving|leaves|leave|posted|posting|wrote|writing|dropped|dropping|sent|sending|flooded|spammed)"
    r"\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?$)"
)
_ONE_FROM_AFTER = re.compile(
    r"(?i:,?\s+(?:\w+\s+){0,3}?(?:is|was|were|came|including|among\s+them)\s+(?:one|a\s+\w+)\s+(?:from|by)\b)"
)
_IN_TITLED_QUOTE = re.compile(r"(?i:\b(?:titled|headlined|entitled)\s*[:,]?\s*[\"“‘][^\"”’]*$)")
_EACH_OF = re.compile(r"(?i:\beach\s+of\s+(?:the\s+)?(?:two|three|four|pair|duo|trio|members|them)\b[^.;]{0,40}$)")
_EACH_OTHER = re.compile(r"(?i:\b(?:each\s+other|one\s+another)\b)")
_CLAIM_DENIED = re.compile(
    r"(?i:\b(?:reports?|rumou?rs?|claims?|speculation)\b[^.;]{0,80}?\b(?:is|are|was|were)\s+(?:completely\s+|entirely\s+"
    r"|totally\s+)?(?:groundless|baseless|untrue|false|not\s+true)\b"
    # "A report claiming that IU and Lim Young-woong had recorded a duet has been firmly denied by both sides"
    r"|\b(?:reports?|rumou?rs?|claims?)\s+(?:claiming|saying|suggesting|alleging|that)\b[^.;]{0,100}?\b(?:has|have|had|was"
    r"|were)\s+(?:since\s+)?(?:been\s+)?(?:firmly\s+|quickly\s+|flatly\s+|officially\s+)?(?:denied|dismissed|refuted"
    r"|debunked|shot\s+down)\b)"
)
# rivals for one prize, not partners
_CONTEST = re.compile(
    r"(?i:\b(?:compet(?:e|es|ed|ing)|vie[sd]?|vying)\s+for\b|\bnominated\b|\bnominees?\b|\bup\s+for\b"
    # "were shortlisted together with two indie acts", "were named in the best performance category alongside"
    r"|\b(?:short|long)-?listed\b|\bcategor(?:y|ies)\b)"
)
# "The final lineup of Yubin, Yeeun and Sunmi released ...": the group's own record
_LINEUP_OF = re.compile(r"(?i:\b(?:final|original|last|first|new|current)\s+line-?ups?\s+of\b)")
# "starring Jisoo and Jinyoung": the two named one after the other, as one cast
_OF_GROUP_GAP = re.compile(r"(?i:\s+(?:of|from)\s+(?:the\s+)?(?:(?:boy|girl|k-pop|idol|rock)\s+)?(?:band|group)?\s*)")
_STARRING_GAP = re.compile(r"(?i:\s*(?:,|,?\s+and|&)\s+(?:(?:actors?|actress(?:es)?|singer|rapper)\s+)?)")
# "During her time in IZ*ONE, she promoted alongside Japanese members Sakura, Nako and Hitomi": who the group was
_PROMOTED_ALONGSIDE = re.compile(
    r"(?i:(?:(?<=promoted\s)|(?<=debuted\s)|(?<=trained\s)|(?<=active\s))alongside\s+(?:(?:fellow|other|japanese"
    r"|chinese|korean|thai|foreign|former)\s+)?(?:members?|bandmates?|groupmates?)\b)"
)
# "Jin at Lim Young Woong's concert", "Jin was spotted at ...": the person right before "at" was there
_JUST_BEFORE_AT = re.compile(
    r"(?i:(?:['’]s?)?\s+(?:(?:was|were|is|are|also|even|later|spotted|seen|pictured|photographed)\s+){0,3}"
    # "Minho in the crowd at Key's solo concert"
    r"(?:(?:in|from|among)\s+the\s+(?:crowd|audience|stands)\s+)?"
    # "Jimin surprised fans by appearing at Taeyang's concert", "Young K Shows Up Unannounced At QWER's Concert"
    r"(?:(?:surprised\s+(?:fans|everyone|the\s+crowd|the\s+audience)\s+by\s+)?(?:appear(?:ed|ing|s)|show(?:ed|ing|s)\s+up"
    r"|turn(?:ed|ing|s)\s+up|arriv(?:ed|ing|es)|stopp(?:ed|ing)\s+by)\s+(?:(?:unannounced|unexpectedly|quietly"
    r"|secretly|together|again|early)\s+)?)?)"
)
_AND_TO = re.compile(r"(?i:\band\s+(?:also\s+)?to(?:\s+[\w.&*-]+['’]s?)?\s+$)")
# "Confirms May Comeback, Joining A Packed Month With ENHYPEN And KISS OF LIFE": rivals on the charts
_BUSY_FIELD = re.compile(
    r"(?i:\s+(?:a|an|the)\s+(?:packed|busy|crowded|competitive|stacked)\s+(?:month|week|season|schedule|field"
    r"|comeback\s+season)\b)"
)
_TO_FANS = re.compile(
    r"(?i:\s+(?:\w+\s+){0,2}?(?:addressed\s+to|to|for)\s+(?:(?:his|her|their|the|all)\s+)?(?:group['’]s\s+)?"
    r"(?:fans|fandom|supporters|followers)\b)"
)
_TO_PRESS = re.compile(
    r"(?i:\s*(?:to\s+)?(?:the\s+)?(?:yonhap|reporters?|journalists?|press|media|news\s+outlets?|outlets?|newsis|news1"
    r"|dispatch|sports\s+\w+|[\w ]{0,20}\bnews\b))"
)
_NO_COMMENT = re.compile(
    r"(?i:\b(?:declin\w*|refus\w*|unavailable|unable|reached|requests?|asked|available)\s+(?:to|for)\s+(?:further\s+|immediate\s+)?$)"
)
# a passive "mentioned" with no agent: the artists are talked about, they do not talk
_PASSIVE_BE = re.compile(
    r"(?i:\b(?:is|are|was|were|be|being|been|gets?|got|getting)\s+(?:often\s+|frequently\s+|always\s+|still\s+"
    r"|constantly\s+|regularly\s+)?$)"
)
# a thing, not a person, as the subject of "followed": comparisons, rumours or fame follow someone around
_ABSTRACT_SUBJECT = re.compile(
    r"(?i:\s*(?:the\s+|those\s+|such\s+)?(?:comparisons?|rumou?rs?|questions?|criticism|speculation|controvers(?:y|ies)"
    r"|expectations?|pressure|attention|praise|scrutiny|success|fame|headlines|talk|whispers|backlash|hype)\b)"
)
# after the act: "the challenge fans have been begging for all year", "a duet that fans are still waiting for"
_WISHED_FOR = re.compile(
    r"(?i:\s*(?:that\s+|which\s+)?(?:(?:many|some|the)\s+)?(?:fans|netizens|viewers|everyone|people)\s+"
    r"(?:have\s+(?:long\s+)?been\s+|had\s+been\s+|are\s+(?:still\s+)?|were\s+|keep\s+|still\s+)?"
    r"(?:begging|asking|hoping|waiting|dying|clamou?ring|calling|demanding|wishing|praying)\s+(?:for|to)\b"
    r"|\s*(?:campaigns?|petitions?|requests?|wish\s?list)\b)"  # "the duet campaign": fans asking for one
)
# after a joint work named as a noun: "'The duet we deserve'", "a winter duet would end the year for me", "a ZICO
# and IU duet?": a fan's wish or question, not a record
_WISHED_WORK_AFTER = re.compile(
    r"(?i:[\"”’']?\s*(?:(?:we|i)\s+(?:all\s+|really\s+|truly\s+)?(?:need|deserve|want)\b|would\s+(?!later\b)"
    r"|(?:needs|has)\s+to\s+happen\b|\?))"
)
_OWNER_RIGHT_BEFORE = re.compile(r"[\w)]['’]s?\s+(?:(?:new|latest|recent|viral|own|dance|solo)\s+){0,2}$")
_FINALLY = re.compile(r"(?i:\b(?:finally|at\s+(?:long\s+)?last)\b)")
# "no special collaborations have been planned": none happened
_NO_BEFORE = re.compile(
    r"(?i:\bno\s+(?:[\w-]+\s+)?$"
    # "there are no plans for a joint stage", "no talks of a collaboration"
    r"|\bno\s+(?:known\s+|current\s+|immediate\s+|such\s+)?(?:plans?|intention|talks?|discussions?|schedule)\b"
    r"[^.;]{0,30}$)"
)
_CHART = re.compile(
    r"(?i:\bcharts?\b|\bcharting\b|\bbillboard\b|\bno\.\s?\d+\b|\bnumber\s+one\b|\btop\s+spot\b|\bstreams\b"
    r"|\balbum\s+sales\b|\bsold\b|\bunits\b|\branked\b|\branking\b|\brecord-?(?:breaking|holder)?\b|\benlist\w*)"
)
# A place on a chart or list ("No. 2", "rounded out the top 10"): names around it are neighbours, not partners.
_RANKING = re.compile(
    r"(?i:\bno\.\s?\d+\b|\bnumber\s+(?:one|two|three|\d+)\b|\btop\s+(?:\d+|ten|five|three|spot|slot)\b"
    r"|\brank(?:ed|ing|s)?\b|\bcharts?\b|\bbillboard\b|\bpeaked\b)"
)
# "appeared (as a guest) on X's talk show / channel / episode", "invited X as the guest on her show"
_GUEST_SPOT = re.compile(
    r"(?i:(?:appear\w*\s+(?:as\s+(?:a\s+)?guests?\s+)?(?:in|on)\s+[^\n]*?(?:shows?|channel|episodes?|broadcasts?)"
    r"|(?:invit|welcom)\w*\b[^\n]*?\bguests?))"
)
# "teamed up with BOYNEXTDOOR's Leehan for a three-person challenge video": what the team-up was for
_FOR_A_CHALLENGE = re.compile(
    r"(?i:(?:\s+with\s+[^.;]{0,80}?)?\s+(?:for|on|in)\s+(?:a|an|the|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:dance\s+)?challenges?\b)"
)
# "follows a rookie detective", "follows two sisters": a story's characters, not a follow on a platform
_FOLLOWS_A_CHARACTER = re.compile(
    r"(?i:\s+(?:a|an|two|three|four|several|the\s+(?:story|life|lives|journey)\s+of)\s+(?!(?:fan\s+|new\s+)?(?:account|page)s?\b))"
)
# "a challenge video for the title track, featuring ...": the clip the feature word describes
_CHALLENGE_CLIP = re.compile(r"(?i:\bchallenge\s+(?:video|clip|film|reel)s?\b)")
# "which features seven tracks", "featuring 12 new songs": the record's contents
_FEATURES_TRACKS = re.compile(
    r"(?i:\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+dozen)\s+"
    r"(?:new\s+|original\s+|b-side\s+)?(?:tracks|songs|b-sides|versions|remixes|stages|episodes|looks|outfits)\b)"
)
# Artists preceded by these are compared with or sequenced after the actor, not interacting.
_EXCLUDE_BEFORE = re.compile(
    r"(?i:\b(?:after|(?<!other\s)than|like|unlike|before|since|surpass\w*|beat(?:s|ing)?|overtak\w+|vs\.?|versus"
    # "named Best K-Pop Song, beating out tracks by aespa, ILLIT and DAY6": the competition, not partners
    r"|(?:beat(?:s|ing)?|edg(?:ed|es|ing))\s+out(?:\s+(?:[\w-]+\s+){0,2}?(?:by|from))?"
    # "whose agency sits under the same parent company as BOYNEXTDOOR's": compared, not addressed
    r"|same\s+(?:[\w-]+\s+){0,3}as"
    # "regularly finishing ahead of fellow trot stars Young Tak and Lee Chan-won in monthly rankings"
    r"|(?:finish\w*|ranked|ranking|placed|placing|came\s+in|landed|stayed|staying)\s+(?:just\s+)?ahead\s+of"
    # "compared Juyeon's movements to those of EXO's Kai": the yardstick, not a partner
    # "compare Jackson's habit ... to that of rapper Jay Park"
    r"|to\s+(?:those|that)\s+of(?:\s+[\w.&*-]+['’]s?)?(?:\s+(?-i:[a-z])[\w-]*){0,2}"
    r"|compar(?:e|ed|ing|es)\s+[^.;]{0,60}?\bto(?:\s+[\w.&*-]+['’]s?)?)"  # "compared to BIGBANG's G-Dragon"
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
    r"|\bread(?:s|ing)?\s+(?:(?:the|some|fans['’]?|his|her|their)\s+)?$"  # "read comments" on a live: the fans'
    r"|\b(?:fans|netizens|viewers|users|people|many|others)\s+(?:in|under|below)\s+the\s+$)"  # "fans in the comments"
)
# "Park Bom, who was not in the photo, liked the post": the negation stays inside its relative clause
_CLOSED_RELATIVE_NEG = re.compile(
    r"(?i:,\s+(?:who|which)\b[^,.;]*\b(?:not|never|n['’]t)\b[^,.;]*,\s*(?:[\w'’]+\s+){0,4}$)"
)
# counts of likes ("hundreds of thousands of likes on X") are no one's act
_LIKE_COUNT = re.compile(r"(?i:(?:\bof|\d[\d,.]*[km]?|thousands|hundreds|millions|many|more)\s+$)")
# A selfie is a meeting only when it shows the two together ("a selfie with CL", "took a selfie"), not when
# someone posts one of themselves ("posted a blurry selfie on Weverse with the caption ...").
_SELFIE_WITH = re.compile(
    r"(?i:s?\s+(?:(?:taken|together)\s+)?(?:with|alongside)\s+(?!(?:the|a|an|his|her|their)\s+(?:\w+\s+)?caption)"
    r"|s?\s+(?:taken\s+)?together\b"
    # "uploading a selfie of the two of them": a picture of both
    r"|s?\s+of\s+(?:the\s+(?:two|pair|duo|three|trio)\b|both\s+of\s+them\b|them\s+together\b))"
)
# "BIBI and Charli XCX share a backstage selfie": a selfie the two post of themselves
_PAIR_SHARES = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?:and|&)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+"
    r"(?i:share[sd]?|post(?:s|ed)?|snap(?:s|ped)?|took|take)\s+(?:(?:a|an|the|their|first|joint|new|backstage|sweet"
    r"|cute|rare)\s+){0,3}$"
)
# a guest at the host's concert shares the stage (a guest on a talk show is a visit)
_GUEST_AT_CONCERT = re.compile(
    r"(?i:\s+(?:[\w'’.&-]+\s+){1,6}?as\s+(?:a\s+|her\s+|his\s+|their\s+)?(?:special\s+|surprise\s+)*guests?\s+(?:at|on"
    r"|during|for)\s+(?:[\w'’-]+\s+){0,6}?(?:concerts?|encore|tour|festival)\b)"
)
_DANCE_IN_SENTENCE = re.compile(r"(?i:\b(?:challenges?|danc\w*|choreo\w*|routines?)\b)")
_SELFIE_ASKED = re.compile(r"(?i:\bask(?:ed|s|ing)?\s+(?:[\w'’.&-]+\s+){1,4}?for\s+(?:a\s+|one\s+)?$)")
_SELFIE_TAKEN = re.compile(r"(?i:\b(?:took|take|takes|taking|snapped|posed\s+for)\s+(?:\w+\s+){0,2}$)")
# What was filmed together: a dance or challenge (the challenge itself, LABELING), not a meeting.
_DANCE_WORK = re.compile(r"(?i:[^,;.]*?\b(?:challenges?|dance|dancing|choreo\w*|routine)\b)")
_FILMED_WORK = re.compile(
    r"(?i:[^,;.]*?\b(?:music\s+videos?|mvs?|songs?|tracks?|dramas?|films?|movies?|commercials?|campaigns?|pictorials?"
    r"|episodes?)\b)"
)
# "sat together for a chat", "sat down with Woozi to have a chat", "had a long chat"
_CHAT_BEFORE = re.compile(
    r"(?i:(?:\b(?:sat|sit|sitting|sits)\s+(?:down\s+)?(?:together\s+)?(?:with\s+[^.,;]{1,40}?\s+)?(?:for|to\s+have)"
    r"|\bha(?:d|ve|s|ving))\s+a\s+(?:[\w-]+\s+)?$)"
)
# "backstage" alone is a place ("a backstage interview", "a backstage dance break"); going there is a visit
_BACKSTAGE_VISIT = re.compile(
    r"(?i:\b(?:went|go|goes|going|came|come|comes|coming|headed|heads|rushed|stopped\s+by|dropped\s+by|invited"
    r"|brought|(?:show(?:s|ed|ing)?|turn(?:s|ed|ing)?)\s+up|visit(?:s|ed|ing)?|met|meets?|greeted|hugged"
    r"|snuck|sneaked|popped|stopped|dropped)\s+$"
    # "made a point of finding Felix backstage", "greeted Jungkook backstage": meeting someone there
    r"|\b(?:found|finding|finds|met|meeting|greeted|greeting|hugged|hugging|surprised|surprising|visited|visiting)"
    r"\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+$)"
)
# (a title in double quotes may hold an apostrophe: '“We’re Still Girl’s Day,” featuring ...')
_QUOTED_TITLE_END = re.compile(r"(?:\"[^\"]{1,60}\"|“[^”]{1,60}”|['‘][^'’\"”]{1,40}['’\"”]),?\s*$")
_ONLINE_TALK = re.compile(
    r"(?i:\b(?:dms?|direct\s+messages?|texts?|texted|messag\w*|kakao\w*|online|app|phone(?!\s+numbers?\b)|video\s+call"
    r"|chat\s+room|group\s+chat)\b)"
)
_TO_PEOPLE_KINDS = frozenset({"meet", "mention", "message", "gift", "comment"})
_CROWD_OBJECT = re.compile(
    r"(?i:\s+(?:(?:with|to)\s+)?(?:(?:his|her|their|the|many|some|thousands\s+of|hundreds\s+of)\s+)?(?:fans|viewers"
    r"|audiences?|crowds?"
    r"|followers|reporters|the\s+press|journalists|spectators|attendees|the\s+public)\b)"
)
_CROWD_SUBJECT = re.compile(
    r"(?i:(?:^|[,;]\s*(?:and\s+|but\s+|while\s+)?|\b(?:while|as|when)\s+)"
    r"(?:the\s+|many\s+|some\s+|several\s+|other\s+|countless\s+|a\s+few\s+|thousands\s+of\s+|their\s+)?"
    r"(?:fans|netizens|viewers|followers|users|people|voters|readers|commenters|listeners|respondents)\b"
    r"(?:\s+of\s+[^,;.]{0,40}?)?\s+(?:\w+\s+){0,3}$)"
)
_FAN_WORDS_BEFORE = re.compile(
    r"(?i:\b(?:a|one|another|the|some)\s+fan['’]s\s+(?:[\w-]+\s+){1,2}$|\bfans['’]\s+(?:[\w-]+\s+){1,2}$)"
)
_PRONOUN_SUBJECT = re.compile(r"(?i:\b(?:he|she|they|it|the\s+(?:two|duo|pair|idol|singer|star|rapper)))\b")
_PUBLIC_POST = re.compile(
    r"(?i:\b(?:shared|posted|uploaded|published)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}$)"
)
# a bill announced without the word line-up: "will feature BABYMONSTER, &TEAM and KATSEYE alongside headliners
# Kenshi Yonezu and Benson Boone", "the first wave of acts"
_FESTIVAL_BILL = re.compile(
    r"(?i:\bheadlin(?:er|ers|ing)\b|\bfirst\s+wave\b|\bwill\s+(?:also\s+)?feature\b|\bthe\s+bill\b)"
)
_JOIN_THE_LINEUP = re.compile(r"(?i:join(?:s|ed|ing)?\s+(?:the\s+|this\s+year['’]s\s+|its\s+)?(?:[\w-]+\s+)?line-?up)")
_QUOTED_WORK_NEXT = re.compile(r"\s+(?:(?:his|her|their|its|the)\s+)?(?:[\w-]+\s+){0,2}?[\"“‘']")
_BY_NEXT = re.compile(r"(?i:\s*by\b)")
_NO_FOLLOW_OBJECT = re.compile(
    r"(?i:\s*(?:[,.;:!?]|$)|\s+(?:in|during|shortly|soon|later|closely|suit)\b|\s+with\s+(?:a|an|his|her|their|some)\b"
    # "They followed it with DAY6's 'Zombie'", "followed that up with a cover": what came next in a set
    r"|\s+(?:it|this|that|them)\s+(?:up\s+)?with\b|\s+up\s+with\b)"
)
_AT_THE_CAMERA = re.compile(r"(?i:\s+(?:the|a|his|her)\s+(?:camera|lens|screen)s?\b)")
_NO_ADDRESSEE = re.compile(r"(?i:\s*(?:[,.;:!?]|$|(?:when|as|before|after|while|until)\b))")
_SANG_AND = re.compile(r"(?i:\bs(?:ings?|ang|inging)\s+and\s+$)")
_ROLL_CALL = re.compile(
    r"(?i:\b(?:(?:also\s+)?include[sd]?|(?:line-?up|cast|guests?|co-?stars?|roster)\s+(?:also\s+)?"
    r"(?:features?|featured|are|were|is|was)|other\s+(?:guests|performers|attendees|stars)"

    r"|\b(?:will|set\s+to|confirmed\s+to)\b[^.;]{0,50}?\bjoined\s+(?:on\s+the\s+(?:bill|line-?up)\s+)?by"
    # "Headlining the two-day festival are Jay Park and THE BOYZ, joined by KISS OF LIFE, ...": the line-up
    r"|\bheadlin(?:ing|ed|es|e)\b[^.;]{0,60}?\b(?:are|is|will\s+be|were|was)|,\s+joined\s+by"
    # "the four-member group, made up of Karina, Giselle, Winter and Ningning": who the group is
    r"|made\s+up\s+of(?:\s+members)?|consisting\s+of|comprising|composed\s+of"
    # "Also joining the cast are Kang Hoon and Lee Joo Myung": more names for the cast list
    r"|(?:also\s+)?joining\s+(?:the|them\s+in\s+the|its)\s+(?:cast|line-?up|roster|ensemble)\s+(?:are|is|will\s+be)"
    # "the festival also featured performances by aespa, IVE and ILLIT": a line-up, nobody on stage together
    r"|(?:performances|appearances|sets|stages)\s+(?:by|from)"
    # "confirming that the full line-up of Julie, Natty, Belle and Haneul will perform every date"
    r"|line-?up\s+of)\s*:?\s+"
    r"(?:(?:the\s+)?(?:actors?|actress(?:es)?|singers?|groups?|rappers?|idols?|stars?|comedians?)\s+)?$)"
)
_LIST_ROLE = r"(?:the|actor|actress|singer|rapper|group|comedian)"
_LIST_GAP = re.compile(
    rf"\s*(?:,|,?\s+(?:and|&)|\(|\)|/)\s*(?i:{_LIST_ROLE}(?:\s+(?:and|&)\s+{_LIST_ROLE})?\s+)?"
    r"(?:[A-Z][\w-]*['’]s?\s+)?"
)  # the last part: a group's possessive before its member ("..., and EXO's Suho")
_SHOW_SUBJECT = re.compile(
    r"(?i:\b(?:season|series|docu-?series|show|documentary|film|movie|episodes?|programm?e?|cameras?|reality\s+show)"
    # ("the upcoming episode of "Kong Kong Pang Pang 2," which follows ...")
    r"(?:\s*,[^,.;]{0,70},|\s+of\s+[\"“‘][^\"”’]{1,60}[,\"”’]{1,3})?\s*(?:,\s*)?(?:(?:which|that)\s+)?"
    r"(?:\w+ly\s+|also\s+|will\s+|to\s+)?$)"
)
_FOLLOWING_PREP = re.compile(r"(?i:(?:^|[,;(–—-]\s*)following\s+$)")
_TO_VERB = re.compile(r"^[^.,;]{0,45}?\s+to\s+(?!the\b|his\b|her\b|their\b|him\b|them\b)[a-z]+")
_FAN_SPEAKER = re.compile(
    r"(?i:\b(?:fans?|netizens?|users?|another|someone|people|viewers|commenters?|one\s+(?:fan|user|netizen)"
    r"|a\s+(?:fan|user|netizen)|tweeted\s+one|said\s+one|wrote\s+one|commented\s+one)\b)"
)
_FAN_WROTE = re.compile(
    r"(?i:\b(?:fans?|netizens?|users?|viewers|commenters?|people)\s+(?:also\s+)?(?:wrote|commented|replied|said|added|left)"
    r"\b[^.;\"“”]{0,30}$)"
)
_QUOTE = re.compile(r"\"[^\"]{2,}?\"|“[^”]{2,}?”|(?<![\w])'[^']{8,}?'(?![\w])|‘[^’]{8,}?’")
# ("made her solo debut with Mirror Room featuring Zion.T": a debut is a record too)
_AMONG_OTHERS = re.compile(
    r"(?i:\s+(?:among|between|with)\s+(?:the\s+|its\s+|their\s+)?(?:other\s+)?(?:guests|fans|audience|contestants"
    r"|trainees|participants|viewers|crowd|panel(?:ists)?)\b)"
)
_WORK_CONTEXT = re.compile(
    r"(?i:\b(?:music\s+video|mv|song|track|single|album|ost|remix|ep|vocals|record|debut(?:s|ed)?\s+with|ballad"
    r"|anthem|lyrics|melody)\b)"
)


# "she released New Woman featuring Rosalía": what was released just before is a record, title or not
_RELEASED_WORK = re.compile(
    # ('he dropped "Sweet Dreams," a breezy R&B number featuring Miguel': the title in quotes)
    r"(?i:\b(?:released|releases|dropped|drops|unveiled|unveils|put\s+out|puts\s+out)\s+(?:[\w'’.,!?&\"“”‘-]+\s+){1,6}$)"
)
# what an award category, shortlist or chart "features" is its nominees or entries, no one's credit
_NOMINEE_LIST = re.compile(
    r"(?i:\b(?:categor(?:y|ies)|nominees?|nominations?|shortlists?|longlists?|rankings?|charts?|polls?|top\s+\d+"
    r"|top\s+(?:ten|five|three)|line-?ups?|bills?|divisions?|contenders?|finalists?|candidates?)\b[^.;]{0,60}$)"
)
# ... unless what was "unveiled" is a line-up or a list ("Waterbomb unveils first lineup featuring Jay Park")
_LINEUP_WORDS = re.compile(r"(?i:\b(?:line-?ups?|lists?|posters?|schedules?|guests?|performers|rosters?)\b)")
_WORKS_PLURAL = re.compile(r"(?i:\b(?:singles|songs|tracks|remixes)\b)")
_FANDOM_BEFORE = re.compile(
    r"(?i:\bfans\s+of\s+(?:both\s+|either\s+)?(?:(?:the\s+)?[\w'’&.-]+(?:\s+[\w'’&.-]+)?\s*(?:,|and|or)\s*){0,3}"
    r"(?:the\s+)?$"
    r"|\bfans\s+of\s+(?:(?:the|rookie|new|veteran|boy|girl|idol|k-pop|co-ed|group|band)\s+){1,4}$)"
)
# ("... Shouts Out BABYMONSTER" ending a headline, "Fans were delighted" opening the body: no "BABYMONSTER fans")
_FANDOM_AFTER = re.compile(r"(?i:(?:['’]s?)?[ \t]+(?:fans|fandom|army|armys|stans|fanbase|fan\s+base)\b)")
# "join bandmates Jeonghan, Wonwoo and Hoshi, who have already enlisted": joining those in military service is
# enlisting too, no act with them
_IN_SERVICE = (
    r",\s+who\s+(?i:(?:have|has|had|are|is|were|was)\s+(?:already\s+|also\s+|both\s+|all\s+|now\s+|currently\s+)*"
    r"(?:enlisted|serving|been\s+serving|discharged|in\s+the\s+(?:military|army|navy|air\s+force|marines)"
    r"|(?:carrying\s+out|completed|finished|begun|started)\s+(?:their|his|her)\s+(?:mandatory\s+)?(?:military\s+)?"
    r"service)\b|(?:began|started|enlisted|completed)\b[^.;]{0,30}?\b(?:service|military|army|earlier)\b)"
)
_JOINS_THOSE_SERVING = re.compile(r"[^.;]{0,80}?" + _IN_SERVICE)
# (only names between: "follows Jungkook on Instagram, who enlisted earlier" is a follow on Instagram)
_FOLLOWS_THOSE_SERVING = re.compile(
    r"(?:\s*(?:,(?!\s+who\b)|(?i:and|&|fellow|bandmates?|members?)\b|[A-Z0-9][\w'’.()-]*))+" + _IN_SERVICE
)
_COMPETED_BEFORE = re.compile(r"(?i:\b(?:compet(?:ed|es|ing|e)|vied|vying|contend(?:ed|ing)?|rivals?)\s+(?:\w+\s+)?$)")
_JOIN_HEADLINERS = re.compile(r"(?i:\s+(?:fellow\s+|festival\s+|the\s+)?(?:co-?)?headliners?\b)")
_POST_NEGATION = re.compile(
    r"(?i:^\s*(?:no\s+one|nobody|anyone)\b(?!\s+(?:saw|expected|predicted|could\s+have\s+(?:predicted|expected)"
    r"|knew\s+(?:they|we|i)\s+needed|asked\s+for)\b)"  # ("a challenge nobody saw coming": a surprise, still done)
    r"|^[^.;]{0,30}?\b(?:were|was|are|is)\s+no\s+longer\b|^[^.;]{0,20}?\b(?:disappeared|vanished)\b"
    # "the supposed Stray Kids x aespa challenge that went viral in March never happened"
    r"|^[^.;]{0,80}?\b(?:never\s+(?:happened|materiali[sz]ed|took\s+place|existed)|did\s+not\s+happen"
    r"|didn['’]t\s+happen)\b)"
)
_FOLLOWING_VERB = re.compile(
    r"(?i:\b(?:is|was|were|are|been|be|am|started|starts|start|began|begin|begins|keep|keeps|kept|seen|caught|spotted"
    r"|also|still|not|only|continues|continue|continued|stop|stopped|without|by|and|while|even|already|now|just)\s+$)"
)
# ("the only aespa member not followed": one of the group, unnamed; "aespa member Karina" names her)
_GENERIC_MEMBERS = re.compile(r"\s+members?\b(?!\s+(?:[A-Z]|of\b))")
# "posed for a group photo with all nine NiziU members": the whole group, not some members
_ALL_OF_THEM = re.compile(
    r"(?i:\b(?:all|all\s+the|all\s+of\s+the)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|\d{1,2})?\s*$)"
)
_SENT = re.compile(r"(?i:\b(?:sent|sends|send|sending|gave|gives|give|giving|delivered)\b)")
_JOIN_ACTIVITY = re.compile(
    r"(?i:\s+(?:in\s+)?the\s+(?:[\w'’-]+\s+){0,2}?(?:shoot|shooting|filming|challenge|stage|performance|set|recording)\b)"
)
# a casting not settled yet: reported, rumoured, offered, in talks, under review
_CASTING_UNSETTLED = re.compile(
    r"(?i:\b(?:report(?:ed|s)?|reportedly|rumou?r(?:ed|s)?|offer(?:ed|s)?|in\s+talks|reviewing|negotiat\w*"
    r"|considering|speculat\w*)\b)"
)
_SCREEN_WORK = re.compile(
    r"(?i:\s+(?:\w+\s+){0,3}?(?:for|in|on)\s+(?:a\s+|an\s+|the\s+|their\s+)?(?:new\s+|upcoming\s+)?"
    r"(?:drama|film|movie|series|rom-com|romcom|show|project|song|single|album|stage|musical|variety)\b)"
)
_CHARACTER_PAREN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*\($")
_PAIR_SUBJECT = re.compile(r"(?i:(?:[\w,' ]{0,40},\s+)?(?:the\s+(?:two|duo|pair)|both(?:\s+of\s+them)?|they)\b)")
_TWO_NAMES_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+(?:and|&)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?:\w+\s+)?$")
_ACCOUNT_WORDS = re.compile(r"(?i:instagram|tiktok|twitter|\bx\b|weverse|threads|account|followers)")
_TALLY_AFTER = re.compile(r"\s+(?:more\s+than|over|nearly|almost|dozens|hundreds|numerous|countless|\d)")
_PERFORMANCE_OF_OTHERS = re.compile(
    r"performance\s+of\s+(?:[A-Z][\w.-]*\s+){0,2}?[A-Z][\w.-]*['’]s?\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?i:song|hit|track|single|classic|ballad|number|anthem|debut)"
)


_HAS_QUOTE = re.compile("[\"“‘']")


def _in_title_quote(at: int, quotes: list[tuple[int, int]], text: str) -> bool:
    """Whether ``at`` lies inside a quoted title ("We Don't Talk Together"): its "Don't" negates nothing."""
    for a, b in quotes:
        if a <= at < b:
            words = text[a + 1 : b - 1].split()
            return 0 < len(words) <= 8 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    return False


def _has_quote(t: str) -> bool:
    """``_HAS_QUOTE.search(t)`` without the regex call."""
    return '"' in t or "'" in t or "“" in t or "‘" in t
_MSG_AFTER = re.compile(r"(?i:\s+(?:to|for|from|with)\b)")
_MSG_BEFORE = re.compile(
    r"(?i:\b(?:sen(?:t|ds?|ding)|receiv\w*|exchang\w*|his|her|their|supportive|encouraging|sweet|warm|kind"
    # "appeared in a surprise video message"
    r"|appear(?:s|ed|ing)?\s+in\s+(?:a|an))\s+(?:[\w-]+\s+){0,2}$"
    # "Sunmi Tears Up At Wonder Girls Bandmate Yubin's Video Message": a named sender's message
    r"|\b(?-i:[A-Z])[\w.-]*['’]s?\s+(?:(?:video|voice|handwritten|surprise|heartfelt|special|birthday|congratulatory)\s+){0,2}$)"
)

# ---- speed: first-character lookaheads for the patterns searched most (same matches; see bot/rxfast.py)
_CHART, _EXCLUDE_BEFORE, _FAN_SPEAKER, _FOLLOWING_VERB, _HYPOTHETICAL, _MSG_BEFORE, _NEGATION, _QUOTE = map(
    lead, (_CHART, _EXCLUDE_BEFORE, _FAN_SPEAKER, _FOLLOWING_VERB, _HYPOTHETICAL, _MSG_BEFORE, _NEGATION, _QUOTE))
_RANKING = lead(_RANKING)
_SENT, _WORK_CONTEXT, _WISHFUL, _DENIED_THAT, _FANDOM_BEFORE, _ROLL_CALL, _PUBLIC_POST = map(
    lead, (_SENT, _WORK_CONTEXT, _WISHFUL, _DENIED_THAT, _FANDOM_BEFORE, _ROLL_CALL, _PUBLIC_POST))


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


# ------------------------------------------------------------------------------------------ parties
# "three weeks after Taeyang and BABYMONSTER met backstage": a time clause with its own pair and verb (one name
# alone, "the day before Yeonjun arrived", stays a mere point in time)
_TIME_WORD_END = re.compile(r"(?i:\b(?:after|before|since)\s+(?:(?:his|her|their|the|fellow|bandmate|former|labelmate"
                            r"|senior|junior|group|boy|girl|band|member)\s+){0,3}$)")
_CLAUSE_AFTER_NAME = re.compile(
    r"(?:\s*(?:,|,?\s+and|&)\s+(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,2})+\s+(?:(?:had|have|has|first"
    r"|finally|both|all|last)\s+)?(?:met|[a-z]{2,}ed|came|went|made|took|sang|gave|won|began|saw|ran|sat|left)\b"
)


# "went backstage after Taemin's concert": the host of the show visited, not a point in time
_BACKSTAGE_AFTER = re.compile(
    r"(?i:\b(?:backstage|waiting\s+room|dressing\s+room)\s+(?:right\s+|just\s+|shortly\s+)?after\s+(?:one\s+of\s+)?$)"
)
_OWNED_EVENT_NEXT = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?i:concerts?|shows?|fan\s?meetings?|showcases?|stages?"
                               r"|performances?|musicals?|recitals?)\b")
# "Shortly after Ahn Hyo Seop posted stills ..., Kim Se Jeong stopped by the comments": the post commented on
_POSTED_AFTER_NAME = re.compile(r"\s+(?:(?:had|has|first|just)\s+)?(?:posted|uploaded|shared)\b")
# "Seungkwan gets emotional after IU sends him a letter": the time clause's subject acts on the main clause's
# person (an object pronoun right after its verb), so the act is theirs, not a point in time
_ACTS_ON_AFTER_NAME = re.compile(
    r"(?i:\s+(?:(?:had|has|have|first|just|finally|also)\s+)?(?:[a-z]{2,}(?:s|ed)|sent|gave|told|brought|bought"
    r"|left|made|sang|wrote|took|met|called|texted|dmed)\s+(?:him|her|them)\b)"
)


# "The song climbed the charts after Hwasa performed it together with actor Park Jung-min": the time clause's
# subject acts with someone the clause names, an act of its own (when nobody is named before it: "made Rosé the
# second member to ..., after Lisa teamed up with Rosalía" is Lisa's act, which the pairing would give Rosé)
_ACTS_WITH_AFTER_NAME = re.compile(
    r"(?i:\s+(?:(?:had|has|have|first|just|finally|also)\s+)?(?:[a-z]{2,}ed|sang|sung|wrote|took|made|did)\b"
    r"[^,.;:]{0,40}?\b(?:together\s+with|with|alongside)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}(?-i:[A-Z]))"
)


def _excluded_before(before: str, text: str, end: int, first: bool = False) -> bool:
    """ "after V", "than BTS", "compared to G-Dragon": sequenced or compared -- but not the subject of a
    time clause with a pair of its own ("after Taeyang and BABYMONSTER met backstage"), of the post the
    sentence goes on to comment on ("after Ahn Hyo Seop posted stills") or of an act on the main clause's
    person ("after IU sends him a letter")."""
    if not _EXCLUDE_BEFORE.search(before):
        return False
    return not (
        _TIME_WORD_END.search(before)
        and (_CLAUSE_AFTER_NAME.match(text, end) or _POSTED_AFTER_NAME.match(text, end)
             or _ACTS_ON_AFTER_NAME.match(text, end) or (first and _ACTS_WITH_AFTER_NAME.match(text, end)))
    ) and not (_BACKSTAGE_AFTER.search(before) and _OWNED_EVENT_NEXT.match(text, end))


_SIDE_OF = re.compile(r"['’]s?\s+(?:side|camp)\b")


_BEATEN_BEFORE = re.compile(r"(?i:\b(?:beat(?:s|ing)?|edg(?:ed|es|ing))\s+out\b[^.;:]*$)")
_LIST_NEXT = re.compile(r"(?:,\s*|,?\s+and\s+|\s*&\s*)")


def _mark_excluded(s: Sentence, parties: list[_Party], cues: list[_Cue], story: _Story) -> list[_Party]:
    """Mark artists the sentence only compares, sequences or names as a fandom ("after V", "fans of BTS")."""
    text = story.text
    seq_spans = [(c.start, c.end) for c in cues if c.kind == "_seq"]
    low_s, keys, _roles = _sentence_keys(story, s)
    excl_here = keys & _K_EXCLUDE
    fans_here = keys & _K_FANS
    ost_here = " ost" in low_s or "soundtrack" in low_s
    if (
        "includ" in low_s
        or "made up of" in low_s
        or "performances by" in low_s
        or "performances from" in low_s
        or "appearances by" in low_s
        or "consisting of" in low_s
        or "comprising" in low_s
        or "composed of" in low_s
        or "line-up" in low_s
        or "lineup" in low_s
        or "on the bill" in low_s  # "who will be joined on the bill by BIBI and KISS OF LIFE": a festival's acts
        or "guests" in low_s
        or "joining the" in low_s
        # "host X will return for the new season, joined by A, B and C": a cast announced, not a joint stage
        or ("joined by" in low_s and any(w in low_s for w in ("cast", "host", "season", " mc", "headlin", "festival",
                                                               "lineup", "line-up", "performers")))
    ):
        _mark_roll_call(s, parties, story)
    if "'s side" in low_s or "’s side" in low_s or "'s camp" in low_s or "’s camp" in low_s:
        for p in parties:
            if _SIDE_OF.match(text, p.end):
                p.excluded = True  # "Park Ji-hu's side also responded": her representatives, not her
    debut = _DEBUTED_ALONGSIDE.search(s.text) if " as " in low_s and "alongside" in low_s else None
    if debut is not None:
        # "Wheein debuted as a member of MAMAMOO alongside Solar, Moonbyul and Hwasa": who the group is
        at = s.start + debut.end()
        for p in parties:
            if p.start >= at:
                p.excluded = True
    for p in parties:
        before = text[max(s.start, p.start - 60) : p.start]
        if (
            (excl_here and (_excluded_before(before[-48:], text, p.end, first=p is parties[0])
                            or _FOLLOWING_PREP.search(before)))
            # "compared to BIGBANG's G-Dragon ..., and to BTS's Suga": the second yardstick
            or ("compar" in low_s and _AND_TO.search(before[-30:]) is not None)
            or any(a <= p.start <= b for a, b in seq_spans)
            or (
                _is_group(story, p.id)
                and (
                    (fans_here and _FANDOM_BEFORE.search(before))
                    or _FANDOM_AFTER.match(text, p.end)
                    or (_GENERIC_MEMBERS.match(text, p.end) and not _ALL_OF_THEM.search(before[-24:]))
                )
            )
            or _plays_character(p, before, parties)
            or (_is_group(story, p.id) and _PLACE_PREP.search(before[-12:]) and _GROUP_PLACE.match(text, p.end))
            # (the group itself when none of its members is named: "IU sent a coffee truck to the set of aespa's
            # 'Supernova' music video")
            or (
                _is_group(story, p.id)
                and _SET_OF.search(before[-30:])
                and any(_is_member(story, q.id, p.id) for q in parties if q is not p)
            )
            or (
                _is_group(story, p.id)
                and _EVENT_PREP.search(before[-12:])
                and _GROUP_EVENT.match(text, p.end)
                and (
                    any(_is_member(story, q.id, p.id) for q in parties if q is not p)
                    # "During ENHYPEN's fan meeting, he surprised the audience by singing DAY6's song": a member
                    or _PERSON_PRONOUN.search(text, p.end, s.end) is not None
                )
            )
            # "a photo from RIIZE's year-end fan meeting": where the liked photo was taken
            or (_is_group(story, p.id) and _FROM_PREP.search(before[-8:]) and _GROUP_EVENT.match(text, p.end))
            or _names_the_next_one(p, parties, text)
            # "TWS' official TikTok account uploaded a clip featuring Shinyu and Dohoon alongside ...": the
            # group's account only posted what its members did
            or (_is_group(story, p.id) and _ACCOUNT_POSTED_THEM.match(text, p.end, s.end) is not None)
            # "The video, uploaded on LE SSERAFIM's official TikTok account, shows the pair performing ...": the
            # account the video went up on, not a party to it
            or (
                _is_group(story, p.id)
                and _UPLOADED_ON.search(before[-24:]) is not None
                and _GROUP_ACCOUNT.match(text, p.end) is not None
            )
            or ("(" in before and _in_group_brackets(story, p.start, p.id))
            # "an OST duet for Kim Tae Ri's new Netflix series": the drama's star, not a singer of its song
            or (_SCREEN_OWNER_AFTER.match(text, p.end) is not None and _SOUNDTRACK_BEFORE.search(before) is not None)
            # "team up for Song Kang-Go Youn-jung drama OST Snowline": the drama's stars name its soundtrack
            or (ost_here and _STARS_NAME_OST.match(text, p.end) is not None)
        ):
            p.excluded = True
    for p, q in itertools.pairwise(parties):
        # "beating out tracks by aespa, ILLIT and DAY6": every act of the list it beat is the competition
        if p.excluded and not q.excluded and _LIST_NEXT.fullmatch(text, p.end, q.start) and _BEATEN_BEFORE.search(
                text, max(s.start, p.start - 200), p.start):
            q.excluded = True
    return parties


# a sequence or comparison word right before a name ("right after V", "more than BTS"), and the relative clause
# right after it ("after V, who was seen doing the routine alongside ..."): used by bot.learned_pairs
_SEQUENCED_BEFORE = re.compile(r"(?i:\b(?:after|before|following|since|than|like|unlike)\s+(?:[\w'’-]+\s+){0,2}$)")
_RELATIVE_RUN = re.compile(r",\s+who\b[^.;,]*(?:,[^.;,]*)?$")
_SOUNDTRACK_BEFORE = re.compile(
    r"(?i:\b(?:ost|osts|soundtracks?)\b(?:\s+(?:duet|song|track|single|ballad|part\s+\d+))?[^.;:!?]{0,40}?\b(?:for|of|in)"
    r"\s+$)"
)
_SCREEN_OWNER_AFTER = re.compile(
    r"(?i:['’]s?\s+(?:(?:new|upcoming|latest|hit|next|first|netflix|disney\+?|tvn|jtbc|kbs2?|mbc|sbs|coupang|tving"
    r"|romantic|historical|fantasy|thriller|office|medical|legal|k-)\s*){0,3}(?:drama|series|film|movie|show|sitcom"
    r"|k-drama)s?\b)"
)


_STARS_NAME_OST = re.compile(
    r"(?:\s*[-–]\s*(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?\s+(?i:(?:new\s+)?(?:k-)?(?:drama|series|film|movie)"
    r"\s+(?:ost|soundtrack)s?)\b"
)


_UPLOADED_ON = re.compile(r"(?i:\b(?:uploaded|posted|shared|released|dropped)\s+(?:on|to|via|through)\s+(?:the\s+)?$)")
_GROUP_ACCOUNT = re.compile(r"(?i:['’]s?\s+(?:official\s+)?(?:[\w-]+\s+){0,2}(?:account|channel|page)\b)")
_ACCOUNT_POSTED_THEM = re.compile(
    r"(?i:['’]s?\s+(?:official\s+)?(?:[\w-]+\s+){0,2}(?:account|channel|page)\s+(?:\w+\s+)?(?:uploaded|posted|shared"
    r"|dropped|released)\s+[^.;]{0,60}?\b(?:featuring|showing|starring|of)\s+(?-i:[A-Z]))"
)
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
# "a selfie uploaded from aespa's waiting room": the group's room is where it happened, the group did nothing
_PLACE_PREP = re.compile(r"(?i:\b(?:in|from|at|inside|outside|backstage\s+at)\s+(?:the\s+)?$)")
# "a coffee truck to the set of ITZY's music video shoot": the group's shoot is the place; its member is the party
_SET_OF = re.compile(r"(?i:\b(?:set|sets|shoot|filming|rehearsals?|practice)\s+(?:of|for)\s+(?:the\s+)?$)")
_GROUP_PLACE = re.compile(
    r"(?i:['’]s?\s+(?:[\w-]+\s+)?(?:waiting\s+rooms?|dressing\s+rooms?|practice\s+rooms?|dorms?|dormitory|studios?"
    r"|offices?|building|vans?|tour\s+bus)\b)"
)


# "Sunghoon's bandmate Jake": the first name only says whose bandmate the second one is
# "During aespa's concert, Winter sang ...": the group's own show is where its member acted
_EVENT_PREP = re.compile(r"(?i:\b(?:at|during|in|on|for)\s+(?:the\s+)?$)")
_FROM_PREP = re.compile(r"(?i:\bfrom\s+(?:the\s+)?$)")
_GROUP_EVENT = re.compile(
    r"(?i:['’]s?\s+(?:[\w-]+\s+){0,2}?(?:concerts?|shows?|fan\s?meetings?|fanmeets?|showcases?|tours?|stages?"
    r"|encores?)\b)"
)
_YES_NO_QUESTION = re.compile(
    r"\s*(?:Did|Do|Does|Is|Are|Was|Were|Will|Would|Could|Can|Have|Has|Had)\b[^\n]*\?[\"'”’)\s]*$"
)
_DEBUTED_ALONGSIDE = re.compile(
    # (also "were reunited as members of LE SSERAFIM in 2022, alongside Huh Yunjin, Kazuha and Hong Eunchae")
    r"(?i:\b(?:debut(?:ed|s)|reunited|joined|became|were\s+added)\s+(?:in\s+\d{4}\s+)?as\s+(?:a\s+|the\s+)?(?:\w+\s+)?"
    r"(?:members?|leader|maknae|vocalist|rapper"
    r"|cent(?:re|er)|visual|dancer|part)"
    r"\s+of\b[^.;]{0,60}?\balongside\b)"
)
_SPOKESPERSON_BEFORE = re.compile(
    r"(?i:\b(?:source|official|agency|representative|rep|spokesperson|spokesman|insider|label|management)s?"
    r"(?:\s+(?:from|for|of|at)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,2})?\s+(?:later\s+|quickly\s+|also\s+)?$)"
)
_SAT_DOWN_FOR = re.compile(
    r"(?i:\bs(?:at|it|its|itting)\s+(?:down\s+)?(?:together\s+)?(?:with\s+[^.;]{1,30}?\s+)?for\b[^.;]{0,60}$)"
)
_CAMERA_SUBJECT = re.compile(
    r"\s*(?:It\s+(?:opens|begins|starts|ends|closes|cuts)|The\s+(?:video|clip|camera|film|MV|music\s+video|episode"
    r"|documentary|teaser|trailer|series))\b"
)
# a rival's bid, not a dance: "fending off a strong challenge from aespa", "held off a challenge from ILLIT"
_RIVAL_WORDS = (" strong", " stiff", " tough", " serious", " fierce", " late", " real")
_APART = re.compile(r"(?i:\b(?:(?:a\s+few|several|two|three|\d+)\s+)?(?:hours|days|weeks|months|years)\s+apart\b"
                    r"|\beach\s+(?:had\s+)?(?:visited|attended|been\s+to)\b|\bat\s+different\s+times\b"
                    # "attended separate shows", "worn in separate photos", "on different days", "seated separately"
                    r"|\bseparate\s+(?:shows|photos|pictures|clips|videos|events|occasions|days|dates|guests|schedules)\b"
                    r"|\bon\s+different\s+(?:days|dates|nights)\b|\bin\s+different\s+(?:sections|buildings|rooms|cities)\b"
                    r"|\b(?:seated|sat|arrived|attended|walked)\s+separately\b)")
_BOTH_BEFORE = re.compile(r"(?i:\b(?:both|each|separately)\s+(?:have\s+|had\s+)?$)")
# "they were released from separate bases", "released early": out of the army or custody, no record
_RELEASED_FROM = re.compile(r"\s+(?:from|on\s+bail|early)\b")
# "released their projects on the same day", "their own albums simultaneously": two releases, no joint work
_SEPARATE_RELEASES = re.compile(
    r"(?i:\b(?:their|respective)\s+(?:own\s+|new\s+|latest\s+)?(?:projects|albums|singles|records|releases|songs|EPs)\b"
    # "both released new songs on Friday": a song each
    r"|^\s*(?:(?:new|solo|separate|different|their\s+own)\s+)+(?:projects|albums|singles|records|releases|songs|EPs"
    r"|tracks)\b"
    # "Wendy and Yeri have released solo music under new agencies": each her own
    r"|^\s*(?:new\s+)?solo\s+(?:music|material|work|releases?|debuts?|records?)\b"
    r"|\bon\s+the\s+same\s+(?:day|date|night|week)\b|\bsame-day\b|\bsimultaneously\b)"
)
_POSSESSIVE_NOUN_BEFORE = re.compile(r"[\w)]['’]s?\s+(?:[\w-]+\s+)?$")
_RELATION_GAP = re.compile(
    r"['’]s?\s+(?:(?:fellow|former|longtime|close|best)\s+)?(?:bandmates?|groupmates?|labelmates?|teammates?"
    r"|members?|friends?|co-stars?|seniors?|juniors?|sunbaes?|hoobaes?|brothers?|sisters?)\s+"
)


def _qualifier_owns_post(parties: list[_Party], cues: list[_Cue], text: str) -> list[_Party]:
    """ "Ni-ki's bandmate Jay quickly appeared under the video": with nobody else named, the comment or like
    went to the bandmate the commenter is introduced by (the person the story is about)."""
    acts = [c for c in cues if c.kind in ("comment", "like")]
    if not acts or len({p.id for p in parties if not p.excluded}) != 1:
        return parties
    for p in parties:
        if p.excluded and p.end <= acts[0].start and _names_the_next_one(p, parties, text):
            nxt = next(q for q in parties if q.start >= p.end)
            if not nxt.excluded and nxt.end <= acts[0].start:
                p.excluded = False
                break
    return parties


def _names_the_next_one(p: _Party, parties: list[_Party], text: str) -> bool:
    nxt = next((q for q in parties if q.start >= p.end), None)
    return (
        nxt is not None
        and nxt.id != p.id
        and p.source != "group-ref"
        and bool(_RELATION_GAP.fullmatch(text, p.end, nxt.start))
    )


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


# --------------------------------------------------------------------------------------------- cues
_NOT_REAL_WORK = re.compile(
    r"(?i:\b(?:fan-?made|fan|ai|ai-generated|fake|edited|imaginary|dream|so-called|supposed|alleged|purported)\s+[\"“'‘]?$)"
)
_NOT_REAL_WORK_BEFORE = re.compile(
    r"(?i:\b(?:fan-?made|ai|ai-generated|deepfake|fake|edited|so-called)\s+(?:cover|video|clip|song|duet|version|track"
    r"|challenge|audio|mashup)s?\s+(?:of|that\s+(?:claimed|claims|purported|purports|appeared|appears)\s+to)\b[^.;]{0,60}$)"
)
# 'That viral "Jungkook x Ariana Grande" duet is AI-generated': the work itself is said not to be real
_NOT_REAL_AFTER = re.compile(
    r"(?i:\s*(?:[\w'’\"”-]+\s+){0,3}?(?:is|was|are|were|has\s+been|have\s+been)\s+(?:(?:confirmed|revealed|found)"
    r"\s+(?:to\s+be\s+|as\s+)?)?(?:an?\s+|entirely\s+|completely\s+)?(?:ai-generated|ai-made|fake|deepfakes?|fan-made"
    r"|fabricated|not\s+real)\b"
    # "amid collaboration rumors", "duet speculation": a rumour about the work, not the work (LABELING)
    r"|\s+(?:rumou?rs?|speculation)\b)"
)
_POSSESSED_WORK = re.compile(r"[\w)]['’]s?\s+(?:[\w-]+\s+){0,3}$")
# 'Jennie, Lisa, Rosé And "Snowdrop" Co-Star Jung Hae In Shower JISOO': a co-star named in a list of people
# is who the next name is (a role), not a verb between the names
_LISTED_COSTAR_BEFORE = re.compile(
    r"[\w.)](?:,|,?\s+(?i:and)|\s*&)\s+(?:(?i:the)\s+)?(?:[\"“‘'][^\"”’']{1,40}[\"”’']\s+)?$"
)  # ("Park Bo Gum and his co-star Kim So Hyun" says whose co-star she is: a collab of the two)
_COSTAR_NOUN = re.compile(r"(?i:co-?stars?\s)")


_CLOSING_QUOTE_THEN_FAN = re.compile(r"[^\"”\n]{0,300}?[\"”],?\s+(?:[\w-]+\s+){0,2}?(?:one|a|another|some|many)?\s*"
                                     r"(?:fans?|netizens?|users?|viewers|commenters?)\s+(?:wrote|said|tweeted|commented"
                                     r"|added|posted|joked|replied)\b")


def _fan_quote_ends_later(text: str, end: int) -> bool:
    """Whether a quote left open at ``end`` closes within a few lines and is then attributed to a fan."""
    return _CLOSING_QUOTE_THEN_FAN.match(text, end) is not None


# "attended IU's concert": someone's own event, so each attendee met its host
_OWNED_EVENT = re.compile(
    r"\s+(?:(?-i:[A-Z])[\w'’.&-]*\s+){0,3}?(?-i:[A-Z])[\w'’.&-]*['’]s?\s+(?:[\w-]+\s+){0,2}?(?i:concerts?"
    r"|fan\s?meetings?|showcases?|premieres?|musicals?|recitals?|weddings?|birthday\s+part(?:y|ies)|encore)\b"
)


_DUTIES_NEXT = re.compile(r"(?i:\s+(?:their|his|her)\s+(?:military\s+)?(?:duties|duty|service)\b)")
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")


def _bandmates_before(s: Sentence, c: _Cue, parties: list[_Party], story: _Story) -> bool:
    """Whether the cue's subject is a list of two or more members of one group ("Sunggyu, Dongwoo and
    Sungjong performed"), with nobody else named before the cue in the sentence.

    Different artists performing in one sentence ("BTS and BLACKPINK performed at the awards") each did their
    own set; members of one group on one stage took part in one activity (LABELING).
    """
    before = [p for p in parties if p.start < c.start and not p.excluded]
    if len(before) < 2 or any(p.start <= c.start < p.end for p in parties):
        return False  # (and not "sang" inside "Yoon Kye-sang")
    ids = [p.id for p in before]
    if len(set(ids)) != len(ids) or any(story.meta(i).kind == "group" for i in ids):
        return False
    shared = frozenset.intersection(*(story.meta(i).groups for i in ids))
    if not shared:
        return False
    text = story.text
    for x, y in itertools.pairwise(before):
        if not _LIST_JOINT.fullmatch(text, x.end, y.start):
            return False
    gap = text[before[-1].end : c.start]
    if len(gap) > 40 or any(ch in gap for ch in ';:"“”') or _DUTIES_NEXT.match(text, c.end):
        return False
    return _NEGATION.search(gap) is None or _NOT_NEGATION.search(gap) is not None  # "have not performed"


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
    elif s.text[:1] in "\"“" and _fan_quote_ends_later(story.text, s.end):
        # '"Lisa greeting him like an old friend... I am not okay," one fan wrote': the splitter cut the
        # quote at its ellipsis, so the fan who said it comes in the next sentence
        quotes, fan_quote = [(s.start, s.end)], True
    keys = _sentence_keys(story, s)[1]
    chart = any(c.kind in ("follow", "like") for c in cues) and bool(keys & _K_CHART and _CHART.search(s.text))
    ranking = any(c.kind == "join" for c in cues) and bool(keys & _K_CHART and _RANKING.search(s.text))
    crowd_here = keys & _K_CROWD
    neg_here = keys & _K_NEGATION
    # a hypothetical word counts only outside the artists' names ("NCT WISH" is no wish)
    hyp_here = bool(keys & _K_HYPOTHETICAL) and bool(
        _key_bits(_masked_names(_sentence_keys(story, s)[0], s.start, parties)) & _K_HYPOTHETICAL
    )
    post_here = keys & _K_POST_NEG
    if _YES_NO_QUESTION.match(s.text):
        return []  # "Did ATEEZ's Wooyoung and Stray Kids' Changbin meet?": asked, not reported
    out: list[_Cue] = []
    for c in cues:
        if fan_quote and any(a <= c.start < b and b - a > 25 for a, b in quotes):
            continue
        if quotes and _in_title_quote(c.start, quotes, text):
            continue  # 'her ballad "Letters To Winter"': a word of a song's title is no act
        if (
            c.kind == "collab"
            and _COSTAR_NOUN.match(text, c.start)
            and _LISTED_COSTAR_BEFORE.search(text, max(s.start, c.start - 60), c.start)
            and any(p.start == c.end + 1 for p in parties)
        ):
            continue
        if c.kind == "collab" and _PERFORMANCE_OF_OTHERS.match(text, c.start, s.end):
            c = _Cue("cover", c.start, c.end)  # "a performance of BoA's hit": her song, sung by another
        if c.kind in ("collab", "cover", "challenge") and (
            _NOT_REAL_WORK.search(text, max(s.start, c.start - 16), c.start)
            or _NOT_REAL_WORK_BEFORE.search(text, s.start, c.start)
            or _NOT_REAL_AFTER.match(text, c.end, s.end)
        ):
            continue  # 'a fan-made "duet"', "an AI cover", "an AI cover of V singing Taeyeon's Fine": not theirs
        if (
            c.kind == "collab"
            and _POSSESSED_WORK.search(text, max(s.start, c.start - 40), c.start)
            and any(o.kind in ("challenge", "cover") and o.start < c.start for o in cues)
        ):
            continue  # "the dance to Rosé and Bruno Mars' duet": the song the challenge is done to, not a collab
        before = text[s.start : c.start]
        if (
            neg_here
            and (neg := _NEGATION.search(before[-40:])) is not None
            and not _NOT_NEGATION.search(before[-40:])
            and not _CLOSED_RELATIVE_NEG.search(before[-80:])
            and not _in_title_quote(c.start - len(before[-40:]) + neg.start(), quotes, text)
        ):
            continue
        if neg_here and _NO_RECORD.search(before[-100:]):
            continue
        if neg_here and _NEITHER_NOR.search(before[-170:]):
            continue
        if neg_here and _NEGATION_OR.search(before[-90:]):
            continue  # "have never shared a stage or even been photographed together": both acts are denied
        if c.kind in ("collab", "feature") and (
            _ORIGINAL_CREDIT.search(before[-60:]) or _FAN_MADE.search(before[-60:])
        ):
            continue  # "The original song was written by Lee Young-hoon", "mock album covers featuring both"
        if c.kind in ("collab", "feature") and _FEATURE_PROMINENTLY.match(text, c.start, s.end):
            continue  # "solo artists feature more prominently than last year": appear in a chart, no feature
        if c.kind == "join" and (
            _LINEUP_BEFORE.search(before[-80:]) or _SERVICE_BEFORE.search(before[-60:])
        ):
            continue  # "... head the first lineup, joined by Crush", "completed his military service alongside Jimin"
        if c.kind in ("join", "recip") and _MEMBERS_OF_AFTER.match(text, c.end, s.end):
            continue  # "The three actors, together with V and Peakboy, are members of the friend group": who they are
        if _ON_WISH_LIST.match(text, c.end, s.end):
            continue  # "a Jisoo and Charlie Puth collaboration has been on their wish lists for years"
        if c.kind == "comment" and _COMMENT_SECTIONS_FILL.match(text, c.end, s.end):
            continue  # "the comment sections of both fill up with the same request": the fans' comments
        if (
            c.kind == "comment"
            and text.startswith("comments", c.start)
            and _MANY_COMMENTS.search(before[-40:])
            and _COMMENTS_SAID.match(text, c.end, s.end)
        ):
            continue  # "a large number of comments expressed a wish ...": a crowd's comments, nobody named

        if c.kind == "follow" and _THING_FOLLOWED.search(before[-40:]):
            continue  # "a rivalry that has followed them since debut": a thing follows, no account
        if c.kind in ("comment", "like", "follow", "message", "mention") and _LOOKED_LIKE.search(before[-60:]):
            continue
        if _SEEMS_TO_SHOW.search(before[-160:]):
            continue  # "a screenshot that appeared to show Zhang Hao sending a message": what it showed is unproven
        if c.kind in ("comment", "mention", "message", "like") and _CROWD_LED.match(before) and _CROWD_ASKS.search(
            text, s.start, c.end
        ):
            continue  # "Fans flooded the posts, tagging other members such as A and B in the comments": fans' acts
        if (
            c.kind == "meet"
            and not any(p.start < c.start for p in parties)
            and _ATTENDEES_WERE.match(text, c.end, s.end)
        ):
            continue  # "Among the celebrities spotted in the audience were actor A and singer B": each came alone
        if (
            c.kind == "join"
            and ("line-up" in s.text or "lineup" in s.text or _FESTIVAL_BILL.search(s.text) is not None)
            and (text.startswith(("alongside", "along with"), c.start) or _JOIN_THE_LINEUP.match(text, c.start))
        ):
            # "also appear on this year's line-up ..., alongside Mrs. GREEN APPLE", "ILLIT and TWS will also
            # join the lineup, along with NMIXX": a roll-call
            continue
        if (
            c.kind == "meet"
            and _GUESTS_OF_EPISODE.match(text, c.start)
            and any(p.start >= c.end and not p.excluded for p in parties)
        ):
            continue  # "A and B appeared as guests for a race with cast members C, D and E": a roll-call after
        if c.kind == "join" and text.startswith("alongside", c.start) and _PLACED.search(before):
            continue  # "Industry watchers often place TWICE alongside Girls' Generation": a comparison
        if (
            c.kind in ("message", "comment", "mention", "like", "follow", "gift")
            and _EACH_OF.search(before)
            and not _EACH_OTHER.search(s.text)
        ):
            continue  # "each of the two posted a handwritten letter for fans": each one's own, to others
        if (m_den := _CLAIM_DENIED.search(s.text)) is not None and m_den.start() <= c.start - s.start < m_den.end():
            continue  # "the report about a duet with Taeyeon is groundless": it did not happen
        if _IN_TITLED_QUOTE.search(before[-90:]):
            continue  # 'a post titled "YENA x Chuu duet when?"': a title that asks, nobody did it
        if c.kind == "challenge" and (
            text.startswith((" from ", "s from "), c.end) or before[-12:].rstrip().lower().endswith(_RIVAL_WORDS)
        ):
            continue  # "held off a strong challenge from ILLIT, which climbed to No. 2": a rival on a chart
        if c.kind == "challenge" and text.startswith("perform", c.start) and not _TWO_NAMES_BEFORE.search(before):
            # "ENHYPEN's account posted Ni-ki performing the choreography": no joint dance named ("performed the
            # routine alongside Winter" is still the routine's own cue)
            word = _ROUTINE_WORD.search(text, c.start, c.end)
            if word is None:
                continue
            c = _Cue("challenge", word.start(), word.end())
        if c.kind == "join" and _BUSY_FIELD.match(text, c.end, s.end):
            continue  # "Joining A Packed Month With ENHYPEN": comebacks in the same month, no joint work
        if c.kind == "join" and _CONTEST.search(before):
            continue  # "Jannabi and Se So Neon compete for Best Modern Rock Album alongside Silica Gel": rivals
        if c.kind in ("join", "collab") and (_MEMBERSHIP.search(before) or _PROMOTED_ALONGSIDE.match(text, c.start)):
            continue  # "DK is also a member of the sub-unit BSS alongside Seungkwan and Hoshi": who is in it
        if c.kind == "message" and _TO_FANS.match(text, c.end, s.end):
            continue  # "Taeyang followed with a handwritten note addressed to fans": a note to fans, not to a person
        if c.kind == "message" and _TO_PRESS.match(text, c.end, s.end):
            continue  # "the agency said in a text message to Yonhap News Agency": a statement to the press
        if (
            c.kind == "comment"
            and text.startswith(("comments", "replies"), c.start)
            and (count := _COMMENT_COUNT.search(before[-40:])) is not None
            and not _LEFT_BEFORE.search(before[-40:][: count.start()])
            and not _ONE_FROM_AFTER.match(text, c.end, s.end)
        ):
            # 'a post titled "Chaewon or Yujin?" has gathered more than 2,000 comments': a count, nobody's ("Beomgyu
            # left dozens of comments", "among the thousands of comments is one from Chaewon" are someone's)
            continue
        if c.kind == "comment" and _NO_COMMENT.search(before[-40:]):
            continue  # "their agencies declined to comment", "did not respond to requests for comment": press talk
        if (
            c.kind == "mention"
            and text[c.end - 2 : c.end] == "ed"  # a past participle ("mentioned"), not "is thanking"
            and _PASSIVE_BE.search(before[-30:])
            and not re.match(r"\s+(?:[\w-]+\s+){0,2}?by\b", text[c.end : s.end])
        ):
            continue  # "The two idols are no strangers to being mentioned in the same breath": by others, if anyone
        if (
            c.kind == "meet"
            and text[c.start : c.end].lower().startswith(("trip", "getaway", "vacation", "outing"))
            and any(o.kind in ("collab", "cover", "challenge", "feature", "follow") for o in cues)
        ):
            continue  # "the variety series followed Hoshi and Woozi on a trip to Jeju": the show, a joint work
        if c.kind == "meet" and text.startswith(("at ", "At "), c.start) and (
            any(o.kind in ("collab", "cover", "challenge", "feature") for o in cues)
            or not any(p.end <= c.start and _JUST_BEFORE_AT.fullmatch(text, p.end, c.start) for p in parties)
        ):
            continue  # "At KISS OF LIFE's fan concert, Natty sang ...": where, not whom; a joint stage is no visit
        if c.kind in ("follow", "unfollow") and _ABSTRACT_SUBJECT.match(before):
            continue  # "Comparisons with 2NE1 have followed BABYMONSTER since their debut": no account followed
        if c.kind in ("collab", "feature", "meet", "gift", "cover", "challenge") and _NO_BEFORE.search(before[-24:]):
            continue  # "no special collaborations", "no joint stage": none
        if neg_here and _DENIED_THAT.search(before[-140:]):
            continue  # "the agency denied that the two had met": it did not happen
        if hyp_here:
            hyp_before = _masked_names(before, s.start, parties)  # "NCT WISH covered": a name, not a wish
            if (
                _HYPOTHETICAL.search(hyp_before[-50:])
                and not re.search(r"(?i:\b(?:could|can)\s+be\s+seen\b)", hyp_before[-50:])
            ) or _WISHFUL.search(hyp_before[-120:]):
                continue
        after = text[c.end : s.end]
        if c.kind == "follow" and _FOLLOWS_THOSE_SERVING.match(after):
            continue  # "Hoshi and Woozi follow Jeonghan and Wonwoo, who began their service earlier": enlisting next
        if c.kind == "interact" and _AMONG_OTHERS.match(after):
            continue  # "featured plenty of banter among the guests": people the sentence does not name
        if post_here and _POST_NEGATION.match(after):
            continue
        if (
            c.kind == "challenge"
            and _OWNER_RIGHT_BEFORE.search(text, max(s.start, c.start - 40), c.start)
            and any(o.kind in ("like", "comment", "mention") and o.end <= c.start for o in cues)
        ):
            continue  # "Jimin liked Nayeon's challenge video", "reacted to ...": her challenge, his like
        if _WISHED_FOR.match(after) and not _FINALLY.search(text, s.start, c.start):
            continue  # "a Jimin x Taeyang challenge fans have been begging for": wanted, not done (unless it
            # "finally" happened: "Winter And An Yujin Finally Film The Dance Challenge Fans Have Been Begging For")
        lw = text[c.start : c.end].lower()
        if c.kind == "collab" and lw.startswith(("duet", "collab", "team-up")) and _WISHED_WORK_AFTER.match(after):
            continue
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
            or _SELFIE_ASKED.search(before[-60:])  # "asking Hwasa for a selfie on the red carpet"
            or (_SELFIE_WITH.match(after) and not _PUBLIC_POST.search(before[-40:]))
            or (_SELFIE_WITH.match(after) and any(0 < p.start - c.end <= 40 for p in parties))
            or _PAIR_SHARES.search(before[-70:])
        ):
            continue
        if c.kind == "meet" and lw == "backstage" and not _BACKSTAGE_VISIT.search(before[-45:]):
            continue
        if c.kind == "meet" and lw.startswith("welcom") and _GUEST_AT_CONCERT.match(text, c.end, s.end):
            c = _Cue("collab", c.start, c.end)  # "DAY6 welcome Xdinary Heroes as surprise guests at their concert"
        if c.kind == "meet" and lw.startswith(("stand", "stood")) and _DANCE_IN_SENTENCE.search(s.text):
            continue  # "Beomgyu stood next to Dohoon as the pair ran through the choreography": the challenge
        if c.kind == "meet" and _APART.search(s.text):
            continue  # "a café each had visited a few days apart": the same place at different times
        if (
            c.kind == "message"
            and text.startswith(("conversation", "Conversation"), c.start)
            and any(o.kind == "meet" for o in cues)
            and not _ONLINE_TALK.search(s.text)
        ):
            continue  # "a quick hug and then an animated conversation": talk in person is the meeting
        if c.kind == "message" and _SPOKESPERSON_BEFORE.search(before[-60:]):
            continue  # "a source from Crush's side responded": the agency answering the press, no message
        if c.kind == "message" and text.startswith(("conversation", "Conversation"), c.start) and _SAT_DOWN_FOR.search(
            before[-80:]
        ):
            c = _Cue("meet", c.start, c.end)  # "the two sat down for a long conversation": talk in person
        if c.kind == "collab" and lw.startswith(("team", "joined forces", "join forces")) and _FOR_A_CHALLENGE.match(
            after
        ):
            c = _Cue("challenge", c.start, c.end)  # "teamed up with Leehan for a challenge video": the challenge
        if (
            c.kind in ("feature", "collab")
            and lw.startswith("featur")
            and (
                # "the album, which features seven tracks": what the record holds, no guest
                _FEATURES_TRACKS.match(after)
                # "a new challenge video ..., featuring Shinyu and Dohoon": who danced in it, no song feature
                or (
                    any(o.kind == "challenge" and c.start - 120 <= o.start < c.start for o in cues)
                    and _CHALLENGE_CLIP.search(text, max(s.start, c.start - 120), c.start)
                )
            )
        ):
            continue
        if c.kind == "join" and ranking:
            continue  # "KISS OF LIFE and IVE rounded out the top 10 alongside Taeyeon": chart neighbours
        if c.kind == "follow" and _FOLLOWS_A_CHARACTER.match(after):
            continue  # '"Salt Road" follows a rookie detective': a plot, not an account
        if c.kind == "follow" and _CAMERA_SUBJECT.match(s.text):
            continue  # "It opens with Karina ... and later follows Winter": the video's camera, no account
        if c.kind == "comment" and _CROWD_COMMENTS.search(before[-30:]):
            continue
        if (
            c.kind == "comment"
            and _POSSESSIVE_NOUN_BEFORE.search(before[-40:])
            and any(o.kind == "like" and o.start < c.start for o in cues)
        ):
            continue  # "Jake had liked Hanbin's comment": the comment was the other's, the act a like
        if fan_quote and c.kind in ("comment", "mention") and _FAN_WROTE.search(before[-40:]):
            continue  # '"Jimin is the best," fans wrote under Jungkook's post': the fans' words, not an artist's
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
            if lw in ("followed", "follows") and _QUOTED_WORK_NEXT.match(after):
                continue  # 'The leader\'s haul follows "Ubermensch" in February': a record came after a record
            if lw == "followed" and after.startswith(" by ") and before.endswith(", ") and not _ACCOUNT_WORDS.search(
                s.text
            ):
                continue  # "X opened the series, followed by A, B and C": who came next
            if before.endswith("which ") and not _SHOW_SUBJECT.search(before[-110:]):
                continue  # "Her single, which follows 'Seven'": comes after, follows nobody
            if _SHOW_SUBJECT.search(before[-110:]):
                # "The first season followed the two friends on trips": a camera follows, not an account; the
                # series is a joint work of the people it follows together (LABELING)
                # (the clause ends at a comma that does not go on to another name: "follows A, B, and C as")
                stop = c.end + len(re.split(r";|\s[–—]\s|,(?!\s*(?:and\s+|&\s*)?(?-i:[A-Z]))", after, maxsplit=1)[0])
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
                # "followed by the group's ..." (came next) -- not "followed Byeon Woo-seok": a word, not a prefix
                and _BY_NEXT.match(after)
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
        elif (
            c.kind == "collab"
            and lw.startswith(("cast as", "star ", "lead", "co-lead", "colead"))
            and _CASTING_UNSETTLED.search(s.text)
        ):
            continue  # "an outlet reported that A and B had been cast as the leads", "in talks to star": not yet
        elif c.kind == "interact" and _SCREEN_WORK.match(after):
            c = _Cue("collab", c.start, c.end)  # "reunite for a new rom-com", "bond in the drama"
        elif c.kind == "release":
            # "The duo released Vibe", "the drama starring Jisoo and Jinyoung": a joint work
            if lw == "starring":
                later = [p for p in parties if p.start > c.end]
                if len({p.id for p in later}) != 2:
                    continue
                second = next(p for p in later if p.id != later[0].id)
                # ("starring Lee Jun-ho of boy band 2PM and Kim Min-ha": the group says who the first one is)
                gap_from = next(
                    (
                        m.end
                        for m in story.ments
                        if later[0].end < m.start < second.start
                        and m.artist_id in story.groups.get(later[0].id, ())
                        and _OF_GROUP_GAP.fullmatch(text, later[0].end, m.start)
                    ),
                    later[0].end,
                )
                if not _STARRING_GAP.fullmatch(text, gap_from, second.start):
                    continue  # "a thriller starring D.O., took first place, beating the drama led by Lee Jun-ho"
            elif not (_PAIR_SUBJECT.match(s.text) or _TWO_NAMES_BEFORE.search(before)):
                continue
            elif _SEPARATE_RELEASES.search(after) or _APART.search(s.text) or _BOTH_BEFORE.search(before[-12:]):
                continue  # "The two groups released their projects on the same day": side by side, not together
            elif _RELEASED_FROM.match(after):
                continue  # "they were released from separate bases": out of the army, no record
            elif _TALLY_AFTER.match(after):
                continue  # "Over ten years, Nayeon, Jeongyeon, ... and Tzuyu have released more than 200 songs"
            elif _LINEUP_OF.search(before):
                continue  # "The final lineup of Yubin, Yeeun and Sunmi released 'Why So Lonely'": the group's own
            c = _Cue("collab", c.start, c.end)
        elif c.kind == "msgnoun":
            if not (_MSG_AFTER.match(after) or _MSG_BEFORE.search(before[-40:])):
                continue
            # "left a sweet message under his post": a comment (LABELING)
            c = _Cue("comment" if _UNDER_POST.match(after) else "message", c.start, c.end)
        elif c.kind == "feature":
            if _MEMBERS_NEXT.match(after):
                continue  # "the song features members CL, Park Bom, Sandara Park and Minzy": the group itself
            window = text[max(s.start, c.start - 70) : c.start]
            if _NOMINEE_LIST.search(window):
                continue  # "The album category, decided in part by physical sales, features Stray Kids, SEVENTEEN..."
            if (
                not _WORK_CONTEXT.search(window)
                and not _WORKS_PLURAL.search(window)  # "the solo singles Sweet Dreams, featuring Miguel"
                and not (_RELEASED_WORK.search(window) and not _LINEUP_WORDS.search(window))
                and not re.match(r"(?i:\s+vocals)", after)
                and not _FEATURES_ON_PART.match(after)  # "Rapper Jvcki Wai features on the bridge"
                and not _FEATURED_ON_WORK.match(after)  # "Jimin featured Taeyang on his new track"
                # "features on TWICE's Nayeon's new single" (the group qualifier blanked out)
                and not (story.scan_text and _FEATURES_ON_PART.match(story.scan_text, c.end, s.end))
                and not _QUOTED_TITLE_END.search(window)  # "Jungkook's 'Seven' features Latto"
            ):
                continue
            c = _Cue("collab", c.start, c.end)
        elif (
            c.kind == "meet"
            and lw.startswith("attend")
            and len({p.id for p in parties}) > 2
            and not _OWNED_EVENT.match(story.scan_text or text, c.end, s.end)  # "A and B attended C's concert"
        ) or (
            c.kind in ("comment", "mention")
            and re.search(
                r"(?i:\b(?:fans?|netizens?|users?|another|one|people|others|viewers|many)\s+(?:(?:have|also|all)\s+)?$)",
                before[-25:],
            )
        ):
            continue  # "fans loved Jungkook's comment": the fans' act, not the artist's
        elif c.kind == "join" and _JOINS_THOSE_SERVING.match(text, c.end, s.end):
            continue  # "Mingyu and DK join bandmates Jeonghan and Hoshi, who have already enlisted": in service too
        elif c.kind == "join" and _COMPETED_BEFORE.search(text, max(s.start, c.start - 30), c.start):
            continue  # "on 'Mr. Trot', where he competed alongside Lim Young Woong": rivals of one contest
        elif c.kind == "join" and _JOIN_HEADLINERS.match(text, c.end, s.end):
            continue  # "BABYMONSTER will join headliners Olivia Rodrigo and Tyler, The Creator": one line-up
        elif c.kind == "_bandact":
            if _bandmates_before(s, c, parties, story):
                out.append(c)  # pairs the listed members only (bot.interactions), not whoever follows
            continue
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
        if c.kind == "meet" and _GUEST_SPOT.match(text, c.start, c.end):
            # "appeared as a guest on Kian84's YouTube show": an episode made together is a joint work too
            out.append(_Cue("collab", c.start, c.end))
    return out
