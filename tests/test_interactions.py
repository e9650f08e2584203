"""Interaction extraction through the real roster and tagger, on short sentences written for these tests.

These specify the rules, so they run without the learned pair model (bot.learned_pairs): the model is
retrained from labelled stories, and what it makes of one sentence is measured by eval, not fixed here.
tests/test_learned_pairs.py covers how its pairs join the rules'.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest

from bot.classify import Classifier
from bot.cues import find_cues, find_platforms
from bot.models import Classification, Interaction


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier(learned=False)


def pair(c: Classification, a: str, b: str) -> Interaction | None:
    return next((i for i in c.interactions if {i.a, i.b} == {a, b}), None)


def named_pair(c: Classification, a: str, b: str) -> Interaction | None:
    """The pair of the two artists the story tags under these display names (a name it does not tag fails)."""
    ids = {x.name: x.id for x in c.artists}
    return pair(c, ids[a], ids[b])


def unpaired(c: Classification, names: list[str], kind: str | None = None) -> list[tuple[str, str]]:
    """The two-name combinations of ``names`` the story does not pair (with ``kind`` among the types, if given):
    everyone in one joint act pairs with everyone else in it (LABELING)."""
    out: list[tuple[str, str]] = []
    for a, b in itertools.combinations(names, 2):
        got = named_pair(c, a, b)
        if got is None or (kind is not None and kind not in got.types):
            out.append((a, b))
    return out


def classify(clf: Classifier, body: str, title: str = "K-pop news roundup") -> Classification:
    return clf.classify(title, body)


# ------------------------------------------------------------------------------------------ types
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("BTS' Jungkook followed BLACKPINK's Jennie on Instagram last night.", "follow"),
        ("BTS' Jungkook unfollowed BLACKPINK's Jennie on Instagram last night.", "unfollow"),
        ("BTS' Jungkook liked a video posted by BLACKPINK's Jennie on TikTok.", "like"),
        ("BTS' Jungkook left a comment on a TikTok video by BLACKPINK's Jennie.", "comment"),
        ("BTS' Jungkook sent a direct message to BLACKPINK's Jennie after the show.", "message"),
        ("BTS' Jungkook gave a shout-out to BLACKPINK's Jennie during his live stream.", "mention"),
        ("BTS' Jungkook met BLACKPINK's Jennie at a fashion event in Seoul.", "meet"),
        ("BTS' Jungkook released a collaboration with BLACKPINK's Jennie this week.", "collab"),
        ("BTS' Jungkook posted a cover of BLACKPINK's Jennie's solo single.", "cover"),
        ("BTS' Jungkook did the dance challenge with BLACKPINK's Jennie.", "challenge"),
        ("BTS' Jungkook sent a birthday gift to BLACKPINK's Jennie.", "gift"),
        ("BTS' Jungkook blocked BLACKPINK's Jennie on social media.", "other"),
    ],
)
def test_each_interaction_type_is_recognised(clf: Classifier, body: str, expected: str) -> None:
    got = pair(classify(clf, body), "jungkook", "jennie")
    assert got is not None
    assert expected in got.types


def test_generic_interaction_without_a_specific_cue_is_other(clf: Classifier) -> None:
    got = pair(classify(clf, "Fans loved the online interaction between Lisa and Rosé."), "lisa", "rose")
    assert got is not None and got.types == ("other",)


def test_generic_interaction_at_an_event_is_a_meeting(clf: Classifier) -> None:
    body = "Fans loved the interaction between Lisa and Rosé at the launch party and the event afterwards."
    got = pair(classify(clf, body), "lisa", "rose")
    assert got is not None and got.types == ("meet",)


# -------------------------------------------------------------------------------------- platforms
@pytest.mark.parametrize(
    ("body", "platform"),
    [
        ("BTS' Jungkook followed BLACKPINK's Jennie on TikTok.", "tiktok"),
        ("BTS' Jungkook followed BLACKPINK's Jennie on Instagram.", "instagram"),
        ("BTS' Jungkook replied to BLACKPINK's Jennie in a tweet.", "x"),
        ("BTS' Jungkook left a comment for BLACKPINK's Jennie on Weverse.", "weverse"),
        ("BTS' Jungkook mentioned BLACKPINK's Jennie during a VLive broadcast.", "vlive"),
        ("BTS' Jungkook appears in the music video with BLACKPINK's Jennie as a cameo.", "youtube"),
        ("BTS' Jungkook hugged BLACKPINK's Jennie backstage at the concert.", "in_person"),
        ("BTS' Jungkook shared the stage with BLACKPINK's Jennie at the awards ceremony broadcast.", "broadcast"),
    ],
)
def test_each_platform_is_recognised(clf: Classifier, body: str, platform: str) -> None:
    got = pair(classify(clf, body), "jungkook", "jennie")
    assert got is not None
    assert got.platform == platform


def test_song_collaboration_without_a_place_is_platform_other(clf: Classifier) -> None:
    got = pair(classify(clf, "BTS' Jungkook teamed up with BLACKPINK's Jennie for a new song."), "jungkook", "jennie")
    assert got is not None and got.platform == "other"


def test_cover_without_a_place_is_platform_unknown(clf: Classifier) -> None:
    got = pair(classify(clf, "BTS' Jungkook released a cover of BLACKPINK's Jennie's hit."), "jungkook", "jennie")
    assert got is not None and got.platform == "unknown"


# ------------------------------------------------------------------------------- negation, denial
def test_negated_follow_is_not_an_interaction(clf: Classifier) -> None:
    c = classify(clf, "BTS' Jungkook did not follow BLACKPINK's Jennie on Instagram, his agency said.")
    assert pair(c, "jungkook", "jennie") is None


def test_hacked_account_suppresses_its_follow(clf: Classifier) -> None:
    body = (
        "BTS' Jungkook followed BLACKPINK's Jennie on Instagram on Monday. "
        "His agency later said Jungkook's account was hacked."
    )
    assert pair(classify(clf, body), "jungkook", "jennie") is None


def test_fake_screenshot_suppresses_the_interaction(clf: Classifier) -> None:
    body = "A fake screenshot claimed BTS' Jungkook liked a post by BLACKPINK's Jennie."
    assert pair(classify(clf, body), "jungkook", "jennie") is None


def test_denied_rumours_suppress_the_interaction(clf: Classifier) -> None:
    body = "Rumours were denied that BTS' Jungkook messaged BLACKPINK's Jennie."
    assert pair(classify(clf, body), "jungkook", "jennie") is None


def test_hypothetical_collaboration_is_not_an_interaction(clf: Classifier) -> None:
    body = "Fans wonder whether BTS' Jungkook would ever collaborate with BLACKPINK's Jennie."
    assert pair(classify(clf, body), "jungkook", "jennie") is None


# ------------------------------------------------------------------------------------ not pairs
def test_comparison_is_not_an_interaction(clf: Classifier) -> None:
    body = "BLACKPINK sold more albums than BTS and topped the chart, following Stray Kids."
    assert classify(clf, body).interactions == ()


def test_charting_together_is_not_a_follow(clf: Classifier) -> None:
    body = "BLACKPINK became the fourth act to top the Billboard 200 chart following BTS and Stray Kids."
    assert classify(clf, body).interactions == ()


def test_roll_call_of_a_line_up_pairs_nobody(clf: Classifier) -> None:
    body = "Jungkook will headline the festival with singers Lisa, Rosé and Jennie."
    assert classify(clf, body).interactions == ()


def test_group_named_as_qualifier_is_not_paired(clf: Classifier) -> None:
    c = classify(clf, "BTS' Jungkook followed BLACKPINK's Jennie on Instagram.")
    assert {(i.a, i.b) for i in c.interactions} <= {("jungkook", "jennie"), ("jennie", "jungkook")}
    assert len(c.interactions) == 1


def test_fandom_mention_is_not_the_group(clf: Classifier) -> None:
    c = classify(clf, "Fans of BTS praised Lisa for her dance.")
    assert c.interactions == ()


# ------------------------------------------------------------------------------------- direction
def test_direction_puts_the_actor_first(clf: Classifier) -> None:
    got = pair(classify(clf, "BLACKPINK's Jennie followed BTS' Jungkook on Instagram."), "jungkook", "jennie")
    assert got is not None and got.directed
    assert (got.a, got.b) == ("jennie", "jungkook")


def test_evidence_is_the_sentence_that_shows_it(clf: Classifier) -> None:
    body = "It was a busy week. BTS' Jungkook followed BLACKPINK's Jennie on Instagram. Fans cheered."
    got = pair(classify(clf, body), "jungkook", "jennie")
    assert got is not None
    assert got.evidence == "BTS' Jungkook followed BLACKPINK's Jennie on Instagram."


# ------------------------------------------------------------------------------------ references
def test_group_member_epithet_resolves_to_the_member_in_the_story(clf: Classifier) -> None:
    body = "BTS' Jungkook was busy this week. Later the BTS member liked a video by BLACKPINK's Jennie."
    got = pair(classify(clf, body), "jungkook", "jennie")
    assert got is not None and "like" in got.types


def test_role_reference_resolves_to_the_artist_introduced_with_it(clf: Classifier) -> None:
    body = (
        "Choreographer Bada Lee posted a new routine on Monday. "
        "On Tuesday, BTS' Jungkook followed the choreographer on TikTok."
    )
    got = pair(classify(clf, body), "jungkook", "bada-lee")
    assert got is not None and "follow" in got.types


def test_subject_pronoun_resolves_to_the_previous_subject(clf: Classifier) -> None:
    body = "BTS' Jungkook posted a new dance video on Monday. He also followed BLACKPINK's Jennie on TikTok."
    got = pair(classify(clf, body), "jungkook", "jennie")
    assert got is not None and "follow" in got.types


def test_the_duo_refers_to_the_last_pair_named(clf: Classifier) -> None:
    body = "Lisa and Rosé went to Paris together. The duo met up backstage after the show."
    got = pair(classify(clf, body), "lisa", "rose")
    assert got is not None and "meet" in got.types


# ------------------------------------------------------------------------------ joint activities
def test_joint_work_pairs_every_credited_artist(clf: Classifier) -> None:
    body = "Lisa released a single with Ozuna that featured DJ Snake and Megan Thee Stallion as well."
    c = classify(clf, body)
    for a, b in (("lisa", "ozuna"), ("lisa", "dj-snake"), ("ozuna", "megan-thee-stallion")):
        assert pair(c, a, b) is not None, (a, b)


def test_members_of_one_group_in_the_same_challenge_are_paired(clf: Classifier) -> None:
    body = "Suga met up with SEVENTEEN's Woozi and Hoshi to do the dance challenge."
    c = classify(clf, body)
    assert pair(c, "suga", "woozi") is not None
    got = pair(c, "woozi", "hoshi")
    assert got is not None and got.types == ("challenge",)


def test_group_pair_goes_to_the_members_who_took_part(clf: Classifier) -> None:
    title = "SEVENTEEN join BTS' Suga for the dance challenge"
    body = "Suga met up with SEVENTEEN's Woozi to film the challenge. They had fun."
    c = clf.classify(title, body)
    assert pair(c, "suga", "seventeen") is None
    got = pair(c, "suga", "woozi")
    assert got is not None and got.headline


# -------------------------------------------------------------------------------- headline, story
def test_title_pair_is_the_headline(clf: Classifier) -> None:
    title = "BTS' Jungkook follows BLACKPINK's Jennie on Instagram"
    body = (
        "BTS' Jungkook followed BLACKPINK's Jennie on Instagram on Sunday. Fans were thrilled. "
        "The news spread fast. Jungkook previously released a collaboration with Charlie Puth."
    )
    c = clf.classify(title, body)
    head = pair(c, "jungkook", "jennie")
    passing = pair(c, "jungkook", "charlie-puth")
    assert head is not None and head.headline
    assert passing is not None and not passing.headline
    assert c.interaction_story


def test_story_without_interactions_is_not_an_interaction_story(clf: Classifier) -> None:
    title = "BLACKPINK tops the Billboard 200"
    body = "BLACKPINK topped the Billboard 200 chart this week, following BTS and Stray Kids."
    c = clf.classify(title, body)
    assert not c.interaction_story
    assert all(not i.headline for i in c.interactions)


def test_passing_interaction_alone_is_not_an_interaction_story(clf: Classifier) -> None:
    title = "aespa announce a world tour"
    body = (
        "aespa announced a world tour on Friday. Tickets go on sale next week. The tour visits twelve cities. "
        "Dates were shared online. Separately, Lisa once covered a song by Rosé."
    )
    c = clf.classify(title, body)
    assert not c.interaction_story


# ------------------------------------------------------------------------------------ cue scanner
def test_find_cues_reports_kind_and_offsets() -> None:
    text = "He unfollowed her, then liked a post."
    kinds = [(k, text[a:b]) for k, a, b in find_cues(text)]
    assert ("unfollow", "unfollowed") in kinds
    assert ("like", "liked") in kinds


def test_find_cues_ignores_word_fragments() -> None:
    assert find_cues("The followers and unlikely fans of the metal band") == []


# ---------------------------------------------------------------------------- more general rules
def test_fan_meeting_is_not_a_meeting_between_artists(clf: Classifier) -> None:
    got = pair(classify(clf, "NewJeans covered BTS' Dynamite at their fan meeting in Tokyo."), "newjeans", "bts")
    assert got is not None and got.types == ("cover",)


def test_filming_a_challenge_with_someone_is_the_challenge_in_person(clf: Classifier) -> None:
    body = "ZEROBASEONE's Zhang Hao filmed a dance challenge with RIIZE's Wonbin on Friday."
    got = pair(classify(clf, body), "zhang-hao", "wonbin")
    assert got is not None and got.types == ("challenge",) and got.platform == "in_person"


def test_sitting_down_for_a_chat_is_a_meeting(clf: Classifier) -> None:
    body = "BTS' Suga and SEVENTEEN's Woozi sat together for a chat before filming the challenge."
    got = pair(classify(clf, body), "suga", "woozi")
    assert got is not None and set(got.types) == {"meet", "challenge"}


def test_a_photo_with_someone_is_an_in_person_meeting_wherever_posted(clf: Classifier) -> None:
    body = "BTS' Jin posted a photo with Jimin on Weverse after the fan meeting."
    got = pair(classify(clf, body), "jin", "jimin")
    assert got is not None and got.types == ("meet",) and got.platform == "in_person"


def test_a_photo_with_a_caption_is_no_meeting(clf: Classifier) -> None:
    body = "BTS' Jin posted a photo with the caption 'miss you' and tagged Jimin."
    got = pair(classify(clf, body), "jin", "jimin")
    assert got is not None and got.types == ("mention",)


@pytest.mark.parametrize(
    "body",
    [
        "aespa's Winter appeared in IVE's Yujin's latest YouTube vlog.",
        "aespa's Winter and IVE's Yujin went shopping together in Seongsu-dong.",
    ],
)
def test_visiting_someones_content_or_spending_time_together_is_a_meeting(clf: Classifier, body: str) -> None:
    got = pair(classify(clf, body), "winter", "yujin-ive")
    assert got is not None and "meet" in got.types


def test_hosting_a_show_together_is_a_collaboration(clf: Classifier) -> None:
    body = "aespa's Winter and IVE's Yujin hosted a music show together in 2022."
    got = pair(classify(clf, body), "winter", "yujin-ive")
    assert got is not None and got.types == ("collab",)


def test_performing_on_one_stage_but_not_together_is_no_collaboration(clf: Classifier) -> None:
    body = "LE SSERAFIM's Chaewon and IVE's Wonyoung performed on the same stage, but not together."
    assert pair(classify(clf, body), "kim-chaewon", "wonyoung") is None


def test_the_two_after_revealed_that_is_the_last_pair(clf: Classifier) -> None:
    body = "aespa's Winter tagged IVE's Yujin on Instagram. Yujin revealed that the two often text late at night."
    got = pair(classify(clf, body), "winter", "yujin-ive")
    assert got is not None and set(got.types) == {"mention", "message"}


def test_stopping_by_a_lives_chat_is_a_comment_to_whoever_is_live(clf: Classifier) -> None:
    body = (
        "TXT's Yeonjun turned on a Weverse live on Sunday night to eat ramyeon. "
        "Yeonjun's bandmate Beomgyu also stopped by the chat near the end of the live, asking for some."
    )
    got = pair(classify(clf, body), "beomgyu", "yeonjun")
    assert got is not None and got.types == ("comment",)


def test_a_chat_show_is_no_chat(clf: Classifier) -> None:
    body = "BTS' Jungkook had a chat show appearance on the same day as Jimin's comeback."
    assert pair(classify(clf, body), "jungkook", "jimin") is None


def test_talking_to_fans_about_someone_is_no_meeting(clf: Classifier) -> None:
    body = "BTS' Jimin had a long chat with fans about Jungkook's new album at the fan meeting."
    got = pair(classify(clf, body), "jimin", "jungkook")
    assert got is None or "meet" not in got.types


def test_a_chat_over_the_phone_is_a_message(clf: Classifier) -> None:
    body = "BTS' Suga and SEVENTEEN's Woozi had a long chat over the phone."
    got = pair(classify(clf, body), "suga", "woozi")
    assert got is not None and got.types == ("message",)


def test_dancing_together_to_a_song_is_a_challenge(clf: Classifier) -> None:
    body = "BTS' Jimin and Jungkook danced together to NewJeans' Super Shy."
    got = pair(classify(clf, body), "jimin", "jungkook")
    assert got is not None and got.types == ("challenge",)


def test_liking_to_do_something_is_no_like(clf: Classifier) -> None:
    got = pair(classify(clf, "BTS' Jungkook likes to sing IU's songs on his lives."), "jungkook", "iu")
    assert got is None or "like" not in got.types


def test_members_named_with_a_member_who_took_part_take_the_groups_title_pair(clf: Classifier) -> None:
    title = "SEVENTEEN film a dance challenge with BTS' Suga"
    body = "Suga hugged Woozi during the shoot. Seungkwan and Hoshi were nervous at first."
    c = clf.classify(title, body)
    for member in ("woozi", "seungkwan", "hoshi"):
        got = pair(c, "suga", member)
        assert got is not None and "challenge" in got.types, member


def test_filming_a_music_video_together_is_a_collaboration(clf: Classifier) -> None:
    body = "BLACKPINK's Jennie filmed a music video with Lisa, showing off their dance skills."
    got = pair(classify(clf, body), "jennie", "lisa")
    assert got is not None and got.types == ("collab",)


def test_a_challenge_filmed_for_a_single_with_someone_is_no_separate_collab(clf: Classifier) -> None:
    body = "ZICO filmed the dance challenge for his new single with KiiiKiii backstage."
    got = pair(classify(clf, body), "zico", "kiiikiii")
    assert got is not None and got.types == ("challenge",)


def test_nailing_a_groups_dance_challenge_is_no_separate_cover(clf: Classifier) -> None:
    body = "TWICE's Momo nailed BABYMONSTER's 'Wildfire' challenge on Sunday."
    got = pair(classify(clf, body), "momo", "babymonster")
    assert got is not None and got.types == ("challenge",)


def test_teaming_up_for_a_challenge_is_the_challenge(clf: Classifier) -> None:
    body = "ITZY's Ryujin and ENHYPEN's Sunghoon teamed up for the viral dance challenge."
    got = pair(classify(clf, body), "ryujin", "sunghoon")
    assert got is not None and got.types == ("challenge",)


def test_a_gift_given_while_filming_together_is_a_meeting(clf: Classifier) -> None:
    body = "Suga filmed the dance challenge with Hanni on Monday. Suga also gave Hanni a gift of beef."
    got = pair(classify(clf, body), "suga", "hanni")
    assert got is not None and set(got.types) == {"challenge", "gift", "meet"}


def test_a_show_that_follows_a_story_is_not_a_follow(clf: Classifier) -> None:
    body = "The new drama starring Lisa follows the story of a dancer who meets Jennie in Paris."
    assert all("follow" not in i.types for i in classify(clf, body).interactions)


def test_reuniting_for_a_drama_is_a_collaboration(clf: Classifier) -> None:
    c = clf.classify("Shin Hae-sun and Na In-woo reunite for a new drama", "Filming starts in May.")
    got = pair(c, "shin-hae-sun", "na-in-woo")
    assert got is not None and got.types == ("collab",) and got.headline


def test_actor_in_brackets_after_a_character_is_not_a_party(clf: Classifier) -> None:
    body = "In the drama, Cha Ju An (Jennie) meets the detective Song Tae Seop (Lisa) in Seoul."
    c = classify(clf, body)
    assert pair(c, "jennie", "lisa") is None


def test_joining_the_shoot_pairs_with_the_person_the_title_is_about(clf: Classifier) -> None:
    title = "BTS' Suga films his dance challenge"
    body = "Suga filmed the dance challenge on Monday. Later, Jimin joined the shoot and danced along."
    got = pair(clf.classify(title, body), "suga", "jimin")
    assert got is not None


def test_members_handed_a_group_challenge_pair_with_each_other(clf: Classifier) -> None:
    title = "SEVENTEEN join BTS' Suga for the dance challenge"
    body = "Suga filmed with the group on Monday. Woozi and Hoshi were nervous at first. Everyone laughed."
    c = clf.classify(title, body)
    assert pair(c, "suga", "woozi") is not None
    got = pair(c, "woozi", "hoshi")
    assert got is not None and "challenge" in got.types and not got.headline


def test_praise_received_from_others_is_not_a_mention(clf: Classifier) -> None:
    body = "A video of Hanni and Seiko Matsuda went viral, praised for its nostalgic charm."
    assert pair(classify(clf, body), "hanni", "seiko-matsuda") is None


def test_the_two_leads_a_drama_stars_are_collaborators(clf: Classifier) -> None:
    body = "The drama starring BLACKPINK's Jisoo and GOT7's Jinyoung topped the ratings on Sunday."
    got = pair(classify(clf, body), "jisoo-blackpink", "jinyoung-got7")
    assert got is not None and got.types == ("collab",)


def test_the_duo_releasing_a_song_is_a_collaboration(clf: Classifier) -> None:
    body = "BIGBANG's Taeyang and BTS' Jimin are close friends. The two released Vibe in 2023."
    got = pair(classify(clf, body), "taeyang", "jimin")
    assert got is not None and got.types == ("collab",)


def test_each_releasing_their_own_song_is_not_a_collaboration(clf: Classifier) -> None:
    body = "On Friday, Jungkook released his new single, while Lisa released a music video."
    assert pair(classify(clf, body), "jungkook", "lisa") is None


def test_serving_in_the_military_together_is_not_an_interaction(clf: Classifier) -> None:
    body = "Jimin and Jungkook enlisted on the same day and will serve together."
    assert pair(classify(clf, body), "jimin", "jungkook") is None


def test_korean_copy_yields_the_same_interaction(clf: Classifier) -> None:
    c = clf.classify("", "방탄소년단 정국이 블랙핑크 제니를 인스타그램에서 팔로우했다.")
    got = pair(c, "jungkook", "jennie")
    assert got is not None and got.types == ("follow",) and got.platform == "instagram"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Lisa congratulated Rosé on her first solo win.", "mention"),
        ("Jungkook reposted a dance video by Lisa.", "mention"),
        ("IU wished Suga a happy birthday.", "mention"),
        ("Jungkook and Jimin were spotted together in Paris.", "meet"),
        ("ITZY's Yeji and Stray Kids' Hyunjin co-hosted the music show.", "collab"),
    ],
)
def test_common_news_phrasings(clf: Classifier, body: str, expected: str) -> None:
    c = classify(clf, body)
    assert len(c.interactions) == 1
    assert expected in c.interactions[0].types


def test_a_new_clause_after_and_starts_a_new_subject(clf: Classifier) -> None:
    body = "Wonyoung released a cover of IU's song on YouTube, and Sunghoon is preparing for ENHYPEN's tour."
    c = classify(clf, body)
    assert pair(c, "wonyoung", "iu") is not None
    assert pair(c, "wonyoung", "sunghoon") is None


def test_background_collaboration_is_not_the_headline(clf: Classifier) -> None:
    title = "aespa's Karina named global ambassador for luxury brand"
    body = (
        "aespa's Karina has been named the new global ambassador for a jewellery brand. "
        "The singer will appear in the spring campaign. Karina previously collaborated with Jay Park on a single."
    )
    c = clf.classify(title, body)
    assert pair(c, "karina", "jay-park") is not None
    assert not c.interaction_story


# ------------------------------------------------------------------------------ sentence-to-sentence
def test_an_artist_quoting_another_is_a_mention(clf: Classifier) -> None:
    body = 'Charlie Puth wrote in a tweet, "I am such a fan of Jungkook."'
    got = pair(classify(clf, body), "charlie-puth", "jungkook")
    assert got is not None and "mention" in got.types and got.platform == "x"


def test_a_fan_quoting_two_artists_is_not_their_interaction(clf: Classifier) -> None:
    body = '"At last a clip of Jennie and Jungkook chatting together," one fan wrote on X.'
    assert classify(clf, body).interactions == ()


def test_cancelled_follow_continues_the_recent_pair(clf: Classifier) -> None:
    body = "NCT's Taeil followed WJSN's Seola on Instagram. Shortly after, Taeil canceled his follow."
    got = pair(classify(clf, body), "taeil", "seola")
    assert got is not None and set(got.types) == {"follow", "unfollow"}


def test_comment_on_the_post_completes_the_title_pair(clf: Classifier) -> None:
    title = "Bruno Mars teases BLACKPINK's Rosé"
    body = "Rosé posted a new picture on Instagram. Bruno Mars left a comment on the picture within minutes."
    got = pair(clf.classify(title, body), "bruno-mars", "rose")
    assert got is not None and "comment" in got.types and got.headline


def test_the_latter_refers_to_the_second_artist_named_before(clf: Classifier) -> None:
    body = (
        "Jungkook posted a dance video with music by Bada Lee. The latter was followed by Jimin on TikTok soon after."
    )
    got = pair(classify(clf, body), "bada-lee", "jimin")
    assert got is not None and "follow" in got.types


def test_following_as_a_preposition_is_not_a_follow(clf: Classifier) -> None:
    body = "Following BTS' Jungkook, BLACKPINK's Lisa released a solo single this week."
    assert classify(clf, body).interactions == ()


def test_followed_in_a_sequence_is_not_a_follow(clf: Classifier) -> None:
    body = "Jimin followed his bandmate V to take part in the viral dance trend."
    assert pair(classify(clf, body), "jimin", "v") is None


def test_past_state_of_following_is_not_a_follow(clf: Classifier) -> None:
    body = "G-Dragon had been following T.O.P for years, but fans noticed he unfollowed him this week."
    got = pair(classify(clf, body), "g-dragon", "t-o-p")
    assert got is not None and got.types == ("unfollow",)


def test_follow_of_an_account_about_an_artist_is_not_a_follow_of_the_artist(clf: Classifier) -> None:
    body = "Jungkook followed a fan page that mostly posts Kim Chaewon clips."
    assert pair(classify(clf, body), "jungkook", "kim-chaewon") is None


def test_group_and_its_own_member_are_never_paired(clf: Classifier) -> None:
    body = "Jungkook praised BTS and thanked every member for the support."
    assert pair(classify(clf, body), "jungkook", "bts") is None


def test_listicle_without_a_named_pair_makes_every_listed_pair_headline(clf: Classifier) -> None:
    title = "5 unexpected idol interactions that fans loved"
    body = (
        "1. Jungkook and Jennie\nBTS' Jungkook and BLACKPINK's Jennie greeted each other at a party in Seoul.\n"
        "2. Lisa and Bruno Mars\nBLACKPINK's Lisa and Bruno Mars hugged backstage at the awards."
    )
    c = clf.classify(title, body)
    assert {frozenset((i.a, i.b)) for i in c.interactions if i.headline} == {
        frozenset(("jungkook", "jennie")),
        frozenset(("lisa", "bruno-mars")),
    }


def test_the_two_as_subject_adds_the_last_pair_even_with_others_named(clf: Classifier) -> None:
    body = (
        "BTS' V sent a coffee truck to Park Seo-joon. "
        "The two co-starred in a drama years ago, along with Park Hyung-sik and Choi Woo-shik."
    )
    c = classify(clf, body)
    for a, b in (("v", "park-seo-joon"), ("v", "park-hyung-sik"), ("park-seo-joon", "choi-woo-shik")):
        got = pair(c, a, b)
        assert got is not None and "collab" in got.types, (a, b)


def test_joint_live_broadcast_is_a_meeting_on_that_platform(clf: Classifier) -> None:
    c = clf.classify("TWICE's Nayeon and Jihyo surprise fans with a joint Weverse live", "Fans were thrilled.")
    got = pair(c, "nayeon", "jihyo-twice")
    assert got is not None and "meet" in got.types and got.platform == "weverse" and got.headline


def test_the_actor_refers_to_the_person_the_story_is_about(clf: Classifier) -> None:
    body = "BTS' V is close to Park Seo-joon. On Wednesday, the actor thanked the singer for a coffee truck gift."
    got = pair(classify(clf, body), "v", "park-seo-joon")
    assert got is not None and "gift" in got.types


def test_two_artists_praised_by_fans_are_not_interacting(clf: Classifier) -> None:
    body = "Fans praised BTS' Jungkook and BLACKPINK's Jennie for their stage outfits."
    assert pair(classify(clf, body), "jungkook", "jennie") is None


def test_a_challenge_to_a_song_pairs_the_challenger_with_its_singers(clf: Classifier) -> None:
    body = (
        "BTS' Jungkook took on the viral Smoke dance challenge on Friday. "
        "The song Smoke has vocals by Dynamicduo and Lee Young-ji."
    )
    c = classify(clf, body)
    for singer in ("dynamic-duo", "lee-young-ji"):
        got = pair(c, "jungkook", singer)
        assert got is not None and got.types == ("challenge",) and not got.headline


def test_the_choreographer_named_as_owner_is_not_a_challenger_of_the_song(clf: Classifier) -> None:
    body = (
        "BTS' Jungkook took on Bada Lee's Smoke dance challenge. "
        "The song Smoke has vocals by Dynamicduo and Lee Young-ji."
    )
    c = classify(clf, body)
    assert pair(c, "bada-lee", "dynamic-duo") is None
    assert pair(c, "jungkook", "bada-lee") is not None


# ------------------------------------------------------------------------- generalisation rules
def test_a_members_comment_does_not_take_over_the_cover_of_the_groups_song(clf: Classifier) -> None:
    body = (
        "ENHYPEN's Jungwon uploaded a cover of DAY6's 'Zombie' on YouTube. "
        "DAY6's Young K left a comment under the video."
    )
    c = classify(clf, body)
    cover = pair(c, "jungwon", "day6")
    comment = pair(c, "jungwon", "young-k")
    assert cover is not None and cover.types == ("cover",)
    assert comment is not None and comment.types == ("comment",)


def test_members_covering_a_song_together_are_paired_as_a_joint_work(clf: Classifier) -> None:
    c = classify(clf, "ENHYPEN's Jungwon and Sunghoon uploaded a cover of DAY6's 'Zombie' on YouTube.")
    got = pair(c, "jungwon", "sunghoon")
    assert got is not None and got.types == ("collab",)


def test_two_people_covering_an_unnamed_song_made_a_joint_work(clf: Classifier) -> None:
    got = pair(classify(clf, "Lisa and Rosé covered the song together on YouTube."), "lisa", "rose")
    assert got is not None and got.types == ("collab",)


def test_fans_hoping_for_a_challenge_is_not_an_interaction(clf: Classifier) -> None:
    body = "Fans are hoping Giselle and Ningning of aespa will be next to take on the dance challenge."
    assert pair(classify(clf, body), "giselle", "ningning") is None


def test_followed_with_a_date_means_came_next(clf: Classifier) -> None:
    body = "Jin was discharged first, while j-hope followed in October."
    assert pair(classify(clf, body), "jin", "j-hope") is None


def test_a_reply_continues_the_conversation_as_a_message(clf: Classifier) -> None:
    body = "Bruno Mars left a comment on Rosé's birthday post. Fans loved it. Rosé replied with a laughing emoji."
    got = pair(classify(clf, body), "bruno-mars", "rose")
    assert got is not None and "message" in got.types


def test_comment_under_the_post_goes_to_the_poster(clf: Classifier) -> None:
    body = "Jimin posted a selfie on Instagram on Monday. Jungkook left a comment under the post."
    got = pair(classify(clf, body), "jungkook", "jimin")
    assert got is not None and got.types == ("comment",)


def test_comment_under_the_same_post_is_not_for_a_name_later_in_the_sentence(clf: Classifier) -> None:
    body = (
        "j-hope uploaded photos from a dinner to Weverse. "
        "RM also commented under the same post, which fans read as him siding with Jin."
    )
    c = classify(clf, body)
    got = pair(c, "rm", "j-hope")
    assert got is not None and got.types == ("comment",)
    assert pair(c, "rm", "jin") is None


def test_liking_the_post_goes_to_the_poster(clf: Classifier) -> None:
    body = "Jimin posted a selfie on Instagram. Jungkook liked the post within minutes."
    got = pair(classify(clf, body), "jungkook", "jimin")
    assert got is not None and got.types == ("like",)


def test_a_reply_under_a_post_is_a_comment(clf: Classifier) -> None:
    got = pair(classify(clf, "Jungkook replied under Jimin's latest post with a heart."), "jungkook", "jimin")
    assert got is not None and got.types == ("comment",)


def test_chatting_face_to_face_is_a_meeting(clf: Classifier) -> None:
    body = "SHINee's Key and Red Velvet's Joy spent an hour chatting in the studio."
    got = pair(classify(clf, body), "key", "joy")
    assert got is not None and "meet" in got.types and "message" not in got.types


def test_the_words_of_a_comment_are_not_a_separate_mention(clf: Classifier) -> None:
    body = 'SHINee\'s Key commented on the live, writing "Joy, your lighting is terrible," to Red Velvet\'s Joy.'
    got = pair(classify(clf, body), "key", "joy")
    assert got is not None and got.types == ("comment",)


def test_a_friend_group_that_includes_names_is_a_roll_call(clf: Classifier) -> None:
    body = (
        "V has sent gifts to friends in the past, and is known as a member of a friend group that also "
        "includes Park Seo-joon and Choi Woo-shik."
    )
    assert classify(clf, body).interactions == ()


def test_greeting_fans_is_not_an_interaction_with_the_other_artist(clf: Classifier) -> None:
    body = "THE BOYZ's Younghoon entered quietly, while ATEEZ's Hongjoong greeted fans with a handwritten note."
    assert pair(classify(clf, body), "younghoon", "hongjoong") is None


def test_a_message_shared_publicly_is_a_mention(clf: Classifier) -> None:
    body = "THE BOYZ's Juyeon shared a farewell message for Younghoon on Instagram before his enlistment."
    got = pair(classify(clf, body), "juyeon-the-boyz", "younghoon")
    assert got is not None and got.types == ("mention",)


def test_conversation_after_an_account_is_recovered_is_real(clf: Classifier) -> None:
    body = (
        "aespa's Winter's account unfollowed Karina on Instagram. "
        "The agency said the account was accessed by an unknown third party. "
        "The account was restored by the evening. Fans were relieved. "
        "Winter said Karina reached out to her right away."
    )
    got = pair(classify(clf, body), "winter", "karina")
    assert got is not None and got.types == ("message",)


def test_the_two_is_the_titles_pair_when_the_sentence_before_names_no_pair(clf: Classifier) -> None:
    body = (
        "Jungkook unfollowed Jimin on Instagram. Fans noticed that Jennie followed Jungkook last week. "
        "However, Jungkook did not follow her back. The two began working together in 2019 and produced hits."
    )
    c = clf.classify("Jungkook unfollows Jimin on Instagram", body)
    got = pair(c, "jungkook", "jimin")
    assert got is not None and "collab" in got.types
    other = pair(c, "jungkook", "jennie")
    assert other is not None and "collab" not in other.types


def test_thanks_quoted_with_a_pronoun_speaker_is_a_mention(clf: Classifier) -> None:
    body = 'aespa\'s Winter posted an apology on Monday. "Thank you Karina unnie for waking me up," she wrote.'
    got = pair(classify(clf, body), "winter", "karina")
    assert got is not None and got.types == ("mention",)


def test_everyone_at_one_dinner_met_each_other(clf: Classifier) -> None:
    c = classify(clf, "IU had dinner with Jungkook, Jimin and Suga in Seoul on Friday.")
    for a, b in (("iu", "jungkook"), ("jungkook", "jimin"), ("jimin", "suga")):
        got = pair(c, a, b)
        assert got is not None and got.types == ("meet",)


def test_everyone_in_a_posted_group_photo_met_each_other(clf: Classifier) -> None:
    body = "Later, Hwasa shared a photo on Instagram featuring herself, Jennie, Lisa and Rosé at the afterparty."
    c = classify(clf, body)
    for a, b in (("hwasa", "jennie"), ("hwasa", "rose"), ("jennie", "lisa"), ("lisa", "rose")):
        got = pair(c, a, b)
        assert got is not None and got.types == ("meet",)


def test_a_photo_carousel_showing_the_poster_with_friends_pairs_them_all(clf: Classifier) -> None:
    body = (
        "Actor Lee Do-hyun uploaded a carousel of pictures showing himself at a ski resort with "
        "Kim Go-eun and Zico over the weekend."
    )
    c = classify(clf, body)
    for a, b in (("lee-do-hyun", "kim-go-eun"), ("lee-do-hyun", "zico"), ("kim-go-eun", "zico")):
        got = pair(c, a, b)
        assert got is not None and "meet" in got.types


def test_two_guests_of_one_episode_are_paired(clf: Classifier) -> None:
    c = classify(clf, "TWICE's Nayeon and Jihyo were the guests on this week's episode of the talk show.")
    got = pair(c, "nayeon", "jihyo-twice")
    assert got is not None and got.types == ("meet",)


def test_guests_are_not_paired_with_a_cast_roll_call_after_them(clf: Classifier) -> None:
    body = "Nayeon and Jihyo appeared as guests for the race with cast members Yoo Jae-suk, Haha and Ji Suk-jin."
    c = classify(clf, body)
    assert pair(c, "nayeon", "yoo-jae-suk") is None and pair(c, "jihyo-twice", "haha") is None


def test_a_floral_tribute_from_someone_is_their_gift_even_when_fans_photographed_it(clf: Classifier) -> None:
    c = classify(clf, "Fans lined up to photograph the floral tribute from Taeyeon's close friend, singer Sunny.")
    got = pair(c, "taeyeon", "sunny")
    assert got is not None and got.types == ("gift",)


def test_a_message_that_was_from_someone_is_their_message(clf: Classifier) -> None:
    c = classify(clf, "Jimin said the first text he read on his birthday was from BIGBANG's Taeyang.")
    got = pair(c, "jimin", "taeyang")
    assert got is not None and got.types == ("message",)


def test_one_comment_from_a_named_star_among_thousands_is_theirs(clf: Classifier) -> None:
    body = "Jisoo's post collected thousands of comments, among them one from Jennie, who wrote a single word."
    got = pair(classify(clf, body), "jisoo-blackpink", "jennie")
    assert got is not None and got.types == ("comment",)


def test_nights_in_the_studio_with_another_artist_are_a_collaboration(clf: Classifier) -> None:
    c = classify(clf, "Zico said he spent the whole week in the studio with Lee Young-ji, finishing a new song.")
    got = pair(c, "zico", "lee-young-ji")
    assert got is not None and got.types == ("collab",)


def test_credits_that_include_routines_for_a_group_are_a_collaboration(clf: Classifier) -> None:
    c = classify(clf, "Choreographer Bada Lee, whose credits include routines for aespa, led the workshop.")
    got = pair(c, "bada-lee", "aespa")
    assert got is not None and got.types == ("collab",)


def test_a_joint_song_in_a_list_of_songs_pairs_only_its_two_singers(clf: Classifier) -> None:
    body = (
        "Nominated for Song of the Year are Jungkook and Latto's \"Seven\", IVE's \"Baddie\", "
        "SEVENTEEN's \"God of Music\" and NewJeans' \"Super Shy\"."
    )
    c = classify(clf, body)
    assert pair(c, "jungkook", "latto") is not None
    assert pair(c, "jungkook", "ive") is None and pair(c, "latto", "seventeen") is None
    assert pair(c, "ive", "newjeans") is None


def test_a_headline_naming_a_festival_line_up_before_its_colon_pairs_nobody(clf: Classifier) -> None:
    c = clf.classify("Festival line-up revealed: TWICE, ITZY join Coldplay and Ed Sheeran in Seoul", "")
    assert c.interactions == ()


def test_a_dance_crew_named_before_its_leader_only_qualifies_her(clf: Classifier) -> None:
    c = classify(clf, "Zico's new single was choreographed by LACHICA leader Gabee.")
    assert pair(c, "zico", "gabee") is not None
    assert not [i for i in c.interactions if "lachica" in (i.a, i.b) or "new:lachica" in (i.a, i.b)]


def test_members_of_one_group_performing_together_are_paired(clf: Classifier) -> None:
    c = classify(clf, "Seulgi, Wendy and Joy performed a set of old hits at the fan meeting, with Irene absent.")
    for a, b in (("seulgi-red-velvet", "wendy"), ("wendy", "joy"), ("seulgi-red-velvet", "joy")):
        got = pair(c, a, b)
        assert got is not None and got.types == ("collab",)
    assert pair(c, "seulgi-red-velvet", "irene") is None and pair(c, "joy", "irene") is None


def test_different_acts_performing_at_one_event_are_not_paired(clf: Classifier) -> None:
    c = classify(clf, "Taeyeon and Jungkook performed at the awards ceremony on Saturday.")
    assert pair(c, "taeyeon", "jungkook") is None


def test_a_name_ending_in_sang_is_no_performance(clf: Classifier) -> None:
    body = "The members, Park Joon-hyung and Yoon Kye-sang, will join the tour, the agency said."
    assert pair(classify(clf, body), "park-joon-hyung", "yoon-kye-sang") is None


def test_routines_made_for_groups_are_a_collaboration_with_each(clf: Classifier) -> None:
    c = classify(clf, "Choreographer Bada Lee spent the spring making routines for aespa and ITZY.")
    for group in ("aespa", "itzy"):
        got = pair(c, "bada-lee", group)
        assert got is not None and got.types == ("collab",)


def test_learning_the_choreography_for_a_groups_song_is_no_collaboration(clf: Classifier) -> None:
    assert pair(classify(clf, "Zico then tried the choreography for IVE's 'I AM' on air."), "zico", "ive") is None


def test_writing_with_another_artist_is_a_collaboration(clf: Classifier) -> None:
    got = pair(classify(clf, "Charlie Puth spent three days writing with Jungkook in Los Angeles."), "charlie-puth",
               "jungkook")
    assert got is not None and got.types == ("collab",)


def test_forming_a_project_group_with_others_is_a_collaboration(clf: Classifier) -> None:
    c = classify(clf, "In 2020 Yoo Jae-suk formed the project trio SSAK3 with Lee Hyori and Rain.")
    for other in ("lee-hyori", "rain"):
        got = pair(c, "yoo-jae-suk", other)
        assert got is not None and got.types == ("collab",)


def test_two_stars_seen_leaving_a_venue_together_met(clf: Classifier) -> None:
    c = classify(clf, "Jisoo and Jennie were seen leaving the restaurant together on Friday.")
    got = pair(c, "jisoo-blackpink", "jennie")
    assert got is not None and got.types == ("meet",)


def test_a_titled_work_then_a_new_subject_with_its_own_title_keeps_credits_apart(clf: Classifier) -> None:
    body = (
        "Taeyang teamed up with G-Dragon on \"Good Boy,\" and BLACKPINK's Jennie featured on his 2023 "
        "single \"Shut Down.\""
    )
    c = classify(clf, body)
    assert pair(c, "taeyang", "g-dragon") is not None
    assert pair(c, "g-dragon", "jennie") is None


def test_two_who_shared_a_track_alongside_a_third_all_collaborated(clf: Classifier) -> None:
    body = "Jay Park called Loco on air. Loco picked up at once. The two last shared a song, alongside Zico, in 2019."
    c = classify(clf, body)
    for a, b in (("jay-park", "zico"), ("loco", "zico")):
        got = pair(c, a, b)
        assert got is not None and got.types == ("collab",)


def test_sharing_a_song_on_instagram_is_no_collaboration(clf: Classifier) -> None:
    c = classify(clf, "Sunny shared a song by Paul Kim on her Instagram story on Friday.")
    got = pair(c, "sunny", "paul-kim")
    assert got is None or "collab" not in got.types


def test_a_quote_of_several_sentences_names_someone_for_the_speaker_named_after_it(clf: Classifier) -> None:
    body = (
        "TWS held a showcase in Seoul on Monday. \"Thank you, Woozi sunbaenim, for trusting us with this song. "
        "We will work hard,\" Shinyu said."
    )
    got = pair(classify(clf, body), "shinyu", "woozi")
    assert got is not None and got.types == ("mention",)


def test_a_quote_of_several_sentences_names_someone_for_the_speaker_named_before_it(clf: Classifier) -> None:
    body = "Jungkook said: \"We grew up on the same stages. Taeyang is the first one I call after every comeback.\""
    got = pair(classify(clf, body), "jungkook", "taeyang")
    assert got is not None and "mention" in got.types


def test_a_new_paragraph_after_a_closed_quote_names_no_speaker_of_it(clf: Classifier) -> None:
    body = (
        "\"We met as trainees. Whenever IVE has a comeback, I watch every stage.\"\n\n"
        "Jungkook joked that the studio had gone quiet."
    )
    assert pair(classify(clf, body), "jungkook", "ive") is None


def test_i_in_a_quote_is_its_speaker_so_a_cue_inside_has_an_actor(clf: Classifier) -> None:
    body = "\"I texted Jimin on Tuesday. It is now Thursday,\" BTS' Jungkook wrote on Weverse."
    got = pair(classify(clf, body), "jungkook", "jimin")
    assert got is not None and "message" in got.types


def test_a_co_writer_of_an_artists_single_collaborated_with_them(clf: Classifier) -> None:
    body = "Charlie Puth toured Asia in May. He was one of the co-writers of BTS' 2022 single 'Left and Right'."
    got = pair(classify(clf, body), "charlie-puth", "bts")
    assert got is not None and got.types == ("collab",)


def test_a_group_that_uploaded_a_clip_owns_the_post_a_later_like_goes_to(clf: Classifier) -> None:
    body = (
        "When NewJeans uploaded a clip of the stage to Instagram on Monday, Minji was the first to comment. "
        "Fans loved it. Taeyeon kept it simpler and just liked the post."
    )
    got = pair(classify(clf, body), "taeyeon", "newjeans")
    assert got is not None and got.types == ("like",)


def test_an_award_division_that_features_nominees_pairs_nobody(clf: Classifier) -> None:
    body = "The Album division features TWICE, SEVENTEEN, ITZY and aespa, several of whom released two records."
    assert classify(clf, body).interactions == ()


def test_following_a_song_with_another_in_a_set_is_no_follow(clf: Classifier) -> None:
    body = "Taemin opened with his own hit. He followed it with a rendition of EXO's 'Growl' for the encore."
    got = pair(classify(clf, body), "taemin", "exo")
    assert got is None or "follow" not in got.types


def test_friends_who_got_together_again_all_met(clf: Classifier) -> None:
    c = classify(clf, "Lee Kwang-soo, Kim Woo-bin and D.O. got together again on Saturday night.")
    for a, b in (("lee-kwang-soo", "kim-woo-bin"), ("kim-woo-bin", "d-o"), ("lee-kwang-soo", "d-o")):
        got = pair(c, a, b)
        assert got is not None and "meet" in got.types


def test_a_part_played_by_another_actor_in_the_same_scene_is_a_collaboration(clf: Classifier) -> None:
    body = "Suzy played a chef who tries to impress a food critic played by Nam Joo-hyuk."
    got = pair(classify(clf, body), "suzy", "nam-joo-hyuk")
    assert got is not None and got.types == ("collab",)


def test_the_two_leads_of_a_series_collaborated(clf: Classifier) -> None:
    body = "The office romance led by Kim Seon-ho and Go Youn-jung topped the chart again."
    got = pair(classify(clf, body), "kim-seon-ho", "go-youn-jung")
    assert got is not None and got.types == ("collab",)


def test_sharing_a_scene_with_another_actor_is_a_collaboration(clf: Classifier) -> None:
    body = "Cha Eun-woo appears in the finale, sharing a tense courtroom scene with Kim Go-eun."
    got = pair(classify(clf, body), "cha-eun-woo", "kim-go-eun")
    assert got is not None and got.types == ("collab",)


def test_trading_verses_is_a_joint_performance(clf: Classifier) -> None:
    c = classify(clf, "Later in the set, Taeyeon traded verses with Paul Kim on a ballad.")
    got = pair(c, "taeyeon", "paul-kim")
    assert got is not None and got.types == ("collab",)


def test_a_credit_line_with_ft_pairs_the_guest_with_the_artist(clf: Classifier) -> None:
    got = pair(classify(clf, "The playlist opens with Epik High ft. IU, a pairing fans still love."), "epik-high", "iu")
    assert got is not None and got.types == ("collab",)


def test_a_routine_choreographed_for_an_artist_by_a_choreographer_is_their_collaboration(clf: Classifier) -> None:
    got = pair(classify(clf, "The single was choreographed for Taemin by Bada Lee."), "taemin", "bada-lee")
    assert got is not None and "collab" in got.types


def test_an_ampersand_joint_song_is_a_collaboration(clf: Classifier) -> None:
    got = pair(classify(clf, "Jungkook & Latto's 'Seven' re-entered the chart."), "jungkook", "latto")
    assert got is not None and got.types == ("collab",)


def test_a_like_left_on_it_goes_to_the_clip_just_described(clf: Classifier) -> None:
    body = (
        "After the show, Jimin uploaded a short clip of the encore to his feed. "
        "BIGBANG's Taeyang was among the first to leave a like on it."
    )
    got = pair(classify(clf, body), "taeyang", "jimin")
    assert got is not None and got.types == ("like",)


def test_two_works_in_one_sentence_keep_their_own_credits(clf: Classifier) -> None:
    body = (
        "j-hope released 'Sweet Dreams' featuring Miguel, and Jin's single 'The Astronaut' was co-written "
        "with Coldplay."
    )
    c = classify(clf, body)
    assert pair(c, "j-hope", "miguel") is not None and pair(c, "jin", "coldplay") is not None
    assert pair(c, "j-hope", "jin") is None and pair(c, "miguel", "coldplay") is None


def test_a_quoted_title_before_features_is_a_work(clf: Classifier) -> None:
    got = pair(classify(clf, "Jungkook's 'Seven' features Latto."), "jungkook", "latto")
    assert got is not None and got.types == ("collab",)


def test_fans_loving_a_comment_is_not_a_mention(clf: Classifier) -> None:
    got = pair(classify(clf, "Fans loved Jungkook's comment on Jimin's video."), "jungkook", "jimin")
    assert got is not None and got.types == ("comment",)


def test_a_denied_meeting_is_not_an_interaction(clf: Classifier) -> None:
    body = "The agency denied that Jungkook and Jennie had met privately in Paris last month."
    assert pair(classify(clf, body), "jungkook", "jennie") is None


def test_performing_choreography_created_by_someone_is_a_challenge(clf: Classifier) -> None:
    body = "aespa's Karina performed the viral choreography created by dancer Bada Lee on TikTok."
    got = pair(classify(clf, body), "karina", "bada-lee")
    assert got is not None and "challenge" in got.types


def test_reached_out_is_a_message(clf: Classifier) -> None:
    got = pair(classify(clf, "Karina reached out to Winter after the show."), "karina", "winter")
    assert got is not None and got.types == ("message",)


def test_an_act_whose_subject_is_the_fans_is_no_interaction_type(clf: Classifier) -> None:
    body = "Wonyoung and Jennie posted a dance challenge on TikTok, and fans of both singers flooded the comments."
    got = pair(classify(clf, body), "wonyoung", "jennie")
    assert got is not None and "comment" not in got.types


def test_fans_as_an_object_do_not_hide_the_artists_act(clf: Classifier) -> None:
    got = pair(classify(clf, "Jungkook thanked fans and commented on Jennie's video."), "jungkook", "jennie")
    assert got is not None and "comment" in got.types


def test_a_performance_of_another_artists_hit_is_a_cover(clf: Classifier) -> None:
    body = "ITZY's Yeji gave a moving performance of BoA's classic hit on a music show."
    got = pair(classify(clf, body), "yeji", "boa")
    assert got is not None and got.types == ("cover",)


def test_holding_a_bouquet_is_no_gift_but_sending_one_is(clf: Classifier) -> None:
    held = "BTS' Jungkook was seen holding a bouquet next to BLACKPINK's Jennie."
    got = pair(classify(clf, held), "jungkook", "jennie")
    assert got is None or "gift" not in got.types
    sent = pair(classify(clf, "BTS' Jungkook sent a bouquet to BLACKPINK's Jennie."), "jungkook", "jennie")
    assert sent is not None and sent.types == ("gift",)


_LIST_BODY = (
    "Fans spotted many sweet cross-group moments this year. Here are our favourites. "
    "First, SEVENTEEN's Mingyu followed Stray Kids' Felix on Instagram. The post went viral. Fans were happy. "
    "Then SEVENTEEN's Hoshi liked a post by Stray Kids' Hyunjin. It was a quiet night. Fans noticed quickly. "
    "Finally, SEVENTEEN's Woozi sent a gift to Stray Kids' Bang Chan."
)


@pytest.mark.parametrize(
    "title",
    [
        "5 times SEVENTEEN and Stray Kids members showed love",
        "Top 10 K-pop idol moments of the year",
        "SEVENTEEN and Stray Kids members who are secretly close",
    ],
)
def test_a_listicle_title_without_a_pair_makes_every_listed_pair_headline(clf: Classifier, title: str) -> None:
    c = classify(clf, _LIST_BODY, title=title)
    assert c.interaction_story
    for a, b in (("mingyu", "felix"), ("hoshi", "hyunjin-stray-kids"), ("woozi", "bang-chan")):
        got = pair(c, a, b)
        assert got is not None and got.headline, (a, b)


def test_a_listicle_title_naming_one_pair_keeps_only_that_pair_headline(clf: Classifier) -> None:
    c = classify(clf, _LIST_BODY, title="Mingyu and Felix lead 5 cross-group moments")
    got = pair(c, "mingyu", "felix")
    other = pair(c, "woozi", "bang-chan")
    assert got is not None and got.headline
    assert other is not None and not other.headline


@pytest.mark.parametrize(
    "body",
    [
        "ASTRO's Cha Eun-woo revealed that he sent BTS' Jungkook a bottle of wine for his birthday.",
        "ASTRO's Cha Eun-woo gave BTS' Jungkook a birthday cake backstage.",
    ],
)
def test_handing_over_a_thing_is_a_gift(clf: Classifier, body: str) -> None:
    got = pair(classify(clf, body), "cha-eun-woo", "jungkook")
    assert got is not None and "gift" in got.types


def test_giving_a_performance_is_no_gift(clf: Classifier) -> None:
    body = "ASTRO's Cha Eun-woo gave a stunning performance of BTS' Jungkook's song."
    got = pair(classify(clf, body), "cha-eun-woo", "jungkook")
    assert got is None or "gift" not in got.types


# ------------------------------------------------------------------ group qualifiers around members
def test_a_group_naming_a_member_with_role_words_is_a_qualifier(clf: Classifier) -> None:
    body = "SEVENTEEN's performance leader Hoshi did the dance challenge with Stray Kids' Hyunjin."
    c = classify(clf, body)
    got = pair(c, "hoshi", "hyunjin-stray-kids")
    assert got is not None and "challenge" in got.types
    assert all("seventeen" not in (i.a, i.b) for i in c.interactions)


def test_members_joined_by_and_each_after_their_group_share_the_act(clf: Classifier) -> None:
    body = "TWICE's Nayeon and ITZY's Yeji covered Taeyeon's hit song on stage."
    c = classify(clf, body)
    for member in ("nayeon", "yeji"):
        got = pair(c, member, "taeyeon")
        assert got is not None and "cover" in got.types, member


def test_a_bandmate_named_after_the_group_is_the_member(clf: Classifier) -> None:
    body = "Doyoung uploaded a photo with NCT bandmate Jungwoo, who visited him backstage."
    got = pair(classify(clf, body), "doyoung-nct", "jungwoo-nct")
    assert got is not None and "meet" in got.types


# ------------------------------------------------------------------------------- meeting evidence
def test_a_self_composed_song_is_no_collaboration(clf: Classifier) -> None:
    body = "Seungkwan said he listens to Stray Kids' Han's self-composed tracks every day."
    assert pair(classify(clf, body), "seungkwan", "han-stray-kids") is None


def test_posting_a_selfie_is_no_meeting(clf: Classifier) -> None:
    body = "Jeonghan posted a blurry selfie on Weverse with the caption 'guess where', and Lee Know commented on it."
    got = pair(classify(clf, body), "jeonghan", "lee-know")
    assert got is not None and got.types == ("comment",)


def test_a_selfie_taken_with_others_pairs_everyone_in_it(clf: Classifier) -> None:
    body = "Sandara Park uploaded a selfie taken with fellow members CL and Minzy at a cafe."
    c = classify(clf, body)
    for a, b in (("dara", "cl"), ("dara", "minzy"), ("cl", "minzy")):
        got = pair(c, a, b)
        assert got is not None and got.types == ("meet",), (a, b)


def test_a_backstage_interview_is_no_meeting(clf: Classifier) -> None:
    body = "In a backstage interview, Nayeon said she had always loved Taeyeon's songs and covered one of them."
    got = pair(classify(clf, body), "nayeon", "taeyeon")
    assert got is not None and "meet" not in got.types


def test_going_backstage_is_a_meeting(clf: Classifier) -> None:
    body = "After the concert, Jimin went backstage to see Taemin."
    got = pair(classify(clf, body), "jimin", "taemin")
    assert got is not None and got.types == ("meet",)


# ---------------------------------------------------------------- social acts: likes, comments, praise
def test_fans_flooding_the_comments_is_no_artist_comment(clf: Classifier) -> None:
    body = "Nayeon and Yeji performed together at the festival, with ONCEs and MIDZYs flooding the comments."
    got = pair(classify(clf, body), "nayeon", "yeji")
    assert got is not None and "comment" not in got.types


def test_a_count_of_likes_is_no_like(clf: Classifier) -> None:
    body = "A photo of Felix and Jake talking together gathered thousands of likes on X."
    got = pair(classify(clf, body), "felix", "jake")
    assert got is None or "like" not in got.types


def test_a_negation_inside_a_relative_clause_leaves_the_main_act(clf: Classifier) -> None:
    body = "Park Bom, who was not in the photo, liked Sandara Park's post shortly after."
    got = pair(classify(clf, body), "bom", "dara")
    assert got is not None and got.types == ("like",)


@pytest.mark.parametrize(
    "body",
    [
        "TWICE's Jihyo likes ITZY's Yuna's new Instagram post.",
        "Fans spotted a like from TWICE's Jihyo on ITZY's Yuna's Instagram post.",
    ],
)
def test_present_tense_and_noun_likes_are_likes(clf: Classifier, body: str) -> None:
    got = pair(classify(clf, body), "jihyo-twice", "yuna-itzy")
    assert got is not None and got.types == ("like",)


@pytest.mark.parametrize(
    "body",
    [
        "Actor Byeon Woo-seok cheers on NCT's Doyoung at his solo concert.",
        "Actor Byeon Woo-seok showed his support for NCT's Doyoung on Instagram.",
        "TXT's Yeonjun has named Lauv as one of his musical inspirations.",
    ],
)
def test_cheering_supporting_and_naming_as_an_inspiration_are_mentions(clf: Classifier, body: str) -> None:
    c = classify(clf, body)
    got = next((i for i in c.interactions), None)
    assert got is not None and "mention" in got.types


def test_naming_a_thing_after_someone_is_no_mention_cue(clf: Classifier) -> None:
    body = "BTS' Jimin named his solo album after a song by IU as a tribute."
    assert pair(classify(clf, body), "jimin", "iu") is None


def test_being_named_in_the_passive_is_no_mention(clf: Classifier) -> None:
    body = "Jisoo was named as the new ambassador of the brand that Jennie left."
    got = pair(classify(clf, body), "jisoo-blackpink", "jennie")
    assert got is None or "mention" not in got.types


def test_replying_in_the_comments_is_a_comment(clf: Classifier) -> None:
    body = "IU thanked Park Bo-gum in an Instagram post. Park Bo-gum replied in the comments with a heart."
    got = pair(classify(clf, body), "iu", "park-bo-gum")
    assert got is not None and set(got.types) == {"mention", "comment"}


@pytest.mark.parametrize(
    "body",
    [
        "BTS' Jimin left a sweet message under TXT's Yeonjun's Weverse post.",
        "BTS' Jimin wrote 'so proud of you' under TXT's Yeonjun's Instagram post.",
        "BTS' Jimin responded to TXT's Yeonjun's comment with a heart.",
    ],
)
def test_words_under_a_post_or_answering_a_comment_are_a_comment(clf: Classifier, body: str) -> None:
    got = pair(classify(clf, body), "jimin", "yeonjun")
    assert got is not None and got.types == ("comment",)


def test_a_comment_left_under_a_post_is_the_commenters_act(clf: Classifier) -> None:
    body = (
        "Actor Park Hyung-sik posted photos from the drama set. "
        "Fellow actor Park Seo-joon left a comment under the post."
    )
    got = pair(classify(clf, body), "park-seo-joon", "park-hyung-sik")
    assert got is not None and got.types == ("comment",)
    assert got.directed and got.a == "park-seo-joon"


@pytest.mark.parametrize(
    "body",
    [
        "BTS' Jimin wished TXT's Yeonjun a happy birthday on Weverse.",
        "TXT's Yeonjun said in an interview that BTS' Jimin is his role model.",
    ],
)
def test_birthday_wishes_and_role_models_are_mentions(clf: Classifier, body: str) -> None:
    got = pair(classify(clf, body), "jimin", "yeonjun")
    assert got is not None and got.types == ("mention",)


@pytest.mark.parametrize("body", [
    "A representative for Sabrina Carpenter told a US outlet that the singer \"has no plans with ROSÉ this year.\"",
    "Sabrina Carpenter's representatives told a US outlet, \"She has no plans with ROSÉ this year.\"",
])
def test_a_representatives_words_are_not_the_artists_own(clf: Classifier, body: str) -> None:
    assert pair(classify(clf, body), "sabrina-carpenter", "rose") is None


def test_artists_named_in_the_quote_after_said_colon_are_the_speakers_mentions(clf: Classifier) -> None:
    body = ("TWS won a Bonsang at the ceremony. Shinyu turned toward the camera and said:\n\n"
            "\"I want to say thank you to our SEVENTEEN sunbaenims. And Hoshi sunbaenim, thank you for everything.\"")
    c = classify(clf, body)
    for other in ("seventeen", "hoshi"):
        got = pair(c, "shinyu", other)
        assert got is not None and got.types == ("mention",), other


def test_a_quote_after_netizens_commented_colon_is_nobodys_mention(clf: Classifier) -> None:
    body = ("TWS's Shinyu thanked the fans on stage. Netizens commented:\n\n"
            "\"SEVENTEEN must be so proud of him.\"")
    assert pair(classify(clf, body), "shinyu", "seventeen") is None


def test_the_quoted_words_of_a_comment_are_its_content_not_a_mention(clf: Classifier) -> None:
    body = ("aespa's Karina left a comment under Winter's selfie. She wrote:\n\n"
            "\"Winter, you look amazing today.\"")
    got = pair(classify(clf, body), "karina", "winter")
    assert got is not None and got.types == ("comment",)


def test_the_rest_of_a_cast_joining_a_drama_pairs_nobody(clf: Classifier) -> None:
    body = "Also joining the cast are Kim Seon-ho and Kim Tae-ri."
    assert pair(classify(clf, body), "kim-seon-ho", "kim-tae-ri") is None


def test_an_artists_side_responding_is_not_the_artist(clf: Classifier) -> None:
    body = "Kim Tae-ri's side also responded, saying, \"She has never met Kim Seon-ho.\""
    assert pair(classify(clf, body), "kim-tae-ri", "kim-seon-ho") is None


def test_a_pair_meeting_in_an_after_clause_met(clf: Classifier) -> None:
    body = "BIGBANG's Taeyang followed BABYMONSTER on Instagram. The follow came three weeks after Taeyang and " \
           "BABYMONSTER met backstage at a festival."
    got = pair(classify(clf, body), "taeyang", "babymonster")
    assert got is not None and "meet" in got.types


def test_one_person_arriving_the_day_after_is_only_a_point_in_time(clf: Classifier) -> None:
    body = "BLACKPINK's Jisoo attended the show on Monday, the day before Yeonjun arrived in Paris."
    assert pair(classify(clf, body), "jisoo-blackpink", "yeonjun") is None


def test_a_comment_right_after_someone_posted_is_on_that_post(clf: Classifier) -> None:
    body = ("Shortly after Ahn Hyo-seop posted stills from the music video on his Instagram, actress Kim Se-jeong "
            "stopped by the comments, writing, \"Can you bake now?\"")
    got = pair(classify(clf, body), "ahn-hyo-seop", "sejeong")
    assert got is not None and "comment" in got.types


def test_praise_told_to_fans_is_the_speakers_mention(clf: Classifier) -> None:
    body = 'During a live broadcast, BTS\' Jungkook told fans, "Cha Eun-woo is a good guy and kind to everyone."'
    got = pair(classify(clf, body), "jungkook", "cha-eun-woo")
    assert got is not None and got.types == ("mention",)


def test_a_quote_of_several_sentences_still_has_its_speaker(clf: Classifier) -> None:
    body = 'BTS\' Jungkook said, "Cha Eun-woo is seriously a good guy. He is kind to everyone."'
    got = pair(classify(clf, body), "jungkook", "cha-eun-woo")
    assert got is not None and got.types == ("mention",)


@pytest.mark.parametrize(
    "body", ["ITZY's Yeji said she has always looked up to Taeyeon.", "ITZY's Yeji admires Taeyeon's vocals."]
)
def test_looking_up_to_and_admiring_are_mentions(clf: Classifier, body: str) -> None:
    got = pair(classify(clf, body), "yeji", "taeyeon")
    assert got is not None and got.types == ("mention",)


def test_looking_up_to_see_someone_is_no_mention(clf: Classifier) -> None:
    assert pair(classify(clf, "ITZY's Yeji looked up to see Taeyeon on the stage."), "yeji", "taeyeon") is None


def test_a_text_from_someone_is_a_message(clf: Classifier) -> None:
    body = "IVE's Wonyoung revealed that she received a text from Girls' Generation's Taeyeon after her debut."
    got = pair(classify(clf, body), "wonyoung", "taeyeon")
    assert got is not None and got.types == ("message",)


def test_thanking_him_is_a_mention_of_the_person_just_named(clf: Classifier) -> None:
    body = "BIGBANG's Taeyang gave G-Dragon a birthday cake. G-Dragon thanked him on Instagram."
    got = pair(classify(clf, body), "taeyang", "g-dragon")
    assert got is not None and set(got.types) == {"gift", "mention"}


def test_texting_each_other_is_a_message(clf: Classifier) -> None:
    body = "BLACKPINK's Lisa revealed that she and Rosé still text each other every day."
    got = pair(classify(clf, body), "lisa", "rose")
    assert got is not None and got.types == ("message",)


def test_being_spotted_in_a_crowd_with_someone_is_a_meeting(clf: Classifier) -> None:
    body = "BTS' Jimin was spotted in the crowd with SHINee's Taemin at a festival."
    got = pair(classify(clf, body), "jimin", "taemin")
    assert got is not None and got.types == ("meet",)


@pytest.mark.parametrize(
    "body",
    [
        "BTS' Jimin showed love for TXT's Yeonjun's new single.",
        "BTS' Jimin gushed over TXT's Yeonjun's vocals.",
        "BTS' Jimin complimented TXT's Yeonjun on his dancing.",
        "BTS' Jimin expressed his gratitude to TXT's Yeonjun.",
        "BTS' Jimin reacted to TXT's Yeonjun's new teaser.",
        "BTS' Jimin sent love to TXT's Yeonjun on his birthday.",
        "BTS' Jimin celebrated TXT's Yeonjun's birthday on Weverse.",
        "BTS' Jimin promoted TXT's Yeonjun's new album on his Instagram story.",
        "BTS' Jimin hyped up TXT's Yeonjun's performance.",
        "BTS' Jimin called TXT's Yeonjun 'the best performer of his generation'.",
        "BTS' Jimin shared TXT's Yeonjun's post on his Instagram story.",
        "BTS' Jimin dedicated his award to TXT's Yeonjun.",
    ],
)
def test_public_praise_and_support_are_mentions(clf: Classifier, body: str) -> None:
    got = pair(classify(clf, body), "jimin", "yeonjun")
    assert got is not None and got.types == ("mention",)


def test_emojis_left_on_a_post_are_a_comment(clf: Classifier) -> None:
    got = pair(classify(clf, "BTS' Jimin left heart emojis on TXT's Yeonjun's post."), "jimin", "yeonjun")
    assert got is not None and got.types == ("comment",)


def test_exchanging_messages_is_a_message(clf: Classifier) -> None:
    body = "BTS' Jimin and TXT's Yeonjun exchanged messages on Instagram."
    got = pair(classify(clf, body), "jimin", "yeonjun")
    assert got is not None and got.types == ("message",)


def test_praise_inside_a_message_is_the_message(clf: Classifier) -> None:
    body = "In a message to TXT's Yeonjun, BTS' Jimin expressed his gratitude for the support."
    got = pair(classify(clf, body), "jimin", "yeonjun")
    assert got is not None and got.types == ("message",)


def test_reading_fans_comments_on_a_live_is_no_comment(clf: Classifier) -> None:
    body = "During his Weverse live, BTS' Jimin read comments and mentioned TXT's Yeonjun."
    got = pair(classify(clf, body), "jimin", "yeonjun")
    assert got is not None and got.types == ("mention",)


def test_sending_a_message_with_two_words_before_it_is_a_message(clf: Classifier) -> None:
    body = "BoA sends a touching message after ITZY's Yeji covered her song."
    got = pair(classify(clf, body), "boa", "yeji")
    assert got is not None and "message" in got.types


# ------------------------------------------------------------------------------ who "he" and "the two" are
def test_a_soloist_role_refers_to_the_soloist_not_the_idol(clf: Classifier) -> None:
    body = "TXT's Yeonjun covered a song by Lauv. The singer-songwriter later released a song featuring BTS."
    c = classify(clf, body)
    assert pair(c, "lauv", "bts") is not None
    assert pair(c, "yeonjun", "bts") is None


def test_the_singer_is_not_the_person_the_story_introduced_as_an_actor(clf: Classifier) -> None:
    body = ("BLACKPINK's Rosé released her first album in December. In its music video, actor Evan Mock plays her "
            "ex-boyfriend. The record also includes APT., the singer's smash collaboration with Bruno Mars.")
    c = classify(clf, body)
    assert pair(c, "rose", "bruno-mars") is not None
    assert pair(c, "evan-mock", "bruno-mars") is None


def test_a_pronoun_after_a_role_subject_is_that_same_person(clf: Classifier) -> None:
    body = "TXT's Yeonjun covered a song by Lauv. The singer-songwriter loves K-pop: he released a song featuring BTS."
    c = classify(clf, body)
    assert pair(c, "lauv", "bts") is not None
    assert pair(c, "yeonjun", "bts") is None


def test_the_two_in_a_sentence_naming_its_pair_adds_nobody(clf: Classifier) -> None:
    body = (
        "Stray Kids' Felix liked ENHYPEN's Jake's post. "
        "The two stars have interacted before: ENHYPEN's Jake once thanked Bang Chan on a show."
    )
    c = classify(clf, body)
    assert pair(c, "felix", "bang-chan") is None
    assert pair(c, "jake", "bang-chan") is not None


def test_the_two_opening_a_clause_are_its_one_person_and_the_other_named_just_before(clf: Classifier) -> None:
    body = (
        "Lee Young Ji was at the show as a fan. "
        "During the encore, ZICO pulled her up from the floor section, and the two sang a duet of his hit."
    )
    assert pair(classify(clf, body), "lee-young-ji", "zico") is not None


def test_the_two_opening_a_clause_after_two_other_people_adds_nobody(clf: Classifier) -> None:
    body = (
        "Leehan said that Seungkwan sends him voice notes. "
        "During the live broadcast, BOYNEXTDOOR's Taesan walked into the room, and the two ate ramyeon together."
    )
    c = classify(clf, body)
    assert pair(c, "taesan", "seungkwan") is None


def test_the_two_after_a_pronoun_and_one_name_are_the_pronouns_person_and_that_name(clf: Classifier) -> None:
    body = (
        "Rosé turned heads at Saint Laurent. IVE's Jang Wonyoung stunned at Miu Miu. "
        "Backstage, she ran into LE SSERAFIM's Sakura, and the two former IZ*ONE members took a selfie together."
    )
    c = classify(clf, body)
    assert pair(c, "wonyoung", "sakura") is not None
    assert pair(c, "rose", "sakura") is None and pair(c, "rose", "wonyoung") is None


def test_she_passes_over_the_last_subject_when_he_is_a_man(clf: Classifier) -> None:
    body = "BTS' Jungkook met IU at the awards show. Later that week, she sent a coffee truck to Jimin's film set."
    c = classify(clf, body)
    assert pair(c, "iu", "jimin") is not None
    assert pair(c, "jungkook", "jimin") is None


@pytest.mark.parametrize(("body", "owner", "guest"), [
    ("Winter picked the chorus of Small girl, Lee Young Ji's 2024 hit featuring EXO's D.O.", "lee-young-ji", "d-o"),
    ('Fans still love Zico\'s "Bermuda Triangle," which featured Crush.', "zico", "crush"),
    ("Fans still love Jungkook's new single, which features a verse by Latto.", "jungkook", "latto"),
])
def test_a_guest_featured_on_an_owners_work_collaborated_with_the_owner(
    clf: Classifier, body: str, owner: str, guest: str
) -> None:
    got = pair(classify(clf, body), owner, guest)
    assert got is not None and "collab" in got.types


def test_a_featured_guest_on_a_work_nobody_owns_here_pairs_nobody(clf: Classifier) -> None:
    assert classify(clf, 'Fans still love "Small girl," featuring EXO\'s D.O.').interactions == ()


def test_the_two_in_a_compound_word_refers_to_nobody(clf: Classifier) -> None:
    body = (
        "BoA and Jo Yu-ri shared the stage on Saturday. "
        "Earlier in the two-hour concert, Jo also sang a ballad version of Baek Ji-young's hit."
    )
    assert pair(classify(clf, body), "boa", "baek-ji-young") is None


def test_a_sub_unit_is_never_paired_with_its_parent_group_or_its_members(clf: Classifier) -> None:
    body = (
        "SEVENTEEN's Seungkwan released a solo single. In 2023, he teamed up with fellow members DK and Hoshi as "
        'the SEVENTEEN sub-unit BSS for the single "Fighting," featuring rapper Lee Young-ji.'
    )
    c = classify(clf, body)
    assert pair(c, "seungkwan", "lee-young-ji") is not None
    assert not {i.a for i in c.interactions} & {"bss", "seventeen"}
    assert not {i.b for i in c.interactions} & {"bss", "seventeen"}


def test_two_groups_one_named_member_belonged_to_are_her_career_not_a_collaboration(clf: Classifier) -> None:
    body = (
        "Sakura, who debuted in Japan with HKT48 and later promoted with IZ*ONE before joining LE SSERAFIM, "
        "is set to appear on a Japanese music show with a new collaboration."
    )
    assert pair(classify(clf, body), "hkt48", "le-sserafim") is None


def test_a_bands_frontman_is_the_party_and_his_band_the_qualifier(clf: Classifier) -> None:
    body = (
        "ENHYPEN and Ellie Goulding released a duet on Friday. "
        "The song was co-written and produced by OneRepublic frontman Ryan Tedder."
    )
    c = classify(clf, body)
    assert pair(c, "ryan-tedder", "enhypen") is not None and pair(c, "ryan-tedder", "ellie-goulding") is not None
    assert pair(c, "onerepublic", "enhypen") is None


def test_guests_the_project_features_collaborated_with_the_albums_owner(clf: Classifier) -> None:
    body = (
        "Lisa's first solo album \"Alter Ego\" came out in February. "
        "The project also features \"Born Again,\" a pop song with Doja Cat and RAYE."
    )
    c = classify(clf, body)
    assert pair(c, "lisa", "doja-cat") is not None and pair(c, "lisa", "raye") is not None


def test_an_albums_owner_named_before_a_relative_clause_still_owns_its_guests(clf: Classifier) -> None:
    body = (
        "Lisa, who left YG in 2023 and launched her own label, released her first solo album \"Alter Ego\" in "
        "February. The album includes \"New Woman\" featuring Rosalia and \"Born Again\" featuring Doja Cat."
    )
    c = classify(clf, body)
    assert pair(c, "lisa", "rosalia") is not None and pair(c, "lisa", "doja-cat") is not None
    assert pair(c, "rosalia", "doja-cat") is None


def test_two_artists_owning_one_quoted_song_collaborated(clf: Classifier) -> None:
    body = "Album of the Year went to aespa, while Song of the Year went to Jungkook and Latto's \"Seven\"."
    c = classify(clf, body)
    got = pair(c, "jungkook", "latto")
    assert got is not None and got.types == ("collab",)
    assert pair(c, "aespa", "jungkook") is None and pair(c, "aespa", "latto") is None


def test_two_artists_songs_listed_one_after_the_other_are_no_joint_work(clf: Classifier) -> None:
    body = "Fans streamed BTS's \"Dynamite\" and BLACKPINK's \"How You Like That\" all night."
    assert pair(classify(clf, body), "bts", "blackpink") is None


def test_her_collaboration_with_someone_is_the_collaboration_of_the_person_just_named(clf: Classifier) -> None:
    body = ("BLACKPINK's Lisa released her solo album Alter Ego in 2025. "
            "The album included New Woman, her collaboration with Spanish singer Rosalía.")
    got = pair(classify(clf, body), "lisa", "rosalia")
    assert got is not None and got.types == ("collab",)


def test_their_collaboration_after_a_named_subject_belongs_to_that_subject(clf: Classifier) -> None:
    body = ("ROSÉ praised the new song on Instagram. "
            "For BABYMONSTER, the remix marks their first collaboration with a Western producer.")
    got = pair(classify(clf, body), "babymonster", "rose")
    assert got is None or "collab" not in got.types


def test_a_release_that_followed_later_is_no_follow(clf: Classifier) -> None:
    body = ("BLACKPINK's Lisa made her acting debut in 2025. "
            "Her first solo album followed the same year and included a duet with Taeyang.")
    got = pair(classify(clf, body), "lisa", "taeyang")
    assert got is not None and got.types == ("collab",)


@pytest.mark.parametrize("body", [
    "Kim Jae Hwan opened the show with an acoustic rendition of \"My Name,\" while Ailee brought the house down "
    "with a big-band arrangement of \"Valenti.\"",
    "Kim Jae Hwan covered \"My Name\" and Ailee covered \"Valenti.\"",
])
def test_two_singers_each_covering_a_song_did_not_cover_each_other(clf: Classifier, body: str) -> None:
    assert pair(classify(clf, body), "jaehwan", "ailee") is None


def test_covering_the_other_singers_song_is_still_a_cover(clf: Classifier) -> None:
    got = pair(classify(clf, "Kim Jae Hwan covered Ailee's \"Heaven\" on the show."), "jaehwan", "ailee")
    assert got is not None and got.types == ("cover",)


def test_a_second_work_after_and_has_its_own_credits(clf: Classifier) -> None:
    body = (
        "IU starred alongside BTS' V in the music video for her single, "
        "and previously released 'Eight' featuring BTS' Suga."
    )
    c = classify(clf, body)
    assert pair(c, "iu", "v") is not None and pair(c, "iu", "suga") is not None
    assert pair(c, "v", "suga") is None


def test_doing_the_same_challenge_in_separate_videos_pairs_nobody(clf: Classifier) -> None:
    body = "MAMAMOO's Hwasa and singer Chungha filmed the dance challenge in separate videos."
    assert pair(classify(clf, body), "hwasa", "chungha") is None


def test_people_filmed_separately_with_one_partner_pair_only_with_that_partner(clf: Classifier) -> None:
    body = "Zico filmed the dance challenge with MAMAMOO's Hwasa and Moonbyul in separate videos."
    c = classify(clf, body)
    assert pair(c, "zico", "hwasa") is not None and pair(c, "zico", "moonbyul") is not None
    assert pair(c, "hwasa", "moonbyul") is None


def test_joining_someone_for_a_cover_is_a_joint_work_and_both_cover_the_song(clf: Classifier) -> None:
    body = "TXT's Beomgyu joined ENHYPEN's Jake for an acoustic cover of DAY6's Zombie in a studio."
    c = classify(clf, body)
    got = pair(c, "beomgyu", "jake")
    assert got is not None and got.types == ("collab",)
    for singer in ("beomgyu", "jake"):
        cov = pair(c, singer, "day6")
        assert cov is not None and cov.types == ("cover",), singer


def test_a_cover_uploaded_in_the_next_sentence_is_on_that_platform(clf: Classifier) -> None:
    body = "TXT's Beomgyu sang a cover of DAY6's Zombie in a studio. The video was uploaded to YouTube on Friday."
    got = pair(classify(clf, body), "beomgyu", "day6")
    assert got is not None and got.platform == "youtube"


def test_a_new_credit_on_the_track_joins_everyone_credited_before(clf: Classifier) -> None:
    body = "Zico produced BOYNEXTDOOR's new single. The track will also feature vocals from R&B singer Crush."
    c = classify(clf, body)
    for other in ("zico", "boynextdoor"):
        got = pair(c, "crush", other)
        assert got is not None and got.types == ("collab",), other


def test_a_music_video_cast_appears_with_the_song_owner_only(clf: Classifier) -> None:
    body = "Jungkook released Seven in collaboration with Latto. The music video features actress Han So-hee."
    c = classify(clf, body)
    assert pair(c, "jungkook", "han-so-hee") is not None
    assert pair(c, "latto", "han-so-hee") is None


# ------------------------------------------------------------------------------------- denied reports
def test_a_report_the_story_says_was_denied_makes_no_pair(clf: Classifier) -> None:
    title = "Taemin's agency denies reports of a duet with Lee Young-ji"
    body = (
        "On Monday, an outlet reported that Taemin and Lee Young-ji had recorded a collaboration track. "
        "His agency denied the report the next day."
    )
    c = clf.classify(title, body)
    assert pair(c, "taemin", "lee-young-ji") is None
    assert not c.interaction_story


def test_an_outlets_claim_without_that_is_a_report_a_denial_takes_back(clf: Classifier) -> None:
    title = "Agencies deny report of a second Zico and Crush collaboration"
    body = (
        "A report that Zico and Crush had recorded a new duet was shot down by both camps on Monday.\n\n"
        "That morning, an entertainment outlet claimed the two singers had finished a follow-up to their 2020 "
        "single, with Jay Park producing. \"The report is not true,\" Zico's agency said."
    )
    c = clf.classify(title, body)
    assert pair(c, "zico", "jay-park") is None and pair(c, "crush", "jay-park") is None


def test_a_report_nobody_denies_still_counts(clf: Classifier) -> None:
    body = "On Monday, an outlet reported that Taemin and Lee Young-ji had recorded a collaboration track."
    got = pair(classify(clf, body), "taemin", "lee-young-ji")
    assert got is not None and got.types == ("collab",)


# ----------------------------------------------------------------------------------- joint activities
def test_a_together_clause_shares_the_sentences_joint_activity(clf: Classifier) -> None:
    body = "Ryujin filmed the challenge with TXT's Beomgyu, while Yeji and Yuna shared their own version together."
    got = pair(classify(clf, body), "yeji", "yuna-itzy")
    assert got is not None and got.types == ("challenge",)


# ------------------------------------------------------------------------------------------ platforms
def test_a_challenge_clip_posted_in_the_next_sentence_is_on_that_platform(clf: Classifier) -> None:
    body = (
        "SEVENTEEN's Hoshi and Stray Kids' Hyunjin filmed a short dance challenge backstage at the concert. "
        "The clip, posted on TikTok, went viral."
    )
    got = pair(classify(clf, body), "hoshi", "hyunjin-stray-kids")
    assert got is not None and got.platform == "tiktok"


def test_a_generic_exchange_elsewhere_does_not_move_a_like(clf: Classifier) -> None:
    body = (
        "ENHYPEN's Jake posted photos from Sydney on Instagram. Stray Kids' Felix liked Jake's post. "
        "Fans shared the Instagram screenshots widely. The exchange between Felix and Jake also trended on X."
    )
    got = pair(classify(clf, body), "felix", "jake")
    assert got is not None and got.types == ("like",) and got.platform == "instagram"


def test_set_is_a_place_only_as_a_film_set() -> None:
    assert find_platforms("The group is set to return in May with a set of new songs.") == []
    assert [p for p, _at in find_platforms("They met on the set in Seoul.")] == ["in_person"]


def test_a_challenge_not_filmed_together_is_on_the_storys_video_platform(clf: Classifier) -> None:
    body = (
        "BTS' Jungkook did NewJeans' Super Shy dance challenge. He was in a great mood after his concert. "
        "The stadium was full. Fans loved it. His TikTok account gained many followers, and TikTok users shared it."
    )
    got = pair(classify(clf, body), "jungkook", "newjeans")
    assert got is not None and got.platform == "tiktok"


# ------------------------------------------------------------------------------------- fast paths
# The extractor narrows some scans for speed; each narrowed scan must find exactly what the full one does.
_SCAN_TEXTS = [
    "Jungkook takes on the Smoke dance challenge, and Jimin did the 'Seven' challenge with Mingyu.",
    "The choreographer thanked the dancer and TikToker KN; the content creator replied to the singer-songwriter.",
    "The famous and much-loved K-pop group star greeted the host. Challenge accepted, challenges done: challenge",
    "BTS' V watched the viral TikTok dance challenge challenge and the ghost host's show on Instagram.",
    "Lisa appeared on the MBC music show and posted an IG story on X (formerly Twitter) after the concert.",
    "정국이 챌린지 영상에 댓글을 남겼다 #SevenChallenge, then followed Jennie on tiktok.",
    "The agency said the account was hacked; the rumours were denied and the photo was photoshopped, not real.",
]


def test_windowed_scans_rely_on_these_pattern_shapes() -> None:
    # _role_refs allows five runs of whitespace ("the" + up to four words) before the role noun and
    # _song_challenge_matches four (three words and "dance"); a pattern allowing more words needs a wider window
    from bot import pairing as pr
    from bot import references as refs

    assert r"(?:the|The)\s+((?:[\w'’&.-]+\s+){0,4}?)(" in refs._ROLE_REF.pattern
    song = r"((?:[\w'’-]+\s+){0,2}[\w'’-]+)['\"’”]?\s+(?i:dance\s+)?(?i:challenge)"
    assert pr._SONG_CHALLENGE.pattern.startswith(song)


@pytest.mark.parametrize("text", _SCAN_TEXTS)
def test_windowed_scans_find_what_a_full_scan_finds(text: str) -> None:
    from bot import cues as cu
    from bot import pairing as pr
    from bot import references as refs

    def spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | Any, ...]]]:
        return [(m.span(), m.groups()) for m in matches]

    low = text.lower()
    roles = sorted(end - n + 1 for end, (bits, n) in cu._KEY_AUTOMATON.iter(low) if bits & cu._K_ROLE)
    assert spans(refs._role_refs(text, low, roles)) == spans(list(refs._ROLE_REF.finditer(text)))
    assert spans(pr._song_challenge_matches(text)) == spans(list(pr._SONG_CHALLENGE_SCAN.finditer(text)))
    cues, platforms, denials = cu._scan_story(text)
    assert (cues, platforms) == (find_cues(text), cu.find_platforms(text))
    assert denials is not None and sorted(denials) == sorted(cu._find_all(low, cu._DENIAL_KEYS))


# Some regexes run only where a sentence holds a word every match needs (speed). A rule change that gives such a
# pattern an alternative without one of those words must extend the word list too -- these tests say so.
def _literal_runs(seq: Any) -> list[str]:
    from re import _constants as sre  # type: ignore[attr-defined]

    runs: list[str] = []
    cur: list[str] = []
    for op, av in seq:
        if op is sre.LITERAL:
            cur.append(chr(av).lower())
        elif cur:
            runs.append("".join(cur))
            cur = []
    if cur:
        runs.append("".join(cur))
    return runs


def _needs_one_of(seq: Any, keys: tuple[str, ...]) -> bool:
    """Whether every match of a parsed pattern holds one of ``keys`` (lower-cased), judged conservatively."""
    from re import _constants as sre  # type: ignore[attr-defined]

    if any(k in run for run in _literal_runs(seq) for k in keys):
        return True
    for op, av in seq:
        if op is sre.SUBPATTERN and _needs_one_of(av[3], keys):
            return True
        if op is sre.BRANCH and all(_needs_one_of(alt, keys) for alt in av[1]):
            return True
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1 and _needs_one_of(av[2], keys):
            return True
    return False


def test_word_gated_patterns_cannot_match_without_their_words() -> None:
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    from bot import cue_filters as cf
    from bot import cues as cu
    from bot import interactions as ix
    from bot import pairing as pr
    from bot import references as refs

    gated = [
        (cf._CHART, cu._CHART_KEYS),
        (cf._CROWD_SUBJECT, cu._CROWD_KEYS),
        (refs._PAIR_REF_LEAD, cu._PAIR_KEYS),
        (refs._PAIR_REF, (*cu._PAIR_KEYS, "they")),  # "They" is checked as the sentence's opening word
        (ix._BACKGROUND, ix._BACKGROUND_KEYS),
        (pr._SONG_CREDIT, pr._CREDIT_KEYS),
        (cf._NOT_NEGATION, ("not",)),
        (cf._FANDOM_BEFORE, ("fans",)),
        (pr._SONG_CHALLENGE_SCAN, ("challenge",)),
    ]
    for rx, keys in gated:
        assert _needs_one_of(list(sre_parse.parse(rx.pattern)), keys), rx.pattern[:80]
    assert not _needs_one_of(list(sre_parse.parse(r"(?i:\bfoo|\bchart)")), ("chart",))


# ------------------------------------------------------------------------------ accuracy round 3
def test_a_stage_name_that_is_an_ordinary_word_does_not_make_a_cover_hypothetical(clf: Classifier) -> None:
    got = pair(classify(clf, "NCT WISH covered IU's 'Palette' at their concert in Busan."), "nct-wish", "iu")
    assert got is not None and got.types == ("cover",)


def test_a_medley_of_another_groups_songs_is_a_cover(clf: Classifier) -> None:
    got = pair(classify(clf, "TWICE sang a medley of BIGBANG's hits at the year-end show."), "twice", "bigbang")
    assert got is not None and got.types == ("cover",)


def test_a_reaction_in_a_new_clause_is_no_part_of_the_cover(clf: Classifier) -> None:
    body = "TWICE covered BIGBANG's 'Bang Bang Bang' at a festival, and Taeyang's reaction made fans smile."
    c = classify(clf, body)
    assert pair(c, "twice", "taeyang") is None
    assert pair(c, "twice", "bigbang") is not None


def test_honorable_mention_heads_a_list_item_and_is_no_shout_out(clf: Classifier) -> None:
    body = "Honorable mention: Stray Kids' Felix and ENHYPEN's Jake both wore red suits this week."
    assert pair(classify(clf, body), "felix", "jake") is None


def test_yet_to_interact_is_no_interaction(clf: Classifier) -> None:
    body = "Fans love Stray Kids' Felix and ENHYPEN's Jake, but the two have yet to interact in public."
    assert classify(clf, body).interactions == ()


def test_inviting_an_artist_as_a_guest_is_a_meeting(clf: Classifier) -> None:
    body = "Singer IU invited BTS' Suga as a guest for the newest episode of her talk show."
    got = pair(classify(clf, body), "iu", "suga")
    assert got is not None and "meet" in got.types


def test_a_series_that_followed_two_artists_is_their_joint_work_not_a_follow(clf: Classifier) -> None:
    body = "The variety series, which aired last spring, followed SEVENTEEN's Hoshi and Woozi on a trip to Jeju."
    got = pair(classify(clf, body), "hoshi", "woozi")
    assert got is not None and got.types == ("collab",)


def test_a_series_that_followed_one_artist_pairs_nobody_with_a_later_clause(clf: Classifier) -> None:
    body = "The documentary follows BTS' Suga across Europe, and IU watched the premiere."
    assert pair(classify(clf, body), "suga", "iu") is None


def test_joining_the_pair_meets_both_of_them(clf: Classifier) -> None:
    body = "SEVENTEEN's Hoshi and Woozi went to Jeju. Later Mingyu appeared, joining the pair for dinner by the sea."
    c = classify(clf, body)
    assert pair(c, "mingyu", "hoshi") is not None and pair(c, "mingyu", "woozi") is not None


def test_a_solo_challenge_to_a_groups_new_single_pairs_the_challenger_with_the_group(clf: Classifier) -> None:
    body = (
        "MAMAMOO's new single 'Silver Lining' came out last week. "
        "ENHYPEN's Jake posted his own version of the 'Silver Lining' challenge on TikTok."
    )
    got = pair(classify(clf, body), "jake", "mamamoo")
    assert got is not None and got.types == ("challenge",)


def test_a_challenge_with_a_member_of_the_songs_group_does_not_pair_the_partner_with_the_group(
    clf: Classifier,
) -> None:
    body = (
        "TWICE's new single 'Silver Lining' came out last week. "
        "TWICE's Momo and ENHYPEN's Jake posted the 'Silver Lining' challenge together on TikTok."
    )
    c = classify(clf, body)
    assert pair(c, "jake", "twice") is None
    assert pair(c, "jake", "momo") is not None


def test_a_cameo_in_the_duos_music_video_pairs_the_cameo_with_both_singers(clf: Classifier) -> None:
    body = (
        "IU released a new duet with BTS' Suga on Friday. "
        "Its music video has a short cameo from actor Park Bo-gum as a taxi driver."
    )
    c = classify(clf, body)
    assert pair(c, "park-bo-gum", "iu") is not None and pair(c, "park-bo-gum", "suga") is not None


def test_two_fans_of_a_live_flooding_it_with_comments_both_comment_on_its_owner(clf: Classifier) -> None:
    body = "TWICE's Momo and Sana flooded IU's Instagram live with comments on Sunday night."
    c = classify(clf, body)
    for who in ("momo", "sana"):
        got = pair(c, who, "iu")
        assert got is not None and got.types == ("comment",)


def test_a_handwritten_letter_is_a_message(clf: Classifier) -> None:
    got = pair(classify(clf, "BIGBANG's Taeyang surprised BTS' Jimin with a handwritten letter."), "taeyang", "jimin")
    assert got is not None and got.types == ("message",)


def test_captioning_a_photo_with_words_is_no_photo_together(clf: Classifier) -> None:
    body = "BTS' Jimin captioned the picture with a short 'thank you' and tagged BIGBANG's Taeyang."
    got = pair(classify(clf, body), "jimin", "taeyang")
    assert got is not None and "meet" not in got.types


def test_a_handwritten_note_to_fans_pairs_nobody(clf: Classifier) -> None:
    body = "BTS' Jimin came back on Monday, and BIGBANG's Taeyang thanked fans with a handwritten note."
    assert pair(classify(clf, body), "jimin", "taeyang") is None


def test_following_suit_with_a_gift_gives_it_to_the_same_person(clf: Classifier) -> None:
    body = "IU surprised actor Gong Yoo with a coffee truck. Actor Hyun Bin followed suit with a snack truck."
    got = pair(classify(clf, body), "hyun-bin", "gong-yoo")
    assert got is not None and got.types == ("gift",)


def test_follows_with_a_gift_is_no_account_follow(clf: Classifier) -> None:
    body = "IU delivers a coffee truck to actor Gong Yoo, and actor Hyun Bin follows with a snack truck."
    got = pair(classify(clf, body), "hyun-bin", "gong-yoo")
    assert got is not None and "follow" not in got.types


def test_a_title_act_with_a_generic_object_makes_headlines_of_the_artists_the_opening_names(
    clf: Classifier,
) -> None:
    body = (
        "Fans were surprised on Sunday. Stray Kids' Felix had quietly unfollowed his bandmates Han and Hyunjin, "
        "both of whom he had followed for years since 2018."
    )
    c = classify(clf, body, title="Stray Kids' Felix unfollows everyone on Instagram")
    for who in ("han-stray-kids", "hyunjin-stray-kids"):
        got = pair(c, "felix", who)
        assert got is not None and got.headline
    assert c.interaction_story


def test_singing_and_dancing_to_anothers_song_is_a_cover_not_a_challenge(clf: Classifier) -> None:
    body = "TWICE's Nayeon uploaded a video where she sang and danced to Dua Lipa's song 'Houdini'."
    got = pair(classify(clf, body), "nayeon", "dua-lipa")
    assert got is not None and got.types == ("cover",)


def test_fans_campaigning_for_a_collaboration_is_no_collaboration(clf: Classifier) -> None:
    body = "Many fans keep campaigning for a duet between IU and BTS' Jungkook."
    assert pair(classify(clf, body), "iu", "jungkook") is None


def test_writing_in_the_comments_is_a_comment_on_the_post_just_described(clf: Classifier) -> None:
    body = (
        "On Friday, ITZY's Yeji uploaded a TikTok dance video. "
        "BLACKPINK's Lisa showed up in the comments to say she loved it."
    )
    got = pair(classify(clf, body), "lisa", "yeji")
    assert got is not None and got.types == ("comment",)


def test_sharing_a_clip_of_the_cover_just_described_mentions_its_performer(clf: Classifier) -> None:
    body = (
        "TWICE covered BIGBANG's 'Fantastic Baby' at their concert on Saturday. "
        "Fans filmed the stage from every angle. "
        "BIGBANG's Taeyang shared a video of their stage on Instagram."
    )
    got = pair(classify(clf, body), "taeyang", "twice")
    assert got is not None and got.types == ("mention",)


def test_a_guest_appearance_in_an_episode_of_the_pairs_series_is_a_part_in_it(clf: Classifier) -> None:
    body = (
        "SEVENTEEN's Hoshi and Woozi travel across Jeju in the new season of their series. "
        "Mingyu turns up with a special appearance in an episode too, joining the two at a dinner."
    )
    c = classify(clf, body)
    for who in ("hoshi", "woozi"):
        got = pair(c, "mingyu", who)
        assert got is not None and "collab" in got.types


def test_a_workout_routine_is_no_dance_challenge(clf: Classifier) -> None:
    body = "BTS' Jungkook talked about his workout routine and praised TWS' Shinyu during his live."
    got = pair(classify(clf, body), "jungkook", "shinyu")
    assert got is not None and "challenge" not in got.types


def test_saying_hello_with_nobody_addressed_is_no_meeting(clf: Classifier) -> None:
    body = "IU went live on Instagram. She had just finished saying hello when BTS' Suga appeared in the comments."
    got = pair(classify(clf, body), "iu", "suga")
    assert got is not None and "meet" not in got.types


def test_answering_her_replies_to_the_artist_just_named(clf: Classifier) -> None:
    body = "TWICE's Sana left a comment on IU's live. IU answered her directly, laughing."
    got = pair(classify(clf, body), "iu", "sana")
    assert got is not None and "message" in got.types


def test_waving_at_the_camera_is_no_meeting(clf: Classifier) -> None:
    body = "TWICE's Sana left a comment on IU's live. IU just waved at her camera."
    got = pair(classify(clf, body), "iu", "sana")
    assert got is not None and "meet" not in got.types


def test_a_cameo_named_with_one_of_the_singers_still_pairs_with_both(clf: Classifier) -> None:
    body = (
        "IU released a new duet with BTS' Suga on Friday. "
        "The new music video includes a cameo by Suga's bandmate Jimin as a waiter."
    )
    c = classify(clf, body)
    assert pair(c, "jimin", "iu") is not None and pair(c, "jimin", "suga") is not None


def test_his_co_star_names_him_as_the_other_party(clf: Classifier) -> None:
    body = "Actor Park Bo-gum got a coffee truck on set. It came from IU, who was his co-star on a hit drama."
    got = pair(classify(clf, body), "iu", "park-bo-gum")
    assert got is not None and "collab" in got.types


def test_two_bandmates_commenting_in_parallel_both_comment_on_the_poster_not_each_other(clf: Classifier) -> None:
    body = "TWICE's Nayeon uploaded a dance video. Jeongyeon commented 'cute!!' while Momo added 'teach me.'"
    c = classify(clf, body)
    assert pair(c, "jeongyeon", "momo") is None
    for who in ("jeongyeon", "momo"):
        got = pair(c, who, "nayeon")
        assert got is not None and got.types == ("comment",)


def test_naming_the_other_by_a_role_word_as_a_role_model_is_a_mention(clf: Classifier) -> None:
    body = "ILLIT's Wonhee followed IU on Instagram, shortly after describing the vocalist as a role model."
    got = pair(classify(clf, body), "wonhee", "iu")
    assert got is not None and got.types == ("follow", "mention")


def test_no_record_of_an_act_means_it_did_not_happen(clf: Classifier) -> None:
    body = "Fans keep pairing Karina and Wonyoung, but there is no record of the two idols ever meeting in person."
    assert classify(clf, body).interactions == ()


def test_an_open_question_whether_a_collaboration_exists_is_no_collab(clf: Classifier) -> None:
    body = "Lisa and Rosé were both at the gala. Nobody has said whether a duet between Lisa and Rosé is planned."
    assert pair(classify(clf, body), "lisa", "rose") is None


def test_no_word_yet_on_a_collaboration_is_no_collab(clf: Classifier) -> None:
    body = "There is no word yet on a collaboration between Taeyeon and IU, the two vocalists said."
    assert classify(clf, body).interactions == ()


def test_a_host_joined_by_a_new_cast_is_a_roll_call(clf: Classifier) -> None:
    body = (
        "The producers said host Kang Ho-dong will come back for the new season, joined by actress Kim Go-eun, "
        "singer and actor Cha Eun-woo, and BTS' Jin."
    )
    assert classify(clf, body).interactions == ()


def test_a_feature_credited_to_a_group_stays_the_groups_when_members_join_a_stage(clf: Classifier) -> None:
    body = (
        "Lauv put out a new single featuring SEVENTEEN on Monday. "
        "At his concert on Friday, Lauv sang it live with Mingyu and Hoshi."
    )
    title = "Lauv drops a single featuring SEVENTEEN, brings out Mingyu and Hoshi on stage"
    got = pair(classify(clf, body, title), "lauv", "seventeen")
    assert got is not None and got.types == ("collab",)


def test_taking_on_another_artists_song_is_a_cover(clf: Classifier) -> None:
    got = pair(classify(clf, "At the festival, Jihyo took on BoA's 2002 hit with a live band."), "jihyo-twice", "boa")
    assert got is not None and got.types == ("cover",)


def test_going_with_another_artists_ballad_is_a_cover(clf: Classifier) -> None:
    got = pair(classify(clf, "Asked to pick a song, Karina went with IU's ballad and sang it live."), "karina", "iu")
    assert got is not None and got.types == ("cover",)


def test_the_owner_of_the_channel_a_clip_was_posted_to_is_not_the_performer(clf: Classifier) -> None:
    body = "In a video posted on TWICE's YouTube channel, Nayeon covered BoA's debut song."
    c = classify(clf, body)
    assert pair(c, "nayeon", "boa") is not None and pair(c, "twice", "boa") is None


def test_lending_a_place_to_another_artist_is_another_act(clf: Classifier) -> None:
    got = pair(classify(clf, "Zico lent his rehearsal room to Jihyo for a month last spring."), "zico", "jihyo-twice")
    assert got is not None and got.types == ("other",)


def test_handing_another_artist_the_keys_is_another_act(clf: Classifier) -> None:
    got = pair(classify(clf, "Zico handed Jihyo the keys to his practice room."), "zico", "jihyo-twice")
    assert got is not None and got.types == ("other",)


def test_lending_ones_voice_to_a_song_is_no_other_act(clf: Classifier) -> None:
    got = pair(classify(clf, "Zico lent his voice to Jihyo's new single, released on Friday."), "zico", "jihyo-twice")
    assert got is None or "other" not in got.types


def test_having_kind_words_for_another_artist_is_a_mention(clf: Classifier) -> None:
    got = pair(classify(clf, "Taeyeon had kind words for ITZY's Yeji after the show."), "taeyeon", "yeji")
    assert got is not None and got.types == ("mention",)


def test_calls_another_artist_a_quoted_compliment_is_a_mention(clf: Classifier) -> None:
    got = pair(classify(clf, "Taeyeon calls ITZY's Yeji 'a born performer' in a new interview."), "taeyeon", "yeji")
    assert got is not None and "mention" in got.types


def test_a_fan_campaign_asking_for_a_challenge_is_no_challenge(clf: Classifier) -> None:
    body = "Viewers have started a campaign asking Taeyeon to film the dance challenge with ITZY."
    assert pair(classify(clf, body), "taeyeon", "itzy") is None


def test_an_actor_the_music_video_stars_pairs_with_the_songs_artists(clf: Classifier) -> None:
    body = (
        "IU released a new single on Friday. The song was written and produced by Zico. "
        "It has a slow piano intro. Fans loved the bridge. "
        "The music video, shot on a rainy night, stars actor Park Bo-gum as a taxi driver."
    )
    c = classify(clf, body)
    assert pair(c, "park-bo-gum", "iu") is not None and pair(c, "park-bo-gum", "zico") is not None


def test_an_actor_who_stars_in_the_music_video_pairs_with_the_songs_artists(clf: Classifier) -> None:
    title = "IU releases single produced by Zico; Park Bo-gum stars in the music video"
    got = pair(classify(clf, "IU is back with a new song.", title), "park-bo-gum", "iu")
    assert got is not None and got.types == ("collab",)


def test_the_cake_an_artist_sent_is_a_gift(clf: Classifier) -> None:
    got = pair(classify(clf, "Park Bo-gum posted the huge cake IU sent to his drama set."), "park-bo-gum", "iu")
    assert got is not None and "gift" in got.types


def test_receiving_a_hamper_from_an_artist_is_a_gift(clf: Classifier) -> None:
    got = pair(classify(clf, "Park Bo-gum received a lovely hamper from IU on Monday."), "park-bo-gum", "iu")
    assert got is not None and "gift" in got.types


def test_two_artists_sharing_a_selfie_met(clf: Classifier) -> None:
    got = pair(classify(clf, "Taeyeon and Jennie share a rare selfie from the awards night."), "taeyeon", "jennie")
    assert got is not None and got.types == ("meet",)


def test_chatting_then_swapping_phone_numbers_is_a_meeting(clf: Classifier) -> None:
    body = "Backstage at the festival, Taeyeon and Jennie chatted for an hour and swapped phone numbers."
    got = pair(classify(clf, body), "taeyeon", "jennie")
    assert got is not None and "meet" in got.types and "message" not in got.types


def test_members_brought_on_stage_by_an_outsider_are_no_headline_pair_of_their_own(clf: Classifier) -> None:
    title = "Lauv brings out SEVENTEEN's Mingyu and Hoshi for a duet at his Seoul concert"
    body = "Mingyu and Hoshi joined Lauv on stage for a duet at his Seoul concert on Sunday."
    got = pair(classify(clf, body, title), "mingyu", "hoshi")
    assert got is not None and not got.headline


def test_members_who_lead_the_title_keep_their_own_headline_pair(clf: Classifier) -> None:
    title = "SEVENTEEN's Mingyu and Hoshi sing Lauv's hit together at a concert"
    body = "Mingyu and Hoshi sang Lauv's hit together at a concert on Sunday."
    got = pair(classify(clf, body, title), "mingyu", "hoshi")
    assert got is not None and got.headline


def test_crediting_another_artist_for_a_move_is_a_mention(clf: Classifier) -> None:
    got = pair(classify(clf, "In her caption, Sunmi credited Yeji for the spin at the end."), "sunmi", "yeji")
    assert got is not None and got.types == ("mention",)


def test_a_fans_message_thanking_an_artist_is_no_artists_mention(clf: Classifier) -> None:
    body = "Yeji left a comment on Ryujin's clip. Ryujin later pinned a fan's message thanking Yeji for the laugh."
    got = pair(classify(clf, body), "yeji", "ryujin")
    assert got is not None and got.types == ("comment",)


def test_answering_underneath_a_comment_is_a_reply_message(clf: Classifier) -> None:
    body = "Taeyeon left a comment on Wendy's new cover. Wendy pinned it and answered underneath with a heart."
    got = pair(classify(clf, body), "taeyeon", "wendy")
    assert got is not None and "message" in got.types


def test_joined_by_another_artist_on_stage_at_a_season_finale_is_a_joint_stage(clf: Classifier) -> None:
    body = "At the season finale of the music show, Jungkook was joined by Jimin on stage for a duet."
    assert pair(classify(clf, body), "jungkook", "jimin") is not None


def test_choosing_another_artists_song_as_a_favourite_is_no_cover(clf: Classifier) -> None:
    got = pair(classify(clf, "Asked for her favourite, Karina chose IU's ballad from 2017."), "karina", "iu")
    assert got is None or "cover" not in got.types


def test_hosting_anothers_wedding_is_an_in_person_act(clf: Classifier) -> None:
    got = pair(classify(clf, "Comedian Jo Se-ho will host Nam Chang-hee's wedding next month."),
               "cho-sae-ho", "nam-chang-hee")
    assert got is not None and got.types == ("other",) and got.platform == "in_person"


def test_officiating_the_wedding_of_another_pairs_them(clf: Classifier) -> None:
    got = pair(classify(clf, "BTS' Jin officiated the wedding of Kim Gu-ra in May."), "jin", "kim-gu-ra")
    assert got is not None and "other" in got.types


def test_a_wedding_mentioned_beside_an_unrelated_show_pairs_nobody(clf: Classifier) -> None:
    body = "Jang Do-yeon plans a June wedding; Kim Gu-ra, who hosted a show in 2019, was not asked about it."
    assert classify(clf, body).interactions == ()


@pytest.mark.parametrize(
    ("body", "a", "b", "expected"),
    [
        ("Hyunjin surprised Felix with a birthday cake after rehearsal.", "hyunjin-stray-kids", "felix", "gift"),
        ("Wendy said she had received advice from Taeyeon before her solo debut.", "wendy", "taeyeon", "message"),
        ("Mingyu and Wonwoo are set to release a unit single together in March.", "mingyu", "wonwoo", "collab"),
        ("NewJeans' Hanni dueted Minji's TikTok with a harmony of her own.", "hanni", "minji-newjeans", "collab"),
        ("Jin wrote on Weverse that he misses Jungkook.", "jin", "jungkook", "mention"),
        ("Beomgyu posted a clip of Yeonjun dozing on the tour bus.", "beomgyu", "yeonjun", "mention"),
    ],
)
def test_everyday_phrasings_of_each_act(clf: Classifier, body: str, a: str, b: str, expected: str) -> None:
    got = pair(classify(clf, body), a, b)
    assert got is not None and expected in got.types


def test_a_guest_on_anothers_concert_stage_is_an_in_person_collab(clf: Classifier) -> None:
    body = "Jackson Wang made a surprise appearance at BamBam's Bangkok concert, joining him on stage for a song."
    got = pair(classify(clf, body), "jackson-wang", "bambam")
    assert got is not None and got.types == ("collab",) and got.platform == "in_person"


def test_a_reaction_video_of_an_interaction_is_not_a_mention(clf: Classifier) -> None:
    body = "Heon Seo shared a reaction video of his exchange with Jungkook, who had liked his clip."
    got = pair(classify(clf, body), "heon-seo", "jungkook")
    assert got is not None and "mention" not in got.types


@pytest.mark.parametrize(
    ("body", "a", "b", "expected"),
    [
        ("TWICE's Jihyo and DAY6's Young K have joined forces for a drama ballad.", "jihyo-twice", "young-k", "collab"),
        ("It is the first time Jihyo and Young K have recorded together.", "jihyo-twice", "young-k", "collab"),
        ("The drama, which stars Ahn Hyo-seop and Kim Go-eun as strangers, airs on Saturdays.",
         "ahn-hyo-seop", "kim-go-eun", "collab"),
        ("Ed Sheeran handed ZEROBASEONE's Zhang Hao a signed vinyl backstage.", "ed-sheeran", "zhang-hao", "gift"),
    ],
)
def test_more_everyday_phrasings_of_each_act(clf: Classifier, body: str, a: str, b: str, expected: str) -> None:
    got = pair(classify(clf, body), a, b)
    assert got is not None and expected in got.types


def test_a_text_received_from_another_in_the_title_is_a_message(clf: Classifier) -> None:
    got = pair(clf.classify("Stray Kids' Felix Shows Off The Text He Got From Girls' Generation's Taeyeon",
                            "Felix posted a screenshot for fans."), "felix", "taeyeon")
    assert got is not None and got.types == ("message",)


def test_the_group_refers_back_to_the_group_named_just_before(clf: Classifier) -> None:
    body = "The morning after BABYMONSTER's Coachella set, Sabrina Carpenter praised the group on X."
    got = pair(classify(clf, body), "sabrina-carpenter", "babymonster")
    assert got is not None and got.types == ("mention",)


def test_the_group_of_a_member_is_not_another_party(clf: Classifier) -> None:
    body = "Stray Kids topped the chart. Felix thanked the group's staff in a post."
    assert classify(clf, body).interactions == ()


def test_doing_the_dance_to_a_duet_pairs_the_dancer_with_both_singers_as_a_challenge(clf: Classifier) -> None:
    body = "In a TikTok, Benson Boone tries the viral dance to Rosé and Bruno Mars' duet in a hotel hallway."
    c = classify(clf, body)
    for singer in ("rose", "bruno-mars"):
        got = pair(c, "benson-boone", singer)
        assert got is not None and got.types == ("challenge",), singer


def test_two_artists_owning_one_duet_are_a_collab(clf: Classifier) -> None:
    got = pair(classify(clf, "Jimin and Jungkook's duet topped the chart again."), "jimin", "jungkook")
    assert got is not None and got.types == ("collab",)


def test_fans_in_the_comments_are_not_the_artists_commenting(clf: Classifier) -> None:
    body = "Neither Rosé nor Bruno Mars had responded, though fans in the comments begged for a joint stage."
    assert classify(clf, body).interactions == ()


def test_seen_together_is_a_meeting(clf: Classifier) -> None:
    got = pair(classify(clf, "Tyler, The Creator and Jennie were seen together at the after-party."),
               "tyler-the-creator", "jennie")
    assert got is not None and got.types == ("meet",)


def test_a_composer_named_by_his_title_is_no_collaboration(clf: Classifier) -> None:
    body = "Lee Young-ji grew up with music, her uncle being the veteran composer Yoon Sang, but she writes alone."
    assert classify(clf, body).interactions == ()


def test_dressing_up_as_anothers_character_is_an_act_aimed_at_them(clf: Classifier) -> None:
    body = "On a variety show, SEVENTEEN's Seungkwan arrived dressed as IU's character from her latest drama."
    got = pair(classify(clf, body), "seungkwan", "iu")
    assert got is not None and got.types == ("other",)


def test_an_artists_quoted_praise_with_the_speaker_named_after_the_quote_is_a_mention(clf: Classifier) -> None:
    body = "ENHYPEN's Ni-ki joined the video. \"Ni-ki did it better than me,\" Yeonjun wrote in the caption."
    got = pair(classify(clf, body), "yeonjun", "ni-ki")
    assert got is not None and got.types == ("mention",)


def test_fans_quoted_under_an_artists_post_are_not_an_interaction(clf: Classifier) -> None:
    assert classify(clf, "\"Jimin is the best,\" fans wrote under Jungkook's post.").interactions == ()


@pytest.mark.parametrize(
    ("title", "body", "a", "b", "expected"),
    [
        ("BTS's V lends his voice to friend Park Seo-joon's new drama", "The song is out on Friday.",
         "v", "park-seo-joon", "collab"),
        ("Dino, Wooyoung and Lee Know unite for a one-off dance stage", "The three rehearsed for weeks.",
         "dino", "lee-know", "collab"),
        ("Chungha on the best advice Sunmi ever gave her", "We caught up with her over a video call.",
         "chungha", "sunmi", "message"),
    ],
)
def test_headline_phrasings_of_each_act(clf: Classifier, title: str, body: str, a: str, b: str, expected: str) -> None:
    got = pair(clf.classify(title, body), a, b)
    assert got is not None and expected in got.types


def test_a_groups_title_collab_stays_with_the_group_when_a_member_only_thanks_the_producer(clf: Classifier) -> None:
    title = "TWS drops a teaser for its Woozi-produced title track"
    body = "TWS's Shinyu thanked Woozi on Weverse for the song."
    c = clf.classify(title, body)
    group = pair(c, "tws", "woozi")
    member = pair(c, "shinyu", "woozi")
    assert group is not None and group.types == ("collab",)
    assert member is not None and "collab" not in member.types


def test_everyone_featured_in_one_challenge_video_did_it_together(clf: Classifier) -> None:
    body = "Ryujin posted a challenge video on TikTok featuring KISS OF LIFE's Natty and LE SSERAFIM's Kazuha."
    c = classify(clf, body)
    for a, b in (("ryujin", "natty"), ("ryujin", "kazuha"), ("natty", "kazuha")):
        got = pair(c, a, b)
        assert got is not None and got.types == ("challenge",), (a, b)


def test_recruiting_others_for_a_challenge_pairs_them_all(clf: Classifier) -> None:
    c = clf.classify("ITZY's Ryujin recruits Natty and Kazuha for the 'Wildfire' challenge", "It is out now.")
    assert pair(c, "ryujin", "natty") is not None and pair(c, "natty", "kazuha") is not None


def test_challenges_done_with_several_people_in_turn_do_not_pair_those_people(clf: Classifier) -> None:
    body = "Jungkook has done the challenge with Karina, with Mingyu and with Felix, each in its own video."
    c = classify(clf, body)
    assert pair(c, "jungkook", "karina") is not None
    assert pair(c, "karina", "mingyu") is None


def test_a_hit_made_with_another_artist_is_a_collab(clf: Classifier) -> None:
    body = "\"Paper Moon\" is Rosé's first release since her global smash \"APT.\" with Bruno Mars."
    got = pair(classify(clf, body), "rose", "bruno-mars")
    assert got is not None and got.types == ("collab",)


def test_singling_out_another_artist_is_a_mention(clf: Classifier) -> None:
    got = pair(classify(clf, "Dua Lipa singled out aespa's Ningning for her high notes."), "dua-lipa", "ningning")
    assert got is not None and got.types == ("mention",)


def test_artists_that_followed_a_pioneer_did_not_follow_her_account(clf: Classifier) -> None:
    body = "BoA opened doors for the generation of SM artists that followed her, including Karina."
    assert classify(clf, body).interactions == ()


def test_a_groups_room_named_as_a_place_is_not_the_group_taking_part(clf: Classifier) -> None:
    assert classify(clf, "Karina liked a photo taken in IVE's waiting room.").interactions == ()


def test_visiting_a_groups_waiting_room_still_meets_the_group(clf: Classifier) -> None:
    got = pair(classify(clf, "Karina visited IVE's waiting room to greet the members."), "karina", "ive")
    assert got is not None and got.types == ("meet",)


def test_a_listicle_items_heading_names_the_pair_its_paragraph_calls_the_two(clf: Classifier) -> None:
    body = (
        "Here are the friendships that made the year warmer.\n\n"
        "1. MAMAMOO's Hwasa & Sunmi\n\n"
        "The two were caught sneaking into a photo booth together after a late-night dinner in Hongdae in "
        "March, and the strip went straight to Instagram.\n"
    )
    c = clf.classify("5 cross-group idol friendships of the year", body)
    assert {"mamamoo", "hwasa", "sunmi"} <= {a.id for a in c.artists}
    assert pair(c, "hwasa", "sunmi") is not None


def test_a_gift_sent_to_the_set_of_a_groups_shoot_goes_to_the_member_named(clf: Classifier) -> None:
    body = "Karina surprised her friend Yeji by sending a coffee truck to the set of ITZY's music video shoot."
    c = classify(clf, body)
    got = pair(c, "karina", "yeji")
    assert got is not None and "gift" in got.types
    assert pair(c, "karina", "itzy") is None


def test_gushing_about_anothers_track_is_a_mention(clf: Classifier) -> None:
    body = "During a live, Bang Chan played Hongjoong's solo track twice and couldn't stop gushing."
    got = pair(classify(clf, body), "bang-chan", "hongjoong")
    assert got is not None and got.types == ("mention",)


@pytest.mark.parametrize(
    ("body", "a", "b", "expected"),
    [
        ("BOYNEXTDOOR surprised viewers by recreating the choreography of BIGBANG's hit at the awards.",
         "boynextdoor", "bigbang", "cover"),
        ("Beomgyu slid into the comments of Jungwon's Weverse live again.", "beomgyu", "jungwon", "comment"),
        ("IVE paid tribute to 2NE1 in their acceptance speech.", "ive", "2ne1", "mention"),
    ],
)
def test_reporters_phrasings_of_each_act(clf: Classifier, body: str, a: str, b: str, expected: str) -> None:
    got = pair(classify(clf, body), a, b)
    assert got is not None and expected in got.types


def test_a_fan_made_duet_is_nothing_the_artists_did(clf: Classifier) -> None:
    body = "A fan-made \"duet\" between BLACKPINK's Rosé and Girls' Generation's Taeyeon is going viral."
    assert classify(clf, body).interactions == ()


def test_what_viewers_believed_the_pair_had_done_did_not_happen(clf: Classifier) -> None:
    body = "Many viewers admitted they believed Rosé and Taeyeon had actually recorded together."
    assert classify(clf, body).interactions == ()


def test_the_two_followed_by_a_thing_is_no_reference_to_the_pair(clf: Classifier) -> None:
    body = (
        "A creator stitched clips of Rosé and Taeyeon into one video. "
        "He said in the comments that the two keys were pitch-adjusted to match."
    )
    assert classify(clf, body).interactions == ()


def test_paying_tribute_on_an_awards_stage_is_a_cover_not_a_mention(clf: Classifier) -> None:
    c = clf.classify("BOYNEXTDOOR pay tribute to BIGBANG at the year-end awards", "Fans loved it.")
    got = pair(c, "boynextdoor", "bigbang")
    assert got is not None and got.types == ("cover",)


@pytest.mark.parametrize(
    "body",
    [
        "The cameras found Ni-ki in the crowd, who covered his face as Taemin sang on.",
        "Zico challenges Jay Park to a mock dance-off in the new music video's story.",
    ],
)
def test_other_senses_of_cue_words_are_no_such_act(clf: Classifier, body: str) -> None:
    assert all(not ({"cover", "challenge"} & set(i.types)) for i in classify(clf, body).interactions)


def test_a_song_penned_by_another_is_a_collab_and_a_penned_letter_a_message(clf: Classifier) -> None:
    c = clf.classify("SEVENTEEN's Woozi lends his pen to juniors TWS", "The fourth track was penned by Woozi.")
    got = pair(c, "woozi", "tws")
    assert got is not None and got.types == ("collab",)
    letter = pair(classify(clf, "Jimin penned a heartfelt letter to Jungkook."), "jimin", "jungkook")
    assert letter is not None and letter.types == ("message",)


@pytest.mark.parametrize(
    "body",
    ["Marshmello remixed ATEEZ's latest single.", "Marshmello has put his own spin on ATEEZ's latest single."],
)
def test_remixing_another_acts_song_is_a_collab(clf: Classifier, body: str) -> None:
    got = pair(classify(clf, body), "marshmello", "ateez")
    assert got is not None and got.types == ("collab",)


def test_a_common_word_name_owning_an_agency_or_album_is_the_artist(clf: Classifier) -> None:
    ids = {a.id for a in clf.classify("Album news", "On Monday, Crush's agency announced a new album.").artists}
    assert "crush" in ids


def test_an_act_owned_by_the_last_object_is_not_the_earlier_objects(clf: Classifier) -> None:
    c = clf.classify("G-Dragon follows ILLIT on TikTok after liking Wonhee's dance cover of 'POWER'", "Fans cheered.")
    group = pair(c, "g-dragon", "illit")
    assert group is not None and group.types == ("follow",)


def test_a_gift_sent_to_a_group_stays_with_the_group_when_a_member_only_says_thanks(clf: Classifier) -> None:
    c = clf.classify("SHINee's Key sends RIIZE a food truck", "RIIZE's Anton thanked Key on Weverse.")
    got = pair(c, "key", "riize")
    assert got is not None and "gift" in got.types


def test_whose_bandmate_someone_is_takes_no_part_and_a_liked_comment_is_a_like(clf: Classifier) -> None:
    c = classify(clf, "Fans noticed that Sunghoon's bandmate Jake had liked Hanbin's comment.")
    got = pair(c, "jake", "hanbin-zerobaseone")
    assert got is not None and got.types == ("like",)
    assert pair(c, "sunghoon", "hanbin-zerobaseone") is None


def test_the_group_in_a_later_sentence_is_not_a_chart_neighbour_named_before(clf: Classifier) -> None:
    body = (
        "Stray Kids topped the album chart again. SEVENTEEN's latest release debuted at No. 4 this week. "
        "As with the group's previous releases, the album was produced by the members Bang Chan, Changbin and Han."
    )
    c = classify(clf, body)
    assert not any("seventeen" in (i.a, i.b) for i in c.interactions)


def test_a_recruit_training_center_recruits_nobody(clf: Classifier) -> None:
    body = "The two will report to different camps, with Mingyu heading to Nonsan and DK to a recruit training center."
    assert classify(clf, body).interactions == ()


def test_a_groups_members_named_as_its_line_up_pair_nobody(clf: Classifier) -> None:
    body = "The four-member group, made up of Karina, Giselle, Winter and Ningning, released its new single today."
    assert classify(clf, body).interactions == ()


def test_a_fans_quote_cut_at_its_ellipsis_is_still_the_fans(clf: Classifier) -> None:
    body = "Park Bo-gum was also at the show. \"Lisa greeting him like an old friend... I am not okay,\" one fan wrote."
    assert classify(clf, body).interactions == ()


def test_a_place_each_visited_days_apart_is_no_meeting(clf: Classifier) -> None:
    body = "Posts pointed to a café in Lisbon that Jaehyun and Kim Yoo-jung had each visited a few days apart."
    assert classify(clf, body).interactions == ()


def test_a_band_named_before_its_frontman_is_only_his_qualifier(clf: Classifier) -> None:
    c = classify(clf, "The song was co-written and produced by OneRepublic frontman Ryan Tedder for ENHYPEN.")
    assert pair(c, "onerepublic", "ryan-tedder") is None
    assert pair(c, "enhypen", "ryan-tedder") is not None


def test_a_music_video_that_follows_members_is_no_follow(clf: Classifier) -> None:
    body = "It opens with Karina walking through rows of flowers and later follows Winter and Ningning as they dance."
    assert classify(clf, body).interactions == ()


def test_a_conversation_after_a_hug_is_part_of_the_meeting(clf: Classifier) -> None:
    body = "In Paris, BTS' V and BLACKPINK's Lisa shared a quick hug and then fell into an animated conversation."
    got = pair(classify(clf, body), "v", "lisa")
    assert got is not None and got.types == ("meet",)


def test_another_drama_made_with_an_actor_is_a_collab(clf: Classifier) -> None:
    body = "The series also stars Lee Dong-wook, marking his third drama with Yoo In-na."
    got = pair(classify(clf, body), "lee-dong-wook", "yoo-in-na")
    assert got is not None and got.types == ("collab",)


def test_a_festival_that_featured_performances_by_several_acts_pairs_none_of_them(clf: Classifier) -> None:
    body = "The festival also featured performances by aespa, IVE, BOYNEXTDOOR, TWS and ILLIT, among many others."
    assert classify(clf, body).interactions == ()


def test_a_member_acting_at_her_groups_own_concert_is_the_party(clf: Classifier) -> None:
    body = "During aespa's concert in Seoul, Winter surprised fans with an acoustic rendition of Younha's ballad."
    c = classify(clf, body)
    assert pair(c, "winter", "younha") is not None and pair(c, "aespa", "younha") is None


def test_a_yes_no_question_reports_nothing(clf: Classifier) -> None:
    c = clf.classify("Did ATEEZ's Wooyoung and Stray Kids' Changbin meet?", "Both were at the game on Sunday.")
    assert c.interactions == () and not c.interaction_story


def test_a_medley_of_two_acts_songs_pairs_neither_with_the_other(clf: Classifier) -> None:
    body = "One rookie boy group closed their set with a medley of H.O.T. and Sechs Kies classics."
    assert classify(clf, body).interactions == ()


def test_acts_that_also_sent_flowers_gave_them_to_the_same_receiver(clf: Classifier) -> None:
    c = clf.classify("TVXQ sends flowers to RIIZE's first dome concert",
                     "Labelmates aespa and NCT WISH also sent flower arrangements to the venue.")
    assert pair(c, "aespa", "riize") is not None and pair(c, "nct-wish", "riize") is not None
    assert pair(c, "aespa", "nct-wish") is None


def test_two_artists_exchanging_gifts_gave_each_other_gifts(clf: Classifier) -> None:
    got = pair(classify(clf, "Jimin and Jungkook exchanged gifts on Christmas."), "jimin", "jungkook")
    assert got is not None and "gift" in got.types


def test_debuting_as_a_member_alongside_the_others_pairs_nobody(clf: Classifier) -> None:
    body = "Wheein debuted as a member of MAMAMOO in 2014 alongside Solar, Moonbyul and Hwasa."
    assert classify(clf, body).interactions == ()


def test_fans_of_both_groups_are_no_interaction_between_them(clf: Classifier) -> None:
    assert classify(clf, "Fans of both LE SSERAFIM and Jannabi were overjoyed by the exchange.").interactions == ()


def test_an_agency_source_responding_is_no_message_between_the_artists(clf: Classifier) -> None:
    body = "A source from Crush's side responded that Crush and Lee Suhyun recently recorded a duet together."
    got = pair(classify(clf, body), "crush", "lee-suhyun")
    assert got is not None and got.types == ("collab",)


def test_sitting_down_for_a_conversation_is_meeting_in_person(clf: Classifier) -> None:
    body = "Jihyo and Lee Young-ji sat down for a long and very honest conversation about leadership."
    got = pair(classify(clf, body), "jihyo-twice", "lee-young-ji")
    assert got is not None and got.types == ("meet",)


def test_an_award_category_naming_an_ost_is_no_soundtrack_collab(clf: Classifier) -> None:
    body = "Lim Young-woong won the Popularity Award again, and Younha picked up Best OST for her drama song."
    assert classify(clf, body).interactions == ()


def test_a_photo_from_a_groups_fan_meeting_is_not_the_group_being_liked(clf: Classifier) -> None:
    body = "Kim Hye-yoon liked Anton's three latest posts, including a photo from RIIZE's year-end fan meeting."
    c = classify(clf, body)
    assert pair(c, "kim-hye-yoon", "anton") is not None and pair(c, "kim-hye-yoon", "riize") is None


def test_a_groups_line_up_named_once_does_not_take_over_the_groups_meeting(clf: Classifier) -> None:
    c = clf.classify(
        "Shawn Mendes met MONSTA X backstage in Los Angeles",
        "The six-piece group — Shownu, Minhyuk, Kihyun, Hyungwon, Joohoney and I.M — is on a U.S. tour.",
    )
    assert pair(c, "shawn-mendes", "monsta-x") is not None
    assert pair(c, "shawn-mendes", "shownu") is None


def test_a_line_up_opened_by_made_up_of_and_closed_by_an_oxford_and_takes_over_nobody(clf: Classifier) -> None:
    c = clf.classify(
        "Shawn Mendes met MONSTA X backstage in Los Angeles",
        "The group, made up of Shownu, Minhyuk, Kihyun, Hyungwon, Joohoney, and I.M, is on a U.S. tour.",
    )
    assert pair(c, "shawn-mendes", "monsta-x") is not None
    assert pair(c, "shawn-mendes", "shownu") is None and pair(c, "i-m", "shawn-mendes") is None


def test_chart_neighbours_named_alongside_each_other_pair_nobody(clf: Classifier) -> None:
    body = "SEVENTEEN and IVE rounded out the top 10 this week alongside soloist IU and rookie group KiiiKiii."
    assert classify(clf, body).interactions == ()


def test_following_at_a_chart_place_is_no_follow(clf: Classifier) -> None:
    body = "ENHYPEN came first, TXT followed at No. 2, and NCT 127's Doyoung took No. 3 with his solo album."
    assert classify(clf, body).interactions == ()


def test_an_album_that_features_a_number_of_tracks_has_no_guest(clf: Classifier) -> None:
    body = "Taeyeon and IU both return this month; the album features seven tracks and a ballad title song."
    assert classify(clf, body).interactions == ()


def test_a_groups_members_named_in_brackets_after_it_are_a_roll_call(clf: Classifier) -> None:
    body = "ITZY (Yeji, Lia, Ryujin, Chaeryeong and Yuna) kick off the month with a duet-filled mini album."
    assert classify(clf, body).interactions == ()


def test_a_groups_roll_call_in_brackets_does_not_take_over_the_groups_meeting(clf: Classifier) -> None:
    c = clf.classify(
        "Ed Sheeran met IVE backstage at a festival in Seoul",
        "IVE (Yujin, Gaeul, Rei, Wonyoung, Liz and Leeseo) closed the festival's first night.",
    )
    assert pair(c, "ed-sheeran", "ive") is not None
    assert pair(c, "ed-sheeran", "wonyoung") is None


def test_popping_into_someones_live_is_a_comment_in_its_chat(clf: Classifier) -> None:
    c = clf.classify("ENHYPEN's Jay pops into TXT's Beomgyu's Weverse live", "Fans loved the exchange.")
    got = pair(c, "jay-enhypen", "beomgyu")
    assert got is not None and got.types == ("comment",) and got.platform == "weverse"


def test_dropping_by_someones_concert_is_meeting_there(clf: Classifier) -> None:
    got = pair(classify(clf, "Jungkook dropped by Jimin's concert in Seoul on Sunday."), "jungkook", "jimin")
    assert got is not None and got.types == ("meet",)


def test_reaching_out_without_a_named_object_is_still_a_message(clf: Classifier) -> None:
    body = "BIBI revealed that GOT7's Jackson Wang was one of the first people to reach out after her show."
    got = pair(classify(clf, body), "bibi", "jackson-wang")
    assert got is not None and "message" in got.types


def test_reaching_out_to_the_public_is_no_message(clf: Classifier) -> None:
    body = "BIBI and GOT7's Jackson Wang both want to reach out to a wider audience in Europe next year."
    assert classify(clf, body).interactions == ()


def test_a_message_the_story_calls_fabricated_did_not_happen(clf: Classifier) -> None:
    c = clf.classify(
        "Agency says viral DM from Cha Eun-woo to KISS OF LIFE's Natty is fabricated",
        "A screenshot said to show a direct message from Cha Eun-woo to Natty was fabricated, his agency said.",
    )
    assert c.interactions == ()


def test_talking_about_doing_something_together_one_day_is_not_doing_it(clf: Classifier) -> None:
    body = "ENHYPEN's Jay and TXT's Beomgyu have been talking about recording a guitar cover together one day."
    assert classify(clf, body).interactions == ()


def test_a_pronoun_beside_the_two_it_belongs_to_brings_in_nobody_else(clf: Classifier) -> None:
    body = (
        "Red Velvet's Seulgi was in the crowd at TAEMIN's concert. "
        "Afterwards, she posted a backstage selfie of the two of them on Instagram. "
        "ZICO, meanwhile, toured Japan. ZICO played six cities, and ZICO's last show sold out."
    )
    c = classify(clf, body)
    assert pair(c, "seulgi-red-velvet", "zico") is None and pair(c, "taemin", "zico") is None


def test_being_spotted_in_the_crowd_at_someones_concert_is_meeting_there(clf: Classifier) -> None:
    body = "Red Velvet's Seulgi was spotted in the VIP section on the last night of TAEMIN's Seoul concerts."
    got = pair(classify(clf, body), "seulgi-red-velvet", "taemin")
    assert got is not None and got.types == ("meet",) and got.platform == "in_person"


def test_fans_in_the_crowd_at_a_concert_make_no_meeting(clf: Classifier) -> None:
    body = "Fans in the crowd at BLACKPINK's concert chanted Jungkook's name between songs."
    assert classify(clf, body).interactions == ()


def test_a_challenge_video_featuring_its_dancers_is_no_song_feature(clf: Classifier) -> None:
    body = "IVE's account posted a challenge video for the new single, featuring Wonyoung and Karina side by side."
    got = pair(classify(clf, body), "wonyoung", "karina")
    assert got is not None and got.types == ("challenge",)


def test_a_groups_retelling_of_its_members_title_challenge_goes_to_those_members(clf: Classifier) -> None:
    c = clf.classify(
        "BABYMONSTER's Ahyeon joins TWS's Shinyu and Dohoon for the 'Yellow Ribbon' challenge",
        "The song came out on Monday. It has topped the charts all week. The dance went viral overnight. "
        "Later, TWS's official TikTok account uploaded the challenge video, featuring Shinyu and Dohoon "
        "alongside Ahyeon.",
    )
    assert pair(c, "ahyeon", "shinyu") is not None and pair(c, "ahyeon", "dohoon") is not None
    assert pair(c, "ahyeon", "tws") is None


def test_a_group_role_after_a_member_subject_is_another_member(clf: Classifier) -> None:
    body = (
        "MAMAMOO's Hwasa has had a busy month: Hwasa toured Japan, and Hwasa released a single. "
        "Moonbyul's first musical also opened. Hwasa sent a snack truck to the hall, "
        "along with a banner featuring a cartoon of the MAMAMOO rapper in costume."
    )
    got = pair(classify(clf, body), "hwasa", "moonbyul")
    assert got is not None and "gift" in got.types


def test_an_artist_named_after_the_same_as_is_only_compared(clf: Classifier) -> None:
    body = "Jimin, born in the same year as Jungkook, liked the post within minutes."
    assert classify(clf, body).interactions == ()


def test_a_comment_on_a_groups_live_goes_to_the_members_hosting_it(clf: Classifier) -> None:
    body = "Seungkwan commented on BOYNEXTDOOR's Weverse live, where Taesan and Woonhak were cooking."
    c = classify(clf, body)
    assert pair(c, "seungkwan", "taesan") is not None and pair(c, "seungkwan", "woonhak") is not None
    assert pair(c, "seungkwan", "boynextdoor") is None


def test_thanking_a_fellow_musician_by_name_is_a_shout_out(clf: Classifier) -> None:
    body = "Lee Young-ji used part of her acceptance speech to thank fellow musician BIBI, who was not there."
    got = pair(classify(clf, body), "lee-young-ji", "bibi")
    assert got is not None and got.types == ("mention",) and got.directed and got.a == "lee-young-ji"


def test_giving_a_nod_to_someone_is_a_shout_out(clf: Classifier) -> None:
    got = pair(clf.classify("Lee Young-ji gives a nod to absent BIBI in her speech", "It was a big night."),
               "lee-young-ji", "bibi")
    assert got is not None and got.types == ("mention",)


def test_a_fan_theory_that_someone_unfollowed_is_no_unfollow(clf: Classifier) -> None:
    body = "Some fans circulated a theory claiming that Shuhua had quietly unfollowed Miyeon that week."
    assert classify(clf, body).interactions == ()


def test_a_drama_that_follows_a_character_is_no_follow(clf: Classifier) -> None:
    body = "The drama follows a rookie detective in a coastal town, and Lee Jae-wook and Go Min-si star."
    c = classify(clf, body)
    assert all("follow" not in i.types for i in c.interactions)


def test_two_groups_releasing_their_own_projects_the_same_day_made_nothing_together(clf: Classifier) -> None:
    body = "The two groups, ENHYPEN and Stray Kids, released their projects on the same day this week."
    assert classify(clf, body).interactions == ()


def test_double_tapping_a_post_is_a_like(clf: Classifier) -> None:
    got = pair(classify(clf, "Jungkook double-tapped Jimin's selfie within minutes."), "jungkook", "jimin")
    assert got is not None and got.types == ("like",) and got.a == "jungkook"


def test_being_released_from_the_army_is_no_release(clf: Classifier) -> None:
    body = (
        "NCT's Doyoung and Jaehyun enlisted in November. The two singers were released from separate bases "
        "on Monday morning."
    )
    assert classify(clf, body).interactions == ()


def test_each_pair_heading_of_a_friendship_listicle_is_an_interaction(clf: Classifier) -> None:
    body = (
        "Variety shows reveal the friendships fans never knew about.\n\n"
        "1. Heize & Paul Kim\n\n"
        "Heize said her phone buzzes at night with recordings of the ballad singer humming new melodies.\n\n"
        "2. Super Junior's Kyuhyun & Sung Si-kyung\n\n"
        "Kyuhyun said his senior once hid in the wardrobe of his dressing room for forty minutes to scare him.\n"
    )
    c = clf.classify("3 Surprising Celebrity Friendships That Came To Light This Year", body)
    first, second = pair(c, "heize", "paul-kim"), pair(c, "kyuhyun", "sung-si-kyung")
    assert first is not None and second is not None and first.headline and second.headline


def test_pair_headings_of_a_list_not_about_interactions_pair_nobody(clf: Classifier) -> None:
    body = (
        "Here are the returns we are waiting for.\n\n"
        "1. Taeyeon & IU\n\n"
        "Both soloists are preparing albums this spring, each with a new title track of her own.\n"
    )
    assert pair(clf.classify("10 Most Anticipated Comebacks of Spring", body), "taeyeon", "iu") is None


def test_a_guest_spot_on_someones_show_is_a_meeting_and_a_joint_episode(clf: Classifier) -> None:
    body = "BTS' Jin appeared as a guest on Kian84's YouTube show, where the two ran 10km along the river."
    got = pair(classify(clf, body), "jin", "kian84")
    assert got is not None and set(got.types) == {"meet", "collab"}


def test_a_title_denying_its_act_makes_no_headline_of_an_older_pair(clf: Classifier) -> None:
    c = clf.classify(
        "SHINee's Taemin's agency denies reports of duet with rapper Lee Young-ji",
        "The report is not true, the agency said. The two previously met when Taemin appeared as a guest on "
        "Lee Young-ji's YouTube talk show last year.",
    )
    assert not c.interaction_story


def test_voters_leaving_comments_about_two_idols_make_no_comment_between_them(clf: Classifier) -> None:
    body = "Several voters left comments saying Mingyu and D.O. should open a restaurant together one day."
    assert classify(clf, body).interactions == ()


def test_a_rumour_that_two_recorded_a_song_is_no_collaboration(clf: Classifier) -> None:
    body = "A rumor that singer WOODZ and rapper Lee Young-ji had secretly recorded a song together spread online."
    assert classify(clf, body).interactions == ()


def test_speculation_about_a_possible_joint_stage_is_no_collaboration(clf: Classifier) -> None:
    body = "Fans have started speculating about a possible joint stage between Jay Park and ZICO at the festival."
    assert classify(clf, body).interactions == ()


def test_no_collaboration_is_none(clf: Classifier) -> None:
    body = "Jay Park and ZICO both perform on Saturday, but the organizers said no special collaborations are planned."
    assert classify(clf, body).interactions == ()


def test_teaming_up_for_a_challenge_video_is_a_challenge(clf: Classifier) -> None:
    body = "ZEROBASEONE's Gyuvin teamed up with BOYNEXTDOOR's Leehan for a three-person challenge video."
    got = pair(classify(clf, body), "gyuvin", "leehan")
    assert got is not None and got.types == ("challenge",)


def test_praising_someones_vocals_by_name_is_a_shout_out_not_a_credit(clf: Classifier) -> None:
    body = "Lee Eun-mi used part of a radio interview to praise Yunjin's live vocals by name."
    got = pair(classify(clf, body), "lee-eun-mi", "yunjin")
    assert got is not None and got.types == ("mention",)


def test_a_surprise_appearance_in_someones_music_video_is_a_collab(clf: Classifier) -> None:
    got = pair(clf.classify("Byeon Woo-seok Makes Surprise Appearance In 10CM's New Music Video", "Fans loved it."),
               "byeon-woo-seok", "10cm")
    assert got is not None and "collab" in got.types


def test_a_surprise_appearance_in_a_live_chat_is_no_collab(clf: Classifier) -> None:
    body = "BTS's Jimin made a surprise appearance in the chat of TXT member Beomgyu's Weverse live on Monday."
    got = pair(classify(clf, body), "jimin", "beomgyu")
    assert got is None or "collab" not in got.types


def test_a_list_of_dance_challenges_pairs_everyone_each_heading_joins_as_a_challenge(clf: Classifier) -> None:
    body = (
        "These clips brought idols from different agencies together this year.\n\n"
        "2. TWICE's Momo x ENHYPEN's Jay and Jake\n\n"
        "The three uploaded the clip after one take, and the bloopers of the two boys went viral afterwards.\n\n"
        "1. BoA x Girls' Generation's Taeyeon\n\n"
        "The two seniors revived an old routine for an anniversary, and the video drew millions of views.\n"
    )
    c = clf.classify("4 dance challenges that brought idols together", body)
    for a, b in (("momo", "jay-enhypen"), ("momo", "jake"), ("jay-enhypen", "jake"), ("boa", "taeyeon")):
        got = pair(c, a, b)
        assert got is not None and "challenge" in got.types, (a, b)


def test_an_act_fans_begged_for_that_finally_happened_is_an_act(clf: Classifier) -> None:
    title = "aespa's Winter And IVE's An Yujin Finally Film The Dance Challenge Fans Have Been Begging For"
    got = pair(clf.classify(title, "The clip went up on Sunday."), "winter", "yujin-ive")
    assert got is not None and got.types == ("challenge",)


def test_an_act_fans_are_still_begging_for_did_not_happen(clf: Classifier) -> None:
    body = "Next up is the Jimin x Taeyang challenge fans have been begging for all year."
    assert pair(classify(clf, body), "jimin", "taeyang") is None


def test_a_producer_credited_on_the_track_a_few_sentences_on_works_with_both_singers(clf: Classifier) -> None:
    body = (
        "Crush and Heize will release their first duet single next week. "
        "It is a mid-tempo ballad about two people who keep missing each other on the last bus home. "
        "The track was produced by rapper-producer Gray, who also co-wrote the lyrics."
    )
    c = classify(clf, body)
    for singer in ("crush", "heize"):
        got = pair(c, "gray", singer)
        assert got is not None and "collab" in got.types, singer


def test_a_rapper_who_features_on_the_bridge_works_with_the_songs_artists(clf: Classifier) -> None:
    body = (
        "Jeon Somi will return next month with a new single written and produced by i-dle's Soyeon. "
        "The song will be released on Feb. 3. Rapper Jvcki Wai features on the bridge."
    )
    c = classify(clf, body)
    for artist in ("somi", "soyeon"):
        got = pair(c, "jvcki-wai", artist)
        assert got is not None and "collab" in got.types, artist


def test_a_bands_take_on_or_version_of_anothers_song_is_a_cover(clf: Classifier) -> None:
    for body in ("QWER won praise for their version of Paramore's 2007 classic 'Misery Business'.",
                 "Fans loved QWER's take on Paramore's 'Misery Business' at the festival."):
        got = pair(classify(clf, body), "qwer", "paramore")
        assert got is not None and got.types == ("cover",), body


def test_a_covered_groups_song_stays_the_groups_when_its_member_praises_the_cover(clf: Classifier) -> None:
    title = "QWER's take on Paramore's 'Misery Business' gets Hayley Williams' seal of approval"
    body = "Paramore frontwoman Hayley Williams shared a clip of the cover, writing: \"Ok QWER this rips.\""
    got = pair(clf.classify(title, body), "qwer", "paramore")
    assert got is not None and "cover" in got.types


def test_the_band_opening_a_sentence_is_the_group_the_story_is_about(clf: Classifier) -> None:
    body = (
        "QWER uploaded a live cover of the song on Monday, and QWER's drummer thanked fans for the views. "
        "The band have previously shared covers of songs by artists including Paramore and YOASOBI."
    )
    c = clf.classify("Olivia Rodrigo reacts to QWER's cover", body)
    for other in ("paramore", "yoasobi"):
        got = pair(c, "qwer", other)
        assert got is not None and "cover" in got.types, other


@pytest.mark.parametrize("text", ["Bandmate Julie also showed up in the comments to tease her.",
                                  "Winter jumped into the comments under the Kyoto post."])
def test_turning_up_in_the_comments_is_a_comment(text: str) -> None:
    assert "comment" in {kind for kind, _s, _e in find_cues(text)}


def test_comparisons_that_followed_a_group_are_no_follow(clf: Classifier) -> None:
    body = "Comparisons with 2NE1 have followed BABYMONSTER since their debut, and it is easy to see why."
    assert pair(classify(clf, body), "2ne1", "babymonster") is None


def test_what_a_screenshot_appeared_to_show_is_no_act(clf: Classifier) -> None:
    intro = "The agency of Zhang Hao spoke about Japanese singer-songwriter Aimyon. "
    shown = "A screenshot showed Zhang Hao sending a long message praising Aimyon's music."
    c = classify(clf, intro + shown)
    aimyon = next(a.id for a in c.artists if a.name == "Aimyon")  # in the roster, or provisional
    assert pair(c, "zhang-hao", aimyon) is not None
    seemed = shown.replace("showed", "appeared to show")
    assert pair(classify(clf, intro + seemed), "zhang-hao", aimyon) is None


def test_a_singer_spotting_an_actor_in_the_crowd_met_him(clf: Classifier) -> None:
    got = pair(classify(clf, "IU spots actor Byeon Woo-seok in the crowd at her encore concert."), "iu",
               "byeon-woo-seok")
    assert got is not None and "meet" in got.types


def test_the_two_playing_the_leads_of_a_drama_are_the_titles_pair_and_co_stars(clf: Classifier) -> None:
    title = "IU spots Byeon Woo-seok in the crowd and calls him out from the stage"
    body = ("Singer IU had a surprise for the audience at her concert on Sunday. "
            "The two actors play the leads in the upcoming drama 'Perfect Crown'.")
    got = pair(clf.classify(title, body), "iu", "byeon-woo-seok")
    assert got is not None and {"meet", "collab"} <= set(got.types)


def test_a_video_message_played_at_a_concert_went_to_the_artist_whose_concert_it_was(clf: Classifier) -> None:
    title = "G-Dragon makes surprise appearance at Taeyang's Seoul concert"
    body = ("G-Dragon joined his bandmate for a duet on Sunday. "
            "BIGBANG's Daesung, who was in Japan, sent a video message that was played before the encore.")
    got = pair(clf.classify(title, body), "daesung", "taeyang")
    assert got is not None and got.types == ("message",)


def test_a_video_message_to_fans_is_no_message_to_the_host(clf: Classifier) -> None:
    title = "Fans gather for Taeyang's Seoul concert"
    body = "BIGBANG's Daesung, who was in Japan, sent a video message to his fans on the same night."
    assert pair(clf.classify(title, body), "daesung", "taeyang") is None


def test_the_youngest_member_of_a_group_is_a_member_not_the_group(clf: Classifier) -> None:
    body = ("SEVENTEEN's Hoshi joined BOYNEXTDOOR's Woonhak for the challenge. According to Woonhak, the senior "
            "did not just show up for the camera. In a Weverse post, the youngest BOYNEXTDOOR member wrote, "
            "\"Hoshi sunbaenim came to our practice room an hour early.\"")
    c = classify(clf, body)
    assert pair(c, "boynextdoor", "hoshi") is None
    assert pair(c, "woonhak", "hoshi") is not None


def test_the_singer_opening_a_sentence_is_the_story_s_star_not_the_last_name_quoted(clf: Classifier) -> None:
    title = "Taeyeon gets emotional thanking IU in her awards speech"
    body = ("Taeyeon won a bonsang on Saturday and used her speech to thank IU. "
            "\"There's one person who told me to keep this song,\" she said, using IU's real name. "
            "The singer also gave a shout-out to her friends Sunmi and Hwasa. "
            "Taeyeon starts her tour in March, and Taeyeon's new single comes out next week. "
            "Taeyeon's agency shared photos of Taeyeon backstage.")
    c = clf.classify(title, body)
    assert pair(c, "taeyeon", "sunmi") is not None
    assert pair(c, "iu", "sunmi") is None


def test_fans_tagging_other_members_in_the_comments_pair_nobody(clf: Classifier) -> None:
    body = ("Jeon Somi posted a photo from the reunion dinner on Instagram. Fans flooded the post with requests "
            "for a full reunion, tagging other former members such as Choi Yoo Jung and Kim Do Yeon in the "
            "comment sections.")
    c = classify(clf, body)
    assert [i for i in c.interactions if {i.a, i.b} & {"yoojung-weki-meki", "doyeon"}] == []


@pytest.mark.parametrize("act", ["played drums on", "played the live drums on", "is credited with guitar on"])
def test_playing_an_instrument_on_someones_single_is_a_collaboration(clf: Classifier, act: str) -> None:
    got = pair(classify(clf, f"Anderson .Paak {act} xikers' new single."), "anderson-paak", "xikers")
    assert got is not None and "collab" in got.types


def test_a_list_of_dream_collaborations_fans_ask_for_pairs_nobody(clf: Classifier) -> None:
    body = ("Every January fans flood social media with the team-ups they would love to see.\n\n"
            "1. IU x Laufey\n\n"
            "Many listeners think IU's warm voice and Laufey's old-Hollywood ballads would make a dreamy single.\n")
    c = clf.classify("5 Dream Collaborations K-Pop Fans Keep Asking For In 2026", body)
    assert c.interactions == ()


def test_an_idol_fans_have_begged_to_sing_a_song_has_not_covered_it(clf: Classifier) -> None:
    body = "For years, fans have begged IVE's Liz to sing Younha's \"Event Horizon.\""
    assert pair(classify(clf, body), "liz", "younha") is None


def test_members_doing_a_groups_song_challenge_pair_with_the_song_s_group(clf: Classifier) -> None:
    title = "Stray Kids' Changbin & Seungmin Nail ITZY's \"Velvet Alarm\" Challenge"
    body = ("On October 18, Stray Kids' official TikTok account uploaded a video of Changbin and Seungmin dancing "
            "to the chorus of ITZY's new single \"Velvet Alarm.\"")
    c = clf.classify(title, body)
    for member in ("changbin", "seungmin-stray-kids"):
        got = pair(c, member, "itzy")
        assert got is not None and "challenge" in got.types, member
    assert pair(c, "stray-kids", "itzy") is None


def test_a_rice_wreath_sent_to_a_musical_is_a_gift(clf: Classifier) -> None:
    body = ("The theater shared photos of the lobby, where a towering rice wreath from 2PM's Junho stood for "
            "Jang Wooyoung.")
    got = pair(clf.classify("2PM's Junho Sends Rice Wreath To Jang Wooyoung's First Musical", body), "junho-2pm",
               "wooyoung-2pm")
    assert got is not None and "gift" in got.types


def test_the_most_followed_artists_follow_nobody(clf: Classifier) -> None:
    body = "Both Jackson Wang and BLACKPINK's Lisa are among the most-followed K-pop-linked artists on Instagram."
    assert pair(classify(clf, body), "jackson-wang", "lisa") is None


def test_a_comment_on_a_post_this_sentence_describes_is_not_on_an_older_post(clf: Classifier) -> None:
    body = ("When IVE's Rei uploaded a set of photos from a cherry blossom walk, ENHYPEN's Sunoo was one of the "
            "first to comment, writing \"Spring princess.\" Fans pointed out that the two were born a year apart.\n\n"
            "During her solo concert in April, Seulgi surprised the crowd with a cover of S.E.S.'s 'I'm Your Girl.' "
            "After Seulgi posted a clip of the performance on Instagram, first-generation icon Bada commented, "
            "\"Our Seulgi sings it better than us!\"")
    c = classify(clf, body)
    assert pair(c, "bada-s-e-s", "rei") is None
    assert pair(c, "bada-s-e-s", "seulgi-red-velvet") is not None


def test_being_a_member_of_a_unit_alongside_others_is_no_interaction(clf: Classifier) -> None:
    body = "DK is also a member of SEVENTEEN's sub-unit BSS alongside Seungkwan and Hoshi."
    assert classify(clf, body).interactions == ()


@pytest.mark.parametrize("act", ["performed the rap from", "sang the chorus of", "rapped the verse from"])
def test_performing_a_part_of_anothers_song_is_a_cover(clf: Classifier, act: str) -> None:
    got = pair(classify(clf, f"At her audition, BABYMONSTER's Ahyeon {act} 2NE1's 'I Am The Best'."), "ahyeon", "2ne1")
    assert got is not None and "cover" in got.types


def test_a_truck_sent_to_a_set_goes_to_the_person_the_story_is_about(clf: Classifier) -> None:
    title = "2PM's Junho Thanks Taecyeon For Coffee Truck On Drama Set"
    body = ("Junho received a coffee truck from Taecyeon on the set of his new drama. Junho shared photos and "
            "thanked his bandmate. Junho's drama airs in May. This is not the first time a 2PM member has shown "
            "up for Junho on this set. Last month, Nichkhun sent a snack truck stocked with fried chicken.")
    got = pair(clf.classify(title, body), "nichkhun", "junho-2pm")
    assert got is not None and got.types == ("gift",)


def test_a_comment_on_the_video_posted_after_regaining_a_hacked_account_is_real(clf: Classifier) -> None:
    body = ("Kang Daniel's account was hacked over the weekend, and the agency said none of its posts were his. "
            "On January 26, after regaining access, Kang Daniel deleted the posts made by the hacker and uploaded "
            "a short video apologizing to fans. \"I'm really back now,\" he said. "
            "Minutes later, Wanna One's Park Jihoon left a comment under the video: \"Hyung, is it you?\"")
    got = pair(classify(clf, body), "kang-daniel", "jihoon-wanna-one")
    assert got is not None and got.types == ("comment",)


def test_photos_of_his_dinner_are_no_meeting(clf: Classifier) -> None:
    body = ("P1Harmony's Keeho, who usually uses his X account to post blurry photos of his dinner, replied to a "
            "2019 post by Red Velvet's Joy with a string of heart emojis.")
    got = pair(classify(clf, body), "joy", "keeho")
    assert got is not None and "meet" not in got.types


def test_a_producer_of_the_track_joins_every_credited_artist_even_when_a_pronoun_names_one(
    clf: Classifier,
) -> None:
    body = ("BIBI will release the single \"Neon Tongue\" featuring Jay Park on March 9. The track was produced by "
            "Slom, who also worked on several songs from her previous album.")
    c = classify(clf, body)
    slom = next(a.id for a in c.artists if a.name == "Slom")
    for artist in ("bibi", "jay-park"):
        got = pair(c, slom, artist)
        assert got is not None and "collab" in got.types, artist


def test_a_producer_who_composed_the_track_with_one_singer_works_with_its_duet_partner_too(clf: Classifier) -> None:
    body = ("BTOB's Lee Changsub and Heize will release the duet \"Last Bus Home\" on Friday. "
            "Heize wrote the lyrics and composed the track together with producer Slom, who also handled the "
            "arrangement.")
    c = classify(clf, body)
    slom = next(a.id for a in c.artists if a.name == "Slom")
    got = pair(c, slom, "changsub")
    assert got is not None and "collab" in got.types


def test_a_credit_on_another_groups_song_joins_nobody_to_this_one(clf: Classifier) -> None:
    body = ("TWS released the single 'Plot Twist', written by choreographer-producer KN and Zico. "
            "He has also been credited as one of the composers for NCT WISH's Korean version of the song Wish.")
    assert pair(classify(clf, body), "nct-wish", "tws") is None


def test_the_former_leader_of_a_group_is_its_former_member_not_the_group(clf: Classifier) -> None:
    body = ("Jay Park cleaned up his Instagram this week. On January 17, fans noticed that the former 2PM leader "
            "had unfollowed pH-1 and Simon Dominic.")
    c = classify(clf, body)
    assert pair(c, "2pm", "ph-1") is None
    assert pair(c, "jay-park", "ph-1") is not None


def test_fans_wanting_the_two_to_meet_is_no_meeting(clf: Classifier) -> None:
    title = "TWS's Shinyu Keeps Getting Called \"The Next Cha Eun Woo,\" And Fans Want The Two To Meet Already"
    body = "TWS's Shinyu has been compared to ASTRO's Cha Eun-woo since his debut."
    assert pair(clf.classify(title, body), "shinyu", "cha-eun-woo") is None


def test_one_of_the_members_of_a_unit_alongside_others_is_who_is_in_it(clf: Classifier) -> None:
    body = ("Han is one of the three members of 3RACHA, the in-house producing team of Stray Kids, alongside "
            "Bang Chan and Changbin.")
    assert classify(clf, body).interactions == ()


def test_two_artists_who_both_replied_to_someone_else_did_not_reply_to_each_other(clf: Classifier) -> None:
    title = "A Fake Account Posing As TWICE's Nayeon Has Been DMing Rookie Idols, And JYP Has Stepped In"
    body = "BABYMONSTER's Ruka and izna's Mai both replied to \"her\" before anyone noticed the handle was off."
    assert pair(clf.classify(title, body), "ruka", "mai") is None


@pytest.mark.parametrize("body", [
    "Among the celebrities spotted in the audience were actor Jo In Sung and singer Lee Hi.",
    "Other Korean stars spotted at the show included BTS' j-hope and actor Jung Ho-yeon.",
])
def test_a_roll_call_of_stars_spotted_in_the_audience_pairs_nobody(clf: Classifier, body: str) -> None:
    assert classify(clf, body).interactions == ()


def test_no_plans_for_a_joint_stage_is_no_joint_stage(clf: Classifier) -> None:
    body = ("\"The report is not true. Lim Young Woong has not recorded a song with MAMAMOO's Hwasa, and there are "
            "no plans for a joint stage at any year-end program.\"")
    assert pair(classify(clf, body), "lim-young-woong", "hwasa") is None


def test_an_agency_shutting_down_reports_that_two_recorded_a_duet_denies_it(clf: Classifier) -> None:
    body = "Lim Young Woong's agency has shut down reports that the singer recorded a duet with MAMAMOO's Hwasa."
    assert pair(classify(clf, body), "lim-young-woong", "hwasa") is None


def test_teamed_with_and_a_guest_feature_are_collaborations(clf: Classifier) -> None:
    c = classify(clf, "BTS' Jung Kook teamed with The Kid LAROI and Central Cee on \"Too Much\" in 2023.")
    assert pair(c, "jungkook", "the-kid-laroi") is not None
    c = classify(clf, "BTS' Jimin's last guest feature was on \"Vibe,\" the single by BIGBANG's Taeyang.")
    got = pair(c, "jimin", "taeyang")
    assert got is not None and "collab" in got.types


def test_a_listicle_heading_a_for_b_reports_what_a_did_for_b(clf: Classifier) -> None:
    body = ("Idols love to feed their friends' crews.\n\n"
            "4. Stray Kids' Seungmin for DAY6\n\n"
            "Seungmin's love for DAY6 is no secret, so fans weren't surprised when a coffee truck with his name on it "
            "showed up outside the venue of the band's November concert.\n")
    got = pair(clf.classify("5 Heartwarming Food Truck Moments From K-Pop In 2025", body), "seungmin-stray-kids",
               "day6")
    assert got is not None and "gift" in got.types


def test_a_producer_of_a_groups_ep_works_with_the_group_and_its_cowriting_members(clf: Classifier) -> None:
    body = ("Singer-producer Zico has written and produced the title track of BOYNEXTDOOR's upcoming EP, the "
            "label said. BOYNEXTDOOR members Jaehyun and Taesan co-wrote the lyrics of \"Spare Key\" with Zico.")
    c = classify(clf, body)
    for other in ("boynextdoor", "taesan"):
        got = pair(c, "zico", other)
        assert got is not None and "collab" in got.types, other


def test_the_group_after_an_opening_phrase_is_the_storys_group(clf: Classifier) -> None:
    body = ("TXT joined Conan Gray on stage on Sunday. TXT sang two songs. "
            "In 2023, the group covered Paramore's \"Misery Business\" on YouTube.")
    got = pair(clf.classify("TXT perform with Conan Gray in Seoul", body), "txt", "paramore")
    assert got is not None and "cover" in got.types


def test_a_mass_produced_item_is_no_production_credit(clf: Classifier) -> None:
    body = ("SM said NCT's Sungchan and actress Roh Yoon-seo are not acquainted; Sungchan's bracelet is a "
            "mass-produced item that is sold widely.")
    assert pair(classify(clf, body), "sungchan", "roh-yoon-seo") is None


def test_singing_a_three_word_bands_song_is_a_cover(clf: Classifier) -> None:
    got = pair(classify(clf, "ATEEZ's Jongho sang ONE OK ROCK's 2010 ballad \"Wherever you are\" on KBS."), "jongho",
               "one-ok-rock")
    assert got is not None and "cover" in got.types


def test_crashing_someones_drama_set_is_meeting_them(clf: Classifier) -> None:
    got = pair(clf.classify("BTS's V Crashes Park Hyung Sik's Drama Set", "V visited on Tuesday."), "v",
               "park-hyung-sik")
    assert got is not None and "meet" in got.types


def test_debuting_as_the_leader_of_a_group_alongside_its_members_is_no_interaction(clf: Classifier) -> None:
    body = "Karina debuted in 2020 as the leader of aespa alongside Winter, Giselle and Ningning."
    assert classify(clf, body).interactions == ()


def test_a_denied_media_report_claiming_a_recording_is_no_recording(clf: Classifier) -> None:
    body = ("SM Entertainment on Tuesday denied a local media report claiming that Karina of aespa had recorded a "
            "guest verse for Jay Park's new single.")
    assert pair(classify(clf, body), "karina", "jay-park") is None


def test_a_long_hoped_for_duet_has_not_happened(clf: Classifier) -> None:
    body = "Some fans expressed disappointment that a long-hoped-for duet between Suzy and singer IU is not planned."
    assert pair(classify(clf, body), "suzy", "iu") is None


def test_a_sentence_about_another_songs_cast_joins_nobody_to_the_last_credits(clf: Classifier) -> None:
    body = ("Lee Know and Seungmin teamed up for a duet version of one of Stray Kids' ballads. "
            "IU's song topped the charts that week. "
            "The song's music video starred IU alongside BTS' V, while the singer previously teamed up with V's "
            "bandmate Suga on the single Eight.")
    c = classify(clf, body)
    assert [i for i in c.interactions if {i.a, i.b} & {"lee-know"} and {i.a, i.b} & {"iu", "v", "suga"}] == []


def test_going_backstage_at_someones_concert_meets_them_with_a_bandmate(clf: Classifier) -> None:
    body = "TXT's Yeonjun and bandmate Soobin went backstage after one of Taemin's Seoul concerts to say hello."
    c = classify(clf, body)
    for member in ("yeonjun", "soobin-txt"):
        got = pair(c, member, "taemin")
        assert got is not None and "meet" in got.types, member


def test_an_agency_responding_to_reports_of_a_collaboration_confirms_none(clf: Classifier) -> None:
    title = "BIGHIT MUSIC Responds To Reports Of TXT Collaboration With The Kid LAROI"
    body = ("\"TXT has not worked on any song with The Kid LAROI, and there are currently no plans for one…\" "
            "Continue reading BIGHIT MUSIC Responds To Reports Of TXT Collaboration With The Kid LAROI")
    assert pair(clf.classify(title, body), "txt", "the-kid-laroi") is None


def test_a_duet_campaign_and_a_request_for_a_collaboration_are_wishes(clf: Classifier) -> None:
    body = ("Neither Ailee nor BABYMONSTER's Rami has responded to the duet campaign, and there are no known plans "
            "for the two to work together.")
    assert pair(classify(clf, body), "ailee", "rami") is None


def test_dancing_the_chorus_of_a_groups_song_in_a_clip_is_no_cover(clf: Classifier) -> None:
    body = ("In the clip, ENHYPEN's Ni-ki danced the chorus of BOYNEXTDOOR's freshly released title track, "
            "shoulder to shoulder with Jungwon.")
    got = pair(classify(clf, body), "ni-ki", "boynextdoor")
    assert got is None or "cover" not in got.types


def test_the_supporting_cast_a_drama_also_stars_is_no_pair(clf: Classifier) -> None:
    body = "Kim Tae-ri leads the new drama. The drama also stars Ahn Bo Hyun and Kim Mi Kyung."
    c = classify(clf, body)
    assert [i for i in c.interactions if "ahn-bo-hyun" in (i.a, i.b)] == []


def test_an_artist_compared_to_another_did_nothing_with_them(clf: Classifier) -> None:
    body = ("THE BOYZ's Juyeon nailed the routine. Several viewers compared Juyeon's sharp movements to those of "
            "EXO's Kai, saying he made a difficult routine look effortless.")
    assert pair(classify(clf, body), "juyeon-the-boyz", "kai-exo") is None


def test_comments_on_a_live_the_sentence_names_are_not_on_an_earlier_post(clf: Classifier) -> None:
    body = ("Jackson Wang uploaded a selfie on Monday, and fans loved it. "
            "During Kim Jae Hwan's Instagram live, in which he sang requests on his guitar, Kang Daniel popped into "
            "the comments with a request of his own.")
    c = classify(clf, body)
    assert [i for i in c.interactions if "jackson-wang" in (i.a, i.b) and "jaehwan" in (i.a, i.b)] == []


def test_belonging_in_the_same_conversation_is_no_message(clf: Classifier) -> None:
    body = ("Others brought up Girls' Generation's Taeyeon, saying that NMIXX's Lily belonged in the same "
            "conversation as the industry's most respected vocalists.")
    assert pair(classify(clf, body), "lily", "taeyeon") is None


def test_a_groups_youngest_member_without_an_article_is_that_member(clf: Classifier) -> None:
    body = ("BOYNEXTDOOR's Woonhak went viral this week. On November 5, BOYNEXTDOOR's youngest member uploaded a "
            "TikTok of himself dancing to KATSEYE's \"Gnarly\" challenge.")
    c = classify(clf, body)
    assert pair(c, "boynextdoor", "katseye") is None


def test_a_line_up_alongside_other_acts_pairs_nobody(clf: Classifier) -> None:
    body = ("Both SEVENTEEN and Stray Kids also appear on this year's line-up for NHK's year-end music show, "
            "alongside Mrs. GREEN APPLE and Snow Man.")
    assert classify(clf, body).interactions == ()


def test_a_photo_with_all_nine_members_of_a_group_meets_the_group(clf: Classifier) -> None:
    body = ("TWICE's Momo visited the waiting room after the show and posed for a group photo with all nine NiziU "
            "members.")
    got = pair(classify(clf, body), "momo", "niziu")
    assert got is not None and "meet" in got.types


def test_a_singer_spotting_a_fan_idol_in_the_third_row_met_him(clf: Classifier) -> None:
    body = ("NCT's Doyoung bought a ticket for Super Junior's Kyuhyun's ballad concert. Kyuhyun spotted Doyoung in "
            "the third row and called out from the stage.")
    got = pair(classify(clf, body), "kyuhyun", "doyoung-nct")
    assert got is not None and "meet" in got.types


@pytest.mark.parametrize(("title", "body"), [
    ("TXT's Yeonjun Reveals The Text BTS's Jimin Sent Him", "Yeonjun talked about his solo album."),
    ("Yeonjun on his solo album", "According to TXT's Yeonjun, BTS's Jimin sent him the text late at night."),
])
def test_the_text_someone_sent_him_is_a_message(clf: Classifier, title: str, body: str) -> None:
    got = pair(clf.classify(title, body), "jimin", "yeonjun")
    assert got is not None and "message" in got.types


def test_shutting_down_reports_of_a_collaboration_pairs_nobody(clf: Classifier) -> None:
    body = "BIBI's agency has shut down reports of a collaboration with Doja Cat."
    assert pair(classify(clf, body), "bibi", "doja-cat") is None


def test_the_yardstick_after_to_that_of_a_role_word_is_only_compared(clf: Classifier) -> None:
    body = ("Fans were quick to compare Jackson Wang's habit of praising other artists to that of rapper Jay Park, "
            "who is also known for it.")
    assert pair(classify(clf, body), "jackson-wang", "jay-park") is None


def test_debuting_as_a_groups_centre_alongside_a_runner_up_is_membership(clf: Classifier) -> None:
    body = ("Zhang Hao finished first on Boys Planet and debuted as the centre of ZEROBASEONE that July, alongside "
            "runner-up Sung Hanbin.")
    assert pair(classify(clf, body), "zhang-hao", "hanbin-zerobaseone") is None


@pytest.mark.parametrize(("title", "body"), [
    ("Fans Are Begging 10CM And AKMU's Lee Suhyun For A Duet", "A fan edit of the two went viral."),
    ("10CM and Lee Suhyun at the awards", "The moment sent fans into a frenzy, with many asking for a duet between "
                                          "10CM and AKMU's Lee Suhyun."),
    ("Fans Are Manifesting A 10CM x AKMU's Lee Suhyun Duet", "A fan mashup of the two went viral."),
    ("10CM on his new album", "10CM said he has long dreamed of a duet with AKMU's Lee Suhyun."),
])
def test_a_duet_fans_are_begging_or_asking_for_did_not_happen(clf: Classifier, title: str, body: str) -> None:
    assert pair(clf.classify(title, body), "10cm", "lee-suhyun") is None


def test_an_unknown_account_following_two_idols_pairs_neither(clf: Classifier) -> None:
    body = "According to the screenshots, the account followed STAYC's Sieun and Kep1er's Xiaoting on February 3."
    assert pair(classify(clf, body), "sieun-stayc", "xiaoting") is None


def test_two_idols_being_mentioned_in_the_same_breath_did_not_mention_each_other(clf: Classifier) -> None:
    body = ("Stray Kids' Hyunjin and ENHYPEN's Sunghoon are close in age. The two idols are no strangers to being "
            "mentioned in the same breath.")
    assert pair(classify(clf, body), "hyunjin-stray-kids", "sunghoon") is None


def test_mentioned_by_someone_is_still_their_mention(clf: Classifier) -> None:
    body = "On the radio, ENHYPEN's Sunghoon was mentioned by Stray Kids' Hyunjin as his favourite dancer."
    got = pair(classify(clf, body), "hyunjin-stray-kids", "sunghoon")
    assert got is not None and "mention" in got.types


def test_a_negation_inside_a_quoted_song_title_negates_nothing(clf: Classifier) -> None:
    body = "Heize scored a hit with 2019's \"We Don't Talk Together,\" featuring rapper Giriboy."
    got = pair(classify(clf, body), "heize", "giriboy")
    assert got is not None and "collab" in got.types


@pytest.mark.parametrize("body", [
    "Singer-songwriter Lee Mu-jin and rapper BIG Naughty shared a stage for the first time on Saturday.",
    "RIIZE and NCT WISH opened the second half with a joint medley.",
])
def test_sharing_a_stage_or_a_joint_medley_is_a_collab(clf: Classifier, body: str) -> None:
    c = classify(clf, body)
    assert len(c.interactions) == 1 and "collab" in c.interactions[0].types


@pytest.mark.parametrize("body", [
    "Although TREASURE and BABYMONSTER have rarely shared a stage, fans love both groups.",
    "Fans have already started campaigning online for SEVENTEEN and Mrs. GREEN APPLE to share a stage on the night.",
])
def test_a_stage_rarely_shared_or_campaigned_for_pairs_nobody(clf: Classifier, body: str) -> None:
    assert classify(clf, body).interactions == ()


def test_a_challenge_to_a_groups_song_with_its_member_pairs_the_member_not_the_group(clf: Classifier) -> None:
    body = "SEVENTEEN's Hoshi and TWS's Shinyu filmed a challenge for TWS's latest title track in the waiting room."
    c = classify(clf, body)
    got = pair(c, "hoshi", "shinyu")
    assert got is not None and "challenge" in got.types
    assert pair(c, "hoshi", "tws") is None


def test_a_bandmate_commenting_with_nobody_else_named_comments_on_the_bandmate_he_is_introduced_by(
    clf: Classifier,
) -> None:
    body = ("KISS OF LIFE's account posted a dance video. ENHYPEN's Ni-ki's bandmate Jay quickly appeared under the "
            "video and wrote, \"Since when do you practice this hard?\"")
    got = pair(classify(clf, body), "jay-enhypen", "ni-ki")
    assert got is not None and "comment" in got.types


def test_a_bandmate_introduction_alone_is_not_an_act(clf: Classifier) -> None:
    body = "ENHYPEN's Ni-ki's bandmate Jay posted a selfie from the airport."
    assert pair(classify(clf, body), "jay-enhypen", "ni-ki") is None


@pytest.mark.parametrize(("body", "a", "b"), [
    ("Sana shared a selfie showing herself posing with Japanese singer LiSA backstage.", "sana", "lisa"),
    ("EXO's Lay posted a photo of himself and Jackson Wang sharing hotpot in Shanghai.", "lay", "jackson-wang"),
])
def test_posing_with_someone_or_a_photo_of_oneself_and_someone_is_a_meeting(
    clf: Classifier, body: str, a: str, b: str
) -> None:
    got = pair(classify(clf, body), a, b)
    assert got is not None and "meet" in got.types


def test_posing_with_a_thing_is_no_meeting(clf: Classifier) -> None:
    body = "Sunmi posed with a cup in front of the banner and thanked Hwasa."
    got = pair(classify(clf, body), "sunmi", "hwasa")
    assert got is not None and "meet" not in got.types


@pytest.mark.parametrize("body", [
    "Yoo In Na and Sunmi send warm birthday wishes to IU.",
    "Sunmi thanks ballad veteran IU in an emotional speech.",
])
def test_birthday_wishes_to_and_thanks_to_a_described_artist_are_mentions(clf: Classifier, body: str) -> None:
    got = pair(classify(clf, body), "sunmi", "iu")
    assert got is not None and "mention" in got.types


def test_thanking_the_national_singer_is_not_a_thanks_to_the_next_capitalized_name(clf: Classifier) -> None:
    body = ("Young K thanked the Japanese singer for the kind words and said the band had grown up on "
            "ONE OK ROCK's songs.")
    assert pair(classify(clf, body), "young-k", "one-ok-rock") is None


def test_bandmates_visiting_someone_together_met_each_other_without_making_it_the_headline(
    clf: Classifier,
) -> None:
    c = clf.classify("TWICE's Jihyo and Chaeyoung visit Sunmi backstage", "TWICE's Jihyo and Chaeyoung visited Sunmi "
                     "backstage after her solo concert.")
    got = pair(c, "jihyo-twice", "chaeyoung-twice")
    assert got is not None and got.types == ("meet",) and not got.headline
    sunmi = pair(c, "jihyo-twice", "sunmi")
    assert sunmi is not None and sunmi.headline


def test_dropping_by_someones_showcase_is_meeting_them(clf: Classifier) -> None:
    body = "Taeyeon and Sunny dropped by Tiffany Young's showcase in Seoul."
    got = pair(classify(clf, body), "taeyeon", "tiffany")
    assert got is not None and "meet" in got.types


@pytest.mark.parametrize("body", [
    "BTS's Jin at Lim Young Woong's stadium concert.",
    "BTS's Jin was spotted at Lim Young Woong's stadium concert.",
    "BTS's Jin went to Lim Young Woong's stadium concert as a fan.",
    "BTS's Jin made it to Lim Young Woong's fan meeting on Sunday.",
])
def test_being_at_someones_concert_is_meeting_them(clf: Classifier, body: str) -> None:
    got = pair(classify(clf, body), "jin", "lim-young-woong")
    assert got is not None and "meet" in got.types


def test_going_to_a_place_or_going_to_do_something_is_no_meeting(clf: Classifier) -> None:
    body = "BTS's Jin is going to Lim Young Woong's hometown, Pocheon, for a variety show shoot."
    assert pair(classify(clf, body), "jin", "lim-young-woong") is None


@pytest.mark.parametrize(("body", "a", "b"), [
    ("At KISS OF LIFE's fan concert in Seoul, Natty sang BoA's \"No.1.\"", "natty", "boa"),
    ("Jimin and Taeyang performed it together for the first time at Taeyang's concert.", "jimin", "taeyang"),
])
def test_a_fronted_setting_or_a_joint_stage_at_a_concert_is_no_meeting(
    clf: Classifier, body: str, a: str, b: str
) -> None:
    got = pair(classify(clf, body), a, b)
    assert got is not None and "meet" not in got.types


def test_arriving_together_is_meeting(clf: Classifier) -> None:
    got = pair(classify(clf, "EXO's Suho and Kai arrived together and posed for photographers."), "suho", "kai-exo")
    assert got is not None and "meet" in got.types


def test_a_comment_under_a_group_accounts_video_of_members_goes_to_those_members(clf: Classifier) -> None:
    body = ("On October 18, Stray Kids' official TikTok account uploaded a video of Changbin and Seungmin dancing. "
            "Fans loved it. Leader Bang Chan wrote under the video, \"Why did nobody invite me?\"")
    c = classify(clf, body)
    for member in ("changbin", "seungmin-stray-kids"):
        got = pair(c, "bang-chan", member)
        assert got is not None and "comment" in got.types, member


def test_the_poster_is_the_name_right_before_the_upload_verb(clf: Classifier) -> None:
    body = ("On May 30, Yoona's birthday, 2PM's Junho uploaded a still from their drama to his Instagram. "
            "Girls' Generation's Sooyoung also stopped by under the post, writing, \"And my birthday message?\"")
    c = classify(clf, body)
    got = pair(c, "sooyoung", "junho-2pm")
    assert got is not None and "comment" in got.types
    assert pair(c, "sooyoung", "yoona-girls-generation") is None


def test_a_video_posted_by_someone_is_theirs(clf: Classifier) -> None:
    body = ("BTS' Jimin left a remark under a video posted by TXT's Beomgyu. Beomgyu's bandmate Taehyun also "
            "weighed in under the same video, writing, \"I told him not to post this.\"")
    got = pair(classify(clf, body), "taehyun", "beomgyu")
    assert got is not None and "comment" in got.types


def test_subheadings_between_a_post_and_a_comment_do_not_use_up_the_posters_reach(clf: Classifier) -> None:
    body = ("Stray Kids' Felix uploaded a dance video on Monday.\n\nThe Dance\n\nHe wore a hoodie. He danced in the "
            "practice room.\n\nSource: TikTok\n\nThe Reactions\n\nFans replayed it. Many laughed.\n\nBang Chan "
            "wrote under the video, \"Again!\"")
    got = pair(classify(clf, body), "bang-chan", "felix")
    assert got is not None and "comment" in got.types


@pytest.mark.parametrize("body", [
    "KISS OF LIFE - 'Say My Name' (orig. Destiny's Child)",
    "KISS OF LIFE recreated Destiny's Child's late-'90s classic on a year-end broadcast special.",
])
def test_recreating_a_groups_classic_is_a_cover_and_destinys_child_is_a_group(clf: Classifier, body: str) -> None:
    c = classify(clf, body)
    assert "destiny" not in {a.id for a in c.artists}
    got = pair(c, "kiss-of-life", "destinys-child")
    assert got is not None and "cover" in got.types


def test_fans_claiming_two_idols_took_a_photo_together_is_no_meeting(clf: Classifier) -> None:
    body = ("Some fans on X claimed that IVE's Jang Wonyoung and SHINee's Minho had also taken a photo together "
            "backstage, but the image was edited.")
    assert pair(classify(clf, body), "wonyoung", "minho-shinee") is None


def test_two_yardsticks_of_one_comparison_are_not_paired(clf: Classifier) -> None:
    body = ("Stray Kids' Bang Chan is frequently compared to BIGBANG's G-Dragon, who set the template for idols "
            "producing their own group's music, and to BTS's Suga.")
    assert pair(classify(clf, body), "g-dragon", "suga") is None


def test_a_producer_who_worked_on_someones_releases_collaborated_with_them(clf: Classifier) -> None:
    body = "The arrangement was handled by producer Oh Jae-won, who has worked on several of Lee Mu-jin's releases."
    got = pair(classify(clf, body), "new:oh-jae-won", "lee-mujin")
    assert got is not None and got.types == ("collab",)


@pytest.mark.parametrize(("body", "a", "b"), [
    ("A new episode of Jang Do Yeon's YouTube talk show was released with Ji Chang Wook as the guest.",
     "jang-do-yeon", "ji-chang-wook"),
    ("BIGBANG's Daesung welcomed BABYMONSTER's Rora on his YouTube talk show.", "daesung", "rora"),
    ("Sung Si Kyung invited Paul Kim onto an episode of his YouTube eating series.", "sung-si-kyung", "paul-kim"),
])
def test_a_guest_on_someones_show_met_the_host(clf: Classifier, body: str, a: str, b: str) -> None:
    got = pair(classify(clf, body), a, b)
    assert got is not None and "meet" in got.types


def test_enlisting_someone_for_a_single_is_a_collab(clf: Classifier) -> None:
    got = pair(classify(clf, "QWER enlist Epik High's Tablo for new single 'Static Bloom'."), "qwer", "tablo")
    assert got is not None and "collab" in got.types


def test_performing_the_choreography_of_someones_track_is_a_cover(clf: Classifier) -> None:
    body = "Standing up in the booth, SEVENTEEN's Hoshi performed the point choreography of ILLIT's new title track."
    got = pair(classify(clf, body), "hoshi", "illit")
    assert got is not None and "cover" in got.types


def test_a_longtime_collaborator_is_tagged_and_paired(clf: Classifier) -> None:
    got = pair(classify(clf, "Soyeon co-produced the track with her longtime collaborator Pop Time."), "soyeon",
               "new:pop-time")
    assert got is not None and "collab" in got.types


@pytest.mark.parametrize(("title", "body"), [
    ("SHINee's Taemin Shows Up Backstage At EXO Kai's Musical With A Bouquet", "Taemin brought flowers."),
    ("Taemin and Kai", "SHINee's Taemin visited backstage at EXO Kai's musical."),
])
def test_showing_up_or_visiting_backstage_at_someones_show_is_meeting_them(
    clf: Classifier, title: str, body: str
) -> None:
    got = pair(clf.classify(title, body), "taemin", "kai-exo")
    assert got is not None and "meet" in got.types


def test_a_video_featuring_someone_as_a_guest_is_meeting_the_host(clf: Classifier) -> None:
    body = "Kim Jong Kook's YouTube channel uploaded a new video featuring TXT's Yeonjun as a guest."
    got = pair(classify(clf, body), "kim-jong-kook", "yeonjun")
    assert got is not None and "meet" in got.types


def test_a_cover_listicles_dash_headings_pair_each_singer_with_the_covered_act(clf: Classifier) -> None:
    body = (
        "Covers are one of the sweetest ways for idols to show where they came from.\n\n"
        "1. BOYNEXTDOOR's Myung Jaehyun – BIGBANG's \"Haru Haru\"\n\n"
        "During a guest spot on a radio show in March, he surprised listeners with a stripped-down acoustic version "
        "of the song, and a few days later BIGBANG's Daesung reposted it with a comment.\n\n"
        "2. Stray Kids' Seungmin – DAY6's \"You Were Beautiful\"\n\n"
        "Seungmin's love for the band is well known among fans, and his acoustic version of the ballad at a fan "
        "meeting in Seoul went viral within a day of the show.\n"
    )
    c = clf.classify("4 Times Male Idols Covered Their Sunbaes' Songs In 2025", body)
    for a, b in (("jaehyun-boynextdoor", "bigbang"), ("seungmin-stray-kids", "day6")):
        got = pair(c, a, b)
        assert got is not None and got.types == ("cover",), (a, b)


def test_an_agency_that_shuts_down_reports_denies_the_act(clf: Classifier) -> None:
    c = clf.classify("BIGHIT MUSIC Shuts Down Reports That BTS's Jungkook Recorded A Song With Justin Bieber",
                     "The agency said the report was not true.")
    assert pair(c, "jungkook", "justin-bieber") is None


@pytest.mark.parametrize(("body", "a", "b"), [
    ("SEVENTEEN's DK and Hoshi are also two-thirds of the sub-unit BSS, alongside Seungkwan.", "hoshi", "seungkwan"),
    ("During her time in IZ*ONE, Kwon Eunbi promoted alongside Japanese members Miyawaki Sakura and Yabuki Nako.",
     "kwon-eun-bi", "sakura"),
])
def test_being_part_of_a_group_alongside_its_members_is_membership(clf: Classifier, body: str, a: str, b: str) -> None:
    assert pair(classify(clf, body), a, b) is None


def test_a_songwriting_credits_listicle_pairs_each_heading_and_every_pair_is_the_story(clf: Classifier) -> None:
    body = (
        "Most fans never scroll down to the credits, but the ones who do were rewarded last year.\n\n"
        "4. Ayase (YOASOBI) for NiziU - 'Hanabi Letter'\n\n"
        "When NiziU released their autumn Japanese single, fans noticed a familiar name next to the composition "
        "credit, and the racing piano line sounds unmistakably like his work.\n\n"
        "3. DAY6's Young K for ITZY - 'Small Hours'\n\n"
        "Young K has written for his band for a decade, but this was one of the rare times he penned lyrics for a "
        "girl group, and the words became a fan favourite on the group's tour.\n"
    )
    c = clf.classify("4 songwriting credits from 2025 that surprised K-Pop fans", body)
    for a, b in (("ayase", "niziu"), ("young-k", "itzy")):
        got = pair(c, a, b)
        assert got is not None and "collab" in got.types and got.headline, (a, b)
    assert pair(c, "ayase", "yoasobi") is None


def test_a_challenge_nobody_saw_coming_still_happened(clf: Classifier) -> None:
    body = "KISS OF LIFE's Julie and THE BOYZ's Juyeon just dropped a TikTok challenge nobody saw coming."
    got = pair(classify(clf, body), "julie", "juyeon-the-boyz")
    assert got is not None and "challenge" in got.types


@pytest.mark.parametrize(("body", "a", "b"), [
    ("Roh Yoon Seo stars in 10CM's bittersweet 'Last Bus Home' MV.", "roh-yoon-seo", "10cm"),
    ("Actor Koo Kyo Hwan is a lonely mailman in JANNABI's nostalgic new MV \"Winter Letters\".", "koo-kyo-hwan",
     "jannabi"),
])
def test_a_part_in_someones_music_video_is_a_collab(clf: Classifier, body: str, a: str, b: str) -> None:
    got = pair(classify(clf, body), a, b)
    assert got is not None and "collab" in got.types


@pytest.mark.parametrize(("body", "meet"), [
    ("BLACKPINK's Jisoo and BTS's V reunite in the Dior front row.", True),
    ("BLACKPINK's Jisoo and BTS's V are confirmed to reunite in a new fantasy romance drama.", False),
])
def test_reuniting_is_a_meeting_unless_it_is_for_a_new_work(clf: Classifier, body: str, meet: bool) -> None:
    got = pair(classify(clf, body), "jisoo-blackpink", "v")
    assert (got is not None and "meet" in got.types) == meet


@pytest.mark.parametrize("body", [
    "Super Junior's Eunhyuk pranks Donghae with a hidden camera on his YouTube show.",
    "Super Junior's Eunhyuk pranks Donghae with a fake 'trot debut' hidden camera.",
])
def test_a_prank_on_someone_is_an_interaction(clf: Classifier, body: str) -> None:
    got = pair(classify(clf, body), "eunhyuk", "donghae")
    assert got is not None and got.types == ("other",)


def test_showering_someone_with_love_is_a_mention(clf: Classifier) -> None:
    got = pair(classify(clf, "Red Velvet's Irene showers Joy with love on her birthday."), "irene", "joy")
    assert got is not None and got.types == ("mention",)


@pytest.mark.parametrize(("body", "a", "b"), [
    ("TWICE's Jeongyeon and Dahyun head off on a two-person camping trip in a new vlog.", "jeongyeon",
     "dahyun-twice"),
    ("Sunmi and HyunA put feud rumors to rest with a café date.", "sunmi", "hyuna"),
])
def test_a_trip_or_a_date_together_is_a_meeting(clf: Classifier, body: str, a: str, b: str) -> None:
    got = pair(classify(clf, body), a, b)
    assert got is not None and got.types == ("meet",)


def test_a_solo_trip_is_no_meeting(clf: Classifier) -> None:
    assert classify(clf, "Jimin went on a solo trip to Jeju while Jungkook stayed home.").interactions == ()


def test_a_producer_of_a_new_song_does_not_join_an_earlier_dramas_co_stars(clf: Classifier) -> None:
    body = ("Earlier this year, IU starred opposite Park Bo Gum in the Netflix series. Her musical collaborations "
            "have also made headlines, most notably \"eight,\" the single she released with BTS's SUGA, who also "
            "co-produced the track.")
    c = classify(clf, body)
    assert pair(c, "park-bo-gum", "suga") is None
    got = pair(c, "iu", "suga")
    assert got is not None and "collab" in got.types


def test_a_group_accounts_clip_pairs_the_people_in_it_not_the_account(clf: Classifier) -> None:
    body = ("On January 21, TWS' official TikTok account uploaded a 30-second clip featuring Shinyu and Dohoon "
            "alongside ZEROBASEONE's Zhang Hao and Ricky.")
    c = clf.classify("TWS's Shinyu and Dohoon team up with ZEROBASEONE for a dance challenge", body)
    assert pair(c, "tws", "zhang-hao") is None
    for a, b in (("shinyu", "zhang-hao"), ("dohoon", "ricky-zerobaseone")):
        got = pair(c, a, b)
        assert got is not None and got.types == ("challenge",), (a, b)


def test_people_joined_without_an_act_word_collaborate_outside_a_challenge_story(clf: Classifier) -> None:
    c = clf.classify("Year-end stage", "IU took the stage alongside BTS's V at the awards.")
    got = pair(c, "iu", "v")
    assert got is not None and got.types == ("collab",)


def test_a_word_of_a_quoted_song_title_is_no_act(clf: Classifier) -> None:
    body = "Taeyeon's ballad \"Letters To My Friend\" was covered by IU at the concert."
    got = pair(classify(clf, body), "taeyeon", "iu")
    assert got is not None and got.types == ("cover",)


def test_the_latter_of_which_is_a_thing_not_the_last_artist(clf: Classifier) -> None:
    body = ("BoA was close to H.O.T. in her trainee years. She released \"Hurricane Venus\" and \"Only One,\" the "
            "latter of which she wrote and composed herself.")
    assert pair(classify(clf, body), "boa", "h-o-t") is None


def test_stars_alongside_in_the_present_tense_is_a_collab(clf: Classifier) -> None:
    body = ("The thriller marks 2PM's Lee Junho's first film lead. He stars alongside Park Eun-bin, who plays a "
            "detective.")
    got = pair(classify(clf, body), "junho-2pm", "park-eun-bin")
    assert got is not None and got.types == ("collab",)


def test_both_stars_in_photos_is_a_noun_not_a_part(clf: Classifier) -> None:
    body = "The writer pointed to a bracelet worn by both stars in recent photos of Hwang In-youp and Kwon Eun-bi."
    assert pair(classify(clf, body), "hwang-in-youp", "kwon-eun-bi") is None


@pytest.mark.parametrize(("body", "a", "b", "kind"), [
    ("2PM's Junho and Chansung send Wooyoung a cake and a bouquet.", "junho-2pm", "wooyoung-2pm", "gift"),
    ("Tablo writes for BOYNEXTDOOR's new B-side.", "tablo", "boynextdoor", "collab"),
    ("Zico produces BOYNEXTDOOR's new single.", "zico", "boynextdoor", "collab"),
    ("IU takes on Taeyeon's 2017 ballad at the concert.", "iu", "taeyeon", "cover"),
    ("Jimin and Jungkook dance to Taemin's new single.", "jimin", "taemin", "challenge"),
])
def test_present_tense_headline_verbs_are_acts(clf: Classifier, body: str, a: str, b: str, kind: str) -> None:
    got = pair(classify(clf, body), a, b)
    assert got is not None and kind in got.types


def test_a_groups_own_event_is_where_its_member_acted(clf: Classifier) -> None:
    body = ("ENHYPEN's Jay loves rock. During ENHYPEN's fan meeting in Seoul last summer, he surprised the audience "
            "by singing DAY6's \"Zombie\" on an acoustic guitar.")
    c = classify(clf, body)
    assert pair(c, "enhypen", "day6") is None


def test_a_listicle_item_with_short_fact_lines_before_its_prose_is_an_item(clf: Classifier) -> None:
    body = (
        "Musical season brought out the best in idol friendships this year.\n\n"
        "2. Solar for Hyojung\n\n- The show: 'Sweet Station'\n"
        "- What happened: A lunch truck sent by MAMAMOO's Solar parked outside the rehearsal hall with a banner "
        "for the lead, and the whole company ate tteokbokki and kimbap between run-throughs.\n\n"
        "1. Taeyeon and Sunny for Tiffany Young\n\n- The show: 'Mamma Mia!'\n"
        "- What happened: Two members in one row watched the performance together and went backstage afterwards "
        "to congratulate the star of the night.\n"
    )
    c = clf.classify("5 times idols showed up for their friends on the musical stage", body)
    for a, b in (("solar", "hyojung"), ("taeyeon", "tiffany"), ("sunny", "tiffany")):
        assert pair(c, a, b) is not None, (a, b)


@pytest.mark.parametrize(("title", "body"), [
    ("Tablo writes and features on BOYNEXTDOOR's new B-side 'Late Checkout'", "The EP comes out on March 16."),
    ("Epik High's Tablo on a new track", "Tablo wrote and features on \"Late Checkout,\" a track on boy band "
                                         "BOYNEXTDOOR's upcoming EP."),
])
def test_featuring_on_another_acts_track_is_a_collab(clf: Classifier, title: str, body: str) -> None:
    got = pair(clf.classify(title, body), "tablo", "boynextdoor")
    assert got is not None and got.types == ("collab",)


def test_one_commenting_while_another_had_liked_the_post_are_not_a_pair(clf: Classifier) -> None:
    body = ("aespa's Karina commented, \"Our Minjeong is a singer-singer,\" while eagle-eyed fans also spotted that "
            "Girls' Generation's Sunny had liked the post.")
    assert pair(classify(clf, body), "karina", "sunny") is None


def test_a_headlines_second_clause_has_its_own_subject(clf: Classifier) -> None:
    c = clf.classify("MAMAMOO's Moonbyul crashes Solar's fan meeting with a giant cake, Wheein sends video message",
                     "The members showed up for their leader.")
    assert pair(c, "moonbyul", "wheein") is None
    got = pair(c, "moonbyul", "solar")
    assert got is not None and "meet" in got.types


def test_a_headlines_article_after_a_name_is_no_given_name(clf: Classifier) -> None:
    c = clf.classify("Coldplay's Chris Martin Sends BTS's Jin A Handwritten Letter For His Birthday",
                     "The band's frontman surprised the singer.")
    assert pair(c, "chris-martin", "jin") is not None and pair(c, "chris-martin", "bts") is None


@pytest.mark.parametrize(("body", "a", "b"), [
    ("JYP Entertainment has responded to online speculation that DAY6's Young K recorded a song with Lauv.",
     "young-k", "lauv"),
    ("Over the weekend it followed the personal accounts of Kep1er's Xiaoting and BABYMONSTER's Asa.",
     "xiaoting", "asa"),
    ("Stray Kids performed a medley of their 2025 releases earlier in the evening, while TWICE closed the show.",
     "stray-kids", "twice"),
    ("Neither Kep1er's Xiaoting nor BABYMONSTER's Asa replied, and their agencies declined to comment.",
     "xiaoting", "asa"),
])
def test_press_and_setting_phrases_are_no_acts(clf: Classifier, body: str, a: str, b: str) -> None:
    assert pair(classify(clf, body), a, b) is None


def test_a_lineup_that_will_follow_in_april_is_no_follow(clf: Classifier) -> None:
    body = "Nell and Silica Gel headline the festival; a second lineup will follow in April."
    assert pair(classify(clf, body), "nell", "silica-gel") is None


def test_an_agency_responding_to_a_report_claiming_a_collab_denies_nothing_happened(clf: Classifier) -> None:
    body = ("TWS' agency has responded to a report claiming that SEVENTEEN's Woozi took part in producing the "
            "group's upcoming title track.")
    assert pair(classify(clf, body), "tws", "woozi") is None


def test_a_list_of_collaborations_fans_have_been_dreaming_of_pairs_nobody(clf: Classifier) -> None:
    body = ("Some pairings just make sense on paper.\n\n1. IU x Adele\n\nBoth are known for ballads that fill "
            "stadiums, and fans argue a duet between the two would be the biggest release of the decade.\n")
    c = clf.classify("5 K-Pop x Western Collaborations Fans Have Been Dreaming Of For Years", body)
    assert pair(c, "iu", "adele") is None


def test_comments_in_someones_live_go_to_whoever_turned_it_on(clf: Classifier) -> None:
    body = ("BLACKPINK's Rosé turned on an Instagram Live at around 1 AM to chat with fans. A few minutes in, "
            "Lisa's account popped up in the comments: \"WHY are you awake??\"")
    got = pair(classify(clf, body), "lisa", "rose")
    assert got is not None and got.types == ("comment",)


def test_a_headlines_fan_reaction_clause_is_not_the_act(clf: Classifier) -> None:
    c = clf.classify("Lisa and Jennie flood Rosé's Instagram Live with comments, fans call it the BLACKPINK group "
                     "chat going public", "It was 1 AM in Seoul.")
    for a in ("lisa", "jennie"):
        got = pair(c, a, "rose")
        assert got is not None and "comment" in got.types, a


def test_a_name_among_the_comments_of_someones_live_after_a_colon_commented(clf: Classifier) -> None:
    body = ("Stray Kids' Bang Chan switched on an Instagram Live from his home studio. At around 3:10 AM, a new "
            "name appeared among the comments racing up the screen: TWICE's Jihyo.")
    got = pair(classify(clf, body), "jihyo-twice", "bang-chan")
    assert got is not None and got.types == ("comment",)


def test_a_comment_dropped_into_the_chat_of_a_live_turned_on_by_he_goes_to_him(clf: Classifier) -> None:
    body = ("NCT's Haechan settled it himself. He turned on a Weverse live from the back seat of a car. \"I didn't "
            "fight with anyone!\" he said. He laughed. He showed the app. He scrolled. He sighed. He waved. "
            "Doyoung, who was apparently watching, then dropped into the chat with a comment of his own.")
    got = pair(classify(clf, body), "doyoung-nct", "haechan")
    assert got is not None and got.types == ("comment",)


@pytest.mark.parametrize("body", [
    "ARMYs flag a viral AI cover of BTS' V singing Taeyeon's Fine.",
    "A so-called cover of Taeyeon's 2017 hit Fine, supposedly sung by BTS' V, went viral over the weekend.",
    "Last year, an AI-generated clip that claimed to feature BTS' V singing a duet with Taeyeon went viral.",
    "That viral \"BTS' V x Taeyeon\" duet is AI-generated, his agency confirms.",
    "The \"duet\" between BTS' V and Taeyeon has been confirmed to be fake.",
])
def test_an_ai_or_so_called_cover_is_nothing_the_artist_did(clf: Classifier, body: str) -> None:
    assert pair(classify(clf, body), "v", "taeyeon") is None


def test_a_real_duet_said_to_be_a_hit_is_still_a_duet(clf: Classifier) -> None:
    got = pair(classify(clf, "The duet between BTS' V and Taeyeon was a hit on the charts."), "v", "taeyeon")
    assert got is not None and got.types == ("collab",)


def test_the_group_account_a_video_went_up_on_is_no_party_to_it(clf: Classifier) -> None:
    body = ("LE SSERAFIM's Sakura and Kazuha met backstage. The video, uploaded on LE SSERAFIM's official TikTok "
            "account later that night, shows the pair performing the point choreography of YOASOBI's new single.")
    assert pair(classify(clf, body), "le-sserafim", "yoasobi") is None


def test_surprising_someone_at_her_concert_is_meeting_her(clf: Classifier) -> None:
    got = pair(clf.classify("BTS's Jimin Surprises Taeyeon At Her Concert", "Fans were moved."), "jimin", "taeyeon")
    assert got is not None and got.types == ("meet",)


def test_a_headlines_second_clause_with_two_new_subjects_pairs_them_with_nobody_before(clf: Classifier) -> None:
    title = "2PM's Taecyeon surprises Wooyoung at his solo fan meeting, Junho and Chansung send support"
    c = clf.classify(title, "Fans were moved.")
    assert pair(c, "taecyeon", "wooyoung-2pm") is not None
    assert pair(c, "junho-2pm", "taecyeon") is None and pair(c, "chansung", "taecyeon") is None


def test_replying_to_someones_post_is_a_comment(clf: Classifier) -> None:
    got = pair(classify(clf, "BTS's Jimin replied to Taeyang's post on X."), "jimin", "taeyang")
    assert got is not None and got.types == ("comment",)


def test_writing_the_lyrics_for_someones_song_is_a_collab(clf: Classifier) -> None:
    got = pair(classify(clf, "BTS's Jimin wrote the lyrics for Taeyang's new song."), "jimin", "taeyang")
    assert got is not None and got.types == ("collab",)


def test_members_writing_lyrics_for_their_own_album_do_not_pair(clf: Classifier) -> None:
    body = "The members, Kim Chaewon, Sakura and Kazuha, took part in writing the lyrics for several of the songs."
    assert pair(classify(clf, body), "kim-chaewon", "sakura") is None


def test_fans_of_both_artists_are_the_fans_not_the_two(clf: Classifier) -> None:
    body = ("BLACKPINK's Jennie and LE SSERAFIM's Kim Chaewon front separate covers of the magazine. "
            "Fans of both artists have been sharing the covers widely.")
    assert pair(classify(clf, body), "jennie", "kim-chaewon") is None


def test_a_cue_looking_for_a_capitalized_name_finds_a_lower_case_styled_one(clf: Classifier) -> None:
    got = pair(classify(clf, "Taeyang thanked aespa's Karina for the support."), "taeyang", "karina")
    assert got is not None and got.types == ("mention",)


def test_a_comment_written_out_after_the_post_is_on_that_post(clf: Classifier) -> None:
    body = "Taeyang posted a selfie on Instagram on Monday. BTS's Jimin left a comment, writing, \"So cute.\""
    got = pair(classify(clf, body), "jimin", "taeyang")
    assert got is not None and got.types == ("comment",)


def test_joining_someone_in_the_clip_of_a_challenge_just_told_is_the_challenge(clf: Classifier) -> None:
    body = ("On May 3, BTS's Jimin uploaded a dance challenge video to TikTok. "
            "In the clip, Jimin is joined by Taeyang.")
    got = pair(classify(clf, body), "jimin", "taeyang")
    assert got is not None and got.types == ("challenge",)


def test_posing_alongside_someone_in_a_photo_is_meeting_them(clf: Classifier) -> None:
    body = ("BTS's Jimin shared a series of photos on Instagram. "
            "In one of them, Jimin poses alongside Taeyang.")
    got = pair(classify(clf, body), "jimin", "taeyang")
    assert got is not None and got.types == ("meet",)


def test_appearing_at_someones_concert_is_meeting_them(clf: Classifier) -> None:
    got = pair(classify(clf, "BTS's Jimin surprised fans by appearing at Taeyang's concert on Saturday."),
               "jimin", "taeyang")
    assert got is not None and got.types == ("meet",)


def test_inviting_someone_to_the_show_as_a_guest_is_meeting_them(clf: Classifier) -> None:
    got = pair(classify(clf, "BTS's Jimin invited TWICE's Nayeon to the show as a guest."), "jimin", "nayeon")
    assert got is not None and got.types == ("meet",)


@pytest.mark.parametrize(("body", "kind"), [
    ("TWICE's Nayeon held a fan meeting in Seoul. BTS's Jimin attended as a special guest.", "meet"),
    ("TWICE's Nayeon celebrated her birthday on Sunday. BTS's Jimin sent a cake to mark the day.", "gift"),
])
def test_an_act_with_no_object_after_someone_held_an_event_is_toward_the_host(
    clf: Classifier, body: str, kind: str
) -> None:
    got = pair(classify(clf, body), "jimin", "nayeon")
    assert got is not None and got.types == (kind,)


def test_joining_the_chat_of_a_live_just_told_is_a_comment(clf: Classifier) -> None:
    body = "TWICE's Nayeon went live on Weverse. BTS's Jimin joined the live chat."
    got = pair(classify(clf, body), "jimin", "nayeon")
    assert got is not None and got.types == ("comment",)


def test_covering_it_right_after_someone_released_a_song_covers_her_song(clf: Classifier) -> None:
    body = "TWICE's Nayeon released a new song on Friday. BTS's Jimin covered it on a live broadcast."
    got = pair(classify(clf, body), "jimin", "nayeon")
    assert got is not None and got.types == ("cover",)


def test_liking_someones_challenge_video_is_no_challenge_with_her(clf: Classifier) -> None:
    got = pair(classify(clf, "BTS's Jimin liked TWICE's Nayeon's new challenge video on TikTok."), "jimin", "nayeon")
    assert got is not None and got.types == ("like",)


@pytest.mark.parametrize(("body", "kind"), [
    ("BTS's Jimin shared actor Park Bo-gum's post on Instagram Story.", "mention"),
    ("BTS's Jimin appeared in actor Park Bo-gum's music video.", "collab"),
    ("BTS's Jimin dedicated the performance to actor Park Bo-gum.", "mention"),
])
def test_a_role_word_before_the_other_name_does_not_hide_it_from_the_cue(
    clf: Classifier, body: str, kind: str
) -> None:
    got = pair(classify(clf, body), "jimin", "park-bo-gum")
    assert got is not None and kind in got.types


def test_a_chart_covering_a_week_is_no_cover(clf: Classifier) -> None:
    body = "IVE held on to No. 1 on this week's chart (covering January 4 to 10), ahead of WOODZ."
    assert pair(classify(clf, body), "ive", "woodz") is None


def test_a_festival_line_up_joined_by_more_acts_pairs_nobody(clf: Classifier) -> None:
    body = "Headlining the two-day festival are Jay Park and THE BOYZ, joined by KISS OF LIFE and Loco."
    c = classify(clf, body)
    assert pair(c, "jay-park", "kiss-of-life") is None and pair(c, "the-boyz", "loco") is None


def test_a_denied_report_claiming_a_collaboration_far_into_the_sentence_made_no_pair(clf: Classifier) -> None:
    body = ("YG Entertainment on Thursday denied a local media report claiming that its girl group BABYMONSTER had "
            "recorded a collaboration single with British singer Charli XCX in London.")
    assert pair(classify(clf, body), "babymonster", "charli-xcx") is None


def test_two_people_an_account_followed_and_commented_on_are_no_pair(clf: Classifier) -> None:
    body = ("On May 11, fans noticed unusual activity on Yushi's personal Instagram account. Within the span of an "
            "hour, the account followed dozens of random accounts, including IVE's Gaeul, and left identical comments "
            "reading \"check my bio\" under several posts by aespa's official account.")
    assert pair(classify(clf, body), "gaeul-ive", "aespa") is None


def test_nailing_another_groups_choreography_is_a_cover(clf: Classifier) -> None:
    title = "LE SSERAFIM's Kazuha Nails ILLIT's Brand-New Choreography On Weverse Live"
    got = pair(clf.classify(title, "Fans loved it."), "kazuha", "illit")
    assert got is not None and got.types == ("cover",)


def test_a_midnight_snack_run_together_is_meeting(clf: Classifier) -> None:
    title = "BOYNEXTDOOR Woonhak and TWS Kyungmin go on a midnight snack run on Weverse Live"
    got = pair(clf.classify(title, "Fans loved it."), "woonhak", "kyungmin-tws")
    assert got is not None and got.types == ("meet",)


def test_an_unnamed_member_of_a_group_is_not_the_group(clf: Classifier) -> None:
    body = "Doja Cat liked the post of the only aespa member she follows."
    assert pair(classify(clf, body), "doja-cat", "aespa") is None


@pytest.mark.parametrize(("title", "kind"), [
    ("BTS's Jimin Recreates Taeyang's Iconic Choreography", "cover"),
    ("BTS's Jimin Writes A Song For Taeyang", "collab"),
])
def test_recreating_someones_choreography_or_writing_a_song_for_him(clf: Classifier, title: str, kind: str) -> None:
    got = pair(clf.classify(title, "Fans loved it."), "jimin", "taeyang")
    assert got is not None and got.types == (kind,)


def test_showing_support_by_posting_an_album_cover_is_a_mention_not_a_cover(clf: Classifier) -> None:
    body = "BTS's Jimin showed support for Taeyang by posting the album cover on Instagram."
    got = pair(classify(clf, body), "jimin", "taeyang")
    assert got is not None and got.types == ("mention",)


def test_cheering_someone_on_at_her_concert_is_a_mention_and_a_meeting(clf: Classifier) -> None:
    got = pair(clf.classify("BTS's Jimin Cheers On Taeyeon At Her Concert", "Fans loved it."), "jimin", "taeyeon")
    assert got is not None and set(got.types) == {"mention", "meet"}


@pytest.mark.parametrize("body", [
    "BTS's Jimin and Taeyang both released new songs on Friday.",
    "BTS's Jimin and Taeyang released new solo singles on Friday.",
])
def test_two_artists_each_releasing_a_song_made_nothing_together(clf: Classifier, body: str) -> None:
    assert pair(classify(clf, body), "jimin", "taeyang") is None


def test_two_artists_releasing_a_duet_made_it_together(clf: Classifier) -> None:
    got = pair(classify(clf, "BTS's Jimin and Taeyang released 'Vibe' in 2023."), "jimin", "taeyang")
    assert got is not None and got.types == ("collab",)


def test_a_second_act_on_several_of_her_posts_is_toward_the_same_person(clf: Classifier) -> None:
    body = "BTS's Jimin followed Taeyeon on Instagram and liked several of her posts."
    got = pair(classify(clf, body), "jimin", "taeyeon")
    assert got is not None and set(got.types) == {"follow", "like"}


def test_featuring_on_a_members_single_named_with_her_group_is_a_collab(clf: Classifier) -> None:
    got = pair(classify(clf, "BTS's Jimin featured on TWICE's Nayeon's new single."), "jimin", "nayeon")
    assert got is not None and got.types == ("collab",)


def test_a_like_on_a_post_a_group_just_shared_is_on_the_groups_post(clf: Classifier) -> None:
    body = "BABYMONSTER shared a video on Instagram. Soon after, BTS's Jimin liked the post."
    got = pair(classify(clf, body), "jimin", "babymonster")
    assert got is not None and got.types == ("like",)


def test_collaborates_with_is_a_collab(clf: Classifier) -> None:
    c = clf.classify("BTS's Jimin Collaborates With Taeyang On New Single", "It is out now.")
    got = pair(c, "jimin", "taeyang")
    assert got is not None and got.types == ("collab",)


def test_a_group_ending_the_headline_is_no_fandom_of_the_fans_opening_the_body(clf: Classifier) -> None:
    got = pair(clf.classify("BTS's Jimin Shouts Out BABYMONSTER", "Fans were delighted by the moment."),
               "jimin", "babymonster")
    assert got is not None and got.types == ("mention",)


@pytest.mark.parametrize("body", [
    "One fan wrote: honestly IU and Lee Mu Jin singing a winter duet would end the year for me.",
    "What do you think of a ZICO and IU duet?",
    'A fan edit pairing aespa\'s Winter and ILLIT\'s Wonhee as "the duet we need" went viral.',
])
def test_a_duet_a_fan_wishes_for_or_asks_about_is_no_collaboration(clf: Classifier, body: str) -> None:
    assert classify(clf, body).interactions == ()


def test_a_duet_that_would_later_top_the_charts_was_released(clf: Classifier) -> None:
    body = "IU and Zico released a duet on Friday. The duet would later top the charts."
    assert pair(classify(clf, body), "iu", "zico") is not None


def test_fans_wanting_two_artists_to_collaborate_is_a_wish(clf: Classifier) -> None:
    title = "Fans want ENHYPEN's Heeseung and Conan Gray to collaborate after both release songs called Heather"
    assert pair(clf.classify(title, "The two songs came out a week apart."), "heeseung", "conan-gray") is None


def test_shouting_someone_out_is_a_mention(clf: Classifier) -> None:
    got = pair(clf.classify("BTS' Jin shouts out TWS on Weverse", "Fans loved it."), "jin", "tws")
    assert got is not None and got.types == ("mention",)


@pytest.mark.parametrize("text", [
    "She has not recorded any song with the artist mentioned, and the two have never met.",
    "The song mentioned above topped the chart.",
])
def test_mentioned_as_a_participle_after_its_noun_is_no_mention(text: str) -> None:
    assert "mention" not in [kind for kind, _a, _b in find_cues(text)]


def test_mentioned_before_its_object_is_a_mention() -> None:
    assert "mention" in [kind for kind, _a, _b in find_cues("Jin mentioned IU during the broadcast.")]


def test_a_report_an_agency_shut_down_in_the_title_made_no_pair(clf: Classifier) -> None:
    title = "Agency Shuts Down Reports That BOYNEXTDOOR Recorded A Song With Mrs. GREEN APPLE"
    body = ("On March 1, a Japanese outlet claimed that BOYNEXTDOOR had flown to Tokyo to record a collaboration "
            "track with Japanese band Mrs. GREEN APPLE. The agency called the report groundless.")
    assert pair(clf.classify(title, body), "boynextdoor", "mrs-green-apple") is None


def test_a_report_denied_later_does_not_take_back_an_act_told_before_it(clf: Classifier) -> None:
    body = ("TXT's Yeonjun said on the radio that he had messaged singer Tyla on Instagram. "
            "Tyla has not responded to the message.\n\n"
            "Agency says collaboration rumors are \"not true\"\n\n"
            "Later, some fans claimed that the two had recorded a song together. The agency quickly shut down "
            "the speculation.")
    got = pair(classify(clf, body), "yeonjun", "tyla")
    assert got is not None and got.types == ("message",)


def test_an_agencys_denial_of_a_local_media_report_covers_the_report_after_it(clf: Classifier) -> None:
    body = ("SEOUL, Jan. 22 (Yonhap) -- BELIFT LAB on Thursday denied a local media report that boy group "
            "ENHYPEN had recorded a joint single with The Kid LAROI. Earlier in the day, an online outlet reported "
            "that ENHYPEN's Jay and the singer had met in Los Angeles last autumn. \"ENHYPEN has not recorded any "
            "song with The Kid LAROI,\" the agency said in a text message to Yonhap News Agency.")
    c = classify(clf, body)
    assert pair(c, "enhypen", "the-kid-laroi") is None and pair(c, "jay-enhypen", "the-kid-laroi") is None


def test_a_stative_when_clause_is_only_the_time_of_the_meeting(clf: Classifier) -> None:
    body = ("Stray Kids' Bang Chan and Benson Boone swapped voice notes for months. The two finally met face to face "
            "in Los Angeles in March, when Stray Kids were in town for a string of shows.")
    c = classify(clf, body)
    assert pair(c, "benson-boone", "stray-kids") is None
    got = pair(c, "bang-chan", "benson-boone")
    assert got is not None and "meet" in got.types


def test_an_action_when_clause_still_carries_the_act(clf: Classifier) -> None:
    body = ("Jackson Wang turned the Kuala Lumpur stop of his world tour into a mini GOT7 reunion on 19 July, when "
            "BamBam walked out unannounced for a duet and a long hug.")
    got = pair(classify(clf, body), "jackson-wang", "bambam")
    assert got is not None and "collab" in got.types


@pytest.mark.parametrize(
    "body",
    [
        "ASTRO's Sanha showed up for Cha Eun-woo at his concert on Sunday.",
        "ASTRO's Sanha was in the audience at Cha Eun-woo's concert on Sunday.",
        "ASTRO's Sanha guested on Cha Eun-woo's radio show on Sunday.",
    ],
)
def test_being_there_for_the_other_is_a_meeting(clf: Classifier, body: str) -> None:
    got = pair(classify(clf, body), "sanha", "cha-eun-woo")
    assert got is not None and "meet" in got.types


def test_grabbing_coffee_together_is_a_meeting(clf: Classifier) -> None:
    got = pair(classify(clf, "IU and Taeyang grabbed coffee together in Hannam-dong."), "iu", "taeyang")
    assert got is not None and "meet" in got.types


def test_bringing_a_cake_for_the_other_is_a_gift(clf: Classifier) -> None:
    got = pair(classify(clf, "Doyoung brought a cake for Jungwoo on his discharge day."), "doyoung-nct", "jungwoo-nct")
    assert got is not None and "gift" in got.types


@pytest.mark.parametrize(
    "body",
    [
        "Director Seo Hyun-seung directed G-Dragon's new music video.",
        "ZICO took part in Taeyang's new single.",
        "ZICO performed with Taeyang at the year-end festival.",
    ],
)
def test_a_part_in_the_others_work_or_stage_is_a_collab(clf: Classifier, body: str) -> None:
    c = classify(clf, body)
    other = "new:seo-hyun-seung" if "Seo" in body else "zico"
    got = pair(c, other, "g-dragon" if "G-Dragon" in body else "taeyang")
    assert got is not None and "collab" in got.types, [(i.a, i.b, i.types) for i in c.interactions]


def test_two_attendees_of_a_named_hosts_concert_each_meet_the_host(clf: Classifier) -> None:
    c = classify(clf, "Taeyang and Nayeon attended Jimin's concert on Sunday.")
    assert all((got := pair(c, x, "jimin")) is not None and "meet" in got.types for x in ("taeyang", "nayeon"))


def test_a_role_word_in_a_coordinated_subject_keeps_the_second_actor(clf: Classifier) -> None:
    c = classify(clf, "Taeyang and actor Park Bo-gum gave a shout-out to Jimin.")
    got = pair(c, "park-bo-gum", "jimin")
    assert got is not None and "mention" in got.types


def test_belting_out_anothers_song_is_a_cover(clf: Classifier) -> None:
    got = pair(classify(clf, "Jimin belts out Taeyang's song on a variety show."), "jimin", "taeyang")
    assert got is not None and "cover" in got.types


@pytest.mark.parametrize(
    "body",
    [
        "Jimin ran into Taeyang at the airport.",
        "Jimin welcomed Taeyang home after his military discharge.",
        "Jimin and Taeyang shared a sweet moment at the awards show.",
    ],
)
def test_chance_meetings_homecomings_and_shared_moments_are_meetings(clf: Classifier, body: str) -> None:
    got = pair(classify(clf, body), "jimin", "taeyang")
    assert got is not None and "meet" in got.types


def test_calling_someone_your_best_friend_is_a_mention(clf: Classifier) -> None:
    got = pair(classify(clf, "Jimin calls Taeyang his best friend in a new interview."), "jimin", "taeyang")
    assert got is not None and "mention" in got.types


def test_a_moment_shared_in_the_live_chat_is_no_meeting(clf: Classifier) -> None:
    got = pair(classify(clf, "Jimin and Taeyang shared a funny moment in the live chat."), "jimin", "taeyang")
    assert got is None or "meet" not in got.types


@pytest.mark.parametrize(
    "body",
    [
        "BTS's V is known as a member of the friend group alongside Park Bo-gum.",
        "The agency said MAMAMOO will remain a four-member group together with Wheein and Hwasa.",
        "A thriller starring D.O. took first place at the box office, beating the drama led by Lee Jun-ho.",
    ],
)
def test_a_friend_group_a_groups_line_up_or_a_box_office_race_pairs_nobody(clf: Classifier, body: str) -> None:
    assert classify(clf, body).interactions == ()


def test_a_drama_starring_two_named_leads_still_pairs_them(clf: Classifier) -> None:
    got = pair(classify(clf, "The drama starring Kim Yoo-jung and Byeon Woo-seok premieres on Friday."),
               "kim-yoo-jung", "byeon-woo-seok")
    assert got is not None and "collab" in got.types


def test_a_selca_together_is_a_meeting(clf: Classifier) -> None:
    got = pair(classify(clf, "Sakura and Yujin posted a late-night café selca on Instagram."), "sakura", "yujin-ive")
    assert got is not None and "meet" in got.types


def test_receiving_a_bouquet_in_a_headline_is_a_gift(clf: Classifier) -> None:
    c = classify(clf, "Fans were moved.", title="Red Velvet's Seulgi Receives A Giant Bouquet From Taeyeon")
    got = pair(c, "seulgi-red-velvet", "taeyeon")
    assert got is not None and "gift" in got.types


def test_a_debut_featuring_another_artist_is_a_collab(clf: Classifier) -> None:
    got = pair(classify(clf, "Karina made her solo debut with Mirror Room featuring Zion.T."), "karina", "zion-t")
    assert got is not None and "collab" in got.types


def test_an_arrangement_of_anothers_hit_is_a_cover(clf: Classifier) -> None:
    body = "Lee Chan-won opened the show with a trot arrangement of one of Insooni's early hits."
    got = pair(classify(clf, body), "lee-chan-won", "insooni")
    assert got is not None and "cover" in got.types


@pytest.mark.parametrize(
    "body",
    ["Taeyang has worked with Jimin on his new album.", '"Working with Jimin was a dream," Taeyang said.'],
)
def test_working_with_someone_is_a_collab(clf: Classifier, body: str) -> None:
    got = pair(classify(clf, body), "taeyang", "jimin")
    assert got is not None and "collab" in got.types


def test_showing_up_unannounced_at_someones_concert_in_a_headline_is_a_meeting(clf: Classifier) -> None:
    c = classify(clf, "Fans were delighted.", title="DAY6's Young K Shows Up Unannounced At QWER's Seoul Concert")
    got = pair(c, "young-k", "qwer")
    assert got is not None and "meet" in got.types and got.headline


def test_dropping_by_the_comment_section_comments_on_the_post_just_described(clf: Classifier) -> None:
    body = "Taeyang shared a photo on Instagram. Jimin also dropped by the comment section, leaving a sweet message."
    got = pair(classify(clf, body), "jimin", "taeyang")
    assert got is not None and got.types == ("comment",)


@pytest.mark.parametrize(
    "body",
    [
        "Fans started tagging Hyunjin and Yeonjun in the challenge, hoping for a collab.",
        "The final lineup of Yubin, Yeeun and Sunmi released the album in 2016 before the group disbanded.",
        "Jimin and actor Park Bo-gum each posted a handwritten letter for fans.",
    ],
)
def test_fans_tagging_a_groups_own_release_and_separate_letters_pair_nobody(clf: Classifier, body: str) -> None:
    assert classify(clf, body).interactions == ()


@pytest.mark.parametrize(
    "body",
    [
        "Jannabi competes for Best Modern Rock Album alongside Silica Gel.",
        "IU is nominated for Song of the Year alongside Taeyang.",
        "The song was written and composed by producer Kwon Jung Yeol of 10CM.",
    ],
)
def test_rival_nominees_and_a_newcomer_named_with_his_act_pair_nobody(clf: Classifier, body: str) -> None:
    assert classify(clf, body).interactions == ()


@pytest.mark.parametrize(
    ("body", "a", "b", "kind"),
    [
        ("Bang Chan handed one of his bouquets to Julie as he passed her table.", "bang-chan", "julie", "gift"),
        ("Yeri baked a strawberry cake and handed it to Joy at midnight.", "yeri", "joy", "gift"),
        ("Yuqi sent a snack cart to Lee Eun-ji's radio show.", "yuqi", "lee-eun-ji", "gift"),
        ("Dua Lipa posted photos from a lunch in Seoul with Park Seo-joon.", "dua-lipa", "park-seo-joon", "meet"),
        ("Lee Mu-jin was caught asking Hwasa for a selfie on the red carpet.", "lee-mujin", "hwasa", "meet"),
        ("Soobin went backstage after Taemin's concert to say hello.", "soobin-txt", "taemin", "meet"),
    ],
)
def test_handing_over_carts_lunches_asked_for_selfies_and_backstage_visits(
    clf: Classifier, body: str, a: str, b: str, kind: str
) -> None:
    c = classify(clf, body)
    got = pair(c, a, b)
    assert got is not None and kind in got.types, [(i.a, i.b, i.types) for i in c.interactions]


@pytest.mark.parametrize(
    ("body", "a", "b", "kind"),
    [
        ("On Park Bo-young's opening night, a huge bouquet arrived at the theater from Suzy.", "suzy", "park-bo-young",
         "gift"),
        ("BamBam uploaded a new episode of his talk show, and his guest this time was Jackson Wang.", "bambam",
         "jackson-wang", "meet"),
        ("Jimin posted a photo of himself standing beside Taeyang at the mixing console.", "jimin", "taeyang", "meet"),
    ],
)
def test_a_bouquet_arriving_a_hosts_guest_and_standing_beside_someone(
    clf: Classifier, body: str, a: str, b: str, kind: str
) -> None:
    c = classify(clf, body)
    got = pair(c, a, b)
    assert got is not None and kind in got.types, [(i.a, i.b, i.types) for i in c.interactions]


def test_a_song_title_or_a_dance_is_no_standing_together(clf: Classifier) -> None:
    titled = classify(clf, "A TikTok by the Standing Next To You singer involved Felix, BTS's Jungkook.")
    danced = classify(clf, "Beomgyu stood next to Dohoon as the pair ran through the song's chorus choreography.")
    assert all("meet" not in i.types for i in titled.interactions + danced.interactions)


@pytest.mark.parametrize(
    ("body", "a", "b", "kind"),
    [
        ("Stray Kids' Felix rang Taeyang during the broadcast.", "felix", "taeyang", "message"),
        ("Stray Kids' Felix hopped on a video call with Taeyang during the live.", "felix", "taeyang", "message"),
        ("Stray Kids' Felix sat down with Lee Young-ji for her talk show.", "felix", "lee-young-ji", "meet"),
        ("i-dle's Miyeon appeared on the YouTube talk show hosted by Lee Young-ji.", "miyeon", "lee-young-ji", "meet"),
        ("Lee Chan-won appeared as a guest on KBS Cool FM's Park Myung-soo's Radio Show.", "lee-chan-won",
         "park-myung-soo", "meet"),
        ("Hyunjin gave Jennie a standing ovation.", "hyunjin-stray-kids", "jennie", "mention"),
        ("Jo In-sung crashed EXO's D.O., Kim Woo-bin, and Lee Kwang-soo's trip.", "jo-in-sung", "kim-woo-bin", "meet"),
    ],
)
def test_calls_talk_show_guests_ovations_and_crashed_trips(
    clf: Classifier, body: str, a: str, b: str, kind: str
) -> None:
    c = classify(clf, body)
    got = pair(c, a, b)
    assert got is not None and kind in got.types, [(i.a, i.b, i.types) for i in c.interactions]


def test_two_guests_who_joined_a_show_as_guests_met_each_other(clf: Classifier) -> None:
    got = pair(classify(clf, "Winter and Ningning joined the cast as guests for the ski race."), "winter", "ningning")
    assert got is not None and "meet" in got.types


def test_a_show_which_follows_three_people_pairs_its_whole_cast(clf: Classifier) -> None:
    body = 'tvN aired an episode of "Kong Kong Pang Pang", which follows EXO\'s D.O., Kim Woo-bin, and Lee Kwang-soo.'
    c = classify(clf, body)
    assert {frozenset((i.a, i.b)) for i in c.interactions if "collab" in i.types} == {
        frozenset(x) for x in (("d-o", "kim-woo-bin"), ("d-o", "lee-kwang-soo"), ("kim-woo-bin", "lee-kwang-soo"))
    }


def test_a_release_which_follows_another_follows_nobody(clf: Classifier) -> None:
    assert classify(clf, "IU's new single, which follows Taeyang's hit, drops Friday.").interactions == ()


@pytest.mark.parametrize(
    ("body", "a", "b", "kind"),
    [
        ("SEVENTEEN's Hoshi phoned Woozi in the middle of the show.", "hoshi", "woozi", "message"),
        ("Doyoung showed the camera a message he had just received from Haechan.", "doyoung-nct", "haechan",
         "message"),
        ("Producer Han Do-yun also directed Karina's vocal recording session.", "new:han-do-yun", "karina", "collab"),
    ],
)
def test_phone_calls_messages_just_received_and_a_directed_session(
    clf: Classifier, body: str, a: str, b: str, kind: str
) -> None:
    c = classify(clf, body)
    got = pair(c, a, b)
    assert got is not None and kind in got.types, [(i.a, i.b, i.types) for i in c.interactions]


@pytest.mark.parametrize(
    "body",
    [
        "Released in 2011, the song features members CL and Park Bom.",
        "Industry watchers often place TWICE alongside BLACKPINK when naming the best-selling acts.",
    ],
)
def test_a_groups_own_members_and_a_ranking_alongside_pair_nobody(clf: Classifier, body: str) -> None:
    assert classify(clf, body).interactions == ()


def test_the_cover_a_headline_reports_is_a_headline_pair_with_the_covered_act(clf: Classifier) -> None:
    body = ("On October 14, Billlie's Tsuki uploaded a dance and vocal cover of MAMAMOO's 2018 hit \"Egotistic\". "
            "Solar left a comment under the video.")
    c = classify(clf, body, title="MAMAMOO's Solar Reacts To Billlie Tsuki's Cover Of \"Egotistic\"")
    got = pair(c, "tsuki", "mamamoo")
    assert got is not None and "cover" in got.types and got.headline


def test_a_gift_sent_to_a_group_stays_the_groups_when_a_member_shows_it(clf: Classifier) -> None:
    body = ("A flower stand sent by TVXQ stood at the entrance of RIIZE's concert venue. After the final show, "
            "Anton posted a photo of the flower stand on his Instagram Story, thanking TVXQ.")
    c = classify(clf, body, title="TVXQ sends flowers to RIIZE's first dome concert")
    got = pair(c, "tvxq", "riize")
    assert got is not None and "gift" in got.types and got.headline


def test_a_group_that_enlists_a_feature_for_its_single_keeps_the_collab(clf: Classifier) -> None:
    body = ("QWER have shared a new single featuring Epik High's Tablo. QWER's Chodan said Tablo recorded his verse "
            "in one take, and Chodan thanked him for the collaboration.")
    c = classify(clf, body, title="QWER enlist Epik High's Tablo for new single 'Static Bloom'")
    got = pair(c, "qwer", "tablo")
    assert got is not None and "collab" in got.types and got.headline


def test_a_headline_quoting_its_opening_speaker_is_a_mention(clf: Classifier) -> None:
    c = classify(clf, "He spoke at the showcase.", title="BOYNEXTDOOR's Jaehyun: \"Zico hyung taught us to write\"")
    got = pair(c, "jaehyun-boynextdoor", "zico")
    assert got is not None and "mention" in got.types and got.headline


def test_the_voice_memo_someone_sent_is_a_message(clf: Classifier) -> None:
    c = classify(clf, "Fans laughed.", title="Lee Young Ji Played The Voice Memo Jennie Sent Her On Camera")
    got = pair(c, "lee-young-ji", "jennie")
    assert got is not None and "message" in got.types


def test_coming_to_her_concert_meets_the_person_she_is(clf: Classifier) -> None:
    got = pair(classify(clf, "Hwasa talked about her solo life. Moonbyul came to her concert in December."),
               "hwasa", "moonbyul")
    assert got is not None and "meet" in got.types


def test_people_a_reporter_says_came_to_her_concert_met_the_reporter(clf: Classifier) -> None:
    body = ("MAMAMOO's Hwasa talked about her solo life. She revealed that Moonbyul and Wheein came to her solo "
            "concert and visited her in the waiting room afterward.")
    c = classify(clf, body)
    assert all((got := pair(c, "hwasa", x)) is not None and "meet" in got.types for x in ("moonbyul", "wheein"))


def test_songs_covered_at_his_own_concerts_pair_nobody_else(clf: Classifier) -> None:
    body = ("BTS's V praised Zhou Shen's voice last year. Zhou Shen is known for his wide vocal range and has covered "
            "songs in several languages at his concerts.")
    got = pair(classify(clf, body), "v", "zhou-shen")
    assert got is None or "cover" not in got.types


def test_reposting_the_photos_just_described_mentions_their_poster(clf: Classifier) -> None:
    body = "Taeyang posted photos from his concert on Instagram. Jimin reposted the photos a few hours later."
    got = pair(classify(clf, body), "jimin", "taeyang")
    assert got is not None and "mention" in got.types


@pytest.mark.parametrize(
    "body",
    [
        'A post titled "YENA x Chuu duet when?" on an online community gathered 600 recommendations.',
        '"BTS\'s Jin is preparing new music, but the report about a duet with Taeyeon is groundless," it said.',
        "IU and Taeyang announced their new albums. Hours later, each of the two posted a handwritten letter for fans.",
    ],
)
def test_a_titled_wish_a_groundless_report_and_letters_each_to_fans_pair_nobody(clf: Classifier, body: str) -> None:
    assert classify(clf, body).interactions == ()


def test_a_group_naming_whose_producer_someone_is_is_no_party(clf: Classifier) -> None:
    c = classify(clf, "Fans were excited.", title="XG's next single was co-written by BLACKPINK hitmaker Teddy")
    assert pair(c, "blackpink", "xg") is None and pair(c, "teddy", "xg") is not None


def test_sitting_next_to_someone_is_a_meeting(clf: Classifier) -> None:
    body = "One photo showed Jimin sitting behind a mixing desk next to Taeyang, both grinning at the camera."
    got = pair(classify(clf, body), "jimin", "taeyang")
    assert got is not None and "meet" in got.types


@pytest.mark.parametrize(
    "body",
    [
        "Young K covered the ballad on the show. The original song was written by the late composer Lee Young-hoon.",
        "Every time Taeyeon or IU releases a ballad, the comment sections of both fill up with the same request.",
        "Fans designed mock album covers featuring Taeyeon and IU.",
        "So far, Taeyeon and Ariana Grande have never shared a stage or even been photographed together.",
        "Sunghoon has been trending alongside Stray Kids on this week's brand reputation rankings.",
        "JO1 and INI placed third and fourth, continuing a rivalry that has followed them since their debut.",
    ],
)
def test_credits_fan_comments_mockups_denied_pairs_rankings_and_rivalries_pair_nobody(
    clf: Classifier, body: str
) -> None:
    assert classify(clf, body).interactions == ()


def test_a_person_named_mock_is_no_mock_up(clf: Classifier) -> None:
    got = pair(classify(clf, "Rosé's music video features model Evan Mock as her love interest."), "rose", "evan-mock")
    assert got is not None and "collab" in got.types


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Jimin and Taeyang enjoyed a meal together in Hannam-dong.", "meet"),
        ("Jimin featured Taeyang on his new track.", "collab"),
        ("Jimin hit the studio with Taeyang last week.", "collab"),
    ],
)
def test_a_meal_together_a_featured_guest_and_a_studio_session(clf: Classifier, body: str, kind: str) -> None:
    got = pair(classify(clf, body), "jimin", "taeyang")
    assert got is not None and kind in got.types


def test_two_named_people_performing_the_point_choreography_do_the_challenge_together(clf: Classifier) -> None:
    got = pair(classify(clf, "In the clip, Jimin and Taeyang perform the point choreography of the song."),
               "jimin", "taeyang")
    assert got is not None and "challenge" in got.types


def test_a_group_account_posting_one_member_performing_choreography_pairs_nobody(clf: Classifier) -> None:
    body = "ENHYPEN's official account posted a clip of Ni-ki performing the point choreography of the song."
    assert classify(clf, body).interactions == ()


@pytest.mark.parametrize(
    ("body", "title", "a", "b", "kind"),
    [
        ("Fans noticed.", "aespa's Winter Finally Hits \"Follow\" On IVE's Liz", "winter", "liz", "follow"),
        ("Fans laughed.", "LE SSERAFIM teach Jimmy Fallon their new point choreography", "le-sserafim", "jimmy-fallon",
         "challenge"),
        ("ITZY's Ryujin was the latest guest on rapper Lee Young Ji's YouTube talk show.", "K-pop news", "ryujin",
         "lee-young-ji", "meet"),
        ("IVE's Rei pulled heat packs out of her coat and handed them to KiiiKiii's Jiyu.", "K-pop news", "rei",
         "jiyu", "gift"),
    ],
)
def test_a_quoted_follow_teaching_a_dance_a_talk_show_guest_and_things_handed_over(
    clf: Classifier, body: str, title: str, a: str, b: str, kind: str
) -> None:
    c = classify(clf, body, title=title)
    got = pair(c, a, b)
    assert got is not None and kind in got.types, [(i.a, i.b, i.types) for i in c.interactions]


def test_a_collab_on_fans_wish_lists_is_no_collab(clf: Classifier) -> None:
    body = "Fans were sad, as a Jisoo and Charlie Puth collaboration has been on their wish lists for years."
    assert classify(clf, body).interactions == ()


def test_a_clip_in_which_one_member_is_joined_by_another_pairs_the_two(clf: Classifier) -> None:
    body = ("ENHYPEN's Ni-ki did BOYNEXTDOOR's Pop Quiz challenge. A day later, ENHYPEN's official TikTok account "
            "posted a second version, in which Ni-ki is joined by bandmate Jake for the chorus.")
    got = pair(classify(clf, body), "ni-ki", "jake")
    assert got is not None and "challenge" in got.types


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Jimin Shares Sweet Moment With Taeyang At The Airport", "meet"),
        ("Jimin Leaves Heart Emoji On Taeyang's Post", "comment"),
    ],
)
def test_a_shared_moment_and_an_emoji_on_a_post_in_headlines(clf: Classifier, title: str, kind: str) -> None:
    got = pair(classify(clf, "Fans were delighted.", title=title), "jimin", "taeyang")
    assert got is not None and kind in got.types and got.headline


def test_an_unknown_accounts_follows_and_emojis_pair_nobody_it_names(clf: Classifier) -> None:
    body = ("Fans who monitored the account said that, after the hack, it also followed accounts including IVE's "
            "Liz and British singer Raye, and left the same emoji under several of their posts.")
    assert pair(classify(clf, body), "liz", "raye") is None


def test_a_group_naming_who_a_member_is_does_not_own_her_duet(clf: Classifier) -> None:
    body = ("Singer-songwriter Lee Mu-jin and Lee Su-hyun of the sibling duo AKMU will release a duet single next "
            "week, their agencies said.")
    c = classify(clf, body, title="Lee Mu-jin and AKMU's Lee Su-hyun to release duet single")
    assert pair(c, "akmu", "lee-mujin") is None and pair(c, "lee-mujin", "lee-suhyun") is not None


def test_a_report_that_has_been_denied_pairs_nobody(clf: Classifier) -> None:
    body = "A report claiming that IU and Lim Young-woong had secretly recorded a duet has been firmly denied."
    assert classify(clf, body).interactions == ()


@pytest.mark.parametrize(
    ("body", "title", "a", "b"),
    [
        ("Fans screamed.", "ZICO Brings Out Jennie As A Surprise Guest At Seoul Encore Concert", "zico", "jennie"),
        ("Producer Oh Dan-bi also handled the vocal direction for Taeyeon's parts.", "K-pop news", "new:oh-dan-bi",
         "taeyeon"),
        ("Gong Yoo and Lee Dong-wook first shared the screen in the tvN series Goblin.", "K-pop news", "gong-yoo",
         "lee-dong-wook"),
    ],
)
def test_a_guest_brought_out_vocal_direction_and_a_shared_screen_are_collabs(
    clf: Classifier, body: str, title: str, a: str, b: str
) -> None:
    c = classify(clf, body, title=title)
    got = pair(c, a, b)
    assert got is not None and "collab" in got.types, [(i.a, i.b, i.types) for i in c.interactions]


def test_members_who_bring_gifts_together_met_each_other(clf: Classifier) -> None:
    c = classify(clf, "Fans loved it.",
                 title="Stray Kids' Bang Chan And Changbin Bring Gifts To Lee Young Ji's Talk Show")
    got = pair(c, "bang-chan", "changbin")
    assert got is not None and "meet" in got.types and not got.headline


def test_the_producer_of_the_ballad_just_released_is_credited_with_both_singers(clf: Classifier) -> None:
    body = ('Paul Kim and Lee Hi released "Half A Step," an OST for the drama. The mid-tempo ballad was written and '
            "produced by producer Ryu Da-eun, who also worked on the drama's first OST.")
    c = classify(clf, body)
    assert pair(c, "new:ryu-da-eun", "paul-kim") is not None and pair(c, "new:ryu-da-eun", "lee-hi") is not None


@pytest.mark.parametrize(
    "body",
    [
        "DAY6 welcomed Xdinary Heroes as surprise guests on the final night of their year-end concerts.",
        "Taeyang welcomed Jimin as a special guest at his encore concert.",
    ],
)
def test_a_guest_welcomed_at_a_concert_shares_the_stage(clf: Classifier, body: str) -> None:
    c = classify(clf, body)
    a, b = ("day6", "xdinary-heroes") if "DAY6" in body else ("taeyang", "jimin")
    got = pair(c, a, b)
    assert got is not None and "collab" in got.types, [(i.a, i.b, i.types) for i in c.interactions]


def test_taking_someone_on_a_run_is_a_meeting(clf: Classifier) -> None:
    c = classify(clf, "Fans laughed.", title="SHINee's Minho Takes RIIZE's Sungchan And Wonbin On A 10K Run")
    assert all((got := pair(c, "minho-shinee", x)) is not None and "meet" in got.types for x in ("sungchan", "wonbin"))


def test_a_headlines_second_clause_with_a_new_speaker_is_its_own(clf: Classifier) -> None:
    c = classify(clf, "Fans laughed.",
                 title="Choi Woo Shik sends a snack truck to Park Seo Joon's drama set, BTS V asks \"where's mine?\"")
    got = pair(c, "choi-woo-shik", "v")
    assert got is None or "gift" not in got.types


def test_someone_in_the_crowd_at_anothers_concert_met_them(clf: Classifier) -> None:
    got = pair(classify(clf, "SHINee's Minho in the crowd at Key's solo concert."), "minho-shinee", "key")
    assert got is not None and "meet" in got.types


def test_a_co_star_named_in_a_list_of_well_wishers_is_one_of_them_not_a_collab_with_the_rest(clf: Classifier) -> None:
    c = clf.classify(
        "BLACKPINK's Jennie, Lisa, Rosé And \"Snowdrop\" Co-Star Jung Hae In Shower JISOO With Love On Her Birthday",
        "The stars posted messages for her.",
    )
    assert {(i.a, i.b, i.types) for i in c.interactions} == {
        (who, "jisoo-blackpink", ("mention",)) for who in ("jennie", "lisa", "rose", "jung-hae-in")
    }


def test_his_co_star_after_and_still_says_the_two_worked_together(clf: Classifier) -> None:
    c = classify(clf, "IU took a photo with Park Bo Gum and his co-star Kim So Hyun on the set.")
    got = pair(c, "kim-so-hyun", "park-bo-gum")
    assert got is not None and "collab" in got.types


def test_a_pronoun_after_a_sentence_opening_with_a_when_clause_is_the_main_clauses_subject(clf: Classifier) -> None:
    c = classify(clf, "When JISOO uploaded selfies to Instagram, Rosé was quick to show up. She liked the post.")
    got = pair(c, "rose", "jisoo-blackpink")
    assert got is not None and got.types == ("like",) and got.a == "rose" and got.directed


def test_a_comment_left_after_liking_the_post_goes_to_the_same_post(clf: Classifier) -> None:
    c = classify(clf, "JISOO uploaded a set of selfies to Instagram. Rosé liked the post and left a comment.")
    got = pair(c, "rose", "jisoo-blackpink")
    assert got is not None and got.types == ("like", "comment") and got.a == "rose" and got.directed


@pytest.mark.parametrize(
    "title",
    [
        '"Make it happen": Fans rally for a TWICE Nayeon x Sabrina Carpenter collaboration after a mashup goes viral',
        '"Please make this happen": Netizens start trending a hashtag for a Nayeon x Sabrina Carpenter duet',
    ],
)
def test_a_rally_or_a_hashtag_for_a_collaboration_is_a_wish(clf: Classifier, title: str) -> None:
    c = clf.classify(title, "The mashup has been played millions of times.")
    assert c.interactions == () and not c.interaction_story


def test_neither_nor_denies_every_act_of_its_clause(clf: Classifier) -> None:
    body = "Neither Nayeon nor Sabrina Carpenter has reacted to the mashup, liked it, or commented on it."
    assert classify(clf, body).interactions == ()


_ONE_OBJECT_LIST = (
    "The family came out in full force for the encore weekend.\n\n"
    "1. Red Velvet's Seulgi went backstage\n\n"
    "Seulgi was all smiles in a photo from the waiting room that the group uploaded after the show.\n\n"
    "2. NCT's Mark couldn't stop filming\n\n"
    "Mark was seated in the stands on the final night and posted several clips of the show on his Story.\n\n"
    "3. Kangta sent a wreath\n\n"
    "Kangta could not attend because of his own schedule, but a flower wreath from him stood in the lobby.\n"
)


def test_each_item_of_a_one_object_list_did_the_titles_act_to_its_object(clf: Classifier) -> None:
    c = clf.classify("5 Ways SM Artists Showed Up For aespa At Their Seoul Concert", _ONE_OBJECT_LIST)
    assert {frozenset((i.a, i.b)) for i in c.interactions} == {
        frozenset((who, "aespa")) for who in ("seulgi-red-velvet", "mark-nct", "kangta")
    }
    mark = pair(c, "mark-nct", "aespa")
    assert mark is not None and "meet" in mark.types and mark.headline


def test_an_item_who_could_not_come_did_only_what_the_item_says(clf: Classifier) -> None:
    c = clf.classify("5 Ways SM Artists Showed Up For aespa At Their Seoul Concert", _ONE_OBJECT_LIST)
    got = pair(c, "kangta", "aespa")
    assert got is not None and got.types == ("gift",)


def test_the_owner_of_the_account_a_message_was_left_on_is_not_its_speaker(clf: Classifier) -> None:
    body = ("Sohee attended the first night and later left a message on RIIZE's Weverse telling fans, "
            '"aespa sunbaenims are so cool."')
    c = classify(clf, body)
    assert pair(c, "riize", "aespa") is None
    got = pair(c, "sohee-riize", "aespa")
    assert got is not None and "mention" in got.types


def test_a_listicle_heading_may_join_its_pair_with_a_plain_hyphen(clf: Classifier) -> None:
    body = (
        "Some gifts stood out more than others this year.\n\n"
        "1. GOT7's BamBam - SEVENTEEN's Mingyu\n\n"
        "'97 liners stick together, and the sneakers he picked out were hand-painted with their birth year.\n\n"
        "2. Sunmi - Chuu\n\n"
        "The singer stopped by the fan meeting in Seoul and left a perfume set and a long handwritten letter.\n"
    )
    c = clf.classify("5 times idols spoiled their industry friends with thoughtful gifts", body)
    assert pair(c, "bambam", "mingyu") is not None and pair(c, "chuu", "sunmi") is not None


def test_the_three_are_the_three_people_the_last_sentence_named(clf: Classifier) -> None:
    body = ("BTS's Jimin, actor Park Seo-joon and rapper Peakboy all turned 30 this year. "
            "The three were seen chatting at a cafe on Friday.")
    c = classify(clf, body)
    assert {frozenset((i.a, i.b)) for i in c.interactions} == {
        frozenset(p) for p in (("jimin", "park-seo-joon"), ("jimin", "peakboy"), ("park-seo-joon", "peakboy"))
    }


def test_bandmates_said_to_have_come_to_see_his_musical_met_the_one_who_says_so(clf: Classifier) -> None:
    body = ("Later in the episode, Kyuhyun spoke about his Super Junior bandmates, saying that Yesung and Ryeowook "
            "had come to see his musical together on opening night.")
    c = classify(clf, body)
    for a, b in (("kyuhyun", "yesung"), ("kyuhyun", "ryeowook"), ("ryeowook", "yesung")):
        got = pair(c, a, b)
        assert got is not None and got.types == ("meet",)


def test_coming_to_see_someones_show_is_being_there_in_person(clf: Classifier) -> None:
    got = pair(classify(clf, "Taeyeon came to see IU's concert on Saturday."), "taeyeon", "iu")
    assert got is not None and got.types == ("meet",)


def test_a_clause_opening_with_when_has_its_own_subject(clf: Classifier) -> None:
    body = ("TWS's summer single got a major boost when J-Hope filmed its dance challenge with members Shinyu "
            "and Dohoon.")
    c = classify(clf, body)
    for member in ("shinyu", "dohoon"):
        got = pair(c, "j-hope", member)
        assert got is not None and "challenge" in got.types
    assert pair(c, "j-hope", "tws") is None


@pytest.mark.parametrize(
    "title",
    [
        "ENHYPEN's Jay Receives A Signed Electric Guitar From Yoon Do Hyun",
        "ENHYPEN's Jay gets new headphones from Yoon Do Hyun",
        "Yoon Do Hyun treats ENHYPEN's Jay to matching sneakers",
    ],
)
def test_a_thing_received_from_or_treated_to_is_a_gift(clf: Classifier, title: str) -> None:
    got = pair(clf.classify(title, "It arrived on Monday."), "jay-enhypen", "yoon-do-hyun")
    assert got is not None and got.types == ("gift",)


def test_treating_someone_to_a_meal_is_no_gift(clf: Classifier) -> None:
    c = classify(clf, "Sunmi promised to treat Hwasa to a meal once their schedules are over.")
    got = pair(c, "sunmi", "hwasa")
    assert got is None or "gift" not in got.types


def test_a_future_production_credit_is_a_collab_but_the_show_produce_101_is_not(clf: Classifier) -> None:
    c = classify(clf, "Kim Jae-joong will produce SAY MY NAME's first full album.")
    got = pair(c, "jaejoong", "say-my-name")
    assert got is not None and got.types == ("collab",)
    assert classify(clf, "Jeon Somi was a trainee on Produce 101 with Chungha.").interactions == ()


def test_picking_someone_without_hesitation_in_answer_to_a_host_is_a_shout_out(clf: Classifier) -> None:
    body = ("When Sung Si Kyung asked whether any younger vocalists reminded him of himself, Kyuhyun picked "
            "RIIZE's Sohee without hesitation.")
    c = classify(clf, body)
    got = pair(c, "kyuhyun", "sohee-riize")
    assert got is not None and got.types == ("mention",) and got.a == "kyuhyun"
    assert pair(c, "sung-si-kyung", "sohee-riize") is None


def test_the_act_after_a_when_clause_is_done_by_the_main_clauses_subject(clf: Classifier) -> None:
    body = ("When Daesung asked whether her bandmates knew she was on his show, Sandara Park showed him a text she "
            "had received from 2NE1's CL the night before.")
    c = classify(clf, body)
    assert pair(c, "cl", "dara") is not None and pair(c, "cl", "daesung") is None


def test_a_version_sung_with_others_on_instruments_is_a_collab_of_all_three(clf: Classifier) -> None:
    body = ("Ed Sheeran walked on stage during the encore and sang an acoustic version of Perfect with Lee Chan-hyuk "
            "on guitar and Lee Su-hyun on harmonies.")
    c = classify(clf, body)
    for a, b in (("ed-sheeran", "lee-chan-hyuk"), ("ed-sheeran", "lee-suhyun"), ("lee-chan-hyuk", "lee-suhyun")):
        got = pair(c, a, b)
        assert got is not None and got.types == ("collab",)


def test_the_two_group_members_are_the_last_two_people_named_not_the_group(clf: Classifier) -> None:
    body = ("Jackson Wang wrapped up his tour. The beat of GOT7's Hard Carry rang out, and BamBam walked out from "
            "the side of the stage. The two GOT7 members performed the track together.")
    c = classify(clf, body)
    got = pair(c, "bambam", "jackson-wang")
    assert got is not None and got.types == ("collab",)
    assert pair(c, "bambam", "got7") is None


def test_a_wordpress_footer_repeating_the_title_adds_no_act(clf: Classifier) -> None:
    body = ("Jay Park was joined by Simon Dominic and Loco for a surprise medley of their old crew anthems […] "
            "The post Jay Park Brings Simon Dominic And Loco On Stage For A Reunion Moment appeared first on "
            "HELLOKPOP.")
    c = clf.classify("Jay Park Brings Simon Dominic And Loco On Stage For A Reunion Moment", body)
    got = pair(c, "jay-park", "loco")
    assert got is not None and got.types == ("collab",)


def test_everyone_credited_on_a_ballad_in_the_passive_worked_together(clf: Classifier) -> None:
    c = classify(clf, "The ballad was co-written by Paul Kim and Heize and arranged by producer Jung Key.")
    for a, b in (("paul-kim", "heize"), ("paul-kim", "new:jung-key"), ("heize", "new:jung-key")):
        got = pair(c, a, b)
        assert got is not None and got.types == ("collab",)


def test_a_comment_named_as_one_from_someone_is_theirs_on_the_post_just_described(clf: Classifier) -> None:
    body = ("LE SSERAFIM's Yunjin posted a new cover on Instagram. Among the thousands of comments is one from "
            "Yunjin's bandmate Kim Chaewon, who wrote: \"Our in-house pop star strikes again.\"")
    got = pair(classify(clf, body), "kim-chaewon", "yunjin")
    assert got is not None and got.types == ("comment",)


def test_showing_support_with_no_one_named_after_it_is_for_the_one_just_named(clf: Classifier) -> None:
    c = classify(clf, "BABYMONSTER dropped a new single on Friday, and BTS's Jimin was quick to show support.")
    got = pair(c, "jimin", "babymonster")
    assert got is not None and got.types == ("mention",)


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("aespa's Karina texts BABYMONSTER's Ahyeon after every show.", "message"),
        ("Fans spotted aespa's Karina liking BABYMONSTER's Ahyeon's newest post.", "like"),
    ],
)
def test_a_name_ending_in_a_is_not_the_article_a_before_the_verb(clf: Classifier, body: str, kind: str) -> None:
    got = pair(classify(clf, body), "karina", "ahyeon")
    assert got is not None and kind in got.types


def test_banter_among_the_guests_is_not_between_the_hosts_named(clf: Classifier) -> None:
    body = ("The episode, hosted by Kim Gu-ra, Kim Kook-jin, Yoo Se-yoon and Jang Do-yeon, featured plenty of banter "
            "among the guests.")
    assert classify(clf, body).interactions == ()


@pytest.mark.parametrize(
    "title",
    ["Jay Park Brings Out Jessi For A Surprise Stage At WATERBOMB", "Jay Park brings out Jessi at his Seoul concert"],
)
def test_bringing_someone_out_for_a_stage_or_at_ones_concert_is_a_collab(clf: Classifier, title: str) -> None:
    got = pair(clf.classify(title, "Fans loved it."), "jay-park", "jessi")
    assert got is not None and "collab" in got.types


def test_a_special_guest_at_another_acts_concert_shares_their_stage(clf: Classifier) -> None:
    c = clf.classify("IU Surprises Fans As Special Guest At DAY6's Year-End Concert", "Fans loved it.")
    got = pair(c, "iu", "day6")
    assert got is not None and got.types == ("collab",)


def test_surprise_appearances_from_guests_at_ones_concert_are_collabs_of_everyone_on_stage(clf: Classifier) -> None:
    body = ("ZICO closed the second night of his encore concert with surprise appearances from Crush & DEAN, who "
            "joined him on stage to perform the 2016 hit together.")
    c = classify(clf, body)
    for a, b in (("zico", "crush"), ("zico", "dean"), ("crush", "dean")):
        got = pair(c, a, b)
        assert got is not None and got.types == ("collab",)


def test_a_surprise_appearance_at_an_event_named_before_where_is_for_its_owner(clf: Classifier) -> None:
    body = ("The talk then turned to Kwon Eun Bi's solo concert last December, where LE SSERAFIM's Kim Chaewon had "
            "made a surprise appearance.")
    got = pair(classify(clf, body), "kim-chaewon", "kwon-eun-bi")
    assert got is not None and got.types == ("collab",)


@pytest.mark.parametrize(
    "second",
    [
        "Under Jaehyun's latest post, he left a comment that read, \"finally\".",
        "On Jaehyun's new selfie, he commented with three crying emojis.",
    ],
)
def test_a_pronoun_after_an_opening_phrase_naming_someone_is_the_one_just_named_before(
    clf: Classifier, second: str
) -> None:
    got = pair(classify(clf, "BOYNEXTDOOR's Taesan also got involved. " + second), "taesan", "jaehyun-boynextdoor")
    assert got is not None and got.types == ("comment",) and got.a == "taesan"


@pytest.mark.parametrize(
    "credit",
    [
        "It was produced by Slom, who also played the piano on the recording.",
        "The mid-tempo dance track was produced by Slom and pairs a glassy synth line with a steady beat.",
        "Co-produced by Slom, \"Velvet Hour\" is a mid-tempo song about losing track of time.",
    ],
)
def test_a_credit_on_the_song_just_described_joins_its_singer(clf: Classifier, credit: str) -> None:
    c = classify(clf, "Chungha released her new single \"Velvet Hour\" on Monday. " + credit)
    slom = next(a.id for a in c.artists if a.name == "Slom")
    got = pair(c, slom, "chungha")
    assert got is not None and got.types == ("collab",)


def test_a_member_who_only_reacted_to_the_challenge_of_her_groups_song_leaves_it_with_the_group(
    clf: Classifier,
) -> None:
    c = clf.classify(
        "Stray Kids' Felix and Han take on ILLIT's 'Glitter Alarm' challenge; ILLIT's Yunah reacts",
        "Stray Kids' TikTok account posted the clip. Yunah left a comment: \"Felix sunbaenim, thank you so much!!\"",
    )
    got = pair(c, "felix", "illit")
    assert got is not None and "challenge" in got.types
    reaction = pair(c, "felix", "yunah")
    assert reaction is not None and "challenge" not in reaction.types


def test_following_with_a_gift_of_ones_own_is_no_follow(clf: Classifier) -> None:
    c = clf.classify(
        "Choi Woo-shik Sends Food Truck to Park Hyung-sik's Drama Set, Park Seo-joon Follows With Coffee",
        "Fans loved it.",
    )
    assert all("follow" not in i.types for i in c.interactions)


@pytest.mark.parametrize(
    "title",
    [
        "Hwasa NOT featuring on G-Dragon's upcoming single, agency clarifies amid collaboration rumors",
        "Agency addresses G-Dragon and Hwasa duet speculation",
    ],
)
def test_a_rumour_of_a_collaboration_is_no_collaboration(clf: Classifier, title: str) -> None:
    assert pair(clf.classify(title, "Fans were confused."), "g-dragon", "hwasa") is None


def test_such_a_collaboration_denied_is_no_collaboration(clf: Classifier) -> None:
    body = ("\"BABYMONSTER has not recorded any song with him, and nothing has been discussed or confirmed regarding "
            "such a collaboration with Charlie Puth,\" the agency said.")
    assert pair(classify(clf, body), "babymonster", "charlie-puth") is None


def test_a_collaboration_fans_suggested_is_a_wish(clf: Classifier) -> None:
    body = "Some fans even suggested turning it into a three-way collaboration between ILLIT and Olivia Rodrigo."
    assert pair(classify(clf, body), "illit", "olivia-rodrigo") is None


def test_what_looked_like_a_comment_is_no_comment(clf: Classifier) -> None:
    body = "MAMAMOO's Hwasa left what looked like a supportive comment under KiiiKiii's Jiyu's post."
    assert pair(classify(clf, body), "hwasa", "jiyu") is None


def test_being_members_of_one_friend_group_together_is_no_act(clf: Classifier) -> None:
    body = ("The three actors, together with BTS' V and rapper Peakboy, are members of the famous friend group that "
            "has appeared together on variety programs over the years.")
    assert pair(classify(clf, body), "peakboy", "v") is None


@pytest.mark.parametrize(
    ("title", "body", "a", "b"),
    [
        ("Chart report", "In the digital song category, solo artists feature more prominently than last year, with "
         "IU, G-Dragon and DAY6 among the top sellers.", "iu", "g-dragon"),
        ("Festival lineup", "MAMAMOO's Hwasa, Jay Park and Kwon Eun-bi head the first lineup, joined by R&B singer "
         "Crush.", "crush", "jay-park"),
        ("BTS news", "Jungkook, who completed his military service in June 2025 alongside bandmate Jimin, is "
         "preparing for the comeback.", "jimin", "jungkook"),
        ("Fans Are Convinced aespa's Karina And Sabrina Carpenter Need A Collab", "Fans loved it.", "karina",
         "sabrina-carpenter"),
        ("Why Fans Are Convinced A JENNIE x Doja Cat Collab Is Next", "Fans loved it.", "doja-cat", "jennie"),
    ],
)
def test_charts_line_ups_service_and_what_fans_are_convinced_of_are_no_collabs(
    clf: Classifier, title: str, body: str, a: str, b: str
) -> None:
    assert pair(clf.classify(title, body), a, b) is None


def test_a_liking_spree_on_someones_instagram_is_a_like(clf: Classifier) -> None:
    c = clf.classify("IVE's Rei Went On A Liking Spree On LISA's Instagram And Fans Can Relate", "Fans loved it.")
    got = pair(c, "rei", "lisa")
    assert got is not None and got.types == ("like",) and got.a == "rei"


@pytest.mark.parametrize(
    ("body", "met"),
    [
        ("Rosé revealed that she had turned up at Jisoo's home at midnight with a cake.", True),
        ("A signed copy of Rosé's album turned up at the Jisoo dorm with a note.", False),
        ("Rosé showed up to a music show rehearsal wearing a T-shirt printed with Jisoo's face.", False),
    ],
)
def test_turning_up_at_someones_home_is_a_meeting(clf: Classifier, body: str, met: bool) -> None:
    got = pair(classify(clf, body), "jisoo-blackpink", "rose")
    assert (got is not None and "meet" in got.types) == met


def test_a_member_who_only_commented_under_the_challenge_of_her_groups_song_takes_no_part_in_it(
    clf: Classifier,
) -> None:
    c = clf.classify(
        "Girls' Generation's Hyoyeon and IVE's Leeseo nail TWICE's THIS IS FOR dance challenge",
        "The clip went viral on TikTok. Fans highlighted the comment section, where TWICE's Momo wrote, "
        "\"Unnie, please teach me the second half\".",
    )
    for who in ("hyoyeon", "leeseo"):
        got = pair(c, who, "twice")
        assert got is not None and "challenge" in got.types
        reaction = pair(c, who, "momo")
        assert reaction is None or "challenge" not in reaction.types


def test_no_longer_following_someone_is_an_unfollow(clf: Classifier) -> None:
    body = ("Fans noticed on February 9 that Song Mino's following count had dropped to zero. Among the accounts he "
            "no longer follows are fellow members Kang Seung Yoon and Lee Seung Hoon.")
    c = classify(clf, body)
    for other in ("yoon-winner", "hoony"):
        got = pair(c, "mino", other)
        assert got is not None and got.types == ("unfollow",) and got.a == "mino", other


def test_a_feature_credit_after_a_plural_work_noun_is_a_collab(clf: Classifier) -> None:
    body = ("The Paris appearance caps off a busy stretch for j-hope. In 2025 he dropped the solo singles Sweet "
            "Dreams, featuring American R&B singer Miguel, and another one.")
    got = pair(classify(clf, body), "j-hope", "miguel")
    assert got is not None and got.types == ("collab",)


@pytest.mark.parametrize(
    ("body", "a", "b"),
    [
        ("Both BIBI and Billie Eilish write their own songs, and a fan thread imagining the tracklist of a joint EP "
         "got over 30,000 likes.", "bibi", "billie-eilish"),
        ("Local outlets reported that Ahn Hyo-seop had been offered the male lead in the film adaptation of a popular "
         "webtoon, opposite actress Kim Yoo-jung.", "ahn-hyo-seop", "kim-yoo-jung"),
    ],
)
def test_an_imagined_work_and_a_role_offered_are_no_collabs(clf: Classifier, body: str, a: str, b: str) -> None:
    assert pair(classify(clf, body), a, b) is None


def test_a_photo_flooded_with_messages_shows_nobody(clf: Classifier) -> None:
    body = ("Chuu liked Xiaoting's selfie. Xiaoting has not posted since, but fans have flooded her latest photo with "
            "messages of support.")
    got = pair(classify(clf, body), "chuu", "xiaoting")
    assert got is not None and "meet" not in got.types


def _far_story(late: str) -> str:
    """Karina's upload, then more than six sentences of prose about other things, then ``late``."""
    filler = " ".join(f"Fans shared their favourite moment number {n} from the series." for n in range(8))
    return f"Karina uploaded photos from the music video set to Instagram. {filler} {late}"


def test_a_late_comment_goes_under_the_post_of_the_person_the_title_is_about(clf: Classifier) -> None:
    c = clf.classify("aespa's Karina shares photos from her MV set", _far_story(
        "Her bandmate Winter quickly showed up in the comments with a joke."
    ))
    got = pair(c, "karina", "winter")
    assert got is not None and got.types == ("comment",)


def test_a_late_comment_naming_someone_else_is_not_moved_to_the_title_persons_post(clf: Classifier) -> None:
    c = clf.classify("aespa's Karina shares photos from her MV set", _far_story(
        "Actor Lee Do-hyun, who starred opposite Kim Go-eun, left a comment in the comments of her post."
    ))
    assert pair(c, "karina", "lee-do-hyun") is None


def test_a_late_comment_is_not_moved_to_a_post_of_someone_the_title_does_not_name(clf: Classifier) -> None:
    c = clf.classify("Five times seniors showed their juniors some love", _far_story(
        "Her bandmate Winter quickly showed up in the comments with a joke."
    ))
    assert pair(c, "karina", "winter") is None


def test_someone_in_the_audience_of_a_solo_concert_met_its_star(clf: Classifier) -> None:
    c = clf.classify(
        "NCT's Doyoung wraps up his solo encore concert in Seoul",
        "Doyoung thanked fans for three nights in a row. Doyoung sang ten songs. "
        "Fellow NCT member Haechan was also spotted in the audience on the final night.",
    )
    got = pair(c, "doyoung-nct", "haechan")
    assert got is not None and got.types == ("meet",)


def test_two_people_in_the_audience_each_met_the_star_of_the_show(clf: Classifier) -> None:
    c = clf.classify(
        "Taeyeon wows fans at her Seoul concert",
        "Taeyeon performed for three hours. Taeyeon sang her hits. "
        "Fellow Girls' Generation members Sunny and Yuri were also spotted in the audience that night.",
    )
    assert pair(c, "taeyeon", "sunny") is not None
    assert pair(c, "taeyeon", "yuri") is not None


def test_a_wreath_sent_to_the_venue_is_a_gift_to_the_one_whose_concert_it_is(clf: Classifier) -> None:
    c = clf.classify(
        "Yoona cheers on Lee Junho at his solo concert",
        "Yoona watched from the stands. "
        "Meanwhile, 2PM member Taecyeon, who could not attend, sent a large flower wreath to the venue.",
    )
    got = pair(c, "junho-2pm", "taecyeon")
    assert got is not None and got.types == ("gift",)


def test_the_audience_of_her_fan_meeting_is_hers_not_her_guests(clf: Classifier) -> None:
    c = clf.classify(
        "IVE's Ahn Yujin gets surprise visit from Lee Young Ji at her first solo fan meeting",
        "Ahn Yujin welcomed fans in Seoul. Ahn Yujin sang with Lee Young Ji. Ahn Yujin thanked the crowd. "
        "Fellow IVE member Liz was also spotted in the audience during the second show.",
    )
    assert pair(c, "yujin-ive", "liz") is not None
    assert pair(c, "lee-young-ji", "liz") is None


def test_the_audience_of_a_show_nobody_owns_meets_nobody(clf: Classifier) -> None:
    c = clf.classify(
        "Stars gather for a night of music in Seoul",
        "Taeyeon performed first, then Doyoung. Fellow NCT member Haechan was spotted in the audience.",
    )
    assert pair(c, "doyoung-nct", "haechan") is None
    assert pair(c, "taeyeon", "haechan") is None


def test_a_featuring_after_a_released_title_is_a_collab(clf: Classifier) -> None:
    got = pair(classify(clf, "Lisa is back. In 2024, she released New Woman featuring Spanish singer Rosalía."),
               "lisa", "rosalia")
    assert got is not None and got.types == ("collab",)


def test_a_line_up_unveiled_featuring_artists_is_no_collab(clf: Classifier) -> None:
    title = "Waterbomb Singapore unveils first lineup featuring Jay Park, KISS OF LIFE and more"
    c = clf.classify(title, "Tickets go on sale soon.")
    assert pair(c, "jay-park", "kiss-of-life") is None


def test_someone_sliding_into_the_frame_joins_the_challenge_clip_just_told(clf: Classifier) -> None:
    body = (
        "KISS OF LIFE's Natty and TWICE's Momo did the Lip Service dance challenge together on TikTok. "
        "Towards the end, KISS OF LIFE member Julie slides into the frame and takes Momo's place."
    )
    c = classify(clf, body)
    for other in ("natty", "momo"):
        got = pair(c, "julie", other)
        assert got is not None and "challenge" in got.types


def test_someone_entering_the_frame_joins_the_titles_challenge_pair(clf: Classifier) -> None:
    c = clf.classify(
        "LE SSERAFIM's Kazuha and KATSEYE's Manon team up for Gnarly dance challenge",
        "Fans loved the clip. The views kept climbing. Fans praised the ending. "
        "Just as the two struck their ending pose, Kazuha's bandmate Sakura slid into the frame.",
    )
    got = pair(c, "sakura", "manon")
    assert got is not None and got.types == ("challenge",)


def test_walking_into_the_frame_of_a_selfie_is_no_challenge(clf: Classifier) -> None:
    body = "Karina posted a selfie. Minutes later Winter walked into the frame."
    c = clf.classify("aespa's Karina posts a dorm selfie", body)
    got = pair(c, "karina", "winter")
    assert got is None or "challenge" not in got.types


def test_a_track_credit_after_a_sentence_naming_only_a_group_pairs_the_group(clf: Classifier) -> None:
    body = (
        "It marks the first time KISS OF LIFE has featured a male vocalist on a title track. "
        "The track was produced by Ryan Jhun, who also composed the song."
    )
    got = pair(classify(clf, body), "kiss-of-life", "ryan-jhun")
    assert got is not None and got.types == ("collab",)


def test_an_award_category_featuring_nominees_is_no_collab(clf: Classifier) -> None:
    body = (
        "The album category, decided in part by physical sales, features Stray Kids, SEVENTEEN, ENHYPEN "
        "and BOYNEXTDOOR."
    )
    c = classify(clf, body)
    assert pair(c, "stray-kids", "seventeen") is None
    assert pair(c, "enhypen", "boynextdoor") is None


def test_an_opening_quote_typed_for_a_possessive_apostrophe_still_marks_the_group_as_a_qualifier(
    clf: Classifier,
) -> None:
    c = classify(clf, "LE SSERAFIM‘s Sakura and IVE's Wonyoung filmed the dance challenge together.")
    assert pair(c, "sakura", "wonyoung") is not None
    assert pair(c, "le-sserafim", "wonyoung") is None


def test_chart_places_joined_by_and_are_no_shared_work(clf: Classifier) -> None:
    body = (
        "ZEROBASEONE's new mini album \"LUMINOUS\" debuted at No. 1 on the weekly album chart, followed by "
        "ILLIT's \"toy box\" at No. 2 and BOYNEXTDOOR's \"OVERTIME\" at No. 3."
    )
    c = classify(clf, body)
    assert pair(c, "illit", "boynextdoor") is None
    assert pair(c, "zerobaseone", "boynextdoor") is None


def test_two_names_before_a_possessive_song_title_still_share_the_work(clf: Classifier) -> None:
    got = pair(classify(clf, "Fans have loved Jungkook and Latto's hit 'Seven' since 2023."), "jungkook", "latto")
    assert got is not None and got.types == ("collab",)


def test_the_subject_pronoun_of_an_after_clause_is_resolved_even_after_the_first_cue(clf: Classifier) -> None:
    body = "ZICO is known for his songs. The challenge went viral after he filmed the dance with MAMAMOO's Hwasa."
    got = pair(clf.classify("ZICO news", body), "zico", "hwasa")
    assert got is not None and "challenge" in got.types


def test_guests_of_a_hosts_talk_show_met_the_host_and_each_other(clf: Classifier) -> None:
    body = (
        "On March 12, a new episode of Lee Young Ji's YouTube talk show \"No Prepare\" was released with "
        "Stray Kids' Bang Chan and Han as guests."
    )
    c = classify(clf, body)
    for a, b in (("lee-young-ji", "bang-chan"), ("lee-young-ji", "han-stray-kids"), ("bang-chan", "han-stray-kids")):
        got = pair(c, a, b)
        assert got is not None and got.types == ("meet",)


def test_guests_of_a_show_nobody_hosts_by_name_meet_no_one_new(clf: Classifier) -> None:
    body = "On SBS's Running Man, BOYNEXTDOOR's Taesan and LE SSERAFIM's Hong Eunchae appeared as guests."
    c = classify(clf, body)
    assert all("boynextdoor" not in (i.a, i.b) for i in c.interactions)


_FILLER = (
    "Fans have been waiting for it since the first teaser in January. The teaser drew millions of views. "
    "Critics praised the warm piano sound. It topped the iTunes chart in twelve countries within hours. "
    "The release came on a Friday evening. "
)


def test_a_credit_long_after_the_title_names_the_titles_release_joins_its_singers(clf: Classifier) -> None:
    body = "Taeyeon and Lauv released their duet Paper Moon on Friday. " + _FILLER + (
        "Paper Moon was produced by producer Seo Ha Rim, known for her work on drama soundtracks."
    )
    c = clf.classify("Taeyeon and Lauv unite for dreamy duet Paper Moon", body)
    for singer in ("taeyeon", "lauv"):
        got = pair(c, singer, "new:seo-ha-rim")
        assert got is not None and got.types == ("collab",)


def test_the_song_credited_long_after_the_title_is_the_titles_release(clf: Classifier) -> None:
    body = "TXT's Taehyun and Lauv released their duet Paper Planes on Friday. " + _FILLER + (
        "The song was co-produced by producer Jenna Andrews, who worked with both singers."
    )
    c = clf.classify("TXT's Taehyun and Lauv release dreamy duet Paper Planes", body)
    assert pair(c, "taehyun", "jenna-andrews") is not None
    assert pair(c, "lauv", "jenna-andrews") is not None


def test_a_late_credit_on_a_soundtrack_joins_its_singer_not_the_dramas_actor(clf: Classifier) -> None:
    body = "TXT's Taehyun sings the new OST for the drama starring Song Kang. " + _FILLER + (
        "The track was composed by music director Nam Hye-seung, who has scored several hit dramas."
    )
    c = clf.classify("TXT's Taehyun lends his voice to OST for Song Kang drama", body)
    assert pair(c, "taehyun", "new:nam-hye-seung") is not None
    assert pair(c, "song-kang", "new:nam-hye-seung") is None


def test_an_older_feature_named_long_after_the_title_is_not_the_titles_release(clf: Classifier) -> None:
    body = "ZICO and Lee Young Ji released their duet on Friday. " + _FILLER + (
        "The single marks ZICO's first duet release since \"SPOT!\" featuring BLACKPINK's Jennie."
    )
    c = clf.classify("ZICO and Lee Young Ji drop duet", body)
    assert pair(c, "jennie", "lee-young-ji") is None


def test_standing_between_two_people_in_a_photo_is_meeting_both(clf: Classifier) -> None:
    body = "Troye Sivan posted a photo of himself standing between ENHYPEN's Jake and Sunghoon backstage."
    c = classify(clf, body)
    for a, b in (("troye-sivan", "jake"), ("troye-sivan", "sunghoon"), ("jake", "sunghoon")):
        got = pair(c, a, b)
        assert got is not None and "meet" in got.types


def test_the_two_beside_the_poser_met_in_passing_not_as_the_headline(clf: Classifier) -> None:
    body = "Troye Sivan posted a photo of himself standing between ENHYPEN's Jake and Sunghoon backstage."
    c = clf.classify("Troye Sivan meets ENHYPEN", body)
    got = pair(c, "jake", "sunghoon")
    assert got is not None and not got.headline
    beside = pair(c, "troye-sivan", "jake")
    assert beside is not None and beside.headline


def test_a_gap_between_two_names_on_a_chart_is_no_meeting(clf: Classifier) -> None:
    c = classify(clf, "The gap between BTS' Jimin and Jungkook on the weekly chart narrowed.")
    assert pair(c, "jimin", "jungkook") is None


def test_bringing_out_bandmates_for_a_reunion_is_a_joint_stage(clf: Classifier) -> None:
    c = clf.classify("Taeyang brings out G-Dragon and Daesung for a surprise BIGBANG reunion at his concert", "")
    for a, b in (("taeyang", "g-dragon"), ("taeyang", "daesung"), ("g-dragon", "daesung")):
        got = pair(c, a, b)
        assert got is not None and "collab" in got.types


def test_inviting_someone_onto_the_stage_is_a_joint_stage(clf: Classifier) -> None:
    got = pair(classify(clf, "At the festival, Zico invited BLACKPINK's Jennie onto the stage."), "zico", "jennie")
    assert got is not None and got.types == ("collab",)


def test_calling_someone_a_friend_on_stage_is_no_joint_stage(clf: Classifier) -> None:
    got = pair(classify(clf, "Zico called BLACKPINK's Jennie his best friend on stage."), "zico", "jennie")
    assert got is not None and "collab" not in got.types


def test_a_comment_on_a_named_platform_that_read_a_quote_goes_under_the_post_just_told(clf: Classifier) -> None:
    body = (
        "LE SSERAFIM's Kim Chaewon posted a clip of her new OST on Weverse. Sakura was among the first to "
        'react, leaving a comment on Weverse that read, "Play this at my wedding."'
    )
    got = pair(clf.classify("Chaewon sings OST", body), "sakura", "kim-chaewon")
    assert got is not None and got.types == ("comment",)


def test_a_report_shut_down_in_the_same_sentence_that_tells_it_is_no_collaboration(clf: Classifier) -> None:
    body = "YG Entertainment has shut down reports claiming that BABYMONSTER recorded a song with Charlie Puth."
    assert classify(clf, body).interactions == ()


def test_what_a_denied_report_went_on_to_claim_did_not_happen_either(clf: Classifier) -> None:
    body = (
        "YG Entertainment has shut down reports claiming that BABYMONSTER recorded a song with Charlie Puth. "
        "The report went on to claim that members Ahyeon and Pharita had flown to Los Angeles to meet Charlie Puth."
    )
    assert classify(clf, body).interactions == ()


def test_reports_that_have_been_shut_down_tell_of_nothing_that_happened(clf: Classifier) -> None:
    body = "Reports that BLACKPINK's Lisa filmed a cameo for Park Bo Gum's upcoming series have been shut down."
    assert pair(classify(clf, body), "lisa", "park-bo-gum") is None


def test_a_report_citing_a_source_and_later_denied_is_no_collaboration(clf: Classifier) -> None:
    body = (
        "An online outlet reported earlier in the day, citing an unnamed music industry source, that MAMAMOO's "
        "Hwasa and Jay Park had been working on a duet. Both agencies denied the report on Friday."
    )
    assert pair(classify(clf, body), "hwasa", "jay-park") is None


def test_a_report_that_nobody_denies_still_tells_what_happened(clf: Classifier) -> None:
    body = "An outlet reported that MAMAMOO's Hwasa and Jay Park recorded a duet, and the single arrives on Friday."
    assert pair(classify(clf, body), "hwasa", "jay-park") is not None


@pytest.mark.parametrize(
    "body",
    [
        "Amid the celebrations, one wish kept popping up on fans' timelines: a duet between BLACKPINK's Jennie "
        "and IU.",
        "Why fans want a BLACKPINK Rosé and Olivia Rodrigo duet",
        "Fans of both artists are pitching the same dream: a duet between LE SSERAFIM's Huh Yunjin and Olivia Rodrigo.",
        'One fan wrote, "I just want IVE\'s Liz and LE SSERAFIM\'s Yunjin to do a duet one day."',
    ],
)
def test_a_fans_wish_for_a_duet_is_no_duet(clf: Classifier, body: str) -> None:
    assert not [i for i in classify(clf, body).interactions if "collab" in i.types]


def test_a_wish_that_came_true_leaves_the_meeting_that_started_it(clf: Classifier) -> None:
    body = "Fans have wanted an aespa Winter and IVE An Yujin selfie ever since the two met at a year-end show in 2023."
    got = pair(classify(clf, body), "winter", "yujin-ive")
    assert got is not None and "meet" in got.types


@pytest.mark.parametrize(
    "body",
    [
        "SEVENTEEN and Stray Kids were named in the best performance category alongside BOYNEXTDOOR and RIIZE.",
        "CORTIS, Hearts2Hearts and KiiiKiii were shortlisted together with two indie acts.",
        "MAMAMOO's Hwasa will headline Day 1 alongside Kwon Eunbi, BIBI and Loco.",
    ],
)
def test_named_together_on_a_shortlist_or_a_bill_is_no_joint_work(clf: Classifier, body: str) -> None:
    assert classify(clf, body).interactions == ()


def test_performing_alongside_another_at_a_festival_is_still_a_joint_stage(clf: Classifier) -> None:
    got = pair(classify(clf, "MAMAMOO's Hwasa performed alongside BIBI at the festival."), "hwasa", "bibi")
    assert got is not None and "collab" in got.types


@pytest.mark.parametrize(
    "body",
    [
        'BLACKPINK\'s Jisoo posted an old photo with the caption "10 years," while Rosé shared a handwritten note '
        "addressed to BLINKs.",
        "Park Bom posted a selfie with a bouquet sent by fans, while Sandara Park thanked fans in a post.",
    ],
)
def test_two_people_each_doing_their_own_thing_in_a_while_clause_did_nothing_together(
    clf: Classifier, body: str
) -> None:
    assert classify(clf, body).interactions == ()


def test_a_while_clause_that_points_back_at_the_first_persons_post_keeps_the_pair(clf: Classifier) -> None:
    body = "BTS' Jimin went live on Weverse, while Jungkook sent him a message during the broadcast."
    got = pair(classify(clf, body), "jimin", "jungkook")
    assert got is not None and "message" in got.types


def test_attending_a_show_while_another_shot_a_pictorial_elsewhere_is_no_meeting(clf: Classifier) -> None:
    body = "San attended the show in Paris, while Hyunjin shot the pictorial in Seoul weeks earlier."
    c = clf.classify("ATEEZ's San and Stray Kids' Hyunjin front new campaign", body)
    got = pair(c, "san", "hyunjin-stray-kids")
    assert got is None or "meet" not in got.types


def test_what_a_denied_report_added_did_not_happen_either(clf: Classifier) -> None:
    body = (
        "A media outlet reported that G-Dragon and aespa's Karina were recording a duet. The report added that "
        "the two had been spotted at the same studio in Gangnam. YG Entertainment denied the report on Monday."
    )
    assert pair(classify(clf, body), "g-dragon", "karina") is None


def test_a_count_of_comments_under_a_fan_post_naming_two_is_nobodys_comment(clf: Classifier) -> None:
    body = 'A post titled "Who wins on stage, LE SSERAFIM\'s Chaewon or IVE\'s Yujin?" has gathered 2,000 comments.'
    assert classify(clf, body).interactions == ()


@pytest.mark.parametrize(
    "body",
    [
        "TXT's Soobin went live on Weverse, and his bandmate Beomgyu left dozens of comments during the broadcast.",
        "LE SSERAFIM's Yunjin posted a Reel. Among the thousands of comments is one from her bandmate Kim Chaewon.",
    ],
)
def test_many_comments_left_by_someone_are_still_theirs(clf: Classifier, body: str) -> None:
    assert any("comment" in i.types for i in classify(clf, body).interactions)


def test_the_pairings_of_a_dream_collab_story_are_wishes(clf: Classifier) -> None:
    body = "Honorable mentions went to a dance duet between SEVENTEEN's Hoshi and ENHYPEN's Ni-ki."
    c = clf.classify("The Dream Collaborations K-Pop Fans Want To See Most In 2026", body)
    assert c.interactions == ()


def test_a_joint_work_made_in_the_past_stays_in_a_dream_collab_story(clf: Classifier) -> None:
    body = "BTS' Jungkook previously recorded a duet with Charlie Puth in 2022."
    got = pair(clf.classify("The dream collaborations K-pop fans want to see most", body), "jungkook", "charlie-puth")
    assert got is not None and "collab" in got.types


@pytest.mark.parametrize(
    "body",
    [
        "An agency warned fans not to share a song falsely presented as a duet between Taeyeon and Ed Sheeran.",
        "A mashup pairing ZICO's verse with BABYMONSTER Ahyeon's high notes went viral on TikTok.",
        "Comment sections on both artists' fan pages have been filling up with requests for ZICO and BABYMONSTER "
        "Ahyeon to record together.",
    ],
)
def test_a_fake_duet_a_fan_mashup_or_fans_comment_sections_pair_nobody(clf: Classifier, body: str) -> None:
    assert classify(clf, body).interactions == ()


@pytest.mark.parametrize(
    "body",
    [
        "BLACKPINK's Lisa and Rosé have each worked with global pop stars in recent years.",
        "Fellow BLACKPINK members Rosé and Jisoo also released solo work this year.",
    ],
)
def test_bandmates_each_doing_their_own_work_made_no_joint_work(clf: Classifier, body: str) -> None:
    assert not [i for i in classify(clf, body).interactions if "collab" in i.types]


def test_a_note_addressed_to_fans_thanking_them_is_to_the_fans_not_the_last_star_named(clf: Classifier) -> None:
    body = (
        "BIGBANG's G-Dragon shared a photo of the members on Sunday. Taeyang followed with a handwritten note "
        "addressed to fans, thanking them for growing up together."
    )
    assert pair(classify(clf, body), "g-dragon", "taeyang") is None


def test_a_comeback_in_a_packed_month_with_others_is_no_joint_work(clf: Classifier) -> None:
    c = clf.classify("LE SSERAFIM Confirms May Comeback, Joining A Packed Month With ENHYPEN And KISS OF LIFE", "")
    assert c.interactions == ()


def test_a_time_clause_whose_subject_acts_on_the_main_person_pairs_them(clf: Classifier) -> None:
    # "after IU sent him ...": IU is the subject of an act on Seungkwan, not a point in time
    body = "SEVENTEEN's Seungkwan got emotional after IU sent him a handwritten birthday letter."
    assert pair(classify(clf, body), "seungkwan", "iu") is not None


def test_a_title_case_time_clause_acting_on_the_main_person_pairs_them(clf: Classifier) -> None:
    title = "SEVENTEEN's Seungkwan Gets Emotional After IU Sends Him A Handwritten Birthday Letter"
    found = pair(clf.classify(title, "The clip went viral on Sunday."), "seungkwan", "iu")
    assert found is not None and "message" in found.types


@pytest.mark.parametrize(
    "body",
    [
        "SEVENTEEN's Seungkwan said IU sent him a letter.",
        "IU sent SEVENTEEN's Seungkwan a handwritten birthday letter.",
        "IU wrote SEVENTEEN's Seungkwan a card after the show.",
        "SEVENTEEN's Seungkwan said IU sends him a voice memo every morning.",
    ],
)
def test_a_letter_or_card_sent_to_someone_is_a_message(clf: Classifier, body: str) -> None:
    found = pair(classify(clf, body), "seungkwan", "iu")
    assert found is not None and "message" in found.types


def test_title_case_words_after_sends_are_not_a_recipient(clf: Classifier) -> None:
    # "Sends Gifts And A Handwritten Letter": "Gifts And" is no name, the gift stays a gift
    title = "Song Hye Kyo Sends Gifts And A Handwritten Letter To Park Bo Gum's Fan Meeting"
    found = pair(clf.classify(title, "The fan meeting was held in Seoul."), "song-hye-kyo", "park-bo-gum")
    assert found is not None and set(found.types) >= {"gift", "message"}


def test_someone_sequenced_by_a_time_word_still_is_no_partner(clf: Classifier) -> None:
    assert pair(classify(clf, "BTS' Jungkook went on stage after V sang his solo."), "jungkook", "v") is None


@pytest.mark.parametrize(
    ("title", "a", "b"),
    [
        ("TWS Bring Out SEVENTEEN's Seungkwan For A \"Very Nice\" Stage", "tws", "seungkwan"),
        ("ZICO brought out BLACKPINK's Jennie for 'SPOT!' at his Seoul concert", "zico", "jennie"),
    ],
)
def test_a_guest_brought_out_for_a_quoted_song_is_a_joint_stage(clf: Classifier, title: str, a: str,
                                                                 b: str) -> None:
    found = pair(clf.classify(title, "The crowd cheered."), a, b)
    assert found is not None and "collab" in found.types


def test_bringing_out_a_record_for_fans_is_no_stage(clf: Classifier) -> None:
    title = "ZICO brought out BLACKPINK's Jennie's new album for fans to hear"
    assert pair(clf.classify(title, "The crowd cheered."), "zico", "jennie") is None


def test_follow_of_a_name_starting_with_by_is_a_follow(clf: Classifier) -> None:
    # "followed by ..." is a sequence; "followed Byeon Woo-seok" is an account followed
    got = pair(classify(clf, "RIIZE's Wonbin quietly followed Byeon Woo Seok on Instagram."), "wonbin",
               "byeon-woo-seok")
    assert got is not None and got.types == ("follow",)


@pytest.mark.parametrize(
    "body",
    [
        "BTS' V sent Jimin a vintage film camera for his birthday.",
        "BTS' V surprised Jimin with vintage film camera for his birthday.",
        "BTS' Jimin received a new guitar from V after the tour.",
    ],
)
def test_a_thing_handed_over_is_a_gift_whatever_the_sentence_shape(clf: Classifier, body: str) -> None:
    got = pair(classify(clf, body), "v", "jimin")
    assert got is not None and "gift" in got.types


def test_a_guest_brought_out_midway_through_a_set_is_a_joint_stage(clf: Classifier) -> None:
    body = "The crowd got a bonus on Saturday night when Epik High brought out Crush in the middle of their set."
    got = pair(classify(clf, body), "epik-high", "crush")
    assert got is not None and got.types == ("collab",)


def test_an_act_others_are_asked_to_refrain_from_pairs_nobody(clf: Classifier) -> None:
    body = ("Stray Kids' Lee Know and Changbin will enlist on the same day. \u201cBoth artists will enter the training "
            "center quietly,\u201d the agency said, asking fans to refrain from visiting the site.")
    assert pair(classify(clf, body), "lee-know", "changbin") is None


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Viral Screenshot Claiming IVE's Liz Unfollowed Jang Wonyoung Turns Out To Be Fake", "Fans were relieved."),
        ("K-pop news roundup",
         "A screenshot claiming that IVE's Liz had sent Jang Wonyoung a flower basket went viral, "
         "but fans soon pointed out that the image had been edited."),
    ],
)
def test_what_a_screenshot_claims_is_not_an_interaction(clf: Classifier, title: str, body: str) -> None:
    assert pair(classify(clf, body, title), "liz", "wonyoung") is None


def test_a_main_clause_after_a_relative_clause_keeps_its_whole_subject(clf: Classifier) -> None:
    body = ("ILLIT's Minju and TWS' Shinyu, who debuted only months apart under the same parent company, filmed the "
            "challenge for TWS' latest single backstage.")
    c = classify(clf, body)
    got = pair(c, "minju-illit", "shinyu")
    assert got is not None and got.types == ("challenge",)
    assert pair(c, "minju-illit", "tws") is None  # a member of the group took part: the pair is with her


def test_acts_that_join_a_line_up_together_are_a_roll_call(clf: Classifier) -> None:
    body = "Rookie favorites ILLIT and TWS, who debuted last year, will also join the lineup, along with NMIXX."
    c = classify(clf, body)
    assert pair(c, "illit", "nmixx") is None and pair(c, "tws", "nmixx") is None


@pytest.mark.parametrize(
    ("body", "a", "b"),
    [
        ("Zico raps on BOYNEXTDOOR's new Japanese single.", "zico", "boynextdoor"),
        ("Zico will appear as a featured artist on BOYNEXTDOOR's new Japanese single.", "zico", "boynextdoor"),
        ("Halsey was the featured guest on BTS' 2019 single \"Boy With Luv.\"", "halsey", "bts"),
        ("i-dle's Yuqi casts Byeon Woo Seok as her leading man in the 'Red Thread' MV.", "yuqi", "byeon-woo-seok"),
    ],
)
def test_a_guest_part_on_anothers_record_is_a_collab(clf: Classifier, body: str, a: str, b: str) -> None:
    got = pair(classify(clf, body), a, b)
    assert got is not None and got.types == ("collab",)


def test_singing_on_a_day_is_no_guest_part(clf: Classifier) -> None:
    assert pair(classify(clf, "Jimin and fans sang on Taeyang's birthday."), "jimin", "taeyang") is None


@pytest.mark.parametrize(
    "body",
    [
        "Sunmi cried when her Wonder Girls bandmate Yubin appeared in a surprise video message on the show.",
        "Wonder Girls' Sunmi teared up at Yubin's video message on the show.",
    ],
)
def test_a_named_senders_video_message_is_a_message(clf: Classifier, body: str) -> None:
    got = pair(classify(clf, body), "sunmi", "yubin-wonder-girls")
    assert got is not None and "message" in got.types


def test_a_report_shot_down_pairs_nobody(clf: Classifier) -> None:
    c = classify(clf, "BLACKPINK's Lisa is busy.", "Lisa's label shoots down report of Bad Bunny duet")
    assert pair(c, "lisa", "bad-bunny") is None


def test_a_lost_account_did_not_act(clf: Classifier) -> None:
    body = ("GOT7's Jackson Wang briefly lost control of his Instagram account on June 2, and whoever took it over "
            "used it to announce a collaboration with Post Malone.")
    assert pair(classify(clf, body), "jackson-wang", "post-malone") is None


def test_a_record_that_follows_a_quoted_record_is_no_follow(clf: Classifier) -> None:
    body = ("Soloists G-Dragon and Jennie each earned four nominations. The BIGBANG leader's haul follows "
            "\"Ubermensch\" in February, his first full-length album in 11 years.")
    assert pair(classify(clf, body), "g-dragon", "jennie") is None


def test_a_plus_sign_joins_two_headlines(clf: Classifier) -> None:
    title = ("NMIXX's Lily Sings Taeyeon's \"INVU\" To Her Face On \"Amazing Saturday\" + SHINee's Key Gets A Surprise "
             "Call From Onew")
    c = classify(clf, "SHINee's Key and Onew laughed.", title)
    assert pair(c, "lily", "taeyeon") is not None
    assert pair(c, "lily", "key") is None and pair(c, "lily", "onew") is None


def test_a_call_from_someone_is_a_message(clf: Classifier) -> None:
    got = pair(classify(clf, "SHINee's Key got a surprise call from Onew during the broadcast."), "key", "onew")
    assert got is not None and "message" in got.types


def test_a_discharge_alongside_a_bandmate_is_no_joint_act(clf: Classifier) -> None:
    body = "BTS' V was discharged from the military in June 2025 alongside RM, and has since been preparing."
    assert pair(classify(clf, body), "v", "rm") is None


def test_what_industry_watchers_single_out_is_their_act(clf: Classifier) -> None:
    body = "Industry watchers have singled out CORTIS and ALLDAY PROJECT as frontrunners for the award."
    assert pair(classify(clf, body), "cortis", "allday-project") is None


def test_comments_wishing_to_see_two_together_pair_nobody(clf: Classifier) -> None:
    body = ("Interestingly, a large number of comments expressed a wish to see SEVENTEEN's Seungkwan and Jang "
            "Wonyoung host a show together.")
    assert pair(classify(clf, body), "seungkwan", "wonyoung") is None


def test_the_star_of_the_drama_an_ost_is_for_is_not_its_singer(clf: Classifier) -> None:
    title = "Lee Mu Jin And Heize Join Forces For Duet OST Of Kim Tae Ri's New Drama"
    c = classify(clf, "The song is out now.", title)
    assert pair(c, "lee-mujin", "heize") is not None
    assert pair(c, "lee-mujin", "kim-tae-ri") is None and pair(c, "heize", "kim-tae-ri") is None


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("K-pop news roundup",
         "Representatives for both BTS' V and Laufey declined to comment on the possibility of a collaboration."),
        ("K-pop news roundup", "Some fans went further, already dreaming up a joint stage for aespa and Tate McRae."),
        ("Agencies deny NCT's Jaehyun is man in viral cafe photos with actor Kim Yoo-jung", "Fans were relieved."),
    ],
)
def test_a_possibility_a_dream_or_a_denied_identity_pairs_nobody(clf: Classifier, title: str, body: str) -> None:
    assert classify(clf, body, title).interactions == ()


@pytest.mark.parametrize(
    ("title", "a", "b", "types"),
    [
        ("RIIZE's Anton and ZEROBASEONE's Seok Matthew team up for aespa's new challenge", "anton", "matthew",
         ("challenge",)),
        ("SEVENTEEN's Seungkwan And TWS's Shinyu Sing IU's \"Love wins all\" In New Duet Clip", "seungkwan", "shinyu",
         ("collab",)),
    ],
)
def test_two_from_different_groups_who_team_up_on_a_third_artists_song_pair_with_each_other(
    clf: Classifier, title: str, a: str, b: str, types: tuple[str, ...]
) -> None:
    got = pair(classify(clf, "Fans loved it.", title), a, b)
    assert got is not None and got.types == types


def test_dashes_around_a_list_of_names_set_off_the_subject_not_a_clause(clf: Classifier) -> None:
    body = ("It was the first time the five actors \u2014 Jo Jung-suk, Yoo Yeon-seok, Jung Kyung-ho, Kim Dae-myung "
            "and Jeon Mi-do \u2014 had performed together as a band.")
    c = classify(clf, body)
    assert pair(c, "jo-jung-suk", "jeon-mi-do") is not None and pair(c, "yoo-yeon-seok", "kim-dae-myung") is not None


def test_dashes_around_one_groups_own_members_pair_nobody(clf: Classifier) -> None:
    body = ("The clip shows all six members \u2014 Sophia, Lara, Manon, Megan, Daniela and Yoonchae \u2014 running "
            "through KATSEYE's routine together.")
    c = classify(clf, body)
    assert "lara-katseye" in {x.id for x in c.artists}
    assert pair(c, "sophia", "lara-katseye") is None


@pytest.mark.parametrize(
    ("body", "a", "b"),
    [
        ("NCT DREAM's Jisung turned up at the fansign, sat down across from Sion, and asked for an autograph.",
         "jisung-nct", "sion-nct-wish"),
        ("THE BOYZ's Juyeon accompanied Sangyeon to the training center gate.", "juyeon-the-boyz", "sangyeon"),
    ],
)
def test_sitting_across_from_or_going_along_with_someone_is_a_meeting(
    clf: Classifier, body: str, a: str, b: str
) -> None:
    got = pair(classify(clf, body), a, b)
    assert got is not None and "meet" in got.types


@pytest.mark.parametrize("title", ["Jimin + Jungkook Drop Surprise Duet", "BTS' Jimin + Jungkook release a duet"])
def test_a_plus_sign_between_two_names_still_joins_them(clf: Classifier, title: str) -> None:
    got = pair(classify(clf, "Fans loved it.", title), "jimin", "jungkook")
    assert got is not None and got.types == ("collab",)


def test_a_group_named_after_of_between_two_coordinated_names_keeps_them_one_subject(clf: Classifier) -> None:
    body = "V of BTS and actor Choi Woo-shik turned up unannounced at actor Park Seo-joon's fan meeting in Tokyo."
    got = pair(classify(clf, body), "choi-woo-shik", "park-seo-joon")
    assert got is not None and "meet" in got.types


def test_a_festival_bill_with_headliners_is_a_roll_call(clf: Classifier) -> None:
    body = ("Summer Sonic 2026, scheduled for August 15 and 16 in Osaka, will feature BABYMONSTER, &TEAM and KATSEYE "
            "alongside headliners Kenshi Yonezu and Benson Boone.")
    c = classify(clf, body)
    assert pair(c, "babymonster", "kenshi-yonezu") is None and pair(c, "kenshi-yonezu", "benson-boone") is None


def test_pairing_up_for_a_stage_is_a_collaboration(clf: Classifier) -> None:
    title = "Red Velvet's Seulgi and EXO's Kai pair up for 'Rover' x 'Psycho' mashup at SMTOWN LIVE in Tokyo"
    got = pair(classify(clf, "Fans loved it.", title), "seulgi-red-velvet", "kai-exo")
    assert got is not None and got.types == ("collab",)


_STORY_OF_JAY = (
    "ENHYPEN's Jay celebrated his birthday with a Weverse live on April 20. Jay thanked his fans for the gifts. "
    "Jay also cut a cake on camera. "
)


@pytest.mark.parametrize(
    ("act", "kind"),
    [
        ("BTS' Jungkook left a short message of support.", "message"),
        ("Actor Song Kang sent a flower basket.", "gift"),
        ("Singer IU also left a comment.", "comment"),
        ("Actor Song Kang dropped by the set with coffee.", "meet"),
    ],
)
def test_an_act_with_no_one_named_to_take_it_goes_to_the_person_the_story_is_about(
    clf: Classifier, act: str, kind: str
) -> None:
    title = "ENHYPEN's Jay celebrates his birthday with fans"
    c = clf.classify(title, _STORY_OF_JAY + act)
    other = next(a.id for a in c.artists if a.id not in ("jay-enhypen", "enhypen", "bts"))
    got = pair(c, other, "jay-enhypen")
    assert got is not None and kind in got.types


@pytest.mark.parametrize(
    "act",
    [
        "BTS' Jungkook left a short message to his fans.",
        "BTS' Jungkook shared a handwritten letter on Instagram.",
        "BTS' Jungkook talked about it over a video call.",
        "BTS' Jungkook posted a screenshot of the comment.",
    ],
)
def test_words_meant_for_the_public_go_to_nobody(clf: Classifier, act: str) -> None:
    title = "ENHYPEN's Jay celebrates his birthday with fans"
    assert pair(clf.classify(title, _STORY_OF_JAY + act), "jungkook", "jay-enhypen") is None


def test_leaving_someone_a_message_is_a_message(clf: Classifier) -> None:
    got = pair(classify(clf, "After the show, Jungkook left Jimin a short voice note."), "jungkook", "jimin")
    assert got is not None and got.types == ("message",)


@pytest.mark.parametrize(
    "body",
    [
        "Stray Kids' Bang Chan phoned in live during DAY6 Young K's late-night radio show.",
        "Stray Kids' Bang Chan made a surprise call-in to DAY6 Young K's radio show.",
    ],
)
def test_calling_in_to_a_hosts_show_is_a_message(clf: Classifier, body: str) -> None:
    got = pair(classify(clf, body), "bang-chan", "young-k")
    assert got is not None and got.types == ("message",)


def test_turning_up_at_a_members_event_is_a_meeting(clf: Classifier) -> None:
    body = "TWICE's Nayeon turned up unannounced at ITZY member Yeji's solo fan meeting in Seoul."
    got = pair(classify(clf, body), "nayeon", "yeji")
    assert got is not None and got.types == ("meet",)


def test_emceeing_a_ceremony_together_is_a_collaboration(clf: Classifier) -> None:
    body = "Leeteuk and actress Moon Ga Young, who emceed the ceremony together last year, will return as hosts."
    got = pair(classify(clf, body), "leeteuk", "moon-ga-young")
    assert got is not None and got.types == ("collab",)


def test_a_collaboration_between_several_named_artists_pairs_them_all(clf: Classifier) -> None:
    body = "The festival special aired a collaboration between Momo, Sana and Mina."
    c = classify(clf, body)
    assert all(pair(c, x, y) is not None for x, y in (("momo", "sana"), ("sana", "mina-twice"), ("momo", "mina-twice")))


@pytest.mark.parametrize(
    ("body", "a", "b", "kind"),
    [
        ("Inseong and Jaeyoon saw Rowoon off at the training centre.", "inseong-sf9", "rowoon", "meet"),
        ("Uhm Jung Hwa celebrated her birthday with Lee Hyori and Bada.", "lee-hyori", "bada-s-e-s", "meet"),
        ("Lisa, BamBam and Ten sat around a table at a Bangkok restaurant.", "lisa", "ten", "meet"),
        ("Park Seo Joon held the VIP premiere, and the guest list included BTS's V and Choi Woo Shik.",
         "v", "choi-woo-shik", "meet"),
        ("DK and Seungkwan wrote letters for Hoshi.", "dk", "hoshi", "message"),
        ("Young K and Woosung held a surprise busking in Hongdae.", "young-k", "woosung-the-rose", "collab"),
        ("Doyoung, Park Gyu Young and Chae Jong Hyeop met at the first script reading.",
         "park-gyu-young", "chae-jong-hyeop", "collab"),
        ("Jungwon and Leeseo host Inkigayo every Sunday afternoon.", "jungwon", "leeseo", "collab"),
        ("Bang Chan brought Yeonjun onto 'Chan's Room' as a surprise guest.", "bang-chan", "yeonjun", "meet"),
        ("ZICO crashed BOYNEXTDOOR's stage at the festival.", "zico", "boynextdoor", "collab"),
    ],
)
def test_gatherings_send_offs_letters_buskings_readings_and_co_hosts_pair_their_people(
    clf: Classifier, body: str, a: str, b: str, kind: str
) -> None:
    got = pair(classify(clf, body), a, b)
    assert got is not None and kind in got.types


@pytest.mark.parametrize(
    ("body", "a", "b"),
    [
        ("Sana celebrated her birthday with sweet messages from Momo and Jihyo.", "momo", "jihyo"),
        ("Taeyang is in the studio, while Daesung continues to host his own talk show.", "taeyang", "daesung"),
    ],
)
def test_birthday_messages_and_a_solo_hosting_job_pair_nobody(clf: Classifier, body: str, a: str, b: str) -> None:
    assert pair(classify(clf, body), a, b) is None


@pytest.mark.parametrize(
    ("body", "a", "b", "kind"),
    [
        ("BIGBANG's Taeyang sings 'Eyes, Nose, Lips' with BABYMONSTER's Ahyeon.", "taeyang", "ahyeon", "collab"),
        ('She performed "Golden," which she recorded with Audrey Nuna and Rei Ami.', "audrey-nuna", "rei-ami",
         "collab"),
        ("Kwon Eunbi rang in her birthday with Jo Yuri and Choi Yena.", "jo-yu-ri", "choi-ye-na", "meet"),
        ("Lee Hyori, Jessi and MAMAMOO's Hwasa formed the project group Refund Sisters.", "jessi", "hwasa",
         "collab"),
        ("Jessi calls PSY on her web show.", "jessi", "psy", "message"),
        ("Jo Yuri and Kim Minju sat together in the VIP seats.", "jo-yu-ri", "kim-min-ju", "meet"),
    ],
)
def test_a_song_sung_with_someone_a_birthday_rung_in_a_group_formed_and_a_call_on_air_pair_their_people(
    clf: Classifier, body: str, a: str, b: str, kind: str
) -> None:
    got = pair(classify(clf, body), a, b)
    assert got is not None and kind in got.types


def test_the_founders_of_a_group_are_not_paired_with_the_group_they_formed(clf: Classifier) -> None:
    c = classify(clf, "Lee Hyori, Jessi and MAMAMOO's Hwasa formed the project group Refund Sisters.")
    assert pair(c, "jessi", "new:refund-sisters") is None


def test_credits_of_two_quoted_works_in_one_sentence_stay_with_their_own_work(clf: Classifier) -> None:
    body = ('The team behind the drama "Letters To June," starring Kim Tae Ri, announced that Girls\' Generation\'s '
            'Taeyeon and 10CM will release the duet "Paper Moon" as its OST.')
    c = classify(clf, body)
    assert pair(c, "taeyeon", "10cm") is not None
    assert pair(c, "kim-tae-ri", "taeyeon") is None and pair(c, "kim-tae-ri", "10cm") is None


def test_a_former_member_named_in_the_story_takes_no_part_in_the_groups_act(clf: Classifier) -> None:
    title = "Watch Ed Sheeran crash DAY6's show for a 'You Were Beautiful' duet"
    body = ("Ed Sheeran made a surprise appearance at DAY6's show in Goyang on Saturday, joining the band for their "
            "ballad 'You Were Beautiful'.\n\nSheeran walked on with a guitar as the song reached its second verse. "
            "Young K handed him the mic for a verse, and Wonpil switched to piano.\n\nFounding guitarist Jae left "
            "DAY6 in 2021 and now releases music under another name.")
    c = clf.classify(title, body)
    assert pair(c, "ed-sheeran", "young-k") is not None
    assert pair(c, "ed-sheeran", "jae") is None and pair(c, "jae", "young-k") is None


def test_a_later_act_in_the_sentence_that_formed_a_group_keeps_its_pairs(clf: Classifier) -> None:
    body = ("Lee Hyori, Jessi and MAMAMOO's Hwasa formed the project group Refund Sisters and recorded a song "
            "with Yoo Jae Suk.")
    c = classify(clf, body)
    assert pair(c, "jessi", "yoo-jae-suk") is not None and pair(c, "jessi", "hwasa") is not None
    assert pair(c, "jessi", "new:refund-sisters") is None


@pytest.mark.parametrize(
    ("body", "a", "b", "kind"),
    [
        ("Kim Woo Bin and Han Hyo Joo turned out for Zo In Sung at the premiere.", "kim-woo-bin", "jo-in-sung",
         "meet"),
        ("Jun Hyun Moo and Kian84 paid Code Kunst a surprise visit at his studio.", "kian84", "code-kunst", "meet"),
        ("Na Young Seok gathered Eun Ji Won, Lee Soo Geun and Kyuhyun for a live broadcast on his channel.",
         "lee-soo-geun", "kyuhyun", "meet"),
        ("Jackson Wang and Ten shared a late-night hot pot in Bangkok.", "jackson-wang", "ten", "meet"),
        ("Wonyoung walked the runway show in Milan, arriving with fellow member Yujin.", "wonyoung", "yujin-ive",
         "meet"),
        ("Backstage, Jackson Wang was photographed embracing singer Taeyeon.", "jackson-wang", "taeyeon", "meet"),
        ("Soobin sparred with Ma Dong-seok at his boxing gym.", "soobin-txt", "ma-dong-seok", "meet"),
        ("G-Dragon handed Bang Chan the Daesang at the ceremony.", "g-dragon", "bang-chan", "meet"),
        ("G-Dragon took the stage with actress Kim Go Eun to present Album of the Year.", "g-dragon", "kim-go-eun",
         "meet"),
        ("Ahyeon took on 2NE1's 'Lonely' during a vocal stage.", "ahyeon", "2ne1", "cover"),
        ('Moka nailed BABYMONSTER\'s "DRIP" in her new clip.', "moka", "babymonster", "cover"),
        ("Byeon Woo Seok sat down with hosts Yoo Jae Suk and Jo Se Ho on the show.", "yoo-jae-suk", "cho-sae-ho",
         "collab"),
        ("Jang Do Yeon called IU to invite her onto the next season.", "jang-do-yeon", "iu", "message"),
        ("Yujin watched the premiere with fellow member Wonyoung at a cinema in Seoul.", "yujin-ive", "wonyoung",
         "meet"),
        ("Megan Thee Stallion does KATSEYE's 'Gnarly' dance in a backstage TikTok.", "megan-thee-stallion",
         "katseye", "challenge"),
        ("Asked by host Yoo Jae Suk about the drama, Lee Dong Wook laughed.", "yoo-jae-suk", "lee-dong-wook", "meet"),
        ('BIBI and Rich Brian drop surprise single "Paper Crown".', "bibi", "rich-brian", "collab"),
    ],
)
def test_turning_out_visits_gatherings_meals_awards_covers_hosts_calls_and_joint_releases_pair_their_people(
    clf: Classifier, body: str, a: str, b: str, kind: str
) -> None:
    got = pair(classify(clf, body), a, b)
    assert got is not None and kind in got.types


def test_a_joint_release_pairs_the_releasers_not_someone_named_after_it(clf: Classifier) -> None:
    c = classify(clf, "Ni-ki and Bailey Sok drop a new dance film, and Jungwon reacts.")
    assert pair(c, "ni-ki", "bailey") is not None
    assert pair(c, "bailey", "jungwon") is None


def test_an_embrace_of_nobody_named_pairs_nobody(clf: Classifier) -> None:
    c = classify(clf, "Chris Martin and Jin embraced as soon as Jin came off stage, and Coldplay cheered.")
    assert pair(c, "coldplay", "jin") is None


def test_singles_dropped_by_two_acts_on_one_chart_are_no_joint_release(clf: Classifier) -> None:
    c = classify(clf, "TXT returns on April 6, while KISS OF LIFE will drop their new singles on April 9.")
    assert pair(c, "txt", "kiss-of-life") is None


@pytest.mark.parametrize(
    ("body", "a", "b", "kind"),
    [
        ("Lee Kwang-soo talked about his trip to Mexico with actor Kim Woo-bin and EXO's D.O.", "kim-woo-bin", "d-o",
         "meet"),
        ("When MC Kim Gu-ra asked about the group chat, Taeyang pulled out his phone.", "kim-gu-ra", "taeyang", "meet"),
        ("Lisa shares KATSEYE's 'Gabriela' performance to her Instagram Story.", "lisa", "katseye", "mention"),
        ("RIIZE closed the night with a performance of SHINee's 'Replay' for the senior group.", "riize", "shinee",
         "cover"),
        ('IU topped the ranking, while Yeri and Choi Hyun-wook, the two leads of "Moonlight Pharmacy," tied.', "yeri",
         "choi-hyun-wook", "collab"),
        ("He is best known for the drama 'Hwarang,' in which he starred with Park Seo-joon, Park Hyung-sik and BTS' V.",
         "park-hyung-sik", "v", "collab"),
        ("SEVENTEEN's Mingyu Rings In His Birthday With Friends Jungkook And Jaehyun.", "jungkook", "jaehyun-nct",
         "meet"),
    ],
)
def test_trips_hosts_asking_shared_stories_performances_of_songs_leads_and_casts_pair_their_people(
    clf: Classifier, body: str, a: str, b: str, kind: str
) -> None:
    got = pair(classify(clf, body), a, b)
    assert got is not None and kind in got.types


def test_acts_an_award_beat_are_not_paired_with_its_winners(clf: Classifier) -> None:
    body = '"SPOT!" featuring Jennie was named Best K-Pop Song, beating out tracks by aespa, ILLIT and DAY6.'
    c = classify(clf, body)
    assert all(pair(c, x, y) is None for x, y in (("jennie", "aespa"), ("illit", "day6"), ("jennie", "illit")))


def test_one_persons_co_star_named_in_a_list_does_not_make_the_list_a_cast(clf: Classifier) -> None:
    body = ("The account suddenly unfollowed several people, including his 'Nevertheless' co-star Han So-hee, "
            "Karina and Jang Wonyoung.")
    c = classify(clf, body)
    assert pair(c, "karina", "wonyoung") is None and pair(c, "han-so-hee", "karina") is None


def test_a_challenge_of_one_song_is_not_credited_to_the_partner_on_another(clf: Classifier) -> None:
    body = ("In 2024, Zico teamed up with BLACKPINK's Jennie for the single 'SPOT!', and back in 2020 he filmed the "
            "first 'Any Song' challenge with MAMAMOO's Hwasa and Chungha.")
    c = classify(clf, body)
    assert pair(c, "jennie", "hwasa") is None


def test_a_journey_continued_with_a_label_is_no_trip(clf: Classifier) -> None:
    c = classify(clf, "WINNER's Kang Seung Yoon and Lee Seung Hoon will continue their journey with YG Entertainment!")
    assert pair(c, "kang-seung-yoon", "lee-seung-hoon") is None


def test_the_people_a_hacked_account_tagged_are_not_paired_with_each_other(clf: Classifier) -> None:
    title = "WayV's Ten's Instagram account hacked, fake posts deleted"
    body = ("WayV's Ten had his Instagram account hacked on Monday, his agency said.\n\n"
            "Around 4 AM KST, the account uploaded a blurry dance teaser with the caption \"new cover collab "
            "coming,\" tagging SHINee's Taemin and BLACKPINK's Lisa.\n\n"
            "The posts were deleted within the hour.")
    c = clf.classify(title, body)
    assert pair(c, "taemin", "lisa") is None and pair(c, "ten", "lisa") is None


def test_a_bandmates_comment_in_a_hacked_account_story_is_still_real(clf: Classifier) -> None:
    title = "Wooyoung's X account hacked; San reacts"
    body = ("ATEEZ's Wooyoung had his X account hacked overnight, KQ Entertainment said.\n\n"
            "A string of posts promoting a giveaway appeared on his page, tagging Stray Kids' Felix.\n\n"
            "Once Wooyoung had regained access, his bandmate San left a comment on Wooyoung's apology video.")
    c = clf.classify(title, body)
    assert pair(c, "wooyoung-ateez", "felix") is None
    assert pair(c, "san", "wooyoung-ateez") is not None


def test_acts_debuting_as_a_project_trio_are_paired_with_each_other_not_with_the_trio(clf: Classifier) -> None:
    c = classify(clf, "Yoo Jae-suk, Haha and Lee Mi-joo debut as project trio Three Seasons.")
    assert pair(c, "haha", "yoo-jae-suk") is not None and pair(c, "haha", "lee-mijoo") is not None
    assert not any("three-seasons" in (i.a + i.b) for i in c.interactions)


def test_acts_a_song_edged_out_are_not_its_partners(clf: Classifier) -> None:
    c = classify(clf, 'Taeyang\'s "Shoong!" featuring Lisa topped the chart, edging out tracks by Jimin and Taeyeon.')
    assert pair(c, "lisa", "taeyang") is not None
    assert pair(c, "jimin", "taeyang") is None and pair(c, "taeyang", "taeyeon") is None


@pytest.mark.parametrize(
    ("body", "a", "b", "kind"),
    [
        ("Ni-ki gets pulled on stage at Taemin's Seoul concert for a dance break.", "ni-ki", "taemin", "collab"),
        ("Fans loved Hwasa's bouquet for BIBI at the showcase.", "hwasa", "bibi", "gift"),
        ("Hyoyeon was caught cheering louder than the fans at RIIZE's encore concert.", "hyoyeon", "riize", "meet"),
        ("ASTRO's MJ Celebrates Cha Eun Woo's Birthday With A Throwback Only A Bandmate Could Get Away With.", "mj",
         "cha-eun-woo", "mention"),
        ("Jackson Wang roasts BamBam's gym selfie.", "jackson-wang", "bambam", "mention"),
    ],
)
def test_being_pulled_on_stage_a_named_gift_cheering_a_birthday_and_a_roast_pair_their_people(
    clf: Classifier, body: str, a: str, b: str, kind: str
) -> None:
    got = pair(classify(clf, body), a, b)
    assert got is not None and kind in got.types


@pytest.mark.parametrize(
    ("body", "a", "b", "kind"),
    [
        ("TXT's Yeonjun wipes his Instagram following list clean, and not even Soobin survived.", "yeonjun",
         "soobin-txt", "unfollow"),
        ("Zhang Hao and Leehan are officially Instagram mutuals.", "zhang-hao", "leehan", "follow"),
        ("Lim Young Woong and Nah Hoon A share a legendary joint stage at the awards.", "lim-young-woong",
         "na-hoon-a", "collab"),
    ],
)
def test_a_wiped_following_list_instagram_mutuals_and_a_shared_joint_stage_pair_their_people(
    clf: Classifier, body: str, a: str, b: str, kind: str
) -> None:
    got = pair(classify(clf, body), a, b)
    assert got is not None and kind in got.types


@pytest.mark.parametrize(
    "body",
    [
        "Best wishes to Jaemin and Juyeon for a safe service!",
        "Congratulations to Jungkook and Jimin on the win!",
        "IU's tour follows the release of Wendy's third mini-album.",
    ],
)
def test_the_writers_wishes_to_two_people_and_a_tour_following_a_release_pair_nobody(
    clf: Classifier, body: str
) -> None:
    assert classify(clf, body).interactions == ()


def test_a_quoted_work_with_its_partners_pairs_the_owner_and_every_partner(clf: Classifier) -> None:
    c = classify(clf, "LISA's \"Born Again\" with Doja Cat and RAYE re-enters the chart at No. 117.")
    assert all(pair(c, x, y) is not None for x, y in (("lisa", "doja-cat"), ("lisa", "raye"), ("doja-cat", "raye")))


def test_two_quoted_works_with_partners_keep_each_partner_with_its_own_owner(clf: Classifier) -> None:
    body = "Jungkook's \"Seven\" with Latto and Jimin's \"Smeraldo Garden\" with Loco are still on repeat."
    c = classify(clf, body)
    assert pair(c, "jungkook", "latto") is not None and pair(c, "jimin", "loco") is not None
    assert pair(c, "jungkook", "loco") is None and pair(c, "latto", "jimin") is None


def test_a_work_blended_with_anothers_work_pairs_nobody(clf: Classifier) -> None:
    c = classify(clf, "A fan's mashup blends JANNABI's \"Hesitate\" with Lee Mu-jin's breakout hit \"Traffic Light.\"")
    assert pair(c, "jannabi", "lee-mujin") is None


def test_guests_on_an_album_are_paired_with_its_artist_not_with_each_other(clf: Classifier) -> None:
    c = classify(clf, "Heize will release a full-length album featuring Paul Kim, DPR Live and Lee Mu-jin.")
    assert pair(c, "heize", "paul-kim") is not None and pair(c, "heize", "lee-mujin") is not None
    assert pair(c, "paul-kim", "dpr-live") is None and pair(c, "dpr-live", "lee-mujin") is None


def test_people_who_see_the_subject_off_met_him_and_went_together(clf: Classifier) -> None:
    c = clf.classify("SEVENTEEN's Hoshi Enlists As Mingyu, DK, And Seungkwan See Him Off", "He starts basic training.")
    assert pair(c, "hoshi", "mingyu") is not None and pair(c, "hoshi", "seungkwan") is not None
    assert pair(c, "dk", "seungkwan") is not None


def test_being_welcomed_by_bandmates_is_a_meeting(clf: Classifier) -> None:
    c = classify(clf, "Jimin and Jungkook completed their military service on Tuesday, welcomed by RM and V.")
    got = pair(c, "jimin", "rm")
    assert got is not None and "meet" in got.types and pair(c, "jungkook", "v") is not None


@pytest.mark.parametrize(
    ("body", "a", "b", "kind"),
    [
        ("Moonbyul, Wheein, and Hwasa arrived at the mourning hall together on Monday evening.", "moonbyul", "hwasa",
         "meet"),
        ("BOYNEXTDOOR and TWS performed each other's songs at the year-end festival.", "boynextdoor", "tws", "cover"),
        ("Speaking to host Clara Amfo before the performance, leader Jungwon explained the choice.", "jungwon",
         "new:clara-amfo", "meet"),
    ],
)
def test_arriving_together_swapping_songs_and_speaking_to_a_host_pair_their_people(
    clf: Classifier, body: str, a: str, b: str, kind: str
) -> None:
    got = pair(classify(clf, body), a, b)
    assert got is not None and kind in got.types


def test_a_quoted_hit_owned_through_a_pronoun_is_paired_with_its_partner(clf: Classifier) -> None:
    body = "Jungkook is back on the chart this week. His 2023 hit \"Seven\" with Latto was a smash."
    assert pair(classify(clf, body), "jungkook", "latto") is not None


@pytest.mark.parametrize(
    ("body", "a", "b"),
    [
        ("Mingyu drives Wonwoo to the training center on Monday morning.", "mingyu", "wonwoo"),
        ("Song Mino and Kim Jinwoo stood by Kang Seungyoon at his grandmother's funeral.", "mino", "yoon-winner"),
    ],
)
def test_driving_someone_there_and_standing_by_them_are_meetings(clf: Classifier, body: str, a: str, b: str) -> None:
    got = pair(classify(clf, body), a, b)
    assert got is not None and "meet" in got.types


def test_a_title_cased_pronoun_after_drive_is_nobody_new(clf: Classifier) -> None:
    title = "TXT's Yeonjun Enlists — Soobin And Taehyun Drive Him To Camp, Beomgyu Pens A Letter"
    c = clf.classify(title, "Good luck.")
    assert pair(c, "beomgyu", "soobin-txt") is None


# ------------------------------------------------------------------------------------------ co-stars
@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Lee Jong Suk And IU Confirmed To Star In New Legal Drama", "The series will air next spring."),
        ("Drama casting news", "Lee Jong Suk and IU will star together in a new legal drama next year."),
        ("Drama casting news", "Lee Jong Suk and IU have been cast as the leads of a new legal drama."),
        ("Lee Jong Suk And IU Reunite For New Rom-Com “Spring Docket”", "Filming begins in March."),
        ("Lee Jong Suk, IU to lead Netflix legal drama", "Filming begins in March."),
    ],
)
def test_two_actors_cast_in_one_work_co_star(clf: Classifier, title: str, body: str) -> None:
    got = pair(clf.classify(title, body), "lee-jong-suk", "iu")
    assert got is not None and set(got.types) == {"collab"}


@pytest.mark.parametrize(
    "body",
    [
        "A media outlet reported that Lee Jong Suk and IU had been cast as the leads of a new legal drama.",
        "Lee Jong Suk and IU are in talks to star together in a new legal drama.",
    ],
)
def test_a_casting_not_yet_settled_pairs_nobody(clf: Classifier, body: str) -> None:
    assert pair(classify(clf, body), "lee-jong-suk", "iu") is None


def test_a_drama_scene_title_pairs_its_cast_as_co_stars(clf: Classifier) -> None:
    title = "Choi Jin Hyuk Warns Baek Eun Hye To Keep Away From Oh Yeon Seo In “Blue Harbor”"
    body = "“Blue Harbor” is a romantic comedy about two neighbours who swore off dating. New stills show a dinner."
    c = clf.classify(title, body)
    cast = ("choi-jin-hyuk", "baek-eun-hye", "oh-yeon-seo")
    for a, b in itertools.combinations(cast, 2):
        got = pair(c, a, b)
        assert got is not None and set(got.types) == {"collab"} and got.headline


def test_a_variety_show_title_keeps_what_they_really_did(clf: Classifier) -> None:
    title = "Jennie Gives Yoo Jae Suk A Birthday Gift In “Hangout Weekly”"
    body = "“Hangout Weekly” is a weekend variety show hosted by Yoo Jae Suk. The episode airs Saturday."
    got = pair(clf.classify(title, body), "jennie", "yoo-jae-suk")
    assert got is not None and "gift" in got.types


@pytest.mark.parametrize(
    "body",
    [
        "RIIZE's Sungchan and aespa's Giselle were rumoured to have filmed a challenge together.",
        "Stray Kids' Hyunjin is said to have filmed a video with BLACKPINK's Lisa.",
        "An online community post claimed that Stray Kids' Hyunjin had filmed a video with BLACKPINK's Lisa.",
        "Fans joked that LE SSERAFIM's Kazuha had officially joined KATSEYE.",
    ],
)
def test_hearsay_the_story_does_not_vouch_for_pairs_nobody(clf: Classifier, body: str) -> None:
    assert classify(clf, body).interactions == ()


@pytest.mark.parametrize(
    "body",
    [
        "SHINee's Taemin was unable to join Key at the photo shoot.",
        "SHINee's Taemin failed to meet Key at the airport.",
    ],
)
def test_an_act_someone_was_unable_to_do_did_not_happen(clf: Classifier, body: str) -> None:
    assert pair(classify(clf, body), "taemin", "key") is None


def test_a_group_title_pair_is_not_handed_to_members_named_only_in_a_sub_unit_line_up(clf: Classifier) -> None:
    title = "Megan Thee Stallion Joins TWICE Onstage In Los Angeles"
    body = (
        "Megan Thee Stallion crashed TWICE's concert at the Forum on Saturday to perform their joint remix. "
        "The group's Japanese sub-unit MISAMO, made up of Momo, Sana and Mina, will release new music later this year."
    )
    c = clf.classify(title, body)
    megan = next(a.id for a in c.artists if a.name == "Megan Thee Stallion")
    assert pair(c, megan, "twice") is not None
    assert all(pair(c, megan, m) is None for m in ("misamo", "momo", "sana", "mina-twice"))


def test_a_solo_release_each_pairs_nobody(clf: Classifier) -> None:
    body = "Since 2024, Red Velvet's Wendy and Yeri have released solo music under new agencies."
    assert pair(classify(clf, body), "wendy", "yeri") is None


def test_a_drama_starring_a_member_named_with_his_group_and_a_co_star_pairs_the_two(clf: Classifier) -> None:
    body = 'The tvN drama "Harbor Lights," starring Lee Jun-ho of boy band 2PM and Kim Min-ha, ended its run on Sunday.'
    got = pair(classify(clf, body), "junho-2pm", "kim-min-ha")
    assert got is not None and "collab" in got.types


# ------------------------------------------------------------------------------------------ album guests
def test_guests_of_different_tracks_pair_with_the_album_artist_not_with_each_other(clf: Classifier) -> None:
    title = "LISA Releases Alter Ego"
    body = (
        "LISA released her debut solo album Alter Ego on Friday. "
        'It includes "New Woman" featuring Rosalía and "Rapunzel" featuring Megan Thee Stallion.'
    )
    c = clf.classify(title, body)
    ids = {a.name: a.id for a in c.artists}
    assert pair(c, "lisa", ids["Rosalía"]) is not None
    assert pair(c, "lisa", ids["Megan Thee Stallion"]) is not None
    assert pair(c, ids["Rosalía"], ids["Megan Thee Stallion"]) is None


def test_guests_credited_on_different_songs_are_not_one_work(clf: Classifier) -> None:
    body = 'Doechii features on "ExtraL," while Dominic Fike joins her on "Love Hangover."'
    c = classify(clf, body)
    assert named_pair(c, "Doechii", "Dominic Fike") is None


def test_two_guests_of_one_song_stay_paired(clf: Classifier) -> None:
    body = 'Jennie released her album on Friday. "Damn Right" features both Childish Gambino and Kali Uchis.'
    c = classify(clf, body)
    assert named_pair(c, "Childish Gambino", "Kali Uchis") is not None


@pytest.mark.parametrize(
    "body",
    [
        'TXT released "Back for More" with Anitta in 2023.',
        'TXT also released "Back for More" with Brazilian superstar Anitta in 2023.',
    ],
)
def test_a_title_released_with_someone_pairs_the_releaser_and_the_partner(clf: Classifier, body: str) -> None:
    c = classify(clf, body)
    anitta = next(a.id for a in c.artists if a.name == "Anitta")
    got = pair(c, "txt", anitta)
    assert got is not None and "collab" in got.types


def test_two_people_who_co_write_a_single_collaborate(clf: Classifier) -> None:
    c = clf.classify("Zico And BOYNEXTDOOR's Jaehyun Co-Write Group's New Single", "The new single is out Monday.")
    got = pair(c, "zico", next(a.id for a in c.artists if a.name == "Jaehyun"))
    assert got is not None and "collab" in got.types


@pytest.mark.parametrize(
    ("body", "owner", "partner"),
    [
        ("AKMU's 2021 single \"Nakka\" was recorded with IU, and it remains one of their most streamed songs.",
         "AKMU", "IU"),
        ("Lee Young-ji's hit \"Small girl,\" originally recorded with EXO's D.O., closed out the set.",
         "Lee Young-ji", "D.O."),
        ("LISA released her album Alter Ego in February. Its standout is \"Born Again,\" a disco-pop track she "
         "recorded with Doja Cat.", "Lisa", "Doja Cat"),
    ],
)
def test_a_title_recorded_with_someone_pairs_its_owner_and_the_partner(
    clf: Classifier, body: str, owner: str, partner: str
) -> None:
    c = classify(clf, body)
    got = named_pair(c, owner, partner)
    assert got is not None and "collab" in got.types


def test_the_possessive_owner_of_a_title_outranks_the_pronoun_of_its_recording(clf: Classifier) -> None:
    body = (
        "Doechii joined the tour last week. A year after Jennie's first crossover moment, \"One of the Girls,\" "
        "the single she recorded with The Weeknd, the album arrives."
    )
    c = classify(clf, body)
    assert named_pair(c, "Jennie", "The Weeknd") is not None
    assert named_pair(c, "Doechii", "The Weeknd") is None


def test_guests_credited_on_a_track_of_the_album_just_named_collaborated_with_its_owner(clf: Classifier) -> None:
    body = (
        "Jennie's first solo album \"Ruby\" arrived on Friday. "
        "Childish Gambino and Kali Uchis both appear on the slinky \"Damn Right,\" one of the album's late highlights."
    )
    c = classify(clf, body)
    assert named_pair(c, "Jennie", "Childish Gambino") is not None
    assert named_pair(c, "Jennie", "Kali Uchis") is not None
    assert named_pair(c, "Childish Gambino", "Kali Uchis") is not None


def test_an_appearance_on_a_quoted_show_after_an_album_is_no_guest_spot(clf: Classifier) -> None:
    body = (
        "IU released her sixth studio album \"The Winning\" on Monday. "
        "Zico appeared on \"Music Bank\" the same week to promote his own single."
    )
    c = classify(clf, body)
    assert named_pair(c, "IU", "Zico") is None


def test_a_possessive_pronoun_opening_the_sentence_owns_the_work_its_guests_are_on(clf: Classifier) -> None:
    body = (
        "LISA posted a photo from Paris on Monday. "
        "Her 2025 album \"Alter Ego\" featured the single \"Born Again\" with Doja Cat and RAYE."
    )
    c = classify(clf, body)
    assert named_pair(c, "Lisa", "Doja Cat") is not None
    assert named_pair(c, "Lisa", "RAYE") is not None


def test_their_work_is_the_group_named_just_before(clf: Classifier) -> None:
    body = (
        "Epik High announced a world tour on Monday. "
        "Their 2021 single \"Rosario\" featured CL and Zico."
    )
    c = classify(clf, body)
    assert named_pair(c, "Epik High", "CL") is not None
    assert named_pair(c, "Epik High", "Zico") is not None


def test_their_after_a_group_in_the_same_sentence_is_that_group(clf: Classifier) -> None:
    body = (
        "TWS posted a dance challenge with KATSEYE on Monday. "
        "Meanwhile, aespa prepare for their own comeback challenge with a teaser."
    )
    c = classify(clf, body)
    assert named_pair(c, "aespa", "TWS") is None and named_pair(c, "aespa", "KATSEYE") is None


def test_a_comment_goes_under_the_post_that_just_went_up_not_the_earlier_live(clf: Classifier) -> None:
    body = (
        "On June 19, Minho uploaded a short video to his Instagram. "
        "The bet had been made when Eunkwang went live on Instagram ahead of the match. "
        "Shortly after Minho's video went up, Eunkwang left a comment: \"A man of his word.\" "
        "BTOB's Peniel also dropped by the comments, writing, \"Wait, he can sing?\""
    )
    c = classify(clf, body)
    assert named_pair(c, "Peniel", "Minho") is not None
    assert named_pair(c, "Peniel", "Eunkwang") is None


@pytest.mark.parametrize(
    ("body", "a", "b"),
    [
        ("aespa's Karina and IVE's Yujin gave fans the photo they wanted: a mirror selfie taken together in the "
         "waiting room.", "Karina", "Yujin"),
        ("Sunghoon and Ni-ki celebrated from another schedule, uploading a selfie of the two of them to Weverse.",
         "Sunghoon", "Ni-Ki"),
        ("After the finale, Pharrell made a point of finding Felix backstage.", "Pharrell Williams", "Felix"),
        ("Pharrell Williams and Felix closed the show with a duet. The two embraced as the lights went down.",
         "Pharrell Williams", "Felix"),
        ("Jaehyun was discharged on Monday. He was welcomed at the gate by fellow NCT 127 members Johnny and Mark.",
         "Jaehyun", "Johnny"),
    ],
)
def test_being_pictured_or_greeted_together_in_person_is_a_meeting(clf: Classifier, body: str, a: str, b: str) -> None:
    c = classify(clf, body)
    got = named_pair(c, a, b)
    assert got is not None and "meet" in got.types


def test_a_backstage_interview_of_one_person_is_no_meeting(clf: Classifier) -> None:
    c = classify(clf, "In a backstage interview, Felix praised Pharrell's new single.")
    got = named_pair(c, "Felix", "Pharrell Williams")
    assert got is None or "meet" not in got.types


def test_the_partners_after_with_are_the_names_right_after_it_not_a_later_clauses(clf: Classifier) -> None:
    body = (
        "Rosé's \"APT.\" with Bruno Mars became one of the biggest songs of late 2024, while Lisa and Jisoo have "
        "both released solo projects of their own."
    )
    c = classify(clf, body)
    assert named_pair(c, "Rosé", "Bruno Mars") is not None
    assert named_pair(c, "Rosé", "Lisa") is None and named_pair(c, "Lisa", "Jisoo") is None


@pytest.mark.parametrize(
    "body",
    [
        "Lauv released \"Who\" in 2020 with Jimin and Jungkook of BTS.",
        "Lauv released \"Who\" in 2020 with BTS' Jimin and Jungkook, a track that became one of his biggest songs.",
    ],
)
def test_a_title_released_in_a_year_with_partners_pairs_all_of_them(clf: Classifier, body: str) -> None:
    c = classify(clf, body)
    for a, b in (("Lauv", "Jimin"), ("Lauv", "Jungkook"), ("Jimin", "Jungkook")):
        assert named_pair(c, a, b) is not None


def test_reuniting_for_a_single_is_a_joint_work_of_everyone_named(clf: Classifier) -> None:
    body = "Taeyang reunited with G-Dragon and Daesung for the single \"Home Sweet Home,\" which topped the charts."
    c = classify(clf, body)
    for a, b in (("Taeyang", "G-Dragon"), ("Taeyang", "Daesung"), ("G-Dragon", "Daesung")):
        got = named_pair(c, a, b)
        assert got is not None and "collab" in got.types


def test_a_time_clause_opening_on_an_act_with_someone_is_that_act(clf: Classifier) -> None:
    body = "The song climbed the charts after Hwasa performed it together with actor Park Jung-min in November."
    c = classify(clf, body)
    assert named_pair(c, "Hwasa", "Park Jung-min") is not None


def test_a_time_clause_after_the_main_subject_does_not_lend_her_its_partner(clf: Classifier) -> None:
    body = (
        "\"APT.\" made Rosé the second BLACKPINK member to put out an English-language collaboration in 2024, "
        "after Lisa teamed up with Rosalía on \"New Woman.\""
    )
    c = classify(clf, body)
    assert named_pair(c, "Rosé", "Lisa") is None


def test_the_partner_of_a_dance_to_an_owners_title_is_the_dancers_not_the_owners(clf: Classifier) -> None:
    c = classify(clf, "In June, Karina filmed a TikTok challenge for aespa's \"Dirty Work\" with IVE's Liz.")
    assert named_pair(c, "aespa", "Liz") is None


def test_a_credit_of_the_song_just_described_does_not_reach_a_single_named_anew(clf: Classifier) -> None:
    body = (
        "Taeyang's new song \"Live Fast\" was produced by Teddy. "
        "In 2023 he released the single \"VIBE\" featuring BTS's Jimin."
    )
    c = classify(clf, body)
    assert named_pair(c, "Taeyang", "Jimin") is not None
    assert named_pair(c, "Teddy", "Jimin") is None


@pytest.mark.parametrize(
    ("body", "pairs"),
    [
        ("In 2024, Stray Kids released \"Lose My Breath,\" a track recorded with Charlie Puth, and the group has "
         "since played several festivals.", [("Stray Kids", "Charlie Puth")]),
        ("G-Dragon released his album in February, after teasing it with the single \"Home Sweet Home,\" on which "
         "he was joined by fellow BIGBANG members Taeyang and Daesung.",
         [("G-Dragon", "Taeyang"), ("G-Dragon", "Daesung"), ("Taeyang", "Daesung")]),
        ("Dua Lipa played a snippet of APT., the viral 2024 duet by Jennie's bandmate Rosé and Bruno Mars.",
         [("Rosé", "Bruno Mars")]),
        ("The closing segment featured IU performing three of her older songs accompanied by pianist Han Seo-rin.",
         [("IU", "Han Seo-rin")]),
    ],
)
def test_the_artists_of_one_work_named_around_it_collaborated(
    clf: Classifier, body: str, pairs: list[tuple[str, str]]
) -> None:
    c = classify(clf, body)
    for a, b in pairs:
        got = named_pair(c, a, b)
        assert got is not None and "collab" in got.types


def test_a_new_subject_named_with_its_group_after_and_opens_its_own_clause(clf: Classifier) -> None:
    body = (
        "Park Hyung Sik had sent a snack truck to the set last week, and BTS' V left a comment on Choi Woo Shik's "
        "post."
    )
    c = classify(clf, body)
    assert named_pair(c, "V", "Choi Woo-shik") is not None
    assert named_pair(c, "Park Hyung-sik", "V") is None


def test_a_new_subject_with_a_relative_clause_after_and_opens_its_own_clause(clf: Classifier) -> None:
    body = (
        "Daesung came to the waiting room after the show to congratulate Taeyang, and G-Dragon, who was overseas "
        "for a schedule, sent a towering flower wreath to the venue."
    )
    c = classify(clf, body)
    assert named_pair(c, "Daesung", "Taeyang") is not None
    assert named_pair(c, "Daesung", "G-Dragon") is None


def test_a_titles_second_clause_in_title_case_has_its_own_subject(clf: Classifier) -> None:
    c = clf.classify(
        "MAMAMOO's Solar And Moonbyul Cheer On Hwasa At Her Solo Concert, Wheein Sends A Coffee Truck",
        "The concert was held in Seoul.",
    )
    assert named_pair(c, "Solar", "Hwasa") is not None
    assert named_pair(c, "Wheein", "Solar") is None and named_pair(c, "Wheein", "Moonbyul") is None


def test_stars_naming_a_dramas_soundtrack_are_not_its_singers_partners(clf: Classifier) -> None:
    c = classify(clf, "Red Velvet's Wendy and TXT's Taehyun team up for Song Kang-Go Youn-jung drama OST Snowline.")
    assert named_pair(c, "Wendy", "Taehyun") is not None
    assert all(named_pair(c, a, b) is None for a in ("Song Kang", "Go Youn-jung") for b in ("Wendy", "Taehyun"))


@pytest.mark.parametrize(
    "line",
    [
        "Leave your messages for Hoshi and Woozi in the comments!",
        "Stay tuned for updates, and show your support for Hongjoong and Seonghwa in the comments below!",
    ],
)
def test_a_sign_off_to_readers_pairs_nobody(clf: Classifier, line: str) -> None:
    c = classify(clf, "SEVENTEEN and ATEEZ performed at the festival on Saturday. " + line)
    assert c.interactions == ()


def test_acts_joining_a_headliner_on_the_bill_are_a_line_up(clf: Classifier) -> None:
    c = classify(clf, "Day two belongs to MAMAMOO's Hwasa, who will be joined on the bill by BIBI and KISS OF LIFE.")
    assert c.interactions == ()


@pytest.mark.parametrize(
    "body",
    [
        "The speculation began when a post on a popular online community claimed that Jaehyun and Go Youn-jung had "
        "been spotted sharing a late dinner in Hannam-dong.",
        "Meanwhile, screenshots that claimed Yunjin had unfollowed ILLIT's official account turned out to be edited.",
        "An anonymous account posted what it claimed was a leaked tracklist with a duet by Sabrina Carpenter and "
        "Jimin.",
    ],
)
def test_what_a_post_or_screenshot_claims_pairs_nobody(clf: Classifier, body: str) -> None:
    assert classify(clf, body).interactions == ()


@pytest.mark.parametrize(
    "body",
    [
        "Mingyu and Shin Se-kyung attended the pop-up on different days as guests of the brand.",
        "Kim Go-eun and IVE's Gaeul were also spotted in the stands, seated separately in different sections.",
        "Stray Kids and TOMORROW X TOGETHER also sit together near the top of the Billboard Artist 100.",
    ],
)
def test_being_at_one_place_apart_or_side_by_side_on_a_chart_is_no_meeting(clf: Classifier, body: str) -> None:
    c = classify(clf, body)
    assert all("meet" not in i.types for i in c.interactions)


@pytest.mark.parametrize(
    "body",
    [
        "The agency said the full line-up of Julie, Natty, Belle and Haneul will perform every date.",
        "Sakura and Chaewon were reunited as members of LE SSERAFIM in 2022, alongside Huh Yunjin, Kazuha and Hong "
        "Eunchae.",
    ],
)
def test_a_groups_line_up_or_founding_members_pair_nobody(clf: Classifier, body: str) -> None:
    c = classify(clf, body)
    ids = {x.name: x.id for x in c.artists}
    assert all(ids.get("Sakura") not in (i.a, i.b) or ids.get("Kazuha") not in (i.a, i.b) for i in c.interactions)
    assert all(ids.get("Julie") not in (i.a, i.b) or ids.get("Natty") not in (i.a, i.b) for i in c.interactions)


@pytest.mark.parametrize(
    "body",
    [
        "BABYMONSTER held on to the top of a major local chart for a second week, fending off a strong challenge "
        "from aespa.",
        "The quartet's single held off a strong challenge from ILLIT, which climbed two spots to No. 2.",
        "Lim Young Woong keeps finishing ahead of fellow trot stars Young Tak and Lee Chan-won in monthly rankings.",
    ],
)
def test_rivals_on_a_chart_or_a_ranking_pair_nobody(clf: Classifier, body: str) -> None:
    assert classify(clf, body).interactions == ()


def test_a_work_that_stars_two_actors_still_pairs_them(clf: Classifier) -> None:
    c = classify(clf, "The drama, which stars Ahn Hyo-seop and Kim Go-eun, premieres in May.")
    assert named_pair(c, "Ahn Hyo-seop", "Kim Go-eun") is not None


def test_sharing_the_clip_of_the_storys_performance_is_a_shout_out_to_its_performer(clf: Classifier) -> None:
    c = clf.classify(
        "Hearts2Hearts Delight Fans With A Cover Of \"Gee\"",
        "Hearts2Hearts covered \"Gee\" on a music show. Hearts2Hearts wore school uniforms for the stage. "
        "Girls' Generation's Taeyeon shared a clip of the stage on her Instagram Story.",
    )
    got = named_pair(c, "Taeyeon", "Hearts2Hearts")
    assert got is not None and "mention" in got.types


@pytest.mark.parametrize(
    ("body", "a", "b", "kind"),
    [
        ("IU had sent a coffee truck to the set of aespa's \"Supernova\" music video last year.", "IU", "aespa",
         "gift"),
        ("TXT's Yeonjun had secretly sent a box of vitamins and snacks to Stray Kids' hotel during their tour.",
         "Yeonjun", "Stray Kids", "gift"),
        ("Girls' Generation's Hyoyeon later shared the ZEROBASEONE fancam on Instagram.", "Hyoyeon", "ZEROBASEONE",
         "mention"),
    ],
)
def test_gifts_to_a_groups_set_or_hotel_and_sharing_a_groups_fancam(
    clf: Classifier, body: str, a: str, b: str, kind: str
) -> None:
    c = classify(clf, body)
    got = named_pair(c, a, b)
    assert got is not None and kind in got.types


def test_a_gift_to_the_set_of_ones_own_groups_video_goes_to_no_group(clf: Classifier) -> None:
    c = classify(clf, "Lia sent a coffee truck to the set of ITZY's new music video.")
    assert named_pair(c, "Lia", "ITZY") is None


@pytest.mark.parametrize(
    ("body", "cast"),
    [
        ("The series stars Gong Seung Yeon as a burned-out barista and Choi Hyun Wook as the part-timer who keeps "
         "ruining her latte art.", ["Gong Seung Yeon", "Choi Hyun Wook"]),
        ("It starred IU and Park Bo-gum as the young couple, with Moon So-ri and Park Hae-joon playing them in later "
         "life.", ["IU", "Park Bo-gum", "Moon So-ri", "Park Hae-joon"]),
    ],
)
def test_actors_a_work_stars_with_their_roles_play_in_it_together(clf: Classifier, body: str, cast: list[str]) -> None:
    c = classify(clf, body, title="A new drama")
    assert not unpaired(c, cast, "collab")


def test_a_cast_list_of_three_without_roles_pairs_nobody(clf: Classifier) -> None:
    c = classify(clf, "\"Our Golden Season\" airs every Saturday and stars Song Kang, Kim Yoo-jung and Park Bo-gum.",
                 title="Weekend drama ratings")
    assert not c.interactions


def test_names_listed_before_hosting_host_one_show_together(clf: Classifier) -> None:
    c = classify(
        clf,
        "Singer Doyoung of boy band NCT, singer An Yujin of girl group IVE and actor Park Bo-gum hosted the 2025 KBS "
        "Song Festival on Friday evening.",
        title="Year-end festival hosts",
    )
    for a, b in (("Doyoung", "Yujin"), ("Doyoung", "Park Bo-gum"), ("Yujin", "Park Bo-gum")):
        got = named_pair(c, a, b)
        assert got is not None and "collab" in got.types, (a, b)


def test_a_wish_to_see_two_host_a_show_pairs_nobody(clf: Classifier) -> None:
    c = classify(clf, "Many comments expressed a wish to see Seungkwan and Jang Wonyoung host a show together.")
    assert named_pair(c, "Seungkwan", "Wonyoung") is None


def test_a_reunion_with_a_list_pairs_the_list_but_not_a_later_clause(clf: Classifier) -> None:
    c = classify(
        clf,
        "G-Dragon reunites with Taeyang and Daesung at his Seoul encore, gives a shout-out to Stray Kids' Hyunjin in "
        "the crowd.",
    )
    assert named_pair(c, "Taeyang", "Daesung") is not None
    assert named_pair(c, "Taeyang", "Hyunjin") is None


def test_reuniting_on_stage_is_a_joint_performance_of_all_listed(clf: Classifier) -> None:
    c = classify(clf, "CL, Park Bom, Dara and Minzy first surprised fans by reuniting on stage at Coachella in 2022.")
    assert not unpaired(c, ["CL", "Park Bom", "Dara", "Minzy"], "collab")


def test_members_appearing_on_a_show_together_made_one_appearance(clf: Classifier) -> None:
    c = classify(clf, "All four aespa members, Karina, Giselle, Winter and Ningning, appeared on the show together "
                      "in 2021.")
    assert not unpaired(c, ["Karina", "Giselle", "Winter", "Ningning"])


def test_a_record_sung_by_several_credits_them_all_but_releases_sung_by_two_do_not(clf: Classifier) -> None:
    one = classify(clf, "\"Poison,\" the game's debut single, was recorded by Miyeon, Jihyo and Karina.")
    assert not unpaired(one, ["Miyeon", "Jihyo", "Karina"])
    two = classify(clf, "The drama's previous OST releases were sung by Lee Mu Jin and Heize.")
    assert named_pair(two, "Lee Mujin", "Heize") is None


def test_a_guest_list_after_a_colon_pairs_each_guest_with_the_albums_owner(clf: Classifier) -> None:
    c = classify(
        clf,
        "\"ExtraL\" appears on Jennie's first full-length solo album, Ruby, which arrived in March 2025. "
        "The set boasts a stacked guest list: Dua Lipa appears on \"Handlebars,\" Childish Gambino on \"Twin\" "
        "and Kali Uchis on \"Damn Right.\"",
        title="Jennie's Ruby, one year on",
    )
    for guest in ("Dua Lipa", "Childish Gambino", "Kali Uchis"):
        got = named_pair(c, "Jennie", guest)
        assert got is not None and "collab" in got.types, guest
    assert named_pair(c, "Dua Lipa", "Kali Uchis") is None


def test_appearing_on_a_quoted_show_is_no_guest_spot_on_a_record(clf: Classifier) -> None:
    c = classify(clf, "The choreography was created by Bada Lee, who famously appeared on 'Street Woman Fighter.' "
                      "aespa's Winter praised it.")
    assert named_pair(c, "Bada Lee", "Winter") is None


def test_a_group_naming_its_member_before_a_title_track_owns_no_record(clf: Classifier) -> None:
    c = classify(
        clf,
        "Rapper Lee Young-ji will return next month with her first full-length album, whose title track was written "
        "by Lee Chan-hyuk of sibling duo AKMU.",
        title="AKMU's Lee Chan-hyuk writes title track for Lee Young-ji's first full-length album",
    )
    assert named_pair(c, "Lee Young-ji", "Lee Chan-hyuk") is not None
    assert named_pair(c, "Lee Young-ji", "AKMU") is None


def test_a_rumoured_collaboration_that_never_happened_pairs_nobody(clf: Classifier) -> None:
    c = classify(clf, "Honorable non-mention: the supposed Stray Kids x aespa challenge that went viral in March "
                      "never happened.")
    assert named_pair(c, "Stray Kids", "aespa") is None


@pytest.mark.parametrize(
    "body",
    [
        "Mingyu and DK join bandmates Jeonghan, Wonwoo and Hoshi, who have already enlisted or completed their "
        "service.",
        "Hoshi and Woozi follow Jeonghan and Wonwoo, who began their service earlier.",
        "The two join fellow members Jeonghan and Wonwoo, who are currently serving.",
    ],
)
def test_enlisting_after_bandmates_already_in_service_pairs_nobody(clf: Classifier, body: str) -> None:
    c = classify(clf, body, title="SEVENTEEN members to enlist next month")
    assert not c.interactions


def test_acts_joining_festival_headliners_are_one_line_up(clf: Classifier) -> None:
    c = classify(clf, "BABYMONSTER and KiiiKiii will join headliners Olivia Rodrigo and Tyler, The Creator at the "
                      "Tokyo shows.")
    assert not c.interactions


def test_founding_a_project_group_with_others_pairs_the_founders_not_the_group(clf: Classifier) -> None:
    c = classify(clf, "In 2020 Lee Hyori formed the project girl group Refund Sisters with Uhm Jung-hwa, Jessi and "
                      "Hwasa.")
    assert not unpaired(c, ["Lee Hyori", "Uhm Jung-hwa", "Jessi", "Hwasa"])
    assert all(named_pair(c, x, "Refund Sisters") is None for x in ("Lee Hyori", "Jessi"))


def test_a_leader_listed_in_the_subject_takes_part_in_the_act(clf: Classifier) -> None:
    c = classify(clf, "Natty and leader Jiwoo filmed the challenge together with aespa's Karina.")
    assert named_pair(c, "Jiwoo", "Karina") is not None


def test_a_photo_caption_shows_everyone_named_together(clf: Classifier) -> None:
    c = classify(clf, "Jin was discharged on Wednesday.\n\n[Photo: Jin, centre, with RM, V and Jimin outside the "
                      "unit gates.]")
    assert not unpaired(c, ["Jin", "RM", "V", "Jimin"], "meet")


def test_the_players_of_one_team_in_a_game_pair_with_each_other(clf: Classifier) -> None:
    c = classify(clf, "Zhang Hao, meanwhile, ended up on a team with DinDin and Yoo Seon Ho.",
                 title="ZEROBASEONE's Zhang Hao joins a winter trip")
    assert not unpaired(c, ["Zhang Hao", "Dindin", "Yoo Seon Ho"], "collab")


def test_a_guest_of_the_episode_meets_the_talk_shows_host(clf: Classifier) -> None:
    c = classify(clf, "Park Bo-gum, the host of KBS2's \"The Seasons,\" read a letter on Friday's episode. The "
                      "episode's guest, singer-songwriter Lee Mu-jin, jokingly asked for a letter too.",
                 title="Park Bo-gum reads a letter on \"The Seasons\"")
    got = named_pair(c, "Lee Mujin", "Park Bo-gum")
    assert got is not None and "meet" in got.types


def test_a_team_up_with_two_guests_is_one_joint_work_of_all_three(clf: Classifier) -> None:
    c = classify(clf, "LISA's last single with guests was \"Born Again,\" her glossy 2025 team-up with Doja Cat and "
                      "RAYE.")
    assert not unpaired(c, ["Lisa", "Doja Cat", "RAYE"], "collab")


def test_guests_invited_to_one_meal_meet_each_other_and_the_host(clf: Classifier) -> None:
    c = classify(clf, "In it, Mingyu invites DK, Seungkwan and Hoshi to a makeshift kitchen set up in the corner of "
                      "their practice room.")
    assert not unpaired(c, ["Mingyu", "DK", "Seungkwan", "Hoshi"], "meet")


def test_a_film_that_starred_one_actor_alongside_others_pairs_the_whole_cast(clf: Classifier) -> None:
    c = classify(clf, "The film, directed by Jang Jae-hyun, starred Lee Do-hyun alongside Choi Min-sik, Kim Go-eun and "
                      "Song Kang-ho and sold 11 million tickets.", title="Box office")
    assert not unpaired(c, ["Lee Do-hyun", "Choi Min-sik", "Kim Go-eun", "Song Kang-ho"])


def test_contestants_who_competed_alongside_each_other_pair_nobody(clf: Classifier) -> None:
    c = classify(clf, "Lee Chan Won first rose to fame on TV Chosun's \"Mr. Trot\" in 2020, where he competed "
                      "alongside Lim Young Woong and Young Tak.")
    assert not c.interactions



@pytest.mark.parametrize(
    ("body", "a", "b"),
    [
        pytest.param(
            "BTS' j-hope is making sure fans know how he feels. In March he dropped \"Sweet Dreams,\" a breezy R&B "
            "number featuring Miguel, and followed it up with \"Mona Lisa\" in April.",
            "J-Hope", "Miguel", id="a-quoted-title-released-then-featuring-a-guest",
        ),
        pytest.param(
            "Earlier this year Tyla appeared on \"When I'm With You,\" a track from BLACKPINK member LISA's solo album "
            "Alter Ego.",
            "Tyla", "Lisa", id="appearing-on-a-quoted-track-from-someones-album",
        ),
        pytest.param(
            "Charlie Puth is busy. Before his work with Stray Kids, he co-wrote and sang on \"Left and Right\" with "
            "BTS' Jungkook in 2022, a track that became a hit.",
            "Charlie Puth", "Jungkook", id="a-pronoun-subject-after-a-fronted-time-phrase",
        ),
        pytest.param(
            "Musically, BTS' V has been busy too. Before his enlistment, he released the winter ballad \"Winter "
            "Ahead\" with veteran singer Park Hyo Shin.",
            "V", "Park Hyo-shin", id="a-title-released-with-a-partner-named-by-role-words",
        ),
        pytest.param(
            "Hosts Jang Wonyoung and actor Choi Hyun-wook opened the second half of the show.",
            "Wonyoung", "Choi Hyun Wook", id="hosts-named-with-a-role-word-between-them",
        ),
        pytest.param(
            "In previous years, YoonA shared hosting duties at the MBC festival with broadcaster Jang Sung Kyu.",
            "Yoona", "Jang Sung-kyu", id="sharing-hosting-duties-with-someone",
        ),
    ],
)
def test_a_joint_work_is_read_from(clf: Classifier, body: str, a: str, b: str) -> None:
    got = named_pair(classify(clf, body), a, b)
    assert got is not None and "collab" in got.types


# ------------------------------------------------------------------------------------------ written styles
def test_a_list_with_a_serial_comma_releasing_one_album_pairs_everyone_in_it(clf: Classifier) -> None:
    c = classify(clf, "On January 13, Sowon, Yerin, SinB, and Umji released the special album \"Season of Memories\".")
    assert unpaired(c, ["Sowon", "Yerin", "SinB", "Umji"], "collab") == []


def test_a_serial_comma_before_the_last_name_keeps_it_in_the_photo(clf: Classifier) -> None:
    c = classify(clf, "Hyoyeon uploaded photos to Instagram showing herself with Taeyeon, Sunny, and Yuri gathered "
                      "around a table.")
    assert unpaired(c, ["Hyoyeon", "Taeyeon", "Sunny", "Yuri"], "meet") == []


def test_the_evidence_of_a_serial_comma_list_is_quoted_as_written(clf: Classifier) -> None:
    body = "Hyoyeon uploaded photos to Instagram showing herself with Taeyeon, Sunny, and Yuri gathered around a table."
    got = named_pair(classify(clf, body), "Sunny", "Yuri")
    assert got is not None and got.evidence == body


def test_a_clause_after_a_comma_and_is_no_list(clf: Classifier) -> None:
    c = classify(clf, "Key wrapped up a solo tour across Asia and North America, and Onew released his first "
                      "full-length album last spring.")
    assert named_pair(c, "Key", "Onew") is None


def test_members_releasing_a_tally_of_songs_over_the_years_is_no_joint_work(clf: Classifier) -> None:
    c = classify(clf, "Over the past ten years, Nayeon, Jeongyeon, Momo and Tzuyu have released more than 200 songs.")
    assert c.interactions == ()


@pytest.mark.parametrize(
    ("body", "a", "b"),
    [
        pytest.param("TXT released \"Do It Like That\" with the Jonas Brothers in 2023.", "TXT", "Jonas Brothers",
                     id="a-partner-named-with-the"),
        pytest.param("Lisa, who is also busy with her solo career, released \"New Woman\" with Spanish star Rosalía "
                     "in August.", "Lisa", "Rosalía", id="a-relative-clause-between-the-owner-and-released"),
        pytest.param("For the same series, V also recorded the original soundtrack song \"It's Definitely You\" with "
                     "fellow BTS member Jin.", "V", "Jin", id="four-words-before-the-title-and-a-fellow-member"),
    ],
)
def test_a_title_released_with_a_partner_is_read_through(clf: Classifier, body: str, a: str, b: str) -> None:
    got = named_pair(classify(clf, body), a, b)
    assert got is not None and "collab" in got.types


def test_a_list_opening_with_a_name_and_a_comma_keeps_its_first_name(clf: Classifier) -> None:
    # (", TWICE and NewJeans join" also reads like a headline's second clause: "..., Junho and Chansung send support")
    c = classify(clf, "aespa, TWICE and NewJeans join Suga for the dance challenge.")
    assert [n for n in ("aespa", "TWICE", "NewJeans") if named_pair(c, n, "Suga") is None] == []


def test_a_season_cast_with_hangul_asides_is_read_like_one_without_them(clf: Classifier) -> None:
    c = classify(clf, "According to the broadcaster, host Yoo Jae-suk (유재석) will return for the new season, "
                      "joined by actor Lee Kwang-soo (이광수), singer and actress Kim Se-jeong (김세정), "
                      "and EXO's Suho (수호).")
    assert c.interactions == ()


def test_a_list_with_hangul_asides_releasing_one_album_pairs_everyone_in_it(clf: Classifier) -> None:
    c = classify(clf, "On January 13, Sowon (소원), Yerin (예린), SinB (신비) and Umji (엄지) released the "
                      "special album \"Season of Memories\".")
    assert unpaired(c, ["Sowon", "Yerin", "SinB", "Umji"], "collab") == []


def test_the_evidence_of_a_sentence_with_hangul_asides_is_quoted_as_written(clf: Classifier) -> None:
    body = ("Hyoyeon (효연) uploaded photos showing herself with Taeyeon (태연), Sunny (써니) and Yuri (유리) "
            "gathered around a table.")
    got = named_pair(classify(clf, body), "Sunny", "Yuri")
    assert got is not None and got.evidence == body


def test_the_guests_of_a_record_said_to_be_stacked_with_guests_pair_with_its_artist(clf: Classifier) -> None:
    c = classify(clf, "Ruby marks Jennie's first full-length project, and it's stacked with guests. Dua Lipa joins "
                      "her on the glossy \"Handlebars,\" and \"Damn Right\" brings together Childish Gambino and "
                      "Kali Uchis.")
    assert unpaired(c, ["Jennie", "Childish Gambino", "Kali Uchis"], "collab") == []
    assert named_pair(c, "Jennie", "Dua Lipa") is not None
    assert named_pair(c, "Dua Lipa", "Kali Uchis") is None  # (guests of different songs)


def test_a_record_said_to_lean_on_collaborations_pairs_its_guests_with_its_artist(clf: Classifier) -> None:
    c = classify(clf, "Ruby, Jennie's first full-length solo album, leaned heavily on collaborations. Doechii joined "
                      "her on \"ExtraL,\" and Dominic Fike featured on \"Love Hangover.\"")
    assert named_pair(c, "Jennie", "Doechii") is not None and named_pair(c, "Jennie", "Dominic Fike") is not None


@pytest.mark.parametrize("ref", ["The group", "The eight-member group", "The boy group"])
def test_the_group_opening_a_sentence_is_the_only_group_of_the_sentence_before(clf: Classifier, ref: str) -> None:
    c = classify(clf, f"Stray Kids are no strangers to Western collaborations. {ref} teamed up with Charlie Puth "
                      "on \"Lose My Breath\" in 2024.")
    assert named_pair(c, "Stray Kids", "Charlie Puth") is not None


def test_the_group_opening_a_sentence_after_two_groups_stays_unresolved(clf: Classifier) -> None:
    c = classify(clf, "Stray Kids topped the chart ahead of SEVENTEEN. The group teamed up with Charlie Puth in 2024.")
    assert named_pair(c, "Stray Kids", "Charlie Puth") is None


def test_a_series_host_followed_by_the_next_hosts_is_no_joint_work(clf: Classifier) -> None:
    c = classify(clf, "Park Jae-beom opened the series, followed by Jannabi's Choi Jung-hoon, AKMU, Lee Hyori, ZICO "
                      "and, most recently, actor Park Bo-gum, whose season wraps up at the end of this month.")
    assert c.interactions == ()


def test_being_followed_by_someone_on_instagram_is_still_a_follow(clf: Classifier) -> None:
    c = classify(clf, "Wonyoung was quietly followed by Sakura on Instagram last week.")
    got = named_pair(c, "Sakura", "Wonyoung")
    assert got is not None and "follow" in got.types


def test_members_only_listed_in_who_the_group_is_take_no_part_in_a_challenge_to_its_song(clf: Classifier) -> None:
    c = classify(clf, "ZEROBASEONE's Zhang Hao uploaded a TikTok of himself doing the point choreography. KiiiKiii, "
                      "which debuted in March with members Jiyu, Leesol, Sui, Haum and Kya, has seen its debut track "
                      "spread far beyond K-pop fandom.",
                 title="ZEROBASEONE's Zhang Hao Took On KiiiKiii's \"I DO ME\" Challenge")
    assert named_pair(c, "Zhang Hao", "KiiiKiii") is not None
    assert named_pair(c, "Leesol", "Sui") is None and named_pair(c, "Zhang Hao", "Sui") is None


def test_the_two_filming_a_music_video_together_is_a_joint_work(clf: Classifier) -> None:
    c = classify(clf, "Jimin, for his part, has worked with other artists before: his 2023 feature on BIGBANG member "
                      "Taeyang's single \"Vibe\" was a hit, and the two filmed its music video together in Seoul.")
    got = named_pair(c, "Jimin", "Taeyang")
    assert got is not None and "collab" in got.types


@pytest.mark.parametrize(
    ("body", "a", "b"),
    [
        pytest.param("RIIZE's fan-favorite B-side interpolates the chorus of TVXQ's 2004 debut single \"Hug.\"",
                     "RIIZE", "TVXQ", id="interpolates-the-chorus-of"),
        pytest.param("The strings that open ZEROBASEONE's album track are sampled straight from Fin.K.L's 1998 hit "
                     "\"To My Boyfriend.\"", "ZEROBASEONE", "Fin.K.L", id="sampled-straight-from"),
    ],
)
def test_a_song_built_on_another_acts_song_pairs_the_two_acts(clf: Classifier, body: str, a: str, b: str) -> None:
    assert named_pair(classify(clf, body), a, b) is not None


def test_a_sample_of_no_one_in_particular_pairs_nobody(clf: Classifier) -> None:
    c = classify(clf, "BIBI and Lee Young-ji built \"No Manners\" around a looping brass sample of the city.")
    assert all("cover" not in i.types for i in c.interactions)


def test_a_title_in_curly_quotes_holding_an_apostrophe_still_ends_before_its_guests(clf: Classifier) -> None:
    c = classify(clf, "On July 8, Hyeri uploaded a new video titled “We’re Still Girl’s Day,” featuring fellow members "
                      "Sojin, Yura and Minah.")
    assert unpaired(c, ["Hyeri", "Sojin", "Yura", "Minah"], "collab") == []
