"""Pointing the real discord.py client at another Discord (the fake, or a REST proxy) and running a
bot against it for the length of a test."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar

import discord
import discord.gateway
import discord.http
import yarl

log = logging.getLogger(__name__)

ClientT = TypeVar("ClientT", bound=discord.Client)


def point_discord_at(api_base: str, gateway_url: str) -> Callable[[], None]:
    """Send discord.py's REST and gateway traffic to `api_base` / `gateway_url`; returns an undo.

    Exactly two class attributes decide where discord.py 2.7.1 connects:
    - `discord.http.Route.BASE`: every REST URL, including interaction callbacks and webhook
      (followup) calls, which build the same `Route` (discord/webhook/async_.py).
    - `discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY` (a yarl.URL): a plain Client connects
      there first, and goes back there after an INVALID_SESSION; resumes use the READY
      `resume_gateway_url`. Only AutoShardedClient asks `GET /gateway/bot` for a URL.
    Both are process-wide, which is fine for one bot per process (production) and for tests,
    which restore them with the returned function.
    """
    old_base = discord.http.Route.BASE
    old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    discord.http.Route.BASE = api_base.rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)

    def restore() -> None:
        discord.http.Route.BASE = old_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway

    return restore


async def _no_identify_wait(shard_id: int | None, *, initial: bool = False) -> None:
    """discord.py's default hook sleeps 5 s before every re-IDENTIFY (identify rate limits on the
    real gateway); the fake has no such limit and tests must stay fast."""


@contextlib.asynccontextmanager
async def running_bot(
    bot: ClientT,
    *,
    api_base: str,
    gateway_url: str,
    token: str,
    ready_timeout: float = 5.0,
    guild_ready_timeout: float = 0.05,
) -> AsyncIterator[ClientT]:
    """Start `bot` with `asyncio.create_task(bot.start(token))`, wait until it is ready (READY plus
    every GUILD_CREATE), yield it, then close it and await the task.

    For speed, unless the bot already chose smaller values: the READY → on_ready wait after the
    last GUILD_CREATE (`guild_ready_timeout`, private `bot._connection.guild_ready_timeout`) is
    shortened, and `before_identify_hook` is replaced on the instance by one that does not sleep.
    """
    restore = point_discord_at(api_base, gateway_url)
    state = bot._connection
    if state.guild_ready_timeout > guild_ready_timeout:
        state.guild_ready_timeout = guild_ready_timeout
    if type(bot).before_identify_hook is discord.Client.before_identify_hook:
        bot.before_identify_hook = _no_identify_wait  # type: ignore[method-assign]
    before = asyncio.all_tasks()
    task = asyncio.create_task(bot.start(token), name="fake-discord-bot")
    failed = False
    try:
        try:
            await asyncio.wait_for(_wait_ready(bot, task), ready_timeout)
        except TimeoutError:
            raise AssertionError(f"bot was not ready within {ready_timeout}s") from None
        yield bot
    except BaseException:
        failed = True
        raise
    finally:
        try:
            if not bot.is_closed():
                await bot.close()
            if failed:
                # Start-up or the test already failed: shutdown trouble must not hide why.
                with contextlib.suppress(Exception, asyncio.CancelledError):
                    await asyncio.wait_for(task, 5.0)
            else:
                await asyncio.wait_for(task, 5.0)  # a crash of the bot's main task fails the test here
                await _assert_no_leaked_tasks(before)
        finally:
            restore()


def _owned_by_bot(task: asyncio.Task[Any]) -> bool:
    """Tasks of the fake server and of aiohttp's connection machinery are not the bot's."""
    code = getattr(task.get_coro(), "cr_code", None)
    filename = code.co_filename if code is not None else ""
    return not any(part in filename for part in (f"{os.sep}aiohttp{os.sep}", f"{os.sep}fake_discord{os.sep}"))


async def _assert_no_leaked_tasks(before: set[asyncio.Task[Any]], grace: float = 0.5) -> None:
    """After `close()`, nothing the bot started may still run (a leaked task outlives the test and
    fails later, in another test's event loop)."""
    current = asyncio.current_task()
    # discord.py's own View timeout timers survive Client.close() (harmless when the process exits);
    # stop them here rather than count them as the bot's leak.
    timers = [
        t
        for t in asyncio.all_tasks() - before
        if not t.done() and "__timeout_task_impl" in getattr(t.get_coro(), "__qualname__", "")
    ]
    for timer in timers:
        timer.cancel()
    if timers:
        await asyncio.wait(timers)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + grace
    while True:
        leaked = [t for t in asyncio.all_tasks() - before if t is not current and not t.done() and _owned_by_bot(t)]
        if not leaked or loop.time() >= deadline:
            break
        await asyncio.wait(leaked, timeout=deadline - loop.time())
    if leaked:
        for t in leaked:
            t.cancel()
        await asyncio.wait(leaked, timeout=1.0)
        names = ", ".join(f"{t.get_name()} ({t.get_coro()!r})" for t in leaked)
        raise AssertionError(f"tasks still running after the bot closed: {names}")


async def _wait_ready(bot: discord.Client, task: asyncio.Task[None]) -> None:
    while not bot.is_ready():
        if task.done():
            task.result()  # re-raises the login/connect failure
            raise AssertionError("bot.start() returned before the bot was ready")
        await asyncio.sleep(0.01)
