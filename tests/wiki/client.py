"""A tiny MediaWiki Action API client for the real-wiki test tier.

Standard library only (urllib + http.cookiejar), so the tier adds no dependency.
Every call is a POST with ``format=json&formatversion=2``; bodies above
``MULTIPART_THRESHOLD`` are sent as multipart, which urlencoding would inflate by ~15%.
"""

from __future__ import annotations

import http.cookiejar
import json
import shlex
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MULTIPART_THRESHOLD = 1_000_000
USER_AGENT = "advocacy-cli-tests/1 (loopback MediaWiki)"


class MediaWikiError(Exception):
    """The wiki did not answer as the API should (transport or non-JSON reply)."""


class ApiError(MediaWikiError):
    """The API answered with ``{"error": {...}}``."""

    def __init__(self, code: str, info: str, action: str) -> None:
        super().__init__(f"{action}: {code}: {info}")
        self.code = code
        self.info = info
        self.action = action


@dataclass(frozen=True)
class Section:
    level: int
    line: str  # as MediaWiki reports it: may hold inline HTML such as <i>
    anchor: str
    index: str


@dataclass(frozen=True)
class TemplateUse:
    title: str  # with namespace, e.g. "Template:Rfc"
    exists: bool


@dataclass(frozen=True)
class ParseResult:
    """What ``action=parse`` says about one wikitext."""

    text: str  # the rendered HTML
    sections: tuple[Section, ...]
    categories: tuple[str, ...]  # names with underscores, without "Category:"
    templates: tuple[TemplateUse, ...]
    parsewarnings: tuple[str, ...]
    raw: Mapping[str, Any] = field(repr=False, compare=False)

    @property
    def headings(self) -> list[tuple[int, str]]:
        return [(s.level, s.line) for s in self.sections]


@dataclass(frozen=True)
class Revision:
    content: str
    user: str
    comment: str
    revid: int


def load_env_file(path: str | Path) -> dict[str, str]:
    """Reads the KEY=VALUE lines that scripts/mediawiki/start writes (values %q-quoted)."""
    env: dict[str, str] = {}
    for raw_line in Path(path).read_text(encoding="utf-8").splitlines():
        line = raw_line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        words = shlex.split(value)
        env[key.strip()] = words[0] if words else ""
    return env


