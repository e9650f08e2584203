"""Bad input gets a clear error and loses nothing: hostile files, names, arguments and a locked database.

Real files, FIFOs and symlinks in tmp_path, real processes for the command line, a real HTTP server on
127.0.0.1, and a second SQLite connection holding the write lock. Waits are bounded waits on a condition.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import sqlite3
import sys
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import Config, FeedConfig, HttpConfig, LocalConfig, SeedsConfig, StorageConfig
from bot.feeds import FeedFetcher, state_after_failure, state_after_success
from bot.ingest import Ingestor
from bot.local import run_local
from bot.models import Classification, FeedState
from bot.runner import PipelineRunner
from bot.seeds import RetryLater, SeedWatcher
from bot.services import open_services
from bot.store import Store
from bot.storyfile import StoryFileError, read_story_file, story_input_from_file
from tests.feedserver import FeedServer
from tests.test_cli import biasbot

STORY = "title: {title}\n\nJimin liked a photo that Jennie posted on Instagram this week.\n"
RSS = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>News</title>"
       b"<item><guid>r1</guid><title>Lisa follows Jisoo on Instagram</title>"
       b"<description>Lisa followed Jisoo on Instagram on Monday.</description></item></channel></rss>")


def write_story(folder: Path, name: str, title: str) -> Path:
    path = folder / name
    path.write_text(STORY.format(title=title), encoding="utf-8")
    return path


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "db.sqlite3", busy_timeout_ms=100)
    yield s
    await s.close()


@pytest.fixture
async def ingestor(store: Store) -> AsyncIterator[Ingestor]:
    fetcher = FeedFetcher(timeout=5.0)
    yield await Ingestor.create(store, classifier=None, fetcher=fetcher)
    await fetcher.aclose()


@contextmanager
def write_locked(database: Path) -> Iterator[None]:
    """Another process's view: a connection that holds the database's write lock until the block ends."""
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield
        conn.execute("ROLLBACK")
    finally:
        conn.close()


# ---- story files that are not files ----------------------------------------------------------------


def test_a_fifo_story_file_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcome: list[BaseException | None] = []
    reader = threading.Thread(target=lambda: outcome.append(_error_of(fifo)), daemon=True)
    reader.start()
    reader.join(timeout=5)
    if reader.is_alive():  # release the blocked open so the thread can end, then fail
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading a FIFO story file blocked")
    assert isinstance(outcome[0], StoryFileError) and "FIFO" in outcome[0].reason


def _error_of(path: Path) -> BaseException | None:
    try:
        read_story_file(path)
    except BaseException as exc:
        return exc
    return None


async def test_folder_ingest_names_broken_and_looping_symlinks_and_fifos(ingestor: Ingestor, tmp_path: Path) -> None:
    folder = tmp_path / "seeds"
    folder.mkdir()
    write_story(folder, "good.txt", "A good story")
    (folder / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (folder / "loop_a.txt").symlink_to(folder / "loop_b.txt")
    (folder / "loop_b.txt").symlink_to(folder / "loop_a.txt")
    os.mkfifo(folder / "pipe.txt")

    report = await asyncio.wait_for(ingestor.ingest_path(folder), 10)

    assert report.error is None and report.new == 1
    assert report.skipped == ["dangling.txt: broken symlink (points to " + str(tmp_path / "gone.txt") + ")",
                              "loop_a.txt: symlink loop", "loop_b.txt: symlink loop",
                              "pipe.txt: not a regular file"]


async def test_a_symlink_loop_given_by_name_is_a_failed_source_not_an_exception(
    ingestor: Ingestor, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert (await ingestor.ingest_path(tmp_path / "a.txt")).error == "symlink loop"


async def test_a_path_too_long_for_the_file_system_is_a_failed_source(ingestor: Ingestor) -> None:
    assert (await ingestor.ingest_path(Path("x" * 5000))).error == "name too long"


async def test_a_folder_without_story_files_says_so(ingestor: Ingestor, tmp_path: Path) -> None:
    report = await ingestor.ingest_path(tmp_path)
    assert report.error is None and "no *.txt story files" in report.line()


async def test_a_file_name_that_is_not_utf8_is_stored_under_an_escaped_key(
    ingestor: Ingestor, store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "seeds"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    write_story(folder, name, "Latin-1 name")
    write_story(folder, "plain.txt", "Plain name")

    first = await ingestor.ingest_path(folder)
    again = await ingestor.ingest_path(folder)

    assert (first.error, first.new, again.unchanged) == (None, 2, 2)
    keys = {row.entry_key for row in await store.list_stories(limit=10)}
    assert keys == {"caf\\xe9.txt", "plain.txt"}


def test_story_input_key_of_a_valid_hangul_name_is_unchanged(tmp_path: Path) -> None:
    path = write_story(tmp_path, "정국🐰.txt", "Hangul name")
    assert story_input_from_file(path).entry_key == "정국🐰.txt"


async def test_a_crashing_classifier_fails_its_source_and_not_the_caller(store: Store, tmp_path: Path) -> None:
    class Broken:
        def classify(self, title: str, body: str) -> Classification:
            raise RuntimeError("classifier bug")

    ingestor = await Ingestor.create(store, classifier=Broken())
    write_story(tmp_path, "one.txt", "Breaks the classifier")
    report = await ingestor.ingest_path(tmp_path / "one.txt")
    assert report.error is not None and "RuntimeError: classifier bug" in report.error


# ---- feeds -------------------------------------------------------------------------------------------


async def test_a_user_agent_aiohttp_refuses_to_send_is_a_feed_error(feed_server: FeedServer) -> None:
    url = feed_server.route("/ua.xml", body=RSS)
    async with FeedFetcher(timeout=5.0, user_agent="biasbot\nInjected: yes") as fetcher:
        result = await fetcher.fetch(url)
    assert result.error is not None and result.error.kind == "network"


def test_an_absurd_poll_interval_schedules_within_a_year_instead_of_overflowing() -> None:
    from datetime import UTC, datetime, timedelta

    from bot.feeds import FeedError

    now = datetime(2024, 1, 1, tzinfo=UTC)
    ok = state_after_success(FeedState(url="http://x/"), now=now, interval=1e17)
    failed = state_after_failure(FeedState(url="http://x/"), now=now, interval=1e17,
                                 error=FeedError("http", "HTTP 500"), rng=lambda: 0.0)
    assert ok.next_due is not None and now < ok.next_due <= now + timedelta(days=366)
    assert failed.next_due is not None and now < failed.next_due <= now + timedelta(days=366)


async def test_feed_entries_that_could_not_be_stored_are_fetched_again(
    ingestor: Ingestor, store: Store, feed_server: FeedServer, tmp_path: Path
) -> None:
    url = feed_server.route("/locked.xml", body=RSS, etag='"v1"')
    with write_locked(tmp_path / "db.sqlite3"):
        failed = await ingestor.poll_feed(url)
    retried = await ingestor.poll_feed(url)

    assert failed.error is not None and "locked" in failed.error
    assert "If-None-Match" not in feed_server.requests_for("/locked.xml")[-1].headers
    assert (retried.error, retried.new) == (None, 1)


async def test_the_configured_max_backoff_caps_a_failing_feeds_wait(
    store: Store, feed_server: FeedServer
) -> None:
    url = feed_server.route("/gone.xml", status=404)
    async with FeedFetcher(timeout=5.0) as fetcher:
        ingestor = await Ingestor.create(store, classifier=None, fetcher=fetcher, max_backoff=120.0)
        for _ in range(6):
            await ingestor.poll_feed(url, interval=60)
    state = await store.get_feed_state(url)
    assert state is not None and state.consecutive_failures == 6
    assert state.next_due is not None and state.last_attempt is not None
    assert (state.next_due - state.last_attempt).total_seconds() <= 120


# ---- the watcher and local mode -------------------------------------------------------------------------


async def test_watcher_offers_a_file_again_when_its_handler_asks_to_retry(tmp_path: Path) -> None:
    calls: asyncio.Queue[Path] = asyncio.Queue()

    async def flaky(path: Path) -> None:
        calls.put_nowait(path)
        if calls.qsize() == 1:
            raise RetryLater("database is locked")

    async with SeedWatcher(tmp_path, flaky, rescan_interval=0.2, watch=False):
        write_story(tmp_path, "late.txt", "Retried")
        first = await asyncio.wait_for(calls.get(), 5)
        second = await asyncio.wait_for(calls.get(), 5)
    assert first.name == second.name == "late.txt"


class Terminal(io.StringIO):
    """The terminal local mode prints to, waitable: ``await terminal.shows("text")``."""

    def __init__(self) -> None:
        super().__init__()
        self._changed = asyncio.Event()

    def write(self, text: str) -> int:
        self._changed.set()
        return super().write(text)

    async def shows(self, text: str, within: float = 5.0) -> None:
        async with asyncio.timeout(within):
            while text not in self.getvalue():
                self._changed.clear()
                await self._changed.wait()


async def _run_local(config: Config, terminal: Terminal) -> tuple[asyncio.Event, asyncio.Task[int]]:
    services = await open_services(config)
    stop = asyncio.Event()
    ready = asyncio.Event()

    async def run() -> int:
        try:
            return await run_local(services, terminal, stop=stop, install_signal_handlers=False, ready=ready.set)
        finally:
            await services.aclose()

    task = asyncio.create_task(run())
    await asyncio.wait_for(ready.wait(), 30)
    return stop, task


def _local_config(tmp_path: Path, seeds: Path, preview: int = 3) -> Config:
    return Config(storage=StorageConfig(database=tmp_path / "biasbot.sqlite3"),
                  seeds=SeedsConfig(path=seeds, rescan_interval=30.0), local=LocalConfig(backlog_preview=preview))


async def test_first_file_dropped_into_an_empty_seeds_folder_is_announced(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    terminal = Terminal()
    stop, task = await _run_local(_local_config(tmp_path, seeds), terminal)
    try:
        write_story(seeds, "first.txt", "The very first story")
        await terminal.shows("[NEW] The very first story", within=2.5)
    finally:
        stop.set()
        assert await asyncio.wait_for(task, 10) == 0


async def test_a_seeds_folder_created_after_start_is_watched(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    terminal = Terminal()
    stop, task = await _run_local(_local_config(tmp_path, seeds), terminal)
    try:
        seeds.mkdir()
        write_story(seeds, "late.txt", "A story in a new folder")
        await terminal.shows("[NEW] A story in a new folder", within=4.0)
    finally:
        stop.set()
        assert await asyncio.wait_for(task, 10) == 0


async def test_a_story_new_since_the_last_run_is_printed_once_not_also_in_the_preview(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_story(seeds, "old.txt", "Already known")
    config = _local_config(tmp_path, seeds)
    stop, task = await _run_local(config, Terminal())
    stop.set()
    await asyncio.wait_for(task, 10)

    write_story(seeds, "while_away.txt", "Arrived while stopped")
    terminal = Terminal()
    stop, task = await _run_local(config, terminal)
    stop.set()
    await asyncio.wait_for(task, 10)
    assert terminal.getvalue().count("Arrived while stopped") == 1
    assert "[NEW] Arrived while stopped" in terminal.getvalue()
    assert "[STORED] Already known" in terminal.getvalue()


async def test_a_file_dropped_while_the_database_is_locked_is_announced_once_it_is_free(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_story(seeds, "old.txt", "Already known")
    terminal = Terminal()
    config = replace(_local_config(tmp_path, seeds), seeds=SeedsConfig(path=seeds, rescan_interval=0.5))
    stop, task = await _run_local(config, terminal)
    try:
        with _log_watch("bot.seeds", "will retry") as retry_logged, write_locked(config.storage.database):
            write_story(seeds, "during.txt", "Dropped during a lock")
            # The store gives up after its busy timeout (5 s); the watcher keeps the file for later.
            await asyncio.wait_for(retry_logged.wait(), 15)
        await terminal.shows("[NEW] Dropped during a lock", within=5.0)
    finally:
        stop.set()
        assert await asyncio.wait_for(task, 10) == 0
    assert terminal.getvalue().count("Dropped during a lock") == 1


@contextmanager
def _log_watch(logger: str, text: str) -> Iterator[asyncio.Event]:
    """An event set (on this loop) as soon as ``logger`` logs a message containing ``text``."""
    seen = asyncio.Event()
    loop = asyncio.get_running_loop()

    class Catch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if text in record.getMessage():
                loop.call_soon_threadsafe(seen.set)

    handler = Catch()
    logging.getLogger(logger).addHandler(handler)
    try:
        yield seen
    finally:
        logging.getLogger(logger).removeHandler(handler)


async def test_start_up_polls_feeds_side_by_side_so_hanging_feeds_cost_one_timeout(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    hanging = [feed_server.route(f"/hang{i}.xml", hang=True) for i in range(3)]
    config = Config(storage=StorageConfig(database=tmp_path / "db.sqlite3"),
                    seeds=SeedsConfig(path=tmp_path / "seeds"), http=HttpConfig(timeout=1.0, per_host=4),
                    feeds=tuple(FeedConfig(url=url) for url in hanging))
    services = await open_services(config)
    runner = PipelineRunner(services)
    loop = asyncio.get_running_loop()
    started = loop.time()
    try:
        reports = await runner.start()
        elapsed = loop.time() - started
    finally:
        await runner.stop()
        await services.aclose()
    assert [r.error for r in reports] == ["timed out after 1s"] * 3
    assert elapsed < 2.5  # one after the other would be at least 3 s


async def test_start_up_names_seeds_entries_the_watcher_passes_over(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_story(seeds, "good.txt", "A good story")
    os.mkfifo(seeds / "pipe.txt")
    services = await open_services(_local_config(tmp_path, seeds))
    runner = PipelineRunner(services)
    try:
        [report] = await asyncio.wait_for(runner.start(), 10)
    finally:
        await runner.stop()
        await services.aclose()
    assert (report.new, report.skipped) == (1, ["pipe.txt: not a regular file"])


async def test_stop_during_start_up_ends_local_mode_without_waiting_for_a_hanging_feed(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    url = feed_server.route("/hang.xml", hang=True)
    config = Config(storage=StorageConfig(database=tmp_path / "db.sqlite3"),
                    seeds=SeedsConfig(path=tmp_path / "seeds"), http=HttpConfig(timeout=60.0),
                    feeds=(FeedConfig(url=url),))
    services = await open_services(config)
    stop = asyncio.Event()
    terminal = Terminal()
    task = asyncio.create_task(run_local(services, terminal, stop=stop, install_signal_handlers=False))
    try:
        await asyncio.wait_for(feed_server.wait_for_request("/hang.xml"), 10)
        stop.set()
        assert await asyncio.wait_for(task, 5) == 0
    finally:
        await services.aclose()
    assert "Stopping" in terminal.getvalue()


# ---- the command line --------------------------------------------------------------------------------


async def test_cli_ingest_of_a_fifo_fails_in_one_line_without_hanging(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    result = await biasbot(tmp_path, "ingest", "pipe.txt", timeout=30)
    assert result.code == 1
    assert result.err.strip().splitlines()[-1] == "biasbot: pipe.txt: not a regular file (a FIFO)"


async def test_cli_ingest_of_an_empty_argument_is_refused_not_read_as_the_current_folder(tmp_path: Path) -> None:
    write_story(tmp_path, "here.txt", "Must not be ingested")
    result = await biasbot(tmp_path, "ingest", "")
    assert result.code == 1 and "empty path" in result.err and result.out == ""


async def test_cli_ingest_of_an_unsupported_url_says_so(tmp_path: Path) -> None:
    result = await biasbot(tmp_path, "ingest", "ftp://example.org/feed.xml")
    assert result.code == 1 and "unsupported URL" in result.err


async def test_cli_limit_beyond_what_sqlite_can_count_lists_everything(tmp_path: Path) -> None:
    write_story(tmp_path, "one.txt", "Only story")
    assert (await biasbot(tmp_path, "ingest", "one.txt")).code == 0
    result = await biasbot(tmp_path, "stories", "--limit", "9" * 30)
    assert result.code == 0 and "Only story" in result.out and "Traceback" not in result.err


async def test_cli_database_in_a_missing_folder_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('[storage]\ndatabase = "nowhere/db.sqlite3"\n', encoding="utf-8")
    result = await biasbot(tmp_path, "stories")
    assert result.code == 2
    assert result.err.strip() == "biasbot: config error: storage.database: folder nowhere does not exist"


async def test_cli_output_survives_a_terminal_that_cannot_show_hangul(tmp_path: Path) -> None:
    write_story(tmp_path, "정국.txt", "정국 🐰 story")
    assert (await biasbot(tmp_path, "ingest", ".")).code == 0
    result = await biasbot(tmp_path, "stories", env={"PYTHONIOENCODING": "ascii"})
    assert result.code == 0 and "\\uc815\\uad6d" in result.out and "Traceback" not in result.err


@pytest.mark.skipif(sys.platform != "linux", reason="non-UTF-8 file names are a POSIX matter")
async def test_cli_ingest_of_a_folder_with_a_non_utf8_file_name_prints_it_escaped(tmp_path: Path) -> None:
    write_story(tmp_path, os.fsdecode(b"bad\xff.txt"), "Odd name")
    os.mkfifo(tmp_path / os.fsdecode(b"pipe\xff.txt"))
    result = await biasbot(tmp_path, "ingest", ".")
    assert result.code == 0, result.err
    assert "1 new" in result.out and "skipped pipe\\xff.txt: not a regular file" in result.out


async def test_cli_interactions_refuses_an_artist_argument_that_cannot_be_a_name(tmp_path: Path) -> None:
    for bad, why in (("x" * 5000, "at most 100 characters"), ("", "empty"), ("\x1b[31mred", "control")):
        result = await biasbot(tmp_path, "interactions", bad)
        assert result.code == 2 and why in result.err and len(result.err) < 400
