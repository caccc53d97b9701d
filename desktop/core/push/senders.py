"""Delivering one push: the chat robots' webhooks over HTTPS and email over SMTP.

Each service's request shape, signature and answers follow its own documentation (notes and
sources in docs/push-channels.md). A failure becomes a PushError with a stable code that the
window and the command line say in words (wrong key, bad signature, rate limit ...); the
outbox retries it later. Nothing here logs or returns a webhook address or a secret.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import smtplib
import socket
import ssl
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from typing import Any
from urllib.parse import quote_plus

from desktop import __version__
from desktop.core.push.channels import ChannelKind, Security
from desktop.core.push.wording import PushMessage

TIMEOUT_S = 20
#: The services' size limits, in UTF-8 bytes, with room for the JSON around the text.
WECOM_MARKDOWN_BYTES = 4096
DINGTALK_BODY_BYTES = 18_000
FEISHU_BODY_BYTES = 18_000
#: When a service says "too fast" without saying how long to wait.
RATE_LIMIT_WAIT_S = 60
#: 钉钉 blocks a robot for 10 minutes after more than 20 messages a minute.
DINGTALK_BLOCK_S = 600


class PushError(Exception):
    """A delivery that did not happen. `code` is stable (the GUI and CLI word it); `detail`
    is the service's own words or the system's, with no address or secret in it."""

    def __init__(self, code: str, detail: str = "", retry_after: int | None = None):
        super().__init__(code, detail)
        self.code, self.detail, self.retry_after = code, detail, retry_after


@dataclass(frozen=True)
class Target:
    """A channel with its secrets, as a sender needs it (never stored like this)."""

    kind: ChannelKind
    url: str = ""
    secret: str = ""
    smtp_host: str = ""
    smtp_port: int = 0
    security: Security = Security.SSL
    user: str = ""
    password: str = ""
    sender: str = ""
    recipients: tuple[str, ...] = ()


def default_tls() -> ssl.SSLContext:
    """The system's own certificate store (Windows, macOS; OpenSSL's on Linux), so a company
    proxy's certificate that the system trusts is trusted here too."""
    try:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except ImportError:  # not installed (a source checkout without it): OpenSSL's defaults
        return ssl.create_default_context()


class Sender:
    def __init__(self, tls: Callable[[], ssl.SSLContext] = default_tls):
        self._tls = tls

    def send(self, target: Target, message: PushMessage, now: datetime) -> None:
        if target.kind is ChannelKind.EMAIL:
            self._email(target, message, now)
            return
        url, body = _webhook_request(target, message, now)
        answer = self._post(url, body)
        _check_answer(target.kind, answer)

    # HTTP --------------------------------------------------------------------------------
    def _post(self, url: str, body: dict[str, Any]) -> dict[str, Any]:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(
            url,
            data=data,
            method="POST",
            headers={
                "Content-Type": "application/json; charset=utf-8",
                "User-Agent": f"CaseWatch/{__version__}",
            },
        )
        status, retry_after = 200, None
        try:
            context = self._tls() if url.lower().startswith("https:") else None
            with urllib.request.urlopen(request, timeout=TIMEOUT_S, context=context) as response:
                raw = response.read(1_000_000)
        except urllib.error.HTTPError as exc:
            status, raw = exc.code, exc.read(1_000_000) if exc.fp else b""
            retry_after = _seconds(exc.headers.get("Retry-After") if exc.headers else None)
        except urllib.error.URLError as exc:
            raise _network_error(exc.reason) from None
        except (TimeoutError, OSError) as exc:
            raise _network_error(exc) from None
        try:
            answer = json.loads(raw.decode("utf-8", "replace"))
        except ValueError:
            answer = None
        if not isinstance(answer, dict):
            if status == 429:
                raise PushError("rate_limited", f"HTTP {status}", retry_after or RATE_LIMIT_WAIT_S)
            code = "http_error" if status >= 400 else "bad_answer"
            raise PushError(code, f"HTTP {status}", retry_after)
        if status == 429 and _error_code(answer) in (None, 0):
            raise PushError("rate_limited", f"HTTP {status}", retry_after or RATE_LIMIT_WAIT_S)
        if status >= 500 and _error_code(answer) in (None, 0):
            raise PushError("http_error", f"HTTP {status}", retry_after)
        return answer

    # SMTP --------------------------------------------------------------------------------
    def _email(self, target: Target, message: PushMessage, now: datetime) -> None:
        mail = EmailMessage()
        mail["Subject"] = message.title
        mail["From"] = formataddr(("CaseWatch 售后盯单", target.sender))
        mail["To"] = ", ".join(target.recipients)
        mail["Date"] = format_datetime(now.astimezone())
        mail["Message-ID"] = make_msgid(domain=target.sender.rpartition("@")[2] or None)
        mail.set_content(message.text, charset="utf-8")
        try:
            if target.security is Security.SSL:
                server: smtplib.SMTP = smtplib.SMTP_SSL(
                    target.smtp_host, target.smtp_port, timeout=TIMEOUT_S, context=self._tls()
                )
            else:
                server = smtplib.SMTP(target.smtp_host, target.smtp_port, timeout=TIMEOUT_S)
            with server:
                if target.security is Security.STARTTLS:
                    server.ehlo()
                    if not server.has_extn("starttls"):
                        raise PushError("starttls_unsupported")
                    server.starttls(context=self._tls())
                    server.ehlo()
                if target.user:
                    server.login(target.user, target.password)
                server.send_message(mail)
        except PushError:
            raise
        except smtplib.SMTPAuthenticationError as exc:
            raise PushError("auth_failed", _smtp_text(exc.smtp_code, exc.smtp_error)) from None
        except smtplib.SMTPSenderRefused as exc:
            raise PushError("sender_refused", _smtp_text(exc.smtp_code, exc.smtp_error)) from None
        except smtplib.SMTPRecipientsRefused as exc:
            first = next(iter(exc.recipients.values()), (0, b""))
            raise PushError("recipients_refused", _smtp_text(*first)) from None
        except smtplib.SMTPNotSupportedError:
            raise PushError("starttls_unsupported") from None
        except smtplib.SMTPResponseException as exc:
            raise PushError("smtp_error", _smtp_text(exc.smtp_code, exc.smtp_error)) from None
        except (smtplib.SMTPException, TimeoutError, OSError) as exc:
            raise _network_error(exc) from None


