"""The guided interview behind ``advocacy new``."""
