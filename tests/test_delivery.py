"""The delivery outbox on a real SQLite file with a recording sink (a real implementation of the protocol)."""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.delivery import (
    CLASSIFY_GRACE,
    DeliveryItem,
    Outbox,
    PermanentDeliveryError,
    SentMessage,
    TemporaryDeliveryError,
    TerminalSink,
    delivery_nonce,
)
from bot.models import ArtistRef, Classification, Interaction, StoryInput
from bot.routing import RouteService, lost_channel_notice_key
from bot.store import Store

T0 = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)
GUILD_A, GUILD_B = 111, 222
CH_A, CH_A2, CH_B = 1001, 1002, 2001
OPERATOR_FEED = "https://news.example/feed.xml"

JK = ArtistRef("jungkook", "Jungkook", "member", ("bts",))
JENNIE = ArtistRef("jennie", "Jennie", "member", ("blackpink",))


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class RecordingSink:
    """Records what would be posted; ``fail`` maps a destination to errors raised on its next sends, and
    ``fail_notices`` a guild to errors raised on its next admin notices."""

    def __init__(self) -> None:
        self.sent: list[DeliveryItem] = []
        self.edits: list[tuple[DeliveryItem, SentMessage]] = []
        self.notices: list[tuple[int, str]] = []
        self.fail: dict[int, list[Exception]] = {}
        self.fail_edits: list[Exception] = []
        self.fail_notices: dict[int, list[Exception]] = {}
        self.next_id = 9000
        self.arrived = asyncio.Event()

    async def send(self, item: DeliveryItem) -> SentMessage:
        errors = self.fail.get(item.destination)
        if errors:
            raise errors.pop(0)
        self.sent.append(item)
        self.next_id += 1
        self.arrived.set()
        return SentMessage(message_id=self.next_id, channel_id=item.destination + 5)

    async def edit(self, item: DeliveryItem, message: SentMessage) -> None:
        if self.fail_edits:
            raise self.fail_edits.pop(0)
        self.edits.append((item, message))

    async def notify_admins(self, guild_id: int, text: str) -> None:
        errors = self.fail_notices.get(guild_id)
        if errors:
            raise errors.pop(0)
        self.notices.append((guild_id, text))


@pytest.fixture
def clock() -> Clock:
    return Clock(T0)


@pytest.fixture
async def store(tmp_path: Path, clock: Clock) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "bot.sqlite3", clock=clock)
    yield s
    await s.close()


@pytest.fixture
def sink() -> RecordingSink:
    return RecordingSink()


def outbox(store: Store, sink: RecordingSink, **kwargs: object) -> Outbox:
    return Outbox(store, sink, operator_feeds=[OPERATOR_FEED], **kwargs)  # type: ignore[arg-type]


async def add_story(
    store: Store,
    key: str,
    *artists: ArtistRef,
    source: str = OPERATOR_FEED,
    title: str = "Jungkook and Jennie met backstage",
    backlog: bool = False,
    duplicate_of: int | None = None,
) -> int:
    story = StoryInput(source=source, entry_key=key, url=f"https://news.example/{key}", title=title,
                       published=T0, body="Jungkook and Jennie met backstage after the show.")
    result = await store.upsert_story(story, backlog=backlog, duplicate_group=duplicate_of)
    interactions: tuple[Interaction, ...] = ()
    if len(artists) >= 2:
        interactions = (Interaction(a=artists[0].id, b=artists[1].id, types=("meet",), platform="in_person",
                                    headline=True, evidence="They met backstage."),)
    await store.save_classification(result.story_id, Classification(
        artists=artists, interactions=interactions, interaction_story=bool(interactions),
        summary="Jungkook and Jennie met backstage."))
    return result.story_id


# --- enqueue ---


async def test_enqueue_writes_pending_rows_before_sending(store: Store, sink: RecordingSink) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    story = await add_story(store, "1", JK)
    result = await outbox(store, sink).enqueue_story(story)
    assert len(result.new) == 1
    rows = await store.list_deliveries(story_id=story)
    assert [(r.kind, r.destination, r.guild_id, r.status) for r in rows] == [("channel", CH_A, GUILD_A, "pending")]
    assert sink.sent == []


