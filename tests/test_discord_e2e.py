"""End to end, fan-facing: login and command sync, /interactions, autocomplete, misses, gateway resume.

The real discord.py client (``cogs.client.BiasBot``) runs against the fake Discord in ``tests/fake_discord``
with the real pipeline: the repo's three seed stories are ingested into a SQLite file in ``tmp_path``.
"""

from __future__ import annotations

from tests.discord_e2e import Bench, seed_url

EXPECTED_COMMANDS = {"interactions", "artist", "recent", "subscribe", "unsubscribe", "subscriptions", "alerts",
                     "feeds"}


def _option_names(command: dict[str, object]) -> list[str]:
    options = command.get("options") or []
    assert isinstance(options, list)
    return [str(o["name"]) for o in options]


async def test_login_syncs_the_command_tree_once(bench: Bench) -> None:
    bot = await bench.start()
    assert bot.synced is True
    assert [s.intents for s in bench.fake.gateway.live_sessions()] == [1]  # GUILDS only, nothing privileged
    synced = {c["name"]: c for c in bench.fake.synced_commands()}
    assert set(synced) == EXPECTED_COMMANDS
    assert _option_names(synced["interactions"]) == ["artist", "with", "type", "platform"]
    alerts = synced["alerts"]
    assert alerts["default_member_permissions"] == str(1 << 5)  # Manage Server
    assert _option_names(alerts) == ["channel", "role", "list", "remove"]
    puts = bench.fake.count_requests("PUT", "/applications/{application_id}/commands")
    assert puts == 1

    await bench.kill()
    bot = await bench.start()

    assert bot.synced is False  # same tree, hash found in the database: no second sync
    assert bench.fake.count_requests("PUT", "/applications/{application_id}/commands") == puts


async def test_interactions_for_jungkook_lists_jennie_kn_and_heon_seo_with_links(bench: Bench) -> None:
    await bench.start()
    member = bench.world.member

    handle = await bench.command(member, "interactions", options={"artist": "jungkook"})

    assert not handle.ephemeral
    pages = [handle.all_text]
    message = handle.message
    assert message is not None
    while (button := message.find_component("biasbot:page:next")) is not None and not button.get("disabled"):
        click = await bench.fake.click(message, "biasbot:page:next", member.id)
        message = click.message
        assert message is not None
        pages.append("\n".join(str(e.get("description", "")) for e in message.embeds))
    text = "\n".join(pages)
    for name in ("Jennie", "KN", "Heon Seo"):
        assert f"**{name}**" in text, f"{name} missing from the timeline"
    for stem in ("000_04606e88f67080f3", "001_902e68cc48d3a238", "002_b532b8b7ba964d6b"):
        assert f"]({seed_url(stem)})" in text


async def test_only_the_invoker_can_turn_the_pages(bench: Bench) -> None:
    await bench.start()
    handle = await bench.command(bench.world.member, "interactions", options={"artist": "jungkook"})
    message = handle.message
    assert message is not None and message.find_component("biasbot:page:next") is not None
    before = [dict(e) for e in message.embeds]

    other = await bench.fake.click(message, "biasbot:page:next", bench.world.admin.id)

    assert other.followups or other.ephemeral or other.response_data is not None
    assert "Only the person who ran this command" in str(other.response_data)
    assert bench.fake.message(message.id) is not None
    assert bench.fake.message(message.id).embeds == before  # type: ignore[union-attr]


async def test_autocomplete_for_jung_offers_jungkook(bench: Bench) -> None:
    await bench.start()

    handle = await bench.fake.autocomplete(bench.world.guild.id, bench.world.channel.id, bench.world.member.id,
                                           "interactions", focused="artist", value="jung")

    choices = handle.choices
    assert 0 < len(choices) <= 25
    assert any(c["value"] == "jungkook" and c["name"].startswith("Jungkook") for c in choices)


async def test_autocomplete_matches_hangul(bench: Bench) -> None:
    await bench.start()

    handle = await bench.fake.autocomplete(bench.world.guild.id, bench.world.channel.id, bench.world.member.id,
                                           "subscribe", focused="artist", value="정국")

    assert any(c["value"] == "jungkook" for c in handle.choices)


async def test_unknown_artist_suggests_the_closest_name(bench: Bench) -> None:
    await bench.start()

    handle = await bench.command(bench.world.member, "interactions", options={"artist": "jungkok"})

    assert handle.ephemeral
    assert handle.content == "Unknown artist 'jungkok' — did you mean Jungkook?"


async def test_artist_without_interactions_says_so(bench: Bench) -> None:
    await bench.start()

    handle = await bench.command(bench.world.member, "interactions", options={"artist": "Heon Seo", "with": "Jennie"})

    assert handle.ephemeral
    assert handle.content.startswith("No interactions recorded for Heon Seo")


