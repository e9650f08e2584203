"""The delivery outbox: every alert is a row in SQLite before it is a message.

Writing the (story group, destination) row first, under a UNIQUE constraint, is what makes delivery safe to
repeat: a second ingest, a restart or a retry finds the row and never posts twice. The message id is stored
after a successful send; a crash between the send and that write is covered by the per-row ``nonce``, which
Discord (``enforce_nonce``) uses to refuse a second message. Failures are classified by the sink: temporary
ones (429, 5xx, network) back off exponentially and honour ``retry_after``; permanent ones (missing access,
unknown channel, DMs closed) stop at once, and a channel the bot lost disables its route and tells that
server's admins once. That notice is queued in SQLite (pending, with its text) before it is sent and marked
sent only after the sink delivered it, so a failed send or a crash retries it instead of losing it; the same
back-off applies, and a notice that cannot be delivered at all (no way to reach the admins) ends dead.

Public API (the Discord sink in ``cogs/`` and the lead's wiring code against this)::

    @dataclass DeliveryItem: delivery_id, story_id, group_id, kind ("channel"|"dm"|"terminal"), destination,
        guild_id, alert: bot.alerts.Alert, role_ids, user_ids, nonce: str (<= 25 chars), attempt (1-based)
    @dataclass SentMessage: message_id: int | None, channel_id: int | None
    class Sink(Protocol):
        async send(item) -> SentMessage
        async edit(item, message: SentMessage) -> None        # "also reported by" update of a sent alert
        async notify_admins(guild_id, text) -> None
    class TemporaryDeliveryError(Exception): retry_after: float | None     # 429 / 5xx / network
    class PermanentDeliveryError(Exception): reason: str, disable_route: bool  # 403 / unknown channel / DMs closed
    class TerminalSink(out: TextIO)                          # local mode: prints render_text(alert)
    def delivery_nonce(delivery_id) -> str
    def fair_cap(targets, limit) -> list[DeliveryTarget]   # per-story cap, round-robin over servers

    class Outbox(store, sink, *, roster=None, guild_feeds=None, operator_feeds=(), clock=store.clock,
                 max_attempts=12, base_backoff=5.0, max_backoff=3600.0, concurrency=4, batch=100,
                 per_story_limit=50, local_mode=False, source_names=None):
        async enqueue_story(story_id) -> EnqueueResult       # rows written before any send; idempotent
        async on_new_story(story_id) -> None                 # Ingestor listener: enqueue_story + wake()
        async drain(now=None) -> DrainReport                 # sends what is due (deliveries, edits, admin
                                                             # notices); never two drains at once
        def wake() -> None                                   # run() drains promptly after an enqueue
        async run(stop: asyncio.Event, *, idle=30.0) -> None # loop until stop is set
    @dataclass DrainReport: sent, edited, notified, retried, failed, dead, next_due
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, TextIO

from bot.alerts import Alert, build_alert, render_text
from bot.guildfeeds import GuildFeeds
from bot.models import StoryRow
from bot.routing import GroupLookup, lost_channel_notice_key, route_story, story_keys
from bot.store import (
    AdminNoticeRow,
    Clock,
    DeliveryKind,
    DeliveryRow,
    DeliveryTarget,
    EditRow,
    EnqueueResult,
    Store,
    StoreError,
)

log = logging.getLogger(__name__)

TERMINAL_DESTINATION = 0
# How long the sweep leaves a fresh story whose classification is not stored yet (see Outbox.sweep): far
# longer than classifying one story takes, short enough that a story whose classifier failed still goes out.
CLASSIFY_GRACE = 120.0


@dataclass(frozen=True, slots=True)
class DeliveryItem:
    delivery_id: int
    story_id: int
    group_id: int
    kind: DeliveryKind
    destination: int
    guild_id: int | None
    alert: Alert
    role_ids: tuple[int, ...]
    user_ids: tuple[int, ...]
    nonce: str
    attempt: int


@dataclass(frozen=True, slots=True)
class SentMessage:
    message_id: int | None
    channel_id: int | None


class Sink(Protocol):
    async def send(self, item: DeliveryItem) -> SentMessage: ...

    async def edit(self, item: DeliveryItem, message: SentMessage) -> None: ...

    async def notify_admins(self, guild_id: int, text: str) -> None: ...


class TemporaryDeliveryError(Exception):
    """Worth retrying later (rate limit, server error, network); ``retry_after`` in seconds when known."""

    def __init__(self, reason: str = "temporary failure", *, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class PermanentDeliveryError(Exception):
    """Retrying cannot help; ``disable_route`` when the channel itself is unusable (lost access, deleted)."""

    def __init__(self, reason: str, *, disable_route: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.disable_route = disable_route


@dataclass(frozen=True, slots=True)
class DrainReport:
    sent: int = 0
    edited: int = 0
    notified: int = 0  # admin notices sent; their retries and deaths count in ``retried`` and ``dead``
    retried: int = 0
    failed: int = 0
    dead: int = 0
    next_due: datetime | None = None


def delivery_nonce(delivery_id: int) -> str:
    """Stable for the row, so a resend after a crash carries the same nonce (Discord allows 25 characters)."""
    return f"bb{delivery_id}"[:25]


def fair_cap(targets: list[DeliveryTarget], limit: int) -> list[DeliveryTarget]:
    """At most ``limit`` targets, taken round-robin over servers (then DMs) so that one server's many
    routes can never crowd the other servers out of a story; unchanged when under the limit."""
    if len(targets) <= limit:
        return targets
    by_guild: dict[int | None, list[DeliveryTarget]] = {}
    for target in targets:
        if target.kind == "channel":
            by_guild.setdefault(target.guild_id, []).append(target)
    dms = [t for t in targets if t.kind != "channel"]
    lanes = list(by_guild.values())
    ordered = [lane[rank] for rank in range(max((len(lane) for lane in lanes), default=0))
               for lane in lanes if rank < len(lane)]
    log.warning("story routed to %s destinations; capped at %s", len(targets), limit)
    return (ordered + dms)[:max(0, limit)]


class TerminalSink:
    """Local mode's destination: the alert as text on a stream."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    async def send(self, item: DeliveryItem) -> SentMessage:
        self.out.write("[NEW] " + render_text(item.alert).rstrip("\n") + "\n")
        self.out.flush()
        return SentMessage(message_id=None, channel_id=None)

    async def edit(self, item: DeliveryItem, message: SentMessage) -> None:
        also = ", ".join(s.name for s in item.alert.also_reported_by)
        if not also:
            return  # the same source again: nothing new to tell
        self.out.write(f"[ALSO] {item.alert.title} — also reported by {also}\n")
        self.out.flush()

    async def notify_admins(self, guild_id: int, text: str) -> None:
        log.warning("admin notice for guild %s: %s", guild_id, text)


