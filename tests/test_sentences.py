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


def test_blank_and_whitespace_only_lines_make_no_sentences() -> None:
    text = "First line here.\n   \n\t\nSecond line here."
    sentences = split_sentences(text)
    assert [(s.index, s.text) for s in sentences] == [(0, "First line here."), (1, "Second line here.")]
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_a_line_break_ends_a_sentence_even_after_an_abbreviation() -> None:
    texts = [s.text for s in split_sentences("A duet with Mr.\nKim Taehyung sang too.")]
    assert texts == ["A duet with Mr.", "Kim Taehyung sang too."]


def test_initials_stay_with_the_name_and_lines_still_split() -> None:
    texts = [s.text for s in split_sentences("Fans love BTS' J. Cole remix\nHe said so. Suga met J. Cole.")]
    assert texts == ["Fans love BTS' J. Cole remix", "He said so.", "Suga met J. Cole."]


def test_a_glued_full_stop_splits_but_an_abbreviation_glued_to_a_name_needs_three_lower_case_letters() -> None:
    texts = [s.text for s in split_sentences("They met in the U.S.Later that day. A fan waved.Then left.")]
    assert texts == ["They met in the U.S.Later that day.", "A fan waved.", "Then left."]


def test_sentences_are_immutable_records_with_their_text() -> None:
    (s,) = split_sentences("Hello there.")
    assert (s.index, s.start, s.end, s.text) == (0, 0, 12, "Hello there.")
    assert repr(s) == "Sentence(index=0, start=0, end=12, text='Hello there.')"


def test_a_question_inside_a_quoted_title_the_sentence_goes_on_after_ends_no_sentence() -> None:
    text = ("His channel uploaded a video titled “An idol who likes leg day? Let’s see about that,” featuring "
            "Yeonjun as a guest. The video begins.")
    assert [s.text for s in split_sentences(text)] == [text[: text.index(" The video")], "The video begins."]


def test_a_quoted_remark_with_its_speaker_after_still_splits_at_its_full_stop() -> None:
    text = '"I love it. You should see it," she said.'
    assert [s.text for s in split_sentences(text)] == ['"I love it.', 'You should see it," she said.']


def test_a_sentence_may_open_with_an_artist_styled_in_lower_case() -> None:
    text = "It topped the download chart. aespa's title track stayed at No. 2. j-hope returned."
    assert [s.text for s in split_sentences(text)] == [
        "It topped the download chart.",
        "aespa's title track stayed at No. 2.",
        "j-hope returned.",
    ]


def test_a_name_ending_in_a_capital_after_an_accented_letter_is_no_initial() -> None:
    # ("ROSALÍA." ends in "A." after a letter beyond ASCII: the whole word, not an initial like "J.")
    texts = [s.text for s in split_sentences("It featured singer ROSALÍA. JENNIE, meanwhile, dropped her album.")]
    assert texts == ["It featured singer ROSALÍA.", "JENNIE, meanwhile, dropped her album."]


def test_an_initial_before_a_surname_still_joins_it() -> None:
    assert [s.text for s in split_sentences("He met J. Cole there.")] == ["He met J. Cole there."]
