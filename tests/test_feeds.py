from __future__ import annotations

import asyncio
import logging
import pickle
import socket
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
import pytest
from aiohttp.abc import AbstractResolver, ResolveResult

from bot.feeds import (
    MAX_BACKOFF,
    FeedError,
    FeedFetcher,
    FeedState,
    FetchResult,
    backoff_delay,
    parse_feed,
    poll_feed,
    state_after_failure,
    state_after_success,
)
from tests.feedserver import FeedServer

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
HOUR = 3600.0


def fixed_clock() -> datetime:
    return NOW


def no_jitter() -> float:
    return 0.0


def rss(*items: str, extra_ns: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"{extra_ns}>'
        "<channel><title>Test Fan News</title><link>https://fans.example/</link>"
        "<description>Made-up stories for tests</description>" + "".join(items) + "</channel></rss>"
    ).encode()


def item(title: str, *, link: str | None = None, guid: str | None = None, description: str = "",
         pub: str | None = "Mon, 02 Feb 2026 07:16:27 +0000", content: str | None = None) -> str:
    parts = [f"<title>{title}</title>"]
    if link is not None:
        parts.append(f"<link>{link}</link>")
    if guid is not None:
        parts.append(f'<guid isPermaLink="false">{guid}</guid>')
    if description:
        parts.append(f"<description>{description}</description>")
    if content is not None:
        parts.append(f"<content:encoded><![CDATA[{content}]]></content:encoded>")
    if pub is not None:
        parts.append(f"<pubDate>{pub}</pubDate>")
    return "<item>" + "".join(parts) + "</item>"


FEED = rss(
    item("Older story", link="https://fans.example/older", guid="https://fans.example/older",
         description="The older of two made-up stories.", pub="Sun, 01 Feb 2026 10:00:00 +0000"),
    item("Newer story", link="https://fans.example/newer", guid="https://fans.example/newer",
         description="The newer of two made-up stories.", pub="Mon, 02 Feb 2026 09:30:00 +0900"),
)

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Fan News</title>
  <id>urn:example:feed</id>
  <updated>2026-02-03T10:00:00Z</updated>
  <entry>
    <title type="html">Two idols &amp;amp; a cover</title>
    <id>urn:example:entry:1</id>
    <link href="/stories/1" rel="alternate"/>
    <updated>2026-02-03T10:00:00+02:00</updated>
    <content type="html">&lt;p&gt;One idol covered the other's song.&lt;/p&gt;&lt;p&gt;Fans cheered.&lt;/p&gt;</content>
  </entry>
