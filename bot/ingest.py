"""The pipeline: a source in, stored and classified stories out, new stories announced.

source (story file / feed) → parse → de-duplicate → store → classify → listeners (the delivery outbox).
Every source reports what happened to it in a :class:`SourceReport`; a failing source never raises out of
here, so one broken file or feed cannot stop the others.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import stat
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.classify import Classifier
from bot.dedupe import DuplicateIndex
from bot.feeds import MAX_BACKOFF, FeedFetcher, poll_feed
from bot.models import Classification, StoryInput
from bot.store import Store, StoreError
from bot.storyfile import StoryFileError, path_text, story_input_from_file

log = logging.getLogger(__name__)

MAX_CLASSIFIED_CHARS = 60_000

NewStoryListener = Callable[[int], Awaitable[None]]


@dataclass(slots=True)
class SourceReport:
    """What one source contributed: counts for the operator, ids for whoever announces new stories."""

    source: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    backlog: bool = False
    not_modified: bool = False
    error: str | None = None
    skipped: list[str] = field(default_factory=list)
    new_ids: list[int] = field(default_factory=list)
    note: str | None = None  # a hint for the operator when nothing went wrong but nothing happened either

    @property
    def ok(self) -> bool:
        return self.error is None

    def line(self) -> str:
        if self.error is not None:
            return f"{self.source}: failed: {self.error}"
        text = f"{self.source}: {self.new} new, {self.updated} updated, {self.unchanged} unchanged"
        if self.not_modified:
            text += " (not modified)"
        if self.backlog and self.new:
            text += " (backlog: no alerts)"
        if self.skipped:
            text += f", {len(self.skipped)} skipped"
        if self.note:
            text += f" ({self.note})"
        return text


def file_source(folder: Path) -> str:
    """The ``source`` of stories read from a folder: stable however the folder was named on the command line.

    The resolved path (not just the folder's name) keeps two different folders called ``seeds`` apart.
    """
    return f"file:{path_text(str(folder.resolve()))}"


class Ingestor:
    """Runs sources through the pipeline and tells listeners about new (non-backlog) stories."""

    def __init__(
        self,
        store: Store,
        *,
        classifier: Classifier | None,
        dedupe: DuplicateIndex,
        fetcher: FeedFetcher | None = None,
        guarded_fetcher: FeedFetcher | None = None,
        max_file_bytes: int = 1_000_000,
        default_interval: float = 900.0,
        max_backoff: float = MAX_BACKOFF,
    ) -> None:
        self.store = store
        self.classifier = classifier
        self.dedupe = dedupe
        self.fetcher = fetcher
        self.guarded_fetcher = guarded_fetcher
        self.max_file_bytes = max_file_bytes
        self.default_interval = default_interval
        self.max_backoff = max_backoff
        self._listeners: list[NewStoryListener] = []
        # Stories from one source are stored one batch at a time, so dedupe lookups see earlier batches.
        self._lock = asyncio.Lock()

    @classmethod
    async def create(cls, store: Store, **kwargs: object) -> Ingestor:
        """Build an ingestor whose duplicate index knows the stories already stored."""
        dedupe = DuplicateIndex.from_rows(await store.signatures())
        return cls(store, dedupe=dedupe, **kwargs)  # type: ignore[arg-type]

    def add_listener(self, listener: NewStoryListener) -> None:
        self._listeners.append(listener)

    # ---- story files ----

    async def ingest_path(self, path: Path) -> SourceReport:
        """A story file or a folder (every ``*.txt`` in it, sorted)."""
        label = path_text(str(path))
        if not str(path):
            return SourceReport("''", error="empty path")
        try:
            mode = (await asyncio.to_thread(path.stat)).st_mode
        except OSError as exc:
            return SourceReport(label, error=await asyncio.to_thread(_missing_reason, path, exc))
        if stat.S_ISDIR(mode):
            return await self.ingest_folder(path)
        # Anything else (a FIFO, a device) is refused by the story-file reader without blocking.
        return await self.ingest_files(path.parent, [path], label=label)

    async def ingest_folder(self, folder: Path) -> SourceReport:
        label = path_text(str(folder))
        try:
            files, odd = await asyncio.to_thread(list_story_files, folder)
        except OSError as exc:
            return SourceReport(label, error=f"cannot list folder ({exc.strerror or exc})")
        report = await self.ingest_files(folder, files, label=label)
        # A *.txt that is not a readable file (a broken or looping symlink, a FIFO) would otherwise vanish
        # without a word; the operator meant it to be a story.
        report.skipped.extend(odd)
        report.skipped.sort()
        if not files and not odd and report.error is None:
            report.note = "no *.txt story files here"
        return report

    async def ingest_files(self, folder: Path, files: Sequence[Path], *, label: str | None = None,
                           backlog: bool | None = None) -> SourceReport:
        """Read, parse and store story files of one folder; unreadable files are skipped with a warning.

        ``backlog`` None: the folder's first stories are backlog (no alerts). A file the watcher saw arrive
        while the bot runs passes False: it is news even when it is the folder's first story.
        """
        source = file_source(folder)
        report = SourceReport(label or str(folder))
        stories: list[StoryInput] = []
        for path in files:
            try:
                stories.append(await asyncio.to_thread(
                    story_input_from_file, path, root=folder, source=source, max_bytes=self.max_file_bytes))
            except StoryFileError as exc:
                log.warning("skipped story file %s: %s", path_text(str(path)), exc.reason)
                report.skipped.append(f"{path_text(path.name)}: {exc.reason}")
        try:
            if backlog is None:
                backlog = not await self.store.source_has_stories(source)
            await self._store(stories, backlog=backlog, report=report)
        except StoreError as exc:
            report.error = str(exc)
        except Exception as exc:  # a bug must cost this source, not the caller's other sources
            report.error = _unexpected(report.source, exc)
        return report

    # ---- feeds ----

    async def poll_feed(self, url: str, *, name: str | None = None, interval: float | None = None,
                        trusted: bool = True) -> SourceReport:
        """Fetch one feed (conditionally), store its entries, and save its polling state.

        ``trusted`` feeds come from the operator (config or CLI) and may point anywhere; untrusted ones (added
        from Discord) go through the guarded fetcher, which refuses private and loopback addresses.
        """
        report = SourceReport(url)
        fetcher = self.fetcher if trusted else self.guarded_fetcher
        if fetcher is None:
            report.error = "feed fetching is not configured"
            return report
        try:
            state = await self.store.get_feed_state(url)
            if state is not None and name and state.name != name:
                state = replace(state, name=name)
            every = interval or self.default_interval
            # A back-off cap below the feed's own interval would poll a broken feed more often than a healthy one.
            outcome = await poll_feed(fetcher, url, state, every, max_backoff=max(self.max_backoff, every))
            new_state = outcome.state if outcome.state.name or not name else replace(outcome.state, name=name)
            if outcome.error is not None:
                await self.store.save_feed_state(new_state)
                report.error = outcome.error.reason
                return report
            report.not_modified = outcome.not_modified
            # Entries first, validators second: if storing fails, the old ETag stays and the next poll
            # fetches the entries again instead of being told "304, nothing new" and losing them.
            await self._store(list(outcome.entries), backlog=outcome.backlog, report=report)
            await self.store.save_feed_state(new_state)
        except StoreError as exc:
            report.error = str(exc)
        except Exception as exc:  # a bug must cost this feed, not the other feeds of the round
            report.error = _unexpected(url, exc)
        return report

    # ---- the shared tail of the pipeline ----

    async def _store(self, stories: list[StoryInput], *, backlog: bool, report: SourceReport) -> None:
        """Store, classify and announce as one step that a cancellation (Ctrl-C at start-up) cannot split:
        stories stored as new but never announced would be skipped as "unchanged" next time, alert lost."""
        task = asyncio.ensure_future(self._store_now(stories, backlog=backlog, report=report))
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            await task
            raise

    async def _store_now(self, stories: list[StoryInput], *, backlog: bool, report: SourceReport) -> None:
        report.backlog = backlog
        if not stories:
            return
        async with self._lock:
            items: list[tuple[StoryInput, bytes, int | None]] = []
            for story in stories:
                signature = self.dedupe.signature(story.title, story.body)
                items.append((story, signature, self.dedupe.find(signature)))
            results = await self.store.upsert_stories(items, backlog=backlog)
            for (_, signature, matched), result in zip(items, results, strict=True):
                if result.status == "unchanged":
                    continue
                group = result.group_id
                if result.status == "new" and matched is None:
                    # An earlier story of this same batch is in the index by now: one feed (or folder)
                    # carrying the same story twice still makes one group.
                    earlier = self.dedupe.find(signature)
                    if earlier is not None and earlier != group:
                        await self.store.set_story_group(result.story_id, earlier)
                        group = earlier
                # Re-adding an updated story replaces its old signature (an edited file).
                self.dedupe.add(result.story_id, group, signature)
            # Unchanged stories with no stored classification are classified too: a failure after the
            # upsert committed last time must not leave a story unclassified for good.
            unchanged = [r.story_id for r in results if r.status == "unchanged"]
            missing = await self.store.unclassified(unchanged) if self.classifier is not None else set()
            todo = [(r.story_id, s) for (s, _, _), r in zip(items, results, strict=True)
                    if r.status != "unchanged" or r.story_id in missing]
            await self._classify(list(dict(todo).items()))
        for result in results:
            if result.status == "new":
                report.new += 1
                if not backlog:
                    report.new_ids.append(result.story_id)
            elif result.status == "updated":
                report.updated += 1
            else:
                report.unchanged += 1
        for story_id in report.new_ids:
            await self._announce(story_id)

    async def _classify(self, stories: Sequence[tuple[int, StoryInput]]) -> None:
        classifier = self.classifier
        if classifier is None or not stories:
            return

        def run() -> list[Classification]:
            # A pathological multi-megabyte body must not hold the pipeline for seconds; news stories are a
            # few kilobytes, and what matters is in their opening anyway.
            return [classifier.classify(story.title, story.body[:MAX_CLASSIFIED_CHARS]) for _, story in stories]

        results = await asyncio.to_thread(run)
        for (story_id, _), result in zip(stories, results, strict=True):
            await self.store.save_classification(story_id, result)

    async def _announce(self, story_id: int) -> None:
        for listener in self._listeners:
            try:
                await listener(story_id)
            except Exception:
                log.exception("new-story listener failed for story %s", story_id)

    async def reclassify(self, *, batch: int = 200) -> int:
        """Run the classifier again over every stored story (after a roster or rule change)."""
        if self.classifier is None:
            return 0
        ids = await self.store.story_ids()
        done = 0
        for start in range(0, len(ids), batch):
            rows = [await self.store.get_story(i) for i in ids[start:start + batch]]
            await self._classify([
                (row.id, StoryInput(row.source, row.entry_key, row.url, row.title, row.published, row.body))
                for row in rows if row is not None
            ])
            done += sum(1 for row in rows if row is not None)
        return done


def _unexpected(source: str, exc: Exception) -> str:
    log.error("ingesting %s failed unexpectedly: %s: %s", source, type(exc).__name__, exc,
              exc_info=log.isEnabledFor(logging.DEBUG))
    return f"unexpected error ({type(exc).__name__}: {exc})"[:300]


def _missing_reason(path: Path, exc: OSError) -> str:
    """Why ``path`` cannot be used, in words: "no such file" is wrong for a dangling or looping symlink."""
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno == errno.ENOENT:
        if path.is_symlink():
            return f"broken symlink (points to {path_text(os.readlink(path))})"
        return "no such file or folder"
    if exc.errno == errno.ENAMETOOLONG:
        return "name too long"
    return exc.strerror or type(exc).__name__


def list_story_files(folder: Path) -> tuple[list[Path], list[str]]:
    """Story files in ``folder`` and, as skip lines, the ``*.txt`` names that are not regular files."""
    files: list[Path] = []
    odd: list[str] = []
    for path in folder.glob("*.txt"):
        if path.name.startswith("."):
            continue
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            odd.append(f"{path_text(path.name)}: {_missing_reason(path, exc)}")
            continue
        if stat.S_ISREG(mode):
            files.append(path)
        elif not stat.S_ISDIR(mode):
            odd.append(f"{path_text(path.name)}: not a regular file")
    return sorted(files), odd


def story_files(folder: Path) -> list[Path]:
    """Every ``*.txt`` story file in ``folder`` (not hidden), sorted by name."""
    return sorted(p for p in folder.glob("*.txt") if p.is_file() and not p.name.startswith("."))
