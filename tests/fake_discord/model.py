"""State of the fake Discord: users, guilds, channels, messages, and the rules Discord applies to them.

Kept free of discord.py imports on purpose: the fake is an independent oracle for what the real
client sends and receives, built from the documented API shapes, so it must not borrow the
client's own idea of them.
"""

from __future__ import annotations

import itertools
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

JSON = dict[str, Any]

DISCORD_EPOCH_MS = 1420070400000

# Permission bits (https://discord.com/developers/docs/topics/permissions).
CREATE_INSTANT_INVITE = 1 << 0
KICK_MEMBERS = 1 << 1
BAN_MEMBERS = 1 << 2
ADMINISTRATOR = 1 << 3
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
ADD_REACTIONS = 1 << 6
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
MANAGE_MESSAGES = 1 << 13
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
MENTION_EVERYONE = 1 << 17
USE_EXTERNAL_EMOJIS = 1 << 18
CONNECT = 1 << 20
SPEAK = 1 << 21
CHANGE_NICKNAME = 1 << 26
MANAGE_ROLES = 1 << 28
USE_APPLICATION_COMMANDS = 1 << 31
SEND_MESSAGES_IN_THREADS = 1 << 38
ALL_PERMISSIONS = (1 << 53) - 1

DEFAULT_EVERYONE_PERMISSIONS = (
    CREATE_INSTANT_INVITE
    | ADD_REACTIONS
    | VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | USE_EXTERNAL_EMOJIS
    | CONNECT
    | SPEAK
    | CHANGE_NICKNAME
    | USE_APPLICATION_COMMANDS
    | SEND_MESSAGES_IN_THREADS
)
# What a typical invite link grants a bot that posts embeds: no Mention Everyone, so role pings
# only work for roles marked mentionable (as on Discord).
DEFAULT_BOT_PERMISSIONS = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | ADD_REACTIONS
    | USE_EXTERNAL_EMOJIS
    | SEND_MESSAGES_IN_THREADS
)

# Gateway intents (https://discord.com/developers/docs/events/gateway#gateway-intents).
INTENT_GUILDS = 1 << 0
INTENT_GUILD_MEMBERS = 1 << 1
INTENT_GUILD_PRESENCES = 1 << 8
INTENT_GUILD_MESSAGES = 1 << 9
INTENT_DIRECT_MESSAGES = 1 << 12
INTENT_MESSAGE_CONTENT = 1 << 15
PRIVILEGED_INTENTS = INTENT_GUILD_MEMBERS | INTENT_GUILD_PRESENCES | INTENT_MESSAGE_CONTENT
ALL_INTENTS = (1 << 26) - 1

# Channel types.
GUILD_TEXT = 0
DM = 1
GUILD_VOICE = 2
GUILD_CATEGORY = 4
GUILD_ANNOUNCEMENT = 5

# Message flags.
FLAG_EPHEMERAL = 1 << 6
FLAG_LOADING = 1 << 7
FLAG_SUPPRESS_NOTIFICATIONS = 1 << 12
FLAG_IS_COMPONENTS_V2 = 1 << 15

ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024


class FakeDiscordUsageError(AssertionError):
    """A test asked the fake for something a real Discord user could not do (unknown command,
    missing option, clicking a button that is not there): fail the test loudly."""


