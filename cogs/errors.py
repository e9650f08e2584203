"""The one place app-command failures are turned into words for the user.

Discord only shows "The application did not respond" when a command raises, and discord.py only logs the
error; so every failure is answered here with a short ephemeral line, and the traceback goes to our log.
The admin check lives here too because it is enforced in our code, not only by the command's
``default_member_permissions`` (which server owners can override per role or channel).
"""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands

from bot.alerts import safe_text

log = logging.getLogger(__name__)


class UserFacingError(app_commands.AppCommandError):
    """A refusal whose message is meant for the user verbatim (e.g. "Unknown artist …")."""


class NotServerManager(app_commands.CheckFailure):
    """The invoker lacks Manage Server in this server."""


class NotInServer(app_commands.CheckFailure):
    """An admin command used outside a server (DM or group DM)."""


NOT_MANAGER_MESSAGE = "You need the **Manage Server** permission to use this command."
NOT_IN_SERVER_MESSAGE = "This command only works inside a server."
GENERIC_MESSAGE = "Something went wrong on our side; the error was logged. Please try again later."


def is_server_manager(interaction: discord.Interaction[Any]) -> bool:
    """True when the invoker may change this server's settings.

    ``interaction.permissions`` is what Discord resolved for the member in this channel (owner and
    Administrator included), so it cannot be widened by the client.
    """
    if interaction.guild_id is None:
        raise NotInServer(NOT_IN_SERVER_MESSAGE)
    perms = interaction.permissions
    if perms.manage_guild or perms.administrator:
        return True
    raise NotServerManager(NOT_MANAGER_MESSAGE)


def require_server_manager() -> Any:
    """``app_commands.check`` for admin commands (Manage Server, checked in our code)."""
    return app_commands.check(is_server_manager)


def message_for(error: app_commands.AppCommandError) -> str:
    """The short line the user sees; never internals."""
    if isinstance(error, UserFacingError | NotServerManager | NotInServer):
        return str(error)
    if isinstance(error, app_commands.NoPrivateMessage):
        return NOT_IN_SERVER_MESSAGE
    if isinstance(error, app_commands.MissingPermissions):
        return NOT_MANAGER_MESSAGE
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down a little — try again in {error.retry_after:.0f} s."
    if isinstance(error, app_commands.TransformerError):
        # The value is what the user typed: shown short, on one line, unable to ping or format.
        shown = " ".join(str(error.value).split())
        shown = shown if len(shown) <= 60 else shown[:59] + "…"
        return f"I couldn't understand '{safe_text(shown)}'."
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use this command here."
    return GENERIC_MESSAGE


async def reply_ephemeral(interaction: discord.Interaction[Any], text: str) -> None:
    """Answer whether or not the interaction was already acknowledged (deferred commands)."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True)
        else:
            await interaction.response.send_message(text, ephemeral=True)
    except discord.HTTPException as exc:
        # The interaction may have expired (3 s / 15 min); nothing more we can tell the user.
        log.warning("could not send the error reply for /%s: %s", _command_name(interaction), exc)


def _command_name(interaction: discord.Interaction[Any]) -> str:
    command = interaction.command
    return command.qualified_name if command is not None else "?"


class BiasTree(app_commands.CommandTree[Any]):
    """Command tree with the single error handler."""

    async def on_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError, /
    ) -> None:
        if isinstance(error, UserFacingError | app_commands.CheckFailure):
            log.info("/%s refused for user %s: %s", _command_name(interaction), interaction.user.id, error)
        else:
            original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
            log.error(
                "/%s failed for user %s in guild %s",
                _command_name(interaction), interaction.user.id, interaction.guild_id,
                exc_info=(type(original), original, original.__traceback__),
            )
        if interaction.type is discord.InteractionType.autocomplete:
            return  # an autocomplete can only answer with choices; the user just sees none
        await reply_ephemeral(interaction, message_for(error))
