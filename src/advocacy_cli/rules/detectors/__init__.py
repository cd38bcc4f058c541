"""Shared readers of a draft's meaning that the rules build on.

Each module reads one thing: whose words a passage is (``voices``), which sentences a text has
(``sentences``), which dates it names and what they are for (``dates``), which actions the
proposer really asks for (``proposals``), which wiki the draft is for (``target``) and whether
someone acting for an organisation says so (``disclosure``). They know nothing about rules.
"""
