"""What a push channel is and how what the user typed is checked: one place for the window
(Settings → 提醒渠道) and the command line (`casewatch channel add`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import parseaddr
from enum import StrEnum
from urllib.parse import parse_qs, urlsplit

from desktop.core.errors import FieldProblem, ValidationError


class ChannelKind(StrEnum):
    WECOM = "wecom"  # 企业微信 group robot
    DINGTALK = "dingtalk"  # 钉钉 group robot (自定义机器人), optionally with 加签
    FEISHU = "feishu"  # 飞书 group robot (自定义机器人), optionally with 签名校验
    EMAIL = "email"  # SMTP with SSL or STARTTLS


class Wants(StrEnum):
    """What a channel is sent. Every channel also gets the daily briefing."""

    ALL = "all"  # every reminder: each lead time, the last call, the deadline passing
    URGENT = "urgent"  # only the last lead time and the deadline passing
    BRIEFING = "briefing"  # only the daily briefing


class Security(StrEnum):
    SSL = "ssl"  # implicit TLS (port 465)
    STARTTLS = "starttls"  # plain connection upgraded with STARTTLS (port 587, 25)


WEBHOOKS = (ChannelKind.WECOM, ChannelKind.DINGTALK, ChannelKind.FEISHU)
MAX_NAME = 40
MAX_RECIPIENTS = 20

#: The services' own hosts: a URL there must have the parts the service needs. Other hosts
#: (a relay of the shop's, a test server) are taken as given.
_OFFICIAL = {
    ChannelKind.WECOM: ("qyapi.weixin.qq.com",),
    ChannelKind.DINGTALK: ("oapi.dingtalk.com",),
    ChannelKind.FEISHU: ("open.feishu.cn", "open.larksuite.com"),
}
#: Mail services that refuse mail without logging in (with an authorisation code, 授权码).
_AUTH_REQUIRED = re.compile(
    r"(^|\.)(qq\.com|163\.com|126\.com|yeah\.net|sina\.com|sohu\.com|aliyun\.com"
    r"|exmail\.qq\.com|qiye\.aliyun\.com|mxhichina\.com|feishu\.cn|outlook\.com|office365\.com"
    r"|gmail\.com)$"
)
_ADDRESS = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")


@dataclass(frozen=True)
class ChannelSpec:
    """A channel as the user describes it, secrets included (never stored in the database)."""

    kind: ChannelKind
    name: str = ""  # empty: a name is chosen ("wecom", "wecom-2" ...)
    url: str = ""  # webhooks
    secret: str = ""  # 钉钉 加签 / 飞书 签名校验
    smtp_host: str = ""
    smtp_port: int = 0
    security: Security | None = None  # None: from the port (465/994 SSL, else STARTTLS)
    user: str = ""
    password: str = ""
    sender: str = ""
    recipients: tuple[str, ...] = ()
    wants: Wants = Wants.ALL

    @property
    def resolved_security(self) -> Security:
        if self.security is not None:
            return self.security
        return Security.SSL if self.smtp_port in (465, 994) else Security.STARTTLS


def parse_smtp(text: str) -> tuple[str, int]:
    """'smtp.qq.com:465' -> ('smtp.qq.com', 465). Raises ValidationError."""
    host, sep, port = text.strip().rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValidationError([FieldProblem("smtp", "not_host_port", {"value": text})])
    return host.strip("[]"), int(port)


def split_addresses(text: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in re.split(r"[,;，；\s]+", text) if a.strip())


def check(spec: ChannelSpec) -> list[FieldProblem]:
    """Every problem with what the user typed, each naming its field."""
    problems: list[FieldProblem] = []
    name = spec.name.strip()
    if len(name) > MAX_NAME or any(ord(c) < 32 for c in name):
        problems.append(FieldProblem("name", "bad_name", {"max": MAX_NAME}))
    if spec.kind in WEBHOOKS:
        problems.extend(_check_webhook(spec))
    else:
        problems.extend(_check_email(spec))
    return problems


def _check_webhook(spec: ChannelSpec) -> list[FieldProblem]:
    url = spec.url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return [FieldProblem("url", "not_http_url", {"value": url})]
    problems: list[FieldProblem] = []
    host = parts.hostname.lower()
    query = parse_qs(parts.query)
    if host in _OFFICIAL.get(spec.kind, ()):
        if spec.kind is ChannelKind.WECOM and not query.get("key"):
            problems.append(FieldProblem("url", "missing_part", {"part": "key="}))
        if spec.kind is ChannelKind.DINGTALK and not query.get("access_token"):
            problems.append(FieldProblem("url", "missing_part", {"part": "access_token="}))
        if spec.kind is ChannelKind.FEISHU and not re.fullmatch(
            r"/open-apis/bot/v2/hook/[\w-]+", parts.path
        ):
            problems.append(
                FieldProblem("url", "missing_part", {"part": "/open-apis/bot/v2/hook/"})
            )
        if parts.scheme != "https":
            problems.append(FieldProblem("url", "needs_https", {}))
    secret = spec.secret.strip()
    if spec.kind is ChannelKind.DINGTALK and secret and not secret.startswith("SEC"):
        problems.append(FieldProblem("secret", "dingtalk_secret_format", {}))
    if spec.kind is ChannelKind.WECOM and secret:
        problems.append(FieldProblem("secret", "no_secret_here", {}))
    return problems


def _check_email(spec: ChannelSpec) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not spec.smtp_host or not 0 < spec.smtp_port < 65536:
        problems.append(FieldProblem("smtp", "not_host_port", {"value": spec.smtp_host}))
    if bool(spec.user) != bool(spec.password):
        which = "password" if spec.user else "user"
        problems.append(FieldProblem(which, "user_and_password", {}))
    elif not spec.user and _AUTH_REQUIRED.search(spec.smtp_host.lower()):
        problems.append(FieldProblem("password", "login_required", {"host": spec.smtp_host}))
    if not _is_address(spec.sender):
        problems.append(FieldProblem("sender", "not_address", {"value": spec.sender}))
    if not spec.recipients:
        problems.append(FieldProblem("recipients", "required", {}))
    elif len(spec.recipients) > MAX_RECIPIENTS:
        problems.append(FieldProblem("recipients", "too_many_addresses", {"max": MAX_RECIPIENTS}))
    for address in spec.recipients:
        if not _is_address(address):
            problems.append(FieldProblem("recipients", "not_address", {"value": address}))
    return problems


def _is_address(text: str) -> bool:
    _, address = parseaddr(text)
    return bool(address) and _ADDRESS.match(address) is not None


def mask(secret: str) -> str:
    """Enough of a key to tell two apart, never enough to use it."""
    if len(secret) <= 8:
        return "…"
    return f"{secret[:4]}…{secret[-2:]}"


def target_text(spec: ChannelSpec) -> str:
    """Where the channel sends, safe to show and store: the host and a masked key."""
    if spec.kind is ChannelKind.EMAIL:
        return f"{spec.smtp_host}:{spec.smtp_port} → {', '.join(spec.recipients)}"
    parts = urlsplit(spec.url.strip())
    query = parse_qs(parts.query)
    token = (query.get("key") or query.get("access_token") or [""])[0]
    if not token and spec.kind is ChannelKind.FEISHU:
        token = parts.path.rstrip("/").rpartition("/")[2]
    shown = f"{parts.scheme}://{parts.netloc}"
    return f"{shown} ({mask(token)})" if token else shown
