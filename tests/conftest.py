"""Shared fixtures: each area's fixtures live in their own module and are registered here."""

pytest_plugins = [
    "tests.feedserver",
    "tests.fake_discord.fixtures",  # added by cogs helper: fake Discord fixtures
    "tests.discord_e2e",  # added by cogs helper: the `bench` fixture of the Discord e2e tests
]
