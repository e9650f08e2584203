"""APScheduler jobs on the bot's own event loop: one job per feed, plus housekeeping jobs.

Each feed job runs at its interval with jitter, ``coalesce`` and ``max_instances=1`` so a slow feed never
piles up runs, and checks the feed's stored ``next_due`` first so back-off, ``Retry-After`` and
``Cache-Control: max-age`` are honoured without rescheduling jobs.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.ingest import Ingestor, SourceReport
from bot.store import Clock, utcnow

log = logging.getLogger(__name__)

ReportHandler = Callable[[SourceReport], Awaitable[None] | None]


@dataclass(frozen=True, slots=True)
class FeedJob:
    url: str
    name: str | None
    interval: int
    trusted: bool = True


class PipelineScheduler:
    """Owns the AsyncIOScheduler; start it inside the running loop and ``await shutdown()`` before exit."""

    def __init__(
        self,
        ingestor: Ingestor,
        *,
        jitter: int = 30,
        misfire_grace: int = 300,
        clock: Clock = utcnow,
        on_report: ReportHandler | None = None,
    ) -> None:
        self.ingestor = ingestor
        self.jitter = jitter
        self.misfire_grace = misfire_grace
        self.clock = clock
        self.on_report = on_report
        self._feeds: dict[str, FeedJob] = {}
        self._scheduler = AsyncIOScheduler(
            timezone="UTC",
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": misfire_grace},
        )
        self._scheduler.add_listener(self._on_job_event, EVENT_JOB_ERROR | EVENT_JOB_MISSED)

    @property
    def running(self) -> bool:
        return bool(self._scheduler.running)

    def start(self) -> None:
        self._scheduler.start()

    async def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)
            # AsyncIOScheduler shuts down via call_soon; let it run so pending job tasks are cancelled.
            await asyncio.sleep(0)

    def feed_jobs(self) -> list[FeedJob]:
        return sorted(self._feeds.values(), key=lambda job: job.url)

    def set_feeds(self, feeds: Iterable[FeedJob], *, first_run: datetime | None = None) -> None:
        """Make the scheduled feed jobs match ``feeds``: add new ones, drop gone ones, retime changed ones.

        ``first_run`` is when a newly added feed is first polled (default: now, so a feed added from Discord
        is fetched at once).
        """
        wanted = {job.url: job for job in feeds}
        for url in list(self._feeds):
            if url not in wanted:
                self._scheduler.remove_job(_job_id(url))
                del self._feeds[url]
        for url, job in wanted.items():
            old = self._feeds.get(url)
            if old == job:
                continue
            trigger = IntervalTrigger(seconds=job.interval, jitter=self.jitter or None, timezone="UTC")
            if old is not None:
                self._scheduler.reschedule_job(_job_id(url), trigger=trigger)
            else:
                self._scheduler.add_job(
                    self._poll, trigger, args=[url], id=_job_id(url), name=f"poll {url}",
                    next_run_time=first_run or self.clock(), replace_existing=True,
                )
            self._feeds[url] = job

    def add_periodic(self, job_id: str, func: Callable[[], Awaitable[None]], seconds: float) -> None:
        """Housekeeping (outbox drain, feed-list refresh): every ``seconds``, never two at once."""
        self._scheduler.add_job(func, IntervalTrigger(seconds=seconds, timezone="UTC"), id=job_id, name=job_id,
                                replace_existing=True, next_run_time=self.clock() + timedelta(seconds=seconds))

    async def poll_if_due(self, url: str) -> SourceReport | None:
        """Poll a scheduled feed unless its back-off or cache lifetime says not yet; None when skipped."""
        job = self._feeds.get(url)
        if job is None:
            return None
        state = await self.ingestor.store.get_feed_state(url)
        if state is not None and state.next_due is not None and state.next_due > self.clock():
            log.debug("feed %s not due until %s", url, state.next_due.isoformat())
            return None
        report = await self.ingestor.poll_feed(url, name=job.name, interval=job.interval, trusted=job.trusted)
        if self.on_report is not None:
            result = self.on_report(report)
            if result is not None:
                await result
        return report

    async def _poll(self, url: str) -> None:
        await self.poll_if_due(url)

    def _on_job_event(self, event: JobExecutionEvent) -> None:
        if event.code == EVENT_JOB_MISSED:
            log.warning("job %s missed its run at %s", event.job_id, event.scheduled_run_time)
            return
        log.error("job %s failed: %r", event.job_id, event.exception,
                  exc_info=(type(event.exception), event.exception, event.exception.__traceback__)
                  if event.exception is not None else None)


def _job_id(url: str) -> str:
    return f"feed:{url}"
