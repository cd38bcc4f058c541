"""Readings several rules share: texts of the answers, phrases, shouting, dates, languages."""