async def test_enqueue_is_idempotent(store: Store, sink: RecordingSink) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    story = await add_story(store, "1", JK)
    box = outbox(store, sink)
    await box.enqueue_story(story)
    second = await box.enqueue_story(story)
    assert second.new == () and len(second.existing) == 1
    assert len(await store.list_deliveries()) == 1


async def test_backlog_stories_are_never_enqueued(store: Store, sink: RecordingSink) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    story = await add_story(store, "1", JK, backlog=True)
    await outbox(store, sink).enqueue_story(story)
    assert await store.list_deliveries() == []


async def test_mentions_and_role_pings_are_stored_with_the_delivery(store: Store, sink: RecordingSink) -> None:
    await store.set_route(GUILD_A, CH_A, "bts")
    await store.set_role_ping(GUILD_A, 55, "jungkook")
    await store.subscribe(7, GUILD_A, "bts", "mention")
    box = outbox(store, sink)
    await box.enqueue_story(await add_story(store, "1", JK))
    await box.drain()
    assert (sink.sent[0].role_ids, sink.sent[0].user_ids) == ((55,), (7,))


async def test_a_story_nobody_announced_is_queued_by_the_sweep_once(store: Store, sink: RecordingSink) -> None:
    # Stored by another process (e.g. `biasbot ingest` beside the running bot): no listener saw it.
    await store.set_route(GUILD_A, CH_A, None)
    story = await add_story(store, "1", JK)
    assert await store.unannounced_story_ids() == [story]
    box = outbox(store, sink)
    assert await box.sweep() == 1
    assert await box.sweep() == 0
    await box.drain()
    assert len(sink.sent) == 1


async def test_an_announced_story_is_not_swept_again(store: Store, sink: RecordingSink) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    story = await add_story(store, "1", JK)
    box = outbox(store, sink)
    await box.on_new_story(story)
    assert await store.unannounced_story_ids() == []
    assert await box.sweep() == 0


async def test_backlog_stories_never_need_announcing(store: Store, sink: RecordingSink) -> None:
    await add_story(store, "1", JK, backlog=True)
    assert await store.unannounced_story_ids() == []


# --- sending ---


async def test_drain_sends_once_and_records_the_message_id(store: Store, sink: RecordingSink) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    story = await add_story(store, "1", JK, JENNIE)
    box = outbox(store, sink)
    await box.enqueue_story(story)
    report = await box.drain()
    assert report.sent == 1
    assert (await box.drain()).sent == 0
    row = (await store.list_deliveries(story_id=story))[0]
    assert (row.status, row.message_id, row.channel_id, row.attempts) == ("sent", 9001, CH_A + 5, 1)
    assert sink.sent[0].alert.interaction == "Jungkook ↔ Jennie · met · in person"


async def test_dm_subscriber_gets_exactly_one_dm_for_a_story_naming_two_of_their_artists(
    store: Store, sink: RecordingSink,
) -> None:
    await store.subscribe(7, GUILD_A, "jungkook", "dm")
    await store.subscribe(7, GUILD_A, "jennie", "dm")
    box = outbox(store, sink)
    await box.enqueue_story(await add_story(store, "1", JK, JENNIE))
    await box.drain()
    assert [(i.kind, i.destination) for i in sink.sent] == [("dm", 7)]


async def test_unsubscribing_from_everything_drops_the_dms_still_queued(store: Store, sink: RecordingSink) -> None:
    await store.subscribe(7, GUILD_A, "jungkook", "dm")
    box = outbox(store, sink)
    await box.enqueue_story(await add_story(store, "1", JK))
    assert await store.unsubscribe(7, GUILD_A, "jungkook")
    await box.drain()
    assert sink.sent == []


