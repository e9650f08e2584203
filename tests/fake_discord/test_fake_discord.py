"""The fake Discord proven with the real discord.py client and a throwaway test-only cog."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import aiohttp
import discord
import pytest
from discord import app_commands
from discord.ext import commands

from .client import running_bot
from .fixtures import FakeWorld, StartBot, make_test_bot
from .interactions import (
    APPLICATION_COMMAND_AUTOCOMPLETE_RESULT,
    CHANNEL_MESSAGE_WITH_SOURCE,
    DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE,
    UPDATE_MESSAGE,
)
from .model import FLAG_EPHEMERAL, FakeDiscordUsageError
from .server import FakeDiscord

IDOLS = ["Jungkook", "Jennie", "Jimin", "Jisoo", "Haerin", "Minji"]


class OwnerOnlyView(discord.ui.View):
    """Pages that only the invoker may turn, like /interactions will have."""

    def __init__(self, owner_id: int) -> None:
        super().__init__(timeout=30)
        self.owner_id = owner_id
        self.page = 1

    @discord.ui.button(label="Next", custom_id="page:next")
    async def next_page(self, interaction: discord.Interaction, button: discord.ui.Button[OwnerOnlyView]) -> None:
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message("Only the person who ran the command can do that.", ephemeral=True)
            return
        self.page += 1
        await interaction.response.edit_message(content=f"page {self.page}", view=self)


class AlertsGroup(app_commands.Group):
    """A subcommand group shaped like /alerts."""

    @app_commands.command(description="Route alerts to a channel")
    async def channel(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        await interaction.response.send_message(f"routing to {channel.mention}", ephemeral=True)


class ThrowawayCog(commands.Cog):
    alerts = AlertsGroup(name="alerts", description="Alert routing")

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.seen_messages: list[str] = []
        self.release = asyncio.Event()

    @app_commands.command(description="Echo the options back")
    @app_commands.describe(text="Some text", count="A number", who="A member", where="A channel", role="A role")
    async def echo(
        self,
        interaction: discord.Interaction,
        text: str,
        count: int,
        who: discord.Member,
        where: discord.TextChannel,
        role: discord.Role | None = None,
    ) -> None:
        role_name = role.name if role is not None else "-"
        await interaction.response.send_message(
            f"{text}|{count}|{who.name}|{where.name}|{role_name}|{interaction.user.name}",
            allowed_mentions=discord.AllowedMentions.none(),
        )

    @app_commands.command(description="A private answer")
    async def secret(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("only you can see this", ephemeral=True)

    @app_commands.command(description="Pick an idol")
    async def idol(self, interaction: discord.Interaction, name: str) -> None:
        await interaction.response.send_message(f"picked {name}")

    @idol.autocomplete("name")
    async def idol_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=n, value=n.lower()) for n in IDOLS if n.lower().startswith(current.lower())]

    @app_commands.command(description="Paginated answer")
    async def pages(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("page 1", view=OwnerOnlyView(interaction.user.id))

    @app_commands.command(description="Choose a group")
    async def choose(self, interaction: discord.Interaction) -> None:
        view = discord.ui.View(timeout=30)
        select: discord.ui.Select[discord.ui.View] = discord.ui.Select(
            custom_id="group", options=[discord.SelectOption(label=g, value=g.lower()) for g in ("BTS", "NewJeans")]
        )

        async def chosen(choice: discord.Interaction) -> None:
            await choice.response.send_message(f"you chose {select.values[0]}", ephemeral=True)

        select.callback = chosen  # type: ignore[method-assign,assignment]
        view.add_item(select)
        await interaction.response.send_message("pick one", view=view)

    @app_commands.command(description="Slow answer")
    async def slow(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        await interaction.edit_original_response(content="done thinking")
        await interaction.followup.send("and one more thing", ephemeral=True)

    @app_commands.command(description="Admins only")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    async def admin(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("admin ok")

    @app_commands.command(description="DM me")
    async def dm(self, interaction: discord.Interaction) -> None:
        await interaction.user.send("a private note")
        await interaction.response.send_message("sent you a DM", ephemeral=True)

    @app_commands.command(description="Answers when the test says so")
    async def late(self, interaction: discord.Interaction) -> None:
        await self.release.wait()
        await interaction.response.send_message("finally")

    @app_commands.command(description="Fails")
    async def broken(self, interaction: discord.Interaction) -> None:
        raise RuntimeError("boom")

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if not message.author.bot:
            self.seen_messages.append(message.content)


def make_bot(*, guild_id: int | None = None, intents: discord.Intents | None = None) -> commands.Bot:
    bot = make_test_bot(intents=intents)

    async def setup_hook() -> None:
        await bot.add_cog(ThrowawayCog(bot))
        if guild_id is None:
            await bot.tree.sync()
        else:
            guild = discord.Object(guild_id)
            bot.tree.copy_global_to(guild=guild)
            await bot.tree.sync(guild=guild)

    bot.setup_hook = setup_hook  # type: ignore[method-assign]
    return bot


def cog(bot: commands.Bot) -> ThrowawayCog:
    found = bot.get_cog("ThrowawayCog")
    assert isinstance(found, ThrowawayCog)
    return found


async def test_login_and_sync_make_commands_visible(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    bot = await start_bot(make_bot())
    assert bot.user is not None and bot.user.id == fake_world.bot.id
    assert bot.application_id == fake_discord.application_id
    assert [g.id for g in bot.guilds] == [fake_world.guild.id]
    assert {"echo", "secret", "idol", "pages", "slow", "admin", "dm"} <= fake_discord.command_names()
    echo = next(c for c in fake_discord.synced_commands() if c["name"] == "echo")
    assert [(o["name"], o["type"], o.get("required", False)) for o in echo["options"]] == [
        ("text", 3, True),
        ("count", 4, True),
        ("who", 6, True),
        ("where", 7, True),
        ("role", 8, False),
    ]
    admin = next(c for c in fake_discord.synced_commands() if c["name"] == "admin")
    assert admin["default_member_permissions"] == str(1 << 5)
    assert fake_discord.count_requests("PUT", "/applications/{application_id}/commands") == 1


async def test_guild_sync_makes_guild_commands_visible(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    await start_bot(make_bot(guild_id=fake_world.guild.id))
    assert "echo" in fake_discord.command_names(fake_world.guild.id)
    assert fake_discord.command_names() == set()
    handle = await fake_discord.invoke_command(
        fake_world.guild.id, fake_world.channel.id, fake_world.member.id, "secret"
    )
    assert handle.content == "only you can see this"


async def test_slash_command_with_options_gets_its_response(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    await start_bot(make_bot())
    handle = await fake_discord.invoke_command(
        fake_world.guild.id,
        fake_world.channel.id,
        fake_world.member.id,
        "echo",
        options={
            "text": "hi",
            "count": 3,
            "who": fake_world.admin,
            "where": fake_world.channel,
            "role": fake_world.mod_role,
        },
    )
    assert handle.response_type == CHANNEL_MESSAGE_WITH_SOURCE
    assert handle.content == "hi|3|mod_minji|general|Mods|fan_haerin"
    assert handle.allowed_mentions == {"parse": []}
    assert not handle.ephemeral
    assert [m.content for m in fake_discord.channel_log(fake_world.channel.id)] == [handle.content]


async def test_options_must_match_the_synced_definition(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    await start_bot(make_bot())
    where = (fake_world.guild.id, fake_world.channel.id, fake_world.member.id)
    with pytest.raises(FakeDiscordUsageError, match="no synced command"):
        await fake_discord.invoke_command(*where, "nope")
    with pytest.raises(FakeDiscordUsageError, match="no synced option"):
        await fake_discord.invoke_command(*where, "idol", options={"name": "x", "colour": "red"})
    with pytest.raises(FakeDiscordUsageError, match="required option"):
        await fake_discord.invoke_command(*where, "idol")
    with pytest.raises(FakeDiscordUsageError, match="default_member_permissions"):
        await fake_discord.invoke_command(*where, "admin")
    ok = await fake_discord.invoke_command(fake_world.guild.id, fake_world.channel.id, fake_world.admin.id, "admin")
    assert ok.content == "admin ok"


async def test_ephemeral_response_has_flag_64(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    await start_bot(make_bot())
    handle = await fake_discord.invoke_command(
        fake_world.guild.id, fake_world.channel.id, fake_world.member.id, "secret"
    )
    assert handle.flags & FLAG_EPHEMERAL == 64
    assert handle.ephemeral
    assert handle.content == "only you can see this"
    assert fake_discord.channel_log(fake_world.channel.id) == []


async def test_autocomplete_returns_choices(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    await start_bot(make_bot())
    handle = await fake_discord.autocomplete(
        fake_world.guild.id, fake_world.channel.id, fake_world.member.id, "idol", focused="name", value="ji"
    )
    assert handle.response_type == APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    assert handle.choices == [{"name": "Jimin", "value": "jimin"}, {"name": "Jisoo", "value": "jisoo"}]


async def test_button_click_by_another_user_is_refused_and_owner_click_updates(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    await start_bot(make_bot())
    invoker = fake_world.member.id
    handle = await fake_discord.invoke_command(fake_world.guild.id, fake_world.channel.id, invoker, "pages")
    message = handle.message
    assert message is not None and message.find_component("page:next") is not None

    stranger = await fake_discord.click(message, "page:next", fake_world.admin.id)
    assert stranger.response_type == CHANNEL_MESSAGE_WITH_SOURCE
    assert stranger.ephemeral and "Only the person" in stranger.content
    assert message.content == "page 1"

    owner = await fake_discord.click(message, "page:next", invoker)
    assert owner.response_type == UPDATE_MESSAGE
    assert owner.message is not None and owner.message.id == message.id
    assert fake_discord.message(message.id) is not None
    assert message.content == "page 2"


async def test_deferred_response_is_edited_and_followed_up(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    await start_bot(make_bot())
    handle = await fake_discord.invoke_command(fake_world.guild.id, fake_world.channel.id, fake_world.member.id, "slow")
    assert handle.response_type == DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
    original = await handle.wait_original()
    assert original.content == "done thinking"
    [followup] = await handle.wait_followups(1)
    assert followup.content == "and one more thing" and followup.ephemeral


async def test_message_sent_twice_with_enforced_nonce_is_one_message(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    bot = await start_bot(make_bot())
    channel = bot.get_channel(fake_world.channel.id)
    assert isinstance(channel, discord.TextChannel)
    first = await channel.send("story 42 alert", nonce="d-42-7")
    second = await channel.send("story 42 alert", nonce="d-42-7")
    assert first.id == second.id
    [stored] = fake_discord.channel_log(fake_world.channel.id)
    assert stored.nonce == "d-42-7" and stored.sent["enforce_nonce"] is True
    other = await channel.send("story 43 alert", nonce="d-43-7")
    assert other.id != first.id


async def test_rate_limited_message_post_is_retried_into_one_message(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    bot = await start_bot(make_bot())
    channel = bot.get_channel(fake_world.channel.id)
    assert isinstance(channel, discord.TextChannel)
    fake_discord.fail_next("POST", "/channels/{channel_id}/messages", status=429, retry_after=0.05)
    sent = await channel.send("after the rate limit")
    assert [m.id for m in fake_discord.channel_log(fake_world.channel.id)] == [sent.id]
    assert fake_discord.count_requests("POST", "/channels/{channel_id}/messages", status=429) == 1
    assert fake_discord.count_requests("POST", "/channels/{channel_id}/messages", status=200) == 1


async def test_lost_send_permission_gives_missing_permissions(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    bot = await start_bot(make_bot())
    channel = bot.get_channel(fake_world.channel.id)
    assert isinstance(channel, discord.TextChannel)
    await fake_discord.revoke_bot_send(fake_world.channel)
    with pytest.raises(discord.Forbidden) as excinfo:
        await channel.send("nope")
    assert excinfo.value.code == 50013
    assert fake_discord.channel_log(fake_world.channel.id) == []


async def test_gateway_disconnect_resumes_and_events_keep_flowing(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    intents = discord.Intents.default()
    intents.message_content = True
    bot = await start_bot(make_bot(intents=intents))
    resumed: list[bool] = []

    async def on_resumed() -> None:
        resumed.append(True)

    bot.add_listener(on_resumed)

    await fake_discord.gateway.disconnect(code=4000)
    # Sent while the socket is down: must be replayed on RESUME.
    await fake_discord.post_user_message(fake_world.channel.id, fake_world.member.id, "while you were away")
    await fake_discord.wait_until(lambda: fake_discord.gateway.resume_count == 1, 3.0, "RESUME")
    await fake_discord.post_user_message(fake_world.channel.id, fake_world.member.id, "after the resume")
    seen = cog(bot).seen_messages
    await fake_discord.wait_until(lambda: len(seen) == 2, 3.0, "both messages")

    assert seen == ["while you were away", "after the resume"]
    assert fake_discord.gateway.identify_count == 1
    resumes = [e for e in fake_discord.gateway.log if e.direction == "recv" and e.op == 6]
    assert resumes and resumes[0].path == "/resume-gateway/"
    await fake_discord.wait_until(lambda: resumed == [True], 3.0, "on_resumed")
    handle = await fake_discord.invoke_command(
        fake_world.guild.id, fake_world.channel.id, fake_world.member.id, "secret"
    )
    assert handle.responded


async def test_dm_channel_is_created_and_receives_the_message(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    await start_bot(make_bot())
    handle = await fake_discord.invoke_command(fake_world.guild.id, fake_world.channel.id, fake_world.member.id, "dm")
    assert handle.content == "sent you a DM"
    [dm] = fake_discord.dm_log(fake_world.member.id)
    assert dm.content == "a private note" and dm.author_id == fake_world.bot.id
    assert fake_discord.count_requests("POST", "/users/@me/channels") == 1


async def test_without_message_content_intent_guild_messages_arrive_empty(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    bot = await start_bot(make_bot())
    await fake_discord.post_user_message(fake_world.channel.id, fake_world.member.id, "secret words")
    seen = cog(bot).seen_messages
    await fake_discord.wait_until(lambda: len(seen) == 1, 3.0, "the message")
    assert seen == [""]


async def test_command_error_is_logged_and_caught_by_the_error_fixture(
    fake_discord: FakeDiscord,
    fake_world: FakeWorld,
    start_bot: StartBot[Any],
    discord_error_logs: list[logging.LogRecord],
) -> None:
    await start_bot(make_bot())
    handle = await fake_discord.invoke_command(
        fake_world.guild.id, fake_world.channel.id, fake_world.member.id, "broken", wait=False
    )
    await fake_discord.wait_until(lambda: bool(discord_error_logs), 3.0, "the error log")
    assert not handle.responded
    assert "broken" in discord_error_logs[0].getMessage()
    discord_error_logs.clear()  # expected here; any other test would fail at teardown


async def test_server_error_is_retried_by_the_client(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    bot = await start_bot(make_bot())
    channel = bot.get_channel(fake_world.channel.id)
    assert isinstance(channel, discord.TextChannel)
    # discord.py waits 1 s before retrying a 500: the one slow test here.
    fake_discord.fail_next("POST", "/channels/{channel_id}/messages", status=500, channel_id=fake_world.channel.id)
    sent = await channel.send("after the outage")
    assert [m.id for m in fake_discord.channel_log(fake_world.channel.id)] == [sent.id]
    assert fake_discord.count_requests("POST", "/channels/{channel_id}/messages", status=500) == 1


async def test_rest_outage_fails_requests_with_a_network_error(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    bot = await start_bot(make_bot())
    channel = bot.get_channel(fake_world.channel.id)
    assert isinstance(channel, discord.TextChannel)
    fake_discord.outage = "reset"
    with pytest.raises(aiohttp.ClientError):
        await channel.send("into the void")
    fake_discord.outage = None
    await channel.send("back again")
    assert [m.content for m in fake_discord.channel_log(fake_world.channel.id)] == ["back again"]


async def test_answer_after_the_three_second_deadline_is_unknown_interaction(
    fake_discord: FakeDiscord,
    fake_world: FakeWorld,
    start_bot: StartBot[Any],
    discord_error_logs: list[logging.LogRecord],
) -> None:
    bot = await start_bot(make_bot())
    handle = await fake_discord.invoke_command(
        fake_world.guild.id, fake_world.channel.id, fake_world.member.id, "late", wait=False
    )
    fake_discord.advance_clock(3.01)
    cog(bot).release.set()
    await fake_discord.wait_until(lambda: bool(discord_error_logs), 3.0, "the error log")
    assert not handle.responded
    assert fake_discord.count_requests("POST", "/interactions/{interaction_id}/{token}/callback", status=404) == 1
    assert "10062" in str(discord_error_logs[0].exc_info[1] if discord_error_logs[0].exc_info else "")
    discord_error_logs.clear()


async def test_same_nonce_after_the_window_is_a_new_message(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    bot = await start_bot(make_bot())
    channel = bot.get_channel(fake_world.channel.id)
    assert isinstance(channel, discord.TextChannel)
    first = await channel.send("alert", nonce="d-1")
    fake_discord.advance_clock(fake_discord.nonce_window + 1)
    second = await channel.send("alert", nonce="d-1")
    assert first.id != second.id


async def test_members_intent_bot_gets_members_by_chunking(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    intents = discord.Intents.default()
    intents.members = True
    bot = await start_bot(make_bot(intents=intents))
    guild = bot.get_guild(fake_world.guild.id)
    assert guild is not None and guild.chunked
    admin = guild.get_member(fake_world.admin.id)
    assert admin is not None and admin.guild_permissions.manage_guild
    requests = [e for e in fake_discord.gateway.log if e.direction == "recv" and e.op == 8]
    assert len(requests) == 1


async def test_commands_in_the_bots_dm(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    await start_bot(make_bot())
    handle = await fake_discord.invoke_command(None, None, fake_world.member.id, "secret")
    assert handle.content == "only you can see this"
    with pytest.raises(FakeDiscordUsageError, match="context 1"):
        await fake_discord.invoke_command(None, None, fake_world.member.id, "admin")


async def test_guild_added_while_connected_reaches_the_bot(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    bot = await start_bot(make_bot())
    joined: list[int] = []

    async def on_guild_join(guild: discord.Guild) -> None:
        joined.append(guild.id)

    bot.add_listener(on_guild_join)
    second = fake_discord.add_guild("Second Server")
    channel = fake_discord.add_text_channel(second, "alerts")
    await fake_discord.announce_guild(second)
    await fake_discord.wait_until(lambda: joined == [second.id], 3.0, "on_guild_join")
    sent = await bot.get_partial_messageable(channel.id).send("hello second server")
    assert [m.id for m in fake_discord.channel_log(channel.id)] == [sent.id]
    assert fake_world.guild.id != second.id


async def test_select_menu_choice_reaches_the_callback(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    await start_bot(make_bot())
    handle = await fake_discord.invoke_command(
        fake_world.guild.id, fake_world.channel.id, fake_world.member.id, "choose"
    )
    assert handle.message is not None
    with pytest.raises(FakeDiscordUsageError, match="offers"):
        await fake_discord.click(handle.message, "group", fake_world.member.id, values=["exo"])
    choice = await fake_discord.click(handle.message, "group", fake_world.member.id, values=["newjeans"])
    assert choice.content == "you chose newjeans" and choice.ephemeral


async def test_embed_over_the_documented_limits_is_invalid_form_body(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    bot = await start_bot(make_bot())
    channel = bot.get_channel(fake_world.channel.id)
    assert isinstance(channel, discord.TextChannel)
    with pytest.raises(discord.HTTPException) as excinfo:
        await channel.send(embed=discord.Embed(title="x" * 257))
    assert excinfo.value.status == 400 and excinfo.value.code == 50035
    assert "embeds.0.title" in excinfo.value.text
    too_big = discord.Embed(description="y" * 4096).add_field(name="n", value="z" * 1024)
    too_big.add_field(name="n", value="z" * 1024)
    with pytest.raises(discord.HTTPException, match="6000"):
        await channel.send(embed=too_big)
    assert fake_discord.channel_log(fake_world.channel.id) == []


async def test_a_task_the_bot_leaves_running_is_reported(fake_discord: FakeDiscord) -> None:
    bot = make_test_bot()
    stray: list[asyncio.Task[None]] = []

    async def setup_hook() -> None:
        stray.append(asyncio.create_task(asyncio.sleep(3600), name="stray-poller"))

    bot.setup_hook = setup_hook  # type: ignore[method-assign]
    with pytest.raises(AssertionError, match="stray-poller"):
        async with running_bot(
            bot, api_base=fake_discord.api_base, gateway_url=fake_discord.gateway_url, token=fake_discord.token
        ):
            pass
    assert stray[0].cancelled()


async def test_wrong_token_is_a_login_failure(fake_discord: FakeDiscord) -> None:
    with pytest.raises(discord.LoginFailure):
        async with running_bot(
            make_test_bot(), api_base=fake_discord.api_base, gateway_url=fake_discord.gateway_url, token="wrong"
        ):
            pass
    assert fake_discord.count_requests("GET", "/users/@me", status=401) == 1


async def test_privileged_intent_not_enabled_for_the_app_is_refused(
    fake_discord: FakeDiscord, start_bot: StartBot[Any]
) -> None:
    fake_discord.allowed_privileged_intents = 0
    intents = discord.Intents.default()
    intents.members = True
    with pytest.raises(discord.PrivilegedIntentsRequired):
        await start_bot(make_bot(intents=intents))
    identifies = [e for e in fake_discord.gateway.log if e.direction == "recv" and e.op == 2]
    assert len(identifies) == 1  # answered with close code 4014, not retried


async def test_subcommand_is_invoked_by_its_full_name(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    await start_bot(make_bot())
    where = (fake_world.guild.id, fake_world.channel.id, fake_world.admin.id)
    by_path = await fake_discord.invoke_command(*where, "alerts channel", options={"channel": fake_world.channel})
    by_keyword = await fake_discord.invoke_command(
        *where, "alerts", subcommand="channel", options={"channel": fake_world.channel.id}
    )
    assert by_path.content == by_keyword.content == f"routing to <#{fake_world.channel.id}>"
    with pytest.raises(FakeDiscordUsageError, match="is a group"):
        await fake_discord.invoke_command(*where, "alerts")
    with pytest.raises(FakeDiscordUsageError, match="no subcommand"):
        await fake_discord.invoke_command(*where, "alerts", subcommand="role")


async def test_sent_message_can_be_fetched_edited_and_listed(
    fake_discord: FakeDiscord, fake_world: FakeWorld, start_bot: StartBot[Any]
) -> None:
    bot = await start_bot(make_bot())
    channel = bot.get_channel(fake_world.channel.id)
    assert isinstance(channel, discord.TextChannel)
    sent = await channel.send(embed=discord.Embed(title="Jungkook and Jennie met"))
    fetched = await channel.fetch_message(sent.id)
    edited = await fetched.edit(embed=discord.Embed(title="Jungkook and Jennie met", description="also reported by X"))
    assert edited.edited_at is not None
    [stored] = fake_discord.channel_log(fake_world.channel.id)
    assert stored.embeds[0]["description"] == "also reported by X" and len(stored.edits) == 1
    history = [m.id async for m in channel.history(limit=10)]
    assert history == [sent.id]
