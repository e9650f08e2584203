"""pytest plugin: a started fake Discord with a small default server, and a way to run a real
discord.py bot against it. List this module in `pytest_plugins` of the root tests/conftest.py.

    async def test_something(fake_discord, fake_world, start_bot):
        bot = await start_bot(make_bot())          # any discord.Client / commands.Bot
        handle = await fake_discord.invoke_command(
            fake_world.guild.id, fake_world.channel.id, fake_world.member.id, "ping")
        assert handle.content == "pong"
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import discord
import pytest
import pytest_asyncio
from discord.ext import commands

from .client import running_bot
from .model import MANAGE_GUILD, FakeChannel, FakeGuild, FakeMember, FakeRole, FakeUser
from .server import FakeDiscord

ClientT = TypeVar("ClientT", bound=discord.Client)
StartBot = Callable[[ClientT], Awaitable[ClientT]]


@dataclass
class FakeWorld:
    """The default server every `fake_discord` starts with."""

    guild: FakeGuild
    channel: FakeChannel
    admin: FakeUser  # has a role with Manage Server
    member: FakeUser  # a plain member
    mod_role: FakeRole
    bot: FakeUser

    @property
    def admin_member(self) -> FakeMember:
        return self.guild.members[self.admin.id]


def build_default_world(fake: FakeDiscord) -> FakeWorld:
    guild = fake.add_guild("Bias Lounge")
    channel = fake.add_text_channel(guild, "general")
    mod_role = fake.add_role(guild, "Mods", permissions=MANAGE_GUILD)
    admin = fake.add_user("mod_minji")
    member = fake.add_user("fan_haerin")
    fake.add_member(guild, admin, roles=[mod_role])
    fake.add_member(guild, member)
    return FakeWorld(guild=guild, channel=channel, admin=admin, member=member, mod_role=mod_role, bot=fake.bot_user)


@pytest_asyncio.fixture
async def fake_discord(discord_error_logs: list[logging.LogRecord]) -> AsyncIterator[FakeDiscord]:
    """A started fake Discord on 127.0.0.1 holding the default world (see `fake_world`). Any test
    using it also fails on ERROR records from `discord.*` loggers (see `discord_error_logs`)."""
    fake = FakeDiscord()
    fake.world = build_default_world(fake)
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()


@pytest.fixture
def fake_world(fake_discord: FakeDiscord) -> FakeWorld:
    world = fake_discord.world
    assert isinstance(world, FakeWorld)
    return world


class _ErrorCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def discord_error_logs() -> Iterator[list[logging.LogRecord]]:
    """Fails the test at teardown if any `discord.*` logger logged at ERROR or above: discord.py only
    logs app-command errors, failed event handlers and view callbacks, it never raises them. A test
    that expects such a record removes it from the yielded list."""
    collector = _ErrorCollector()
    logger = logging.getLogger("discord")
    logger.addHandler(collector)
    try:
        yield collector.records
    finally:
        logger.removeHandler(collector)
    if collector.records:
        formatter = logging.Formatter("%(name)s: %(message)s")
        text = "\n".join(
            formatter.format(r) + (("\n" + formatter.formatException(r.exc_info)) if r.exc_info else "")
            for r in collector.records
        )
        pytest.fail(f"discord.* logged {len(collector.records)} error(s):\n{text}", pytrace=False)


@pytest_asyncio.fixture
async def start_bot(fake_discord: FakeDiscord) -> AsyncIterator[Callable[[Any], Awaitable[Any]]]:
    """`bot = await start_bot(bot)`: runs the real client against `fake_discord` until teardown,
    waiting until it is ready (logged in, IDENTIFYed, guilds received)."""
    async with contextlib.AsyncExitStack() as stack:

        async def start(bot: ClientT, *, ready_timeout: float = 5.0) -> ClientT:
            return await stack.enter_async_context(
                running_bot(
                    bot,
                    api_base=fake_discord.api_base,
                    gateway_url=fake_discord.gateway_url,
                    token=fake_discord.token,
                    ready_timeout=ready_timeout,
                )
            )

        yield start


def make_test_bot(*, intents: discord.Intents | None = None, **options: Any) -> commands.Bot:
    """A `commands.Bot` with test-friendly options (no prefix commands, short guild wait)."""
    options.setdefault("guild_ready_timeout", 0.05)
    return commands.Bot(
        command_prefix=commands.when_mentioned,
        intents=intents or discord.Intents.default(),
        help_command=None,
        **options,
    )