async def test_queued_dms_stay_while_the_user_keeps_another_dm_subscription(
    store: Store, sink: RecordingSink,
) -> None:
    await store.subscribe(7, GUILD_A, "jungkook", "dm")
    await store.subscribe(7, GUILD_A, "jennie", "dm")
    box = outbox(store, sink)
    await box.enqueue_story(await add_story(store, "1", JK, JENNIE))
    assert await store.unsubscribe(7, GUILD_A, "jungkook")
    await box.drain()
    assert [(i.kind, i.destination) for i in sink.sent] == [("dm", 7)]


async def test_nonce_is_stable_per_delivery_and_short(store: Store, sink: RecordingSink, clock: Clock) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    sink.fail[CH_A] = [TemporaryDeliveryError("HTTP 503")]
    box = outbox(store, sink)
    await box.enqueue_story(await add_story(store, "1", JK))
    await box.drain()
    clock.advance(60)
    await box.drain()
    row = (await store.list_deliveries())[0]
    assert sink.sent[0].nonce == delivery_nonce(row.id)
    assert sink.sent[0].attempt == 2
    assert len(delivery_nonce(10**18)) <= 25


async def test_temporary_error_backs_off_exponentially_on_the_injected_clock(
    store: Store, sink: RecordingSink, clock: Clock,
) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    sink.fail[CH_A] = [TemporaryDeliveryError("HTTP 500"), TemporaryDeliveryError("HTTP 502")]
    box = outbox(store, sink, base_backoff=10.0)
    await box.enqueue_story(await add_story(store, "1", JK))
    assert (await box.drain()).retried == 1
    row = (await store.list_deliveries())[0]
    assert (row.status, row.attempts, row.last_error) == ("pending", 1, "HTTP 500")
    assert row.next_attempt_at == T0 + timedelta(seconds=10)
    clock.advance(9)
    assert (await box.drain()).retried == 0 and sink.sent == []
    clock.advance(1)
    await box.drain()  # second failure: 20 s
    assert (await store.list_deliveries())[0].next_attempt_at == clock.now + timedelta(seconds=20)
    clock.advance(20)
    assert (await box.drain()).sent == 1


async def test_retry_after_from_the_error_is_honoured(store: Store, sink: RecordingSink, clock: Clock) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    sink.fail[CH_A] = [TemporaryDeliveryError("429", retry_after=1.5)]
    box = outbox(store, sink, base_backoff=30.0)
    await box.enqueue_story(await add_story(store, "1", JK))
    await box.drain()
    assert (await store.list_deliveries())[0].next_attempt_at == T0 + timedelta(seconds=1.5)
    clock.advance(1.5)
    assert (await box.drain()).sent == 1


async def test_delivery_is_dead_after_max_attempts(store: Store, sink: RecordingSink, clock: Clock) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    sink.fail[CH_A] = [TemporaryDeliveryError(f"HTTP 50{i}") for i in range(3)]
    box = outbox(store, sink, max_attempts=3, base_backoff=1.0)
    await box.enqueue_story(await add_story(store, "1", JK))
    for _ in range(3):
        await box.drain()
        clock.advance(3600)
    row = (await store.list_deliveries())[0]
    assert (row.status, row.attempts) == ("dead", 3)
    assert row.last_error is not None and "HTTP 502" in row.last_error
    assert (await box.drain()).sent == 0


async def test_one_failing_destination_does_not_block_another(store: Store, sink: RecordingSink) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    await store.set_route(GUILD_B, CH_B, None)
    sink.fail[CH_A] = [TemporaryDeliveryError("timeout")]
    box = outbox(store, sink)
    await box.enqueue_story(await add_story(store, "1", JK))
    report = await box.drain()
    assert (report.sent, report.retried) == (1, 1)
    assert [i.destination for i in sink.sent] == [CH_B]


async def test_a_retried_destination_keeps_its_order(store: Store, sink: RecordingSink, clock: Clock) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    box = outbox(store, sink)
    first = await add_story(store, "1", JK, title="First story")
    second = await add_story(store, "2", JENNIE, title="Second story")
    await box.enqueue_story(first)
    await box.enqueue_story(second)
    sink.fail[CH_A] = [TemporaryDeliveryError("429", retry_after=2)]
    await box.drain()
    assert sink.sent == []
    clock.advance(2)
    await box.drain()
    assert [i.story_id for i in sink.sent] == [first, second]


