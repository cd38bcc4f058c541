"""The draft linter: a draft's structure, the draft rules, configuration and the engine."""
