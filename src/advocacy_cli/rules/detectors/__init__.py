"""Readings several rules share, on the answers and on drafts.

Each module reads one thing: the texts of the answers (``texts``), catalogue phrases
(``phrasing``), shouting (``shouting``), word counts (``words``), languages (``language``),
whose words a passage is (``voices``), which sentences a text has (``sentences``), which dates
it names and what they are for (``dates``), which actions the proposer really asks for
(``proposals``), which wiki a draft is for (``target``) and whether someone acting for an
organisation says so (``disclosure``). They know nothing about rules.
"""
