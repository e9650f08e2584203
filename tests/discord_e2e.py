"""The end-to-end bench for the Discord scenarios: the real pipeline and the real bot against the fake Discord.

A :class:`Bench` owns one temporary deployment: a copy of ``seeds/`` (each file given a ``url:`` header so
timeline entries have links), a real SQLite database in ``tmp_path``, the services built by
``bot.services.open_services`` and a :class:`cogs.client.BiasBot` connected to the fake. ``kill()`` drops the
bot and closes the database the way a crash would leave them, ``start()`` brings up a fresh process' worth
of objects on the same files.

Registered as a pytest plugin in ``tests/conftest.py`` (with ``tests.fake_discord.fixtures``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest_asyncio

from bot.config import Config, DiscordConfig, SeedsConfig, StorageConfig
from bot.ingest import SourceReport
from bot.services import Services, open_services
from cogs.client import BiasBot
from tests.fake_discord.client import running_bot
from tests.fake_discord.fixtures import FakeWorld
from tests.fake_discord.interactions import InteractionHandle
from tests.fake_discord.model import FakeMessage, FakeUser
from tests.fake_discord.server import FakeDiscord

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def seed_url(stem: str) -> str:
    return f"https://stories.example/{stem}"


@dataclass
class Bench:
    fake: FakeDiscord
    world: FakeWorld
    tmp: Path
    seeds: Path = field(init=False)
    config: Config = field(init=False)
    services: Services | None = None
    bot: BiasBot | None = None
    _stack: contextlib.AsyncExitStack | None = None

    def __post_init__(self) -> None:
        self.seeds = self.tmp / "seeds"
        self.seeds.mkdir()
        for path in sorted(SEEDS.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            (self.seeds / path.name).write_text(f"url: {seed_url(path.stem)}\n\n{text}", encoding="utf-8")
        self.config = Config(
            storage=StorageConfig(database=self.tmp / "biasbot.sqlite3"),
            seeds=SeedsConfig(path=self.seeds, watch=False),
            discord=DiscordConfig(api_base=self.fake.api_base, gateway_url=self.fake.gateway_url),
        )

    # -- lifecycle --

    async def open(self) -> Services:
        if self.services is None:
            self.services = await open_services(self.config)
        return self.services

    async def ingest_seeds(self) -> SourceReport:
        services = await self.open()
        return await services.ingestor.ingest_folder(self.seeds)

    async def start(self, **options: Any) -> BiasBot:
        """Connect a new bot (a new process' worth of objects) to the fake, with the current database."""
        services = await self.open()
        options.setdefault("identify_delay", 0.0)
        options.setdefault("guild_ready_timeout", 0.05)
        options.setdefault("outbox_idle", 0.2)
        bot = BiasBot(services, **options)
        self._stack = contextlib.AsyncExitStack()
        await self._stack.enter_async_context(
            running_bot(bot, api_base=self.fake.api_base, gateway_url=self.fake.gateway_url, token=self.fake.token)
        )
        self.bot = bot
        return bot

    async def kill(self) -> None:
        """Stop the bot and close the database, as a crash or restart would."""
        if self._stack is not None:
            stack, self._stack = self._stack, None
            await stack.aclose()
        self.bot = None
        if self.services is not None:
            services, self.services = self.services, None
            await services.aclose()

    # -- acting --

    async def add_story(self, name: str, *, title: str, body: str, url: str | None = None,
                        date: str = "2026-11-20") -> SourceReport:
        """Drop a story file into the seeds folder and ingest it, as the seeds watcher would."""
        header = [f"title: {title}", f"date: {date}"]
        if url:
            header.insert(0, f"url: {url}")
        (self.seeds / name).write_text("\n".join(header) + "\n\n" + body + "\n", encoding="utf-8")
        services = await self.open()
        return await services.ingestor.ingest_files(self.seeds, [self.seeds / name], label=name)

    async def command(self, user: FakeUser, name: str, *, guild_id: int | None = None,
                      channel_id: int | None = None, **kw: Any) -> InteractionHandle:
        guild = self.world.guild.id if guild_id is None else guild_id
        channel = self.world.channel.id if channel_id is None else channel_id
        return await self.fake.invoke_command(guild, channel, user.id, name, **kw)

    async def wait_messages(self, channel_id: int, count: int, within: float = 5.0) -> list[FakeMessage]:
        await self.fake.wait_until(lambda: len(self.fake.channel_log(channel_id)) >= count, within,
                                   f"{count} message(s) in channel {channel_id}")
        return self.fake.channel_log(channel_id)

    async def wait_dms(self, user_id: int, count: int, within: float = 5.0) -> list[FakeMessage]:
        await self.fake.wait_until(lambda: len(self.fake.dm_log(user_id)) >= count, within,
                                   f"{count} DM(s) to user {user_id}")
        return self.fake.dm_log(user_id)

    async def outbox_idle(self, within: float = 5.0) -> None:
        """Wait until no delivery is pending any more (sent, failed or dead)."""
        services = await self.open()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while any(r.status == "pending" for r in await services.store.list_deliveries()):
            if loop.time() > deadline:
                raise AssertionError("the outbox still has pending deliveries")
            await asyncio.sleep(0.02)


@pytest_asyncio.fixture
async def bench(fake_discord: FakeDiscord, fake_world: FakeWorld, tmp_path: Path) -> AsyncIterator[Bench]:
    """Seeds ingested (as backlog), bot not yet started: call ``await bench.start()``."""
    b = Bench(fake=fake_discord, world=fake_world, tmp=tmp_path)
    try:
        await b.ingest_seeds()
        yield b
    finally:
        await b.kill()