async def test_lost_permission_disables_the_route_and_tells_admins_once(
    store: Store, sink: RecordingSink, clock: Clock,
) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    await store.set_route(GUILD_A, CH_A, "bts")
    await store.set_route(GUILD_A, CH_A2, None)
    box = outbox(store, sink)
    sink.fail[CH_A] = [PermanentDeliveryError("Missing Access", disable_route=True)]
    await box.enqueue_story(await add_story(store, "1", JK))
    report = await box.drain()
    assert (report.failed, report.sent) == (1, 1)
    routes = {(r.channel_id, r.artist_id): r for r in await store.list_routes(GUILD_A)}
    assert routes[(CH_A, None)].disabled and routes[(CH_A, "bts")].disabled
    assert routes[(CH_A, None)].disabled_reason == "Missing Access"
    assert not routes[(CH_A2, None)].disabled
    assert len(sink.notices) == 1 and sink.notices[0][0] == GUILD_A and f"<#{CH_A}>" in sink.notices[0][1]
    # The failed row is never retried, and the disabled route gets no new deliveries.
    clock.advance(3600)
    assert (await box.drain()).sent == 0
    await box.enqueue_story(await add_story(store, "2", JENNIE))
    await box.drain()
    assert [i.destination for i in sink.sent] == [CH_A2, CH_A2]
    assert len(sink.notices) == 1


async def test_admins_are_told_once_even_if_two_pending_rows_hit_the_lost_channel(
    store: Store, sink: RecordingSink,
) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    box = outbox(store, sink)
    await box.enqueue_story(await add_story(store, "1", JK))
    await box.enqueue_story(await add_story(store, "2", JENNIE))
    sink.fail[CH_A] = [PermanentDeliveryError("Missing Permissions", disable_route=True)] * 2
    report = await box.drain()
    assert report.failed == 2 and len(sink.notices) == 1


async def test_admins_are_told_again_after_the_route_was_set_up_again_and_lost_again(
    store: Store, sink: RecordingSink,
) -> None:
    routes = RouteService(store)
    await routes.set_channel(GUILD_A, CH_A, None)
    box = outbox(store, sink)
    sink.fail[CH_A] = [PermanentDeliveryError("Missing Access", disable_route=True)]
    await box.enqueue_story(await add_story(store, "1", JK))
    await box.drain()
    await routes.set_channel(GUILD_A, CH_A, None)  # the admin fixed permissions and re-enabled it
    assert not (await store.list_routes(GUILD_A))[0].disabled
    sink.fail[CH_A] = [PermanentDeliveryError("Missing Access", disable_route=True)]
    await box.enqueue_story(await add_story(store, "2", JENNIE))
    await box.drain()
    assert len(sink.notices) == 2


# --- admin notices: queued before they are sent, sent once, never lost ---


LOST_A = lost_channel_notice_key(CH_A)


async def lose_channel(store: Store, box: Outbox, sink: RecordingSink, key: str = "1") -> None:
    """Route every alert to CH_A, then have Discord refuse CH_A for good on the next story's delivery."""
    await store.set_route(GUILD_A, CH_A, None)
    sink.fail[CH_A] = [PermanentDeliveryError("Missing Access", disable_route=True)]
    await box.enqueue_story(await add_story(store, key, JK))


async def test_admin_notice_is_sent_once_and_marked_sent_when_the_sink_works(
    store: Store, sink: RecordingSink, clock: Clock,
) -> None:
    box = outbox(store, sink)
    await lose_channel(store, box, sink)
    assert (await box.drain()).notified == 1
    clock.advance(3600)
    assert (await box.drain()).notified == 0
    assert len(sink.notices) == 1
    notice = await store.get_admin_notice(GUILD_A, LOST_A)
    assert notice is not None
    assert (notice.status, notice.attempts, notice.sent_at, notice.last_error) == ("sent", 1, T0, None)
    assert notice.text == sink.notices[0][1]


