"""The learned pair model (bot.learned_pairs): how its pairs join the rules', and what the shipped one adds.

Most tests use small hand-made models, so they state the mechanism whatever the trained weights are; the
last few run the shipped model on sentences written for them that the rules alone leave unpaired.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import learned_pairs
from bot.classify import Classifier
from bot.learned_pairs import PairModel
from bot.models import INTERACTION_TYPES, Classification, Interaction
from bot.roster import Roster

TITLE = "K-pop news roundup"


@pytest.fixture(scope="module")
def roster() -> Roster:
    return Roster.load()


@pytest.fixture(scope="module")
def rules_only(roster: Roster) -> Classifier:
    return Classifier(roster, learned=False)


@pytest.fixture(scope="module")
def shipped(roster: Roster) -> Classifier:
    return Classifier(roster)


def with_model(roster: Roster, pair: dict[str, float], types: dict[str, dict[str, float]] | None = None,
               threshold: float = 0.5) -> Classifier:
    return Classifier(roster, pair_model=PairModel(pair, types or {"meet": {"bias": 5.0}}, threshold))


def pair(c: Classification, a: str, b: str) -> Interaction | None:
    return next((i for i in c.interactions if {i.a, i.b} == {a, b}), None)


@pytest.fixture
def recording() -> Iterator[list[learned_pairs.Candidate]]:
    learned_pairs.RECORD = []
    try:
        yield learned_pairs.RECORD
    finally:
        learned_pairs.RECORD = None


SENT_IT = "BTS' Jin took a photo of the fish and sent it to Jungkook."


# ------------------------------------------------------------------------------------------ joining the rules
def test_a_pair_the_model_takes_is_added_with_its_types(roster: Roster, rules_only: Classifier) -> None:
    assert pair(rules_only.classify(TITLE, SENT_IT), "jin", "jungkook") is None
    clf = with_model(roster, {"bias": -2.0, "m:sent": 4.0}, {"message": {"bias": 3.0}, "gift": {"bias": -3.0}})
    found = pair(clf.classify(TITLE, SENT_IT), "jin", "jungkook")
    assert found is not None
    assert found.types == ("message",)
    assert found.evidence == SENT_IT


def test_the_actor_of_a_learned_pair_is_read_from_the_sentence(roster: Roster) -> None:
    clf = with_model(roster, {"bias": -2.0, "m:sent": 4.0}, {"message": {"bias": 3.0}})
    found = pair(clf.classify(TITLE, SENT_IT), "jin", "jungkook")
    assert found is not None and found.directed and found.a == "jin"


def test_a_pair_below_the_threshold_is_not_added(roster: Roster) -> None:
    clf = with_model(roster, {"bias": -2.0, "m:sent": 1.0}, threshold=0.5)
    assert pair(clf.classify(TITLE, SENT_IT), "jin", "jungkook") is None


def test_the_rules_pairs_are_left_as_they_are(roster: Roster, rules_only: Classifier) -> None:
    body = "BTS' Jimin liked Jungkook's post on Instagram."
    eager = with_model(roster, {"bias": 10.0}, {"gift": {"bias": 10.0}})
    assert eager.classify(TITLE, body).interactions == rules_only.classify(TITLE, body).interactions


def test_a_group_is_never_paired_with_its_own_member(roster: Roster) -> None:
    eager = with_model(roster, {"bias": 10.0})
    found = eager.classify(TITLE, "TWICE's Nayeon posed with TWICE on the red carpet.")
    assert pair(found, "twice", "nayeon") is None


def test_a_group_naming_its_member_is_no_candidate(roster: Roster, recording: list[learned_pairs.Candidate]) -> None:
    # "IVE's Yujin": the member is the party; the group is only her label
    with_model(roster, {"bias": 0.0}).classify(TITLE, "Karina stood in the crowd while IVE's Yujin waved from "
                                                      "the stage.")
    assert {(c.a, c.b) for c in recording} == {("karina", "yujin-ive")}


def test_a_negated_act_gets_no_learned_pair(roster: Roster) -> None:
    eager = with_model(roster, {"bias": 10.0})
    found = eager.classify(TITLE, "BTS' Jungkook did not follow BLACKPINK's Jennie on Instagram, his agency said.")
    assert found.interactions == ()


def test_a_hypothetical_act_gets_no_learned_pair(roster: Roster) -> None:
    eager = with_model(roster, {"bias": 10.0})
    found = eager.classify(TITLE, "Fans wonder whether BTS' Jungkook would ever collaborate with BLACKPINK's Jennie.")
    assert found.interactions == ()


def test_a_denied_report_gets_no_learned_pair(roster: Roster) -> None:
    eager = with_model(roster, {"bias": 10.0})
    body = "The agency denied reports that BTS' Jungkook and BLACKPINK's Jennie had recorded a duet together."
    assert eager.classify(TITLE, body).interactions == ()


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("After V, now BTS' Jungkook takes on the viral dance challenge", "Fans loved it."),
        (TITLE, "BTS' Jungkook performed the challenge right after V, who had posted his version first."),
    ],
)
def test_a_party_only_sequenced_gets_no_learned_pair(roster: Roster, title: str, body: str) -> None:
    # "after V": the rules set V aside as someone who did the same thing at another time
    eager = with_model(roster, {"bias": 10.0})
    assert pair(eager.classify(title, body), "jungkook", "v") is None


def test_a_name_in_a_sequenced_partys_relative_clause_gets_no_learned_pair_with_the_subject(roster: Roster) -> None:
    # "a day after Jungkook, who was seen dancing it with Bada Lee": she was with Jungkook, not with Jimin
    eager = with_model(roster, {"bias": 10.0})
    body = (
        "Jimin posted his take on the routine a day after Jungkook, who was seen dancing it with choreographer "
        "Bada Lee and dancer Aiki."
    )
    c = eager.classify(TITLE, body)
    assert pair(c, "jimin", "bada-lee") is None and pair(c, "jimin", "aiki") is None
    assert pair(c, "jungkook", "bada-lee") is not None  # the rules' own pair stays


def test_a_pair_takes_the_sentence_where_it_scores_best(roster: Roster) -> None:
    body = "Taeyeon and Seulgi were both in Seoul. Later Taeyeon sent a long voice memo to Seulgi."
    clf = with_model(roster, {"bias": -1.0, "m:memo": 3.0, "m:sent": 1.0}, {"message": {"bias": 3.0}})
    found = pair(clf.classify(TITLE, body), "taeyeon", "seulgi-red-velvet")
    assert found is not None
    assert found.evidence == "Later Taeyeon sent a long voice memo to Seulgi."


def test_a_learned_pair_in_the_title_is_a_headline(roster: Roster) -> None:
    clf = with_model(roster, {"bias": -2.0, "m:sent": 4.0}, {"message": {"bias": 3.0}})
    found = pair(clf.classify(SENT_IT, "The fish was large."), "jin", "jungkook")
    assert found is not None and found.headline


def test_a_hacked_account_takes_back_a_learned_follow(roster: Roster) -> None:
    # the model's pair goes through the same filters as the rules' pairs
    body = ("BTS' Jin appeared to follow Jungkook's account overnight. The agency said Jin's account was hacked.")
    clf = with_model(roster, {"bias": 10.0}, {"follow": {"bias": 10.0}})
    assert pair(clf.classify(TITLE, body), "jin", "jungkook") is None


# ------------------------------------------------------------------------------------------ candidates
def test_recording_lists_the_candidates_and_adds_nothing(roster: Roster,
                                                         recording: list[learned_pairs.Candidate]) -> None:
    eager = with_model(roster, {"bias": 10.0})
    found = eager.classify(TITLE, SENT_IT)
    assert pair(found, "jin", "jungkook") is None
    assert [(c.a, c.b, c.paired) for c in recording] == [("jin", "jungkook", False)]


def test_features_never_hold_a_name(roster: Roster, recording: list[learned_pairs.Candidate]) -> None:
    with_model(roster, {"bias": 0.0}).classify(TITLE, "Girls' Generation's Taeyeon met Red Velvet's Seulgi and "
                                                      "aespa's Winter for dinner in Seoul.")
    assert recording
    for c in recording:
        words = " ".join(c.features).lower()
        for name in ("taeyeon", "seulgi", "winter", "generation", "velvet", "aespa"):
            assert name not in words


def test_a_learned_pair_takes_the_likeliest_type_alone() -> None:
    model = PairModel({"bias": 0.0}, {"meet": {"bias": 1.0}, "gift": {"bias": 0.5}, "like": {"bias": -1.0}}, 0.5)
    assert model.types_for(("m:x",)) == {"meet"}


def test_a_model_without_type_weights_gives_no_type() -> None:
    assert PairModel({"bias": 0.0}, {}, 0.5).types_for(("m:x",)) == set()


# ------------------------------------------------------------------------------------------ the model file
def test_a_missing_model_file_leaves_the_rules_alone(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.learned_pairs"):
        assert PairModel.load(tmp_path / "absent.json") is None
    assert "not loaded" in caplog.text


def test_a_malformed_model_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"pair": [1, 2], "types": {}, "threshold": 0.5}), encoding="utf-8")
    assert PairModel.load(path) is None


def test_unknown_types_in_a_model_file_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"pair": {"bias": 1}, "types": {"meet": {"bias": 1}, "hugged": {"bias": 1}},
                                "threshold": 0.5}), encoding="utf-8")
    model = PairModel.load(path)
    assert model is not None and set(model.types) == {"meet"}


def test_the_shipped_model_loads_with_known_types() -> None:
    model = PairModel.load()
    assert model is not None
    assert set(model.types) <= set(INTERACTION_TYPES)
    assert 0.0 < model.threshold < 1.0


# ------------------------------------------------------------------------------------------ the shipped model
# Sentences written for these tests, in phrasings no rule has. A retrain that loses one of them should be
# looked at (eval first) before the sentence is changed. Only the pair is checked: the learned type is the
# labelled one for about half the right pairs in cross-validation (scripts/train_pair_model.py --cv).
# The model reads the title's words too (session 18), and a roundup's title rightly lowers the odds that two
# names in one of its items did something together, so these run under a one-story title.
STORY_TITLE = "Idol news"


@pytest.mark.parametrize(
    ("body", "a", "b"),
    [
        ("SEVENTEEN's Hoshi said that BTS' Jimin had called him late at night after the awards.", "hoshi", "jimin"),
        ("ZICO wrote the lyrics for a song on the new album of BLACKPINK's Jennie.", "zico", "jennie"),
        ("TWICE's Jihyo grew close to Sunmi while filming the variety show last year.", "jihyo-twice", "sunmi"),
    ],
)
def test_the_shipped_model_pairs_what_the_rules_miss(
    rules_only: Classifier, shipped: Classifier, body: str, a: str, b: str
) -> None:
    assert pair(rules_only.classify(STORY_TITLE, body), a, b) is None
    assert pair(shipped.classify(STORY_TITLE, body), a, b) is not None


def test_two_objects_of_one_subjects_act_get_no_learned_pair_with_each_other(roster: Roster) -> None:
    # each did the challenge with Suga; the list of them is no act between them
    eager = with_model(roster, {"bias": 10.0})
    body = "Suga met up with SEVENTEEN's Hoshi and LE SSERAFIM's Yunjin to do the dance challenge."
    c = eager.classify(TITLE, body)
    assert pair(c, "suga", "hoshi") is not None and pair(c, "suga", "yunjin") is not None
    assert pair(c, "hoshi", "yunjin") is None


def test_a_group_gets_no_learned_pair_with_someone_the_rules_paired_with_its_member(roster: Roster) -> None:
    # LABELING pairs the most specific party named: the duet was Jungkook's, not BTS'
    eager = with_model(roster, {"bias": 10.0})
    body = "BTS' Jungkook sang a duet with Charlie Puth on Friday. Charlie Puth and BTS were both at the gala."
    c = eager.classify(TITLE, body)
    assert pair(c, "jungkook", "charlie-puth") is not None
    assert pair(c, "bts", "charlie-puth") is None


def test_two_credits_of_different_parts_of_a_work_get_no_learned_pair(roster: Roster) -> None:
    # the choreographer's credit, then a clause crediting the song's producer: two roles, not a joint act
    eager = with_model(roster, {"bias": 10.0})
    body = ("The choreography was created by Lia Kim and the song was produced by Zico, with vocals by "
            "Lee Young-ji.")
    c = eager.classify(TITLE, body)
    assert pair(c, "lia-kim", "zico") is None and pair(c, "lia-kim", "lee-young-ji") is None


def test_a_credit_shared_in_one_clause_can_still_get_a_learned_pair(roster: Roster) -> None:
    eager = with_model(roster, {"bias": 10.0})
    c = eager.classify(TITLE, "The choreography was created by Lia Kim and Bada Lee for the new single.")
    assert pair(c, "lia-kim", "bada-lee") is not None


# ------------------------------------------------------------------------------------------ across sentences
CROSS_TITLE = "TWICE's Jihyo Confirms Solo Comeback Date"
CROSS_BODY = ("Jihyo will release her second mini album on March 9. "
              "Fellow member Nayeon left a comment under the teaser: \"You are not ready for this one.\"")


def test_a_lone_name_acting_in_the_body_is_a_candidate_with_the_titles_artist(
    roster: Roster, recording: list[learned_pairs.Candidate]
) -> None:
    with_model(roster, {"bias": 0.0}).classify(CROSS_TITLE, CROSS_BODY)
    cross = [c for c in recording if c.features[:1] == ("xs",)]
    assert [(c.a, c.b) for c in cross] == [("nayeon", "jihyo-twice")]
    assert cross[0].sentence.text.startswith("Fellow member Nayeon")


def test_a_lone_name_without_an_act_is_no_cross_candidate(
    roster: Roster, recording: list[learned_pairs.Candidate]
) -> None:
    body = "Jihyo will release her second mini album on March 9. Nayeon is on a world tour this spring."
    with_model(roster, {"bias": 0.0}).classify(CROSS_TITLE, body)
    assert not [c for c in recording if c.features[:1] == ("xs",)]


def test_a_member_is_no_cross_candidate_with_her_own_group(
    roster: Roster, recording: list[learned_pairs.Candidate]
) -> None:
    with_model(roster, {"bias": 0.0}).classify("TWICE Confirm Comeback Date", CROSS_BODY)
    assert ("nayeon", "twice") not in [(c.a, c.b) for c in recording if c.features[:1] == ("xs",)]


def test_a_cross_candidate_needs_the_cross_threshold(roster: Roster) -> None:
    def clf(cross_threshold: float) -> Classifier:
        model = PairModel({"bias": -5.0, "xs": 7.0}, {"mention": {"bias": 1.0}}, 0.5, cross_threshold)
        return Classifier(roster, pair_model=model)

    assert pair(clf(0.95).classify(CROSS_TITLE, CROSS_BODY), "nayeon", "jihyo-twice") is None
    found = pair(clf(0.8).classify(CROSS_TITLE, CROSS_BODY), "nayeon", "jihyo-twice")
    assert found is not None and found.types == ("mention",)
    assert found.evidence.startswith("Fellow member Nayeon")


def test_a_model_file_without_a_cross_threshold_takes_no_cross_pair(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"pair": {"bias": 1}, "types": {}, "threshold": 0.5}), encoding="utf-8")
    model = PairModel.load(path)
    assert model is not None and not model.takes(("xs",), 0.99) and model.takes(("n2",), 0.99)


def test_guests_of_two_tracks_are_no_candidates(roster: Roster, recording: list[learned_pairs.Candidate]) -> None:
    body = 'The album has a deep bench of guests: Doechii on "ExtraL" and Dominic Fike on "Love Hangover."'
    with_model(roster, {"bias": 0.0}).classify(TITLE, body)
    assert frozenset(("doechii", "dominic-fike")) not in {frozenset((c.a, c.b)) for c in recording}


def test_guests_of_one_track_stay_candidates(roster: Roster, recording: list[learned_pairs.Candidate]) -> None:
    body = 'The album has a deep bench of guests: Doechii and Dominic Fike on "ExtraL" and Kali Uchis on "Damn Right."'
    with_model(roster, {"bias": 0.0}).classify(TITLE, body)
    pairs = {frozenset((c.a, c.b)) for c in recording}
    assert frozenset(("doechii", "dominic-fike")) in pairs
    assert frozenset(("doechii", "kali-uchis")) not in pairs


def _candidates_of(
    roster: Roster, title: str, body: str, recording: list[learned_pairs.Candidate]
) -> set[frozenset[str]]:
    with_model(roster, {"bias": 0.0}).classify(title, body)
    return {frozenset((c.a, c.b)) for c in recording}


def test_two_items_of_a_digest_either_side_of_a_semicolon_are_no_candidates(
    roster: Roster, recording: list[learned_pairs.Candidate]
) -> None:
    title = "Gong Yoo, Song Hye-kyo to lead Netflix period drama; Lee Kwang-soo drops by Yoo Jae-suk's show"
    pairs = _candidates_of(roster, title, "Here is the day's news.", recording)
    assert frozenset(("gong-yoo", "yoo-jae-suk")) not in pairs
    assert frozenset(("song-hye-kyo", "lee-kwang-soo")) not in pairs


def test_a_reaction_after_a_semicolon_stays_a_candidate_with_the_first_part(
    roster: Roster, recording: list[learned_pairs.Candidate]
) -> None:
    title = "TWICE's Jihyo and KATSEYE's Sophia team up for 'Nectar' challenge; Nayeon's reaction goes viral"
    assert frozenset(("jihyo-twice", "nayeon")) in _candidates_of(roster, title, "The clip is out.", recording)


def test_a_cross_candidate_is_not_made_through_a_pronoun_of_the_other_gender(
    roster: Roster, recording: list[learned_pairs.Candidate]
) -> None:
    body = "Rosé thanked her fans on Sunday. Mars had a big year too. His 2024 duet with Lady Gaga won a Grammy."
    assert frozenset(("rose", "lady-gaga")) not in _candidates_of(roster, "Rosé thanks fans", body, recording)


def test_a_cross_candidate_through_a_pronoun_of_the_hubs_gender_stays(
    roster: Roster, recording: list[learned_pairs.Candidate]
) -> None:
    body = "Rosé thanked her fans on Sunday. Her 2024 duet with Bruno Mars won a Grammy."
    assert frozenset(("rose", "bruno-mars")) in _candidates_of(roster, "Rosé thanks fans", body, recording)


def test_curly_quotes_give_the_model_the_words_straight_ones_do(roster: Roster,
                                                                 recording: list[learned_pairs.Candidate]) -> None:
    straight = "Alongside Lipa, Jennie enlisted Childish Gambino and Kali Uchis for \"Damn Right,\" it's said."
    curly = "Alongside Lipa, Jennie enlisted Childish Gambino and Kali Uchis for “Damn Right,” it’s said."
    model = with_model(roster, {"bias": 0.0})
    model.classify(TITLE, straight)
    seen = [(c.a, c.b, sorted(c.features)) for c in recording]
    recording.clear()
    model.classify(TITLE, curly)
    assert seen and [(c.a, c.b, sorted(c.features)) for c in recording] == seen


@pytest.mark.parametrize(
    "body",
    [
        "It was written and produced largely by the in-house unit 3RACHA — members Bang Chan, Changbin and Han — "
        "and it is led by the single \"Gravity Game.\"",
        "The clip shows all six members — Sophia, Lara, Manon, Megan, Daniela and Yoonchae — running through the "
        "full routine in a single continuous shot as the camera weaves between them.",
    ],
)
def test_a_spaced_hyphen_reads_like_a_dash(shipped: Classifier, body: str) -> None:
    def pairs(text: str) -> set[frozenset[str]]:
        return {frozenset((i.a, i.b)) for i in shipped.classify(TITLE, text).interactions}

    assert pairs(body.replace(" — ", " - ")) == pairs(body)
