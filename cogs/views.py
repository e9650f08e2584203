"""Pagination for long answers (``/interactions``): embeds with Previous/Next buttons.

Only the member who ran the command may turn the pages — anyone else clicking gets a private note — so a
busy channel cannot fight over one timeline. After the timeout the buttons are removed.
"""

from __future__ import annotations

import logging
from typing import Any

import discord

log = logging.getLogger(__name__)

NOT_YOURS = "Only the person who ran this command can turn its pages — run it yourself to browse."


class Paginator(discord.ui.View):
    def __init__(self, pages: list[discord.Embed], *, owner_id: int, timeout: float = 300.0) -> None:
        super().__init__(timeout=timeout)
        if not pages:
            raise ValueError("a paginator needs at least one page")
        self.pages = pages
        self.owner_id = owner_id
        self.index = 0
        self.interaction: discord.Interaction[Any] | None = None
        self._sync_buttons()

    @property
    def current(self) -> discord.Embed:
        return self.pages[self.index]

    def _sync_buttons(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index >= len(self.pages) - 1
        self.counter.label = f"{self.index + 1}/{len(self.pages)}"

    async def start(self, interaction: discord.Interaction[Any], *, ephemeral: bool = False) -> None:
        """Send the first page as the interaction's response (buttons only when there is more than one)."""
        self.interaction = interaction
        if len(self.pages) == 1:
            self.stop()
            await _respond(interaction, embed=self.current, ephemeral=ephemeral)
            return
        await _respond(interaction, embed=self.current, view=self, ephemeral=ephemeral)

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(NOT_YOURS, ephemeral=True)
        return False

    async def _show(self, interaction: discord.Interaction[Any], index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._sync_buttons()
        await interaction.response.edit_message(embed=self.current, view=self)

    @discord.ui.button(label="◀ Previous", style=discord.ButtonStyle.secondary, custom_id="biasbot:page:prev")
    async def previous(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Paginator]) -> None:
        await self._show(interaction, self.index - 1)

    @discord.ui.button(label="1/1", style=discord.ButtonStyle.secondary, disabled=True,
                       custom_id="biasbot:page:count")
    async def counter(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Paginator]) -> None:
        await interaction.response.defer()

    @discord.ui.button(label="Next ▶", style=discord.ButtonStyle.secondary, custom_id="biasbot:page:next")
    async def next(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Paginator]) -> None:
        await self._show(interaction, self.index + 1)

    async def on_timeout(self) -> None:
        if self.interaction is None:
            return
        try:
            await self.interaction.edit_original_response(view=None)
        except discord.HTTPException as exc:
            log.debug("could not remove expired page buttons: %s", exc)

    async def on_error(
        self, interaction: discord.Interaction[Any], error: Exception, item: discord.ui.Item[Any], /
    ) -> None:
        log.error("page button failed", exc_info=(type(error), error, error.__traceback__))
        if not interaction.response.is_done():
            await interaction.response.send_message("That didn't work; please run the command again.",
                                                    ephemeral=True)


async def _respond(
    interaction: discord.Interaction[Any],
    *,
    embed: discord.Embed,
    view: discord.ui.View | None = None,
    ephemeral: bool = False,
) -> None:
    if interaction.response.is_done():
        if view is None:
            await interaction.followup.send(embed=embed, ephemeral=ephemeral)
        else:
            await interaction.followup.send(embed=embed, view=view, ephemeral=ephemeral)
    elif view is None:
        await interaction.response.send_message(embed=embed, ephemeral=ephemeral)
    else:
        await interaction.response.send_message(embed=embed, view=view, ephemeral=ephemeral)
