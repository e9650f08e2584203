"""Story files: both formats on the real seed files, noise cleaning, derived headlines, and skip reasons."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.storyfile import (
    MAX_HEADLINE,
    StoryFileError,
    derive_headline,
    parse_story_text,
    read_story_file,
    story_input_from_file,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_000 = SEEDS / "000_04606e88f67080f3.txt"
SEED_001 = SEEDS / "001_902e68cc48d3a238.txt"
SEED_002 = SEEDS / "002_b532b8b7ba964d6b.txt"
ALL_SEEDS = [SEED_000, SEED_001, SEED_002]
INLINE_DATE = re.compile(r"^ date \d{4}-\d{2}-\d{2} ")


def _is_noise(paragraph: str) -> bool:
    """The test's own idea of scraping noise, independent of the implementation's regexes."""
    text = paragraph.strip()
    return text == "Expand Tweet" or ("(@" in text and ("pic.twitter.com" in text or "t.co/" in text))


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _expected_body(seed: Path) -> str:
    raw = INLINE_DATE.sub("", seed.read_text(encoding="utf-8"))
    return "\n\n".join(p for p in _paragraphs(raw) if not _is_noise(p)).strip()


def _header_form(seed: Path, *, title: str, date: str | None) -> str:
    """The same story written in the header format (fields in an unusual order)."""
    body = INLINE_DATE.sub("", seed.read_text(encoding="utf-8"))
    header = [f"title: {title}", "url: https://example.org/story"]
    if date:
        header.insert(1, f"date: {date}")
    return "\n".join(header) + "\n\n" + body


@pytest.mark.parametrize(
    ("seed", "expected"),
    [(SEED_000, datetime(2023, 9, 18, tzinfo=UTC)), (SEED_001, None), (SEED_002, datetime(2023, 7, 27, tzinfo=UTC))],
)
def test_seed_form_published_date(seed: Path, expected: datetime | None) -> None:
    assert read_story_file(seed).published == expected


@pytest.mark.parametrize("seed", ALL_SEEDS)
def test_seed_form_body_is_verbatim_minus_noise(seed: Path) -> None:
    assert read_story_file(seed).body == _expected_body(seed)


def test_inline_date_is_removed_from_seed_body() -> None:
    story = read_story_file(SEED_000)
    assert story.body.startswith("K-pop sensation BTS' Jungkook")
    assert "date 2023-09-18" not in story.body


@pytest.mark.parametrize("seed", ALL_SEEDS)
def test_seed_noise_is_removed(seed: Path) -> None:
    body = read_story_file(seed).body
    for noise in ("Expand Tweet", "pic.twitter.com", "t.co/", "(@riyakpopsy)", "(@KlMVlSUAL)", "(@gylynbaebwii)"):
        assert noise not in body


def test_embedded_tweet_paragraphs_are_dropped_whole() -> None:
    body = read_story_file(SEED_002).body
    assert "gatekeeping this interaction from me" not in body  # the tweet's own text
    assert "WE FINALLY GOT A REAL INTERACTION" not in body
    assert "Another commented, “We finally got a real interaction between Jennie and Jungkook.\"" in body


def test_seed_form_titles_come_from_first_sentence() -> None:
    assert read_story_file(SEED_001).title == (
        "BTS’ Jungkook is all over social media for his online interaction with South Korean singer Heon Seo"
    )
    assert read_story_file(SEED_002).title == (
        "K-pop fans are swooning over an interaction video of BTS’ Jungkook and BLACKPINK member Jennie"
    )


def test_long_first_sentence_headline_is_cut_at_a_word() -> None:
    title = read_story_file(SEED_000).title
    assert len(title) <= MAX_HEADLINE
    assert title == "K-pop sensation BTS' Jungkook is known for his thoughtfulness, especially toward his fans"


@pytest.mark.parametrize(
    ("seed", "date"), [(SEED_000, "2023-09-18"), (SEED_001, None), (SEED_002, "2023-07-27")]
)
def test_header_form_of_each_seed_parses_to_the_same_story(seed: Path, date: str | None) -> None:
    story = parse_story_text(_header_form(seed, title="A headline we wrote", date=date), name=seed.name)
    assert story.title == "A headline we wrote"
    assert story.url == "https://example.org/story"
    assert story.published == (datetime.fromisoformat(date).replace(tzinfo=UTC) if date else None)
    assert story.body == read_story_file(seed).body


def test_header_fields_are_each_optional() -> None:
    story = parse_story_text("date: 2024-02-29\n\nOnly a date header here. Then the body.\n", name="x.txt")
    assert story.published == datetime(2024, 2, 29, tzinfo=UTC)
    assert story.url is None
    assert story.title == "Only a date header here"
    assert story.body == "Only a date header here. Then the body."


def test_inline_date_on_its_own_line_is_removed() -> None:
    story = parse_story_text(" date 2024-01-05\nThe body starts on the next line.\n", name="x")
    assert story.published == datetime(2024, 1, 5, tzinfo=UTC)
    assert story.body == "The body starts on the next line."


def test_headline_joins_a_hard_wrapped_first_sentence() -> None:
    text = "url: https://example.org/w\n\nThe group announced a\nworld tour today. More soon.\n"
    story = parse_story_text(text, name="x")
    assert story.title == "The group announced a world tour today"
    assert story.body == "The group announced a\nworld tour today. More soon."


def test_header_without_blank_line_still_parses() -> None:
    story = parse_story_text("Title: Tight file\nURL: https://example.org/t\nThe body follows at once.", name="x")
    assert (story.title, story.url, story.body) == ("Tight file", "https://example.org/t", "The body follows at once.")


def test_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufefftitle: Windows file\r\n\r\nFirst line.\r\n\r\nSecond line.\r\n".encode())
    story = read_story_file(path)
    assert story.title == "Windows file"
    assert story.body == "First line.\n\nSecond line."


def test_inline_twitter_link_is_removed_and_sentence_kept() -> None:
    story = parse_story_text("title: T\n\nThe singer posted a clip pic.twitter.com/AbC123 on Friday.\n", name="x")
    assert story.body == "The singer posted a clip on Friday."


def test_text_after_an_attribution_in_the_same_paragraph_is_kept() -> None:
    text = (
        "title: T\n\nOur own first paragraph.\n\n"
        "so proud of them https://t.co/Zz9 — Some Fan (@somefan) March 3, 2024\n"
        "Our own sentence that follows the embed.\n"
    )
    expected = "Our own first paragraph.\n\nOur own sentence that follows the embed."
    assert parse_story_text(text, name="x").body == expected


def test_blank_line_runs_left_by_removals_collapse() -> None:
    text = "Para one.\n\nExpand Tweet\n\nExpand Tweet\n\n\n\nPara two.\n"
    assert parse_story_text(text, name="x").body == "Para one.\n\nPara two."


def test_derived_headline_is_cut_at_a_word_boundary() -> None:
    sentence = "The rookie group thanked " + "their wonderful fans " * 10 + "for everything."
    headline = derive_headline(sentence)
    assert len(headline) <= MAX_HEADLINE
    assert sentence.startswith(headline)
    assert sentence[len(headline)] == " "
    assert headline[-1].isalnum()


def test_derived_headline_does_not_stop_at_abbreviations() -> None:
    assert derive_headline("Mr. Kim met J. Cole in the U.S. last week. Then he flew home.") == (
        "Mr. Kim met J. Cole in the U.S. last week"
    )


def test_derived_headline_drops_dangling_words_and_punctuation() -> None:
    sentence = "Fans of the band " + "x" * 90 + " celebrated, and the label said nothing at all for a whole week."
    headline = derive_headline(sentence)
    assert len(headline) <= MAX_HEADLINE
    assert not headline.endswith((",", " and", " the"))


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\n\t \n", "empty"),
        (b"title: Only a header\n\n", "empty"),
        (b"Some text\x00with a NUL byte", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
        ("Caf\u00e9 story in Latin-1".encode("latin-1"), "not UTF-8"),
        ("A story saved as UTF-16.".encode("utf-16"), "not UTF-8"),
        (b" date 2023-02-30 An impossible day in the seed form.", "impossible date"),
        (b"date: 2023-13-01\n\nAn impossible month in a header.", "impossible date"),
        (b"date: yesterday\n\nA header date that is not a date.", "bad date"),
    ],
    ids=[
        "empty", "blank", "header-only", "nul", "control-bytes", "latin1", "utf16", "inline-date", "header-date",
        "bad-date",
    ],
)
def test_bad_file_is_rejected_with_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    path = _write(tmp_path, "bad.txt", data)
    with pytest.raises(StoryFileError) as caught:
        read_story_file(path)
    assert caught.value.reason.startswith(reason)
    assert caught.value.path == path
    assert str(path) in str(caught.value)


def test_oversized_file_is_rejected_at_default_cap(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", b"a" * (1024 * 1024 + 1))
    with pytest.raises(StoryFileError, match="too large"):
        read_story_file(path)


def test_size_cap_is_configurable(tmp_path: Path) -> None:
    path = _write(tmp_path, "small.txt", b"Twenty bytes of text")
    assert read_story_file(path, max_bytes=20).body == "Twenty bytes of text"
    with pytest.raises(StoryFileError, match="too large"):
        read_story_file(path, max_bytes=19)


def test_story_input_key_is_path_relative_to_seeds_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "seeds"
    folder.mkdir()
    path = _write(folder, "007.txt", b"title: Seven\n\nA body we wrote.")
    absolute = story_input_from_file(path, root=folder)
    monkeypatch.chdir(tmp_path)
    relative = story_input_from_file(Path("seeds/007.txt"))
    assert absolute == relative
    assert absolute.entry_key == "007.txt"
    assert absolute.source == "file:seeds"
    assert absolute.title == "Seven"


def test_story_input_from_seed(tmp_path: Path) -> None:
    story = story_input_from_file(SEED_002, root=SEEDS)
    assert story.entry_key == SEED_002.name
    assert story.published == datetime(2023, 7, 27, tzinfo=UTC)
    assert story.url is None


def test_unreadable_path_is_rejected(tmp_path: Path) -> None:
    folder = tmp_path / "looks_like.txt"
    folder.mkdir()
    with pytest.raises(StoryFileError, match="unreadable"):
        read_story_file(folder)


def test_html_character_references_in_a_story_file_are_decoded(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "title: BOYNEXTDOOR &amp; TWS top the chart\n\nThe two groups led the week.\n&lt;Read more&gt; News &#8230;\n",
        encoding="utf-8",
    )
    story = read_story_file(path)
    assert story.title == "BOYNEXTDOOR & TWS top the chart"
    assert "<Read more> News …" in story.body
