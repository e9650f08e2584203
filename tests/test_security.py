"""Security audit of the Discord layer: one server's private feed stays private, user text stays inert,
and URLs typed into ``/feeds add`` cannot reach the operator's own network.

The private-feed tests run the real bot against the fake Discord: server B adds a feed (registered straight
in storage, since the test feed lives on 127.0.0.1, which ``/feeds add`` rightly refuses), the real pipeline
polls it, and server A's answers and alert channel are checked for B's story.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.config import FeedConfig
from bot.delivery import Outbox, TerminalSink
from bot.guildfeeds import GuildFeeds
from bot.models import ArtistRef, Classification, StoryInput, StoryRow
from bot.routing import SetupError
from bot.runner import PipelineRunner
from bot.store import Store
from cogs.client import run_discord
from tests.discord_e2e import Bench
from tests.fake_discord.model import MANAGE_GUILD, FakeChannel, FakeGuild, FakeUser
from tests.feedserver import FeedServer

PRIVATE_TITLE = "Jungkook and indie singer Dael Moon meet at a studio"
PRIVATE_BODY = ("BTS member Jungkook met the indie singer Dael Moon at a recording studio in Seoul on Thursday. "
                "Jungkook and Dael Moon talked for an hour, the studio said.")
LATER_TITLE = "Jennie visits a pottery class in Busan"
LATER_BODY = ("BLACKPINK's Jennie met the ceramic artist Rowan Hale at a pottery class in Busan on Sunday. "
              "Jennie and Rowan Hale shaped two bowls together, the class organisers said.")


def rss(*items: tuple[str, str, str]) -> bytes:
    """A small RSS document; items are (guid, title, description), all written for these tests."""
    body = "".join(
        f"<item><guid isPermaLink='false'>{g}</guid><title>{t}</title><link>https://private.example/{g}</link>"
        f"<description>{d}</description><pubDate>Sat, 21 Nov 2026 10:00:00 +0000</pubDate></item>"
        for g, t, d in items
    )
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>B's news</title>"
            f"<link>https://private.example/</link>{body}</channel></rss>").encode()


@dataclass
class ServerB:
    guild: FakeGuild
    channel: FakeChannel
    admin: FakeUser
    feed_url: str


async def _server_b_with_private_feed(bench: Bench, feed_server: FeedServer) -> ServerB:
    """Server B (own admin and alert channel) with a private feed whose first poll stored PRIVATE_TITLE."""
    fake = bench.fake
    guild = fake.add_guild("Server B")
    channel = fake.add_text_channel(guild, "b-alerts")
    admin = fake.add_user("admin_b")
    fake.add_member(guild, admin, roles=[fake.add_role(guild, "B mods", permissions=MANAGE_GUILD)])
    url = feed_server.route("/b.xml", body=rss(("p1", PRIVATE_TITLE, PRIVATE_BODY)))
    services = await bench.open()
    await services.store.add_guild_feed(guild.id, url, added_by=admin.id)
    report = await services.ingestor.poll_feed(url, trusted=True)
    assert report.new == 1 and report.backlog, report.line()
    return ServerB(guild=guild, channel=channel, admin=admin, feed_url=url)


async def _as_b(bench: Bench, b: ServerB, name: str, **kw: object) -> str:
    handle = await bench.command(b.admin, name, guild_id=b.guild.id, channel_id=b.channel.id, **kw)
    return handle.all_text


async def test_private_feed_story_stays_out_of_other_servers_recent_interactions_and_artist(
    bench: Bench, feed_server: FeedServer,
) -> None:
    b = await _server_b_with_private_feed(bench, feed_server)
    await bench.start()
    member = bench.world.member

    recent_a = (await bench.command(member, "recent")).all_text
    timeline_a = (await bench.command(member, "interactions", options={"artist": "jungkook"})).all_text
    profile_a = (await bench.command(member, "artist", options={"name": "jungkook"})).all_text
    recent_dm = (await bench.fake.invoke_command(None, None, member.id, "recent")).all_text

    for text in (recent_a, timeline_a, profile_a, recent_dm):
        assert "Dael Moon" not in text and "studio" not in text
    # Server B, which added the feed, does see its own story.
    assert "Dael Moon" in await _as_b(bench, b, "recent")
    assert "Dael Moon" in await _as_b(bench, b, "interactions", options={"artist": "jungkook"})


async def test_provisional_artist_from_a_private_feed_is_neither_offered_nor_resolved_elsewhere(
    bench: Bench, feed_server: FeedServer,
) -> None:
    b = await _server_b_with_private_feed(bench, feed_server)
    await bench.start()
    world = bench.world

    offered_a = await bench.fake.autocomplete(world.guild.id, world.channel.id, world.member.id, "artist",
                                              focused="name", value="dael")
    offered_b = await bench.fake.autocomplete(b.guild.id, b.channel.id, b.admin.id, "artist",
                                              focused="name", value="dael")
    typed_a = await bench.command(world.member, "artist", options={"name": "Dael Moon"})

    assert "Dael Moon" not in [c["name"] for c in offered_a.choices]
    assert "Dael Moon" in [c["name"] for c in offered_b.choices]
    assert typed_a.ephemeral and typed_a.content.startswith("Unknown artist"), typed_a.content
    assert "Dael Moon" in await _as_b(bench, b, "artist", options={"name": "Dael Moon"})


async def test_feed_removed_by_its_server_stays_private_for_lookups_and_alerts(
    bench: Bench, feed_server: FeedServer,
) -> None:
    b = await _server_b_with_private_feed(bench, feed_server)
    await bench.start()
    world = bench.world
    done = await bench.command(world.admin, "alerts channel", options={"channel": world.channel})
    assert done.content.startswith("Done"), done.content
    await _as_b(bench, b, "alerts channel", options={"channel": b.channel})

    assert "Removed feed" in await _as_b(bench, b, "feeds remove", options={"url": b.feed_url})
    # A poll that was already under way when the feed was removed brings one more story.
    feed_server.routes["/b.xml"].body = rss(("p1", PRIVATE_TITLE, PRIVATE_BODY), ("p2", LATER_TITLE, LATER_BODY))
    services = await bench.open()
    report = await services.ingestor.poll_feed(b.feed_url, trusted=True)
    assert report.new == 1 and not report.backlog, report.line()
    await bench.outbox_idle()

    assert bench.fake.channel_log(world.channel.id) == []
    assert bench.fake.channel_log(b.channel.id) == []
    assert await services.store.list_deliveries() == []
    recent_a = (await bench.command(world.member, "recent")).all_text
    assert "Dael Moon" not in recent_a and "pottery" not in recent_a


async def test_private_feed_story_is_alerted_and_dmed_in_its_own_server_only(
    bench: Bench, feed_server: FeedServer,
) -> None:
    b = await _server_b_with_private_feed(bench, feed_server)
    await bench.start()
    world = bench.world
    await bench.command(world.admin, "alerts channel", options={"channel": world.channel})
    await bench.command(world.member, "subscribe", options={"artist": "jennie", "delivery": "dm"})
    await _as_b(bench, b, "alerts channel", options={"channel": b.channel})
    await _as_b(bench, b, "subscribe", options={"artist": "jennie", "delivery": "dm"})

    feed_server.routes["/b.xml"].body = rss(("p1", PRIVATE_TITLE, PRIVATE_BODY), ("p2", LATER_TITLE, LATER_BODY))
    await (await bench.open()).ingestor.poll_feed(b.feed_url, trusted=True)
    [message] = await bench.wait_messages(b.channel.id, 1)
    [dm] = await bench.wait_dms(b.admin.id, 1)
    await bench.outbox_idle()

    assert message.embeds[0]["title"] == LATER_TITLE and dm.embeds[0]["title"] == LATER_TITLE
    assert bench.fake.channel_log(world.channel.id) == []
    assert bench.fake.dm_log(world.member.id) == []


async def test_also_reported_by_never_names_another_servers_private_feed(
    bench: Bench, feed_server: FeedServer,
) -> None:
    b = await _server_b_with_private_feed(bench, feed_server)
    await bench.start()
    world = bench.world
    await bench.command(world.admin, "alerts channel", options={"channel": world.channel})
    await bench.add_story("300_public.txt", title=LATER_TITLE, body=LATER_BODY, url="https://news.example/pottery")
    [message] = await bench.wait_messages(world.channel.id, 1)
    await bench.outbox_idle()

    # B's private feed and then a second public source report the same story.
    feed_server.routes["/b.xml"].body = rss(("p1", PRIVATE_TITLE, PRIVATE_BODY), ("p2", LATER_TITLE, LATER_BODY))
    services = await bench.open()
    await services.ingestor.poll_feed(b.feed_url, trusted=True)
    await bench.add_story("301_copy.txt", title=LATER_TITLE, body=LATER_BODY, url="https://copycat.example/pottery")
    await bench.fake.wait_until(lambda: bool(message.edits), 5.0, "the alert to be edited")
    await bench.outbox_idle()

    [delivery] = await services.store.list_deliveries()
    assert b.feed_url in {s.source for s in await services.store.stories_in_group(delivery.group_id)}
    fields = {f["name"]: f["value"] for f in message.embeds[0]["fields"]}
    assert "copycat.example" in fields["Also reported by"]
    assert "private.example" not in str(message.embeds)
    assert len(bench.fake.channel_log(world.channel.id)) == 1


async def test_story_text_in_recent_cannot_ping_or_format(bench: Bench) -> None:
    await bench.start()
    title = "@everyone **Jennie** <@&123> news"
    report = await bench.add_story(
        "200_ping.txt", title=title, url="https://news.example/a)b<@&1>",
        body="@here BLACKPINK's Jennie met Jungkook backstage in Seoul. [click](https://evil.example) `code`",
    )
    assert report.new == 1, report.line()

    handle = await bench.command(bench.world.member, "recent", options={"artist": "jennie"})

    message = handle.message
    assert message is not None
    [embed] = message.embeds
    text = handle.all_text
    assert "@everyone" not in text and "@here" not in text and "<@&" not in text
    assert "\\*\\*Jennie\\*\\*" in text and "\\[click\\]" in text
    assert "(https://news.example/a%29b%3C@&1%3E)" in text
    assert message.allowed_mentions == {"parse": []}
    assert not message.pinged_everyone and not message.pinged_roles and not message.pinged_users
    assert len(embed["fields"]) <= 25


async def test_long_provisional_name_gives_a_valid_autocomplete_choice(bench: Bench) -> None:
    await bench.start()
    long_name = " ".join(["Zephyrine"] * 14)  # well over Discord's 100-character choice names
    report = await bench.add_story(
        "201_long.txt", title="Jungkook meets a singer",
        body=f"BTS member Jungkook met the indie singer {long_name} at a studio in Seoul on Friday.",
    )
    assert report.new == 1, report.line()

    handle = await bench.fake.autocomplete(bench.world.guild.id, bench.world.channel.id, bench.world.member.id,
                                           "recent", focused="artist", value="zephyrine")

    assert len(handle.choices) <= 25
    for choice in handle.choices:
        assert 1 <= len(choice["name"]) <= 100 and len(choice["value"]) <= 100


# ---- /feeds add: addresses that must never be fetched for a server ----


@pytest.mark.parametrize("url", [
    "http://2130706433/",                  # 127.0.0.1 as one decimal number
    "http://0x7f.1/",                      # hex and short form
    "http://0177.0.0.1/",                  # octal
    "http://0x7f000001/",
    "http://127.1/",
    "http://0/",
    "http://[::ffff:127.0.0.1]/",          # IPv4-mapped IPv6
    "http://[::ffff:a9fe:a9fe]/",          # mapped cloud metadata address
    "http://[0:0:0:0:0:0:0:1]/",
    "http://[64:ff9b::a00:1]/",            # NAT64 of 10.0.0.1
    "http://[fe80::1%25eth0]/",
    "http://localhost./",                  # trailing dot
    "http://LocalHost/",
    "http://１２７.０.０.１/",               # full-width digits (IDNA folds them to 127.0.0.1)
    "http://evil@127.0.0.1/",              # userinfo tricks
    "http://example.com@127.0.0.1/",
    "http://example.com\\@127.0.0.1/",
    "https://metadata.google.internal/computeMetadata/v1/",
])
async def test_feeds_add_refuses_every_spelling_of_a_non_public_address(tmp_path: Path, url: str) -> None:
    store = await Store.open(tmp_path / "bot.sqlite3")
    try:
        with pytest.raises(SetupError):
            await GuildFeeds(store).add(1, url)  # the real address check, system resolver included

        assert await store.list_guild_feeds(1) == []
    finally:
        await store.close()


# ---- the bot token never reaches a log ----


async def test_bot_token_never_reaches_the_log_even_at_debug(
    bench: Bench, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    await bench.start()
    world = bench.world
    handles = [
        await bench.command(world.admin, "alerts channel", options={"channel": world.channel}),
        await bench.command(world.member, "interactions", options={"artist": "jungkook"}),
        await bench.command(world.member, "artist", options={"name": "jungkok"}),  # a refusal path
        await bench.command(world.admin, "feeds add", options={"url": "http://10.0.0.1/rss"}),  # a followup
    ]
    await handles[-1].wait_followups(1)
    await bench.fake.disconnect(code=4000)  # reconnect: RESUME carries the token
    await bench.fake.wait_until(lambda: bench.fake.gateway.resume_count >= 1, 5.0, "a RESUME")
    await bench.kill()

    logged = "\n".join(f"{r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert "RESUME" in logged and "/webhooks/" in logged  # DEBUG logging really was on
    assert bench.fake.token not in logged
    assert bench.fake.token.split(".", 1)[1] not in logged
    # Interaction tokens (valid 15 minutes for answering as the bot) are blanked too.
    for handle in handles:
        assert handle.token not in logged


async def test_rejected_token_is_not_echoed_in_the_log(
    bench: Bench, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    services = await bench.open()
    secret = "MTIz.not-the-right-token.XYZ"

    assert await run_discord(services, secret, guild_ready_timeout=0.05) == 1

    logged = "\n".join(f"{r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert "refused the token" in logged and secret not in logged
    assert secret not in repr(services) and secret not in repr(services.config)


# ---- every answer carries allowed_mentions that ping nobody ----


async def test_every_command_answer_carries_allowed_mentions_that_ping_nobody(bench: Bench) -> None:
    await bench.start()
    world, fake = bench.world, bench.fake
    role = fake.add_role(world.guild, "JK stans", mentionable=True)
    await fake.announce_guild(world.guild)
    handles = [
        await bench.command(world.admin, "alerts channel", options={"channel": world.channel}),
        await bench.command(world.admin, "alerts role", options={"role": role, "artist": "jungkook"}),
        await bench.command(world.admin, "alerts list"),
        await bench.command(world.admin, "feeds add", options={"url": "http://127.0.0.1/@everyone"}),
        await bench.command(world.admin, "feeds list"),
        await bench.command(world.member, "alerts list", bypass_default_permissions=True),
        await bench.command(world.member, "subscribe", options={"artist": "jungkook"}),
        await bench.command(world.member, "subscriptions"),
        await bench.command(world.member, "unsubscribe", options={"artist": "jungkook"}),
        await bench.command(world.member, "interactions", options={"artist": "jungkook"}),
        await bench.command(world.member, "artist", options={"name": "@everyone <@&1>"}),
        await bench.command(world.member, "recent"),
    ]
    await handles[3].wait_followups(1)

    # (a deferred "thinking…" placeholder carries no text; its followup is the answer)
    messages = [m for h in handles
                for m in ([h.message] if h.message and h.response_type != 5 else []) + h.followups]
    assert len(messages) >= len(handles)
    for message in messages:
        assert message.allowed_mentions is not None and message.allowed_mentions.get("parse") == [], (
            message.content, message.embeds[:1])
        assert not message.allowed_mentions.get("roles") and not message.allowed_mentions.get("users")
        assert not message.pinged_everyone and not message.pinged_roles and not message.pinged_users
    refused = handles[10].content
    assert refused.startswith("Unknown artist") and "@everyone" not in refused and "<@&" not in refused


# ---- admin commands: Manage Server is checked in our code ----


ADMIN_SUBCOMMANDS: list[tuple[str, dict[str, str]]] = [
    ("alerts channel", {"channel": "CHANNEL"}),
    ("alerts role", {"role": "ROLE", "artist": "jungkook"}),
    ("alerts list", {}),
    ("alerts remove", {"channel": "CHANNEL"}),
    ("feeds add", {"url": "https://feeds.example/rss"}),
    ("feeds list", {}),
    ("feeds remove", {"url": "https://feeds.example/rss"}),
]


async def test_every_admin_subcommand_refuses_a_member_without_manage_server(bench: Bench) -> None:
    world, fake = bench.world, bench.fake
    role = fake.add_role(world.guild, "JK stans", mentionable=True)
    store = (await bench.open()).store
    await store.set_route(world.guild.id, world.channel.id, None)
    await store.add_guild_feed(world.guild.id, "https://feeds.example/rss")
    await bench.start()

    for name, options in ADMIN_SUBCOMMANDS:
        values = {k: {"CHANNEL": world.channel, "ROLE": role}.get(v, v) for k, v in options.items()}
        handle = await bench.command(world.member, name, options=values, bypass_default_permissions=True)
        text = handle.all_text
        assert handle.ephemeral and "Manage Server" in text and "feeds.example" not in text, (name, text)

    assert [r.channel_id for r in await store.list_routes(world.guild.id)] == [world.channel.id]
    assert await store.list_role_pings(world.guild.id) == []
    assert [f.url for f in await store.list_guild_feeds(world.guild.id)] == ["https://feeds.example/rss"]


async def test_feed_url_autocomplete_offers_nothing_to_a_member_without_manage_server(bench: Bench) -> None:
    world = bench.world
    store = (await bench.open()).store
    await store.add_guild_feed(world.guild.id, "https://feeds.example/rss")
    await bench.start()

    member = await bench.fake.autocomplete(world.guild.id, world.channel.id, world.member.id, "feeds remove",
                                           focused="url", value="", bypass_default_permissions=True)
    admin = await bench.fake.autocomplete(world.guild.id, world.channel.id, world.admin.id, "feeds remove",
                                          focused="url", value="")

    assert member.choices == []
    assert [c["value"] for c in admin.choices] == ["https://feeds.example/rss"]


# ---- the polling path really uses the guarded fetcher for server-added feeds ----


async def test_pipeline_polls_server_added_feeds_through_the_address_guard(
    bench: Bench, feed_server: FeedServer,
) -> None:
    """A feed that slipped into storage pointing at a loopback address (e.g. added while it resolved publicly)
    is refused at fetch time by the scheduler's start-up poll; the operator's own loopback feed is fetched."""
    private_url = feed_server.route("/internal.xml", body=rss(("i1", PRIVATE_TITLE, PRIVATE_BODY)))
    operator_url = feed_server.route("/operator.xml", body=rss(("o1", LATER_TITLE, LATER_BODY)))
    bench.config = replace(bench.config, feeds=(FeedConfig(url=operator_url),))
    services = await bench.open()
    services.config = bench.config
    await services.store.add_guild_feed(bench.world.guild.id, private_url)
    runner = PipelineRunner(services)
    try:
        reports = {r.source: r for r in await runner.start()}
        jobs = {job.url: job.trusted for job in runner.scheduler.feed_jobs()}
    finally:
        await runner.stop()

    assert jobs == {private_url: False, operator_url: True}
    assert [r.path for r in feed_server.requests] == ["/operator.xml"]
    assert "refused" in (reports[private_url].error or "")
    state = await services.store.get_feed_state(private_url)
    assert state is not None and state.last_error is not None and "refused" in state.last_error


# ---- embed limits under adversarial story text (the fake refuses anything over Discord's limits) ----


async def test_huge_story_fits_every_answer_within_discord_limits(bench: Bench) -> None:
    await bench.start()
    title = "**Jennie** " + "_very_ " * 400 + "@everyone"  # ~2.8k characters of formatting
    body = ("BLACKPINK's Jennie met Jungkook backstage at a music show in Seoul on Friday, while "
            + "Jennie smiled, " * 300 + "fans said.")
    report = await bench.add_story("400_huge.txt", title=title, body=body,
                                   url="https://news.example/" + "x" * 1900)
    assert report.new == 1, report.line()
    member = bench.world.member

    answers = [
        await bench.command(member, "recent"),
        await bench.command(member, "recent", options={"artist": "jennie"}),
        await bench.command(member, "artist", options={"name": "jennie"}),
        await bench.command(member, "interactions", options={"artist": "jennie"}),
    ]

    for handle in answers:
        assert handle.message is not None and handle.message.embeds, handle.all_text
        for embed in handle.message.embeds:
            assert len(embed.get("title", "")) <= 256 and len(embed.get("description", "")) <= 4096
            assert len(embed.get("fields", [])) <= 25
        assert "@everyone" not in handle.all_text


async def test_upgrading_a_database_keeps_existing_server_feeds_private(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    store = await Store.open(path)
    await store.add_guild_feed(42, "https://b-only.example/rss")
    async with store.transaction() as conn:  # back to schema 3: the owners table did not exist yet
        await conn.execute("DROP TABLE guild_feed_owners")
        await conn.execute("DROP INDEX stories_unannounced")  # nor did migration 0005's column
        await conn.execute("ALTER TABLE stories DROP COLUMN announced")
        await conn.execute("DROP TABLE admin_notices")  # nor migration 0006's notice queue
        await conn.execute("CREATE TABLE admin_notices (guild_id INTEGER NOT NULL, reason_key TEXT NOT NULL,"
                           " sent_at TEXT NOT NULL, PRIMARY KEY (guild_id, reason_key))")
    await store._conn.execute("PRAGMA user_version = 3")
    await store.close()

    store = await Store.open(path)
    try:
        await store.remove_guild_feed(42, "https://b-only.example/rss")
        assert await store.feed_owners("https://b-only.example/rss") == frozenset({42})
        assert await GuildFeeds(store).allowed_guilds("https://b-only.example/rss") == frozenset()
        assert await GuildFeeds(store).hidden_sources(7) == ("https://b-only.example/rss",)
        assert await GuildFeeds(store).hidden_sources(42) == ()
    finally:
        await store.close()


async def test_page_buttons_turn_only_their_own_timeline(bench: Bench) -> None:
    """Both timelines use the same button ids: a click must reach the view of the message clicked."""
    await bench.start()
    member = bench.world.member
    first = (await bench.command(member, "interactions", options={"artist": "jungkook"})).message
    second = (await bench.command(member, "interactions", options={"artist": "bts"})).message
    assert first is not None and second is not None and first.id != second.id
    second_before = [dict(e) for e in second.embeds]

    await bench.fake.click(first, "biasbot:page:next", member.id)

    turned = bench.fake.message(first.id)
    assert turned is not None and "Jungkook" in turned.embeds[0]["title"]
    assert turned.embeds[0]["footer"]["text"].startswith("Page 2/")
    assert bench.fake.message(second.id).embeds == second_before  # type: ignore[union-attr]


# ---- one server's many routes cannot crowd the others out of a story ----


async def test_per_story_cap_is_shared_fairly_between_servers(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "bot.sqlite3")
    try:
        for channel in (11, 12, 13, 14):  # server 1 routes every alert to four channels
            await store.set_route(1, channel, None)
        await store.set_route(2, 21, None)
        await store.set_route(3, 31, "jungkook")
        story = StoryRow(
            id=1, source="file:seeds", entry_key="a", url=None, title="t", published=None,
            first_seen=datetime.now(UTC), body="b", content_hash="h", group_id=1, backlog=False,
            classification=Classification(artists=(ArtistRef("jungkook", "Jungkook", "member", ("bts",)),)),
        )
        outbox = Outbox(store, TerminalSink(io.StringIO()), per_story_limit=3)

        targets = await outbox.targets_for(story)

        assert sorted(t.destination for t in targets) == [11, 21, 31]
        outbox.per_story_limit = 50
        assert len(await outbox.targets_for(story)) == 6
    finally:
        await store.close()


async def test_lookups_show_a_feed_to_its_servers_and_an_operator_feed_to_everyone(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "bot.sqlite3")
    try:
        for url in ("https://b-only.example/rss", "https://operator.example/rss"):
            await store.add_guild_feed(1, url)
            await store.upsert_story(StoryInput(source=url, entry_key="e", url=None, title=url, published=None,
                                                body="A story."), backlog=True)
        operator = ["https://operator.example/rss"]

        seen_by_1 = {s.source for s in await store.visible_stories(1, operator)}
        seen_by_2 = {s.source for s in await store.visible_stories(2, operator)}
        seen_in_dm = {s.source for s in await store.visible_stories(None)}

        assert seen_by_1 == {"https://b-only.example/rss", "https://operator.example/rss"}
        assert seen_by_2 == {"https://operator.example/rss"}
        assert seen_in_dm == set()
    finally:
        await store.close()
