"""The Discord client: composition of the services into a running bot.

``BiasBot`` gets every service from the composition root (``bot.cli``) instead of building them, so tests
run the very same object against a local fake Discord with a temporary database. Everything that must
happen once per process (loading cogs, command sync, starting background tasks) happens in
``setup_hook``; ``on_ready`` fires again on every reconnect and therefore does nothing heavy.

Public API (for ``bot.cli`` and tests)::

    point_at(api_base, gateway_url) -> Callable[[], None]     # returns an undo function
    BiasBot(services, *, outbox=None, routes=None, subscriptions=None, guild_feeds=None, background=(),
            on_start=None, force_sync=False, identify_delay=5.0, extensions=EXTENSIONS, wire_ingest=True,
            outbox_idle=30.0, **client_options)          # builds DiscordSink + Outbox unless given
    bot.feed_change_hooks: list[async () -> None]         # run after /feeds add|remove
    await bot.sync_commands(force=False) -> bool              # True when a sync was sent
    await run_discord(services, token, *, on_start=None, **bot_options) -> int   # `biasbot run`, token set
    await sync_commands(services, token) -> int                   # `biasbot sync-commands`
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import re
import signal
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

import discord
import yarl
from discord.ext import commands

from bot.delivery import Outbox
from bot.guildfeeds import GuildFeeds
from bot.routing import RouteService
from bot.runner import PipelineRunner
from bot.subscriptions import Subscriptions
from cogs.alerts import DiscordSink
from cogs.artists import ArtistDirectory
from cogs.errors import BiasTree

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger(__name__)

COMMAND_EXTENSIONS: tuple[str, ...] = ("cogs.interactions", "cogs.subscriptions", "cogs.admin")
EXTENSIONS: tuple[str, ...] = (*COMMAND_EXTENSIONS, "cogs.alerts")
COMMAND_HASH_META = "discord.command_tree_hash"

_VERSIONED = re.compile(r"/v\d+$")


def point_at(api_base: str | None, gateway_url: str | None) -> Callable[[], None]:
    """Send discord.py's REST and gateway traffic to another server (a REST proxy, or the tests' fake).

    discord.py builds every REST URL (interaction callbacks and webhooks included) from the class attribute
    ``discord.http.Route.BASE`` and opens its first gateway connection at
    ``DiscordWebSocket.DEFAULT_GATEWAY``; neither is per client, so this is process-wide. ``api_base`` may
    name the versioned root (``http://host/api/v10``) or the host alone (``/api/v10`` is then added).
    Returns a function that restores the previous targets.
    """
    previous_base = discord.http.Route.BASE
    previous_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    if api_base:
        base = api_base.rstrip("/")
        if not _VERSIONED.search(base):
            base += f"/api/v{discord.http.INTERNAL_API_VERSION}"
        discord.http.Route.BASE = base
    if gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)
    if api_base or gateway_url:
        log.info("Discord endpoints: REST %s, gateway %s",
                 discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)

    def undo() -> None:
        discord.http.Route.BASE = previous_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = previous_gateway

    return undo


class InteractionTokenRedactor(logging.Filter):
    """Blanks interaction tokens in discord.py's DEBUG lines (webhook URLs and INTERACTION_CREATE payloads).

    An interaction token lets whoever holds it answer or edit the bot's replies for 15 minutes, so it has no
    place in a log file that operators share when asking for help. (The bot token is never logged at all.)
    """

    _PATTERNS = (
        (re.compile(r"(/(?:interactions|webhooks)/\d+/)[A-Za-z0-9_.\-]+"), r"\1<redacted>"),
        (re.compile(r"""(['"]token['"]\s*:\s*['"])[^'"]+"""), r"\1<redacted>"),
    )

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except Exception:  # a broken record is the logging module's business, not ours
            return True
        redacted = text
        for pattern, replacement in self._PATTERNS:
            redacted = pattern.sub(replacement, redacted)
        if redacted != text:
            record.msg, record.args = redacted, None
        return True


_REDACTOR = InteractionTokenRedactor()
_REDACTED_LOGGERS = ("discord.gateway", "discord.webhook.async_", "discord.http")


def install_log_redaction() -> None:
    """Idempotent: attach the redactor to the discord.py loggers that print interaction tokens."""
    for name in _REDACTED_LOGGERS:
        logger = logging.getLogger(name)
        if _REDACTOR not in logger.filters:
            logger.addFilter(_REDACTOR)


BackgroundJob = tuple[str, Callable[[], Coroutine[Any, Any, None]]]


class BiasBot(commands.Bot):
    """The bot. Intents: guilds only (no privileged intents; DMs are sent over REST)."""

    def __init__(
        self,
        services: Services,
        *,
        outbox: Outbox | None = None,
        routes: RouteService | None = None,
        subscriptions: Subscriptions | None = None,
        guild_feeds: GuildFeeds | None = None,
        background: Sequence[BackgroundJob] = (),
        on_start: Callable[[BiasBot], Awaitable[None]] | None = None,
        force_sync: bool = False,
        identify_delay: float = 5.0,
        extensions: Sequence[str] = EXTENSIONS,
        wire_ingest: bool = True,
        outbox_idle: float = 30.0,
        close_timeout: float = 10.0,
        **options: Any,
    ) -> None:
        install_log_redaction()
        intents = discord.Intents.none()
        intents.guilds = True
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            tree_cls=BiasTree,
            help_command=None,
            allowed_mentions=discord.AllowedMentions.none(),
            # A long rate limit raises RateLimited instead of blocking: the outbox then backs off by itself.
            max_ratelimit_timeout=options.pop("max_ratelimit_timeout", 30.0),
            **options,
        )
        self.services = services
        cfg = services.config
        self.routes = routes or RouteService(services.store, roster=services.roster)
        self.subscriptions = subscriptions or Subscriptions(services.store, roster=services.roster)
        self.guild_feeds = guild_feeds or GuildFeeds(
            services.store, max_per_guild=cfg.discord.max_feeds_per_guild,
            operator_feeds=[f.url for f in cfg.feeds],
        )
        self.artists = ArtistDirectory(services.roster, services.store, guild_feeds=self.guild_feeds)
        self.sink = DiscordSink(self)
        self.outbox: Outbox = outbox or Outbox(
            services.store, self.sink, roster=services.roster, guild_feeds=self.guild_feeds,
            operator_feeds=[f.url for f in cfg.feeds], per_story_limit=cfg.discord.alerts_per_story_limit,
        )
        self.outbox_idle = outbox_idle
        #: How long close() waits for background tasks to end after cancelling them.
        self.close_timeout = close_timeout
        self._wire_ingest = wire_ingest
        #: Called after a server adds or removes a feed (the pipeline reschedules its feed jobs).
        self.feed_change_hooks: list[Callable[[], Awaitable[None]]] = []
        self._background_jobs = tuple(background)
        self._on_start = on_start
        self._force_sync = force_sync
        self._identify_delay = identify_delay
        self._extensions = tuple(extensions)
        self.tasks: dict[str, asyncio.Task[None]] = {}
        self.synced: bool | None = None  # result of the start-up sync, for tests and logs
        self.task_failures: list[tuple[str, BaseException]] = []

    # -- lifecycle --

    async def setup_hook(self) -> None:
        if self._wire_ingest:
            self.services.ingestor.add_listener(self.outbox.on_new_story)
        for name in self._extensions:
            await self.load_extension(name)
        try:
            self.synced = await self.sync_commands(force=self._force_sync)
        except discord.HTTPException as exc:
            if self._force_sync:
                raise
            # The commands synced last time keep working; the next start tries again (hash not stored).
            log.error("command sync failed (%s %s); keeping the previously synced commands", exc.status, exc.text)
            self.synced = False
        for name, factory in self._background_jobs:
            self.start_task(name, factory())
        if self._on_start is not None:
            await self._on_start(self)

    async def feeds_changed(self) -> None:
        for hook in self.feed_change_hooks:
            try:
                await hook()
            except Exception:
                log.exception("feed-change hook failed")

    def start_task(self, name: str, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        """Run a long-lived job; keep the reference (asyncio only holds weak ones) and log its failure."""
        task = asyncio.create_task(coro, name=f"biasbot:{name}")
        self.tasks[name] = task
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[None]) -> None:
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            self.task_failures.append((task.get_name(), exc))
            log.error("background task %s failed", task.get_name(), exc_info=(type(exc), exc, exc.__traceback__))

    async def close(self) -> None:
        tasks = list(self.tasks.values())
        for task in tasks:
            task.cancel()
        if tasks:
            # Bounded: a task that ignores its cancellation must not keep the bot from shutting down.
            _done, stuck = await asyncio.wait(tasks, timeout=self.close_timeout)
            for task in stuck:
                log.error("background task %s did not stop within %ss; leaving it", task.get_name(),
                          self.close_timeout)
        self.tasks.clear()
        await super().close()

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        # discord.py waits 5 s before every re-identify (the gateway's identify rate limit); tests shorten it.
        if not initial and self._identify_delay > 0:
            await asyncio.sleep(self._identify_delay)

    async def on_ready(self) -> None:
        # Fires on every reconnect: log only.
        user = self.user
        log.info("connected to Discord as %s (%s guilds)", user.name if user else "?", len(self.guilds))

    # -- command sync --

    def command_tree_hash(self, guild: discord.abc.Snowflake | None = None) -> str:
        """A hash of exactly what a sync would send, so an unchanged tree is never re-synced."""
        payload = sorted(
            (command.to_dict(self.tree) for command in self.tree.get_commands(guild=guild)),
            key=lambda item: (str(item.get("type")), str(item.get("name"))),
        )
        text = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    async def sync_commands(self, *, force: bool = False) -> bool:
        """Sync the tree when it changed since the last sync (hash kept in the database) or when forced.

        With ``[discord] dev_guild_id`` the commands go to that server only (instant updates while
        developing); otherwise they are global.
        """
        store = self.services.store
        guild_id = self.services.config.discord.dev_guild_id
        guild = discord.Object(id=guild_id) if guild_id else None
        if guild is not None:
            self.tree.copy_global_to(guild=guild)
        scope = f"guild:{guild_id}" if guild_id else "global"
        key = f"{COMMAND_HASH_META}:{self.application_id}:{scope}"
        digest = self.command_tree_hash(guild)
        if not force and await store.get_meta(key) == digest:
            log.info("command tree unchanged (%s); not syncing", scope)
            return False
        synced = await self.tree.sync(guild=guild)
        await store.set_meta(key, digest)
        log.info("synced %d commands (%s)", len(synced), scope)
        return True