async def test_admin_notice_is_retried_after_a_temporary_failure_and_sent_once_later(
    store: Store, sink: RecordingSink, clock: Clock,
) -> None:
    sink.fail_notices[GUILD_A] = [TemporaryDeliveryError("HTTP 503")]
    box = outbox(store, sink, base_backoff=10.0)
    await lose_channel(store, box, sink)
    assert (await box.drain()).retried == 1
    assert sink.notices == []
    notice = await store.get_admin_notice(GUILD_A, LOST_A)
    assert notice is not None
    assert (notice.status, notice.attempts, notice.last_error) == ("pending", 1, "HTTP 503")
    assert notice.next_attempt_at == T0 + timedelta(seconds=10)
    clock.advance(9)
    assert (await box.drain()).notified == 0
    clock.advance(1)
    assert (await box.drain()).notified == 1
    clock.advance(3600)
    await box.drain()
    assert [guild for guild, _ in sink.notices] == [GUILD_A]
    assert (await store.get_admin_notice(GUILD_A, LOST_A)).status == "sent"  # type: ignore[union-attr]


async def test_admin_notice_waiting_to_retry_sets_the_outboxs_next_due_time(
    store: Store, sink: RecordingSink,
) -> None:
    sink.fail_notices[GUILD_A] = [TemporaryDeliveryError("429", retry_after=7)]
    box = outbox(store, sink)
    await lose_channel(store, box, sink)
    report = await box.drain()
    assert report.next_due == T0 + timedelta(seconds=7)
    assert await store.next_outbox_due() == T0 + timedelta(seconds=7)


async def test_admin_notice_is_dead_after_a_permanent_failure_and_other_deliveries_go_on(
    store: Store, sink: RecordingSink, clock: Clock, caplog: pytest.LogCaptureFixture,
) -> None:
    await store.set_route(GUILD_B, CH_B, None)
    sink.fail_notices[GUILD_A] = [PermanentDeliveryError("no way to reach the server's admins")]
    box = outbox(store, sink)
    await lose_channel(store, box, sink)
    with caplog.at_level(logging.WARNING, logger="bot.delivery"):
        report = await box.drain()
    assert (report.sent, report.failed, report.dead, report.notified) == (1, 1, 1, 0)
    notice = await store.get_admin_notice(GUILD_A, LOST_A)
    assert notice is not None
    assert (notice.status, notice.last_error) == ("dead", "no way to reach the server's admins")
    assert len([r for r in caplog.records if "admin notice" in r.getMessage()]) == 1
    clock.advance(3600)
    await box.enqueue_story(await add_story(store, "2", JENNIE))
    assert (await box.drain()).sent == 1
    assert [i.destination for i in sink.sent] == [CH_B, CH_B]
    assert sink.notices == [] and await store.next_outbox_due() is None


async def test_admin_notice_is_dead_after_max_attempts_of_temporary_failures(
    store: Store, sink: RecordingSink, clock: Clock,
) -> None:
    sink.fail_notices[GUILD_A] = [TemporaryDeliveryError(f"HTTP 50{i}") for i in range(3)]
    box = outbox(store, sink, max_attempts=3, base_backoff=1.0)
    await lose_channel(store, box, sink)
    for _ in range(3):
        await box.drain()
        clock.advance(3600)
    notice = await store.get_admin_notice(GUILD_A, LOST_A)
    assert notice is not None and (notice.status, notice.attempts) == ("dead", 3)
    assert notice.last_error is not None and "HTTP 502" in notice.last_error
    assert sink.notices == []


async def test_one_guilds_failing_notice_does_not_hold_up_another_guilds_notice(
    store: Store, sink: RecordingSink,
) -> None:
    await store.queue_admin_notice(GUILD_A, LOST_A, "lost A")
    await store.queue_admin_notice(GUILD_B, lost_channel_notice_key(CH_B), "lost B")
    sink.fail_notices[GUILD_A] = [TemporaryDeliveryError("HTTP 500")]
    report = await outbox(store, sink).drain()
    assert (report.notified, report.retried) == (1, 1)
    assert sink.notices == [(GUILD_B, "lost B")]


