"""A small, faithful fake of Discord's REST API and gateway on 127.0.0.1 for end-to-end tests.

The real discord.py client talks to it unchanged (only Route.BASE and the default gateway URL are
pointed here, see client.py). Shapes, status codes and error codes follow the documented API
(https://discord.com/developers/docs); where Discord enforces a rule a bot can trip over (nonce
de-duplication, allowed_mentions, embed limits, permissions, the 3-second interaction deadline,
acknowledging twice) the fake enforces it too, so a bug shows up here and not in production.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from aiohttp import BodyPartReader, web

from .gateway import Gateway
from .interactions import (
    ALLOWED_CALLBACKS,
    APPLICATION_COMMAND,
    APPLICATION_COMMAND_AUTOCOMPLETE,
    APPLICATION_COMMAND_AUTOCOMPLETE_RESULT,
    CHANNEL_MESSAGE_WITH_SOURCE,
    DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE,
    DEFERRED_UPDATE_MESSAGE,
    MESSAGE_COMPONENT,
    MODAL,
    UPDATE_MESSAGE,
    InteractionHandle,
    Resolver,
    build_options,
    check_can_use,
    find_command,
    nest,
)
from .model import (
    ATTACHMENT_SIZE_LIMIT,
    DEFAULT_BOT_PERMISSIONS,
    DEFAULT_EVERYONE_PERMISSIONS,
    DM,
    FLAG_EPHEMERAL,
    FLAG_IS_COMPONENTS_V2,
    FLAG_LOADING,
    FLAG_SUPPRESS_NOTIFICATIONS,
    GUILD_TEXT,
    INTENT_GUILD_MEMBERS,
    INTENT_GUILD_PRESENCES,
    INTENT_MESSAGE_CONTENT,
    JSON,
    MANAGE_MESSAGES,
    PRIVILEGED_INTENTS,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    VIEW_CHANNEL,
    APIError,
    FakeChannel,
    FakeDiscordUsageError,
    FakeGuild,
    FakeMember,
    FakeMessage,
    FakeRole,
    FakeUser,
    FormError,
    SnowflakeFactory,
    compute_pings,
    iso_now,
    new_token,
    number_components,
    validate_allowed_mentions,
    validate_components,
    validate_embeds,
    validate_nonce,
)

log = logging.getLogger(__name__)

API_PREFIX = "/api/v10"
INTERACTION_TOKEN_LIFETIME = 15 * 60.0
COMMAND_TYPES = {1, 2, 3, 4}


@dataclass
class RecordedRequest:
    method: str
    route: str  # e.g. "/channels/{channel_id}/messages"
    path: str
    status: int
    body: Any
    query: dict[str, str]


@dataclass
class FailureRule:
    method: str
    route: str
    status: int
    remaining: int
    retry_after: float
    match: dict[str, str] = field(default_factory=dict)
    is_global: bool = False


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def json_response(data: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> web.Response:
    """Content-Type exactly `application/json`, as Discord sends it: discord.py compares the header
    verbatim, and aiohttp's json_response would append a charset."""
    merged = {"Content-Type": "application/json"}
    merged.update(headers or {})
    return web.Response(body=json.dumps(data).encode(), status=status, headers=merged)


def no_content() -> web.Response:
    return web.Response(status=204)


