"""Answers-level checks, listed explicitly (one module per rule or small family)."""

from __future__ import annotations

from advocacy_cli.checks import AnswerCheck

ANSWER_CHECKS: tuple[AnswerCheck, ...] = ()
