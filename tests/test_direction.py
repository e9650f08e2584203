"""Who acted in an interaction (actor → target), on short sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.classify import Classifier
from bot.direction import act_actors, pair_actor
from bot.models import Interaction


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier()


def jk_jennie(clf: Classifier, body: str) -> Interaction:
    got = next(i for i in clf.classify("K-pop news roundup", body).interactions if {i.a, i.b} == {"jungkook", "jennie"})
    return got


def actor(it: Interaction) -> str | None:
    return it.a if it.directed else None


# ------------------------------------------------------------------------------------ one act
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("BLACKPINK's Jennie followed BTS' Jungkook on Instagram.", "jennie"),
        ("BTS' Jungkook was followed by BLACKPINK's Jennie on Instagram.", "jennie"),
        ("BTS' Jungkook liked BLACKPINK's Jennie's latest post.", "jungkook"),
        ("BTS' Jungkook received a birthday gift from BLACKPINK's Jennie.", "jennie"),
        ("BTS' Jungkook sent BLACKPINK's Jennie a birthday gift.", "jungkook"),
        ("BTS' Jungkook posted a cover of BLACKPINK's Jennie's solo single.", "jungkook"),
        ("BTS' Jungkook danced to BLACKPINK's Jennie's new song for the challenge.", "jungkook"),
        ("BLACKPINK's Jennie released a single produced by BTS' Jungkook.", "jungkook"),
        ("BTS' Jungkook appeared in the music video for BLACKPINK's Jennie's new single.", "jungkook"),
        ("BLACKPINK's Jennie starred alongside BTS' Jungkook in the music video for her new single.", "jungkook"),
    ],
)
def test_a_directed_act_names_its_actor(clf: Classifier, body: str, expected: str) -> None:
    assert actor(jk_jennie(clf, body)) == expected


def test_the_actor_comes_first(clf: Classifier) -> None:
    got = jk_jennie(clf, "BTS' Jungkook was followed by BLACKPINK's Jennie on Instagram.")
    assert (got.a, got.b) == ("jennie", "jungkook")


@pytest.mark.parametrize(
    "body",
    [
        "BTS' Jungkook met BLACKPINK's Jennie at a fashion event in Seoul.",
        "BTS' Jungkook and BLACKPINK's Jennie did the dance challenge together.",
        "BTS' Jungkook did the dance challenge with BLACKPINK's Jennie.",
        "BLACKPINK's Jennie released a duet with BTS' Jungkook.",
    ],
)
def test_a_joint_act_has_no_direction(clf: Classifier, body: str) -> None:
    assert actor(jk_jennie(clf, body)) is None


# ------------------------------------------------------------------------------------ the pair
def test_a_comment_answered_by_a_reply_has_no_direction(clf: Classifier) -> None:
    body = "BTS' Jungkook left a comment on BLACKPINK's Jennie's post. Jennie replied with a heart."
    assert actor(jk_jennie(clf, body)) is None


def test_a_follow_back_has_no_direction(clf: Classifier) -> None:
    body = "BTS' Jungkook followed BLACKPINK's Jennie on Instagram, and she followed him back."
    assert actor(jk_jennie(clf, body)) is None


def test_one_sided_acts_keep_their_actor_across_sentences(clf: Classifier) -> None:
    body = "BTS' Jungkook followed BLACKPINK's Jennie on Instagram. Later, Jungkook also liked Jennie's new post."
    assert actor(jk_jennie(clf, body)) == "jungkook"


def test_pair_actor_is_the_only_side_that_acted() -> None:
    assert pair_actor({"x": 2}, "x", "y") == "x"
    assert pair_actor({"y": 1}, "x", "y") == "y"


def test_pair_actor_is_none_when_both_sides_acted_or_nobody_did() -> None:
    assert pair_actor({"x": 3, "y": 1}, "x", "y") is None
    assert pair_actor({}, "x", "y") is None


# ------------------------------------------------------------------------------------ the reading
def test_a_sentence_opening_inside_a_quote_still_finds_the_replier() -> None:
    text = 'Jin wrote, "Why was I not invited? I\'m hurt." Hobi replied, "You were asleep!"'
    start = text.index("I'm hurt")
    a, b = (0, 3), (text.index("Hobi"), text.index("Hobi") + 4)
    cue = ("message", text.index("replied"), text.index("replied") + 7)
    assert act_actors(text, (start, len(text)), [a], [b], [], {"message"}, [cue]) == ({"b"}, True)


def test_an_act_with_nobody_placed_is_left_to_the_pairing_rule() -> None:
    text = "The post got a comment within minutes."
    cue = ("comment", text.index("comment"), text.index("comment") + 7)
    assert act_actors(text, (0, len(text)), [], [], [], {"comment"}, [cue]) == (set(), False)


def test_a_hyphenated_cue_is_a_description_not_an_act() -> None:
    text = "Seungkwan named Han, adding that he listens to Han's self-composed tracks."
    a, b = (0, 9), (16, 19)
    cue = ("collab", text.index("composed"), text.index("composed") + 8)
    assert act_actors(text, (0, len(text)), [a], [b], [], {"collab"}, [cue]) == (set(), False)


def test_the_text_someone_got_from_another_was_sent_by_the_other(clf: Classifier) -> None:
    c = clf.classify("Stray Kids' Felix Shows Off The Text He Got From Girls' Generation's Taeyeon", "It is sweet.")
    got = next(i for i in c.interactions if {i.a, i.b} == {"felix", "taeyeon"})
    assert actor(got) == "taeyeon"