async def test_artist_profile_and_recent_stories(bench: Bench) -> None:
    await bench.start()

    profile = await bench.command(bench.world.member, "artist", options={"name": "bts"})
    recent = await bench.command(bench.world.member, "recent", options={"artist": "jungkook"})

    assert "Jungkook" in profile.all_text  # members listed for a group
    assert "Top interaction partners" in profile.all_text
    assert "Latest stories about Jungkook" in recent.all_text
    assert seed_url("002_b532b8b7ba964d6b") in recent.all_text


async def test_profile_names_the_top_interaction_partner(bench: Bench) -> None:
    await bench.start()

    profile = await bench.command(bench.world.member, "artist", options={"name": "Heon Seo"})

    fields = {f["name"]: f["value"] for f in profile.embeds[0]["fields"]}
    assert profile.embeds[0]["title"] == "Heon Seo"
    assert fields["Top interaction partners"].startswith("Jungkook")


async def test_gateway_disconnect_resumes_and_commands_keep_working(bench: Bench) -> None:
    bot = await bench.start()
    gateway = bench.fake.gateway
    identifies = gateway.identify_count
    tasks = dict(bot.tasks)

    await gateway.disconnect(4000)
    await bench.fake.wait_until(lambda: gateway.resume_count >= 1, 5.0, "a RESUME")
    handle = await bench.command(bench.world.member, "interactions", options={"artist": "jennie"})

    assert gateway.identify_count == identifies  # resumed, not re-identified
    assert "Jungkook" in handle.all_text
    assert bot.tasks == tasks  # setup ran once: nothing restarted on reconnect
    assert all(not t.done() for t in bot.tasks.values())


async def test_group_timeline_includes_its_members_interactions(bench: Bench) -> None:
    await bench.start()

    handle = await bench.command(bench.world.member, "interactions", options={"artist": "bts", "with": "jennie"})

    assert not handle.ephemeral
    assert "**Jungkook** ↔ **Jennie**" in handle.all_text or "with **Jennie**" in handle.all_text


async def test_type_and_platform_filters_narrow_the_timeline(bench: Bench) -> None:
    await bench.start()

    liked = await bench.command(bench.world.member, "interactions",
                                options={"artist": "jungkook", "type": "like", "platform": "tiktok"})
    nothing = await bench.command(bench.world.member, "interactions",
                                  options={"artist": "jennie", "type": "gift"})

    assert "**Heon Seo**" in liked.all_text and "**Jennie**" not in liked.all_text
    assert nothing.ephemeral and nothing.content.startswith("No interactions recorded for Jennie")


async def test_subscriptions_can_be_listed_and_removed_from_a_dm(bench: Bench) -> None:
    await bench.start()
    member = bench.world.member
    fake = bench.fake  # guild None, channel None: the user's DM with the bot

    added = await fake.invoke_command(None, None, member.id, "subscribe", options={"artist": "jennie"})
    listed = await fake.invoke_command(None, None, member.id, "subscriptions")
    removed = await fake.invoke_command(None, None, member.id, "unsubscribe", options={"artist": "jennie"})
    empty = await fake.invoke_command(None, None, member.id, "subscriptions")

    assert added.content.startswith("Subscribed")
    assert "Jennie" in listed.all_text and "in DMs" in listed.all_text
    assert removed.content == "Unsubscribed from Jennie."
    assert empty.content.startswith("You have no subscriptions in DMs")


async def test_a_failed_sync_does_not_stop_the_bot_and_is_retried_next_start(bench: Bench) -> None:
    route = "/applications/{application_id}/commands"
    bench.fake.fail_next("PUT", route, status=400)
    bot = await bench.start()  # still connects: commands synced earlier would keep working

    assert bot.synced is False and bot.is_ready()

    await bench.kill()
    bot = await bench.start()

    assert bot.synced is True
    assert "interactions" in bench.fake.command_names()


async def test_autocomplete_offers_artists_first_seen_in_stories(bench: Bench) -> None:
    await bench.start()
    await bench.add_story(
        "150_rookie.txt", title="Jungkook praises a rookie singer",
        body="BTS member Jungkook praised rookie singer Dal Bora Kim on Weverse, and singer Dal Bora Kim "
             "thanked him in a video.",
    )

    choices = await bench.fake.autocomplete(bench.world.guild.id, bench.world.channel.id, bench.world.member.id,
                                            "interactions", focused="artist", value="dal bo")
    picked = next(c for c in choices.choices if c["name"] == "Dal Bora Kim")
    timeline = await bench.command(bench.world.member, "interactions", options={"artist": picked["value"]})

    assert picked["value"].startswith("new:")
    assert "**Jungkook**" in timeline.all_text
