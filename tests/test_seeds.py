"""The seeds-folder watcher, on real files in a temporary folder, with bounded waits."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.seeds import SeedWatcher, is_story_file

PICKUP = 2.0  # the promise: a new or changed file is handed over within two seconds


class Recorder:
    """An on_change callback that queues what it is given, optionally failing for some names."""

    def __init__(self, fail_for: set[str] | None = None) -> None:
        self.seen: asyncio.Queue[Path] = asyncio.Queue()
        self.fail_for = fail_for or set()

    async def __call__(self, path: Path) -> None:
        self.seen.put_nowait(path)
        if path.name in self.fail_for:
            raise RuntimeError(f"handler broke on {path.name}")

    async def next(self, within: float = PICKUP) -> Path:
        return await asyncio.wait_for(self.seen.get(), within)

    async def next_named(self, name: str, within: float = PICKUP) -> Path:
        """The next report for ``name`` (a write may be reported more than once; that is allowed)."""
        async with asyncio.timeout(within):
            while True:
                path = await self.seen.get()
                if path.name == name:
                    return path


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
async def watcher(tmp_path: Path, recorder: Recorder) -> AsyncIterator[SeedWatcher]:
    w = SeedWatcher(tmp_path, recorder, rescan_interval=60.0)
    await w.start()
    yield w
    await w.stop()


async def test_new_file_is_reported_within_two_seconds(
    tmp_path: Path, watcher: SeedWatcher, recorder: Recorder
) -> None:
    (tmp_path / "new.txt").write_text("title: New\n\nA new story.", encoding="utf-8")
    path = await recorder.next()
    assert path == watcher.folder / "new.txt"


async def test_edited_file_is_reported_again(tmp_path: Path, watcher: SeedWatcher, recorder: Recorder) -> None:
    target = tmp_path / "story.txt"
    target.write_text("First version.", encoding="utf-8")
    await recorder.next_named("story.txt")
    target.write_text("Second version, a little longer.", encoding="utf-8")
    assert (await recorder.next_named("story.txt")).read_text(encoding="utf-8") == "Second version, a little longer."


async def test_file_renamed_into_place_is_reported(tmp_path: Path, watcher: SeedWatcher, recorder: Recorder) -> None:
    temp = tmp_path / ".incoming.txt.tmp"
    temp.write_text("Written aside, then moved.", encoding="utf-8")
    temp.rename(tmp_path / "moved.txt")
    assert (await recorder.next()).name == "moved.txt"


async def test_hidden_and_temporary_files_are_ignored(
    tmp_path: Path, watcher: SeedWatcher, recorder: Recorder
) -> None:
    for name in (".hidden.txt", "draft.txt.swp", "notes.md", "partial.txt.part", "backup.txt~"):
        (tmp_path / name).write_text("not a story", encoding="utf-8")
    (tmp_path / "real.txt").write_text("A story.", encoding="utf-8")
    assert (await recorder.next()).name == "real.txt"
    assert recorder.seen.empty()


def test_watcher_reports_paths_in_the_resolved_folder(tmp_path: Path) -> None:
    assert SeedWatcher(tmp_path / "." / "seeds", Recorder()).folder == tmp_path.resolve() / "seeds"


async def test_file_created_empty_then_filled_is_reported_with_its_content(
    tmp_path: Path, watcher: SeedWatcher, recorder: Recorder
) -> None:
    target = tmp_path / "slow.txt"
    target.touch()
    await asyncio.sleep(0.05)  # a writer that creates the file, then fills it a moment later
    target.write_text("Filled after a pause.", encoding="utf-8")
    path = await recorder.next()
    assert path.read_text(encoding="utf-8") == "Filled after a pause."


async def test_file_that_stays_empty_is_still_reported(
    tmp_path: Path, watcher: SeedWatcher, recorder: Recorder
) -> None:
    (tmp_path / "empty.txt").touch()
    # An empty file is held back up to max_settle (a writer may fill it), so it is not under the 2 s promise.
    assert (await recorder.next(within=PICKUP + 3)).name == "empty.txt"


def test_story_file_names() -> None:
    assert is_story_file("001_abc.txt")
    assert not is_story_file(".001.txt")
    assert not is_story_file("001.txt.tmp")
    assert not is_story_file("#001.txt#")


async def test_rescan_finds_file_when_watching_is_disabled(tmp_path: Path, recorder: Recorder) -> None:
    w = SeedWatcher(tmp_path, recorder, rescan_interval=0.2, watch=False)
    await w.start()
    try:
        (tmp_path / "polled.txt").write_text("Found by the rescan.", encoding="utf-8")
        assert (await recorder.next()).name == "polled.txt"
        assert not w.watching
    finally:
        await w.stop()


async def test_folder_created_after_start_is_picked_up_by_rescan(tmp_path: Path, recorder: Recorder) -> None:
    folder = tmp_path / "later"
    w = SeedWatcher(folder, recorder, rescan_interval=0.2)
    await w.start()
    try:
        folder.mkdir()
        (folder / "first.txt").write_text("The folder did not exist at start.", encoding="utf-8")
        assert (await recorder.next()).name == "first.txt"
    finally:
        await w.stop()


async def test_handler_error_does_not_stop_the_watcher(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(fail_for={"bad.txt"})
    async with SeedWatcher(tmp_path, recorder, rescan_interval=60.0):
        (tmp_path / "bad.txt").write_text("Makes the handler raise.", encoding="utf-8")
        await recorder.next_named("bad.txt")
        (tmp_path / "good.txt").write_text("Still handled afterwards.", encoding="utf-8")
        await recorder.next_named("good.txt")
    assert "handler failed" in caplog.text and "bad.txt" in caplog.text


async def test_existing_files_are_the_baseline_not_reported(tmp_path: Path, recorder: Recorder) -> None:
    (tmp_path / "old.txt").write_text("Already here.", encoding="utf-8")
    async with SeedWatcher(tmp_path, recorder, rescan_interval=0.1, watch=False) as w:
        (tmp_path / "fresh.txt").write_text("New after start.", encoding="utf-8")
        assert (await recorder.next()).name == "fresh.txt"
        assert w.running
    assert recorder.seen.empty()


async def test_emit_existing_reports_files_already_there(tmp_path: Path, recorder: Recorder) -> None:
    (tmp_path / "b.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First.", encoding="utf-8")
    w = SeedWatcher(tmp_path, recorder, watch=False)
    await w.start(emit_existing=True)
    await w.stop()
    assert [recorder.seen.get_nowait().name for _ in range(2)] == ["a.txt", "b.txt"]


async def test_scan_lists_new_then_only_changed_files(tmp_path: Path, recorder: Recorder) -> None:
    (tmp_path / "b.txt").write_text("B.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    w = SeedWatcher(tmp_path, recorder)
    assert [p.name for p in await w.scan()] == ["a.txt", "b.txt"]
    assert await w.scan() == []
    (tmp_path / "b.txt").write_text("B, edited to be longer.", encoding="utf-8")
    assert [p.name for p in await w.scan()] == ["b.txt"]


async def test_same_size_rewrite_with_new_mtime_is_a_change(tmp_path: Path, recorder: Recorder) -> None:
    path = tmp_path / "same.txt"
    path.write_text("AAAA", encoding="utf-8")
    w = SeedWatcher(tmp_path, recorder)
    await w.scan()
    path.write_text("BBBB", encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert [p.name for p in await w.scan()] == ["same.txt"]


async def test_stop_ends_all_tasks(tmp_path: Path, recorder: Recorder) -> None:
    w = SeedWatcher(tmp_path, recorder, rescan_interval=60.0)
    await w.start()
    assert w.running
    await asyncio.wait_for(w.stop(), timeout=3.0)
    assert not w.running
