"""The SSRF guard: every class of non-public address is refused, before connecting and at connect time.

Only 127.0.0.1 is ever contacted; "public" hosts are names an injected resolver maps, never real lookups.
"""

from __future__ import annotations

import socket
from collections.abc import Mapping, Sequence

import aiohttp
import pytest
from aiohttp.abc import AbstractResolver, ResolveResult

from bot.feeds import FeedFetcher
from bot.netguard import (
    GuardedResolver,
    Resolver,
    UnsafeURLError,
    address_problem,
    check_public_url,
    guard_trace_config,
    guarded_connector,
    public_only_guard,
)
from tests.feedserver import FeedServer

PUBLIC_V4 = "93.184.216.34"
PUBLIC_V6 = "2606:4700:4700::1111"


def resolver_for(table: Mapping[str, Sequence[str]]) -> Resolver:
    async def resolve(host: str, port: int) -> list[str]:
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "unknown host")
        return list(table[host])

    return resolve


class StaticResolver(AbstractResolver):
    """What aiohttp's connector gets back from DNS, fixed per test."""

    def __init__(self, table: Mapping[str, Sequence[str]]) -> None:
        self.table = table
        self.asked: list[str] = []

    async def resolve(self, host: str, port: int = 0,
                      family: socket.AddressFamily = socket.AF_INET) -> list[ResolveResult]:
        self.asked.append(host)
        return [ResolveResult(hostname=host, host=ip, port=port, family=socket.AF_INET, proto=0,
                              flags=socket.AI_NUMERICHOST) for ip in self.table[host]]

    async def close(self) -> None:
        return None


@pytest.mark.parametrize(("address", "reason"), [
    ("127.0.0.1", "loopback"),
    ("127.8.9.10", "loopback"),
    ("::1", "loopback"),
    ("10.1.2.3", "private"),
    ("172.16.0.1", "private"),
    ("192.168.1.1", "private"),
    ("fc00::1", "private"),
    ("169.254.10.10", "link-local"),
    ("fe80::1", "link-local"),
    ("169.254.169.254", "metadata"),
    ("fd00:ec2::254", "metadata"),
    ("224.0.0.1", "multicast"),
    ("ff02::1", "multicast"),
    ("240.0.0.1", "reserved"),
    ("0.0.0.0", "unspecified"),
    ("::", "unspecified"),
    ("100.64.0.1", "carrier-grade NAT"),
    ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:10.0.0.1", "private"),
    ("::ffff:169.254.169.254", "metadata"),
    ("64:ff9b::7f00:1", "loopback"),
    ("2002:7f00:1::", "loopback"),
])
async def test_non_public_literal_address_is_refused(address: str, reason: str) -> None:
    assert reason in (address_problem(address) or "")
    host = f"[{address}]" if ":" in address else address
    with pytest.raises(UnsafeURLError, match=reason):
        await check_public_url(f"http://{host}/feed.xml", resolver=resolver_for({}))


@pytest.mark.parametrize("address", [PUBLIC_V4, PUBLIC_V6])
async def test_public_literal_address_is_accepted_without_dns(address: str) -> None:
    host = f"[{address}]" if ":" in address else address
    await check_public_url(f"https://{host}/feed.xml", resolver=resolver_for({}))


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST.", "feeds.localhost", "metadata.google.internal",
                                  "printer.local"])
async def test_local_host_names_are_refused_before_any_lookup(host: str) -> None:
    with pytest.raises(UnsafeURLError, match="local or internal host name"):
        await check_public_url(f"http://{host}/feed", resolver=resolver_for({}))


@pytest.mark.parametrize(("url", "reason"), [
    ("ftp://example.org/feed", "only http"),
    ("file:///etc/passwd", "only http"),
    ("gopher://example.org/", "only http"),
    ("http://user:secret@example.org/feed", "user name or password"),
    ("http://example.org:99999/", "malformed"),
])
async def test_bad_schemes_credentials_and_malformed_urls_are_refused(url: str, reason: str) -> None:
    with pytest.raises(UnsafeURLError, match=reason):
        await check_public_url(url, resolver=resolver_for({"example.org": [PUBLIC_V4]}))


async def test_host_resolving_to_a_private_address_is_refused() -> None:
    with pytest.raises(UnsafeURLError, match="resolves to a private network address"):
        await check_public_url("http://intranet.example/feed", resolver=resolver_for({"intranet.example":
                                                                                     ["10.0.0.5"]}))


async def test_host_with_one_private_answer_among_public_ones_is_refused() -> None:
    with pytest.raises(UnsafeURLError, match="loopback"):
        await check_public_url("http://mixed.example/", resolver=resolver_for({"mixed.example":
                                                                              [PUBLIC_V4, "127.0.0.1"]}))