async def test_a_notice_recorded_before_a_crash_is_sent_by_the_next_outbox(
    tmp_path: Path, sink: RecordingSink, clock: Clock,
) -> None:
    path = tmp_path / "notice-crash.sqlite3"
    first = await Store.open(path, clock=clock)
    assert await first.queue_admin_notice(GUILD_A, LOST_A, "biasbot can no longer post alerts in <#1001>")
    await first.close()  # "killed" between recording the notice and sending it

    second = await Store.open(path, clock=clock)
    try:
        box = outbox(second, sink)
        assert (await box.drain()).notified == 1
        assert (await box.drain()).notified == 0
        assert sink.notices == [(GUILD_A, "biasbot can no longer post alerts in <#1001>")]
        assert (await second.get_admin_notice(GUILD_A, LOST_A)).status == "sent"  # type: ignore[union-attr]
    finally:
        await second.close()


async def test_setting_the_channel_again_drops_a_notice_still_waiting_to_be_sent(
    store: Store, sink: RecordingSink, clock: Clock,
) -> None:
    routes = RouteService(store)
    sink.fail_notices[GUILD_A] = [TemporaryDeliveryError("HTTP 503")]
    box = outbox(store, sink)
    await lose_channel(store, box, sink)
    await box.drain()
    await routes.set_channel(GUILD_A, CH_A, None)  # the admin fixed it before the notice got through
    clock.advance(3600)
    await box.drain()
    assert sink.notices == [] and await store.get_admin_notice(GUILD_A, LOST_A) is None


async def test_removing_a_channels_last_route_drops_the_alerts_still_queued_for_it(
    store: Store, sink: RecordingSink,
) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    await store.set_route(GUILD_A, CH_A2, None)
    box = outbox(store, sink)
    story = await add_story(store, "1", JK)
    await box.enqueue_story(story)
    assert await store.remove_route(GUILD_A, CH_A, None)
    report = await box.drain()
    assert [i.destination for i in sink.sent] == [CH_A2] and report.sent == 1
    dropped = [r for r in await store.list_deliveries(story_id=story) if r.destination == CH_A]
    assert [(r.status, r.last_error) for r in dropped] == [("failed", "alert route removed")]


async def test_queued_alerts_stay_while_another_route_to_the_channel_remains(
    store: Store, sink: RecordingSink,
) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    await store.set_route(GUILD_A, CH_A, "jungkook")
    box = outbox(store, sink)
    await box.enqueue_story(await add_story(store, "1", JK))
    assert await store.remove_route(GUILD_A, CH_A, None)
    await box.drain()
    assert [i.destination for i in sink.sent] == [CH_A]


async def test_closed_dms_fail_without_retry_or_admin_notice(store: Store, sink: RecordingSink) -> None:
    await store.subscribe(7, GUILD_A, "jungkook", "dm")
    sink.fail[7] = [PermanentDeliveryError("Cannot send messages to this user")]
    box = outbox(store, sink)
    await box.enqueue_story(await add_story(store, "1", JK))
    assert (await box.drain()).failed == 1
    assert (await store.list_deliveries())[0].status == "failed"
    assert sink.notices == []


async def test_pending_deliveries_resume_after_restart_exactly_once(
    tmp_path: Path, sink: RecordingSink, clock: Clock,
) -> None:
    path = tmp_path / "restart.sqlite3"
    first = await Store.open(path, clock=clock)
    await first.set_route(GUILD_A, CH_A, None)
    await first.subscribe(7, GUILD_A, "jungkook", "dm")
    await outbox(first, RecordingSink()).enqueue_story(await add_story(first, "1", JK))
    await first.close()  # "killed" before draining

    second = await Store.open(path, clock=clock)
    try:
        box = outbox(second, sink)
        assert (await box.drain()).sent == 2
        assert (await box.drain()).sent == 0
        assert sorted((i.kind, i.destination) for i in sink.sent) == [("channel", CH_A), ("dm", 7)]
    finally:
        await second.close()


