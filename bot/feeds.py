"""Fetching and parsing RSS/Atom feeds, and deciding when to poll each one next.

The network side (``FeedFetcher``) is aiohttp only; feedparser is handed bytes and never fetches, so every
request goes through one place that enforces the timeout, the size cap, the redirect limit, the optional
address guard and the concurrency limits. Every way a poll can fail ends up as a ``FeedError`` with a short
reason an operator can read, and the next poll time is a pure function of the previous state, so back-off
is testable with a fake clock. Storage is not this module's business: ``poll_feed`` returns the new state
and the entries, the caller saves them.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import random
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import Executor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, Literal
from urllib.parse import urljoin

import aiohttp
import feedparser
from yarl import URL

from bot.htmltext import clean_feed_text, html_to_text
from bot.models import FeedState, StoryInput

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_USER_AGENT",
    "MAX_BACKOFF",
    "FeedError",
    "FeedFetcher",
    "FeedState",
    "FetchResult",
    "ParsedFeed",
    "PollOutcome",
    "backoff_delay",
    "parse_feed",
    "parse_feed_async",
    "poll_feed",
    "state_after_failure",
    "state_after_success",
    "utcnow",
]

DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_BYTES = 2 * 1024 * 1024
DEFAULT_USER_AGENT = "biasbot/0.1 (+https://github.com/biasbot/biasbot; RSS reader)"
MAX_BACKOFF = 6 * 3600.0
# A server may ask us to wait (max-age, Retry-After) but not to forget the feed: honour at most a day.
MAX_HONOURED_DELAY = 24 * 3600.0
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024

ErrorKind = Literal[
    "dns", "connect", "timeout", "http", "too_big", "redirects", "blocked", "bad_url", "network",
    "not_feed", "malformed",
]
Clock = Callable[[], datetime]
Guard = Callable[[str], Awaitable[None]]


def utcnow() -> datetime:
    return datetime.now(UTC)


class FeedError(Exception):
    """Why a poll failed: ``kind`` for code, ``reason`` (short, human) for logs and the feed's state."""

    def __init__(self, kind: ErrorKind, reason: str, *, status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.kind: ErrorKind = kind
        self.reason = reason
        self.status = status
        self.retry_after = retry_after

    def __repr__(self) -> str:
        return f"FeedError({self.kind!r}, {self.reason!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Picklable, so a parse in a process pool can report it.
        return (FeedError, (self.kind, self.reason), {"status": self.status, "retry_after": self.retry_after})


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The outcome of one fetch: body bytes, "not modified", or an error; plus the caching headers."""

    url: str
    final_url: str
    status: int | None = None
    body: bytes | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    max_age: float | None = None
    retry_after: float | None = None
    error: FeedError | None = None
    redirects: int = 0

    @property
    def not_modified(self) -> bool:
        return self.status == 304 and self.error is None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    entries: tuple[StoryInput, ...]
    bozo: bool = False
    bozo_reason: str | None = None


@dataclass(frozen=True, slots=True)
class PollOutcome:
    """A poll's result for the caller to store: the new state, and entries unless not modified/failed.

    ``backlog`` is True when this is the feed's first successful poll: its entries are old news.
    """

    state: FeedState
    entries: tuple[StoryInput, ...] = ()
    error: FeedError | None = None
    not_modified: bool = False
    backlog: bool = False
    feed_title: str | None = None
    elapsed: float = field(default=0.0, compare=False)


# ---- scheduling (pure) ------------------------------------------------------------------------------


def backoff_delay(failures: int, interval: float, *, cap: float = MAX_BACKOFF, jitter: float = 0.2,
                  rng: Callable[[], float] = random.random) -> float:
    """Seconds to wait after ``failures`` consecutive failures: doubling from the interval, capped.

    Jitter only ever shortens the wait (by up to ``jitter``), so many feeds failing together spread out
    and the cap still holds.
    """
    base = max(interval, 60.0)
    exponent = min(max(failures - 1, 0), 32)
    delay = min(cap, base * (2.0 ** exponent))
    return delay * (1.0 - jitter * rng())


def _honoured(seconds: float | None) -> float:
    if seconds is None or seconds <= 0:
        return 0.0
    return min(seconds, MAX_HONOURED_DELAY)


def state_after_success(state: FeedState, *, now: datetime, interval: float, result: FetchResult | None = None
                        ) -> FeedState:
    """Reset failures and schedule the next poll at max(interval, max-age, Retry-After)."""
    delay = max(interval, _honoured(result.max_age if result else None),
                _honoured(result.retry_after if result else None))
    etag = state.etag
    last_modified = state.last_modified
    if result is not None:
        # A 304 may omit the validators; keep the ones we sent then.
        if result.etag is not None or not result.not_modified:
            etag = result.etag
        if result.last_modified is not None or not result.not_modified:
            last_modified = result.last_modified
    return replace(state, etag=etag, last_modified=last_modified, last_success=now, last_error=None,
                   consecutive_failures=0, next_due=now + _bounded(delay), last_attempt=now)


def state_after_failure(state: FeedState, *, now: datetime, interval: float, error: FeedError,
                        rng: Callable[[], float] = random.random, cap: float = MAX_BACKOFF) -> FeedState:
    """Count the failure, remember why, and back off (but never sooner than a Retry-After asks).

    Validators are kept as they were: a body we could not use must not be skipped next time by a 304.
    """
    failures = state.consecutive_failures + 1
    delay = max(backoff_delay(failures, interval, cap=cap, rng=rng), _honoured(error.retry_after))
    return replace(state, last_error=error.reason, consecutive_failures=failures,
                   next_due=now + _bounded(delay), last_attempt=now)


# Far enough that nobody waits for it, near enough that datetime arithmetic cannot overflow.
_MAX_DELAY = 366 * 24 * 3600.0


def _bounded(seconds: float) -> timedelta:
    """A delay as a timedelta; an absurd interval (a config typo) means "in a year", not an OverflowError."""
    if not seconds >= 0:  # NaN too
        return timedelta(0)
    return timedelta(seconds=min(seconds, _MAX_DELAY))


# ---- header helpers ---------------------------------------------------------------------------------

_MAX_AGE = re.compile(r"(?:^|[,\s])(s-maxage|max-age)\s*=\s*\"?(\d+)", re.IGNORECASE)


def _parse_max_age(cache_control: str | None) -> float | None:
    if not cache_control:
        return None
    lowered = cache_control.lower()
    if "no-store" in lowered or "no-cache" in lowered:
        return None
    found = {name.lower(): int(value) for name, value in _MAX_AGE.findall(cache_control)}
    value = found.get("max-age", found.get("s-maxage"))
    return float(value) if value is not None else None


def _parse_retry_after(value: str | None, now: datetime) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - now).total_seconds(), 0.0)


def _human_bytes(n: int) -> str:
    if n >= 1024 * 1024 and n % (1024 * 1024) == 0:
        return f"{n // (1024 * 1024)} MB"
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n // 1024} KB"
    return f"{n} bytes"


def _host_key(url: URL) -> str:
    return f"{url.scheme}://{url.host}:{url.port}"


# ---- fetching ---------------------------------------------------------------------------------------


class FeedFetcher:
    """One HTTP client for all feeds, with limits that keep a bad feed from hurting the others.

    ``guard`` is awaited with every URL (the first and each redirect hop) before connecting and refuses
    by raising; ``connector_factory`` lets a caller supply a connector that checks resolved addresses.
    Concurrency is bounded overall and per host; a hop's slot is held only while that hop is in flight.
    ``parse_executor`` is where ``poll_feed`` parses (default: a worker thread); a process pool takes
    parsing off the bot's core when many feeds change at once.
    """

    def __init__(
        self,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES,
        user_agent: str = DEFAULT_USER_AGENT,
        max_redirects: int = 5,
        concurrency: int = 20,
        per_host: int = 4,
        guard: Guard | None = None,
        session: aiohttp.ClientSession | None = None,
        connector_factory: Callable[[], aiohttp.BaseConnector] | None = None,
        clock: Clock = utcnow,
        parse_executor: Executor | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.user_agent = user_agent
        self.max_redirects = max_redirects
        self.per_host = per_host
        self.guard = guard
        self.clock = clock
        self.parse_executor = parse_executor
        self._session = session
        self._owns_session = session is None
        self._connector_factory = connector_factory
        self._all = asyncio.Semaphore(concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}

    async def __aenter__(self) -> FeedFetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._owns_session and self._session is not None:
            await self._session.close()
            self._session = None

    def _get_session(self) -> aiohttp.ClientSession:
        if self._session is None:
            connector = self._connector_factory() if self._connector_factory else aiohttp.TCPConnector(
                limit=0, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(
                connector=connector,
                timeout=aiohttp.ClientTimeout(total=None, sock_connect=self.timeout),
                headers={"User-Agent": self.user_agent,
                         "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                                   "text/xml;q=0.9, */*;q=0.5"},
                auto_decompress=True,
            )
        return self._session

    def _host_semaphore(self, url: URL) -> asyncio.Semaphore:
        key = _host_key(url)
        sem = self._hosts.get(key)
        if sem is None:
            sem = self._hosts[key] = asyncio.Semaphore(self.per_host)
        return sem

    async def fetch(self, url: str, state: FeedState | None = None) -> FetchResult:
        """Fetch ``url``, conditionally when ``state`` has validators. Never raises for feed problems."""
        try:
            return await self._fetch(url, state)
        except FeedError as exc:
            return FetchResult(url=url, final_url=url, status=exc.status, error=exc,
                               retry_after=exc.retry_after)

    async def _fetch(self, url: str, state: FeedState | None) -> FetchResult:
        headers: dict[str, str] = {}
        if state is not None and state.etag:
            headers["If-None-Match"] = state.etag
        if state is not None and state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        current = self._check_url(url)
        loop = asyncio.get_running_loop()
        deadline: float | None = None
        redirects = 0
        while True:
            if self.guard is not None:
                try:
                    async with asyncio.timeout(self.timeout):
                        await self.guard(str(current))
                except TimeoutError as exc:
                    raise FeedError("timeout", f"timed out after {self.timeout:g}s (address check)") from exc
                except Exception as exc:  # the guard's refusal, whatever its type
                    raise FeedError("blocked", f"address refused: {exc}") from exc
            async with self._host_semaphore(current), self._all:
                if deadline is None:
                    deadline = loop.time() + self.timeout
                try:
                    async with asyncio.timeout_at(deadline):
                        outcome = await self._one_hop(url, current, headers, redirects)
                except TimeoutError as exc:
                    raise FeedError("timeout", f"timed out after {self.timeout:g}s") from exc
                except aiohttp.ClientConnectorDNSError as exc:
                    if exc.os_error.errno is None:
                        # Not the system resolver failing: a guarding resolver refused the address.
                        raise FeedError("blocked", f"address refused: {exc.os_error}") from exc
                    raise FeedError("dns", f"DNS lookup failed for {current.host}") from exc
                except aiohttp.ClientConnectorError as exc:
                    reason = ("connection refused" if isinstance(exc.os_error, ConnectionRefusedError)
                              else exc.os_error.strerror or str(exc))
                    raise FeedError("connect", f"cannot connect to {current.host}: {reason}".rstrip()) from exc
                except aiohttp.ClientPayloadError as exc:
                    raise FeedError("network", "broken response body (bad compression or truncated)") from exc
                except aiohttp.ClientError as exc:
                    raise FeedError("network", f"network error: {type(exc).__name__}: {exc}"[:200]) from exc
                except ValueError as exc:
                    # aiohttp refuses to send what it considers unsafe (a control character in a header,
                    # say a configured User-Agent); that is this request failing, not the bot.
                    raise FeedError("network", f"request refused by the HTTP client: {exc}"[:200]) from exc
            if isinstance(outcome, FetchResult):
                return outcome
            redirects += 1
            if redirects > self.max_redirects:
                raise FeedError("redirects", f"too many redirects (more than {self.max_redirects})")
            current = self._check_url(outcome)

    @staticmethod
    def _check_url(url: str | URL) -> URL:
        try:
            parsed = url if isinstance(url, URL) else URL(url)
        except (ValueError, TypeError) as exc:
            raise FeedError("bad_url", f"invalid URL: {url}") from exc
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise FeedError("bad_url", f"invalid URL (need http or https): {url}")
        return parsed

    async def _one_hop(self, original: str, url: URL, headers: Mapping[str, str], redirects: int
                       ) -> FetchResult | URL:
        session = self._get_session()
        async with session.get(url, headers=headers, allow_redirects=False) as resp:
            if resp.status in _REDIRECT_STATUSES:
                location = resp.headers.get("Location")
                if not location:
                    raise FeedError("http", f"HTTP {resp.status} without Location", status=resp.status)
                try:
                    return url.join(URL(location))
                except ValueError as exc:
                    raise FeedError("bad_url", f"bad redirect Location: {location[:100]}") from exc
            now = self.clock()
            retry_after = _parse_retry_after(resp.headers.get("Retry-After"), now)
            if resp.status == 304:
                return self._result(original, url, resp, None, redirects, retry_after)
            if resp.status >= 400 or resp.status < 200:
                reason = f"HTTP {resp.status}"
                if resp.status in (429, 503) and retry_after is not None:
                    reason += f" (retry after {_honoured(retry_after):.0f}s)"
                raise FeedError("http", reason, status=resp.status,
                                retry_after=retry_after if resp.status in (429, 503) else None)
            if resp.content_length is not None and resp.content_length > self.max_bytes:
                raise FeedError("too_big", f"response larger than {_human_bytes(self.max_bytes)}",
                                status=resp.status)
            body = await self._read_capped(resp)
            return self._result(original, url, resp, body, redirects, retry_after)

    async def _read_capped(self, resp: aiohttp.ClientResponse) -> bytes:
        # resp.content yields decompressed bytes, so the cap applies to the decoded size.
        chunks: list[bytes] = []
        total = 0
        async for chunk in resp.content.iter_chunked(_CHUNK):
            total += len(chunk)
            if total > self.max_bytes:
                raise FeedError("too_big", f"response larger than {_human_bytes(self.max_bytes)}",
                                status=resp.status)
            chunks.append(chunk)
        return b"".join(chunks)

    @staticmethod
    def _result(original: str, url: URL, resp: aiohttp.ClientResponse, body: bytes | None, redirects: int,
                retry_after: float | None) -> FetchResult:
        return FetchResult(
            url=original,
            final_url=str(url),
            status=resp.status,
            body=body,
            content_type=resp.headers.get("Content-Type"),
            etag=resp.headers.get("ETag"),
            last_modified=resp.headers.get("Last-Modified"),
            max_age=_parse_max_age(resp.headers.get("Cache-Control")),
            retry_after=retry_after,
            redirects=redirects,
        )


# ---- parsing ----------------------------------------------------------------------------------------

_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)


def _looks_like_html(data: bytes, content_type: str | None) -> bool:
    if _HTML_START.match(data[:2048]):
        return True
    return bool(content_type and content_type.split(";")[0].strip().lower() in ("text/html", "application/xhtml+xml")
                and b"<rss" not in data[:4096] and b"<feed" not in data[:4096] and b"<rdf" not in data[:4096])


def _xml_content_type(content_type: str | None) -> str:
    """Tell feedparser the bytes are XML (servers often say text/html or text/plain), keeping the charset."""
    if not content_type:
        return "application/xml"
    _, _, params = content_type.partition(";")
    return f"application/xml;{params}" if "charset" in params.lower() else "application/xml"


def _published(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime(value[0], value[1], value[2], value[3], value[4], value[5], tzinfo=UTC)
            except (TypeError, ValueError):
                continue
    return None


def _entry_text(entry: Any) -> tuple[str, bool]:
    """The fullest body the entry offers (content:encoded/Atom content beats summary), and if it is HTML."""
    best = ""
    best_is_html = True
    for item in entry.get("content") or ():
        value = item.get("value") or ""
        if len(value) > len(best):
            best = value
            best_is_html = "html" in (item.get("type") or "text/html")
    summary = entry.get("summary") or ""
    if len(summary) > len(best):
        detail = entry.get("summary_detail") or {}
        best = summary
        best_is_html = "html" in (detail.get("type") or "text/html")
    return best, best_is_html


def _entry_title(entry: Any) -> str:
    title = entry.get("title") or ""
    detail = entry.get("title_detail") or {}
    if "html" in (detail.get("type") or ""):
        return html_to_text(title).replace("\n", " ")
    return " ".join(title.split())


def _headline_from(body: str, limit: int = 120) -> str:
    """A title for an untitled entry: its first sentence, at most ``limit`` characters, cut at a word."""
    first = body.split("\n", 1)[0]
    for mark in (". ", "! ", "? "):
        end = first.find(mark)
        if 0 < end < limit:
            first = first[: end + 1]
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _content_key(title: str, body: str, published: datetime | None = None) -> str:
    """A key for an entry with neither id nor link: its title and date when it has a title.

    Hashing the body too would make an entry whose text changes between polls (a view counter, an edit)
    a new story every time; with the title it is the same story, updated.
    """
    basis = f"{title}\n{published.isoformat() if published else ''}" if title else body
    digest = hashlib.sha256(basis.encode()).hexdigest()
    return f"sha256:{digest[:32]}"


def parse_feed(data: bytes, *, source: str, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse feed bytes into stories; raises ``FeedError`` when there is no usable feed in them.

    A feed that is malformed but still yields entries is accepted (``bozo`` set): real feeds are often
    slightly broken and losing their stories over a stray ``&`` helps nobody. CPU-bound: call it off the
    event loop (``parse_feed_async``).
    """
    if not data.strip():
        raise FeedError("not_feed", "not a feed (empty response)")
    if _looks_like_html(data, content_type):
        got = (content_type or "text/html").split(";")[0].strip()
        raise FeedError("not_feed", f"not a feed (got {got} page)")
    # We only keep plain text, so feedparser's HTML sanitising and URI rewriting would be wasted work
    # (together about 2/3 of its time); entry links are made absolute below, against the feed's URL.
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False,
                              response_headers={"content-type": _xml_content_type(content_type)})
    bozo_exception = parsed.get("bozo_exception")
    # Encoding/content-type complaints are not damage; only real XML errors count as malformed.
    bozo = bool(parsed.get("bozo")) and not isinstance(bozo_exception, feedparser.ThingsNobodyCaresAboutButMe)
    bozo_reason = str(bozo_exception) if bozo else None
    raw_entries = parsed.get("entries") or []
    if not raw_entries:
        if bozo and not parsed.get("version"):
            raise FeedError("malformed", f"malformed feed: {bozo_reason}"[:200])
        if not parsed.get("version"):
            raise FeedError("not_feed", "not a feed (no RSS or Atom document found)")
    entries: list[StoryInput] = []
    for entry in raw_entries:
        title = _entry_title(entry)
        raw_body, is_html = _entry_text(entry)
        body = clean_feed_text(raw_body, title, is_html=is_html)
        link = entry.get("link") or None
        if link:
            link = urljoin(url, link.strip())
        if not title and not body:
            continue
        published = _published(entry)
        key = (entry.get("id") or "").strip() or (link or "") or _content_key(title, body, published)
        if not title:
            title = _headline_from(body)
        entries.append(StoryInput(source=source, entry_key=key, url=link, title=title,
                                  published=published, body=body))
    if not entries and bozo:
        raise FeedError("malformed", f"malformed feed with no usable entries: {bozo_reason}"[:200])
    feed_title = (parsed.get("feed") or {}).get("title")
    return ParsedFeed(title=" ".join(feed_title.split()) if feed_title else None, entries=tuple(entries),
                      bozo=bozo, bozo_reason=bozo_reason)