async def test_host_resolving_only_to_public_addresses_is_accepted() -> None:
    await check_public_url("https://news.example/rss", resolver=resolver_for({"news.example":
                                                                             [PUBLIC_V4, PUBLIC_V6]}))


async def test_unresolvable_host_is_refused_with_a_clear_reason() -> None:
    with pytest.raises(UnsafeURLError, match="could not be resolved"):
        await check_public_url("https://nowhere.example/rss", resolver=resolver_for({}))


async def test_guarded_resolver_drops_private_answers_and_refuses_when_none_are_left() -> None:
    inner = StaticResolver({"mixed.example": [PUBLIC_V4, "10.0.0.1"], "private.example": ["192.168.0.2"]})
    resolver = GuardedResolver(inner)
    assert [r["host"] for r in await resolver.resolve("mixed.example", 80)] == [PUBLIC_V4]
    with pytest.raises(OSError, match="private network address"):
        await resolver.resolve("private.example", 80)
    with pytest.raises(OSError, match="local or internal"):
        await resolver.resolve("localhost", 80)
    assert inner.asked == ["mixed.example", "private.example"]


async def test_connector_with_guarded_resolver_never_connects_to_a_rebound_loopback_address(
    feed_server: FeedServer,
) -> None:
    url = feed_server.route("/feed.xml", body=b"<rss/>")
    port = url.split(":")[2].split("/")[0]
    connector = aiohttp.TCPConnector(resolver=GuardedResolver(StaticResolver({"rebind.example":
                                                                                 ["127.0.0.1"]})))
    async with aiohttp.ClientSession(connector=connector) as session:
        with pytest.raises(aiohttp.ClientConnectorError):
            await session.get(f"http://rebind.example:{port}/feed.xml")
    assert feed_server.requests == []


async def test_trace_config_refuses_a_redirect_to_a_private_address(feed_server: FeedServer) -> None:
    port = feed_server.base_url.rsplit(":", 1)[1]
    feed_server.route("/start", redirect_to=f"http://127.0.0.1:{port}/secret")
    feed_server.route("/secret", body=b"internal")
    # The session reaches the test server under a public-looking name; the check sees it as public.
    connector = aiohttp.TCPConnector(resolver=StaticResolver({"public.example": ["127.0.0.1"]}))
    trace = guard_trace_config(resolver=resolver_for({"public.example": [PUBLIC_V4]}))
    async with aiohttp.ClientSession(connector=connector, trace_configs=[trace]) as session:
        with pytest.raises(UnsafeURLError, match="loopback"):
            await session.get(f"http://public.example:{port}/start")
    assert [r.path for r in feed_server.requests] == ["/start"]


async def test_feed_fetcher_guard_refuses_a_loopback_feed(feed_server: FeedServer) -> None:
    url = feed_server.route("/feed.xml", body=b"<rss/>")
    async with FeedFetcher(guard=public_only_guard(resolver_for({}))) as fetcher:
        result = await fetcher.fetch(url)
    assert result.error is not None and result.error.kind == "blocked" and "loopback" in result.error.reason
    assert feed_server.requests == []


async def test_feed_fetcher_guard_refuses_a_redirect_to_a_private_address(feed_server: FeedServer) -> None:
    port = feed_server.base_url.rsplit(":", 1)[1]
    feed_server.route("/start", redirect_to="http://10.0.0.7/admin")
    session = aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(resolver=StaticResolver({"public.example": ["127.0.0.1"]})))
    try:
        fetcher = FeedFetcher(guard=public_only_guard(resolver_for({"public.example": [PUBLIC_V4]})),
                              session=session)
        result = await fetcher.fetch(f"http://public.example:{port}/start")
    finally:
        await session.close()
    assert [r.path for r in feed_server.requests] == ["/start"]
    assert result.error is not None and result.error.kind == "blocked"
    assert "private network address" in result.error.reason


async def test_feed_fetcher_with_guarded_connector_refuses_dns_rebinding(feed_server: FeedServer) -> None:
    """The URL check sees a public address, the connection-time lookup a loopback one: nothing is fetched."""
    port = feed_server.base_url.rsplit(":", 1)[1]
    feed_server.route("/feed.xml", body=b"<rss/>")
    fetcher = FeedFetcher(
        guard=public_only_guard(resolver_for({"rebind.example": [PUBLIC_V4]})),
        connector_factory=lambda: guarded_connector(inner=StaticResolver({"rebind.example": ["127.0.0.1"]})),
    )
    async with fetcher:
        result = await fetcher.fetch(f"http://rebind.example:{port}/feed.xml")
    assert result.error is not None and "loopback" in result.error.reason
    assert feed_server.requests == []
