"""Interactions as a user triggers them: option payloads built from the synced command definitions,
and a handle that records what the bot answered (callback, edits of @original, followups)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .model import (
    DM,
    FLAG_EPHEMERAL,
    JSON,
    FakeChannel,
    FakeDiscordUsageError,
    FakeGuild,
    FakeMember,
    FakeMessage,
    FakeRole,
    FakeUser,
)

if TYPE_CHECKING:
    from .server import FakeDiscord

# Interaction types.
PING = 1
APPLICATION_COMMAND = 2
MESSAGE_COMPONENT = 3
APPLICATION_COMMAND_AUTOCOMPLETE = 4
MODAL_SUBMIT = 5

# Callback types.
CHANNEL_MESSAGE_WITH_SOURCE = 4
DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE = 5
DEFERRED_UPDATE_MESSAGE = 6
UPDATE_MESSAGE = 7
APPLICATION_COMMAND_AUTOCOMPLETE_RESULT = 8
MODAL = 9

ALLOWED_CALLBACKS = {
    APPLICATION_COMMAND: {CHANNEL_MESSAGE_WITH_SOURCE, DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE, MODAL},
    MESSAGE_COMPONENT: {
        CHANNEL_MESSAGE_WITH_SOURCE,
        DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE,
        DEFERRED_UPDATE_MESSAGE,
        UPDATE_MESSAGE,
        MODAL,
    },
    APPLICATION_COMMAND_AUTOCOMPLETE: {APPLICATION_COMMAND_AUTOCOMPLETE_RESULT},
    MODAL_SUBMIT: {
        CHANNEL_MESSAGE_WITH_SOURCE,
        DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE,
        DEFERRED_UPDATE_MESSAGE,
        UPDATE_MESSAGE,
    },
}

# Application command option types.
SUB_COMMAND = 1
SUB_COMMAND_GROUP = 2
STRING = 3
INTEGER = 4
BOOLEAN = 5
USER = 6
CHANNEL = 7
ROLE = 8
MENTIONABLE = 9
NUMBER = 10
ATTACHMENT = 11


@dataclass
class InteractionHandle:
    """One interaction the fake sent, and everything the bot did with its token."""

    fake: FakeDiscord = field(repr=False)
    id: int
    token: str = field(repr=False)
    type: int
    payload: JSON = field(repr=False)
    user_id: int
    guild_id: int | None
    channel_id: int
    created: float = 0.0  # on the fake's clock
    response_type: int | None = None
    response_data: JSON | None = None
    source_message_id: int | None = None  # component interactions: the message clicked
    original_message_id: int | None = None
    followup_ids: list[int] = field(default_factory=list)

    # ---- waiting ----

    async def wait_response(self, within: float = 3.0) -> InteractionHandle:
        """Wait for the initial callback (Discord gives the bot 3 seconds)."""
        await self.fake.wait_until(
            lambda: self.response_type is not None, within, f"a response to interaction {self.id}"
        )
        return self

    async def wait_followups(self, count: int = 1, within: float = 3.0) -> list[FakeMessage]:
        await self.fake.wait_until(lambda: len(self.followup_ids) >= count, within, f"{count} followup(s)")
        return self.followups

    async def wait_original(
        self, predicate: Callable[[FakeMessage], bool] | None = None, within: float = 3.0
    ) -> FakeMessage:
        """Wait until the response message exists, is no longer a "thinking…" placeholder, and
        satisfies `predicate` (for deferred responses that are edited in later)."""

        def ready() -> bool:
            msg = self.message
            if msg is None or msg.flags & (1 << 7):
                return False
            return predicate is None or predicate(msg)

        await self.fake.wait_until(ready, within, "the original response")
        message = self.message
        assert message is not None
        return message

    # ---- what the user sees ----

    @property
    def responded(self) -> bool:
        return self.response_type is not None

    @property
    def message(self) -> FakeMessage | None:
        """The response message now: for commands the message the callback created, for
        component updates the clicked message (after edits)."""
        if self.original_message_id is None:
            return None
        return self.fake.message(self.original_message_id)

    @property
    def followups(self) -> list[FakeMessage]:
        return [m for m in (self.fake.message(i) for i in self.followup_ids) if m is not None]

    @property
    def content(self) -> str:
        return self.message.content if self.message is not None else ""

    @property
    def embeds(self) -> list[JSON]:
        return self.message.embeds if self.message is not None else []

    @property
    def components(self) -> list[JSON]:
        return self.message.components if self.message is not None else []

    @property
    def flags(self) -> int:
        return self.message.flags if self.message is not None else 0

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & FLAG_EPHEMERAL)

    @property
    def allowed_mentions(self) -> JSON | None:
        return self.message.allowed_mentions if self.message is not None else None

    @property
    def choices(self) -> list[JSON]:
        if self.response_type != APPLICATION_COMMAND_AUTOCOMPLETE_RESULT or self.response_data is None:
            raise FakeDiscordUsageError(f"interaction {self.id} got no autocomplete result")
        return list(self.response_data.get("choices", []))

    @property
    def all_text(self) -> str:
        """Content plus every embed's visible text, for assertions that should not care where
        the bot put a sentence."""
        parts = []
        for msg in [m for m in [self.message] if m is not None] + self.followups:
            parts.append(msg.content)
            for embed in msg.embeds:
                parts.extend(str(embed.get(k, "")) for k in ("title", "description"))
                parts.extend(f"{f.get('name', '')}\n{f.get('value', '')}" for f in embed.get("fields", []))
                parts.append(str((embed.get("footer") or {}).get("text", "")))
                parts.append(str((embed.get("author") or {}).get("name", "")))
        return "\n".join(p for p in parts if p)


# ---- building options from the synced definitions ----


def find_command(
    commands: list[JSON], path: list[str], *, command_type: int = 1
) -> tuple[JSON, list[JSON], list[JSON]]:
    """Return (command, option definitions of the leaf, the option-path skeleton to fill)."""
    top = next((c for c in commands if c["name"] == path[0] and c.get("type", 1) == command_type), None)
    if top is None:
        names = sorted(c["name"] for c in commands)
        raise FakeDiscordUsageError(f"no synced command /{path[0]} (synced: {names})")
    defs: list[JSON] = list(top.get("options", []))
    skeleton: list[JSON] = []
    for part in path[1:]:
        sub = next((o for o in defs if o["name"] == part and o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP)), None)
        if sub is None:
            raise FakeDiscordUsageError(f"/{' '.join(path)}: no subcommand {part!r} was synced")
        skeleton.append({"name": part, "type": sub["type"]})
        defs = list(sub.get("options", []))
    if any(o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP) for o in defs):
        raise FakeDiscordUsageError(f"/{' '.join(path)} is a group: name a subcommand")
    return top, defs, skeleton


def nest(skeleton: list[JSON], leaf_options: list[JSON]) -> list[JSON]:
    options = leaf_options
    for level in reversed(skeleton):
        options = [dict(level, options=options)]
    return options


@dataclass
class Resolver:
    """Turns test-friendly values into option values plus the `resolved` block Discord adds."""

    fake: FakeDiscord
    guild: FakeGuild | None
    channel: FakeChannel
    invoker_id: int
    resolved: JSON = field(default_factory=dict)

    def option(self, definition: JSON, value: Any, *, focused: bool = False) -> JSON:
        name, kind = definition["name"], definition["type"]
        out: JSON = {"name": name, "type": kind}
        if focused:
            if not definition.get("autocomplete"):
                raise FakeDiscordUsageError(f"option {name!r} has no autocomplete")
            out["value"] = str(value)
            out["focused"] = True
            return out
        out["value"] = self._value(definition, value)
        return out

    def _value(self, definition: JSON, value: Any) -> Any:
        name, kind = definition["name"], definition["type"]
        if kind == STRING:
            if not isinstance(value, str):
                raise FakeDiscordUsageError(f"option {name!r} takes a string, not {value!r}")
            if not definition.get("min_length", 0) <= len(value) <= definition.get("max_length", 6000):
                raise FakeDiscordUsageError(f"option {name!r}: length outside min_length/max_length")
            self._check_choice(definition, value)
            return value
        if kind in (INTEGER, NUMBER):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise FakeDiscordUsageError(f"option {name!r} takes a number, not {value!r}")
            if kind == INTEGER and not float(value).is_integer():
                raise FakeDiscordUsageError(f"option {name!r} takes an integer")
            lo, hi = definition.get("min_value"), definition.get("max_value")
            if (lo is not None and value < lo) or (hi is not None and value > hi):
                raise FakeDiscordUsageError(f"option {name!r}: {value} outside [{lo}, {hi}]")
            self._check_choice(definition, value)
            return int(value) if kind == INTEGER else float(value)
        if kind == BOOLEAN:
            if not isinstance(value, bool):
                raise FakeDiscordUsageError(f"option {name!r} takes a bool")
            return value
        if kind == USER:
            return str(self._user(name, value))
        if kind == ROLE:
            return str(self._role(name, value))
        if kind == CHANNEL:
            return str(self._channel(definition, value))
        if kind == MENTIONABLE:
            try:
                return str(self._user(name, value))
            except FakeDiscordUsageError:
                return str(self._role(name, value))
        raise FakeDiscordUsageError(f"option {name!r}: type {kind} is not supported by the fake")

    def _check_choice(self, definition: JSON, value: Any) -> None:
        choices = definition.get("choices")
        if choices and value not in [c["value"] for c in choices]:
            raise FakeDiscordUsageError(
                f"option {definition['name']!r}: {value!r} is not one of {[c['value'] for c in choices]}"
            )

    def _user(self, name: str, value: Any) -> int:
        uid = value.user.id if isinstance(value, FakeMember) else getattr(value, "id", value)
        if not isinstance(value, (FakeMember, FakeUser)) and not isinstance(uid, int):
            raise FakeDiscordUsageError(f"option {name!r} takes a user")
        user = self.fake.users.get(int(uid))
        if user is None:
            raise FakeDiscordUsageError(f"option {name!r}: unknown user {uid}")
        self.resolved.setdefault("users", {})[str(user.id)] = user.payload()
        if self.guild is not None and user.id in self.guild.members:
            member = self.guild.members[user.id].payload(with_user=False)
            member["permissions"] = str(self.guild.channel_permissions(user.id, self.channel.id))
            self.resolved.setdefault("members", {})[str(user.id)] = member
        return user.id

    def _role(self, name: str, value: Any) -> int:
        rid = value.id if isinstance(value, FakeRole) else value
        if self.guild is None or not isinstance(rid, int) or rid not in self.guild.roles:
            raise FakeDiscordUsageError(f"option {name!r}: unknown role {value!r}")
        self.resolved.setdefault("roles", {})[str(rid)] = self.guild.roles[rid].payload()
        return rid

    def _channel(self, definition: JSON, value: Any) -> int:
        cid = value.id if isinstance(value, FakeChannel) else value
        channel = self.guild.channels.get(cid) if self.guild is not None and isinstance(cid, int) else None
        if channel is None:
            raise FakeDiscordUsageError(f"option {definition['name']!r}: unknown channel {value!r}")
        allowed = definition.get("channel_types")
        if allowed and channel.type not in allowed:
            raise FakeDiscordUsageError(f"option {definition['name']!r}: channel type {channel.type} not in {allowed}")
        assert self.guild is not None
        self.resolved.setdefault("channels", {})[str(channel.id)] = {
            "id": str(channel.id),
            "name": channel.name,
            "type": channel.type,
            "permissions": str(self.guild.channel_permissions(self.invoker_id, channel.id)),
            "parent_id": None if channel.parent_id is None else str(channel.parent_id),
            "nsfw": channel.nsfw,
            "topic": channel.topic,
            "position": channel.position,
            "flags": 0,
            "rate_limit_per_user": 0,
            "last_message_id": None if channel.last_message_id is None else str(channel.last_message_id),
            "guild_id": str(self.guild.id),
        }
        return channel.id


def build_options(
    resolver: Resolver,
    definitions: list[JSON],
    values: Mapping[str, Any],
    *,
    focused: str | None = None,
) -> list[JSON]:
    by_name = {d["name"]: d for d in definitions}
    unknown = set(values) - set(by_name)
    if unknown:
        raise FakeDiscordUsageError(f"no synced option(s) {sorted(unknown)}; synced: {sorted(by_name)}")
    if focused is not None and focused not in values:
        raise FakeDiscordUsageError(f"focused option {focused!r} needs a value")
    out = []
    for d in definitions:
        if d["name"] in values:
            out.append(resolver.option(d, values[d["name"]], focused=d["name"] == focused))
        elif d.get("required") and focused is None:
            raise FakeDiscordUsageError(f"required option {d['name']!r} missing")
    return out


def check_can_use(command: JSON, *, guild: FakeGuild | None, channel: FakeChannel, user_id: int) -> None:
    """What the Discord client enforces before a user can even send the command."""
    contexts = command.get("contexts")
    context = 0 if guild is not None else (1 if channel.type == DM else 2)
    if contexts is not None and context not in contexts:
        raise FakeDiscordUsageError(f"/{command['name']} is not available in interaction context {context}")
    if contexts is None and guild is None and command.get("dm_permission") is False:
        raise FakeDiscordUsageError(f"/{command['name']} is guild-only")
    needed = command.get("default_member_permissions")
    if guild is not None and needed is not None:
        perms = guild.channel_permissions(user_id, channel.id)
        if int(needed) & ~perms:
            raise FakeDiscordUsageError(
                f"/{command['name']} is hidden from user {user_id} (default_member_permissions={needed}); "
                "pass bypass_default_permissions=True to simulate a server's command-permission override"
            )
