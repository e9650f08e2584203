"""Feed ingest benchmark: our fetch + parse + store pipeline against bare ``feedparser.parse``.

Generates N feeds × M entries (bodies of about 3 KB of made-up HTML), serves them from 127.0.0.1 with
aiohttp, and measures in one run:

* bare ``feedparser.parse`` over the same bytes (the yardstick),
* our parse alone (``bot.feeds.parse_feed``), fetch + parse (``bot.feeds.poll_feed``), and the whole
  pipeline into a fresh SQLite database (``bot.ingest.Ingestor.poll_feed``: fetch, parse, de-duplicate,
  store, save feed state) — target: pipeline >= 0.7 × bare feedparser, in entries per second;
* a poll round of K unchanged feeds that all answer 304 through the same pipeline — target <= 5 s;
* resident memory after each of R repeated rounds (304 round + a changed-ETag round over the N feeds)
  — target: flat.

    .venv/bin/python bench/ingest.py [--feeds 50] [--entries 20] [--unchanged 1000] [--rounds 4]

Prints a compact table and exits 0 (the targets are reported, not enforced).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import multiprocessing
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Awaitable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from multiprocessing.connection import Connection
from pathlib import Path

import aiohttp
import feedparser
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.dedupe import DuplicateIndex
from bot.feeds import FeedFetcher, FeedState, parse_feed, poll_feed
from bot.ingest import Ingestor
from bot.models import StoryInput
from bot.store import Store

_WORDS = (
    "idol", "stage", "fans", "encore", "teaser", "comeback", "album", "single", "chart", "award",
    "dance", "practice", "rehearsal", "cover", "song", "video", "livestream", "message", "birthday",
    "surprise", "leader", "member", "group", "duo", "unit", "debut", "tour", "concert", "fanmeeting",
    "variety", "show", "episode", "interview", "photo", "selfie", "caption", "comment", "reply",
    "friend", "labelmate", "senior", "junior", "challenge", "collaboration", "duet", "festival",
    "broadcast", "radio", "behind", "scenes", "schedule", "airport", "fashion", "magazine", "brand",
    "campaign", "teaser", "trailer", "lyrics", "melody", "choreography", "vocal", "rapper", "producer",
    "studio",
)


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(9, 18))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def _body_html(rng: random.Random, size: int) -> str:
    paragraphs: list[str] = []
    total = 0
    while total < size:
        paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))
        if rng.random() < 0.3:
            paragraph = paragraph.replace(" fans ", ' <a href="https://fans.example/t">fans</a> ', 1)
        if rng.random() < 0.3:
            paragraph = paragraph.replace(" stage ", " <strong>stage</strong> ", 1)
        paragraphs.append(f"<p>{paragraph}</p>")
        total += len(paragraph)
    return "".join(paragraphs)


def make_feed(index: int, entries: int, body_bytes: int, *, seed: int = 7) -> bytes:
    """One WordPress-like RSS 2.0 feed: content:encoded HTML, a teaser with the "The post…" footer."""
    rng = random.Random(seed * 100_003 + index)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    items: list[str] = []
    for j in range(entries):
        title = f"{_sentence(rng)[:-1]} #{index}-{j}"
        link = f"https://site{index}.example/{index}/{j}/"
        teaser = _sentence(rng)
        pub = format_datetime(start + timedelta(hours=index * entries + j), usegmt=True)
        items.append(
            f"<item><title>{title}</title><link>{link}</link>"
            f'<guid isPermaLink="false">{link}</guid><pubDate>{pub}</pubDate>'
            f"<description>{teaser} [&amp;#8230;] The post {title} appeared first on Site {index}.</description>"
            f"<content:encoded><![CDATA[{_body_html(rng, body_bytes)}]]></content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Bench Site {index}</title><link>https://site{index}.example/</link>"
        f"<description>Generated</description>{''.join(items)}</channel></rss>"
    ).encode()


class BenchServer:
    """Serves /feed/<i>.xml with an ETag; a matching If-None-Match gets 304, as real feed hosts do.

    Runs in its own process (see ``ServerProcess``) so serving costs are not billed to our pipeline, just as
    a real feed host's are not. ``POST /_bump?n=N`` changes the ETag of feeds 0..N-1 (same content);
    ``GET /_count`` returns how many feed requests were served.
    """

    def __init__(self, bodies: dict[int, bytes]) -> None:
        self.bodies = bodies
        self.versions: dict[int, int] = {}
        self.requests = 0
        self._runner: web.AppRunner | None = None
        self.base = ""

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/feed/{index}.xml", self._handle)
        app.router.add_post("/_bump", self._bump)
        app.router.add_get("/_count", self._count)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, backlog=2048)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.base = f"http://{host}:{port}"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        self.requests += 1
        index = int(request.match_info["index"])
        etag = etag_for(index, self.versions.get(index, 0))
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        body = self.bodies.get(index, self.bodies[0])
        return web.Response(body=body, content_type="application/rss+xml", charset="utf-8",
                            headers={"ETag": etag})

    async def _bump(self, request: web.Request) -> web.Response:
        for i in range(int(request.query["n"])):
            self.versions[i] = self.versions.get(i, 0) + 1
        return web.Response(text="ok")

    async def _count(self, request: web.Request) -> web.Response:
        return web.Response(text=str(self.requests))


def etag_for(index: int, version: int) -> str:
    return f'"{index}-{version}"'


def _serve(feeds: int, entries: int, body_bytes: int, conn: Connection) -> None:
    """Child process: build the same feeds (seeded), serve them, report the address, wait for "stop"."""

    async def main() -> None:
        server = BenchServer({i: make_feed(i, entries, body_bytes) for i in range(feeds)})
        await server.start()
        conn.send(server.base)
        await asyncio.get_running_loop().run_in_executor(None, conn.recv)
        await server.stop()

    asyncio.run(main())


class ServerProcess:
    """The bench feed server in a child process; started before the event loop (fork-safe)."""

    def __init__(self, feeds: int, entries: int, body_bytes: int) -> None:
        self._conn, child = multiprocessing.Pipe()
        self._process = multiprocessing.Process(target=_serve, args=(feeds, entries, body_bytes, child),
                                                daemon=True)
        self._process.start()
        self.base: str = self._conn.recv()

    def url(self, index: int) -> str:
        return f"{self.base}/feed/{index}.xml"

    async def bump(self, session: aiohttp.ClientSession, n: int) -> None:
        async with session.post(f"{self.base}/_bump", params={"n": str(n)}) as resp:
            resp.raise_for_status()

    async def count(self, session: aiohttp.ClientSession) -> int:
        async with session.get(f"{self.base}/_count") as resp:
            return int(await resp.text())

    def stop(self) -> None:
        self._conn.send("stop")
        self._process.join(10)
        if self._process.is_alive():
            self._process.terminate()


def rss_mb() -> float:
    """Current resident set size (Linux /proc), falling back to the peak from getrusage."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * resource.getpagesize() / (1024 * 1024)
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass
class Row:
    name: str
    seconds: float
    entries: int
    note: str = ""

    def rate(self) -> float:
        return self.entries / self.seconds if self.seconds > 0 else float("inf")


