"""End to end, alerts: new story files → outbox → the Discord sink → the fake Discord.

Each test ingests the seeds as backlog (never alerted), sets up destinations through the real slash
commands, drops a new story file and checks exactly what reached Discord.
"""

from __future__ import annotations

import asyncio

from bot.delivery import DeliveryItem, SentMessage
from bot.routing import lost_channel_notice_key
from cogs.alerts import DiscordSink
from tests.discord_e2e import Bench
from tests.fake_discord.model import MENTION_EVERYONE

MEETING_TITLE = "Jungkook and Jennie share a laugh backstage"
MEETING_BODY = (
    "BTS member Jungkook met BLACKPINK's Jennie backstage at a year-end music show in Seoul on Friday. "
    "The two singers chatted for several minutes before Jennie went on stage, fans who were there said."
)
MESSAGES = "/channels/{channel_id}/messages"
DM_CHANNELS = "/users/@me/channels"


async def _meeting_story(bench: Bench, name: str = "100_meeting.txt", **kw: str) -> None:
    report = await bench.add_story(name, title=kw.pop("title", MEETING_TITLE), body=kw.pop("body", MEETING_BODY),
                                   url=kw.pop("url", "https://news.example/jk-jennie"), **kw)
    assert report.new == 1 and report.new_ids, report.line()


async def _route_all_alerts(bench: Bench) -> None:
    handle = await bench.command(bench.world.admin, "alerts channel", options={"channel": bench.world.channel})
    assert handle.content.startswith("Done"), handle.content


async def test_subscribe_then_new_story_sends_exactly_one_dm(bench: Bench) -> None:
    await bench.start()
    member = bench.world.member
    for artist in ("jungkook", "jennie", "bts"):  # the story names all three: still one DM
        handle = await bench.command(member, "subscribe", options={"artist": artist, "delivery": "dm"})
        assert handle.ephemeral and handle.content.startswith("Subscribed"), handle.content

    await _meeting_story(bench)
    dms = await bench.wait_dms(member.id, 1)
    await bench.outbox_idle()
    await (await bench.open()).ingestor.ingest_folder(bench.seeds)  # a rescan changes nothing
    await bench.outbox_idle()

    dms = bench.fake.dm_log(member.id)
    assert len(dms) == 1
    assert dms[0].embeds[0]["title"] == MEETING_TITLE
    assert bench.fake.channel_log(bench.world.channel.id) == []  # no channel route was set up


async def test_alerts_channel_then_new_story_posts_one_embed_with_safe_allowed_mentions(bench: Bench) -> None:
    await bench.start()
    await _route_all_alerts(bench)

    await _meeting_story(bench)
    await bench.wait_messages(bench.world.channel.id, 1)
    await bench.outbox_idle()

    messages = bench.fake.channel_log(bench.world.channel.id)
    assert len(messages) == 1
    message = messages[0]
    embed = message.embeds[0]
    assert embed["title"] == MEETING_TITLE
    assert embed["url"] == "https://news.example/jk-jennie"
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    # The headline interaction, e.g. "Jungkook ↔ Jennie · met · in person" (wording of types is the classifier's).
    headline, *details = fields["Interaction"].split(" · ")
    assert headline in ("Jungkook ↔ Jennie", "Jennie ↔ Jungkook") and "met" in details[0]
    assert "Jungkook" in fields["Artists"] and "Jennie" in fields["Artists"]
    assert fields["Source"] == "[news.example](https://news.example/jk-jennie)"
    assert fields["Date"] == "2026-11-20"
    assert message.content == ""
    assert message.allowed_mentions == {"parse": [], "users": [], "roles": []}
    assert not message.pinged_users and not message.pinged_roles and not message.pinged_everyone
    assert message.nonce is not None


