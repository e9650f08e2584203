"""biasbot core: everything that is not Discord. Never imports ``discord``."""

__version__ = "0.1.0"