class SnowflakeFactory:
    """Snowflakes with real timestamps so that `created_at` on the client side is meaningful."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last_ms = 0
        self._inc = itertools.count()

    def __call__(self) -> int:
        with self._lock:
            ms = max(int(time.time() * 1000), self._last_ms)
            self._last_ms = ms
            return ((ms - DISCORD_EPOCH_MS) << 22) | (1 << 17) | (next(self._inc) & 0xFFF)


def iso_now() -> str:
    return datetime.now(UTC).isoformat()


def new_token(prefix: str = "") -> str:
    return prefix + secrets.token_urlsafe(48)


@dataclass
class FakeUser:
    id: int
    username: str
    global_name: str | None = None
    bot: bool = False
    locale: str = "en-US"

    def payload(self) -> JSON:
        data: JSON = {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0",
            "global_name": self.global_name,
            "avatar": None,
            "public_flags": 0,
            "flags": 0,
            "banner": None,
            "accent_color": None,
            "avatar_decoration_data": None,
            "collectibles": None,
            "primary_guild": None,
        }
        if self.bot:
            data["bot"] = True
        return data

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"


@dataclass
class FakeRole:
    id: int
    name: str
    permissions: int
    position: int = 1
    mentionable: bool = False
    color: int = 0
    hoist: bool = False
    managed: bool = False
    bot_id: int | None = None

    def payload(self) -> JSON:
        data: JSON = {
            "id": str(self.id),
            "name": self.name,
            "color": self.color,
            "colors": {"primary_color": self.color, "secondary_color": None, "tertiary_color": None},
            "hoist": self.hoist,
            "icon": None,
            "unicode_emoji": None,
            "position": self.position,
            "permissions": str(self.permissions),
            "managed": self.managed,
            "mentionable": self.mentionable,
            "flags": 0,
        }
        if self.bot_id is not None:
            data["tags"] = {"bot_id": str(self.bot_id)}
        return data

    @property
    def mention(self) -> str:
        return f"<@&{self.id}>"


@dataclass
class FakeChannel:
    id: int
    type: int
    name: str | None
    guild_id: int | None = None
    position: int = 0
    parent_id: int | None = None
    topic: str | None = None
    nsfw: bool = False
    permission_overwrites: list[JSON] = field(default_factory=list)
    recipients: list[FakeUser] = field(default_factory=list)
    last_message_id: int | None = None

    def payload(self, *, with_guild_id: bool = True) -> JSON:
        data: JSON = {"id": str(self.id), "type": self.type, "last_message_id": _opt_str(self.last_message_id)}
        if self.type == DM:
            data["recipients"] = [u.payload() for u in self.recipients]
            data["flags"] = 0
            return data
        data.update(
            {
                "name": self.name,
                "position": self.position,
                "parent_id": _opt_str(self.parent_id),
                "topic": self.topic,
                "nsfw": self.nsfw,
                "permission_overwrites": [dict(o) for o in self.permission_overwrites],
                "rate_limit_per_user": 0,
                "flags": 0,
            }
        )
        if with_guild_id and self.guild_id is not None:
            data["guild_id"] = str(self.guild_id)
        return data

    @property
    def mention(self) -> str:
        return f"<#{self.id}>"


@dataclass
class FakeMember:
    user: FakeUser
    role_ids: list[int] = field(default_factory=list)
    nick: str | None = None
    joined_at: str = field(default_factory=iso_now)

    def payload(self, *, with_user: bool = True) -> JSON:
        data: JSON = {
            "roles": [str(r) for r in self.role_ids],
            "nick": self.nick,
            "avatar": None,
            "banner": None,
            "joined_at": self.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }
        if with_user:
            data["user"] = self.user.payload()
        return data


@dataclass
class FakeGuild:
    id: int
    name: str
    owner_id: int
    preferred_locale: str = "en-US"
    roles: dict[int, FakeRole] = field(default_factory=dict, repr=False)
    channels: dict[int, FakeChannel] = field(default_factory=dict, repr=False)
    members: dict[int, FakeMember] = field(default_factory=dict, repr=False)

    @property
    def everyone(self) -> FakeRole:
        return self.roles[self.id]

    def payload(self) -> JSON:
        """The Guild object as GET /guilds/{id} returns it (no channels or members)."""
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 1,
            "explicit_content_filter": 0,
            "roles": [r.payload() for r in self.roles.values()],
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "max_members": 500000,
            "max_presences": None,
            "vanity_url_code": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": self.preferred_locale,
            "nsfw_level": 0,
            "nsfw": False,
            "premium_progress_bar_enabled": False,
            "widget_enabled": False,
            "widget_channel_id": None,
            "region": "deprecated",
            "incidents_data": None,
        }

    def base_permissions(self, user_id: int) -> int:
        if user_id == self.owner_id:
            return ALL_PERMISSIONS
        member = self.members.get(user_id)
        perms = self.everyone.permissions
        if member is not None:
            for role_id in member.role_ids:
                role = self.roles.get(role_id)
                if role is not None:
                    perms |= role.permissions
        if perms & ADMINISTRATOR:
            return ALL_PERMISSIONS
        return perms

    def channel_permissions(self, user_id: int, channel_id: int | None) -> int:
        """The documented algorithm: base, then @everyone, role and member overwrites, then the
        implicit denials (no View Channel means nothing; no Send Messages means no mentions,
        embeds or files)."""
        base = self.base_permissions(user_id)
        if base & ADMINISTRATOR or channel_id is None:
            return base
        channel = self.channels.get(channel_id)
        if channel is None:
            return base
        member = self.members.get(user_id)
        role_ids = set(member.role_ids) if member is not None else set()
        perms = base
        overwrites = {int(o["id"]): o for o in channel.permission_overwrites}
        everyone = overwrites.get(self.id)
        if everyone is not None:
            perms &= ~int(everyone["deny"])
            perms |= int(everyone["allow"])
        allow = deny = 0
        for oid, o in overwrites.items():
            if o["type"] == 0 and oid in role_ids:
                allow |= int(o["allow"])
                deny |= int(o["deny"])
        perms &= ~deny
        perms |= allow
        mine = overwrites.get(user_id)
        if mine is not None and mine["type"] == 1:
            perms &= ~int(mine["deny"])
            perms |= int(mine["allow"])
        if not perms & VIEW_CHANNEL:
            return 0
        if channel.type in (GUILD_TEXT, GUILD_ANNOUNCEMENT) and not perms & SEND_MESSAGES:
            perms &= ~(MENTION_EVERYONE | EMBED_LINKS | ATTACH_FILES | SEND_MESSAGES_IN_THREADS)
        return perms


@dataclass
class FakeMessage:
    """One message as the fake stores it: `payload` is the Message object Discord would return now
    (after edits); `sent` is the body the bot posted, `edits` the bodies of later PATCHes."""

    payload: JSON
    sent: JSON
    edits: list[JSON] = field(default_factory=list)
    ephemeral_to: int | None = None
    interaction_id: int | None = None
    deleted: bool = False
    created_at: float = 0.0  # on the fake's clock (FakeDiscord.clock)
    pinged_users: set[int] = field(default_factory=set)
    pinged_roles: set[int] = field(default_factory=set)
    pinged_everyone: bool = False

    @property
    def id(self) -> int:
        return int(self.payload["id"])

    @property
    def channel_id(self) -> int:
        return int(self.payload["channel_id"])

    @property
    def author_id(self) -> int:
        return int(self.payload["author"]["id"])

    @property
    def content(self) -> str:
        return str(self.payload.get("content", ""))

    @property
    def embeds(self) -> list[JSON]:
        return list(self.payload.get("embeds", []))

    @property
    def components(self) -> list[JSON]:
        return list(self.payload.get("components", []))

    @property
    def flags(self) -> int:
        return int(self.payload.get("flags", 0))

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & FLAG_EPHEMERAL)

    @property
    def nonce(self) -> str | int | None:
        nonce: str | int | None = self.sent.get("nonce")
        return nonce

    @property
    def allowed_mentions(self) -> JSON | None:
        """The allowed_mentions of the latest request that set it (post or edit), as sent."""
        for body in reversed(self.edits):
            if "allowed_mentions" in body:
                value: JSON | None = body["allowed_mentions"]
                return value
        value = self.sent.get("allowed_mentions")
        return value

    def find_component(self, custom_id: str) -> JSON | None:
        return _find_component(self.components, custom_id)


def _find_component(components: list[JSON], custom_id: str) -> JSON | None:
    for comp in components:
        if comp.get("custom_id") == custom_id:
            return comp
        for key in ("components", "accessory"):
            child = comp.get(key)
            if isinstance(child, list):
                found = _find_component(child, custom_id)
                if found is not None:
                    return found
            elif isinstance(child, dict):
                found = _find_component([child], custom_id)
                if found is not None:
                    return found
    return None


def _opt_str(value: int | None) -> str | None:
    return None if value is None else str(value)


# ---- validation of message bodies (the documented limits) ----

USER_MENTION = re.compile(r"<@!?(\d{15,21})>")
ROLE_MENTION = re.compile(r"<@&(\d{15,21})>")
EVERYONE_MENTION = re.compile(r"@(everyone|here)")


class FormError(Exception):
    """400 Invalid Form Body (code 50035) with Discord's nested `errors` object."""

    def __init__(self, path: list[str | int], code: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.code = code
        self.message = message

    def body(self) -> JSON:
        errors: JSON = {"_errors": [{"code": self.code, "message": self.message}]}
        for key in reversed(self.path):
            errors = {str(key): errors}
        return {"code": 50035, "message": "Invalid Form Body", "errors": errors}


class APIError(Exception):
    """Any other JSON error response: status plus Discord's numeric code."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


EMBED_LIMITS = {"title": 256, "description": 4096}


def validate_embeds(embeds: list[JSON], path: list[str | int]) -> None:
    if len(embeds) > 10:
        raise FormError([*path], "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
    total = 0
    for i, embed in enumerate(embeds):
        if not isinstance(embed, dict):
            raise FormError([*path, i], "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType")
        for key, limit in EMBED_LIMITS.items():
            value = embed.get(key)
            if value is not None:
                _check_len(str(value), limit, [*path, i, key])
                total += len(str(value))
        fields = embed.get("fields") or []
        if len(fields) > 25:
            raise FormError([*path, i, "fields"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
        for j, f in enumerate(fields):
            name, value = str(f.get("name", "")), str(f.get("value", ""))
            if not name or not value:
                raise FormError([*path, i, "fields", j], "BASE_TYPE_REQUIRED", "This field is required")
            _check_len(name, 256, [*path, i, "fields", j, "name"])
            _check_len(value, 1024, [*path, i, "fields", j, "value"])
            total += len(name) + len(value)
        footer = embed.get("footer") or {}
        if footer.get("text") is not None:
            _check_len(str(footer["text"]), 2048, [*path, i, "footer", "text"])
            total += len(str(footer["text"]))
        author = embed.get("author") or {}
        if author.get("name") is not None:
            _check_len(str(author["name"]), 256, [*path, i, "author", "name"])
            total += len(str(author["name"]))
    if total > 6000:
        raise FormError([*path], "BASE_TYPE_MAX_LENGTH", "Embed size exceeds maximum size of 6000")


def _check_len(value: str, limit: int, path: list[str | int]) -> None:
    if len(value) > limit:
        raise FormError(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")


def validate_components(components: list[JSON], flags: int) -> None:
    if flags & FLAG_IS_COMPONENTS_V2:
        _check_unique_ids(components)
        return
    if len(components) > 5:
        raise FormError(["components"], "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.")
    for i, row in enumerate(components):
        if row.get("type") != 1:
            raise FormError(["components", i], "UNION_TYPE_CHOICES", 'Value of field "type" must be 1.')
        children = row.get("components") or []
        if not 1 <= len(children) <= 5:
            raise FormError(
                ["components", i, "components"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length."
            )
        for j, comp in enumerate(children):
            path: list[str | int] = ["components", i, "components", j]
            if comp.get("type") == 2:
                if comp.get("style") == 5:
                    if not comp.get("url") or comp.get("custom_id"):
                        raise FormError(path, "BUTTON_COMPONENT_URL_REQUIRED", "A url is required")
                elif comp.get("style") != 6 and not comp.get("custom_id"):
                    raise FormError(path, "BUTTON_COMPONENT_CUSTOM_ID_REQUIRED", "A custom id is required")
                if comp.get("label") is not None:
                    _check_len(str(comp["label"]), 80, [*path, "label"])
            if comp.get("custom_id") is not None:
                _check_len(str(comp["custom_id"]), 100, [*path, "custom_id"])
    _check_unique_ids(components)


def _check_unique_ids(components: list[JSON]) -> None:
    seen: set[str] = set()

    def walk(items: list[JSON]) -> None:
        for comp in items:
            cid = comp.get("custom_id")
            if cid is not None:
                if cid in seen:
                    raise FormError(
                        ["components"], "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated"
                    )
                seen.add(cid)
            child = comp.get("components")
            if isinstance(child, list):
                walk(child)
            acc = comp.get("accessory")
            if isinstance(acc, dict):
                walk([acc])

    walk(components)


def number_components(components: list[JSON]) -> list[JSON]:
    """Discord gives every component a numeric `id` unique within the message."""
    counter = itertools.count(1)

    def walk(items: list[JSON]) -> list[JSON]:
        out = []
        for comp in items:
            comp = dict(comp)
            comp.setdefault("id", next(counter))
            if isinstance(comp.get("components"), list):
                comp["components"] = walk(comp["components"])
            if isinstance(comp.get("accessory"), dict):
                comp["accessory"] = walk([comp["accessory"]])[0]
            out.append(comp)
        return out

    return walk(components)


def validate_nonce(nonce: object) -> None:
    if nonce is None:
        return
    if isinstance(nonce, bool) or not isinstance(nonce, (str, int)):
        raise FormError(["nonce"], "MODEL_TYPE_CONVERT", "Nonce must be a string or integer")
    if isinstance(nonce, str) and len(nonce) > 25:
        raise FormError(["nonce"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")


def validate_allowed_mentions(am: JSON | None) -> None:
    if am is None:
        return
    parse = am.get("parse", [])
    for bad in set(parse) - {"users", "roles", "everyone"}:
        raise FormError(["allowed_mentions", "parse"], "BASE_TYPE_CHOICES", f"Value {bad!r} is not a valid enum value.")
    for kind in ("users", "roles"):
        ids = am.get(kind)
        if ids is None:
            continue
        if kind in parse:
            raise FormError(
                ["allowed_mentions", kind],
                "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                f'parse:["{kind}"] and {kind}: [ids...] are mutually exclusive.',
            )
        if len(ids) > 100:
            raise FormError(["allowed_mentions", kind], "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.")


def compute_pings(
    content: str,
    allowed_mentions: JSON | None,
    *,
    guild: FakeGuild | None,
    author_permissions: int,
    replied_user_id: int | None,
) -> tuple[set[int], set[int], bool]:
    """Who a message actually notifies: mentions in the content, filtered by allowed_mentions
    (absent means "parse everything"), with the permission rules for @everyone and roles."""
    users = {int(m) for m in USER_MENTION.findall(content)}
    roles = {int(m) for m in ROLE_MENTION.findall(content)}
    everyone = bool(EVERYONE_MENTION.search(content))
    if allowed_mentions is None:
        parse = {"users", "roles", "everyone"}
        allow_users: set[int] | None = None
        allow_roles: set[int] | None = None
        replied = True
    else:
        parse = set(allowed_mentions.get("parse", []))
        allow_users = {int(x) for x in allowed_mentions.get("users", [])}
        allow_roles = {int(x) for x in allowed_mentions.get("roles", [])}
        replied = bool(allowed_mentions.get("replied_user", False))
    if "users" not in parse:
        users = users & (allow_users or set())
    if "roles" not in parse:
        roles = roles & (allow_roles or set())
    if "everyone" not in parse:
        everyone = False
    can_mention_everyone = bool(author_permissions & MENTION_EVERYONE) or guild is None
    if everyone and not can_mention_everyone:
        everyone = False
    if guild is None:
        roles = set()
    else:
        roles = {r for r in roles if r in guild.roles and (guild.roles[r].mentionable or can_mention_everyone)}
    if replied_user_id is not None and replied:
        users.add(replied_user_id)
    return users, roles, everyone