async def parse_feed_async(data: bytes, *, source: str, url: str, content_type: str | None = None,
                           executor: Executor | None = None) -> ParsedFeed:
    """``parse_feed`` off the event loop so a big feed does not stall the bot.

    By default in a worker thread; pass a ``ProcessPoolExecutor`` to parse on other cores (see the bench
    for when that pays off).
    """
    if executor is None:
        return await asyncio.to_thread(parse_feed, data, source=source, url=url, content_type=content_type)
    job = functools.partial(parse_feed, data, source=source, url=url, content_type=content_type)
    return await asyncio.get_running_loop().run_in_executor(executor, job)


# ---- one poll ---------------------------------------------------------------------------------------


async def poll_feed(
    fetcher: FeedFetcher,
    url: str,
    state: FeedState | None,
    interval: float,
    *,
    source: str | None = None,
    rng: Callable[[], float] = random.random,
    executor: Executor | None = None,
    max_backoff: float = MAX_BACKOFF,
) -> PollOutcome:
    """Fetch, parse and compute the feed's next state; logs one warning line when the feed fails.

    ``source`` defaults to the feed URL (what ``StoryInput.source`` holds for feeds).
    """
    started = time.perf_counter()
    state = state if state is not None else FeedState(url=url)
    backlog = state.last_success is None
    result = await fetcher.fetch(url, state)
    now = fetcher.clock()
    error = result.error
    parsed: ParsedFeed | None = None
    if error is None and not result.not_modified:
        try:
            parsed = await parse_feed_async(result.body or b"", source=source or url, url=result.final_url,
                                            content_type=result.content_type,
                                            executor=executor or fetcher.parse_executor)
        except FeedError as exc:
            error = exc
    if error is not None:
        new_state = state_after_failure(state, now=now, interval=interval, error=error, rng=rng, cap=max_backoff)
        assert new_state.next_due is not None
        log.warning("feed %s failed: %s (failure %d, next try %s)", url, error.reason,
                    new_state.consecutive_failures, new_state.next_due.strftime("%Y-%m-%d %H:%M:%S UTC"))
        return PollOutcome(state=new_state, error=error, elapsed=time.perf_counter() - started)
    new_state = state_after_success(state, now=now, interval=interval, result=result)
    if parsed is None:
        return PollOutcome(state=new_state, not_modified=True, elapsed=time.perf_counter() - started)
    if parsed.bozo:
        log.debug("feed %s is malformed but usable: %s", url, parsed.bozo_reason)
    return PollOutcome(state=new_state, entries=parsed.entries, backlog=backlog, feed_title=parsed.title,
                       elapsed=time.perf_counter() - started)
