"""A local fake of Discord's REST API and gateway for end-to-end tests with the real discord.py client."""

from __future__ import annotations

from .client import point_discord_at, running_bot
from .interactions import InteractionHandle
from .model import FakeChannel, FakeDiscordUsageError, FakeGuild, FakeMember, FakeMessage, FakeRole, FakeUser
from .server import FakeDiscord, RecordedRequest

__all__ = [
    "FakeChannel",
    "FakeDiscord",
    "FakeDiscordUsageError",
    "FakeGuild",
    "FakeMember",
    "FakeMessage",
    "FakeRole",
    "FakeUser",
    "InteractionHandle",
    "RecordedRequest",
    "point_discord_at",
    "running_bot",
]
