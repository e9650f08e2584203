"""Local mode: the whole pipeline with the terminal as the only destination.

With no Discord token, ``biasbot run`` lands here. A newcomer sees at once what was ingested, a few
backlog stories as an alert would show them, and then every new story as it arrives (a file dropped into
``seeds/`` appears within two seconds).
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable
from contextlib import suppress
from typing import TextIO

from bot.alerts import build_alert, render_text
from bot.delivery import Outbox, TerminalSink
from bot.runner import PipelineRunner
from bot.services import Services

log = logging.getLogger(__name__)


class TerminalPrinter:
    """Prints stored stories as an alert would show them (the start-up preview)."""

    def __init__(self, services: Services, out: TextIO) -> None:
        self.services = services
        self.out = out

    async def story(self, story_id: int, *, heading: str) -> None:
        story = await self.services.store.get_story(story_id)
        if story is None:
            return
        group = await self.services.store.stories_in_group(story.group_id)
        alert = build_alert(story, others=[s for s in group if s.id != story.id],
                            source_names=self.services.source_names())
        self.write(f"[{heading}] " + render_text(alert))

    def write(self, text: str) -> None:
        self.out.write(text.rstrip("\n") + "\n")
        self.out.flush()


async def run_local(
    services: Services,
    out: TextIO,
    *,
    stop: asyncio.Event | None = None,
    install_signal_handlers: bool = True,
    ready: Callable[[], None] | None = None,
) -> int:
    """Ingest, show the backlog, then watch seeds/ and poll feeds until ``stop`` is set (or SIGINT/SIGTERM).

    New stories go through the same outbox as in Discord mode, with the terminal as the only destination.
    """
    config = services.config
    printer = TerminalPrinter(services, out)
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    if install_signal_handlers:
        for sig in (signal.SIGINT, signal.SIGTERM):
            with suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, stop.set)

    outbox = Outbox(services.store, TerminalSink(out), roster=services.roster, local_mode=True,
                    source_names=services.source_names())
    services.ingestor.add_listener(outbox.on_new_story)
    printer.write(f"biasbot local mode: no Discord token in ${config.discord.token_env}, so alerts print here.")

    runner = PipelineRunner(services)
    # Ctrl-C must work during start-up too (a feed may take the whole HTTP timeout to fail).
    starting = asyncio.create_task(runner.start(), name="start-up")
    stopping = asyncio.create_task(stop.wait(), name="stop-wait")
    await asyncio.wait({starting, stopping}, return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
    if not starting.done():
        printer.write("Stopping…")
        starting.cancel()
        await asyncio.wait({starting})  # (suppressing CancelledError here would also swallow our own)
        if not starting.cancelled():
            starting.result()  # a start-up failure that beat the cancellation still surfaces
        await runner.stop()
        _remove_signal_handlers(loop, install_signal_handlers)
        return 0
    reports = starting.result()
    for report in reports:
        printer.write("ingested " + report.line())
        for skipped in report.skipped:
            printer.write(f"  skipped {skipped}")

    # Stories new since the last run are about to be printed as [NEW] alerts; showing them as [STORED]
    # as well would print the same story twice.
    fresh = {story_id for report in reports for story_id in report.new_ids}
    fresh.update(await services.store.unannounced_story_ids(limit=1000))
    preview = [story for story in await services.store.list_stories(limit=config.local.backlog_preview + len(fresh))
               if story.id not in fresh][: config.local.backlog_preview]
    if preview and config.local.backlog_preview:
        printer.write(f"\nNewest {len(preview)} stored stories, as an alert would show them:\n")
        for story in preview:
            await printer.story(story.id, heading="STORED")
    # New stories from this start-up, from `biasbot ingest` while we were stopped, and any left pending.
    await outbox.sweep()
    await outbox.drain()

    outbox_task = asyncio.create_task(outbox.run(stop), name="outbox")
    outbox_task.add_done_callback(_log_task_failure)
    feeds = len(runner.scheduler.feed_jobs())
    printer.write(
        f"\nWatching {config.seeds.path}/ for story files"
        + (f" and polling {feeds} feed(s)" if feeds else " (no feeds configured)")
        + ". Press Ctrl-C to stop."
    )
    if ready is not None:
        ready()
    try:
        await stop.wait()
    finally:
        printer.write("Stopping…")
        stop.set()
        await runner.stop()
        with suppress(asyncio.CancelledError):
            await asyncio.wait_for(outbox_task, timeout=5)
        _remove_signal_handlers(loop, install_signal_handlers)
    return 0


def _remove_signal_handlers(loop: asyncio.AbstractEventLoop, installed: bool) -> None:
    if installed:
        for sig in (signal.SIGINT, signal.SIGTERM):
            with suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)


def _log_task_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("background task %s failed", task.get_name(), exc_info=task.exception())
