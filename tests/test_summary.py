"""Extractive summaries: short, quoting the story, showing the headline interaction, free of page debris."""

from __future__ import annotations

import pytest

from bot.classify import Classifier
from bot.sentences import split_sentences
from bot.summary import MAX_SUMMARY, summarize


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier()


LONG_BODY = (
    "K-pop fans had a busy weekend as several idols posted new content online. "
    "The week started with a teaser for an upcoming comeback that trended for hours. "
    "Meanwhile, many fans were still talking about a variety show episode from last month. "
    "BTS' Jungkook followed BLACKPINK's Jennie on Instagram on Sunday night, and fans noticed within minutes. "
    "The two idols have never been seen together in public before this week. "
    "Their fans flooded social media with celebratory posts and fan art."
)


def test_summary_is_at_most_280_characters() -> None:
    text = " ".join(["This sentence is about an idol and keeps going for a while without stopping."] * 10)
    assert len(summarize(split_sentences(text))) <= MAX_SUMMARY


def test_summary_has_one_or_two_sentences() -> None:
    s = summarize(split_sentences(LONG_BODY))
    assert 1 <= len(split_sentences(s)) <= 2


def test_summary_contains_the_headline_evidence() -> None:
    evidence = (
        "BTS' Jungkook followed BLACKPINK's Jennie on Instagram on Sunday night, and fans noticed within minutes."
    )
    s = summarize(split_sentences(LONG_BODY), evidence=evidence)
    assert evidence in s


def test_summary_from_classifier_contains_headline_evidence(clf: Classifier) -> None:
    c = clf.classify("BTS' Jungkook follows BLACKPINK's Jennie", LONG_BODY)
    head = c.headline_interaction()
    assert head is not None
    assert head.evidence in c.summary
    assert len(c.summary) <= MAX_SUMMARY


def test_overlong_sentence_is_cut_at_a_word_with_an_ellipsis() -> None:
    sentence = "Jungkook " + "danced and sang and waved to everyone " * 12 + "at the end."
    s = summarize(split_sentences(sentence), evidence=sentence)
    assert len(s) <= MAX_SUMMARY
    assert s.endswith("…")
    assert s[:-1] == s[:-1].rstrip()
    assert sentence.startswith(s[:-1])


def test_summary_skips_tweet_embeds() -> None:
    body = (
        "OMG they finally met!!! pic.twitter.com/abc123 — fan (@fan) July 27, 2023\n"
        "Lisa and Rosé met at a party in Seoul on Friday, according to several attendees.\n"
        "Expand Tweet"
    )
    s = summarize(split_sentences(body))
    assert "pic.twitter" not in s and "Expand Tweet" not in s
    assert "Lisa and Rosé met" in s


def test_summary_skips_bare_quotes_and_bylines() -> None:
    body = (
        "By Staff Writer\n"
        '"I am so happy," she said.\n'
        "Rosé released a new single with Bruno Mars on Friday, and it topped charts worldwide."
    )
    s = summarize(split_sentences(body))
    assert s.startswith("Rosé released")


def test_empty_body_gives_empty_summary() -> None:
    assert summarize([]) == ""


def test_subheadings_are_not_picked_as_the_second_sentence() -> None:
    body = (
        "Lisa and Rosé met at a party in Seoul on Friday, according to several attendees.\n"
        "Lisa and Rosé meet again\n"
        "The two posed for photos with fans before leaving together."
    )
    s = summarize(split_sentences(body))
    assert "meet again" not in s


def test_bullet_marks_are_dropped_from_the_summary() -> None:
    body = "- Jennie and Jungkook greeted each other at the launch party in Seoul."
    assert summarize(split_sentences(body)) == "Jennie and Jungkook greeted each other at the launch party in Seoul."


def test_a_fragment_from_inside_a_quotation_is_skipped() -> None:
    body = (
        "Fans were delighted by the video of the two stars chatting at the event.\n"
        'We won!" tweeted one fan, while another said it was the best day of the year.\n'
        "Jennie and Jungkook both attended the launch party in May this year."
    )
    assert "We won" not in summarize(split_sentences(body))


@pytest.mark.parametrize(
    "sentence",
    [
        "Jimin unfollowed the account yesterday.",
        "UNFOLLOWED by millions overnight, the page closed.",
        "The metal band's metaverse concert sold out.",
        "Fans shared the clip of the duet widely.",
        "She ſang the chorus twice.",  # long s matches "s" case-insensitively
        "A performance that nobody performed_well.",
        "Coverage of the awards was thin.",
        "They met_up later.",
    ],
)
def test_the_cue_check_agrees_with_the_cue_pattern(sentence: str) -> None:
    from bot.summary import _CUE, _has_cue

    assert _has_cue(sentence) == (_CUE.search(sentence) is not None)


def test_every_cue_alternative_starts_with_a_stem_the_automaton_finds() -> None:
    # _has_cue tries the cue pattern only where a stem starts: a new alternative needs its stem listed too
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
    from typing import Any

    from bot.summary import _CUE, _CUE_WORDS

    stems = [w for w, _n in _CUE_WORDS.items() if w.isascii()]

    def alternatives(seq: Any) -> list[Any]:
        found: list[Any] = []
        for op, av in seq:
            if op is sre.BRANCH:
                found.extend(av[1])
            elif op is sre.SUBPATTERN:
                found.extend(alternatives(av[3]))
        return found

    alts = alternatives(list(sre_parse.parse(_CUE.pattern)))
    assert len(alts) > 10
    for alt in alts:
        lead = ""
        for op, av in alt:
            if op is not sre.LITERAL:
                break
            lead += chr(av).lower()
        assert any(lead.startswith(stem) for stem in stems), lead
