"""Draft, check and lint proposals asking Wikimedia communities to support a cause."""

__version__ = "0.1.0"