async def _start_pipeline(runner: PipelineRunner, bot: BiasBot) -> None:
    """``on_start`` for ``biasbot run``: the same seeds watcher and feed scheduler as local mode."""
    for report in await runner.start():
        if report.error is None:
            log.info("ingested %s", report.line())
    bot.feed_change_hooks.append(runner.refresh_feeds)


async def run_discord(
    services: Services,
    token: str,
    *,
    on_start: Callable[[BiasBot], Awaitable[None]] | None = None,
    **bot_options: Any,
) -> int:
    """``biasbot run`` with a token: connect, serve until cancelled or interrupted; returns an exit code.

    ``on_start`` replaces the default :class:`PipelineRunner` start (seeds watcher and feed scheduler);
    ``bot_options`` go to :class:`BiasBot` (tests shorten its waits).
    """
    discord_cfg = services.config.discord
    undo = point_at(discord_cfg.api_base, discord_cfg.gateway_url)
    pipeline = PipelineRunner(services) if on_start is None else None
    try:
        bot = BiasBot(services, on_start=on_start or (partial(_start_pipeline, pipeline) if pipeline else None),
                      **bot_options)
        loop = asyncio.get_running_loop()
        closing: set[asyncio.Task[None]] = set()

        def shut_down() -> None:
            # SIGTERM / Ctrl-C: close the gateway and let the pipeline stop in the finally below.
            task = loop.create_task(bot.close())
            closing.add(task)
            task.add_done_callback(closing.discard)

        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, shut_down)
        async with bot:
            try:
                await bot.start(token)
            except discord.LoginFailure:
                log.error("Discord refused the token in $%s", discord_cfg.token_env)
                return 1
            except discord.PrivilegedIntentsRequired:
                log.error("Discord refused the gateway intents")
                return 1
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                asyncio.get_running_loop().remove_signal_handler(sig)
        if pipeline is not None:
            await pipeline.stop()
        undo()
    return 0


async def sync_commands(services: Services, token: str) -> int:
    """``biasbot sync-commands``: log in over REST only, force a sync, leave; returns an exit code."""
    discord_cfg = services.config.discord
    undo = point_at(discord_cfg.api_base, discord_cfg.gateway_url)
    try:
        bot = BiasBot(services, force_sync=True, wire_ingest=False, extensions=COMMAND_EXTENSIONS)
        async with bot:
            try:
                await bot.login(token)  # login runs setup_hook, which loads the cogs and syncs
            except discord.LoginFailure:
                log.error("Discord refused the token in $%s", discord_cfg.token_env)
                return 1
            except discord.HTTPException as exc:
                log.error("command sync failed: %s %s", exc.status, exc.text)
                return 1
            print(f"synced {len(bot.tree.get_commands())} commands"
                  + (f" to guild {discord_cfg.dev_guild_id}" if discord_cfg.dev_guild_id else " globally"))
    finally:
        undo()
    return 0