def _webhook_request(
    target: Target, message: PushMessage, now: datetime
) -> tuple[str, dict[str, Any]]:
    if target.kind is ChannelKind.WECOM:
        content = _fit(message.markdown, WECOM_MARKDOWN_BYTES)
        return target.url, {"msgtype": "markdown", "markdown": {"content": content}}
    if target.kind is ChannelKind.DINGTALK:
        url = target.url
        if target.secret:
            stamp = str(int(now.timestamp() * 1000))
            sign = quote_plus(dingtalk_sign(stamp, target.secret))
            url += ("&" if "?" in url else "?") + f"timestamp={stamp}&sign={sign}"
        text = _fit(message.markdown, DINGTALK_BODY_BYTES)
        return url, {"msgtype": "markdown", "markdown": {"title": message.title, "text": text}}
    body: dict[str, Any] = {
        "msg_type": "interactive",
        "card": {
            "config": {"wide_screen_mode": True},
            "header": {
                "title": {"tag": "plain_text", "content": message.title},
                "template": "red" if "超时" in message.title else "orange",
            },
            "elements": [
                {
                    "tag": "div",
                    "text": {
                        "tag": "lark_md",
                        "content": _fit(_lark_md(message.markdown), FEISHU_BODY_BYTES),
                    },
                }
            ],
        },
    }
    if target.secret:
        stamp = str(int(now.timestamp()))
        body = {"timestamp": stamp, "sign": feishu_sign(stamp, target.secret), **body}
    return target.url, body


def dingtalk_sign(timestamp_ms: str, secret: str) -> str:
    """钉钉 加签: HMAC-SHA256 keyed with the secret over "timestamp\\nsecret", Base64 (the caller
    URL-encodes it into the query)."""
    digest = hmac.new(
        secret.encode("utf-8"), f"{timestamp_ms}\n{secret}".encode(), hashlib.sha256
    ).digest()
    return base64.b64encode(digest).decode("ascii")


