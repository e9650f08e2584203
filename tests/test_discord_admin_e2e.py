"""End to end, server setup: the Manage Server check in our code, per-server isolation, guarded feed URLs."""

from __future__ import annotations

import pytest

from tests.discord_e2e import Bench
from tests.fake_discord.model import MANAGE_GUILD, FakeDiscordUsageError


async def test_member_without_manage_server_is_refused_and_nothing_changes(bench: Bench) -> None:
    await bench.start()
    world = bench.world

    # Discord hides the command from them (default_member_permissions) ...
    with pytest.raises(FakeDiscordUsageError):
        await bench.command(world.member, "alerts channel", options={"channel": world.channel})
    # ... and a server-side override that shows it anyway still meets our own check.
    handle = await bench.command(world.member, "alerts channel", options={"channel": world.channel},
                                 bypass_default_permissions=True)
    feeds = await bench.command(world.member, "feeds add", options={"url": "https://feeds.example/rss"},
                                bypass_default_permissions=True)

    assert handle.ephemeral and "Manage Server" in handle.content
    assert feeds.ephemeral and "Manage Server" in feeds.content
    store = (await bench.open()).store
    assert await store.list_routes(world.guild.id) == []
    assert await store.list_guild_feeds(world.guild.id) == []


async def test_server_a_cannot_see_or_change_server_b_routes_or_feeds(bench: Bench) -> None:
    fake, world = bench.fake, bench.world
    guild_b = fake.add_guild("Server B")
    channel_b = fake.add_text_channel(guild_b, "b-alerts")
    admin_b = fake.add_user("admin_b")
    fake.add_member(guild_b, admin_b, roles=[fake.add_role(guild_b, "B mods", permissions=MANAGE_GUILD)])
    await bench.start()
    store = (await bench.open()).store
    await bench.command(admin_b, "alerts channel", guild_id=guild_b.id, channel_id=channel_b.id,
                        options={"channel": channel_b})
    await store.add_guild_feed(guild_b.id, "https://b-only.example/rss", added_by=admin_b.id)

    listing = await bench.command(world.admin, "alerts list")
    feeds = await bench.command(world.admin, "feeds list")
    removal = await bench.command(world.admin, "feeds remove", options={"url": "https://b-only.example/rss"})

    assert str(channel_b.id) not in listing.all_text and "No alerts set up" in listing.all_text
    assert "b-only.example" not in feeds.all_text
    assert removal.ephemeral and "no such feed" in removal.content
    assert [r.channel_id for r in await store.list_routes(guild_b.id)] == [channel_b.id]
    assert [f.url for f in await store.list_guild_feeds(guild_b.id)] == ["https://b-only.example/rss"]
    # A's channel option cannot even name B's channel: Discord only offers the server's own channels.
    with pytest.raises(FakeDiscordUsageError):
        await bench.command(world.admin, "alerts remove", options={"channel": channel_b})


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8080/feed.xml",
    "http://localhost/rss",
    "http://10.0.0.5/rss",
    "http://192.168.1.10/rss",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/rss",
    "file:///etc/passwd",
])
async def test_feeds_add_refuses_loopback_and_private_urls(bench: Bench, url: str) -> None:
    await bench.start()

    handle = await bench.command(bench.world.admin, "feeds add", options={"url": url})
    (reply,) = await handle.wait_followups(1)

    assert reply.ephemeral
    assert "not allowed" in reply.content or "Only http" in reply.content, reply.content
    assert await (await bench.open()).store.list_guild_feeds(bench.world.guild.id) == []


async def test_admin_commands_are_guild_only(bench: Bench) -> None:
    await bench.start()
    synced = {c["name"]: c for c in bench.fake.synced_commands()}

    for name in ("alerts", "feeds"):
        assert synced[name].get("contexts") == [0] or synced[name].get("dm_permission") is False
