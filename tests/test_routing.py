"""Routing rules (pure), the /alerts and /subscribe services, and guild isolation, on a real SQLite file."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.models import ArtistRef, Classification
from bot.roster import Roster
from bot.routing import RouteService, SetupError, route_story, story_keys
from bot.store import DeliveryTarget, RolePingRow, RouteRow, RoutingRows, Store, SubscriptionRow
from bot.subscriptions import Subscriptions

NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)

GUILD_A, GUILD_B = 111, 222
CH_A1, CH_A2, CH_B1 = 1001, 1002, 2001

JK = ArtistRef("jungkook", "Jungkook", "member", ("bts",))
JENNIE = ArtistRef("jennie", "Jennie", "member", ("blackpink",))
BTS = ArtistRef("bts", "BTS", "group")


def roster() -> Roster:
    return Roster.from_dict({"artists": [
        {"id": "bts", "name": "BTS", "kind": "group", "members": ["jungkook"]},
        {"id": "jungkook", "name": "Jungkook", "kind": "member", "groups": ["bts"]},
        {"id": "blackpink", "name": "BLACKPINK", "kind": "group", "members": ["jennie"]},
        {"id": "jennie", "name": "Jennie", "kind": "member", "groups": ["blackpink"]},
    ]})


def classification(*artists: ArtistRef) -> Classification:
    return Classification(artists=artists, summary="A summary.")


def route(guild: int, channel: int, artist: str | None, *, disabled: bool = False, id_: int = 1) -> RouteRow:
    return RouteRow(id=id_, guild_id=guild, channel_id=channel, artist_id=artist, disabled=disabled,
                    disabled_reason=None, created_by=None, created_at=NOW)


def sub(user: int, guild: int | None, artist: str, delivery: str) -> SubscriptionRow:
    return SubscriptionRow(user_id=user, guild_id=guild, artist_id=artist, delivery=delivery,  # type: ignore[arg-type]
                           created_at=NOW)


def ping(guild: int, role: int, artist: str) -> RolePingRow:
    return RolePingRow(guild_id=guild, role_id=role, artist_id=artist, created_by=None, created_at=NOW)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "bot.sqlite3", clock=lambda: NOW)
    yield s
    await s.close()


# --- pure routing ---


def test_story_keys_include_groups_of_named_members() -> None:
    assert story_keys(classification(JK), roster()) == ("jungkook", "bts")


def test_group_route_matches_a_story_naming_only_a_member() -> None:
    rows = RoutingRows(routes=(route(GUILD_A, CH_A1, "bts"),))
    targets = route_story(classification(JK), rows, roster=roster())
    assert targets == [DeliveryTarget("channel", CH_A1, GUILD_A)]


def test_member_route_does_not_match_a_story_about_only_the_group() -> None:
    rows = RoutingRows(routes=(route(GUILD_A, CH_A1, "jungkook"),))
    assert route_story(classification(BTS), rows, roster=roster()) == []


def test_all_alerts_route_matches_every_story() -> None:
    rows = RoutingRows(routes=(route(GUILD_A, CH_A1, None),))
    assert route_story(classification(JENNIE), rows)[0].destination == CH_A1
    assert route_story(Classification(), rows)[0].destination == CH_A1


def test_disabled_route_gets_nothing() -> None:
    rows = RoutingRows(routes=(route(GUILD_A, CH_A1, None, disabled=True),))
    assert route_story(classification(JK), rows) == []


def test_one_channel_gets_one_target_however_many_routes_match() -> None:
    rows = RoutingRows(routes=(route(GUILD_A, CH_A1, None), route(GUILD_A, CH_A1, "jungkook"),
                               route(GUILD_A, CH_A1, "jennie")))
    assert len(route_story(classification(JK, JENNIE), rows)) == 1


def test_dm_subscriber_gets_one_dm_per_story_however_many_artists_match() -> None:
    rows = RoutingRows(subscriptions=(sub(7, GUILD_A, "jungkook", "dm"), sub(7, GUILD_A, "jennie", "dm"),
                                      sub(7, GUILD_B, "bts", "dm")))
    targets = route_story(classification(JK, JENNIE), rows, roster=roster())
    assert targets == [DeliveryTarget("dm", 7)]


def test_mention_subscriber_is_mentioned_only_where_the_guild_routes_the_story() -> None:
    rows = RoutingRows(
        routes=(route(GUILD_A, CH_A1, "jungkook"),),
        subscriptions=(sub(7, GUILD_A, "jungkook", "mention"), sub(8, GUILD_B, "jungkook", "mention")),
    )
    targets = route_story(classification(JK), rows)
    assert targets == [DeliveryTarget("channel", CH_A1, GUILD_A, user_ids=(7,))]


def test_mention_and_role_ping_go_to_one_channel_preferring_the_artists_own_route() -> None:
    rows = RoutingRows(
        routes=(route(GUILD_A, CH_A1, None), route(GUILD_A, CH_A2, "jungkook")),
        role_pings=(ping(GUILD_A, 55, "jungkook"),),
        subscriptions=(sub(7, GUILD_A, "jungkook", "mention"),),
    )
    targets = route_story(classification(JK), rows)
    assert targets == [DeliveryTarget("channel", CH_A1, GUILD_A),
                       DeliveryTarget("channel", CH_A2, GUILD_A, role_ids=(55,), user_ids=(7,))]


def test_guild_feed_story_stays_in_its_guild() -> None:
    rows = RoutingRows(
        routes=(route(GUILD_A, CH_A1, None), route(GUILD_B, CH_B1, None)),
        subscriptions=(sub(7, GUILD_B, "jungkook", "dm"), sub(8, GUILD_A, "jungkook", "dm"),
                       sub(9, None, "jungkook", "dm")),
    )
    targets = route_story(classification(JK), rows, allowed_guilds={GUILD_A})
    assert targets == [DeliveryTarget("channel", CH_A1, GUILD_A), DeliveryTarget("dm", 8)]


def test_public_story_reaches_dm_subscribers_who_subscribed_from_a_dm() -> None:
    rows = RoutingRows(subscriptions=(sub(9, None, "jungkook", "dm"),))
    assert route_story(classification(JK), rows) == [DeliveryTarget("dm", 9)]


def test_targets_are_in_a_stable_order_and_capped() -> None:
    rows = RoutingRows(
        routes=(route(GUILD_B, CH_B1, None), route(GUILD_A, CH_A2, None), route(GUILD_A, CH_A1, None)),
        subscriptions=(sub(9, None, "jungkook", "dm"), sub(3, None, "jungkook", "dm")),
    )
    targets = route_story(classification(JK), rows)
    assert [t.destination for t in targets] == [CH_A1, CH_A2, CH_B1, 3, 9]
    assert [t.destination for t in route_story(classification(JK), rows, limit=2)] == [CH_A1, CH_A2]


# --- services on a real database ---


async def test_route_service_sets_lists_and_removes_a_route(store: Store) -> None:
    service = RouteService(store, roster=roster())
    await service.set_channel(GUILD_A, CH_A1, None, by=5)
    await service.set_channel(GUILD_A, CH_A2, "bts", by=5)
    setup = await service.setup_of(GUILD_A)
    assert [(r.channel_id, r.artist_id) for r in setup.routes] == [(CH_A1, None), (CH_A2, "bts")]
    await service.remove_channel(GUILD_A, CH_A2, "bts")
    assert [(r.channel_id, r.artist_id) for r in (await service.setup_of(GUILD_A)).routes] == [(CH_A1, None)]


async def test_setting_the_same_route_twice_keeps_one_row(store: Store) -> None:
    service = RouteService(store)
    await service.set_channel(GUILD_A, CH_A1, None)
    await service.set_channel(GUILD_A, CH_A1, None)
    assert len(await store.list_routes(GUILD_A)) == 1


async def test_setting_a_disabled_route_again_re_enables_it(store: Store) -> None:
    service = RouteService(store)
    await service.set_channel(GUILD_A, CH_A1, "bts")
    await store.disable_routes(GUILD_A, CH_A1, "Missing Access")
    assert (await store.list_routes(GUILD_A))[0].disabled
    await service.set_channel(GUILD_A, CH_A1, "bts")
    assert not (await store.list_routes(GUILD_A))[0].disabled


async def test_unknown_artist_is_refused_with_a_short_message(store: Store) -> None:
    with pytest.raises(SetupError, match="Unknown artist 'jungkok'"):
        await RouteService(store, roster=roster()).set_channel(GUILD_A, CH_A1, "jungkok")


async def test_removing_a_missing_route_says_so(store: Store) -> None:
    with pytest.raises(SetupError, match="not set up"):
        await RouteService(store).remove_channel(GUILD_A, CH_A1, None)


async def test_route_count_per_guild_is_capped(store: Store) -> None:
    service = RouteService(store, max_routes_per_guild=2)
    await service.set_channel(GUILD_A, 1, None)
    await service.set_channel(GUILD_A, 2, None)
    with pytest.raises(SetupError, match="already has 2"):
        await service.set_channel(GUILD_A, 3, None)
    await service.set_channel(GUILD_B, 3, None)  # another server's cap is its own


async def test_role_pings_are_set_listed_and_removed(store: Store) -> None:
    service = RouteService(store, roster=roster())
    await service.set_role_ping(GUILD_A, 55, "bts")
    await service.set_role_ping(GUILD_A, 55, "bts")
    assert [(p.role_id, p.artist_id) for p in (await service.setup_of(GUILD_A)).role_pings] == [(55, "bts")]
    await service.remove_role_ping(GUILD_A, 55, "bts")
    assert (await service.setup_of(GUILD_A)).role_pings == ()


async def test_one_guild_cannot_see_or_change_another_guilds_routes(store: Store) -> None:
    service = RouteService(store)
    await service.set_channel(GUILD_A, CH_A1, None)
    await service.set_role_ping(GUILD_A, 55, "bts")
    assert (await service.setup_of(GUILD_B)).routes == ()
    assert (await service.setup_of(GUILD_B)).role_pings == ()
    with pytest.raises(SetupError):
        await service.remove_channel(GUILD_B, CH_A1, None)
    with pytest.raises(SetupError):
        await service.remove_role_ping(GUILD_B, 55, "bts")
    assert await store.disable_routes(GUILD_B, CH_A1, "x") == 0
    assert len((await service.setup_of(GUILD_A)).routes) == 1
    assert not (await store.list_routes(GUILD_A))[0].disabled


async def test_routing_rows_only_return_allowed_guilds(store: Store) -> None:
    await store.set_route(GUILD_A, CH_A1, None)
    await store.set_route(GUILD_B, CH_B1, "jungkook")
    rows = await store.routing_rows(["jungkook", "bts"], {GUILD_B})
    assert [r.guild_id for r in rows.routes] == [GUILD_B]
    rows = await store.routing_rows(["jennie"], None)
    assert [r.guild_id for r in rows.routes] == [GUILD_A]


async def test_subscribe_changes_delivery_instead_of_adding_a_second_row(store: Store) -> None:
    subs = Subscriptions(store, roster=roster())
    assert await subs.subscribe(7, GUILD_A, "bts", "dm") is True
    assert await subs.subscribe(7, GUILD_A, "bts", "mention") is False
    assert [(s.artist_id, s.delivery) for s in await subs.list(7, GUILD_A)] == [("bts", "mention")]


async def test_subscriptions_are_per_server_and_per_dm(store: Store) -> None:
    subs = Subscriptions(store)
    await subs.subscribe(7, GUILD_A, "bts", "dm")
    await subs.subscribe(7, None, "jennie", "dm")
    assert [s.artist_id for s in await subs.list(7, GUILD_B)] == []
    assert [s.guild_id for s in await subs.list(7, None)] == [None]
    with pytest.raises(SetupError, match="not subscribed"):
        await subs.unsubscribe(7, GUILD_B, "bts")
    await subs.unsubscribe(7, GUILD_A, "bts")
    assert await subs.list(7, GUILD_A) == []


async def test_mention_subscription_needs_a_server(store: Store) -> None:
    with pytest.raises(SetupError, match="in a server"):
        await Subscriptions(store).subscribe(7, None, "bts", "mention")


async def test_subscription_count_per_user_is_capped(store: Store) -> None:
    subs = Subscriptions(store, max_per_user=1)
    await subs.subscribe(7, GUILD_A, "bts", "dm")
    with pytest.raises(SetupError, match="already have 1"):
        await subs.subscribe(7, GUILD_A, "jennie", "dm")
    await subs.subscribe(7, GUILD_A, "bts", "mention")  # changing an existing one is fine
