"""Keep server-added feeds from reaching anything but the public internet (SSRF guard).

A URL typed into ``/feeds add`` is fetched by the bot from inside the operator's network, so it must never
reach loopback, private ranges, link-local (cloud metadata lives there), multicast or reserved addresses.
Checking the URL once is not enough: DNS can change between the check and the fetch (rebinding) and a public
URL can redirect to a private one. So there are three layers:

- :func:`check_public_url` when the URL is added and before every request/redirect (the fetcher's ``guard``);
- :class:`GuardedResolver`, an aiohttp resolver that drops unsafe addresses at connect time, so the address
  actually connected to is the one that was checked (aiohttp skips resolvers for literal IPs, which the first
  layer covers);
- :func:`guard_trace_config`, checking each redirect target before aiohttp follows it.

Public API::

    class UnsafeURLError(ValueError): reason: str
    Resolver = Callable[[str, int], Awaitable[Sequence[str]]]        # (host, port) -> IP address strings
    def address_problem(ip: str | IPv4Address | IPv6Address) -> str | None   # None: public
    async def check_public_url(url, *, resolver=None) -> None        # raises UnsafeURLError(reason)
    def public_only_guard(resolver=None) -> Callable[[str], Awaitable[None]]  # FeedFetcher(guard=...)
    make_guard = public_only_guard
    class GuardedResolver(aiohttp.abc.AbstractResolver)               # wraps aiohttp's default resolver
    def guarded_connector(*, inner=None, **tcp_connector_kwargs) -> aiohttp.TCPConnector
    def guard_trace_config(resolver=None) -> aiohttp.TraceConfig      # checks every redirect target
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
from collections.abc import Awaitable, Callable, Sequence
from types import SimpleNamespace
from typing import Any
from urllib.parse import urljoin, urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult

log = logging.getLogger(__name__)

Resolver = Callable[[str, int], Awaitable[Sequence[str]]]
Address = ipaddress.IPv4Address | ipaddress.IPv6Address

_BLOCKED_HOSTNAMES = ("localhost", "metadata.google.internal", "metadata", "instance-data")
_BLOCKED_SUFFIXES = (".localhost", ".local", ".internal", ".localdomain", ".home.arpa")
_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_METADATA = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class UnsafeURLError(ValueError):
    """The URL may not be fetched for a server; ``reason`` is short and safe to show the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def address_problem(ip: str | Address) -> str | None:
    """Why the bot must not connect to ``ip``, or None when it is an ordinary public address."""
    try:
        addr = ipaddress.ip_address(ip) if isinstance(ip, str) else ip
    except ValueError:
        return f"'{ip}' is not an IP address"
    if isinstance(addr, ipaddress.IPv6Address):
        if addr.ipv4_mapped is not None:
            return address_problem(addr.ipv4_mapped)
        if addr in _NAT64:
            return address_problem(ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF))
        if addr.sixtofour is not None:
            problem = address_problem(addr.sixtofour)
            if problem:
                return problem
    if addr in _METADATA:
        return "a cloud metadata address"
    if addr.is_loopback:
        return "a loopback address"
    if addr.is_unspecified:
        return "an unspecified address"
    if addr.is_link_local:
        return "a link-local address"
    if addr.is_multicast:
        return "a multicast address"
    if isinstance(addr, ipaddress.IPv4Address) and addr in _CGNAT:
        return "a shared (carrier-grade NAT) address"
    if addr.is_reserved:
        return "a reserved address"
    if addr.is_private:
        return "a private network address"
    if not addr.is_global:
        return "not a public address"
    return None


def _host_problem(host: str) -> str | None:
    name = host.rstrip(".").lower()
    if not name:
        return "the URL has no host"
    if name in _BLOCKED_HOSTNAMES or name.endswith(_BLOCKED_SUFFIXES):
        return f"'{name}' is a local or internal host name"
    return None


async def system_resolver(host: str, port: int) -> list[str]:
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]).split("%", 1)[0] for info in infos})


def _literal(host: str) -> Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return None


