"""``python -m bot`` is the same as the ``biasbot`` command."""

from bot.cli import main

raise SystemExit(main())