class FakeDiscord:
    """One bot application and the world it lives in."""

    def __init__(
        self,
        *,
        bot_name: str = "biasbot",
        allowed_privileged_intents: int = PRIVILEGED_INTENTS,
        interaction_deadline: float = 3.0,
        nonce_window: float = 300.0,
        heartbeat_interval_ms: int = 41250,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        # Every Discord-side time limit (3 s to answer an interaction, 15 min token lifetime,
        # nonce window) reads this clock, so tests can step past a limit instead of sleeping.
        self.clock = clock
        self._clock_offset = 0.0
        self.snowflake = SnowflakeFactory()
        self.token = "fake." + new_token()
        self.allowed_privileged_intents = allowed_privileged_intents
        self.interaction_deadline = interaction_deadline
        self.nonce_window = nonce_window
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.users: dict[int, FakeUser] = {}
        self.bot_user = self.add_user(bot_name, bot=True)
        self.owner = self.add_user(f"{bot_name}-owner")
        self.application_id = self.bot_user.id  # as for every bot created since 2018
        self.guilds: dict[int, FakeGuild] = {}
        self.dm_channels: dict[int, FakeChannel] = {}
        self.messages: dict[int, FakeMessage] = {}
        self.channel_messages: dict[int, list[int]] = {}
        self.commands: dict[int | None, list[JSON]] = {None: []}
        self.interactions: dict[int, InteractionHandle] = {}
        self.users_refusing_dms: set[int] = set()
        self.requests: list[RecordedRequest] = []
        self.failures: list[FailureRule] = []
        self.outage: str | None = None  # None, "reset" (connection dropped) or "503"
        self.gateway = Gateway(self, lambda: new_token()[:32])
        self._waiters: list[asyncio.Future[None]] = []
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.world: Any = None  # set by the fixtures (FakeWorld); kept loose to avoid an import cycle

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        app = web.Application(middlewares=[self._middleware], client_max_size=32 * 1024 * 1024)
        self._add_routes(app)
        app.router.add_get("/", self.gateway.handle)
        app.router.add_get("/resume-gateway/", self.gateway.handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        await self.gateway.close_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        for fut in self._waiters:
            if not fut.done():
                fut.cancel()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    @property
    def resume_gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/resume-gateway/"

    @property
    def bot_user_id(self) -> int:
        return self.bot_user.id

    # ------------------------------------------------------------------ time and waiting

    def now(self) -> float:
        return self.clock() + self._clock_offset

    def advance_clock(self, seconds: float) -> None:
        """Move Discord's clock forward: e.g. past the 3-second interaction deadline or the
        nonce de-duplication window, without sleeping."""
        self._clock_offset += seconds

    def notify(self) -> None:
        waiters, self._waiters = self._waiters, []
        for fut in waiters:
            if not fut.done():
                fut.set_result(None)

    async def wait_until(self, predicate: Callable[[], bool], within: float = 10.0, what: str = "a condition") -> None:
        """Wait for a state change the bot causes (a message, a response, a reconnect)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(f"fake Discord: timed out after {within}s waiting for {what}")
            fut: asyncio.Future[None] = loop.create_future()
            self._waiters.append(fut)
            # Also re-check every few ms: the predicate may look at the bot's own state, which
            # changes after the fake's last event without the fake noticing.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(fut, min(remaining, 0.01))

    # ------------------------------------------------------------------ building the world

    def add_user(self, username: str, *, bot: bool = False, global_name: str | None = None) -> FakeUser:
        user = FakeUser(id=self.snowflake(), username=username, global_name=global_name, bot=bot)
        self.users[user.id] = user
        return user

    def add_guild(
        self,
        name: str,
        *,
        owner: FakeUser | None = None,
        bot_permissions: int = DEFAULT_BOT_PERMISSIONS,
        everyone_permissions: int = DEFAULT_EVERYONE_PERMISSIONS,
    ) -> FakeGuild:
        """A guild the bot was invited to: @everyone, the bot's managed role, owner and bot members."""
        owner = owner or self.add_user(f"{name}-owner")
        gid = self.snowflake()
        guild = FakeGuild(id=gid, name=name, owner_id=owner.id)
        guild.roles[gid] = FakeRole(id=gid, name="@everyone", permissions=everyone_permissions, position=0)
        bot_role = FakeRole(
            id=self.snowflake(),
            name=self.bot_user.username,
            permissions=bot_permissions,
            position=1,
            managed=True,
            bot_id=self.bot_user.id,
        )
        guild.roles[bot_role.id] = bot_role
        guild.members[owner.id] = FakeMember(owner)
        guild.members[self.bot_user.id] = FakeMember(self.bot_user, [bot_role.id])
        self.guilds[gid] = guild
        self.commands.setdefault(gid, [])
        return guild

    def bot_role(self, guild: FakeGuild) -> FakeRole:
        return next(r for r in guild.roles.values() if r.bot_id == self.bot_user.id)

    def add_role(self, guild: FakeGuild, name: str, *, permissions: int = 0, mentionable: bool = False) -> FakeRole:
        position = max(r.position for r in guild.roles.values()) + 1
        role = FakeRole(
            id=self.snowflake(), name=name, permissions=permissions, position=position, mentionable=mentionable
        )
        guild.roles[role.id] = role
        return role

    def add_text_channel(self, guild: FakeGuild, name: str, *, topic: str | None = None) -> FakeChannel:
        position = len(guild.channels)
        channel = FakeChannel(
            id=self.snowflake(), type=GUILD_TEXT, name=name, guild_id=guild.id, position=position, topic=topic
        )
        guild.channels[channel.id] = channel
        self.channel_messages[channel.id] = []
        return channel

    def add_member(self, guild: FakeGuild, user: FakeUser, *, roles: Iterable[FakeRole] = ()) -> FakeMember:
        member = FakeMember(user, [r.id for r in roles])
        guild.members[user.id] = member
        return member

    async def announce_guild(self, guild: FakeGuild) -> None:
        """The bot was added to `guild` while connected: GUILD_CREATE without `unavailable`."""
        for session in self.gateway.live_sessions():
            await session.dispatch("GUILD_CREATE", self.guild_create_payload(guild, session.intents, initial=False))
        self.notify()

    async def announce_member(self, guild: FakeGuild, member: FakeMember) -> None:
        await self.gateway.dispatch("GUILD_MEMBER_ADD", dict(member.payload(), guild_id=str(guild.id)))

    async def set_channel_overwrite(
        self, channel: FakeChannel, target_id: int, *, allow: int = 0, deny: int = 0, is_member: bool = True
    ) -> None:
        """Change a permission overwrite, as a server admin would, and tell connected bots."""
        channel.permission_overwrites = [o for o in channel.permission_overwrites if int(o["id"]) != target_id]
        channel.permission_overwrites.append(
            {"id": str(target_id), "type": 1 if is_member else 0, "allow": str(allow), "deny": str(deny)}
        )
        await self.gateway.dispatch("CHANNEL_UPDATE", channel.payload())

    async def revoke_bot_send(self, channel: FakeChannel) -> None:
        """The bot loses Send Messages in `channel`: posts there now get 403 Missing Permissions."""
        await self.set_channel_overwrite(channel, self.bot_user.id, deny=SEND_MESSAGES)

    async def disconnect(self, code: int = 4000) -> None:
        """Drop the bot's gateway connection(s); see `Gateway.disconnect`."""
        await self.gateway.disconnect(code)

    # ------------------------------------------------------------------ error injection

    def fail_next(
        self,
        method: str,
        route: str,
        *,
        status: int = 429,
        count: int = 1,
        retry_after: float = 0.05,
        is_global: bool = False,
        **match: int | str,
    ) -> FailureRule:
        """Make the next `count` requests to `route` (a template such as
        "/channels/{channel_id}/messages", optionally narrowed by `channel_id=...`) fail with
        `status`: 429 (rate limited, with Via and retry_after), 500/502, 403 or anything else."""
        rule = FailureRule(
            method.upper(), route, status, count, retry_after, {k: str(v) for k, v in match.items()}, is_global
        )
        self.failures.append(rule)
        return rule

    def _take_failure(self, request: web.Request, route: str) -> FailureRule | None:
        for rule in self.failures:
            if rule.remaining <= 0 or rule.method != request.method or rule.route != route:
                continue
            if any(request.match_info.get(k) != v for k, v in rule.match.items()):
                continue
            rule.remaining -= 1
            return rule
        return None

    def _failure_response(self, rule: FailureRule, route: str) -> web.Response:
        bucket = hashlib.sha1(route.encode()).hexdigest()[:16]
        if rule.status == 429:
            headers = {
                "Via": "1.1 google",
                "Retry-After": str(max(1, int(rule.retry_after + 0.999))),
                "X-RateLimit-Limit": "5",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": f"{time.time() + rule.retry_after:.3f}",
                "X-RateLimit-Reset-After": f"{rule.retry_after:.3f}",
                "X-RateLimit-Bucket": bucket,
                "X-RateLimit-Scope": "global" if rule.is_global else "user",
            }
            if rule.is_global:
                headers["X-RateLimit-Global"] = "true"
            body = {"message": "You are being rate limited.", "retry_after": rule.retry_after, "global": rule.is_global}
            return json_response(body, 429, headers)
        if rule.status == 403:
            return json_response({"message": "Missing Permissions", "code": 50013}, 403)
        if rule.status == 404:
            return json_response({"message": "Unknown Channel", "code": 10003}, 404)
        return json_response({"message": f"{rule.status}: Internal Server Error", "code": 0}, rule.status)

    # ------------------------------------------------------------------ REST plumbing

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if not request.path.startswith(API_PREFIX):
            return await handler(request)
        resource = request.match_info.route.resource
        route = resource.canonical[len(API_PREFIX) :] if resource is not None else request.path
        body: Any = None
        if request.can_read_body and request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                body = None
        status = 0
        try:
            if self.outage == "reset":
                if request.transport is not None:
                    request.transport.close()
                status = -1
                raise web.HTTPServiceUnavailable()
            if self.outage == "503":
                status = 503
                return web.Response(status=503, text="<html>upstream connect error</html>", content_type="text/html")
            exempt = route.startswith("/interactions/") or route.startswith("/webhooks/{application_id}/{token}")
            if not exempt and request.headers.get("Authorization") != f"Bot {self.token}":
                status = 401
                return json_response({"message": "401: Unauthorized", "code": 0}, 401)
            rule = self._take_failure(request, route)
            if rule is not None:
                status = rule.status
                return self._failure_response(rule, route)
            try:
                response = await handler(request)
            except FormError as exc:
                response = json_response(exc.body(), 400)
            except APIError as exc:
                response = json_response({"message": exc.message, "code": exc.code}, exc.status)
            status = response.status
            if 200 <= status < 300:
                response.headers.update(self._ratelimit_headers(route))
            return response
        finally:
            self.requests.append(
                RecordedRequest(request.method, route, request.path, status, body, dict(request.query))
            )
            self.notify()

    @staticmethod
    def _ratelimit_headers(route: str) -> dict[str, str]:
        return {
            "X-RateLimit-Bucket": hashlib.sha1(route.encode()).hexdigest()[:16],
            "X-RateLimit-Limit": "50",
            "X-RateLimit-Remaining": "49",
            "X-RateLimit-Reset": f"{time.time() + 1:.3f}",
            "X-RateLimit-Reset-After": "1.000",
        }

    def count_requests(self, method: str, route: str, *, status: int | None = None) -> int:
        return sum(
            1
            for r in self.requests
            if r.method == method.upper() and r.route == route and (status is None or r.status == status)
        )

    def _add_routes(self, app: web.Application) -> None:
        p = API_PREFIX
        r = app.router
        r.add_get(p + "/users/@me", self._get_me)
        r.add_get(p + "/oauth2/applications/@me", self._get_application)
        r.add_get(p + "/applications/@me", self._get_application)
        r.add_get(p + "/gateway", self._get_gateway)
        r.add_get(p + "/gateway/bot", self._get_gateway_bot)
        r.add_get(p + "/users/{user_id}", self._get_user)
        r.add_post(p + "/users/@me/channels", self._create_dm)
        for base in (
            "/applications/{application_id}/commands",
            "/applications/{application_id}/guilds/{guild_id}/commands",
        ):
            r.add_get(p + base, self._list_commands)
            r.add_put(p + base, self._bulk_overwrite_commands)
            r.add_post(p + base, self._create_command)
            r.add_get(p + base + "/{command_id}", self._get_command)
            r.add_patch(p + base + "/{command_id}", self._edit_command)
            r.add_delete(p + base + "/{command_id}", self._delete_command)
        r.add_get(p + "/channels/{channel_id}", self._get_channel)
        r.add_get(p + "/channels/{channel_id}/messages", self._list_messages)
        r.add_post(p + "/channels/{channel_id}/messages", self._post_message)
        r.add_get(p + "/channels/{channel_id}/messages/{message_id}", self._get_message)
        r.add_patch(p + "/channels/{channel_id}/messages/{message_id}", self._edit_message)
        r.add_delete(p + "/channels/{channel_id}/messages/{message_id}", self._delete_message)
        r.add_post(p + "/channels/{channel_id}/typing", self._typing)
        r.add_get(p + "/guilds/{guild_id}", self._get_guild)
        r.add_get(p + "/guilds/{guild_id}/channels", self._get_guild_channels)
        r.add_get(p + "/guilds/{guild_id}/roles", self._get_guild_roles)
        r.add_get(p + "/guilds/{guild_id}/members", self._list_members)
        r.add_get(p + "/guilds/{guild_id}/members/{user_id}", self._get_member)
        r.add_post(p + "/interactions/{interaction_id}/{token}/callback", self._interaction_callback)
        r.add_post(p + "/webhooks/{application_id}/{token}", self._execute_followup)
        r.add_get(p + "/webhooks/{application_id}/{token}/messages/{message_id}", self._get_webhook_message)
        r.add_patch(p + "/webhooks/{application_id}/{token}/messages/{message_id}", self._edit_webhook_message)
        r.add_delete(p + "/webhooks/{application_id}/{token}/messages/{message_id}", self._delete_webhook_message)

    # ------------------------------------------------------------------ payloads

    def application_payload(self) -> JSON:
        flags = 1 << 23  # APPLICATION_COMMAND_BADGE
        if self.allowed_privileged_intents & INTENT_GUILD_PRESENCES:
            flags |= 1 << 13
        if self.allowed_privileged_intents & INTENT_GUILD_MEMBERS:
            flags |= 1 << 15
        if self.allowed_privileged_intents & INTENT_MESSAGE_CONTENT:
            flags |= 1 << 19
        return {
            "id": str(self.application_id),
            "name": self.bot_user.username,
            "icon": None,
            "description": "",
            "summary": "",
            "type": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "verify_key": hashlib.sha256(str(self.application_id).encode()).hexdigest(),
            "flags": flags,
            "owner": self.owner.payload(),
            "team": None,
            "bot": self.bot_user.payload(),
            "approximate_guild_count": len(self.guilds),
            "approximate_user_install_count": 0,
            "interactions_endpoint_url": None,
            "redirect_uris": [],
            "rpc_origins": [],
            "tags": [],
            "integration_types_config": {"0": {}},
            "hook": True,
            "is_monetized": False,
            "storefront_available": False,
        }

    def ready_payload(self, session_id: str) -> JSON:
        user = self.bot_user.payload()
        user.update({"verified": True, "mfa_enabled": False, "email": None})
        return {
            "v": 10,
            "user": user,
            "guilds": [{"id": str(gid), "unavailable": True} for gid in self.guilds],
            "session_id": session_id,
            "session_type": "normal",
            "resume_gateway_url": self.resume_gateway_url,
            "application": {"id": str(self.application_id), "flags": self.application_payload()["flags"]},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": ["fake"],
            "user_settings": {},
            "auth": {},
            "_trace": ['["fake-discord"]'],
        }

    def guild_create_payloads(self, intents: int) -> list[JSON]:
        return [self.guild_create_payload(g, intents, initial=True) for g in self.guilds.values()]

    def guild_create_payload(self, guild: FakeGuild, intents: int, *, initial: bool) -> JSON:
        # Without GUILD_PRESENCES Discord only sends the bot's own member (and voice members).
        if intents & INTENT_GUILD_PRESENCES:
            members = list(guild.members.values())
        else:
            members = [guild.members[self.bot_user.id]]
        data = guild.payload()
        data.update(
            {
                "joined_at": guild.members[self.bot_user.id].joined_at,
                "large": False,
                "member_count": len(guild.members),
                "members": [m.payload() for m in members],
                "channels": [c.payload(with_guild_id=False) for c in guild.channels.values()],
                "threads": [],
                "presences": [],
                "voice_states": [],
                "stage_instances": [],
                "guild_scheduled_events": [],
                "soundboard_sounds": [],
                "embedded_activities": [],
                "lazy": True,
            }
        )
        if initial:
            data["unavailable"] = False
        return data

    def members_chunk(self, guild_id: int, query: str | None, limit: int, user_ids: list[int] | None) -> JSON:
        guild = self.guilds[guild_id]
        members = list(guild.members.values())
        not_found: list[str] = []
        if user_ids is not None:
            not_found = [str(u) for u in user_ids if u not in guild.members]
            members = [m for m in members if m.user.id in user_ids]
        elif query:
            members = [m for m in members if m.user.username.lower().startswith(query.lower())]
        if limit:
            members = members[:limit]
        chunk: JSON = {
            "guild_id": str(guild_id),
            "members": [m.payload() for m in members],
            "chunk_index": 0,
            "chunk_count": 1,
        }
        if user_ids is not None:
            chunk["not_found"] = not_found
        return chunk

    # ------------------------------------------------------------------ lookups

    def _guild(self, request: web.Request) -> FakeGuild:
        try:
            return self.guilds[int(request.match_info["guild_id"])]
        except (KeyError, ValueError):
            raise APIError(404, 10004, "Unknown Guild") from None

    def _channel(self, channel_id: int | str) -> FakeChannel:
        try:
            cid = int(channel_id)
        except ValueError:
            raise APIError(404, 10003, "Unknown Channel") from None
        if cid in self.dm_channels:
            return self.dm_channels[cid]
        for guild in self.guilds.values():
            if cid in guild.channels:
                return guild.channels[cid]
        raise APIError(404, 10003, "Unknown Channel")

    def channel(self, channel_id: int) -> FakeChannel:
        return self._channel(channel_id)

    def _bot_perms(self, channel: FakeChannel) -> int | None:
        if channel.guild_id is None:
            return None
        return self.guilds[channel.guild_id].channel_permissions(self.bot_user.id, channel.id)

    def _require(self, channel: FakeChannel, needed: int) -> None:
        perms = self._bot_perms(channel)
        if perms is None:
            return
        if not perms & VIEW_CHANNEL:
            raise APIError(403, 50001, "Missing Access")
        if needed & ~perms:
            raise APIError(403, 50013, "Missing Permissions")

    def message(self, message_id: int) -> FakeMessage | None:
        return self.messages.get(message_id)

    def channel_log(self, channel_id: int, *, include_ephemeral: bool = False) -> list[FakeMessage]:
        """Messages in a channel, oldest first, as the fake stored them (deleted ones excluded)."""
        out = [self.messages[i] for i in self.channel_messages.get(channel_id, [])]
        return [m for m in out if not m.deleted and (include_ephemeral or m.ephemeral_to is None)]

    def dm_channel_for(self, user_id: int) -> FakeChannel | None:
        return next((c for c in self.dm_channels.values() if c.recipients and c.recipients[0].id == user_id), None)

    def dm_log(self, user_id: int) -> list[FakeMessage]:
        channel = self.dm_channel_for(user_id)
        return [] if channel is None else self.channel_log(channel.id)

    # ------------------------------------------------------------------ REST: users, login, gateway

    async def _get_me(self, request: web.Request) -> web.Response:
        data = self.bot_user.payload()
        data.update({"verified": True, "mfa_enabled": False, "email": None, "locale": "en-US"})
        return json_response(data)

    async def _get_application(self, request: web.Request) -> web.Response:
        return json_response(self.application_payload())

    async def _get_gateway(self, request: web.Request) -> web.Response:
        return json_response({"url": self.gateway_url.rstrip("/")})

    async def _get_gateway_bot(self, request: web.Request) -> web.Response:
        return json_response(
            {
                "url": self.gateway_url.rstrip("/"),
                "shards": 1,
                "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1},
            }
        )

    async def _get_user(self, request: web.Request) -> web.Response:
        try:
            return json_response(self.users[int(request.match_info["user_id"])].payload())
        except (KeyError, ValueError):
            raise APIError(404, 10013, "Unknown User") from None

    async def _create_dm(self, request: web.Request) -> web.Response:
        body = await request.json()
        try:
            user = self.users[int(body["recipient_id"])]
        except (KeyError, ValueError, TypeError):
            raise APIError(400, 50033, "Invalid Recipient(s)") from None
        channel = self.dm_channel_for(user.id)
        if channel is None:
            channel = FakeChannel(id=self.snowflake(), type=DM, name=None, recipients=[user])
            self.dm_channels[channel.id] = channel
            self.channel_messages[channel.id] = []
        return json_response(channel.payload())

    # ------------------------------------------------------------------ REST: application commands

    def _command_scope(self, request: web.Request) -> int | None:
        if request.match_info.get("application_id") != str(self.application_id):
            raise APIError(403, 50001, "Missing Access")
        if "guild_id" in request.match_info:
            return self._guild(request).id
        return None

    def _normalise_command(self, data: JSON, guild_id: int | None, index: int, existing: list[JSON]) -> JSON:
        ctype = data.get("type", 1)
        if ctype not in COMMAND_TYPES:
            raise FormError([index, "type"], "BASE_TYPE_CHOICES", "Value is not a valid enum value.")
        name = data.get("name")
        if not isinstance(name, str) or not 1 <= len(name) <= 32:
            raise FormError([index, "name"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 32 in length.")
        if ctype == 1:
            if name != name.lower() or " " in name:
                raise FormError([index, "name"], "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
            description = data.get("description", "")
            if not 1 <= len(description) <= 100:
                raise FormError([index, "description"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
            self._validate_options(data.get("options") or [], [index, "options"], depth=0)
        prior = next((c for c in existing if c["name"] == name and c.get("type", 1) == ctype), None)
        dmp = data.get("default_member_permissions")
        out: JSON = {
            "id": prior["id"] if prior else str(self.snowflake()),
            "application_id": str(self.application_id),
            "version": str(self.snowflake()),
            "type": ctype,
            "name": name,
            "name_localizations": data.get("name_localizations"),
            "description": data.get("description", ""),
            "description_localizations": data.get("description_localizations"),
            # Sent as int or string, always returned as a string (like every permission field).
            "default_member_permissions": None if dmp is None else str(int(dmp)),
            "dm_permission": data.get("dm_permission", True),
            "contexts": data.get("contexts"),
            "integration_types": data.get("integration_types") or [0],
            "nsfw": data.get("nsfw", False),
        }
        if data.get("options"):
            out["options"] = data["options"]
        if guild_id is not None:
            out["guild_id"] = str(guild_id)
        return out

    def _validate_options(self, options: list[JSON], path: list[str | int], depth: int) -> None:
        if len(options) > 25:
            raise FormError(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
        seen_optional = False
        names: set[str] = set()
        for i, opt in enumerate(options):
            name = opt.get("name", "")
            if not 1 <= len(name) <= 32 or name != name.lower():
                raise FormError([*path, i, "name"], "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
            if name in names:
                raise FormError(
                    [*path, i, "name"], "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS", "Option names must be unique"
                )
            names.add(name)
            if not 1 <= len(opt.get("description", "")) <= 100:
                raise FormError(
                    [*path, i, "description"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."
                )
            if opt.get("type") in (1, 2):
                if depth >= (1 if opt["type"] == 1 else 0) + 1:
                    raise FormError(
                        [*path, i], "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID", "Sub-command nesting too deep"
                    )
                self._validate_options(opt.get("options") or [], [*path, i, "options"], depth + 1)
                continue
            if opt.get("required"):
                if seen_optional:
                    raise FormError(
                        [*path, i, "required"],
                        "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                        "Required options must be placed before non-required options",
                    )
            else:
                seen_optional = True
            choices = opt.get("choices") or []
            if len(choices) > 25:
                raise FormError([*path, i, "choices"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
            if choices and opt.get("autocomplete"):
                raise FormError(
                    [*path, i, "autocomplete"],
                    "APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_CHOICES",
                    "Autocomplete cannot be used with choices",
                )

    async def _list_commands(self, request: web.Request) -> web.Response:
        scope = self._command_scope(request)
        return json_response(self.commands.get(scope, []))

    async def _bulk_overwrite_commands(self, request: web.Request) -> web.Response:
        scope = self._command_scope(request)
        body = await request.json()
        if not isinstance(body, list):
            raise FormError([], "MODEL_TYPE_CONVERT", "Only iterables may be used in a ListType")
        existing = self.commands.get(scope, [])
        new = [self._normalise_command(c, scope, i, existing) for i, c in enumerate(body)]
        keys = [(c["name"], c["type"]) for c in new]
        if len(set(keys)) != len(keys):
            raise FormError([], "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique")
        if sum(1 for c in new if c["type"] == 1) > 100:
            raise FormError([], "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.")
        self.commands[scope] = new
        return json_response(new)

    async def _create_command(self, request: web.Request) -> web.Response:
        scope = self._command_scope(request)
        existing = self.commands.setdefault(scope, [])
        command = self._normalise_command(await request.json(), scope, 0, existing)
        replaced = any(c["id"] == command["id"] for c in existing)
        self.commands[scope] = [c for c in existing if c["id"] != command["id"]] + [command]
        return json_response(command, 200 if replaced else 201)

    def _find_command_by_id(self, request: web.Request) -> tuple[int | None, JSON]:
        scope = self._command_scope(request)
        for command in self.commands.get(scope, []):
            if command["id"] == request.match_info["command_id"]:
                return scope, command
        raise APIError(404, 10063, "Unknown application command")

    async def _get_command(self, request: web.Request) -> web.Response:
        return json_response(self._find_command_by_id(request)[1])

    async def _edit_command(self, request: web.Request) -> web.Response:
        scope, command = self._find_command_by_id(request)
        merged = dict(command, **(await request.json()))
        new = self._normalise_command(merged, scope, 0, [command])
        self.commands[scope] = [new if c["id"] == command["id"] else c for c in self.commands[scope]]
        return json_response(new)

    async def _delete_command(self, request: web.Request) -> web.Response:
        scope, command = self._find_command_by_id(request)
        self.commands[scope] = [c for c in self.commands[scope] if c["id"] != command["id"]]
        return no_content()

    def synced_commands(self, guild_id: int | None = None) -> list[JSON]:
        return list(self.commands.get(guild_id, []))

    def command_names(self, guild_id: int | None = None) -> set[str]:
        return {c["name"] for c in self.commands.get(guild_id, [])}

    # ------------------------------------------------------------------ REST: channels and messages

    async def _get_channel(self, request: web.Request) -> web.Response:
        channel = self._channel(request.match_info["channel_id"])
        self._require(channel, 0)
        return json_response(channel.payload())

    async def _typing(self, request: web.Request) -> web.Response:
        channel = self._channel(request.match_info["channel_id"])
        self._require(channel, SEND_MESSAGES)
        return no_content()

    async def _read_message_body(self, request: web.Request) -> JSON:
        if request.content_type == "application/json":
            raw = await request.json()
            if not isinstance(raw, dict):
                raise FormError([], "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType")
            return raw
        if request.content_type.startswith("multipart/"):
            body: JSON = {}
            files: list[JSON] = []
            reader = await request.multipart()
            while True:
                part = await reader.next()
                if part is None:
                    break
                if not isinstance(part, BodyPartReader):
                    raise APIError(400, 50109, "Nested multipart bodies are not supported")
                if part.name == "payload_json":
                    parsed = json.loads(await part.text())
                    if not isinstance(parsed, dict):
                        raise FormError(["payload_json"], "MODEL_TYPE_CONVERT", "Only dictionaries may be used")
                    body = parsed
                elif part.name and part.name.startswith("files["):
                    data = await part.read()
                    files.append({"filename": part.filename, "size": len(data)})
            if files:
                body["__files__"] = files
            return body
        raise APIError(400, 50109, "The request body contains invalid JSON.")

    def _build_message(
        self,
        channel: FakeChannel,
        author: FakeUser,
        body: JSON,
        *,
        msg_type: int = 0,
        allowed_flags: int = FLAG_SUPPRESS_NOTIFICATIONS | FLAG_IS_COMPONENTS_V2 | (1 << 2),
        interaction: InteractionHandle | None = None,
        require_content: bool = True,
    ) -> FakeMessage:
        content = body.get("content") or ""
        if not isinstance(content, str):
            content = str(content)
        if len(content) > 2000:
            raise FormError(["content"], "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.")
        embeds = body.get("embeds") or []
        validate_embeds(embeds, ["embeds"])
        flags = int(body.get("flags") or 0)
        if flags & ~allowed_flags:
            raise FormError(["flags"], "MESSAGE_FLAGS_INVALID", "Invalid flags")
        components = body.get("components") or []
        validate_components(components, flags)
        validate_nonce(body.get("nonce"))
        validate_allowed_mentions(body.get("allowed_mentions"))
        attachments = [
            {
                "id": str(self.snowflake()),
                "filename": f["filename"],
                "size": f["size"],
                "url": f"https://cdn.fake.invalid/attachments/{channel.id}/{f['filename']}",
                "proxy_url": f"https://media.fake.invalid/attachments/{channel.id}/{f['filename']}",
            }
            for f in body.get("__files__", [])
        ]
        poll = body.get("poll")
        if require_content and not (content or embeds or components or attachments or body.get("sticker_ids") or poll):
            raise APIError(400, 50006, "Cannot send an empty message")
        guild = self.guilds.get(channel.guild_id) if channel.guild_id is not None else None
        reference = body.get("message_reference")
        replied_user: int | None = None
        referenced: FakeMessage | None = None
        if reference:
            referenced = self.messages.get(int(reference.get("message_id", 0)))
            if referenced is None or referenced.deleted:
                if reference.get("fail_if_not_exists", True):
                    raise FormError(["message_reference"], "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message")
            else:
                replied_user = referenced.author_id
                msg_type = 19
        author_perms = guild.channel_permissions(author.id, channel.id) if guild is not None else 0
        if interaction is not None and guild is not None:
            # Interaction responses are webhook messages: they may ping as the app's permissions allow.
            author_perms = int(interaction.payload.get("app_permissions", "0"))
        users, roles, everyone = compute_pings(
            content,
            body.get("allowed_mentions"),
            guild=guild,
            author_permissions=author_perms,
            replied_user_id=replied_user,
        )
        mid = self.snowflake()
        payload: JSON = {
            "id": str(mid),
            "channel_id": str(channel.id),
            "author": author.payload(),
            "content": content,
            "timestamp": iso_now(),
            "edited_timestamp": None,
            "tts": bool(body.get("tts", False)),
            "mention_everyone": everyone,
            "mentions": [self.users[u].payload() for u in sorted(users) if u in self.users],
            "mention_roles": [str(r) for r in sorted(roles)],
            "mention_channels": [],
            "attachments": attachments,
            "embeds": [dict({"type": "rich"}, **e) for e in embeds],
            "reactions": [],
            "pinned": False,
            "type": msg_type,
            "flags": flags,
            "components": number_components(components),
        }
        if body.get("nonce") is not None:
            payload["nonce"] = body["nonce"]
        if poll:
            payload["poll"] = poll
        if reference and referenced is not None:
            payload["message_reference"] = {
                "type": 0,
                "message_id": str(referenced.id),
                "channel_id": str(channel.id),
                **({"guild_id": str(guild.id)} if guild else {}),
            }
            payload["referenced_message"] = referenced.payload
        if interaction is not None:
            payload["webhook_id"] = str(self.application_id)
            payload["application_id"] = str(self.application_id)
            payload["interaction_metadata"] = {
                "id": str(interaction.id),
                "type": interaction.type,
                "user": self.users[interaction.user_id].payload(),
                "authorizing_integration_owners": interaction.payload.get("authorizing_integration_owners", {}),
            }
        sent = {k: v for k, v in body.items() if k != "__files__"}
        return FakeMessage(
            created_at=self.now(),
            payload=payload,
            sent=sent,
            pinged_users=users,
            pinged_roles=roles,
            pinged_everyone=everyone,
            interaction_id=None if interaction is None else interaction.id,
        )

    async def _store_and_announce(self, message: FakeMessage) -> None:
        channel = self._channel(message.channel_id)
        self.messages[message.id] = message
        self.channel_messages.setdefault(channel.id, []).append(message.id)
        if message.ephemeral_to is not None:
            self.notify()
            return  # ephemeral messages are never dispatched to bots
        channel.last_message_id = message.id
        event = dict(message.payload)
        if channel.guild_id is not None:
            event["guild_id"] = str(channel.guild_id)
            member = self.guilds[channel.guild_id].members.get(message.author_id)
            if member is not None and "webhook_id" not in event:
                event["member"] = member.payload(with_user=False)
        bot_mentioned = self.bot_user.id in message.pinged_users
        await self.gateway.dispatch(
            "MESSAGE_CREATE",
            event,
            strip_content_unless=lambda: (
                channel.guild_id is None or message.author_id == self.bot_user.id or bot_mentioned
            ),
        )

    async def _post_message(self, request: web.Request) -> web.Response:
        channel = self._channel(request.match_info["channel_id"])
        body = await self._read_message_body(request)
        if channel.type == DM:
            recipient = channel.recipients[0].id
            shares_guild = any(recipient in g.members for g in self.guilds.values())
            if recipient in self.users_refusing_dms or not shares_guild:
                raise APIError(403, 50007, "Cannot send messages to this user")
        else:
            self._require(channel, SEND_MESSAGES)
        nonce = body.get("nonce")
        validate_nonce(nonce)
        if nonce is not None and body.get("enforce_nonce"):
            now = self.now()
            for mid in reversed(self.channel_messages.get(channel.id, [])):
                prior = self.messages[mid]
                if now - prior.created_at > self.nonce_window:
                    break
                if prior.author_id == self.bot_user.id and prior.nonce == nonce and not prior.deleted:
                    return json_response(prior.payload)
        message = self._build_message(channel, self.bot_user, body)
        await self._store_and_announce(message)
        return json_response(message.payload)

    def _message_in(self, request: web.Request) -> tuple[FakeChannel, FakeMessage]:
        channel = self._channel(request.match_info["channel_id"])
        try:
            message = self.messages[int(request.match_info["message_id"])]
        except (KeyError, ValueError):
            raise APIError(404, 10008, "Unknown Message") from None
        if message.channel_id != channel.id or message.deleted or message.ephemeral_to is not None:
            raise APIError(404, 10008, "Unknown Message")
        return channel, message

    async def _get_message(self, request: web.Request) -> web.Response:
        channel, message = self._message_in(request)
        self._require(channel, READ_MESSAGE_HISTORY)
        return json_response(message.payload)

    async def _list_messages(self, request: web.Request) -> web.Response:
        channel = self._channel(request.match_info["channel_id"])
        self._require(channel, READ_MESSAGE_HISTORY)
        limit = max(1, min(100, int(request.query.get("limit", "50"))))
        msgs = self.channel_log(channel.id)
        if "before" in request.query:
            msgs = [m for m in msgs if m.id < int(request.query["before"])]
        if "after" in request.query:
            msgs = [m for m in msgs if m.id > int(request.query["after"])][:limit]
        msgs = list(reversed(msgs))[:limit]
        return json_response([m.payload for m in msgs])

    async def _apply_edit(self, message: FakeMessage, body: JSON, *, allow_any_flags: bool = False) -> None:
        channel = self._channel(message.channel_id)
        payload = dict(message.payload)
        if "content" in body:
            content = body["content"] or ""
            if len(content) > 2000:
                raise FormError(["content"], "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.")
            payload["content"] = content
        if "embeds" in body:
            validate_embeds(body["embeds"] or [], ["embeds"])
            payload["embeds"] = [dict({"type": "rich"}, **e) for e in body["embeds"] or []]
        if "components" in body:
            validate_components(body["components"] or [], int(body.get("flags") or payload.get("flags", 0)))
            payload["components"] = number_components(body["components"] or [])
        if "allowed_mentions" in body:
            validate_allowed_mentions(body["allowed_mentions"])
        if body.get("flags") is not None:
            keep = payload.get("flags", 0) & (FLAG_EPHEMERAL | FLAG_IS_COMPONENTS_V2)
            payload["flags"] = keep | (int(body["flags"]) & ((1 << 2) | FLAG_IS_COMPONENTS_V2))
        if "attachments" in body or "__files__" in body:
            kept = {str(a.get("id")) for a in body.get("attachments") or []}
            payload["attachments"] = [a for a in payload.get("attachments", []) if a["id"] in kept] + [
                {
                    "id": str(self.snowflake()),
                    "filename": f["filename"],
                    "size": f["size"],
                    "url": f"https://cdn.fake.invalid/{f['filename']}",
                    "proxy_url": f"https://media.fake.invalid/{f['filename']}",
                }
                for f in body.get("__files__", [])
            ]
        if payload.get("flags", 0) & FLAG_LOADING:
            payload["flags"] &= ~FLAG_LOADING
        else:
            payload["edited_timestamp"] = iso_now()
        guild = self.guilds.get(channel.guild_id) if channel.guild_id is not None else None
        author_perms = guild.channel_permissions(self.bot_user.id, channel.id) if guild is not None else 0
        am = body.get("allowed_mentions", message.allowed_mentions)
        users, roles, everyone = compute_pings(
            payload["content"], am, guild=guild, author_permissions=author_perms, replied_user_id=None
        )
        payload["mentions"] = [self.users[u].payload() for u in sorted(users) if u in self.users]
        payload["mention_roles"] = [str(r) for r in sorted(roles)]
        payload["mention_everyone"] = everyone
        message.payload = payload
        message.edits.append({k: v for k, v in body.items() if k != "__files__"})
        if message.ephemeral_to is None:
            event = dict(payload)
            if channel.guild_id is not None:
                event["guild_id"] = str(channel.guild_id)
            await self.gateway.dispatch(
                "MESSAGE_UPDATE",
                event,
                strip_content_unless=lambda: channel.guild_id is None or message.author_id == self.bot_user.id,
            )
        self.notify()

    async def _edit_message(self, request: web.Request) -> web.Response:
        channel, message = self._message_in(request)
        self._require(channel, 0)
        body = await self._read_message_body(request)
        if message.author_id != self.bot_user.id and set(body) - {"flags"}:
            raise APIError(403, 50005, "Cannot edit a message authored by another user")
        await self._apply_edit(message, body)
        return json_response(message.payload)

    async def _delete(self, message: FakeMessage) -> None:
        message.deleted = True
        channel = self._channel(message.channel_id)
        if message.ephemeral_to is None:
            event: JSON = {"id": str(message.id), "channel_id": str(channel.id)}
            if channel.guild_id is not None:
                event["guild_id"] = str(channel.guild_id)
            await self.gateway.dispatch("MESSAGE_DELETE", event)
        self.notify()

    async def _delete_message(self, request: web.Request) -> web.Response:
        channel, message = self._message_in(request)
        if message.author_id != self.bot_user.id:
            self._require(channel, MANAGE_MESSAGES)
        await self._delete(message)
        return no_content()

    # ------------------------------------------------------------------ REST: guilds

    async def _get_guild(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        data = guild.payload()
        if request.query.get("with_counts") in ("true", "1", "True"):
            data["approximate_member_count"] = len(guild.members)
            data["approximate_presence_count"] = 0
        return json_response(data)

    async def _get_guild_channels(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        return json_response([c.payload() for c in guild.channels.values()])

    async def _get_guild_roles(self, request: web.Request) -> web.Response:
        return json_response([r.payload() for r in self._guild(request).roles.values()])

    async def _get_member(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        try:
            return json_response(guild.members[int(request.match_info["user_id"])].payload())
        except (KeyError, ValueError):
            raise APIError(404, 10007, "Unknown Member") from None

    async def _list_members(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        if not self.allowed_privileged_intents & INTENT_GUILD_MEMBERS:
            raise APIError(403, 50001, "Missing Access")
        limit = max(1, min(1000, int(request.query.get("limit", "1"))))
        after = int(request.query.get("after", "0"))
        members = sorted((m for m in guild.members.values() if m.user.id > after), key=lambda m: m.user.id)
        return json_response([m.payload() for m in members[:limit]])

    # ------------------------------------------------------------------ interactions: sending them

    def _interaction_base(
        self, kind: int, guild: FakeGuild | None, channel: FakeChannel, user: FakeUser, locale: str
    ) -> JSON:
        iid = self.snowflake()
        data: JSON = {
            "id": str(iid),
            "application_id": str(self.application_id),
            "type": kind,
            "token": new_token("aW50ZXJhY3Rpb24"),
            "version": 1,
            "locale": locale,
            "entitlements": [],
            "entitlement_sku_ids": [],
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
        }
        if guild is not None:
            member = guild.members.get(user.id)
            if member is None:
                raise FakeDiscordUsageError(f"user {user.id} is not a member of guild {guild.id}")
            member_payload = member.payload()
            member_payload["permissions"] = str(guild.channel_permissions(user.id, channel.id))
            data.update(
                {
                    "guild_id": str(guild.id),
                    "guild": {"id": str(guild.id), "locale": guild.preferred_locale, "features": []},
                    "guild_locale": guild.preferred_locale,
                    "member": member_payload,
                    "channel_id": str(channel.id),
                    "channel": channel.payload(),
                    "app_permissions": str(guild.channel_permissions(self.bot_user.id, channel.id)),
                    "authorizing_integration_owners": {"0": str(guild.id)},
                    "context": 0,
                }
            )
        else:
            if channel.type != DM or not channel.recipients or channel.recipients[0].id != user.id:
                raise FakeDiscordUsageError("a DM interaction must come from the DM channel's recipient")
            data.update(
                {
                    "user": user.payload(),
                    "channel_id": str(channel.id),
                    "channel": channel.payload(),
                    # In the bot's DM, the app can do what any DM participant can.
                    "app_permissions": str((1 << 53) - 1 & ~(1 << 3)),
                    "authorizing_integration_owners": {"0": "0"},
                    "context": 1,
                }
            )
        return data

    def _ensure_dm(self, user: FakeUser) -> FakeChannel:
        channel = self.dm_channel_for(user.id)
        if channel is None:
            channel = FakeChannel(id=self.snowflake(), type=DM, name=None, recipients=[user])
            self.dm_channels[channel.id] = channel
            self.channel_messages[channel.id] = []
        return channel

    def _where(
        self, guild_id: int | None, channel_id: int | None, user_id: int
    ) -> tuple[FakeGuild | None, FakeChannel, FakeUser]:
        user = self.users.get(user_id)
        if user is None:
            raise FakeDiscordUsageError(f"unknown user {user_id}")
        if guild_id is None:
            channel = self._ensure_dm(user) if channel_id is None else self._channel(channel_id)
            return None, channel, user
        guild = self.guilds.get(guild_id)
        if guild is None or channel_id not in guild.channels:
            raise FakeDiscordUsageError(f"no channel {channel_id} in guild {guild_id}")
        if not guild.channel_permissions(user_id, channel_id) & VIEW_CHANNEL:
            raise FakeDiscordUsageError(f"user {user_id} cannot see channel {channel_id}")
        return guild, guild.channels[channel_id], user

    def _commands_for(self, guild: FakeGuild | None) -> list[JSON]:
        own = self.commands.get(guild.id, []) if guild is not None else []
        names = {(c["name"], c["type"]) for c in own}
        return own + [c for c in self.commands[None] if (c["name"], c["type"]) not in names]

    async def _send_interaction(
        self, data: JSON, user_id: int, guild: FakeGuild | None, channel: FakeChannel
    ) -> InteractionHandle:
        handle = InteractionHandle(
            created=self.now(),
            fake=self,
            id=int(data["id"]),
            token=data["token"],
            type=data["type"],
            payload=data,
            user_id=user_id,
            guild_id=None if guild is None else guild.id,
            channel_id=channel.id,
        )
        self.interactions[handle.id] = handle
        if not await self.gateway.dispatch_to_one("INTERACTION_CREATE", data):
            raise FakeDiscordUsageError("no bot is connected to the fake gateway")
        return handle

    async def invoke_command(
        self,
        guild_id: int | None,
        channel_id: int | None,
        user_id: int,
        name: str,
        *,
        options: Mapping[str, Any] | None = None,
        subcommand: str | None = None,
        group: str | None = None,
        locale: str = "en-US",
        bypass_default_permissions: bool = False,
        wait: bool = True,
        within: float | None = None,
    ) -> InteractionHandle:
        """A user runs `/name [group] [subcommand] options…` (name may also be "alerts channel").
        Options are checked against the synced definition; the returned handle has the bot's
        response once it arrives (waits up to the 3-second deadline unless `wait=False`)."""
        guild, channel, user = self._where(guild_id, channel_id, user_id)
        path = name.split() + [p for p in (group, subcommand) if p]
        command, defs, skeleton = find_command(self._commands_for(guild), path)
        if not bypass_default_permissions:
            check_can_use(command, guild=guild, channel=channel, user_id=user_id)
        resolver = Resolver(self, guild, channel, user_id)
        leaf = build_options(resolver, defs, options or {})
        data = self._interaction_base(APPLICATION_COMMAND, guild, channel, user, locale)
        inner: JSON = {"id": command["id"], "name": command["name"], "type": 1, "options": nest(skeleton, leaf)}
        if resolver.resolved:
            inner["resolved"] = resolver.resolved
        if "guild_id" in command:
            inner["guild_id"] = command["guild_id"]
        data["data"] = inner
        handle = await self._send_interaction(data, user_id, guild, channel)
        if wait:
            await handle.wait_response(self.interaction_deadline if within is None else within)
        return handle

    async def autocomplete(
        self,
        guild_id: int | None,
        channel_id: int | None,
        user_id: int,
        name: str,
        *,
        focused: str,
        value: str,
        options: Mapping[str, Any] | None = None,
        subcommand: str | None = None,
        group: str | None = None,
        locale: str = "en-US",
        bypass_default_permissions: bool = False,
        within: float | None = None,
    ) -> InteractionHandle:
        """The user types `value` into option `focused`; the handle's `.choices` is the answer.
        `bypass_default_permissions` as in `invoke_command` (a server override shows the command)."""
        guild, channel, user = self._where(guild_id, channel_id, user_id)
        path = name.split() + [p for p in (group, subcommand) if p]
        command, defs, skeleton = find_command(self._commands_for(guild), path)
        if not bypass_default_permissions:
            check_can_use(command, guild=guild, channel=channel, user_id=user_id)
        resolver = Resolver(self, guild, channel, user_id)
        values = dict(options or {})
        values[focused] = value
        leaf = build_options(resolver, defs, values, focused=focused)
        data = self._interaction_base(APPLICATION_COMMAND_AUTOCOMPLETE, guild, channel, user, locale)
        inner: JSON = {"id": command["id"], "name": command["name"], "type": 1, "options": nest(skeleton, leaf)}
        if "guild_id" in command:
            inner["guild_id"] = command["guild_id"]
        data["data"] = inner
        handle = await self._send_interaction(data, user_id, guild, channel)
        await handle.wait_response(self.interaction_deadline if within is None else within)
        return handle

    async def click(
        self,
        message: FakeMessage | int,
        custom_id: str,
        user_id: int,
        *,
        values: list[str] | None = None,
        locale: str = "en-US",
        wait: bool = True,
        within: float | None = None,
    ) -> InteractionHandle:
        """`user_id` clicks the button (or picks `values` in the select) `custom_id` on a message."""
        msg = self.messages.get(message if isinstance(message, int) else message.id)
        if msg is None or msg.deleted:
            raise FakeDiscordUsageError(f"no message {message!r}")
        if msg.ephemeral_to is not None and msg.ephemeral_to != user_id:
            raise FakeDiscordUsageError(f"user {user_id} cannot see ephemeral message {msg.id}")
        component = msg.find_component(custom_id)
        if component is None:
            raise FakeDiscordUsageError(f"message {msg.id} has no component {custom_id!r}")
        if component.get("disabled"):
            raise FakeDiscordUsageError(f"component {custom_id!r} is disabled")
        channel = self._channel(msg.channel_id)
        guild_id = channel.guild_id
        guild, channel, user = self._where(guild_id, channel.id, user_id)
        data = self._interaction_base(MESSAGE_COMPONENT, guild, channel, user, locale)
        inner: JSON = {"custom_id": custom_id, "component_type": component["type"]}
        if component["type"] != 2:
            inner["values"] = self._select_values(component, list(values or []))
        data["data"] = inner
        data["message"] = dict(msg.payload)
        handle = await self._send_interaction(data, user_id, guild, channel)
        handle.source_message_id = msg.id
        if wait:
            await handle.wait_response(self.interaction_deadline if within is None else within)
        return handle

    @staticmethod
    def _select_values(component: JSON, values: list[str]) -> list[str]:
        """What the Discord client lets a user pick: min_values..max_values, and for string
        selects only the offered option values."""
        lo, hi = int(component.get("min_values", 1)), int(component.get("max_values", 1))
        if not lo <= len(values) <= hi:
            raise FakeDiscordUsageError(f"select {component.get('custom_id')!r} takes {lo}..{hi} values, got {values}")
        if component["type"] == 3:
            offered = [o["value"] for o in component.get("options", [])]
            if any(v not in offered for v in values):
                raise FakeDiscordUsageError(f"select {component.get('custom_id')!r} offers {offered}, not {values}")
        return values

    async def post_user_message(self, channel_id: int, user_id: int, content: str) -> FakeMessage:
        """A human posts in a channel (the bot sees MESSAGE_CREATE, content subject to intents)."""
        channel = self._channel(channel_id)
        user = self.users[user_id]
        message = self._build_message(channel, user, {"content": content})
        await self._store_and_announce(message)
        return message

    # ------------------------------------------------------------------ interactions: the bot's answers

    def _interaction_by_token(self, request: web.Request) -> InteractionHandle:
        if request.match_info.get("application_id") not in (None, str(self.application_id)):
            raise APIError(404, 10015, "Unknown Webhook")
        token = request.match_info["token"]
        handle = next((h for h in self.interactions.values() if h.token == token), None)
        if handle is None or self.now() - handle.created > INTERACTION_TOKEN_LIFETIME:
            raise APIError(401, 50027, "Invalid Webhook Token")
        return handle

    async def _interaction_callback(self, request: web.Request) -> web.Response:
        try:
            handle = self.interactions[int(request.match_info["interaction_id"])]
        except (KeyError, ValueError):
            raise APIError(404, 10062, "Unknown interaction") from None
        if handle.token != request.match_info["token"]:
            raise APIError(401, 50027, "Invalid Webhook Token")
        if handle.response_type is not None:
            raise APIError(400, 40060, "Interaction has already been acknowledged.")
        if self.now() - handle.created > self.interaction_deadline:
            raise APIError(404, 10062, "Unknown interaction")
        body = await self._read_message_body(request)
        cb_type = body.get("type")
        if cb_type not in ALLOWED_CALLBACKS.get(handle.type, set()):
            raise APIError(
                400, 40043, f"Interaction callback type {cb_type} is not valid for interaction type {handle.type}"
            )
        data: JSON = body.get("data") or {}
        if "__files__" in body:
            data["__files__"] = body["__files__"]
        channel = self._channel(handle.channel_id)
        message: FakeMessage | None = None
        if cb_type in (CHANNEL_MESSAGE_WITH_SOURCE, DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE):
            allowed = FLAG_EPHEMERAL | FLAG_SUPPRESS_NOTIFICATIONS | FLAG_IS_COMPONENTS_V2 | (1 << 2)
            if cb_type == DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE:
                data = {"flags": int(data.get("flags") or 0) & FLAG_EPHEMERAL}
            msg_type = 20 if handle.type == APPLICATION_COMMAND else 0
            message = self._build_message(
                channel,
                self.bot_user,
                data,
                msg_type=msg_type,
                allowed_flags=allowed,
                interaction=handle,
                require_content=cb_type == CHANNEL_MESSAGE_WITH_SOURCE,
            )
            if cb_type == DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE:
                message.payload["flags"] = message.flags | FLAG_LOADING
            if message.flags & FLAG_EPHEMERAL:
                message.ephemeral_to = handle.user_id
            handle.original_message_id = message.id
        elif cb_type == UPDATE_MESSAGE:
            assert handle.source_message_id is not None
            message = self.messages[handle.source_message_id]
            await self._apply_edit(message, data)
            handle.original_message_id = message.id
        elif cb_type == DEFERRED_UPDATE_MESSAGE:
            handle.original_message_id = handle.source_message_id
        elif cb_type == APPLICATION_COMMAND_AUTOCOMPLETE_RESULT:
            self._validate_choices(data.get("choices"))
        elif cb_type == MODAL and not (data.get("custom_id") and data.get("title") and data.get("components")):
            raise FormError(["data"], "BASE_TYPE_REQUIRED", "This field is required")
        handle.response_type = cb_type
        handle.response_data = {k: v for k, v in data.items() if k != "__files__"}
        if message is not None and cb_type != UPDATE_MESSAGE:
            await self._store_and_announce(message)
        self.notify()
        if request.query.get("with_response") not in ("1", "true", "True"):
            return no_content()
        result: JSON = {
            "interaction": {
                "id": str(handle.id),
                "type": handle.type,
                "response_message_loading": cb_type == DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE,
                "response_message_ephemeral": bool(message is not None and message.flags & FLAG_EPHEMERAL),
            }
        }
        if message is not None:
            result["interaction"]["response_message_id"] = str(message.id)
            result["resource"] = {"type": cb_type, "message": message.payload}
        else:
            result["resource"] = {"type": cb_type}
        return json_response(result)

    @staticmethod
    def _validate_choices(choices: Any) -> None:
        if not isinstance(choices, list):
            raise FormError(["data", "choices"], "BASE_TYPE_REQUIRED", "This field is required")
        if len(choices) > 25:
            raise FormError(["data", "choices"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
        for i, choice in enumerate(choices):
            name = str(choice.get("name", ""))
            if not 1 <= len(name) <= 100:
                raise FormError(
                    ["data", "choices", i, "name"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."
                )
            value = choice.get("value")
            if isinstance(value, str) and len(value) > 100:
                raise FormError(
                    ["data", "choices", i, "value"], "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length."
                )

    async def _execute_followup(self, request: web.Request) -> web.Response:
        handle = self._interaction_by_token(request)
        if handle.response_type is None:
            raise APIError(404, 10015, "Unknown Webhook")
        body = await self._read_message_body(request)
        channel = self._channel(handle.channel_id)
        allowed = FLAG_EPHEMERAL | FLAG_SUPPRESS_NOTIFICATIONS | FLAG_IS_COMPONENTS_V2 | (1 << 2)
        message = self._build_message(channel, self.bot_user, body, allowed_flags=allowed, interaction=handle)
        if message.flags & FLAG_EPHEMERAL:
            message.ephemeral_to = handle.user_id
        handle.followup_ids.append(message.id)
        await self._store_and_announce(message)
        if request.query.get("wait") in ("1", "true", "True"):
            return json_response(message.payload)
        return no_content()

    def _webhook_message(self, request: web.Request) -> tuple[InteractionHandle, FakeMessage]:
        handle = self._interaction_by_token(request)
        mid = request.match_info["message_id"]
        if mid == "@original":
            if handle.original_message_id is None:
                raise APIError(404, 10008, "Unknown Message")
            message = self.messages[handle.original_message_id]
        else:
            try:
                message = self.messages[int(mid)]
            except (KeyError, ValueError):
                raise APIError(404, 10008, "Unknown Message") from None
            if message.id not in handle.followup_ids and message.id != handle.original_message_id:
                raise APIError(404, 10008, "Unknown Message")
        if message.deleted:
            raise APIError(404, 10008, "Unknown Message")
        return handle, message

    async def _get_webhook_message(self, request: web.Request) -> web.Response:
        return json_response(self._webhook_message(request)[1].payload)

    async def _edit_webhook_message(self, request: web.Request) -> web.Response:
        _, message = self._webhook_message(request)
        body = await self._read_message_body(request)
        await self._apply_edit(message, body)
        return json_response(message.payload)

    async def _delete_webhook_message(self, request: web.Request) -> web.Response:
        _, message = self._webhook_message(request)
        await self._delete(message)
        return no_content()
