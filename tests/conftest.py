"""Shared fixtures: each area's fixtures live in their own module and are registered here."""

pytest_plugins = ["tests.feedserver"]
