"""Builds the long-lived services from a :class:`Config`: the one place that wires the pipeline together.

The CLI, local mode and the Discord client all start from :func:`open_services`, so they run the same
pipeline and differ only in where alerts go.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from bot.classify import Classifier
from bot.config import Config
from bot.feeds import FeedFetcher
from bot.ingest import Ingestor
from bot.netguard import guarded_connector, public_only_guard
from bot.roster import Roster
from bot.scheduler import FeedJob
from bot.store import Clock, Store, StoreError, utcnow

log = logging.getLogger(__name__)

MAX_POLL_INTERVAL = 366 * 24 * 3600


@dataclass(slots=True)
class Services:
    config: Config
    store: Store
    roster: Roster
    classifier: Classifier
    ingestor: Ingestor
    fetcher: FeedFetcher
    guarded_fetcher: FeedFetcher

    async def aclose(self) -> None:
        await self.fetcher.aclose()
        await self.guarded_fetcher.aclose()
        await self.store.close()

    def source_names(self) -> dict[str, str]:
        """Display names of the operator's named feeds, for "source" lines in alerts."""
        return {f.url: f.name for f in self.config.feeds if f.name}

    def poll_interval(self, seconds: int | None = None) -> int:
        """A poll interval the scheduler and date arithmetic can use: at most a year (a typo of nine
        extra zeros in the config must not overflow a ``timedelta`` and stop the bot)."""
        value = self.config.polling.interval if seconds is None else seconds
        return max(1, min(value, MAX_POLL_INTERVAL))

    def configured_feed_jobs(self) -> list[FeedJob]:
        return [FeedJob(url=f.url, name=f.name, interval=self.poll_interval(self.config.feed_interval(f)),
                        trusted=True)
                for f in self.config.feeds]

    async def all_feed_jobs(self) -> list[FeedJob]:
        """Operator feeds from the config plus feeds servers added from Discord (guarded, deduplicated)."""
        jobs = {job.url: job for job in self.configured_feed_jobs()}
        for url, name in await self.store.guild_feed_urls():
            jobs.setdefault(url, FeedJob(url=url, name=name, interval=self.poll_interval(), trusted=False))
        return sorted(jobs.values(), key=lambda job: job.url)


async def open_services(config: Config, *, clock: Clock = utcnow, database: Path | None = None) -> Services:
    """Open storage and build the pipeline; raises :class:`StoreError` with a readable message."""
    store = await Store.open(database or config.storage.database, clock=clock)
    try:
        roster = Roster.load()
        classifier = Classifier(roster)
        http = config.http
        fetcher = FeedFetcher(timeout=http.timeout, max_bytes=http.max_feed_bytes, user_agent=http.user_agent,
                              concurrency=http.concurrency, per_host=http.per_host, clock=clock)
        guarded = FeedFetcher(timeout=http.timeout, max_bytes=http.max_feed_bytes, user_agent=http.user_agent,
                              concurrency=http.concurrency, per_host=http.per_host, clock=clock,
                              guard=public_only_guard(),
                              # The URL guard checks names before connecting; the connector re-checks the
                              # address actually dialled, which defeats DNS rebinding.
                              connector_factory=lambda: guarded_connector(limit=0, ttl_dns_cache=300))
        ingestor = await Ingestor.create(
            store, classifier=classifier, fetcher=fetcher, guarded_fetcher=guarded,
            max_file_bytes=config.seeds.max_file_bytes,
            default_interval=float(max(1, min(config.polling.interval, MAX_POLL_INTERVAL))),
            max_backoff=float(min(config.polling.max_backoff, MAX_POLL_INTERVAL)),
        )
    except BaseException:
        await store.close()
        raise
    return Services(config=config, store=store, roster=roster, classifier=classifier, ingestor=ingestor,
                    fetcher=fetcher, guarded_fetcher=guarded)


__all__ = ["MAX_POLL_INTERVAL", "Services", "StoreError", "open_services"]