</feed>
"""

HTML_PAGE = b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>"


def make_fetcher(**kwargs: Any) -> FeedFetcher:
    kwargs.setdefault("timeout", 5.0)
    kwargs.setdefault("clock", fixed_clock)
    return FeedFetcher(**kwargs)


# ---- fetching -------------------------------------------------------------------------------------


async def test_fetch_returns_body_and_validators(feed_server: FeedServer) -> None:
    url = feed_server.route("/feed.xml", body=FEED, etag='"v1"', last_modified="Mon, 02 Feb 2026 07:00:00 GMT")
    async with make_fetcher() as fetcher:
        result = await fetcher.fetch(url, None)
    assert (result.status, result.body, result.etag, result.last_modified) == (
        200, FEED, '"v1"', "Mon, 02 Feb 2026 07:00:00 GMT")


async def test_etag_round_trip_sends_if_none_match_and_304_skips_parsing(feed_server: FeedServer) -> None:
    url = feed_server.route("/feed.xml", body=FEED, etag='"v1"')
    async with make_fetcher() as fetcher:
        first = await poll_feed(fetcher, url, None, HOUR, rng=no_jitter)
        second = await poll_feed(fetcher, url, first.state, HOUR, rng=no_jitter)
    assert feed_server.requests_for("/feed.xml")[1].headers.get("If-None-Match") == '"v1"'
    assert (second.not_modified, second.entries, second.error) == (True, (), None)


async def test_last_modified_round_trip_sends_if_modified_since(feed_server: FeedServer) -> None:
    stamp = "Mon, 02 Feb 2026 07:00:00 GMT"
    url = feed_server.route("/feed.xml", body=FEED, last_modified=stamp)
    async with make_fetcher() as fetcher:
        first = await poll_feed(fetcher, url, None, HOUR, rng=no_jitter)
        second = await poll_feed(fetcher, url, first.state, HOUR, rng=no_jitter)
    assert feed_server.requests_for("/feed.xml")[1].headers.get("If-Modified-Since") == stamp
    assert second.not_modified


async def test_changed_feed_is_fetched_again_after_304(feed_server: FeedServer) -> None:
    url = feed_server.route("/feed.xml", body=FEED, etag='"v1"')
    async with make_fetcher() as fetcher:
        first = await poll_feed(fetcher, url, None, HOUR)
        feed_server.route("/feed.xml", body=rss(item("Third", guid="g3", description="A third one.")),
                          etag='"v2"')
        second = await poll_feed(fetcher, url, first.state, HOUR)
    assert [e.entry_key for e in second.entries] == ["g3"]
    assert second.state.etag == '"v2"'


async def test_gzip_body_is_decoded(feed_server: FeedServer) -> None:
    url = feed_server.route("/feed.xml", body=FEED, encoding="gzip")
    async with make_fetcher() as fetcher:
        result = await fetcher.fetch(url, None)
    assert result.body == FEED


async def test_deflate_body_is_decoded(feed_server: FeedServer) -> None:
    url = feed_server.route("/feed.xml", body=FEED, encoding="deflate")
    async with make_fetcher() as fetcher:
        result = await fetcher.fetch(url, None)
    assert result.body == FEED


async def test_redirect_is_followed_to_the_feed(feed_server: FeedServer) -> None:
    feed_server.route("/feed.xml", body=FEED)
    url = feed_server.route("/old", redirect_to="/feed.xml", status=301)
    async with make_fetcher() as fetcher:
        result = await fetcher.fetch(url, None)
    assert (result.body, result.final_url, result.redirects) == (FEED, feed_server.url("/feed.xml"), 1)


async def test_five_redirects_are_allowed(feed_server: FeedServer) -> None:
    feed_server.route("/feed.xml", body=FEED)
    url = feed_server.redirect_chain("/hop", 5, "/feed.xml")
    async with make_fetcher() as fetcher:
        result = await fetcher.fetch(url, None)
    assert result.ok and result.redirects == 5


async def test_more_than_five_redirects_are_refused(feed_server: FeedServer) -> None:
    feed_server.route("/feed.xml", body=FEED)
    url = feed_server.redirect_chain("/hop", 6, "/feed.xml")
    async with make_fetcher() as fetcher:
        result = await fetcher.fetch(url, None)
    assert result.error is not None
    assert result.error.reason == "too many redirects (more than 5)"
    assert feed_server.requests_for("/feed.xml") == []


async def test_guard_sees_every_hop_before_connecting(feed_server: FeedServer) -> None:
    feed_server.route("/feed.xml", body=FEED)
    url = feed_server.route("/old", redirect_to="/feed.xml")
    seen: list[str] = []

    async def guard(target: str) -> None:
        seen.append(target)

    async with make_fetcher(guard=guard) as fetcher:
        await fetcher.fetch(url, None)
    assert seen == [url, feed_server.url("/feed.xml")]


async def test_guard_refusal_stops_the_fetch(feed_server: FeedServer) -> None:
    url = feed_server.route("/feed.xml", body=FEED)

    async def guard(target: str) -> None:
        raise PermissionError("loopback address")

    async with make_fetcher(guard=guard) as fetcher:
        result = await fetcher.fetch(url, None)
    assert result.error is not None and result.error.kind == "blocked"
    assert feed_server.requests == []


async def test_http_404_is_an_error(feed_server: FeedServer) -> None:
    async with make_fetcher() as fetcher:
        result = await fetcher.fetch(feed_server.url("/missing.xml"), None)
    assert result.error is not None and result.error.reason == "HTTP 404"


async def test_http_500_is_an_error(feed_server: FeedServer) -> None:
    url = feed_server.route("/feed.xml", status=500, body=b"oops")
    async with make_fetcher() as fetcher:
        result = await fetcher.fetch(url, None)
    assert result.error is not None and result.error.reason == "HTTP 500"


async def test_hanging_server_times_out(feed_server: FeedServer) -> None:
    url = feed_server.route("/slow.xml", hang=True)
    async with make_fetcher(timeout=0.2) as fetcher:
        result = await fetcher.fetch(url, None)
    assert result.error is not None and result.error.reason == "timed out after 0.2s"


async def test_body_over_cap_with_content_length_is_refused(feed_server: FeedServer) -> None:
    url = feed_server.route("/big.xml", body=b"x" * 5000)
    async with make_fetcher(max_bytes=4096) as fetcher:
        result = await fetcher.fetch(url, None)
    assert result.error is not None and result.error.reason == "response larger than 4 KB"


async def test_streamed_body_over_cap_is_refused_while_streaming(feed_server: FeedServer) -> None:
    url = feed_server.route("/big.xml", body=b"x" * 200_000, stream=True)
    async with make_fetcher(max_bytes=64 * 1024) as fetcher:
        result = await fetcher.fetch(url, None)
    assert result.error is not None and result.error.kind == "too_big"


async def test_size_cap_applies_to_decompressed_size(feed_server: FeedServer) -> None:
    url = feed_server.route("/bomb.xml", body=b" " * 3_000_000, encoding="gzip")
    async with make_fetcher(max_bytes=1024 * 1024) as fetcher:
        result = await fetcher.fetch(url, None)
    assert result.error is not None and result.error.reason == "response larger than 1 MB"


async def test_connection_refused_is_an_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with make_fetcher() as fetcher:
        result = await fetcher.fetch(f"http://127.0.0.1:{port}/feed.xml", None)
    assert result.error is not None and result.error.reason == "cannot connect to 127.0.0.1: connection refused"


class FailingResolver(AbstractResolver):
    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
                      ) -> list[ResolveResult]:
        raise OSError(socket.EAI_NONAME, "Name or service not known")

    async def close(self) -> None:
        return None


async def test_dns_failure_is_an_error() -> None:
    def connector() -> aiohttp.BaseConnector:
        return aiohttp.TCPConnector(resolver=FailingResolver())

    async with make_fetcher(connector_factory=connector) as fetcher:
        result = await fetcher.fetch("http://feeds.example.invalid/rss", None)
    assert result.error is not None and result.error.reason == "DNS lookup failed for feeds.example.invalid"


class RefusingResolver(AbstractResolver):
    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
                      ) -> list[ResolveResult]:
        raise OSError("refused to connect: a loopback address")

    async def close(self) -> None:
        return None


async def test_resolver_refusal_is_reported_as_blocked_not_dns() -> None:
    def connector() -> aiohttp.BaseConnector:
        return aiohttp.TCPConnector(resolver=RefusingResolver())

    async with make_fetcher(connector_factory=connector) as fetcher:
        result = await fetcher.fetch("http://sneaky.example.invalid/rss", None)
    assert result.error is not None
    assert (result.error.kind, result.error.reason) == (
        "blocked", "address refused: refused to connect: a loopback address")


async def test_non_http_url_is_refused() -> None:
    async with make_fetcher() as fetcher:
        result = await fetcher.fetch("file:///etc/passwd", None)
    assert result.error is not None and result.error.kind == "bad_url"


async def test_hanging_feed_does_not_delay_another(feed_server: FeedServer) -> None:
    slow = feed_server.route("/slow.xml", hang=True)
    good = feed_server.route("/good.xml", body=FEED)
    async with make_fetcher(timeout=3.0, per_host=4) as fetcher:
        slow_task = asyncio.create_task(fetcher.fetch(slow, None))
        good_result = await asyncio.wait_for(fetcher.fetch(good, None), 1.0)
        assert not slow_task.done()
        slow_task.cancel()
    assert good_result.body == FEED


async def test_per_host_limit_queues_requests_to_the_same_host(feed_server: FeedServer) -> None:
    slow = feed_server.route("/slow.xml", hang=True)
    good = feed_server.route("/good.xml", body=FEED)
    async with make_fetcher(timeout=3.0, per_host=1) as fetcher:
        slow_task = asyncio.create_task(fetcher.fetch(slow, None))
        await feed_server.wait_for_request("/slow.xml")
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(fetcher.fetch(good, None), 0.2)
        slow_task.cancel()
    assert feed_server.requests_for("/good.xml") == []


async def test_retry_after_on_429_delays_next_poll(feed_server: FeedServer) -> None:
    url = feed_server.route("/feed.xml", status=429, headers={"Retry-After": "7200"})
    async with make_fetcher() as fetcher:
        outcome = await poll_feed(fetcher, url, None, 600.0, rng=no_jitter)
    assert outcome.error is not None and outcome.error.reason == "HTTP 429 (retry after 7200s)"
    assert outcome.state.next_due == NOW + timedelta(seconds=7200)


async def test_cache_max_age_longer_than_interval_delays_next_poll(feed_server: FeedServer) -> None:
    url = feed_server.route("/feed.xml", body=FEED, headers={"Cache-Control": "public, max-age=5400"})
    async with make_fetcher() as fetcher:
        outcome = await poll_feed(fetcher, url, None, 600.0)
    assert outcome.state.next_due == NOW + timedelta(seconds=5400)


async def test_cache_max_age_shorter_than_interval_is_ignored(feed_server: FeedServer) -> None:
    url = feed_server.route("/feed.xml", body=FEED, headers={"Cache-Control": "max-age=60"})
    async with make_fetcher() as fetcher:
        outcome = await poll_feed(fetcher, url, None, 600.0)
    assert outcome.state.next_due == NOW + timedelta(seconds=600)


# ---- polling --------------------------------------------------------------------------------------


async def test_first_successful_poll_is_backlog(feed_server: FeedServer) -> None:
    url = feed_server.route("/feed.xml", body=FEED)
    async with make_fetcher() as fetcher:
        outcome = await poll_feed(fetcher, url, None, HOUR)
    assert outcome.backlog and len(outcome.entries) == 2


async def test_later_poll_is_not_backlog(feed_server: FeedServer) -> None:
    url = feed_server.route("/feed.xml", body=FEED)
    async with make_fetcher() as fetcher:
        first = await poll_feed(fetcher, url, None, HOUR)
        second = await poll_feed(fetcher, url, first.state, HOUR)
    assert not second.backlog and len(second.entries) == 2


async def test_html_page_fails_the_poll_as_not_a_feed(feed_server: FeedServer) -> None:
    url = feed_server.route("/", body=HTML_PAGE, content_type="text/html; charset=utf-8")
    async with make_fetcher() as fetcher:
        outcome = await poll_feed(fetcher, url, None, HOUR, rng=no_jitter)
    assert outcome.error is not None and outcome.error.reason == "not a feed (got text/html page)"
    assert outcome.state.last_error == "not a feed (got text/html page)"


async def test_unusable_body_does_not_store_its_etag(feed_server: FeedServer) -> None:
    url = feed_server.route("/", body=HTML_PAGE, content_type="text/html", etag='"page"')
    async with make_fetcher() as fetcher:
        outcome = await poll_feed(fetcher, url, None, HOUR)
    assert outcome.state.etag is None


async def test_failed_poll_logs_one_line_naming_feed_and_reason(
    feed_server: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    url = feed_server.url("/missing.xml")
    caplog.set_level(logging.WARNING, logger="bot.feeds")
    async with make_fetcher() as fetcher:
        await poll_feed(fetcher, url, None, HOUR)
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.feeds"]
    assert len(lines) == 1 and url in lines[0] and "HTTP 404" in lines[0]


async def test_failed_poll_counts_failures_and_records_error(feed_server: FeedServer) -> None:
    url = feed_server.route("/feed.xml", status=500)
    async with make_fetcher() as fetcher:
        first = await poll_feed(fetcher, url, None, HOUR, rng=no_jitter)
        second = await poll_feed(fetcher, url, first.state, HOUR, rng=no_jitter)
    assert (second.state.consecutive_failures, second.state.last_error) == (2, "HTTP 500")
    assert second.state.next_due == NOW + timedelta(seconds=2 * HOUR)


# ---- parsing --------------------------------------------------------------------------------------


def test_rss_entries_become_story_inputs() -> None:
    feed = parse_feed(FEED, source="https://fans.example/rss", url="https://fans.example/rss")
    first = feed.entries[0]
    assert (first.source, first.entry_key, first.url, first.title, first.body) == (
        "https://fans.example/rss", "https://fans.example/older", "https://fans.example/older", "Older story",
        "The older of two made-up stories.")


def test_published_is_timezone_aware_utc() -> None:
    feed = parse_feed(FEED, source="s", url="https://fans.example/rss")
    assert feed.entries[1].published == datetime(2026, 2, 2, 0, 30, tzinfo=UTC)


def test_entries_keep_document_order() -> None:
    feed = parse_feed(FEED, source="s", url="https://fans.example/rss")
    assert [e.title for e in feed.entries] == ["Older story", "Newer story"]


def test_atom_entry_is_parsed_with_html_title_and_relative_link() -> None:
    feed = parse_feed(ATOM, source="s", url="https://atom.example/feed")
    entry = feed.entries[0]
    assert (entry.entry_key, entry.title, entry.url, entry.body, entry.published) == (
        "urn:example:entry:1", "Two idols & a cover", "https://atom.example/stories/1",
        "One idol covered the other's song.\n\nFans cheered.", datetime(2026, 2, 3, 8, 0, tzinfo=UTC))


def test_entry_without_guid_is_keyed_by_link() -> None:
    data = rss(item("No guid", link="https://fans.example/no-guid", description="Linked only."))
    assert parse_feed(data, source="s", url="u").entries[0].entry_key == "https://fans.example/no-guid"


def test_entry_without_guid_or_link_is_keyed_by_stable_content_hash() -> None:
    data = rss(item("Bare", description="Nothing but text.", pub=None))
    first = parse_feed(data, source="s", url="https://fans.example/rss").entries[0]
    again = parse_feed(data, source="s", url="https://fans.example/rss").entries[0]
    assert first.entry_key.startswith("sha256:") and first.entry_key == again.entry_key
    assert first.url is None and first.published is None


def test_entry_without_guid_or_link_keeps_its_key_when_its_text_changes() -> None:
    before = parse_feed(rss(item("Bare", description="Seen 10 times.", pub=None)), source="s", url="u")
    after = parse_feed(rss(item("Bare", description="Seen 11 times.", pub=None)), source="s", url="u")
    assert before.entries[0].entry_key == after.entries[0].entry_key


def test_entry_without_title_gets_one_from_its_first_sentence() -> None:
    data = rss(item("", guid="g1", description="Two rookies swapped jackets on stage. Fans noticed at once."))
    assert parse_feed(data, source="s", url="u").entries[0].title == "Two rookies swapped jackets on stage."


def test_double_escaped_entities_are_decoded_once() -> None:
    data = rss(item("Tour news", guid="g1",
                    description="The tour &amp;lt;Chapter One&amp;gt; brings R&amp;amp;B to town."))
    assert parse_feed(data, source="s", url="u").entries[0].body == "The tour <Chapter One> brings R&B to town."


def test_double_escaped_entity_in_title_is_decoded_once() -> None:
    data = rss(item("Rock &amp;amp; Roll Night", guid="g1", description="A show."))
    assert parse_feed(data, source="s", url="u").entries[0].title == "Rock & Roll Night"


def test_double_escaped_paragraph_tags_do_not_reach_the_body() -> None:
    data = rss(item("Escaped", guid="g1",
                    description="&amp;lt;p&amp;gt;First.&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;Second.&amp;lt;/p&amp;gt;"))
    assert parse_feed(data, source="s", url="u").entries[0].body == "First.\n\nSecond."


def test_soompi_style_footer_is_removed() -> None:
    title = "Singer Surprises Fans With Duet"
    description = (f"The singer invited a labelmate on stage for a duet and fans screamed… Continue reading {title} "
                   f"The post {title} appeared f")
    data = rss(item(title, guid="g1", description=description))
    body = parse_feed(data, source="s", url="u").entries[0].body
    assert body == "The singer invited a labelmate on stage for a duet and fans screamed…"


def test_content_encoded_is_preferred_over_short_summary() -> None:
    data = rss(item("Full", guid="g1", description="Short teaser.",
                    content="<p>The full story has two paragraphs.</p><p>This is the second.</p>"))
    body = parse_feed(data, source="s", url="u").entries[0].body
    assert body == "The full story has two paragraphs.\n\nThis is the second."


async def test_parse_can_run_in_an_executor(feed_server: FeedServer) -> None:
    url = feed_server.route("/feed.xml", body=FEED)
    async with make_fetcher() as fetcher:
        with ThreadPoolExecutor(max_workers=1) as pool:
            outcome = await poll_feed(fetcher, url, None, HOUR, executor=pool)
    assert len(outcome.entries) == 2


def test_feed_error_survives_pickling_for_process_pools() -> None:
    error = pickle.loads(pickle.dumps(FeedError("http", "HTTP 503", status=503, retry_after=60.0)))
    assert (error.kind, error.reason, error.status, error.retry_after) == ("http", "HTTP 503", 503, 60.0)


def test_html_page_is_not_a_feed() -> None:
    with pytest.raises(FeedError, match=r"^not a feed \(got text/html page\)$"):
        parse_feed(HTML_PAGE, source="s", url="u", content_type="text/html")


def test_malformed_xml_with_nothing_usable_is_an_error() -> None:
    with pytest.raises(FeedError) as info:
        parse_feed(b"<?xml version='1.0'?><rss><channel><title>broken &bogus; <", source="s", url="u")
    assert info.value.kind == "malformed"


def test_malformed_xml_with_usable_entries_is_accepted() -> None:
    data = rss(item("Fine", guid="g1", description="A good entry.")).replace(b"</channel>", b"&nbsp; <oops")
    feed = parse_feed(data, source="s", url="u")
    assert feed.bozo and [e.entry_key for e in feed.entries] == ["g1"]


def test_empty_body_is_not_a_feed() -> None:
    with pytest.raises(FeedError, match="empty"):
        parse_feed(b"  \n", source="s", url="u")


def test_valid_feed_without_items_has_no_entries() -> None:
    assert parse_feed(rss(), source="s", url="u").entries == ()


# ---- next-poll arithmetic -------------------------------------------------------------------------


def test_backoff_doubles_with_each_failure() -> None:
    delays = [backoff_delay(n, 600.0, rng=no_jitter) for n in (1, 2, 3, 4)]
    assert delays == [600.0, 1200.0, 2400.0, 4800.0]


def test_backoff_is_capped_at_six_hours() -> None:
    assert backoff_delay(50, 600.0, rng=no_jitter) == MAX_BACKOFF == 6 * HOUR


def test_backoff_jitter_only_shortens() -> None:
    assert 0.8 * 600.0 <= backoff_delay(1, 600.0, rng=lambda: 0.999) < 600.0


def test_success_resets_failures_and_error() -> None:
    failing = FeedState(url="u", last_error="HTTP 500", consecutive_failures=3, etag='"old"')
    result = FetchResult(url="u", final_url="u", status=200, body=b"", etag='"new"')
    state = state_after_success(failing, now=NOW, interval=600.0, result=result)
    assert (state.consecutive_failures, state.last_error, state.last_success, state.etag) == (
        0, None, NOW, '"new"')


def test_not_modified_without_validators_keeps_the_old_ones() -> None:
    state = FeedState(url="u", etag='"v1"', last_modified="Mon, 02 Feb 2026 07:00:00 GMT")
    result = FetchResult(url="u", final_url="u", status=304)
    after = state_after_success(state, now=NOW, interval=600.0, result=result)
    assert (after.etag, after.last_modified) == ('"v1"', "Mon, 02 Feb 2026 07:00:00 GMT")


def test_failure_keeps_validators() -> None:
    state = FeedState(url="u", etag='"v1"')
    after = state_after_failure(state, now=NOW, interval=600.0, error=FeedError("http", "HTTP 503"),
                                rng=no_jitter)
    assert after.etag == '"v1"' and after.consecutive_failures == 1


def test_retry_after_longer_than_backoff_wins() -> None:
    error = FeedError("http", "HTTP 503", retry_after=5000.0)
    after = state_after_failure(FeedState(url="u"), now=NOW, interval=600.0, error=error, rng=no_jitter)
    assert after.next_due == NOW + timedelta(seconds=5000)


def test_huge_max_age_is_honoured_for_at_most_a_day() -> None:
    result = FetchResult(url="u", final_url="u", status=200, body=b"", max_age=10 * 365 * 86400.0)
    after = state_after_success(FeedState(url="u"), now=NOW, interval=600.0, result=result)
    assert after.next_due == NOW + timedelta(days=1)


async def test_retry_after_http_date_is_understood(feed_server: FeedServer) -> None:
    url = feed_server.route("/feed.xml", status=503,
                            headers={"Retry-After": "Sun, 01 Mar 2026 14:00:00 GMT"})
    async with make_fetcher() as fetcher:
        result = await fetcher.fetch(url, None)
    assert result.retry_after == 2 * HOUR
