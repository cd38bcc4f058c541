"""Make untrusted text inert in wikitext and Markdown, so it reads as written.

Wikitext has no general escape, and ``<nowiki>`` can be closed from inside, so every
character that could start markup becomes an HTML character reference, which MediaWiki
shows as the character itself. Pre-save transform (``~~~~``, ``{{subst:}}``, the pipe
trick) works on the raw text, before references are decoded, so it sees nothing either.
"""

from __future__ import annotations

import re
from urllib.parse import quote

# Characters that open or close markup anywhere on a line: templates and parameters,
# links, tables and template arguments, tags and entities, signatures.
_INLINE = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "{": "&#123;",
    "}": "&#125;",
    "[": "&#91;",
    "]": "&#93;",
    "|": "&#124;",
    "~": "&#126;",
}
_INLINE_RE = re.compile("[" + re.escape("".join(_INLINE)) + "]")
# '' and ''' toggle italics and bold; __WORD__ is a behaviour switch (__NOTOC__).
_QUOTES_RE = re.compile(r"'{2,}")
_UNDERSCORES_RE = re.compile(r"_{2,}")
# Characters that mean something only at the start of a line: lists, definition lists,
# indentation, headings, preformatted text (a leading space), and ---- rules.
_LINE_START = {
    "*": "&#42;",
    "#": "&#35;",
    ":": "&#58;",
    ";": "&#59;",
    "=": "&#61;",
    " ": "&#32;",
    "\t": "&#32;",
    "-": "&#45;",
    "!": "&#33;",
}
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")
_WHITESPACE = re.compile(r"\s+")


def _escape_chars(text: str) -> str:
    text = _INLINE_RE.sub(lambda m: _INLINE[m.group(0)], text)
    text = _QUOTES_RE.sub(lambda m: "&#39;" * len(m.group(0)), text)
    return _UNDERSCORES_RE.sub(lambda m: "&#95;" * len(m.group(0)), text)


def _escape_line(line: str) -> str:
    escaped = _escape_chars(line.rstrip())
    if escaped[:1] in _LINE_START:
        escaped = _LINE_START[escaped[0]] + escaped[1:]
    return escaped


def wiki_inline(text: str) -> str:
    """Return ``text`` as one line of inert wikitext (for headings, list items, sentences).

    Line breaks become spaces: inside a heading or a list item they would end it.
    """
    collapsed = _WHITESPACE.sub(" ", text).strip()
    escaped = _escape_chars(collapsed)
    # '=' is escaped everywhere on a heading line: a trailing '=' would change its level.
    return escaped.replace("=", "&#61;")


def wiki_block(text: str) -> str:
    """Return ``text`` as inert wikitext paragraphs, keeping its paragraph breaks.

    Lines within a paragraph stay lines (MediaWiki joins them with a space); each line
    is escaped as if it were the start of a line, since in wikitext it is.
    """
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(text.strip("\n")) if p.strip()]
    rendered = ["\n".join(_escape_line(line) for line in p.splitlines() if line.strip()) for p in paragraphs]
    return "\n\n".join(rendered)


# Characters kept as they are in a URL; the rest is percent-encoded, which is the same
# URL to a server but cannot end a link, open a template or sign a post.
_URL_SAFE = "/:?=&%#@!$()*+,;.-_"


def wiki_url(url: str) -> str:
    """Return ``url`` with every character that wikitext could read as markup encoded."""
    encoded = quote(url.strip(), safe=_URL_SAFE)
    # quote() never encodes '~' (four make a signature) and '_' (two make __NOTOC__).
    return encoded.replace("~", "%7E").replace("__", "_%5F")


def url_component(text: str) -> str:
    """Return ``text`` encoded for a query-string value (``preloadtitle=``)."""
    return quote(text, safe="")


# Only what Markdown reads as markup mid-line: emphasis, code, links, HTML, table cells,
# strikethrough. Parentheses and the like stay bare, so the plan reads cleanly as plain text.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^([#+\-=>])")
_MD_ORDERED = re.compile(r"^(\d+)([.)])")


def md_inline(text: str) -> str:
    """Return ``text`` as one line of Markdown that shows exactly these characters."""
    collapsed = _WHITESPACE.sub(" ", text).strip()
    escaped = _MD_SPECIAL.sub(r"\\\1", collapsed)
    escaped = _MD_ORDERED.sub(r"\1\\\2", escaped)
    return _MD_LINE_START.sub(r"\\\1", escaped)


def md_fence(text: str) -> str:
    """Return a backtick fence longer than any run of backticks in ``text``."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


# What MediaWiki never allows in a page title (and three tildes, a signature); a URL
# protocol, which would turn a wikilink into an external link; and runs of underscores,
# which are spaces in a title but could spell a behaviour switch (__NOTOC__).
_TITLE_FORBIDDEN = re.compile(r"[#<>\[\]|{}\x00-\x1f\x7f]+|~{3,}|_+|(?<=\w):(?=//)")


def wiki_title(text: str, limit: int = 150) -> str:
    """Return ``text`` as a page title or anchor that cannot change a wikilink's structure."""
    clean = " ".join(_TITLE_FORBIDDEN.sub(" ", text).split())
    return clean[:limit].strip(" ./:")