async def test_role_ping_allows_exactly_that_role(bench: Bench) -> None:
    fake, world = bench.fake, bench.world
    stans = fake.add_role(world.guild, "JK stans", mentionable=True)
    other = fake.add_role(world.guild, "Jennie stans", mentionable=True)
    await bench.start()
    await _route_all_alerts(bench)
    handle = await bench.command(world.admin, "alerts role", options={"role": stans, "artist": "jungkook"})
    assert handle.content.startswith("Done"), handle.content

    await _meeting_story(bench)
    (message,) = await bench.wait_messages(world.channel.id, 1)

    assert message.content == f"<@&{stans.id}>"
    mentions = message.allowed_mentions
    assert mentions is not None and mentions["parse"] == [] and mentions["users"] == []
    assert [int(r) for r in mentions["roles"]] == [stans.id]
    assert message.pinged_roles == {stans.id}
    assert other.id not in message.pinged_roles and not message.pinged_everyone


async def test_story_containing_everyone_pings_nobody(bench: Bench) -> None:
    fake, world = bench.fake, bench.world
    fake.bot_role(world.guild).permissions |= MENTION_EVERYONE  # even a bot allowed to ping everyone must not
    role = fake.add_role(world.guild, "Everyone-ish", mentionable=True)
    await bench.start()
    await _route_all_alerts(bench)

    await _meeting_story(
        bench,
        title=f"@everyone **Jungkook** and Jennie met <@&{role.id}> <@{world.member.id}> @here",
        body=f"@everyone look! <@&{role.id}> {MEETING_BODY}",
    )
    (message,) = await bench.wait_messages(world.channel.id, 1)

    assert not message.pinged_everyone
    assert message.pinged_roles == set() and message.pinged_users == set()
    assert message.allowed_mentions == {"parse": [], "users": [], "roles": []}
    text = message.embeds[0]["title"] + message.embeds[0].get("description", "")
    assert "@everyone" not in text and f"<@&{role.id}>" not in text
    assert "\\*\\*Jungkook\\*\\*" in text  # markdown escaped too


async def test_rate_limited_post_is_retried_and_one_message_results(bench: Bench) -> None:
    fake, world = bench.fake, bench.world
    await bench.start()
    await _route_all_alerts(bench)
    fake.fail_next("POST", MESSAGES, status=429, retry_after=0.05, channel_id=world.channel.id)

    await _meeting_story(bench)
    await bench.wait_messages(world.channel.id, 1)
    await bench.outbox_idle()

    assert len(fake.channel_log(world.channel.id)) == 1
    assert fake.count_requests("POST", MESSAGES, status=429) == 1
    assert fake.count_requests("POST", MESSAGES, status=200) == 1


class _CrashAfterFirstSend:
    """Fault injection around the real sink: the process dies right after Discord accepted a message,
    before the outbox could record it (the window the per-delivery nonce exists for)."""

    def __init__(self, inner: DiscordSink) -> None:
        self.inner = inner
        self.crashed = asyncio.Event()

    async def send(self, item: DeliveryItem) -> SentMessage:
        await self.inner.send(item)
        self.crashed.set()
        await asyncio.Event().wait()  # hang here until the "kill" cancels us
        raise AssertionError("unreachable")

    async def edit(self, item: DeliveryItem, message: SentMessage) -> None:
        await self.inner.edit(item, message)

    async def notify_admins(self, guild_id: int, text: str) -> None:
        await self.inner.notify_admins(guild_id, text)


async def test_bot_killed_mid_delivery_sends_each_pending_delivery_once_after_restart(bench: Bench) -> None:
    fake, world = bench.fake, bench.world
    second = fake.add_text_channel(world.guild, "more-news")
    bot = await bench.start()
    crash = _CrashAfterFirstSend(bot.sink)
    bot.outbox.sink = crash
    await _route_all_alerts(bench)
    await bench.command(world.admin, "alerts channel", options={"channel": second})
    await bench.command(world.member, "subscribe", options={"artist": "jennie"})

    await _meeting_story(bench)
    await asyncio.wait_for(crash.crashed.wait(), 5.0)
    await asyncio.sleep(0.05)  # let every lane reach Discord (sends run concurrently per destination)
    posted_before = len(fake.channel_log(world.channel.id)) + len(fake.channel_log(second.id))
    await bench.kill()
    assert posted_before >= 1
    rows = await (await bench.open()).store.list_deliveries()
    assert [r.status for r in rows] == ["pending"] * 3  # posted, but the crash came before recording it

    await bench.start()
    await bench.outbox_idle()

    assert len(fake.channel_log(world.channel.id)) == 1
    assert len(fake.channel_log(second.id)) == 1
    assert len(fake.dm_log(world.member.id)) == 1
    rows = await (await bench.open()).store.list_deliveries()
    assert [r.status for r in rows] == ["sent", "sent", "sent"]
    assert all(r.message_id is not None for r in rows)


