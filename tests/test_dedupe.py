"""Near-duplicate grouping: excerpts with their full story, and different stories kept apart."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from bot.dedupe import DuplicateIndex, Signature, decide, make_signature, signature
from bot.storyfile import ParsedStory, read_story_file

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_000 = read_story_file(SEEDS / "000_04606e88f67080f3.txt")
SEED_001 = read_story_file(SEEDS / "001_902e68cc48d3a238.txt")
SEED_002 = read_story_file(SEEDS / "002_b532b8b7ba964d6b.txt")

# Headlines as a feed would write them (our own words; the seed files have no titles of their own).
HEADLINE_000 = "Jungkook follows choreographer KN after dancing to his Big Dreams challenge"
HEADLINE_001 = "Jungkook cheers on singer Heon Seo after liking his TikTok cover"
HEADLINE_002 = "Rare clip of Jungkook and Jennie chatting at a launch party surfaces"


def _excerpt(story: ParsedStory, chars: int) -> str:
    """What a feed carries: the opening of the article, cut mid-word, with a WordPress-style tail."""
    return story.body[:chars] + " […]"


def _index_with(*stories: tuple[int, str, str]) -> DuplicateIndex:
    index = DuplicateIndex()
    for story_id, title, body in stories:
        index.add(story_id, story_id, signature(title, body))
    return index


def test_truncated_feed_excerpt_joins_the_full_story_file() -> None:
    index = _index_with((1, SEED_000.title, SEED_000.body), (2, SEED_001.title, SEED_001.body))
    feed_body = _excerpt(SEED_000, 330)
    assert index.find(signature(HEADLINE_000, feed_body)) == 1


def test_excerpt_with_feed_footer_joins_the_full_story() -> None:
    index = _index_with((1, SEED_002.title, SEED_002.body))
    footer = f" Continue reading {HEADLINE_002} The post {HEADLINE_002} appeared first on Example K-pop News."
    assert index.find(signature(HEADLINE_002, _excerpt(SEED_002, 400) + footer)) == 1


def test_full_story_arriving_after_its_excerpt_joins_it() -> None:
    index = _index_with((7, HEADLINE_001, _excerpt(SEED_001, 360)))
    assert index.find(signature(SEED_001.title, SEED_001.body)) == 7


def test_same_story_with_different_site_boilerplate_is_one_group() -> None:
    wrapped = (
        "By our staff writer | Updated 3 hours ago | 4 min read\n\n"
        + SEED_002.body
        + "\n\nFollow us for more updates on your favourite idols. Share this article with your friends."
    )
    index = _index_with((3, HEADLINE_002, wrapped))
    assert index.find(signature(SEED_002.title, SEED_002.body)) == 3


def test_teaser_with_same_headline_joins_other_feed_entry() -> None:
    index = _index_with((4, HEADLINE_001, _excerpt(SEED_001, 300)))
    assert index.find(signature(HEADLINE_001 + " - Example Site", "Fans are in tears.")) == 4


def test_different_stories_about_the_same_artist_stay_apart() -> None:
    index = _index_with((1, SEED_001.title, SEED_001.body))
    assert index.find(signature(SEED_002.title, SEED_002.body)) is None
    assert index.find(signature(HEADLINE_002, _excerpt(SEED_002, 330))) is None
    assert index.find(signature(HEADLINE_000, _excerpt(SEED_000, 330))) is None


def test_short_stories_sharing_names_and_a_site_blurb_stay_apart() -> None:
    blurb = (
        " Stay with Example K-pop News for the latest updates on your favourite idols, their music, their"
        " shows and everything in between, every single day of the week."
    )
    first = "BTS member Jungkook was seen at the airport on Monday wearing a black cap and waving to fans."
    second = "BTS member Jungkook topped a streaming chart again this week with his first solo album."
    index = _index_with((1, "Jungkook spotted at the airport on his way to a photo shoot", first + blurb))
    assert index.find(signature("Jungkook tops the streaming chart again with his solo album", second + blurb)) is None


SERIES_OPENING = (
    "Welcome back to our weekly look at the idol world, where our editors pick the moments that mattered most"
    " and the stages you should not miss before the weekend comes around again."
)
SERIES_WEEKS = [
    "This week a rookie boy group won its first music show trophy and cried through the encore stage while"
    " the members thanked their parents. Their leader later posted a photo of the trophy next to a bowl of"
    " instant noodles, and the caption made the rounds on every fan account we follow.",
    "This week a soloist returned after two years with a ballad about her late grandmother and sang it live"
    " on radio without any backing track. The host asked for an encore, and she chose an old folk song her"
    " grandmother used to hum while cooking, which left the studio staff in tears.",
    "This week two girl groups swapped choreography for a year-end stage and fans argued about which version"
    " had the sharper formation changes. Both leaders joined a live stream afterwards to settle the question"
    " with a very serious game of rock paper scissors that nobody could agree on.",
    "This week a veteran rapper announced his enlistment date in a handwritten letter and promised a farewell"
    " concert in the spring. He added a photo of his new short haircut and joked that his mother cried more"
    " than he did when the barber finished the job.",
]


def test_series_sharing_a_stock_opening_stays_apart_once_seen_across_stories() -> None:
    """Alone, an excerpt that is mostly the series' opening looks contained in any one episode; once the
    opening has been seen in three different stories it no longer counts as evidence."""
    index = _index_with(*[
        (n, f"Weekly idol roundup, part {n}", SERIES_OPENING + " " + week)
        for n, week in enumerate(SERIES_WEEKS[:3], start=1)
    ])
    excerpt = SERIES_OPENING + " " + " ".join(SERIES_WEEKS[3].split()[:8]) + " […]"
    assert index.find(signature("The rapper's enlistment letter", excerpt)) is None


def test_story_reported_by_several_sources_still_joins_its_group() -> None:
    index = DuplicateIndex()
    for story_id in (1, 2, 3):
        index.add(story_id, 1, signature(f"Source {story_id} headline for the same news", SEED_002.body))
    assert index.find(signature(HEADLINE_002, _excerpt(SEED_002, 330))) == 1


def test_same_recurring_headline_over_different_bodies_stays_apart() -> None:
    index = _index_with((1, "This week in K-pop: the biggest moments", SEED_001.body))
    assert index.find(signature("This week in K-pop: the biggest moments", SEED_002.body)) is None


def test_decision_reports_its_evidence() -> None:
    found = decide(make_signature(HEADLINE_000, _excerpt(SEED_000, 330)), make_signature(SEED_000.title, SEED_000.body))
    assert found is not None
    assert found.rule == "text"
    assert found.containment >= 0.8


def test_signature_round_trips_through_bytes() -> None:
    sig = make_signature(SEED_000.title, SEED_000.body)
    again = Signature.from_bytes(sig.to_bytes())
    assert again.title_keys == sig.title_keys
    assert again.body.tolist() == sig.body.tolist()
    assert again.lead.tolist() == sig.lead.tolist()
    assert again.title.tolist() == sig.title.tolist()


def test_signature_is_compact_and_stable() -> None:
    data = signature(SEED_000.title, SEED_000.body)
    assert len(data) < 1200
    assert data == signature(SEED_000.title, SEED_000.body)


def test_damaged_signature_is_rejected() -> None:
    data = signature(SEED_000.title, SEED_000.body)
    with pytest.raises(ValueError):
        Signature.from_bytes(data[:-3])
    with pytest.raises(ValueError):
        Signature.from_bytes(b"\x09" + data[1:])


def test_index_rebuilt_from_stored_rows_finds_the_same_groups() -> None:
    rows = [
        (11, 11, signature(SEED_000.title, SEED_000.body)),
        (12, 11, signature(HEADLINE_000, _excerpt(SEED_000, 300))),
        (13, 13, signature(SEED_001.title, SEED_001.body)),
        (14, 14, b"\x00garbage"),
    ]
    index = DuplicateIndex.from_rows(reversed(rows))
    assert len(index) == 3
    assert index.find(signature(HEADLINE_000 + " (video)", _excerpt(SEED_000, 250))) == 11
    assert index.find(signature(HEADLINE_001, _excerpt(SEED_001, 330))) == 13


def test_unreadable_signature_is_not_indexed_and_does_not_raise() -> None:
    index = DuplicateIndex()
    assert index.add(1, 1, b"\x00garbage") is False
    assert len(index) == 0
    assert index.add(2, 2, signature(SEED_000.title, SEED_000.body)) is True


def test_huge_body_signature_costs_no_more_than_its_opening() -> None:
    huge = SEED_000.body + "\n\n" + "Our own filler sentence about nothing in particular. " * 20_000
    assert len(huge) > 1_000_000
    start = time.perf_counter()
    sig = make_signature(SEED_000.title, huge)
    assert time.perf_counter() - start < 0.5
    assert decide(make_signature(HEADLINE_000, _excerpt(SEED_000, 330)), sig) is not None


def test_capacity_bounds_the_index_and_forgets_oldest() -> None:
    index = DuplicateIndex(capacity=2)
    index.add(1, 1, signature(SEED_000.title, SEED_000.body))
    index.add(2, 2, signature(SEED_001.title, SEED_001.body))
    index.add(3, 3, signature(SEED_002.title, SEED_002.body))
    assert len(index) == 2
    assert 1 not in index
    assert index.find(signature(HEADLINE_000, _excerpt(SEED_000, 330))) is None
    assert index.find(signature(HEADLINE_002, _excerpt(SEED_002, 330))) == 3


def test_adding_stored_rows_newest_first_keeps_the_newest() -> None:
    index = DuplicateIndex(capacity=2)
    for story_id, story in ((3, SEED_002), (2, SEED_001), (1, SEED_000)):
        index.add(story_id, story_id, signature(story.title, story.body))
    assert len(index) == 2
    assert 1 not in index
    assert 3 in index and 2 in index


def test_readding_a_story_replaces_its_old_version() -> None:
    index = _index_with((1, SEED_000.title, SEED_000.body))
    index.add(1, 1, signature(SEED_001.title, SEED_001.body))  # the file was overwritten with another story
    assert len(index) == 1
    assert index.find(signature(HEADLINE_000, _excerpt(SEED_000, 330))) is None
    assert index.find(signature(HEADLINE_001, _excerpt(SEED_001, 330))) == 1


def _filler_story(n: int) -> tuple[str, str]:
    """A distinct ~3 KB story of made-up words."""
    rng = random.Random(n)
    words = [f"w{rng.randrange(20_000)}" for _ in range(480)]
    body = ". ".join(" ".join(words[i : i + 16]) for i in range(0, 480, 16)) + "."
    return " ".join(f"t{rng.randrange(5_000)}" for _ in range(9)), body


def test_index_stays_fast_with_thousands_of_stories() -> None:
    """A loose guard against accidental quadratic behaviour (the real figure is ~0.3 ms; see the report)."""
    stories = [_filler_story(n) for n in range(1200)]
    index = DuplicateIndex(capacity=1000)
    start = time.perf_counter()
    for n, (title, body) in enumerate(stories):
        sig = signature(title, body)
        assert index.find(sig) is None
        index.add(n, n, sig)
    per_entry = (time.perf_counter() - start) / len(stories)
    assert len(index) == 1000
    assert per_entry < 0.003
