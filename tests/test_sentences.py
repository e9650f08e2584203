"""Sentence splitting with offsets."""

from __future__ import annotations

from bot.sentences import split_sentences


def test_offsets_point_into_the_text() -> None:
    text = "BTS' V met Jennie. She smiled!\nNew paragraph here"
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text


def test_splits_on_terminal_punctuation_and_newlines() -> None:
    texts = [s.text for s in split_sentences("One here. Two here! Three?\nFour")]
    assert texts == ["One here.", "Two here!", "Three?", "Four"]


def test_abbreviations_do_not_end_a_sentence() -> None:
    texts = [s.text for s in split_sentences("Mr. Kim met fans in the U.S. on Friday. Then he left.")]
    assert texts == ["Mr. Kim met fans in the U.S. on Friday.", "Then he left."]


def test_single_letter_stage_name_ends_a_sentence_before_a_pronoun() -> None:
    texts = [s.text for s in split_sentences("Fans love BTS' V. He posted a selfie.")]
    assert texts == ["Fans love BTS' V.", "He posted a selfie."]


def test_closing_quote_stays_with_its_sentence() -> None:
    texts = [s.text for s in split_sentences('He wrote, "Thank you." Fans cheered.')]
    assert texts == ['He wrote, "Thank you."', "Fans cheered."]


def test_offset_argument_shifts_positions() -> None:
    (s,) = split_sentences("Hello there.", offset=10)
    assert (s.start, s.end) == (10, 22)


def test_missing_space_after_a_full_stop_still_splits() -> None:
    texts = [s.text for s in split_sentences("It was quite the feat.According to reports, fans cheered.")]
    assert texts == ["It was quite the feat.", "According to reports, fans cheered."]


def test_domain_names_do_not_split() -> None:
    texts = [s.text for s in split_sentences("Read more on allkpop.com today.")]
    assert texts == ["Read more on allkpop.com today."]
