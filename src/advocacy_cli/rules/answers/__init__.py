"""Answers-level checks, listed explicitly (one module per rule or small family)."""

from __future__ import annotations

from advocacy_cli.checks import AnswerCheck
from advocacy_cli.rules.answers import (
    alternatives,
    article_advocacy,
    contact_address,
    deadline,
    disclosure,
    impact,
    language,
    off_mission,
    outreach,
    scope,
    venue,
    wording,
)

ANSWER_CHECKS: tuple[AnswerCheck, ...] = (
    disclosure.check,
    off_mission.check,
    wording.check,
    impact.check,
    outreach.check_channels,
    outreach.check_phrases,
    contact_address.check,
    article_advocacy.check,
    alternatives.check,
    scope.check,
    deadline.check,
    venue.check,
    language.check,
)