def feishu_sign(timestamp_s: str, secret: str) -> str:
    """飞书 签名校验: HMAC-SHA256 keyed with "timestamp\\nsecret" over nothing, Base64."""
    digest = hmac.new(f"{timestamp_s}\n{secret}".encode(), b"", hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def _lark_md(markdown: str) -> str:
    """飞书's card text (lark_md) has no headings or quotes: bold and plain lines instead."""
    lines = []
    for line in markdown.splitlines():
        if line.startswith("### "):
            continue  # the card's header carries the title
        lines.append(line[2:] if line.startswith("> ") else line)
    return "\n".join(lines).strip()


def _fit(text: str, limit: int) -> str:
    """The text within `limit` UTF-8 bytes, whole lines, saying that some were left out."""
    if len(text.encode("utf-8")) <= limit:
        return text
    tail = "\n\n……（内容过长，其余请打开 CaseWatch 售后盯单查看）"
    budget = limit - len(tail.encode("utf-8"))
    kept, used = [], 0
    for line in text.splitlines():
        size = len(line.encode("utf-8")) + 1
        if used + size > budget:
            break
        kept.append(line)
        used += size
    return "\n".join(kept) + tail


def _error_code(answer: dict[str, Any]) -> int | None:
    for key in ("errcode", "code", "StatusCode"):
        value = answer.get(key)
        if isinstance(value, int):
            return value
    return None


def _check_answer(kind: ChannelKind, answer: dict[str, Any]) -> None:
    code = _error_code(answer)
    if code == 0:
        return
    words = str(answer.get("errmsg") or answer.get("msg") or answer.get("StatusMessage") or "")
    detail = f"{code}: {words}" if code is not None else words
    raise PushError(_classify(kind, code, words.lower()), detail=detail)


_WECOM = {
    93000: "rejected_key",
    93004: "robot_disabled",
    93008: "robot_disabled",
    45009: "rate_limited",
    40058: "too_long",
    45002: "too_long",
}
_DINGTALK = {
    300001: "rejected_key",
    300005: "rejected_key",
    400101: "rejected_key",
    400106: "rejected_key",
    400013: "rejected_key",
    400102: "robot_disabled",
    130101: "rate_limited",
    410100: "rate_limited",
    460101: "too_long",
}
_FEISHU = {
    19001: "rejected_key",
    19021: "bad_signature",
    19022: "ip_not_allowed",
    19024: "keyword_missing",
    11232: "rate_limited",
}


def _classify(kind: ChannelKind, code: int | None, words: str) -> str:
    """The service's answer as one of our codes (the detail keeps its own words). 钉钉 gives
    one code (310000) for four security failures, told apart by its message, in English or
    Chinese."""
    if kind is ChannelKind.WECOM:
        return _WECOM.get(code or -1, "service_error")
    if kind is ChannelKind.DINGTALK:
        if code == 310000 or any(w in words for w in ("签名", "关键词", "白名单", "时间戳")):
            for needles, found in (
                (("sign", "签名"), "bad_signature"),
                (("timestamp", "时间戳"), "clock_skew"),
                (("keyword", "关键词"), "keyword_missing"),
                (("ip", "白名单"), "ip_not_allowed"),
            ):
                if any(n in words for n in needles):
                    return found
            return "service_error"
        return _DINGTALK.get(code or -1, "service_error")
    if code == 9499 and "too many" in words:
        return "rate_limited"
    return _FEISHU.get(code or -1, "service_error")


def retry_after(error: PushError, kind: ChannelKind) -> int | None:
    """How long the service asked us to wait, or its known penalty for sending too fast."""
    if error.retry_after is not None:
        return error.retry_after
    if error.code == "rate_limited":
        return DINGTALK_BLOCK_S if kind is ChannelKind.DINGTALK else RATE_LIMIT_WAIT_S
    return None


def _seconds(header: str | None) -> int | None:
    try:
        return max(0, int(header)) if header else None
    except ValueError:
        return None


def _network_error(reason: object) -> PushError:
    if isinstance(reason, ssl.SSLCertVerificationError):
        return PushError("tls_untrusted", reason.verify_message or "")
    if isinstance(reason, ssl.SSLError):
        return PushError("tls_failed", reason.reason or type(reason).__name__)
    if isinstance(reason, socket.gaierror):
        return PushError("no_network", "DNS")
    if isinstance(reason, TimeoutError | socket.timeout):
        return PushError("timeout")
    if isinstance(reason, ConnectionRefusedError):
        return PushError("refused")
    if isinstance(reason, OSError) and reason.strerror:
        return PushError("no_network", reason.strerror)
    return PushError("no_network", type(reason).__name__)


def _smtp_text(code: int, text: bytes | str) -> str:
    """The mail server's answer; QQ's older servers answer in GBK."""
    if isinstance(text, bytes):
        try:
            words = text.decode("utf-8")
        except UnicodeDecodeError:
            words = text.decode("gbk", "replace")
    else:
        words = text
    return f"{code} {words}".strip()
