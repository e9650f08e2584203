"""A real HTTP server on 127.0.0.1 for feed tests, with routes configured per test.

Registered as a plugin (``pytest_plugins = ["tests.feedserver"]`` in tests/conftest.py); ask for the
``feed_server`` fixture::

    url = feed_server.route("/a.xml", body=RSS, etag='"v1"')
    ...
    assert feed_server.requests_for("/a.xml")[-1].headers["If-None-Match"] == '"v1"'

Each route serves fixed bytes with the behaviour a test needs: validators answered with 304, gzip,
redirects, error statuses, Retry-After / Cache-Control headers, a hanging response (released at teardown,
no sleeps), and streamed bodies without Content-Length (to test size caps while streaming).
"""

from __future__ import annotations

import asyncio
import gzip as gzip_module
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest_asyncio
from aiohttp import web
from multidict import CIMultiDict, CIMultiDictProxy

__all__ = ["FeedServer", "RecordedRequest", "Route", "feed_server"]


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    encoding: str | None = None  # "gzip" or "deflate"
    redirect_to: str | None = None  # path or absolute URL; status defaults to 302 when set
    hang: bool = False  # never answer (until the server stops)
    stream: bool = False  # send the body in chunks without Content-Length


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: CIMultiDictProxy[str]


class FeedServer:
    """Routes are mutable during a test: change a route's body or etag between two polls."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[RecordedRequest] = []
        self.base_url = ""
        self._runner: web.AppRunner | None = None
        self._release = asyncio.Event()
        self._arrived = asyncio.Condition()

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.base_url = f"http://{host}:{port}"

    async def stop(self) -> None:
        self._release.set()
        if self._runner is not None:
            await self._runner.cleanup()

    def url(self, path: str) -> str:
        return self.base_url + path

    def route(self, path: str, **kwargs: object) -> str:
        """Set the route at ``path`` (keyword arguments as in ``Route``) and return its full URL."""
        self.routes[path] = Route(**kwargs)  # type: ignore[arg-type]
        return self.url(path)

    def redirect_chain(self, prefix: str, hops: int, final_path: str) -> str:
        """``hops`` redirects ending at ``final_path``; returns the first URL."""
        for i in range(hops):
            target = f"{prefix}{i + 1}" if i + 1 < hops else final_path
            self.route(f"{prefix}{i}", redirect_to=target)
        return self.url(f"{prefix}0")

    def requests_for(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path == path]

    async def wait_for_request(self, path: str, count: int = 1) -> None:
        """Return once ``path`` has been requested ``count`` times (e.g. a hanging route is now busy)."""
        async with self._arrived:
            await self._arrived.wait_for(lambda: len(self.requests_for(path)) >= count)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        async with self._arrived:
            self.requests.append(RecordedRequest(request.method, request.path, request.headers))
            self._arrived.notify_all()
        route = self.routes.get(request.path)
        if route is None:
            return web.Response(status=404, text="no such route")
        if route.hang:
            await self._release.wait()
            return web.Response(status=503)
        headers: CIMultiDict[str] = CIMultiDict(route.headers)
        if route.redirect_to is not None:
            status = route.status if route.status in (301, 302, 303, 307, 308) else 302
            headers["Location"] = route.redirect_to
            return web.Response(status=status, headers=headers)
        if route.etag is not None:
            headers["ETag"] = route.etag
        if route.last_modified is not None:
            headers["Last-Modified"] = route.last_modified
        if route.status == 200 and self._not_modified(request, route):
            return web.Response(status=304, headers=headers)
        body = route.body
        if route.encoding == "gzip":
            body = gzip_module.compress(body)
            headers["Content-Encoding"] = "gzip"
        elif route.encoding == "deflate":
            body = zlib.compress(body)
            headers["Content-Encoding"] = "deflate"
        headers["Content-Type"] = route.content_type
        if route.stream:
            response = web.StreamResponse(status=route.status, headers=headers)
            response.enable_chunked_encoding()
            await response.prepare(request)
            for start in range(0, len(body), 16 * 1024):
                await response.write(body[start : start + 16 * 1024])
            await response.write_eof()
            return response
        return web.Response(status=route.status, body=body, headers=headers)

    @staticmethod
    def _not_modified(request: web.Request, route: Route) -> bool:
        inm = request.headers.get("If-None-Match")
        if route.etag is not None and inm is not None:
            return route.etag in (tag.strip() for tag in inm.split(","))
        ims = request.headers.get("If-Modified-Since")
        return route.last_modified is not None and ims == route.last_modified


@pytest_asyncio.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    server = FeedServer()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
