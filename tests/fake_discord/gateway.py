"""The fake's gateway: sessions that survive a dropped socket, so RESUME can replay what was missed.

Protocol as documented (https://discord.com/developers/docs/events/gateway): HELLO, IDENTIFY →
READY + GUILD_CREATE, heartbeats answered with ACKs, RESUME → replay + RESUMED, close codes.
Transport compression `zlib-stream` (what discord.py 2.7.1 asks for when zstandard is missing) and
`zstd-stream` (when it is installed) are both honoured; without `compress` frames are plain text.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from aiohttp import WSMsgType, web

from .model import (
    ALL_INTENTS,
    INTENT_DIRECT_MESSAGES,
    INTENT_GUILD_MEMBERS,
    INTENT_GUILD_MESSAGES,
    INTENT_GUILDS,
    INTENT_MESSAGE_CONTENT,
    JSON,
    PRIVILEGED_INTENTS,
)

log = logging.getLogger(__name__)

OP_DISPATCH = 0
OP_HEARTBEAT = 1
OP_IDENTIFY = 2
OP_PRESENCE_UPDATE = 3
OP_VOICE_STATE_UPDATE = 4
OP_RESUME = 6
OP_RECONNECT = 7
OP_REQUEST_GUILD_MEMBERS = 8
OP_INVALID_SESSION = 9
OP_HELLO = 10
OP_HEARTBEAT_ACK = 11

# Which intent an event needs; events not listed are always sent.
EVENT_INTENTS = {
    "GUILD_CREATE": INTENT_GUILDS,
    "GUILD_UPDATE": INTENT_GUILDS,
    "GUILD_DELETE": INTENT_GUILDS,
    "GUILD_ROLE_CREATE": INTENT_GUILDS,
    "GUILD_ROLE_UPDATE": INTENT_GUILDS,
    "GUILD_ROLE_DELETE": INTENT_GUILDS,
    "CHANNEL_CREATE": INTENT_GUILDS,
    "CHANNEL_UPDATE": INTENT_GUILDS,
    "CHANNEL_DELETE": INTENT_GUILDS,
    "GUILD_MEMBER_ADD": INTENT_GUILD_MEMBERS,
    "GUILD_MEMBER_UPDATE": INTENT_GUILD_MEMBERS,
    "GUILD_MEMBER_REMOVE": INTENT_GUILD_MEMBERS,
}
MESSAGE_EVENTS = {"MESSAGE_CREATE", "MESSAGE_UPDATE", "MESSAGE_DELETE"}


class GatewayHost(Protocol):
    """What the gateway needs from the fake server (kept narrow so the two stay separable)."""

    token: str
    allowed_privileged_intents: int
    heartbeat_interval_ms: int

    def ready_payload(self, session_id: str) -> JSON: ...
    def guild_create_payloads(self, intents: int) -> list[JSON]: ...
    def members_chunk(self, guild_id: int, query: str | None, limit: int, user_ids: list[int] | None) -> JSON: ...
    def notify(self) -> None: ...


class _Compressor(Protocol):
    def __call__(self, data: bytes) -> bytes: ...


def _make_compressor(kind: str | None) -> _Compressor | None:
    if kind is None:
        return None
    if kind == "zlib-stream":
        ctx = zlib.compressobj()

        def zlib_frame(data: bytes) -> bytes:
            return ctx.compress(data) + ctx.flush(zlib.Z_SYNC_FLUSH)

        return zlib_frame
    if kind == "zstd-stream":
        import zstandard  # type: ignore[import-not-found,unused-ignore]  # only if the client chose zstd

        zctx = zstandard.ZstdCompressor().compressobj()

        def zstd_frame(data: bytes) -> bytes:
            out: bytes = zctx.compress(data) + zctx.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK)
            return out

        return zstd_frame
    raise ValueError(kind)


@dataclass
class GatewayEvent:
    """One frame the fake received or sent, for tests that assert on the protocol itself."""

    direction: str  # "recv" or "send"
    op: int
    t: str | None
    d: Any
    path: str  # which gateway URL the connection used: "/" or the resume URL's "/resume-gateway/"


class Connection:
    def __init__(self, ws: web.WebSocketResponse, compress: str | None, path: str, log: list[GatewayEvent]) -> None:
        self.ws = ws
        self.path = path
        self.log = log
        self._compress = _make_compressor(compress)
        self._lock = asyncio.Lock()
        self.session: GatewaySession | None = None
        self.closed_by_fake = False
        self.client_close_code: int | None = None

    async def send(self, payload: JSON) -> None:
        self.log.append(GatewayEvent("send", payload["op"], payload.get("t"), payload.get("d"), self.path))
        raw = json.dumps(payload, separators=(",", ":"))
        async with self._lock:
            if self.ws.closed:
                return
            try:
                if self._compress is None:
                    await self.ws.send_str(raw)
                else:
                    await self.ws.send_bytes(self._compress(raw.encode()))
            except (ConnectionError, RuntimeError):
                log.debug("gateway send on a closing socket dropped")

    async def close(self, code: int) -> None:
        self.closed_by_fake = True
        with contextlib.suppress(ConnectionError, RuntimeError):
            await self.ws.close(code=code)


@dataclass
class GatewaySession:
    id: str
    intents: int
    seq: int = 0
    buffer: list[JSON] = field(default_factory=list)
    conn: Connection | None = None
    alive: bool = True
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def wants(self, event: str, data: JSON) -> bool:
        if event in MESSAGE_EVENTS:
            need = INTENT_GUILD_MESSAGES if data.get("guild_id") else INTENT_DIRECT_MESSAGES
            return bool(self.intents & need)
        required = EVENT_INTENTS.get(event)
        return required is None or bool(self.intents & required)

    async def dispatch(self, event: str, data: JSON) -> None:
        async with self.lock:
            await self.emit(event, data)

    async def emit(self, event: str, data: JSON) -> None:
        """Send (or buffer) one DISPATCH; the caller holds `lock`."""
        if not self.alive or not self.wants(event, data):
            return
        self.seq += 1
        payload = {"op": OP_DISPATCH, "t": event, "s": self.seq, "d": data}
        self.buffer.append(payload)
        del self.buffer[:-1000]
        if self.conn is not None:
            await self.conn.send(payload)


class Gateway:
    """All gateway sessions of the one fake bot application."""

    def __init__(self, host: GatewayHost, new_session_id: Callable[[], str]) -> None:
        self.host = host
        self.new_session_id = new_session_id
        self.sessions: dict[str, GatewaySession] = {}
        self.connections: set[Connection] = set()
        self.log: list[GatewayEvent] = []
        self.identify_count = 0
        self.resume_count = 0
        self.heartbeat_count = 0
        #: While True new gateway connections are refused (discord.py then logs an ERROR and backs
        #: off for a second or more before retrying, so tests using it clear `discord_error_logs`).
        self.refuse_connections = False

    # ---- for the fake and the tests ----

    def live_sessions(self) -> list[GatewaySession]:
        return [s for s in self.sessions.values() if s.alive]

    async def dispatch(self, event: str, data: JSON, *, strip_content_unless: Callable[[], bool] | None = None) -> None:
        for session in self.live_sessions():
            payload = data
            hide = strip_content_unless is not None and not strip_content_unless()
            if hide and not session.intents & INTENT_MESSAGE_CONTENT:
                payload = dict(data, content="", embeds=[], attachments=[], components=[])
            await session.dispatch(event, payload)
        self.host.notify()

    async def dispatch_to_one(self, event: str, data: JSON) -> bool:
        """Interactions go to one session only: the most recently identified live one."""
        live = self.live_sessions()
        if not live:
            return False
        await live[-1].dispatch(event, data)
        self.host.notify()
        return True

    async def disconnect(self, code: int = 4000) -> None:
        """Drop every socket the way a network blip or a Discord restart would. Codes Discord
        documents as "reconnect with a new session" (4007, 4009) also kill the session."""
        for conn in list(self.connections):
            session = conn.session
            if session is not None and code in (4007, 4009):
                session.alive = False
            await conn.close(code)

    async def send_reconnect(self) -> None:
        for conn in list(self.connections):
            await self._send(conn, {"op": OP_RECONNECT, "d": None})

    async def invalidate(self, *, resumable: bool = False) -> None:
        for conn in list(self.connections):
            if conn.session is not None and not resumable:
                conn.session.alive = False
            await self._send(conn, {"op": OP_INVALID_SESSION, "d": resumable})

    async def close_all(self) -> None:
        for conn in list(self.connections):
            await conn.close(1001)

    # ---- the websocket endpoint ----

    async def handle(self, request: web.Request) -> web.StreamResponse:
        if self.refuse_connections:
            # Gateway outage: the upgrade fails, as when Discord's gateway is down.
            return web.Response(status=503, text="gateway unavailable")
        ws = web.WebSocketResponse(max_msg_size=4096 * 1024)
        await ws.prepare(request)
        query = request.rel_url.query
        compress = query.get("compress")
        if query.get("v") != "10":
            await ws.close(code=4012, message=b"Invalid API version")
            return ws
        if query.get("encoding", "json") != "json" or compress not in (None, "zlib-stream", "zstd-stream"):
            await ws.close(code=4002, message=b"Decode error")
            return ws
        conn = Connection(ws, compress, request.path, self.log)
        self.connections.add(conn)
        try:
            await self._send(conn, {"op": OP_HELLO, "d": {"heartbeat_interval": self.host.heartbeat_interval_ms}})
            while True:
                msg = await ws.receive()
                if msg.type in (WSMsgType.CLOSE, WSMsgType.CLOSING, WSMsgType.CLOSED, WSMsgType.ERROR):
                    if msg.type is WSMsgType.CLOSE:
                        conn.client_close_code = int(msg.data)
                    break
                if msg.type is not WSMsgType.TEXT:
                    await conn.close(4002)
                    break
                try:
                    frame = json.loads(msg.data)
                    op = int(frame["op"])
                except (ValueError, KeyError, TypeError):
                    await conn.close(4002)
                    break
                self.log.append(GatewayEvent("recv", op, None, frame.get("d"), conn.path))
                if not await self._handle_frame(conn, op, frame.get("d")):
                    break
        finally:
            log.debug(
                "gateway connection closed: client code=%s by_fake=%s", conn.client_close_code, conn.closed_by_fake
            )
            self.connections.discard(conn)
            session = conn.session
            if session is not None and session.conn is conn:
                session.conn = None
                # A client's own clean close (1000/1001) ends its session, as on Discord.
                if conn.client_close_code in (1000, 1001) and not conn.closed_by_fake:
                    session.alive = False
            self.host.notify()
        return ws

    async def _send(self, conn: Connection, payload: JSON) -> None:
        await conn.send(payload)

    async def _handle_frame(self, conn: Connection, op: int, d: Any) -> bool:
        if op == OP_HEARTBEAT:
            self.heartbeat_count += 1
            await self._send(conn, {"op": OP_HEARTBEAT_ACK})
            return True
        if op == OP_IDENTIFY:
            return await self._identify(conn, d)
        if op == OP_RESUME:
            return await self._resume(conn, d)
        if conn.session is None:
            await conn.close(4003)  # Not authenticated
            return False
        if op == OP_REQUEST_GUILD_MEMBERS:
            await self._request_members(conn.session, d)
            return True
        if op in (OP_PRESENCE_UPDATE, OP_VOICE_STATE_UPDATE):
            return True
        await conn.close(4001)  # Unknown opcode
        return False

    async def _identify(self, conn: Connection, d: JSON) -> bool:
        if conn.session is not None:
            await conn.close(4005)  # Already authenticated
            return False
        if d.get("token") != self.host.token:
            await conn.close(4004)  # Authentication failed
            return False
        intents = d.get("intents")
        if not isinstance(intents, int) or intents & ~ALL_INTENTS:
            await conn.close(4013)  # Invalid intent(s)
            return False
        if intents & PRIVILEGED_INTENTS & ~self.host.allowed_privileged_intents:
            await conn.close(4014)  # Disallowed intent(s)
            return False
        self.identify_count += 1
        session = GatewaySession(id=self.new_session_id(), intents=intents)
        async with session.lock:  # nothing else reaches this session before READY and its guilds
            self.sessions[session.id] = session
            session.conn = conn
            conn.session = session
            await session.emit("READY", self.host.ready_payload(session.id))
            for guild in self.host.guild_create_payloads(intents):
                await session.emit("GUILD_CREATE", guild)
        self.host.notify()
        return True

    async def _resume(self, conn: Connection, d: JSON) -> bool:
        session = self.sessions.get(str(d.get("session_id")))
        if d.get("token") != self.host.token:
            await conn.close(4004)
            return False
        if session is None or not session.alive:
            await self._send(conn, {"op": OP_INVALID_SESSION, "d": False})
            return True
        seq = d.get("seq")
        if not isinstance(seq, int) or seq > session.seq:
            await conn.close(4007)  # Invalid seq
            session.alive = False
            return False
        async with session.lock:
            if session.conn is not None and session.conn is not conn:
                await session.conn.close(4000)
            session.conn = conn
            conn.session = session
            missed = [p for p in session.buffer if p["s"] > seq]
            for payload in missed:
                await self._send(conn, payload)
            session.seq += 1
            resumed = {"op": OP_DISPATCH, "t": "RESUMED", "s": session.seq, "d": {}}
            session.buffer.append(resumed)
            await self._send(conn, resumed)
        self.resume_count += 1
        self.host.notify()
        return True

    async def _request_members(self, session: GatewaySession, d: JSON) -> None:
        guild_ids = d.get("guild_id")
        ids: list[Any] = guild_ids if isinstance(guild_ids, list) else [guild_ids]
        user_ids = d.get("user_ids")
        if isinstance(user_ids, (str, int)):
            user_ids = [user_ids]
        for gid in ids:
            chunk = self.host.members_chunk(
                int(gid), d.get("query"), int(d.get("limit", 0)), [int(u) for u in user_ids] if user_ids else None
            )
            if d.get("nonce") is not None:
                chunk["nonce"] = d["nonce"]
            await session.dispatch("GUILD_MEMBERS_CHUNK", chunk)
