"""Feed jobs on APScheduler: one per feed, reconciled with the feed list, honouring back-off."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.feeds import FeedFetcher
from bot.ingest import Ingestor
from bot.models import FeedState
from bot.scheduler import FeedJob, PipelineScheduler
from bot.store import Store
from tests.feedserver import FeedServer

RSS = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>N</title><link>https://n.example/</link>"
       b"<item><guid>g1</guid><title>IVE announce a tour</title><description>IVE will tour.</description></item>"
       b"</channel></rss>")


@pytest.fixture
async def scheduler(tmp_path: Path) -> AsyncIterator[PipelineScheduler]:
    store = await Store.open(tmp_path / "db.sqlite3")
    fetcher = FeedFetcher(timeout=2.0)
    ingestor = await Ingestor.create(store, classifier=None, fetcher=fetcher)
    sched = PipelineScheduler(ingestor, jitter=0)
    sched.start()
    yield sched
    await sched.shutdown()
    await fetcher.aclose()
    await store.close()


async def test_a_new_feed_job_polls_at_once(scheduler: PipelineScheduler, feed_server: FeedServer) -> None:
    url = feed_server.route("/a.xml", body=RSS)
    scheduler.set_feeds([FeedJob(url, "A", 600)])
    await asyncio.wait_for(feed_server.wait_for_request("/a.xml"), 5)
    async with asyncio.timeout(5):
        while await scheduler.ingestor.store.count_stories() == 0:
            await asyncio.sleep(0.02)


async def test_set_feeds_adds_drops_and_retimes_jobs(scheduler: PipelineScheduler) -> None:
    later = datetime.now(UTC) + timedelta(hours=1)
    scheduler.set_feeds([FeedJob("http://127.0.0.1:9/a", None, 600), FeedJob("http://127.0.0.1:9/b", None, 600)],
                        first_run=later)
    scheduler.set_feeds([FeedJob("http://127.0.0.1:9/b", None, 60)], first_run=later)
    assert scheduler.feed_jobs() == [FeedJob("http://127.0.0.1:9/b", None, 60)]


async def test_a_feed_in_back_off_is_not_polled(scheduler: PipelineScheduler, feed_server: FeedServer) -> None:
    url = feed_server.route("/a.xml", body=RSS)
    scheduler.set_feeds([FeedJob(url, None, 600)], first_run=datetime.now(UTC) + timedelta(hours=1))
    await scheduler.ingestor.store.save_feed_state(
        FeedState(url=url, consecutive_failures=3, next_due=datetime.now(UTC) + timedelta(hours=2)))
    assert await scheduler.poll_if_due(url) is None
    assert feed_server.requests_for("/a.xml") == []


async def test_a_due_feed_is_polled(scheduler: PipelineScheduler, feed_server: FeedServer) -> None:
    url = feed_server.route("/a.xml", body=RSS)
    scheduler.set_feeds([FeedJob(url, None, 600)], first_run=datetime.now(UTC) + timedelta(hours=1))
    await scheduler.ingestor.store.save_feed_state(
        FeedState(url=url, next_due=datetime.now(UTC) - timedelta(seconds=1)))
    report = await scheduler.poll_if_due(url)
    assert report is not None and report.new == 1


async def test_a_failing_job_is_logged(scheduler: PipelineScheduler, caplog: pytest.LogCaptureFixture) -> None:
    async def broken() -> None:
        raise RuntimeError("boom")

    caplog.set_level(logging.ERROR, logger="bot.scheduler")
    scheduler.add_periodic("broken", broken, 0.05)
    async with asyncio.timeout(5):
        while not any("broken" in r.getMessage() for r in caplog.records):
            await asyncio.sleep(0.02)
    record = next(r for r in caplog.records if "broken" in r.getMessage())
    assert record.exc_info is not None and "boom" in str(record.exc_info[1])