async def test_a_resend_after_a_crash_reuses_the_same_nonce(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "crash.sqlite3"
    store = await Store.open(path, clock=clock)
    await store.set_route(GUILD_A, CH_A, None)

    class CrashAfterSend(RecordingSink):
        async def send(self, item: DeliveryItem) -> SentMessage:
            await super().send(item)
            raise asyncio.CancelledError  # the process dies before the message id is written

    crashing = CrashAfterSend()
    await outbox(store, crashing).enqueue_story(await add_story(store, "1", JK))
    with pytest.raises(asyncio.CancelledError):
        await outbox(store, crashing).drain()
    await store.close()

    store = await Store.open(path, clock=clock)
    try:
        again = RecordingSink()
        await outbox(store, again).drain()
        assert again.sent[0].nonce == crashing.sent[0].nonce
        assert (await store.list_deliveries())[0].status == "sent"
    finally:
        await store.close()


# --- duplicate groups ---


async def test_duplicate_story_edits_the_sent_message_instead_of_posting_again(
    store: Store, sink: RecordingSink,
) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    box = outbox(store, sink)
    first = await add_story(store, "1", JK)
    await box.enqueue_story(first)
    await box.drain()
    group = (await store.get_story(first)).group_id  # type: ignore[union-attr]
    second = await add_story(store, "2", JK, source="https://other.example/rss", duplicate_of=group)
    result = await box.enqueue_story(second)
    assert result.new == () and len(result.edits) == 1
    report = await box.drain()
    assert (report.sent, report.edited) == (0, 1)
    assert len(sink.sent) == 1
    item, message = sink.edits[0]
    assert message == SentMessage(9001, CH_A + 5)
    assert [s.name for s in item.alert.also_reported_by] == ["news.example"]
    assert (await box.drain()).edited == 0


async def test_duplicate_arriving_before_the_first_is_sent_makes_one_post(store: Store, sink: RecordingSink) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    box = outbox(store, sink)
    first = await add_story(store, "1", JK)
    await box.enqueue_story(first)
    second = await add_story(store, "2", JK, source="https://other.example/rss", duplicate_of=first)
    await box.enqueue_story(second)
    await box.drain()
    assert len(sink.sent) == 1 and sink.edits == []
    assert [s.name for s in sink.sent[0].alert.also_reported_by] == ["news.example"]


async def test_failed_edit_is_retried(store: Store, sink: RecordingSink, clock: Clock) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    box = outbox(store, sink)
    first = await add_story(store, "1", JK)
    await box.enqueue_story(first)
    await box.drain()
    await box.enqueue_story(await add_story(store, "2", JK, source="https://other.example/rss",
                                            duplicate_of=first))
    sink.fail_edits = [TemporaryDeliveryError("HTTP 500")]
    assert (await box.drain()).retried == 1
    clock.advance(3600)
    assert (await box.drain()).edited == 1


# --- guild feeds and isolation ---


async def test_story_from_a_guild_feed_goes_only_to_that_guild(store: Store, sink: RecordingSink) -> None:
    guild_feed = "https://fan.example/feed"
    await store.add_guild_feed(GUILD_A, guild_feed)
    await store.set_route(GUILD_A, CH_A, None)
    await store.set_route(GUILD_B, CH_B, None)
    await store.subscribe(8, GUILD_B, "jungkook", "dm")
    box = outbox(store, sink)
    await box.enqueue_story(await add_story(store, "1", JK, source=guild_feed))
    await box.drain()
    assert [i.destination for i in sink.sent] == [CH_A]


async def test_operator_story_goes_to_every_guild(store: Store, sink: RecordingSink) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    await store.set_route(GUILD_B, CH_B, None)
    box = outbox(store, sink)
    await box.enqueue_story(await add_story(store, "1", JK))
    await box.drain()
    assert sorted(i.destination for i in sink.sent) == [CH_A, CH_B]


async def test_also_reported_by_never_names_another_guilds_private_feed(store: Store, sink: RecordingSink) -> None:
    guild_feed = "https://private.example/feed"
    await store.add_guild_feed(GUILD_A, guild_feed)
    await store.set_route(GUILD_A, CH_A, None)
    await store.set_route(GUILD_B, CH_B, None)
    box = outbox(store, sink)
    first = await add_story(store, "1", JK)
    await box.enqueue_story(first)
    await box.enqueue_story(await add_story(store, "2", JK, source=guild_feed, duplicate_of=first))
    await box.drain()
    by_channel = {i.destination: i.alert for i in sink.sent}
    assert [s.name for s in by_channel[CH_A].also_reported_by] == ["news.example"]
    assert by_channel[CH_B].also_reported_by == ()


# --- local mode and the loop ---


async def test_local_mode_sends_every_new_story_to_the_terminal(store: Store) -> None:
    out = io.StringIO()
    box = Outbox(store, TerminalSink(out), local_mode=True)
    await box.enqueue_story(await add_story(store, "1", JK, JENNIE))
    await box.enqueue_story(await add_story(store, "2"))
    assert (await box.drain()).sent == 2
    text = out.getvalue()
    assert text.count("[NEW]") == 2 and "Jungkook ↔ Jennie · met · in person" in text


async def test_run_loop_sends_promptly_after_wake_and_stops(store: Store, sink: RecordingSink) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    box = outbox(store, sink)
    stop = asyncio.Event()
    task = asyncio.create_task(box.run(stop, idle=30.0))
    await asyncio.sleep(0)
    await box.on_new_story(await add_story(store, "1", JK))
    await asyncio.wait_for(sink.arrived.wait(), timeout=5)
    stop.set()
    await asyncio.wait_for(task, timeout=5)
    assert len(sink.sent) == 1


async def test_run_loop_stops_when_cancelled_at_any_point_of_a_round(store: Store, sink: RecordingSink) -> None:
    # The bot shuts down by cancelling its tasks; a cancellation that lands while the loop tidies up its
    # wait must still end the loop (once it was swallowed there and shutdown hung forever).
    box = outbox(store, sink)
    for steps in range(40):
        stop = asyncio.Event()
        task = asyncio.create_task(box.run(stop, idle=30.0))
        await asyncio.sleep(0.05)  # parked in its idle wait (an empty outbox drains at once)
        box.wake()
        for _ in range(steps):
            await asyncio.sleep(0)
        task.cancel()
        done, _pending = await asyncio.wait({task}, timeout=2)
        assert task in done, f"run() ignored a cancellation {steps} steps after a wake"


async def test_the_sweep_leaves_a_fresh_story_until_its_classification_is_stored(
    store: Store, sink: RecordingSink, clock: Clock
) -> None:
    # ingest commits the story, then classifies it off the loop: a sweep in between must not route it
    # without its artists (the mention subscriber would be missed for good: delivery rows are unique)
    await store.set_route(GUILD_A, CH_A, None)
    await store.subscribe(7, GUILD_A, "bts", "mention")
    story = StoryInput(source=OPERATOR_FEED, entry_key="1", url="https://news.example/1", title="Jungkook news",
                       published=T0, body="Jungkook met Jennie backstage after the show.")
    story_id = (await store.upsert_story(story, backlog=False)).story_id
    box = outbox(store, sink)
    assert await box.sweep() == 0
    assert await store.unannounced_story_ids() == [story_id]

    await store.save_classification(story_id, Classification(
        artists=(JK,), interactions=(), interaction_story=False, summary="Jungkook news."))
    assert await box.sweep() == 1
    await box.drain()
    assert sink.sent[0].user_ids == (7,)


async def test_the_sweep_queues_an_unclassified_story_after_the_grace_period(
    store: Store, sink: RecordingSink, clock: Clock
) -> None:
    await store.set_route(GUILD_A, CH_A, None)
    story = StoryInput(source=OPERATOR_FEED, entry_key="1", url="https://news.example/1", title="Jungkook news",
                       published=T0, body="Jungkook met Jennie backstage after the show.")
    await store.upsert_story(story, backlog=False)
    box = outbox(store, sink)
    assert await box.sweep() == 0
    clock.advance(CLASSIFY_GRACE + 1)
    assert await box.sweep() == 1
