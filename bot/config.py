"""The one typed configuration object, loaded and validated once at start-up.

Every problem is reported as a single line naming the offending key, so an operator can fix a config file
without reading a traceback. Secrets are never stored in the file: the config names the environment variable
that holds the Discord token, and only :meth:`Config.discord_token` reads it.
"""

from __future__ import annotations

import logging
import math
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

DEFAULT_CONFIG_PATH = Path("config.toml")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_WEEK = 7 * 24 * 3600
DEFAULT_USER_AGENT = "biasbot/0.1 (K-pop interaction alerts bot)"


class ConfigError(Exception):
    """A config value that cannot be used; ``str()`` is the one line shown to the operator."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem


@dataclass(frozen=True, slots=True)
class FeedConfig:
    url: str
    name: str | None = None
    interval: int | None = None  # seconds; None means [polling] interval


@dataclass(frozen=True, slots=True)
class StorageConfig:
    database: Path = Path("biasbot.sqlite3")


@dataclass(frozen=True, slots=True)
class SeedsConfig:
    path: Path = Path("seeds")
    max_file_bytes: int = 1_000_000
    rescan_interval: float = 30.0
    watch: bool = True


@dataclass(frozen=True, slots=True)
class HttpConfig:
    timeout: float = 20.0
    max_feed_bytes: int = 5_000_000
    user_agent: str = DEFAULT_USER_AGENT
    concurrency: int = 16
    per_host: int = 2


@dataclass(frozen=True, slots=True)
class PollingConfig:
    interval: int = 900
    jitter: int = 30
    max_backoff: int = 21_600
    misfire_grace: int = 300


@dataclass(frozen=True, slots=True)
class DiscordConfig:
    token_env: str = "DISCORD_TOKEN"
    api_base: str | None = None
    gateway_url: str | None = None
    dev_guild_id: int | None = None
    max_feeds_per_guild: int = 20
    alerts_per_story_limit: int = 1000


@dataclass(frozen=True, slots=True)
class LocalConfig:
    backlog_preview: int = 3


@dataclass(frozen=True, slots=True)
class Config:
    storage: StorageConfig = field(default_factory=StorageConfig)
    seeds: SeedsConfig = field(default_factory=SeedsConfig)
    http: HttpConfig = field(default_factory=HttpConfig)
    polling: PollingConfig = field(default_factory=PollingConfig)
    discord: DiscordConfig = field(default_factory=DiscordConfig)
    local: LocalConfig = field(default_factory=LocalConfig)
    feeds: tuple[FeedConfig, ...] = ()
    log_level: str = "INFO"
    source_path: Path | None = None

    def discord_token(self, environ: Mapping[str, str] | None = None) -> str | None:
        """The token from the environment; kept out of the object so it can never be printed with it."""
        env = os.environ if environ is None else environ
        token = env.get(self.discord.token_env, "").strip()
        return token or None

    def feed_interval(self, feed: FeedConfig) -> int:
        return feed.interval if feed.interval is not None else self.polling.interval


# --- validation helpers -------------------------------------------------------------------------------


class _Section:
    """Reads typed values from one TOML table and remembers which keys were used."""

    def __init__(self, name: str, data: Any) -> None:
        if not isinstance(data, dict):
            raise ConfigError(name, f"must be a table, got {_type_name(data)}")
        self.name = name
        self.data: dict[str, Any] = data
        self.used: set[str] = set()

    def key(self, key: str) -> str:
        return f"{self.name}.{key}" if self.name else key

    def _get(self, key: str) -> Any:
        self.used.add(key)
        return self.data.get(key)

    def string(self, key: str, default: str | None) -> str | None:
        value = self._get(key)
        if value is None:
            return default
        if not isinstance(value, str):
            raise ConfigError(self.key(key), f"must be a string, got {_type_name(value)}")
        if not value.strip():
            raise ConfigError(self.key(key), "must not be empty")
        if any(ord(c) < 32 or ord(c) == 127 for c in value):
            raise ConfigError(self.key(key), "must not contain control characters (newlines, tabs…)")
        return value

    def integer(self, key: str, default: int | None, *, minimum: int, maximum: int | None = None) -> int | None:
        value = self._get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(self.key(key), f"must be an integer, got {_type_name(value)}")
        _check_range(self.key(key), value, minimum, maximum)
        return value

    def number(self, key: str, default: float, *, minimum: float, maximum: float | None = None) -> float:
        value = self._get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(self.key(key), f"must be a number, got {_type_name(value)}")
        if not math.isfinite(value):
            raise ConfigError(self.key(key), f"must be a finite number, got {value}")
        _check_range(self.key(key), value, minimum, maximum)
        return float(value)

    def boolean(self, key: str, default: bool) -> bool:
        value = self._get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise ConfigError(self.key(key), f"must be true or false, got {_type_name(value)}")
        return value

    def finish(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            raise ConfigError(self.key(unknown[0]), "unknown key")


def _check_range(key: str, value: float, minimum: float, maximum: float | None) -> None:
    if value < minimum:
        raise ConfigError(key, f"must be at least {minimum:g}, got {value:g}")
    if maximum is not None and value > maximum:
        raise ConfigError(key, f"must be at most {maximum:g}, got {value:g}")


def _type_name(value: Any) -> str:
    return {
        bool: "a boolean", int: "an integer", float: "a number", str: "a string",
        list: "an array", dict: "a table",
    }.get(type(value), type(value).__name__)


def _http_url(key: str, value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(key, f"must be an http(s) URL, got {value!r}")
    return value


def _ws_url(key: str, value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("ws", "wss") or not parts.hostname:
        raise ConfigError(key, f"must be a ws(s) URL, got {value!r}")
    return value


# --- loading ------------------------------------------------------------------------------------------


def parse_config(data: dict[str, Any], *, source_path: Path | None = None) -> Config:
    """Validate a TOML document (already parsed) into a :class:`Config`."""
    top = _Section("", data)

    log_level = (top.string("log_level", "INFO") or "INFO").upper()
    if log_level not in LOG_LEVELS:
        raise ConfigError("log_level", f"must be one of {', '.join(LOG_LEVELS)}, got {log_level!r}")

    s = _Section("storage", top._get("storage") or {})
    storage = StorageConfig(database=Path(s.string("database", "biasbot.sqlite3") or ""))
    s.finish()

    s = _Section("seeds", top._get("seeds") or {})
    seeds = SeedsConfig(
        path=Path(s.string("path", "seeds") or ""),
        max_file_bytes=s.integer("max_file_bytes", 1_000_000, minimum=1, maximum=100_000_000) or 1,
        rescan_interval=s.number("rescan_interval", 30.0, minimum=0.5),
        watch=s.boolean("watch", True),
    )
    s.finish()

    s = _Section("http", top._get("http") or {})
    http = HttpConfig(
        timeout=s.number("timeout", 20.0, minimum=0.1, maximum=600),
        max_feed_bytes=s.integer("max_feed_bytes", 5_000_000, minimum=1024, maximum=200_000_000) or 1024,
        user_agent=s.string("user_agent", DEFAULT_USER_AGENT) or "",
        concurrency=s.integer("concurrency", 16, minimum=1, maximum=256) or 1,
        per_host=s.integer("per_host", 2, minimum=1, maximum=64) or 1,
    )
    s.finish()

    s = _Section("polling", top._get("polling") or {})
    polling = PollingConfig(
        interval=s.integer("interval", 900, minimum=10, maximum=_WEEK) or 10,
        jitter=s.integer("jitter", 30, minimum=0, maximum=3600) or 0,
        max_backoff=s.integer("max_backoff", 21_600, minimum=60, maximum=_WEEK) or 60,
        misfire_grace=s.integer("misfire_grace", 300, minimum=1, maximum=_WEEK) or 1,
    )
    s.finish()

    s = _Section("discord", top._get("discord") or {})
    api_base = s.string("api_base", None)
    gateway_url = s.string("gateway_url", None)
    discord = DiscordConfig(
        token_env=s.string("token_env", "DISCORD_TOKEN") or "",
        api_base=_http_url(s.key("api_base"), api_base).rstrip("/") if api_base else None,
        gateway_url=_ws_url(s.key("gateway_url"), gateway_url) if gateway_url else None,
        dev_guild_id=s.integer("dev_guild_id", None, minimum=1),
        max_feeds_per_guild=s.integer("max_feeds_per_guild", 20, minimum=0, maximum=500) or 0,
        alerts_per_story_limit=s.integer("alerts_per_story_limit", 1000, minimum=1) or 1,
    )
    s.finish()

    s = _Section("local", top._get("local") or {})
    local = LocalConfig(backlog_preview=s.integer("backlog_preview", 3, minimum=0, maximum=50) or 0)
    s.finish()

    raw_feeds = top._get("feeds") or []
    if not isinstance(raw_feeds, list):
        raise ConfigError("feeds", "must be an array of tables ([[feeds]])")
    feeds: list[FeedConfig] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_feeds):
        f = _Section(f"feeds[{index}]", raw)
        url = f.string("url", None)
        if url is None:
            raise ConfigError(f.key("url"), "is required")
        url = _http_url(f.key("url"), url.strip())
        if url in seen:
            raise ConfigError(f.key("url"), f"duplicate feed {url!r}")
        seen.add(url)
        feeds.append(FeedConfig(url=url, name=f.string("name", None),
                                interval=f.integer("interval", None, minimum=10, maximum=_WEEK)))
        f.finish()

    top.finish()
    return Config(storage=storage, seeds=seeds, http=http, polling=polling, discord=discord, local=local,
                  feeds=tuple(feeds), log_level=log_level, source_path=source_path)


def load_config(path: Path | None = None) -> Config:
    """Load ``path``; with no path, ``./config.toml`` when present, else the built-in defaults."""
    if path is None:
        if not DEFAULT_CONFIG_PATH.is_file():
            return Config()
        path = DEFAULT_CONFIG_PATH
    if path.exists() and not path.is_file():
        raise ConfigError(str(path), "config path is not a regular file")
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ConfigError(str(path), "config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), f"cannot read config file ({exc.__class__.__name__})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), f"invalid TOML: {exc}") from None
    return parse_config(data, source_path=path)
