"""Watching the seeds folder so a dropped-in story file is ingested within two seconds.

File-system events (``watchfiles``) give the speed; a periodic rescan of (mtime, size) fingerprints gives
the guarantee: events can be lost (inotify queue overflow, network file systems, a folder created after
start-up, a watcher that fails), and a rescan finds whatever they missed. Both paths feed one routine that
compares fingerprints under a lock, so a file is handed to ``on_change`` once per version whichever path saw
it first. Writers that take a while are waited out: a changed file is only handed over once its fingerprint
has stopped moving (bounded, so a file that never settles is still ingested, and ingested again when its
next write lands).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from watchfiles import Change, awatch

log = logging.getLogger(__name__)

__all__ = ["Fingerprint", "RetryLater", "SeedWatcher", "is_story_file"]

OnChange = Callable[[Path], Awaitable[None]]

# Editors and downloaders write to a side file and rename it into place; those side files are not stories.
_TEMP_PREFIXES = (".", "~", "#")


def is_story_file(name: str) -> bool:
    """Only visible ``*.txt`` files are stories: hidden files, editor swap/backup files and partial
    downloads (``.part``, ``.crdownload``, ``.tmp``) all end in something else or start with a dot."""
    return name.endswith(".txt") and not name.startswith(_TEMP_PREFIXES)


class RetryLater(Exception):
    """Raised by ``on_change`` when a file could not be handled for a passing reason: it is offered again."""


@dataclass(frozen=True, slots=True)
class Fingerprint:
    mtime_ns: int
    size: int
    inode: int


def _fingerprints(folder: Path) -> dict[str, Fingerprint]:
    found: dict[str, Fingerprint] = {}
    try:
        entries = os.scandir(folder)
    except OSError:
        return found
    with entries:
        for entry in entries:
            if not is_story_file(entry.name):
                continue
            try:
                if not entry.is_file():
                    continue
                st = entry.stat()
            except OSError:
                continue
            found[entry.name] = Fingerprint(st.st_mtime_ns, st.st_size, st.st_ino)
    return found


def _fingerprint(path: Path) -> Fingerprint | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return Fingerprint(st.st_mtime_ns, st.st_size, st.st_ino)


class SeedWatcher:
    """Calls ``on_change(path)`` for each new or changed story file in ``folder`` (not recursive).

    Use ``await scan()`` first to learn (and ingest) what is already there, then ``start()``; anything that
    changes from then on is reported. Without a prior scan, ``start()`` takes the folder as it is as the
    baseline (``emit_existing=True`` reports those files too). ``watch=False`` relies on the rescan alone.
    """

    def __init__(
        self,
        folder: Path | str,
        on_change: OnChange,
        *,
        rescan_interval: float = 30.0,
        watch: bool = True,
        settle: float = 0.25,
        max_settle: float = 1.0,
        debounce_ms: int = 400,
        step_ms: int = 50,
    ) -> None:
        self.folder = Path(folder).resolve()
        self._on_change = on_change
        self.rescan_interval = rescan_interval
        self.watch = watch
        self._settle = settle
        self._max_settle = max_settle
        self._debounce_ms = debounce_ms
        self._step_ms = step_ms
        self._known: dict[str, Fingerprint] | None = None
        self._lock = asyncio.Lock()
        self._stop = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        #: True while file-system events are being received; False when only the rescan is running.
        self.watching = False

    # --- lifecycle --------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return any(not t.done() for t in self._tasks)

    async def start(self, *, emit_existing: bool = False) -> None:
        if self.running:
            return
        self._stop = asyncio.Event()
        if self._known is None:
            if emit_existing:
                self._known = {}
                await self._process(None)
            else:
                async with self._lock:
                    self._known = await asyncio.to_thread(_fingerprints, self.folder)
        self._tasks = [asyncio.create_task(self._rescan_loop(), name=f"seeds-rescan:{self.folder.name}")]
        if self.watch:
            self._tasks.append(asyncio.create_task(self._watch_loop(), name=f"seeds-watch:{self.folder.name}"))
            # Let the watch task run up to its first real wait: awatch arms the OS watcher synchronously
            # before that, so a file written right after start() returns is seen as an event.
            for _ in range(3):
                await asyncio.sleep(0)

    async def stop(self, grace: float = 2.0) -> None:
        """Ask the loops to finish (the watch thread notices the stop event), then cancel what lingers."""
        self._stop.set()
        tasks, self._tasks = self._tasks, []
        if not tasks:
            return
        _, pending = await asyncio.wait(tasks, timeout=grace)
        for task in pending:
            task.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        for result in results:
            if isinstance(result, Exception):
                log.warning("seed watcher task ended with %r", result)
        self.watching = False

    async def run(self) -> None:
        """Watch until cancelled (for callers that prefer one long-running coroutine)."""
        await self.start()
        try:
            await self._stop.wait()
        finally:
            await self.stop()

    async def __aenter__(self) -> SeedWatcher:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    # --- scanning ---------------------------------------------------------------------------------------

    async def scan(self) -> list[Path]:
        """Story files that are new or changed since the previous scan (all of them the first time), sorted.

        The fingerprints are recorded as seen: the caller is expected to ingest what this returns.
        """
        async with self._lock:
            current = await asyncio.to_thread(_fingerprints, self.folder)
            previous = self._known or {}
            changed = sorted(name for name, fp in current.items() if previous.get(name) != fp)
            self._known = current
        return [self.folder / name for name in changed]

    def forget(self, paths: list[Path]) -> None:
        """Treat these files as unseen: the next event or rescan offers them again (their ingest failed)."""
        if self._known is not None:
            for path in paths:
                self._known.pop(path.name, None)

    async def _process(self, touched: set[str] | None) -> None:
        """Report files whose fingerprint changed; ``touched`` names files an event reported (even with an
        unchanged fingerprint: a same-size rewrite within one timestamp tick is still a change)."""
        async with self._lock:
            known = self._known if self._known is not None else {}
            current = await asyncio.to_thread(_fingerprints, self.folder)
            for gone in set(known) - set(current):
                log.debug("seed file removed: %s", gone)
                known.pop(gone, None)
            candidates = {name for name, fp in current.items() if known.get(name) != fp}
            candidates |= {name for name in touched or () if name in current}
            if not candidates:
                self._known = known
                return
            settled = await self._wait_settled(sorted(candidates))
            for name, fp in settled:
                known[name] = fp
            self._known = known
            # on_change runs under our lock: versions are handed over in order and the rescan cannot race
            # the watcher; a slow handler only delays the next batch (events queue up meanwhile).
            for name, _ in settled:
                if not await self._emit(self.folder / name):
                    # Not handled for a passing reason (the database was locked, say): forget this version so
                    # the next event or rescan offers it again, rather than losing the story until it is edited.
                    known.pop(name, None)

    async def _wait_settled(self, names: list[str]) -> list[tuple[str, Fingerprint]]:
        """Wait until the files stop changing (a writer still writing), at most ``max_settle`` seconds.

        An empty file counts as not settled: many writers create the file first and fill it a moment later,
        and reporting the empty version would only earn a spurious "empty" warning. One that stays empty is
        reported at the deadline, so it still gets its warning.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._max_settle
        before = {name: _fingerprint(self.folder / name) for name in names}
        while True:
            await asyncio.sleep(self._settle)
            after = {name: _fingerprint(self.folder / name) for name in names}
            settled = after == before and all(fp is None or fp.size > 0 for fp in after.values())
            if settled or loop.time() >= deadline:
                return [(name, fp) for name, fp in after.items() if fp is not None]
            before = after

    async def _emit(self, path: Path) -> bool:
        try:
            await self._on_change(path)
        except asyncio.CancelledError:
            raise
        except RetryLater as exc:
            log.warning("could not ingest %s (%s); will retry at the next rescan", path, exc)
            return False
        except Exception:
            # A bug, not a passing condition: offering the file again would only repeat the traceback.
            log.exception("seed file handler failed for %s", path)
        return True

    # --- loops ------------------------------------------------------------------------------------------

    async def _rescan_loop(self) -> None:
        # The first rescan comes early: it covers the moment between start() and the watcher being armed.
        delay = min(self.rescan_interval, 1.0)
        while not self._stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), timeout=delay)
                return
            delay = self.rescan_interval
            try:
                await self._process(None)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("rescan of %s failed", self.folder)

    def _filter(self, change: Change, path: str) -> bool:
        p = Path(path)
        return p.parent == self.folder and is_story_file(p.name)

    async def _watch_loop(self) -> None:
        """Watch until stopped; if watching fails, say so once per failure and retry later (the rescan
        keeps working meanwhile)."""
        missing = False
        while not self._stop.is_set():
            if not await asyncio.to_thread(self.folder.is_dir):
                # Nothing to watch yet; look again soon, quietly (the runner already said it is missing).
                missing = True
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), timeout=min(self.rescan_interval, 1.0))
                continue
            if missing:
                missing = False
                log.info("seeds folder %s appeared; watching it", self.folder)
                try:
                    await self._process(None)  # files put in before the watcher is armed
                except Exception:
                    log.exception("scanning %s failed", self.folder)
            try:
                self.watching = True
                async for changes in awatch(
                    self.folder,
                    watch_filter=self._filter,
                    debounce=self._debounce_ms,
                    step=self._step_ms,
                    stop_event=self._stop,
                    recursive=False,
                ):
                    touched = {
                        Path(path).name for change, path in changes if change != Change.deleted
                    }
                    try:
                        await self._process(touched)
                    except asyncio.CancelledError:
                        raise
                    except Exception:
                        log.exception("handling changes in %s failed", self.folder)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning(
                    "cannot watch %s (%s); relying on the rescan every %.0fs",
                    self.folder, exc, self.rescan_interval,
                )
            finally:
                self.watching = False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), timeout=self.rescan_interval)
