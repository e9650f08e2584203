"""The Discord layer's own rules, without a server: embed limits, escaping, error mapping, endpoints, sync hash."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import aiohttp
import discord
import pytest
import yarl
from discord import app_commands

from bot.alerts import Alert, SourceLink, render_embed
from bot.config import Config, StorageConfig
from bot.delivery import PermanentDeliveryError, TemporaryDeliveryError
from bot.models import ArtistRef
from bot.services import open_services
from bot.store import InteractionRow
from cogs.alerts import allowed_mentions_for, classify_error, embed_from_spec
from cogs.artists import unknown_message
from cogs.client import BiasBot, point_at
from cogs.errors import NOT_MANAGER_MESSAGE, NotServerManager, UserFacingError, message_for
from cogs.rendering import TOTAL_LIMIT, fit_embed, paginate_entries, timeline_entry


def _http_error(cls: type[discord.HTTPException], status: int, code: int) -> discord.HTTPException:
    response: Any = SimpleNamespace(status=status, reason="x", headers={})
    return cls(response, {"code": code, "message": "refused"})


def _limits_ok(embed: discord.Embed) -> None:
    assert len(embed) <= TOTAL_LIMIT
    assert len(embed.title or "") <= 256 and len(embed.description or "") <= 4096
    assert len(embed.fields) <= 25
    for f in embed.fields:
        assert len(f.name or "") <= 256 and len(f.value or "") <= 1024


def test_fit_embed_brings_an_oversized_embed_within_discord_limits() -> None:
    embed = discord.Embed(title="t" * 400, description="d" * 5000)
    for i in range(30):
        embed.add_field(name=f"n{i}" * 100, value="v" * 2000)
    embed.set_footer(text="f" * 3000)

    _limits_ok(fit_embed(embed))


def test_alert_embed_of_a_huge_story_respects_limits() -> None:
    alert = Alert(
        story_id=1, group_id=1, title="T " * 500, summary="S " * 5000, artists=tuple(f"Artist {i}" for i in range(400)),
        artist_ids=(), interaction="A ↔ B · met · in person", source_name="site.example",
        url="https://site.example/x", date="2026-11-20",
        also_reported_by=tuple(SourceLink(f"other{i}.example", f"https://other{i}.example/s") for i in range(200)),
    )

    _limits_ok(embed_from_spec(render_embed(alert)))


def test_allowed_mentions_name_exactly_the_intended_roles_and_users() -> None:
    assert dict(allowed_mentions_for((11,), (22, 33)).to_dict()) == {"parse": [], "roles": [11], "users": [22, 33]}
    assert dict(allowed_mentions_for((), ()).to_dict()) == {"parse": [], "roles": [], "users": []}


@pytest.mark.parametrize(("error", "kind", "expected", "disable"), [
    (_http_error(discord.Forbidden, 403, 50013), "channel", PermanentDeliveryError, True),
    (_http_error(discord.Forbidden, 403, 50001), "channel", PermanentDeliveryError, True),
    (_http_error(discord.Forbidden, 403, 50007), "dm", PermanentDeliveryError, False),
    (_http_error(discord.NotFound, 404, 10003), "channel", PermanentDeliveryError, True),
    (_http_error(discord.NotFound, 404, 10013), "dm", PermanentDeliveryError, False),
    (_http_error(discord.DiscordServerError, 503, 0), "channel", TemporaryDeliveryError, False),
    (_http_error(discord.HTTPException, 429, 0), "channel", TemporaryDeliveryError, False),
    (_http_error(discord.HTTPException, 400, 50035), "channel", PermanentDeliveryError, False),
    (discord.RateLimited(12.5), "channel", TemporaryDeliveryError, False),
    (aiohttp.ClientConnectionError(), "dm", TemporaryDeliveryError, False),
    (TimeoutError(), "channel", TemporaryDeliveryError, False),
])
def test_discord_failures_map_to_the_outbox_vocabulary(
    error: Exception, kind: str, expected: type[Exception], disable: bool
) -> None:
    mapped = classify_error(error, kind=kind)

    assert isinstance(mapped, expected)
    if isinstance(mapped, PermanentDeliveryError):
        assert mapped.disable_route is disable


def test_rate_limit_keeps_its_retry_after() -> None:
    mapped = classify_error(discord.RateLimited(12.5), kind="channel")

    assert isinstance(mapped, TemporaryDeliveryError) and mapped.retry_after == 12.5


def test_point_at_redirects_rest_and_gateway_and_undo_restores() -> None:
    base, gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    undo = point_at("http://127.0.0.1:9/", "ws://127.0.0.1:9/gw")
    try:
        assert discord.http.Route.BASE == "http://127.0.0.1:9/api/v10"
        assert yarl.URL("ws://127.0.0.1:9/gw") == discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
        assert discord.http.Route("GET", "/users/@me").url == "http://127.0.0.1:9/api/v10/users/@me"
    finally:
        undo()
    assert (base, gateway) == (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)


def test_point_at_keeps_a_versioned_base() -> None:
    undo = point_at("http://proxy.internal/api/v10", None)
    try:
        assert discord.http.Route.BASE == "http://proxy.internal/api/v10"
    finally:
        undo()


def _row(evidence: str, *, a: str = "jungkook", b: str = "jennie", directed: bool = False) -> InteractionRow:
    return InteractionRow(
        id=1, story_id=1, a=ArtistRef(a, a.title(), "member"), b=ArtistRef(b, b.title(), "member"),
        types=("meet",), platform="in_person", headline=True, directed=directed, evidence=evidence,
        occurred=datetime(2026, 11, 20, tzinfo=UTC), story_title="A *title*", story_url="https://x.example/a",
        story_source="file:x",
    )


def test_timeline_entry_shows_the_other_artist_and_cannot_ping() -> None:
    text = timeline_entry(_row("They met @everyone <@&123> **wow**"), ["jungkook"])

    assert text.startswith("`2026-11-20` · with **Jennie** · met · in person")
    assert "@everyone" not in text and "<@&123>" not in text
    assert "\\*\\*wow\\*\\*" in text
    assert "[A \\*title\\*](https://x.example/a)" in text


def test_timeline_entry_of_two_other_artists_points_from_the_actor() -> None:
    text = timeline_entry(_row("Jungkook followed Jennie.", directed=True), ["bts"])

    assert text.startswith("`2026-11-20` · **Jungkook** → **Jennie**")


def test_timeline_entry_of_an_undirected_pair_has_the_double_arrow() -> None:
    text = timeline_entry(_row("They met."), ["bts"])

    assert text.startswith("`2026-11-20` · **Jungkook** ↔ **Jennie**")


def test_pages_hold_at_most_five_entries_and_fit_an_embed() -> None:
    pages = paginate_entries(["x" * 1500] * 12, per_page=5)

    assert all(len(p) <= 5 and sum(len(e) + 2 for e in p) <= 4096 for p in pages)
    assert sum(len(p) for p in pages) == 12


def test_unknown_artist_message_offers_the_best_suggestion() -> None:
    assert unknown_message("jungkok", ["Jungkook", "Jungwon"]) == "Unknown artist 'jungkok' — did you mean Jungkook?"
    assert unknown_message("@everyone", []) == "Unknown artist '@\u200beveryone'."


def test_error_messages_for_users_are_short_and_safe() -> None:
    assert message_for(NotServerManager(NOT_MANAGER_MESSAGE)) == NOT_MANAGER_MESSAGE
    assert message_for(UserFacingError("Unknown artist 'x'.")) == "Unknown artist 'x'."
    assert "/secret" not in message_for(app_commands.AppCommandError("db path /secret"))


async def test_command_tree_hash_is_stable_and_changes_with_the_tree(tmp_path: Path) -> None:
    services = await open_services(Config(storage=StorageConfig(database=tmp_path / "db.sqlite3")))
    try:
        first, second = BiasBot(services), BiasBot(services)
        for bot in (first, second):
            for name in ("cogs.interactions", "cogs.subscriptions", "cogs.admin"):
                await bot.load_extension(name)
        assert first.command_tree_hash() == second.command_tree_hash()

        @app_commands.command(name="extra", description="x")
        async def extra(interaction: discord.Interaction[Any]) -> None:
            """Stand-in for a new command in a later release."""

        second.tree.add_command(extra)
        assert first.command_tree_hash() != second.command_tree_hash()
    finally:
        await services.aclose()


async def test_close_gives_up_on_a_background_task_that_ignores_cancellation(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    services = await open_services(Config(storage=StorageConfig(database=tmp_path / "db.sqlite3")))
    release = asyncio.Event()

    async def stubborn() -> None:
        while not release.is_set():
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                continue  # the kind of bug close() must survive

    try:
        bot = BiasBot(services, close_timeout=0.2)
        bot.tasks["stubborn"] = asyncio.create_task(stubborn(), name="stubborn")
        await asyncio.wait_for(bot.close(), timeout=5)
        assert "background task stubborn did not stop" in caplog.text
    finally:
        release.set()
        await services.aclose()
