"""End to end through the CLI's entry points: ``run_discord`` (``biasbot run`` with a token) and
``sync_commands`` (``biasbot sync-commands``), configured only through ``[discord] api_base``/``gateway_url``."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import discord

from bot.config import Config, DiscordConfig, SeedsConfig, StorageConfig
from bot.services import open_services
from cogs.client import run_discord, sync_commands
from tests.discord_e2e import SEEDS
from tests.fake_discord.fixtures import FakeWorld
from tests.fake_discord.server import FakeDiscord

COMMANDS_ROUTE = "/applications/{application_id}/commands"


def _config(fake: FakeDiscord, tmp_path: Path) -> Config:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in SEEDS.glob("*.txt"):
        (seeds / path.name).write_bytes(path.read_bytes())
    return Config(
        storage=StorageConfig(database=tmp_path / "biasbot.sqlite3"),
        seeds=SeedsConfig(path=seeds, watch=False, rescan_interval=0.5),
        discord=DiscordConfig(api_base=fake.api_base, gateway_url=fake.gateway_url),
    )


async def test_run_discord_serves_commands_and_alerts_new_story_files(
    fake_discord: FakeDiscord, fake_world: FakeWorld, tmp_path: Path
) -> None:
    fake, world = fake_discord, fake_world
    config = _config(fake, tmp_path)
    services = await open_services(config)
    task = asyncio.create_task(run_discord(services, fake.token, guild_ready_timeout=0.05, outbox_idle=0.2))
    try:
        await fake.wait_until(lambda: bool(fake.gateway.live_sessions()) and "alerts" in fake.command_names(),
                              5.0, "the bot to connect and sync")
        handle = await fake.invoke_command(world.guild.id, world.channel.id, world.admin.id, "alerts channel",
                                           options={"channel": world.channel})
        assert handle.content.startswith("Done")
        assert await services.store.count_stories() == 3  # the seeds, as backlog: nothing posted

        (config.seeds.path / "200_new.txt").write_text(
            "url: https://news.example/new\ndate: 2026-11-21\ntitle: Jennie and Jungkook meet again\n\n"
            "BLACKPINK's Jennie met BTS member Jungkook at an awards show in Seoul, and the two talked at length.\n",
            encoding="utf-8",
        )
        await fake.wait_until(lambda: len(fake.channel_log(world.channel.id)) >= 1, 5.0, "the alert")

        assert [m.embeds[0]["title"] for m in fake.channel_log(world.channel.id)] == ["Jennie and Jungkook meet again"]
        assert fake.api_base == discord.http.Route.BASE
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await services.aclose()
    assert fake.api_base != discord.http.Route.BASE  # run_discord restored discord.py's endpoints


async def test_sync_commands_forces_a_sync_without_connecting_to_the_gateway(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    services = await open_services(_config(fake_discord, tmp_path))
    try:
        assert await sync_commands(services, fake_discord.token) == 0
        assert await sync_commands(services, fake_discord.token) == 0
    finally:
        await services.aclose()

    assert fake_discord.count_requests("PUT", COMMANDS_ROUTE) == 2  # forced both times
    assert fake_discord.gateway.identify_count == 0
    assert "interactions" in fake_discord.command_names()


async def test_run_discord_with_a_bad_token_exits_with_an_error(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    services = await open_services(_config(fake_discord, tmp_path))
    try:
        assert await run_discord(services, "not-the-token", guild_ready_timeout=0.05) == 1
    finally:
        await services.aclose()
