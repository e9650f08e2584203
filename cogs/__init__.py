"""Discord-facing adapters over the services in ``bot/``."""