class MediaWikiClient:
    """One API session: its own cookie jar, so a login stays with this object."""

    def __init__(
        self,
        api_url: str,
        bot_user: str | None = None,
        bot_password: str | None = None,
        *,
        timeout: float = 120.0,
    ) -> None:
        self.api_url = api_url
        self.bot_user = bot_user
        self.bot_password = bot_password
        self.timeout = timeout
        self.cookies = http.cookiejar.CookieJar()
        # No ProxyHandler entries: an http_proxy in the environment must not
        # intercept requests to 127.0.0.1.
        self._opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({}),
            urllib.request.HTTPCookieProcessor(self.cookies),
        )

    @classmethod
    def from_env_file(cls, path: str | Path) -> MediaWikiClient:
        env = load_env_file(path)
        try:
            api = env["MW_API"]
        except KeyError:
            raise MediaWikiError(f"{path}: no MW_API line") from None
        return cls(api, env.get("MW_BOT_USER"), env.get("MW_BOT_PASSWORD"))

    def new_session(self) -> MediaWikiClient:
        """A client for the same wiki with an empty cookie jar (logged out)."""
        return MediaWikiClient(self.api_url, self.bot_user, self.bot_password, timeout=self.timeout)

    # -- transport ---------------------------------------------------------------

    def call(self, params: Mapping[str, str | int | bool]) -> dict[str, Any]:
        """POSTs one API request and returns the decoded JSON; raises ApiError on error."""
        fields = {"format": "json", "formatversion": "2"}
        for key, value in params.items():
            if isinstance(value, bool):
                if value:  # the API treats any present boolean as true
                    fields[key] = "1"
            else:
                fields[key] = str(value)
        action = fields.get("action", "?")
        size = sum(len(v) for v in fields.values())
        if size > MULTIPART_THRESHOLD:
            body, content_type = _multipart(fields)
        else:
            body = urllib.parse.urlencode(fields).encode("utf-8")
            content_type = "application/x-www-form-urlencoded"
        request = urllib.request.Request(
            self.api_url,
            data=body,
            method="POST",
            headers={"Content-Type": content_type, "User-Agent": USER_AGENT},
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                payload = response.read()
        except urllib.error.HTTPError as exc:
            raise MediaWikiError(
                f"{action}: HTTP {exc.code} from {self.api_url}: "
                f"{exc.read()[:300].decode('utf-8', 'replace')}"
            ) from exc
        except (urllib.error.URLError, OSError) as exc:
            raise MediaWikiError(f"{action}: cannot reach {self.api_url}: {exc}") from exc
        try:
            data = json.loads(payload)
        except ValueError:
            # PHP drops bodies above post_max_size and MediaWiki then answers with
            # its HTML help page, status 200.
            raise MediaWikiError(
                f"{action}: not JSON ({len(body)} bytes sent; over post_max_size?): "
                f"{payload[:200].decode('utf-8', 'replace')!r}"
            ) from None
        if not isinstance(data, dict):
            raise MediaWikiError(f"{action}: unexpected reply {data!r:.200}")
        error = data.get("error")
        if error:
            raise ApiError(
                str(error.get("code", "?")),
                str(error.get("info") or error.get("text") or error),
                action,
            )
        return data

    def token(self, kind: str = "csrf") -> str:
        data = self.call({"action": "query", "meta": "tokens", "type": kind})
        return str(data["query"]["tokens"][f"{kind}token"])

    # -- the API the tests use ---------------------------------------------------

    def parse(self, text: str, pst: bool = True, *, title: str = "Proposal test") -> ParseResult:
        """Renders wikitext as the wiki would show it; pst=True expands ~~~~ as on save."""
        data = self.call(
            {
                "action": "parse",
                "contentmodel": "wikitext",
                "title": title,
                "text": text,
                "prop": "text|sections|categories|templates|parsewarnings",
                "pst": pst,
                "disablelimitreport": True,
                "disableeditsection": True,
                "disabletoc": True,
            }
        )
        parsed = data["parse"]
        return ParseResult(
            text=str(parsed.get("text", "")),
            sections=tuple(
                Section(
                    level=int(s["level"]),
                    line=str(s["line"]),
                    anchor=str(s.get("anchor", "")),
                    index=str(s.get("index", "")),
                )
                for s in parsed.get("sections", [])
            ),
            categories=tuple(str(c["category"]) for c in parsed.get("categories", [])),
            templates=tuple(
                TemplateUse(title=str(t["title"]), exists=bool(t.get("exists", False)))
                for t in parsed.get("templates", [])
            ),
            parsewarnings=tuple(str(w) for w in parsed.get("parsewarnings", [])),
            raw=parsed,
        )

    def login(self) -> str:
        """Logs in with the bot password; returns the user name. Raises on failure."""
        if not self.bot_user or not self.bot_password:
            raise MediaWikiError("no bot user or password configured")
        data = self.call(
            {
                "action": "login",
                "lgname": self.bot_user,
                "lgpassword": self.bot_password,
                "lgtoken": self.token("login"),
            }
        )
        result = data.get("login", {})
        if result.get("result") != "Success":
            raise ApiError(str(result.get("result", "?")), str(result.get("reason", result)), "login")
        return str(result["lgusername"])

    def edit(
        self,
        title: str,
        text: str,
        createonly: bool = True,
        *,
        summary: str = "",
        section: str | None = None,
        sectiontitle: str | None = None,
    ) -> dict[str, Any]:
        """Saves a page. assert=user makes a lost login fail instead of editing as an IP."""
        params: dict[str, str | int | bool] = {
            "action": "edit",
            "title": title,
            "text": text,
            "summary": summary,
            "assert": "user",
            "createonly": createonly,
        }
        if section is not None:
            params["section"] = section
        if sectiontitle is not None:
            params["sectiontitle"] = sectiontitle
        params["token"] = self.token()  # last: the token must follow the text
        result: dict[str, Any] = self.call(params)["edit"]
        if result.get("result") != "Success":
            raise ApiError(str(result.get("result", "?")), json.dumps(result), "edit")
        return result

    def read(self, title: str) -> Revision:
        """The latest revision of a page (content of the main slot)."""
        data = self.call(
            {
                "action": "query",
                "prop": "revisions",
                "titles": title,
                "rvprop": "ids|content|user|comment",
                "rvslots": "main",
            }
        )
        page = data["query"]["pages"][0]
        if page.get("missing") or "revisions" not in page:
            raise ApiError("missingtitle", f"{title!r} does not exist", "read")
        revision = page["revisions"][0]
        return Revision(
            content=str(revision["slots"]["main"]["content"]),
            user=str(revision.get("user", "")),
            comment=str(revision.get("comment", "")),
            revid=int(revision["revid"]),
        )


def _multipart(fields: Mapping[str, str]) -> tuple[bytes, str]:
    boundary = f"----advocacy{uuid.uuid4().hex}"
    parts: list[bytes] = []
    for name, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n'
            "Content-Type: text/plain; charset=UTF-8\r\n\r\n".encode()
        )
        parts.append(value.encode("utf-8"))
        parts.append(b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"