async def timed(coro: Awaitable[object]) -> float:
    start = time.perf_counter()
    await coro
    return time.perf_counter() - start


def _warm() -> None:
    parse_feed(make_feed(0, 1, 300), source="warm", url="https://warm.example/")


async def pipeline_once(fetcher: FeedFetcher, server: ServerProcess, n: int) -> tuple[float, int]:
    """First poll of ``n`` feeds through the real pipeline into a fresh database: (seconds, stories stored)."""
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(Path(tmp) / "bench.sqlite3")
        try:
            ingestor = await Ingestor.create(store, classifier=None, fetcher=fetcher)
            reports = []

            async def poll(index: int) -> None:
                reports.append(await ingestor.poll_feed(server.url(index), interval=900.0))

            seconds = await timed(asyncio.gather(*(poll(i) for i in range(n))))
            failed = [r.line() for r in reports if r.error is not None]
            if failed:
                raise RuntimeError(f"bench feeds failed: {failed[:3]}")
            return seconds, await store.count_stories()
        finally:
            await store.close()


async def components(bodies: dict[int, bytes], m: int) -> list[Row]:
    """Where the pipeline's time goes beyond parsing: duplicate signatures and storage, measured alone."""
    stories = [e for i, data in bodies.items()
               for e in parse_feed(data, source=f"s{i}", url=f"https://site{i}.example/feed").entries]
    index = DuplicateIndex()
    start = time.perf_counter()
    items: list[tuple[StoryInput, bytes, int | None]] = []
    for number, story in enumerate(stories, 1):
        sig = index.signature(story.title, story.body)
        items.append((story, sig, index.find(sig)))
        index.add(number, number, sig)
    rows = [Row("  dedupe signature+find+add", time.perf_counter() - start, len(stories))]
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(Path(tmp) / "parts.sqlite3")
        try:
            start = time.perf_counter()
            for k in range(0, len(items), m):
                await store.upsert_stories(items[k:k + m], backlog=True)
            rows.append(Row(f"  Store.upsert_stories ({m}/batch)", time.perf_counter() - start, len(stories)))
        finally:
            await store.close()
    return rows