async def test_lost_channel_disables_the_route_and_tells_the_owner_once(bench: Bench) -> None:
    fake, world = bench.fake, bench.world
    await bench.start()
    await _route_all_alerts(bench)
    await fake.revoke_bot_send(world.channel)

    await _meeting_story(bench)
    await bench.wait_dms(world.guild.owner_id, 1)
    await bench.outbox_idle()
    await _meeting_story(bench, "101_again.txt", title="Jennie and Jungkook wave at fans",
                         body="Jennie and Jungkook waved at fans together after the Seoul show ended late at night.",
                         url="https://other.example/wave")
    await bench.outbox_idle()

    assert fake.channel_log(world.channel.id) == []
    notices = fake.dm_log(world.guild.owner_id)
    assert len(notices) == 1 and "can no longer post alerts" in notices[0].content
    listing = await bench.command(world.admin, "alerts list")
    assert "disabled" in listing.all_text


async def test_lost_channel_notice_is_retried_through_a_discord_outage_and_reaches_the_owner_once(
    bench: Bench,
) -> None:
    fake, world = bench.fake, bench.world
    bot = await bench.start()
    bot.outbox.base_backoff = 0.05  # retry within the test (the default waits seconds)
    await _route_all_alerts(bench)
    await fake.revoke_bot_send(world.channel)
    # Discord is down when the notice is first sent, and the server has no system channel to fall back on.
    fake.fail_next("POST", DM_CHANNELS, status=503)

    await _meeting_story(bench)
    await bench.wait_dms(world.guild.owner_id, 1)
    store = (await bench.open()).store
    key = lost_channel_notice_key(world.channel.id)

    async def notice_status() -> str | None:
        notice = await store.get_admin_notice(world.guild.id, key)
        return notice.status if notice else None

    async with asyncio.timeout(5.0):
        while await notice_status() != "sent":
            await asyncio.sleep(0.02)
    await bench.outbox_idle()

    assert fake.count_requests("POST", DM_CHANNELS, status=503) == 1
    notices = fake.dm_log(world.guild.owner_id)
    assert len(notices) == 1 and "can no longer post alerts" in notices[0].content
    assert (await store.get_admin_notice(world.guild.id, key)).attempts == 2  # type: ignore[union-attr]


async def test_duplicate_story_edits_the_alert_instead_of_posting_again(bench: Bench) -> None:
    await bench.start()
    await _route_all_alerts(bench)
    await _meeting_story(bench)
    (message,) = await bench.wait_messages(bench.world.channel.id, 1)

    await _meeting_story(bench, "102_copy.txt", url="https://copycat.example/jk-jennie")
    await bench.fake.wait_until(lambda: bool(message.edits), 5.0, "the alert to be edited")
    await bench.outbox_idle()

    assert len(bench.fake.channel_log(bench.world.channel.id)) == 1
    fields = {f["name"]: f["value"] for f in message.embeds[0]["fields"]}
    assert "copycat.example" in fields["Also reported by"]


async def test_mention_subscription_pings_the_member_in_the_server_alert_only(bench: Bench) -> None:
    world = bench.world
    await bench.start()
    await _route_all_alerts(bench)
    handle = await bench.command(world.member, "subscribe", options={"artist": "bts", "delivery": "mention"})
    assert handle.content.startswith("Subscribed"), handle.content

    await _meeting_story(bench)  # names Jungkook: a BTS subscription covers its members
    (message,) = await bench.wait_messages(world.channel.id, 1)
    await bench.outbox_idle()

    assert message.content == f"<@{world.member.id}>"
    assert message.pinged_users == {world.member.id} and not message.pinged_roles
    assert bench.fake.dm_log(world.member.id) == []
