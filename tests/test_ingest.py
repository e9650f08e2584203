"""The pipeline: story files and feeds in, stored, de-duplicated and announced stories out."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.feeds import FeedFetcher
from bot.ingest import Ingestor
from bot.store import Store
from tests.feedserver import FeedServer

REPO = Path(__file__).resolve().parents[1]


def rss(*items: tuple[str, str, str]) -> bytes:
    """A small RSS document; items are (guid, title, description)."""
    body = "".join(
        f"<item><guid isPermaLink='false'>{g}</guid><title>{t}</title><link>https://news.example/{g}</link>"
        f"<description>{d}</description><pubDate>Mon, 18 Sep 2023 10:00:00 +0000</pubDate></item>"
        for g, t, d in items
    )
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>News</title>"
            f"<link>https://news.example/</link>{body}</channel></rss>").encode()


STORY_A = ("a1", "Jungkook follows choreographer KN on TikTok",
           "BTS member Jungkook followed the choreographer KN on TikTok and did his dance challenge, "
           "and the two exchanged messages that delighted fans around the world this week.")
STORY_B = ("b1", "IVE announce their world tour dates for next spring",
           "The group IVE will visit twenty cities across Asia, Europe and the Americas on a tour that "
           "starts in Seoul next spring, their agency said on Monday.")


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "db.sqlite3")
    yield s
    await s.close()


@pytest.fixture
async def ingestor(store: Store) -> AsyncIterator[Ingestor]:
    fetcher = FeedFetcher(timeout=2.0)
    ing = await Ingestor.create(store, classifier=None, fetcher=fetcher)
    yield ing
    await fetcher.aclose()


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(REPO / "seeds", folder)
    return folder


async def test_seed_folder_ingests_three_stories_with_their_dates(ingestor: Ingestor, seeds: Path) -> None:
    report = await ingestor.ingest_path(seeds)
    assert (report.new, report.updated, report.unchanged, report.error) == (3, 0, 0, None)
    stories = sorted(await ingestor.store.list_stories(), key=lambda s: s.entry_key)
    assert [s.published.date().isoformat() if s.published else None for s in stories] == [
        "2023-09-18", None, "2023-07-27"]


async def test_ingesting_the_same_folder_twice_changes_nothing(ingestor: Ingestor, seeds: Path) -> None:
    await ingestor.ingest_path(seeds)
    again = await ingestor.ingest_path(seeds)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    assert await ingestor.store.count_stories() == 3


async def test_an_edited_file_updates_its_story(ingestor: Ingestor, seeds: Path) -> None:
    await ingestor.ingest_path(seeds)
    path = sorted(seeds.glob("*.txt"))[1]
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    report = await ingestor.ingest_path(path)
    assert (report.new, report.updated) == (0, 1)
    assert await ingestor.store.count_stories() == 3


async def test_a_bad_file_is_skipped_and_the_rest_ingested(ingestor: Ingestor, seeds: Path) -> None:
    (seeds / "zz_binary.txt").write_bytes(b"\x00\x01\x02 not text")
    report = await ingestor.ingest_path(seeds)
    assert report.new == 3 and report.error is None
    assert len(report.skipped) == 1 and report.skipped[0].startswith("zz_binary.txt")


async def test_first_folder_scan_is_backlog_and_later_files_are_announced(ingestor: Ingestor, seeds: Path) -> None:
    announced: list[int] = []

    async def listener(story_id: int) -> None:
        announced.append(story_id)

    ingestor.add_listener(listener)
    first = await ingestor.ingest_path(seeds)
    assert first.backlog and announced == []
    (seeds / "new.txt").write_text("title: IVE announce a world tour\n\nThe group IVE will tour.\n",
                                   encoding="utf-8")
    later = await ingestor.ingest_path(seeds / "new.txt")
    assert not later.backlog and announced == later.new_ids and len(announced) == 1


async def test_first_feed_poll_is_backlog_then_only_new_entries_are_announced(
    ingestor: Ingestor, feed_server: FeedServer
) -> None:
    announced: list[int] = []

    async def listener(story_id: int) -> None:
        announced.append(story_id)

    ingestor.add_listener(listener)
    url = feed_server.route("/feed.xml", body=rss(STORY_B))
    first = await ingestor.poll_feed(url)
    assert (first.new, first.backlog, announced) == (1, True, [])
    feed_server.routes["/feed.xml"].body = rss(STORY_B, STORY_A)
    second = await ingestor.poll_feed(url)
    assert (second.new, second.unchanged, second.backlog) == (1, 1, False)
    assert announced == second.new_ids


async def test_second_poll_is_conditional_and_adds_nothing(ingestor: Ingestor, feed_server: FeedServer) -> None:
    url = feed_server.route("/feed.xml", body=rss(STORY_A), etag='"v1"')
    await ingestor.poll_feed(url)
    again = await ingestor.poll_feed(url)
    assert again.not_modified and again.new == 0
    assert feed_server.requests_for("/feed.xml")[-1].headers.get("If-None-Match") == '"v1"'
    assert await ingestor.store.count_stories() == 1


async def test_a_failing_feed_records_its_error_and_others_still_work(
    ingestor: Ingestor, feed_server: FeedServer
) -> None:
    bad = feed_server.route("/bad.xml", status=500, body=b"oops")
    good = feed_server.route("/good.xml", body=rss(STORY_A))
    bad_report = await ingestor.poll_feed(bad)
    good_report = await ingestor.poll_feed(good)
    assert bad_report.error is not None and "500" in bad_report.error
    assert good_report.error is None and good_report.new == 1
    state = await ingestor.store.get_feed_state(bad)
    assert state is not None and state.consecutive_failures == 1 and state.next_due is not None
    assert state.next_due > datetime.now(UTC)


async def test_the_same_story_in_two_feeds_lands_in_one_group(ingestor: Ingestor, feed_server: FeedServer) -> None:
    one = feed_server.route("/one.xml", body=rss(STORY_A, STORY_B))
    other_a = ("x9", STORY_A[1], STORY_A[2] + " Read more on our site.")
    two = feed_server.route("/two.xml", body=rss(other_a))
    await ingestor.poll_feed(one)
    await ingestor.poll_feed(two)
    stories = await ingestor.store.list_stories()
    groups = {s.source.rsplit("/", 1)[-1] + ":" + s.entry_key: s.group_id for s in stories}
    assert groups["one.xml:a1"] == groups["two.xml:x9"]
    assert groups["one.xml:b1"] != groups["one.xml:a1"]


async def test_a_feed_entry_and_a_story_file_of_one_story_share_a_group(
    ingestor: Ingestor, feed_server: FeedServer, seeds: Path
) -> None:
    await ingestor.ingest_path(seeds)
    seed = sorted(seeds.glob("*.txt"))[2].read_text(encoding="utf-8")
    excerpt = " ".join(seed.split()[2:60])
    url = feed_server.route("/feed.xml", body=rss(
        ("j1", "BTS' Jungkook and BLACKPINK's Jennie interaction video goes viral", excerpt)))
    await ingestor.poll_feed(url)
    stories = await ingestor.store.list_stories()
    feed_story = next(s for s in stories if s.entry_key == "j1")
    file_story = next(s for s in stories if s.entry_key.startswith("002_"))
    assert feed_story.group_id == file_story.group_id


async def test_the_same_story_twice_in_one_feed_lands_in_one_group(
    ingestor: Ingestor, feed_server: FeedServer
) -> None:
    copy = ("a2", STORY_A[1], STORY_A[2] + " Read more on our site.")
    url = feed_server.route("/feed.xml", body=rss(STORY_A, copy, STORY_B))
    await ingestor.poll_feed(url)
    groups = {s.entry_key: s.group_id for s in await ingestor.store.list_stories()}
    assert groups["a1"] == groups["a2"] != groups["b1"]


async def test_duplicate_groups_survive_a_restart(store: Store, feed_server: FeedServer) -> None:
    one = feed_server.route("/one.xml", body=rss(STORY_A))
    two = feed_server.route("/two.xml", body=rss(("x9", STORY_A[1], STORY_A[2])))
    async with FeedFetcher(timeout=2.0) as fetcher:
        first = await Ingestor.create(store, classifier=None, fetcher=fetcher)
        await first.poll_feed(one)
        restarted = await Ingestor.create(store, classifier=None, fetcher=fetcher)
        await restarted.poll_feed(two)
    assert len({s.group_id for s in await store.list_stories()}) == 1


async def test_a_stored_story_left_unclassified_is_classified_on_the_next_ingest(
    store: Store, seeds: Path
) -> None:
    from bot.classify import Classifier

    plain = await Ingestor.create(store, classifier=None)
    await plain.ingest_path(seeds)  # stored, but (as after a crash) never classified
    assert await store.unclassified(await store.story_ids()) == set(await store.story_ids())
    classifying = await Ingestor.create(store, classifier=Classifier())
    report = await classifying.ingest_path(seeds)
    assert report.unchanged == 3
    assert await store.unclassified(await store.story_ids()) == set()