def best_of(times: list[float]) -> float:
    return min(times)


async def run(args: argparse.Namespace, server: ServerProcess) -> int:
    n, m, repeat = args.feeds, args.entries, args.repeat
    bodies = {i: make_feed(i, m, args.body_bytes) for i in range(n)}
    total_entries = n * m
    feed_kb = sum(len(b) for b in bodies.values()) / n / 1024
    rows: list[Row] = []

    # 1. bare feedparser, default options, on the same bytes (after a warm-up parse, as ours gets).
    feedparser.parse(bodies[0])
    parse_feed(bodies[0], source="warm", url="https://warm.example/")
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for data in bodies.values():
            feedparser.parse(data)
        times.append(time.perf_counter() - start)
    rows.append(Row("bare feedparser.parse", best_of(times), total_entries))

    # 2. our parse alone (feedparser without sanitising + HTML to text + footers + keys).
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for i, data in bodies.items():
            parse_feed(data, source=f"s{i}", url=f"https://site{i}.example/feed")
        times.append(time.perf_counter() - start)
    rows.append(Row("bot.feeds.parse_feed", best_of(times), total_entries))

    workers = os.cpu_count() or 1
    async with FeedFetcher(timeout=30.0, concurrency=args.concurrency, per_host=args.per_host) as fetcher:
        # 3. fetch + parse (poll_feed, parsing in worker threads), no storage.
        times = [await timed(asyncio.gather(*(poll_feed(fetcher, server.url(i), None, 900.0)
                                              for i in range(n)))) for _ in range(repeat)]
        rows.append(Row("fetch+parse (poll_feed)", best_of(times), total_entries))

        # 4. the whole pipeline: fetch, parse, de-duplicate, store, save state (first poll: backlog).
        results = [await pipeline_once(fetcher, server, n) for _ in range(repeat)]
        stored = results[0][1]
        pipeline_row = Row("fetch+parse+store (pipeline)", best_of([r[0] for r in results]), total_entries)
        rows.append(pipeline_row)
        rows.extend(await components(bodies, m))

    # 4b. the same pipeline with parsing in a process pool (FeedFetcher(parse_executor=...)).
    with ProcessPoolExecutor(max_workers=workers) as pool:
        await asyncio.gather(*(asyncio.wrap_future(pool.submit(_warm)) for _ in range(workers)))
        async with FeedFetcher(timeout=30.0, concurrency=args.concurrency, per_host=args.per_host,
                               parse_executor=pool) as pooled:
            times = [await timed(asyncio.gather(*(poll_feed(pooled, server.url(i), None, 900.0)
                                                  for i in range(n)))) for _ in range(repeat)]
            rows.append(Row(f"fetch+parse, {workers}-process pool", best_of(times), total_entries))
            results = [await pipeline_once(pooled, server, n) for _ in range(repeat)]
            pooled_row = Row(f"pipeline, {workers}-process pool", best_of([r[0] for r in results]),
                             total_entries)
            rows.append(pooled_row)

    # 5. K unchanged feeds answering 304, through the pipeline; memory across repeated rounds.
    async with FeedFetcher(timeout=30.0, concurrency=args.concurrency, per_host=args.per_host) as fetcher:
        with tempfile.TemporaryDirectory() as tmp:
            store = await Store.open(Path(tmp) / "rounds.sqlite3")
            try:
                ingestor = await Ingestor.create(store, classifier=None, fetcher=fetcher)

                async def poll_one(index: int) -> None:
                    report = await ingestor.poll_feed(server.url(index), interval=900.0)
                    if report.error is not None:
                        raise RuntimeError(report.line())

                await asyncio.gather(*(poll_one(i) for i in range(n)))
                # The unchanged feeds' state, as an earlier successful poll would have left it.
                now = datetime.now(UTC)
                unchanged = list(range(n, n + args.unchanged))
                for i in unchanged:
                    await store.save_feed_state(FeedState(url=server.url(i), etag=etag_for(i, 0),
                                                          last_success=now, next_due=now))
                round_times: list[float] = []
                memory: list[float] = [rss_mb()]
                async with aiohttp.ClientSession() as control:
                    for _ in range(args.rounds):
                        before = await server.count(control)
                        round_times.append(await timed(asyncio.gather(*(poll_one(i) for i in unchanged))))
                        assert await server.count(control) - before == len(unchanged)
                        await server.bump(control, n)  # a changed ETag, same content: parsed again
                        await asyncio.gather(*(poll_one(i) for i in range(n)))
                        gc.collect()
                        memory.append(rss_mb())
            finally:
                await store.close()

    bare = rows[0].rate()
    print(f"feeds={n} entries/feed={m} body≈{args.body_bytes} B feed≈{feed_kb:.0f} KB cpus={workers} "
          f"concurrency={args.concurrency} per_host={args.per_host}; best of {repeat}; "
          f"stories stored per pipeline run: {stored}")
    print(f"{'step':<34} {'seconds':>8} {'entries/s':>10} {'× bare':>7}")
    for row in rows:
        print(f"{row.name:<34} {row.seconds:>8.3f} {row.rate():>10.0f} {row.rate() / bare:>7.2f}")
    worst_304 = max(round_times)
    print(f"{'304 round, ' + str(args.unchanged) + ' unchanged feeds':<34} {worst_304:>8.3f} "
          f"{args.unchanged / worst_304:>10.0f} {'feeds/s':>7}  (worst of {args.rounds}; "
          f"best {min(round_times):.3f}s)")
    growth = memory[-1] - memory[1] if len(memory) > 2 else 0.0
    print("RSS MB: start " + f"{memory[0]:.1f}, after each round " + " ".join(f"{x:.1f}" for x in memory[1:])
          + f" (growth after round 1: {growth:+.1f} MB)")
    ratio = pipeline_row.rate() / bare
    pooled_ratio = pooled_row.rate() / bare
    print(f"targets: pipeline/bare {ratio:.2f} threads, {pooled_ratio:.2f} process pool (>= 0.70: "
          f"{'ok' if max(ratio, pooled_ratio) >= 0.7 else 'MISSED'}); 304 round {worst_304:.2f}s "
          f"(<= 5 s: {'ok' if worst_304 <= 5 else 'MISSED'}); memory {growth:+.1f} MB "
          f"({'flat' if growth < 10 else 'GROWING'})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument("--body-bytes", type=int, default=3000)
    parser.add_argument("--unchanged", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per step; the best is reported")
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--per-host", type=int, default=20,
                        help="every bench feed is on 127.0.0.1, so this is effectively the concurrency")
    args = parser.parse_args(argv)
    # The server process is forked before any event loop exists in this one.
    server = ServerProcess(args.feeds, args.entries, args.body_bytes)
    try:
        return asyncio.run(run(args, server))
    finally:
        server.stop()


if __name__ == "__main__":
    raise SystemExit(main())
