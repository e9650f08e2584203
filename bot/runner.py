"""What keeps stories flowing in while the bot runs: the seeds watcher and the feed scheduler.

Local mode and the Discord bot both run exactly this; they differ only in where the outbox sends alerts.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from pathlib import Path

from bot.ingest import SourceReport, list_story_files
from bot.scheduler import PipelineScheduler
from bot.seeds import RetryLater, SeedWatcher
from bot.services import Services

log = logging.getLogger(__name__)


class PipelineRunner:
    """Start with :meth:`start` inside the running loop; :meth:`stop` before the loop ends."""

    def __init__(self, services: Services) -> None:
        self.services = services
        config = services.config
        self.watcher: SeedWatcher | None = None
        self.scheduler = PipelineScheduler(services.ingestor, jitter=config.polling.jitter,
                                           misfire_grace=config.polling.misfire_grace)

    @property
    def seeds(self) -> Path:
        return self.services.config.seeds.path

    async def start(self) -> list[SourceReport]:
        """Ingest the seeds folder and poll every feed once, then watch and schedule; returns the reports.

        The watcher's first ``scan()`` is the baseline, so a file written while the start-up ingest runs is
        still reported once watching begins.
        """
        services = self.services
        config = services.config
        reports: list[SourceReport] = []
        # The watcher runs even when the folder is missing: it notices the folder once it is created, so
        # "create it" below is advice that works without a restart.
        self.watcher = SeedWatcher(self.seeds, on_change=self._seed_changed,
                                   rescan_interval=config.seeds.rescan_interval, watch=config.seeds.watch)
        if await asyncio.to_thread(self.seeds.is_dir):
            files = await self.watcher.scan()
            report = await services.ingestor.ingest_files(self.seeds, files, label=str(self.seeds))
            if report.error is not None:
                self.watcher.forget(files)  # retried by the first rescan instead of lost until edited
            # The watcher passes over *.txt entries that are not files (a broken symlink, a FIFO); say so once.
            _, odd = await asyncio.to_thread(list_story_files, self.seeds)
            report.skipped = sorted([*report.skipped, *odd])
            reports.append(report)
        elif await asyncio.to_thread(self.seeds.exists):
            log.warning("seeds path %s is not a folder; story files cannot be dropped there", self.seeds)
        else:
            await self.watcher.scan()  # the (empty) baseline: files that appear later are new stories
            log.warning("seeds folder %s does not exist; create it to drop story files in", self.seeds)
        jobs = await services.all_feed_jobs()
        # All at once (the fetcher bounds concurrency overall and per host): one after the other, every feed
        # that hangs until the timeout would hold back the bot's start, and with it the seeds watcher.
        reports.extend(await asyncio.gather(*(
            services.ingestor.poll_feed(job.url, name=job.name, interval=job.interval, trusted=job.trusted)
            for job in jobs
        )))
        self.scheduler.start()
        self.scheduler.set_feeds(jobs, first_run=self._after_first_interval())
        if self.watcher is not None:
            await self.watcher.start()
        return reports

    async def refresh_feeds(self) -> None:
        """Re-read the feed list (a server added or removed one): new feeds are polled at once."""
        self.scheduler.set_feeds(await self.services.all_feed_jobs())

    async def stop(self) -> None:
        if self.watcher is not None:
            await self.watcher.stop()
        await self.scheduler.shutdown()

    def _after_first_interval(self) -> datetime:
        return self.services.store.clock() + timedelta(seconds=self.services.poll_interval())

    async def _seed_changed(self, path: Path) -> None:
        # Arrived while running, so it is news: an alert even when it is the first file of an empty folder.
        report = await self.services.ingestor.ingest_files(self.seeds, [path], label=str(path), backlog=False)
        if report.error is not None:
            raise RetryLater(report.error)