async def check_public_url(url: str, *, resolver: Resolver | None = None) -> None:
    """Refuse (with the reason) a URL that is not http(s), carries credentials, or reaches a non-public address.

    Every address the host resolves to must be public: a name with one private answer among public ones is
    refused, since the connection could use either.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise UnsafeURLError("the URL is malformed") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise UnsafeURLError("only http:// and https:// URLs are allowed")
    if parts.username is not None or parts.password is not None:
        raise UnsafeURLError("URLs with a user name or password are not allowed")
    host = parts.hostname or ""
    problem = _host_problem(host)
    if problem:
        raise UnsafeURLError(problem)
    literal = _literal(host)
    if literal is not None:
        problem = address_problem(literal)
        if problem:
            raise UnsafeURLError(f"{host} is {problem}")
        return
    if port is None:
        port = 443 if parts.scheme.lower() == "https" else 80
    try:
        addresses = await (resolver or system_resolver)(host, port)
    except (OSError, UnicodeError) as exc:
        raise UnsafeURLError(f"the host '{host}' could not be resolved") from exc
    if not addresses:
        raise UnsafeURLError(f"the host '{host}' could not be resolved")
    for address in addresses:
        problem = address_problem(address)
        if problem:
            raise UnsafeURLError(f"'{host}' resolves to {problem}")


def public_only_guard(resolver: Resolver | None = None) -> Callable[[str], Awaitable[None]]:
    """A one-argument hook for fetchers that check each URL (first request and every redirect)."""

    async def guard(url: str) -> None:
        await check_public_url(url, resolver=resolver)

    return guard


make_guard = public_only_guard


class GuardedResolver(AbstractResolver):
    """Resolves through ``inner`` (aiohttp's default) and keeps only public addresses.

    The connector connects to exactly what this returns, so a host that re-resolves to a private address
    between the URL check and the connection is refused here (DNS rebinding).
    """

    def __init__(self, inner: AbstractResolver | None = None) -> None:
        self._inner = inner if inner is not None else aiohttp.DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        problem = _host_problem(host)
        if problem:
            raise OSError(f"refused to connect: {problem}")
        results = await self._inner.resolve(host, port, family)
        safe = [r for r in results if address_problem(r["host"]) is None]
        if not safe:
            reasons = {address_problem(r["host"]) for r in results} - {None}
            raise OSError(f"refused to connect: '{host}' resolves to {', '.join(sorted(map(str, reasons)))}")
        if len(safe) != len(results):
            log.warning("dropped non-public addresses for %s", host)
        return safe

    async def close(self) -> None:
        await self._inner.close()


def guarded_connector(*, inner: AbstractResolver | None = None, **kwargs: Any) -> aiohttp.TCPConnector:
    """A connector for sessions that fetch server-added URLs (resolver filtered, literal IPs checked by guard).

    Use it together with the URL guard, e.g. ``FeedFetcher(guard=public_only_guard(),
    connector_factory=lambda: guarded_connector(limit=0, ttl_dns_cache=300))``.
    """
    return aiohttp.TCPConnector(resolver=GuardedResolver(inner), **kwargs)


def guard_trace_config(resolver: Resolver | None = None) -> aiohttp.TraceConfig:
    """Checks the first URL and every redirect target before aiohttp follows it (raises UnsafeURLError)."""
    config = aiohttp.TraceConfig()

    async def on_start(
        session: aiohttp.ClientSession, ctx: SimpleNamespace, params: aiohttp.TraceRequestStartParams,
    ) -> None:
        await check_public_url(str(params.url), resolver=resolver)

    async def on_redirect(
        session: aiohttp.ClientSession, ctx: SimpleNamespace, params: aiohttp.TraceRequestRedirectParams,
    ) -> None:
        location = params.response.headers.get("Location") or params.response.headers.get("URI")
        if location:
            await check_public_url(urljoin(str(params.url), location), resolver=resolver)

    config.on_request_start.append(on_start)
    config.on_request_redirect.append(on_redirect)
    return config