@dataclass(slots=True)
class _Counts:
    sent: int = 0
    edited: int = 0
    notified: int = 0
    retried: int = 0
    failed: int = 0
    dead: int = 0


class Outbox:
    def __init__(
        self,
        store: Store,
        sink: Sink,
        *,
        roster: GroupLookup | None = None,
        guild_feeds: GuildFeeds | None = None,
        operator_feeds: Iterable[str] = (),
        clock: Clock | None = None,
        max_attempts: int = 12,
        base_backoff: float = 5.0,
        max_backoff: float = 3600.0,
        concurrency: int = 4,
        batch: int = 100,
        per_story_limit: int = 50,
        local_mode: bool = False,
        source_names: Mapping[str, str] | None = None,
    ) -> None:
        self.store = store
        self.sink = sink
        self.roster = roster
        self.guild_feeds = guild_feeds or GuildFeeds(store, operator_feeds=operator_feeds)
        self._clock: Clock = clock or store.clock
        self.max_attempts = max(1, max_attempts)
        self.base_backoff = base_backoff
        self.max_backoff = max_backoff
        self.concurrency = max(1, concurrency)
        self.batch = max(1, batch)
        self.per_story_limit = per_story_limit
        self.local_mode = local_mode
        self.source_names = dict(source_names or {})
        self._wake = asyncio.Event()
        self._drain_lock = asyncio.Lock()

    def now(self) -> datetime:
        return self._clock()

    # -- enqueue --

    async def targets_for(self, story: StoryRow) -> list[DeliveryTarget]:
        if self.local_mode:
            return [DeliveryTarget(kind="terminal", destination=TERMINAL_DESTINATION)]
        keys = story_keys(story.classification, self.roster)
        allowed = await self.guild_feeds.allowed_guilds(story.source)
        rows = await self.store.routing_rows(keys, allowed)
        targets = route_story(story.classification, rows, roster=self.roster, allowed_guilds=allowed,
                              limit=len(rows.routes) + len(rows.subscriptions) + 1)
        return fair_cap(targets, self.per_story_limit)

    async def enqueue_story(self, story_id: int) -> EnqueueResult:
        """Write the story's pending deliveries (or "also reported by" edits); safe to call any number of times."""
        story = await self.store.get_story(story_id)
        if story is None:
            log.warning("cannot deliver story %s: it is not stored", story_id)
            return EnqueueResult()
        return await self._enqueue(story)

    async def _enqueue(self, story: StoryRow) -> EnqueueResult:
        result = EnqueueResult()
        if not story.backlog:
            targets = await self.targets_for(story)
            if targets:
                result = await self.store.enqueue_deliveries(story.id, story.group_id, targets, now=self.now())
        # Marked only once the rows exist: a crash before this line means the next sweep queues it (again,
        # harmlessly: the rows are unique).
        await self.store.mark_announced(story.id)
        if result.new or result.edits:
            log.debug("story %s: %s deliveries and %s edits queued", story.id, len(result.new), len(result.edits))
            self.wake()
        return result

    async def on_new_story(self, story_id: int) -> None:
        await self.enqueue_story(story_id)

    async def sweep(self) -> int:
        """Queue every new story no outbox has announced yet; returns how many.

        Catches stories stored by another process (``biasbot ingest`` beside a running bot) and stories whose
        announcement a crash interrupted. A story stored moments ago without its classification yet is left
        for now: ingest commits the story, classifies it off the event loop, saves the classification and
        only then announces it, and a sweep in that gap would route it with no artists (no mentions, no DM
        subscribers) -- the delivery row, unique per destination, would then keep that routing for good.
        After ``CLASSIFY_GRACE`` it is queued as it is (a classifier that failed must not hold an alert back).
        """
        count = 0
        waiting: set[int] = set()
        while ids := [i for i in await self.store.unannounced_story_ids(limit=100 + len(waiting)) if i not in waiting]:
            for story_id in ids:
                story = await self.store.get_story(story_id)
                if story is not None and self._still_classifying(story):
                    waiting.add(story_id)
                    continue
                if story is None:
                    log.warning("cannot deliver story %s: it is not stored", story_id)
                else:
                    await self._enqueue(story)
                count += 1
        return count

    def _still_classifying(self, story: StoryRow) -> bool:
        return (
            not story.backlog
            and story.classification is None
            and (self.now() - story.first_seen).total_seconds() < CLASSIFY_GRACE
        )

    # -- sending --

    def wake(self) -> None:
        self._wake.set()

    def _backoff(self, attempts: int, retry_after: float | None) -> float:
        if retry_after is not None and retry_after >= 0:
            return min(self.max_backoff, retry_after)
        return float(min(self.max_backoff, self.base_backoff * 2.0 ** max(0, attempts - 1)))

    async def drain(self, now: datetime | None = None) -> DrainReport:
        """Send every due delivery and edit once; one destination's trouble never holds up another's."""
        async with self._drain_lock:
            when = now or self.now()
            counts = _Counts()
            rows = await self.store.due_deliveries(when, limit=self.batch)
            lanes: dict[tuple[str, int], list[DeliveryRow]] = {}
            for row in rows:
                lanes.setdefault((row.kind, row.destination), []).append(row)
            gate = asyncio.Semaphore(self.concurrency)

            async def lane(items: list[DeliveryRow]) -> None:
                async with gate:
                    await self._run_lane(items, when, counts)

            await asyncio.gather(*(lane(items) for items in lanes.values()))
            edits = await self.store.due_edits(when, limit=self.batch)
            by_delivery: dict[int, list[EditRow]] = {}
            for edit in edits:
                by_delivery.setdefault(edit.delivery_id, []).append(edit)

            async def edit_one(delivery_id: int, pending: list[EditRow]) -> None:
                async with gate:
                    await self._edit(delivery_id, pending, when, counts)

            await asyncio.gather(*(edit_one(d, e) for d, e in by_delivery.items()))
            # Last, so a notice queued by a channel lost in this very drain goes out in it too.
            notices = await self.store.due_admin_notices(when, limit=self.batch)

            async def notify_one(notice: AdminNoticeRow) -> None:
                async with gate:
                    await self._notify(notice, when, counts)

            await asyncio.gather(*(notify_one(n) for n in notices))
            next_due = await self.store.next_outbox_due()
            return DrainReport(sent=counts.sent, edited=counts.edited, notified=counts.notified,
                               retried=counts.retried, failed=counts.failed, dead=counts.dead, next_due=next_due)

    async def _run_lane(self, rows: list[DeliveryRow], now: datetime, counts: _Counts) -> None:
        """One destination's due rows in order; a temporary failure postpones the rest to keep that order."""
        for index, row in enumerate(rows):
            outcome = await self._send(row, now, counts)
            if outcome is None:
                continue
            rest = [r.id for r in rows[index + 1:]]
            if isinstance(outcome, datetime):
                await self.store.postpone_deliveries(rest, outcome)
            else:  # the route is gone: the rest of this lane cannot be delivered either
                for delivery_id in rest:
                    await self.store.mark_delivery_final(delivery_id, status="failed", error=outcome)
                    counts.failed += 1
            return

    async def _alert_for(self, story_id: int, group_id: int, guild_id: int | None, kind: str) -> Alert | None:
        story = await self.store.get_story(story_id)
        if story is None:
            return None
        others = [s for s in await self.store.stories_in_group(group_id) if s.id != story.id]
        visible: list[StoryRow] = []
        for other in others:
            allowed = None if kind == "terminal" else await self.guild_feeds.allowed_guilds(other.source)
            if allowed is None or (guild_id is not None and guild_id in allowed):
                visible.append(other)
        return build_alert(story, others=visible, source_names=self.source_names)

    def _item(self, row: DeliveryRow, alert: Alert, attempt: int) -> DeliveryItem:
        return DeliveryItem(
            delivery_id=row.id, story_id=row.story_id, group_id=row.group_id, kind=row.kind,
            destination=row.destination, guild_id=row.guild_id, alert=alert, role_ids=row.role_ids,
            user_ids=row.user_ids, nonce=delivery_nonce(row.id), attempt=attempt,
        )

    async def _send(self, row: DeliveryRow, now: datetime, counts: _Counts) -> datetime | str | None:
        """Send one row; returns None when done, the retry time when postponed, the reason when the route died."""
        alert = await self._alert_for(row.story_id, row.group_id, row.guild_id, row.kind)
        if alert is None:
            await self.store.mark_delivery_final(row.id, status="failed", error="story no longer stored")
            counts.failed += 1
            return None
        attempt = row.attempts + 1
        try:
            message = await self.sink.send(self._item(row, alert, attempt))
        except TemporaryDeliveryError as exc:
            return await self._temporary(row, attempt, exc.reason, exc.retry_after, now, counts)
        except PermanentDeliveryError as exc:
            await self.store.mark_delivery_final(row.id, status="failed", error=exc.reason)
            counts.failed += 1
            log.warning("delivery %s to %s %s failed for good: %s", row.id, row.kind, row.destination, exc.reason)
            if exc.disable_route and row.kind == "channel" and row.guild_id is not None:
                await self._lost_channel(row.guild_id, row.destination, exc.reason)
                return exc.reason
            return None
        except StoreError:
            raise
        except Exception as exc:  # a bug or an unexpected library error: retry, with the traceback logged
            log.exception("sink failed on delivery %s", row.id)
            return await self._temporary(row, attempt, f"{type(exc).__name__}: {exc}"[:300], None, now, counts)
        await self.store.mark_delivery_sent(row.id, message_id=message.message_id, channel_id=message.channel_id,
                                            now=self.now())
        counts.sent += 1
        return None

    async def _temporary(
        self, row: DeliveryRow, attempt: int, reason: str, retry_after: float | None, now: datetime,
        counts: _Counts,
    ) -> datetime | None:
        async def die(error: str) -> None:
            await self.store.mark_delivery_final(row.id, status="dead", error=error)

        async def retry(until: datetime) -> None:
            await self.store.mark_delivery_retry(row.id, error=reason, next_attempt_at=until)

        what = f"delivery {row.id} to {row.kind} {row.destination}"
        return await self._retry_or_die(what, attempt, reason, retry_after, now, counts, die, retry)

    async def _retry_or_die(
        self, what: str, attempt: int, reason: str, retry_after: float | None, now: datetime, counts: _Counts,
        die: Callable[[str], Awaitable[None]], retry: Callable[[datetime], Awaitable[None]],
    ) -> datetime | None:
        """One rule for every kind of outbox row (delivery, edit, admin notice): back off and retry a temporary
        failure until ``max_attempts``, then give up; returns when the next attempt is due (None: gave up)."""
        if attempt >= self.max_attempts:
            await die(f"gave up after {attempt} attempts: {reason}")
            counts.dead += 1
            log.warning("%s dead after %s attempts: %s", what, attempt, reason)
            return None
        until = now + timedelta(seconds=self._backoff(attempt, retry_after))
        await retry(until)
        counts.retried += 1
        log.info("%s will retry at %s: %s", what, until.isoformat(), reason)
        return until

    async def _lost_channel(self, guild_id: int, channel_id: int, reason: str) -> None:
        """Disable the channel's routes and queue one notice to the server's admins (sent by the drain)."""
        disabled = await self.store.disable_routes(guild_id, channel_id, reason)
        text = (f"biasbot can no longer post alerts in <#{channel_id}> ({reason}), so alerts to that channel "
                "are paused. Give the bot View Channel, Send Messages and Embed Links there, then run "
                "`/alerts channel` again to resume.")
        await self.store.queue_admin_notice(guild_id, lost_channel_notice_key(channel_id), text, now=self.now())
        log.warning("guild %s channel %s: %s route(s) disabled: %s", guild_id, channel_id, disabled, reason)

    async def _notify(self, notice: AdminNoticeRow, now: datetime, counts: _Counts) -> None:
        """Send one queued admin notice; it is marked sent only once the sink returned."""
        attempt = notice.attempts + 1
        try:
            await self.sink.notify_admins(notice.guild_id, notice.text)
        except TemporaryDeliveryError as exc:
            await self._notice_retry(notice, attempt, exc.reason, exc.retry_after, now, counts)
            return
        except PermanentDeliveryError as exc:
            await self.store.mark_admin_notice_dead(notice.id, error=exc.reason)
            counts.dead += 1
            log.warning("admin notice %s for guild %s cannot be delivered: %s", notice.reason_key, notice.guild_id,
                        exc.reason)
            return
        except StoreError:
            raise
        except Exception as exc:  # a bug or an unexpected library error: retry, with the traceback logged
            log.exception("sink failed on admin notice %s for guild %s", notice.reason_key, notice.guild_id)
            await self._notice_retry(notice, attempt, f"{type(exc).__name__}: {exc}"[:300], None, now, counts)
            return
        await self.store.mark_admin_notice_sent(notice.id, now=self.now())
        counts.notified += 1

    async def _notice_retry(
        self, notice: AdminNoticeRow, attempt: int, reason: str, retry_after: float | None, now: datetime,
        counts: _Counts,
    ) -> None:
        async def die(error: str) -> None:
            await self.store.mark_admin_notice_dead(notice.id, error=error)

        async def retry(until: datetime) -> None:
            await self.store.mark_admin_notice_retry(notice.id, error=reason, next_attempt_at=until)

        what = f"admin notice {notice.reason_key} for guild {notice.guild_id}"
        await self._retry_or_die(what, attempt, reason, retry_after, now, counts, die, retry)

    async def _edit(self, delivery_id: int, pending: list[EditRow], now: datetime, counts: _Counts) -> None:
        row = await self.store.get_delivery(delivery_id)
        if row is None or row.status != "sent":
            await self.store.finish_edits(delivery_id, status="dead", now=self.now(), error="message not sent")
            return
        alert = await self._alert_for(row.story_id, row.group_id, row.guild_id, row.kind)
        if alert is None:
            await self.store.finish_edits(delivery_id, status="dead", now=self.now(), error="story no longer stored")
            return
        attempt = max(e.attempts for e in pending) + 1
        try:
            await self.sink.edit(self._item(row, alert, attempt), SentMessage(row.message_id, row.channel_id))
        except TemporaryDeliveryError as exc:
            await self._edit_retry(delivery_id, attempt, exc.reason, exc.retry_after, now, counts)
            return
        except PermanentDeliveryError as exc:
            await self.store.finish_edits(delivery_id, status="dead", now=self.now(), error=exc.reason)
            counts.failed += 1
            return
        except StoreError:
            raise
        except Exception as exc:
            log.exception("sink failed to edit delivery %s", delivery_id)
            await self._edit_retry(delivery_id, attempt, f"{type(exc).__name__}: {exc}"[:300], None, now, counts)
            return
        await self.store.finish_edits(delivery_id, status="sent", now=self.now())
        counts.edited += 1

    async def _edit_retry(
        self, delivery_id: int, attempt: int, reason: str, retry_after: float | None, now: datetime,
        counts: _Counts,
    ) -> None:
        async def die(error: str) -> None:
            await self.store.finish_edits(delivery_id, status="dead", now=self.now(), error=error)

        async def retry(until: datetime) -> None:
            await self.store.retry_edits(delivery_id, error=reason, next_attempt_at=until)

        await self._retry_or_die(f"edit of delivery {delivery_id}", attempt, reason, retry_after, now, counts,
                                 die, retry)

    # -- the loop --

    async def run(self, stop: asyncio.Event, *, idle: float = 30.0) -> None:
        """Drain whenever something is due or :meth:`wake` is called, until ``stop`` is set."""
        while not stop.is_set():
            self._wake.clear()
            try:
                await self.sweep()
                report = await self.drain()
                next_due = report.next_due
            except Exception:  # the loop must outlive one bad round (locked database, a sink bug)
                log.exception("outbox drain failed; retrying in %ss", idle)
                next_due = None
            delay = idle
            if next_due is not None:
                delay = min(idle, max(0.0, (next_due - self.now()).total_seconds()))
            if delay <= 0:
                await asyncio.sleep(0)
                continue
            waits = [asyncio.ensure_future(self._wake.wait()), asyncio.ensure_future(stop.wait())]
            try:
                await asyncio.wait(waits, timeout=delay, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for task in waits:
                    task.cancel()
                # asyncio.wait, not "await task" under suppress(CancelledError): that also swallowed a
                # cancellation of this loop itself arriving here, and the bot's shutdown then waited forever.
                await asyncio.wait(waits)
