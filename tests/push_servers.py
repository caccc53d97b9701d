"""Loopback stand-ins for the push services, checking each request as the service's own
documentation describes it (docs/push-channels.md) and answering as the service does:

- 企业微信 group robot: POST /cgi-bin/webhook/send?key=KEY, {"msgtype": "markdown",
  "markdown": {"content": ...}} of at most 4096 bytes; {"errcode": 0, "errmsg": "ok"}.
- 钉钉 robot with 加签: POST /robot/send?access_token=T&timestamp=MS&sign=S where S is
  base64(HMAC-SHA256(secret, "MS\\nsecret")), within an hour; {"msgtype": "markdown",
  "markdown": {"title", "text"}}; errcode 310000 "sign not match" otherwise.
- 飞书 robot with 签名校验: POST /open-apis/bot/v2/hook/ID with "timestamp" (s) and "sign" =
  base64(HMAC-SHA256("TS\\nsecret", b"")) in the body; msg_type interactive with a card;
  code 19021 otherwise.
- SMTP: aiosmtpd with login, over STARTTLS or implicit TLS with a test CA (trustme).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

WECOM_KEY = "693axxx6-7aoc-4bc4-97a0-0ec2sifa5aaa"
DINGTALK_TOKEN = "b6a9f2d3c0e14e0f9d5b8c7a6e5d4c3b2a190817263544536271809a8b7c6d5e"
DINGTALK_SECRET = "SEC9c1a7f2e3d4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5"
FEISHU_HOOK = "2f8e1c5a-7b3d-4e9f-a6c0-d1e2f3a4b5c6"
FEISHU_SECRET = "qJ7kL2mN9pR4sT6v"


@dataclass
class Received:
    service: str
    body: dict[str, Any]
    query: dict[str, list[str]]

    @property
    def text(self) -> str:
        """The message's words, whatever the service's shape."""
        if self.service == "wecom":
            return str(self.body["markdown"]["content"])
        if self.service == "dingtalk":
            markdown = self.body["markdown"]
            return f"{markdown['title']}\n{markdown['text']}"
        card = self.body["card"]
        parts = [card["header"]["title"]["content"]]
        parts += [e["text"]["content"] for e in card["elements"]]
        return "\n".join(parts)


@dataclass
class RobotServer:
    """One HTTP server standing in for all three robots."""

    now: Callable[[], datetime]
    received: list[Received] = field(default_factory=list)
    #: What to answer next instead of success: ("http", status) or (service, code, message),
    #: taken one per request; empty: answer as the service does.
    failures: list[tuple[Any, ...]] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)  # why requests were refused
    port: int = 0

    def start(self, port: int = 0) -> RobotServer:
        handler = _handler(self)
        self._server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wecom_url(self, key: str = WECOM_KEY) -> str:
        return f"{self.base}/cgi-bin/webhook/send?key={key}"

    def dingtalk_url(self, token: str = DINGTALK_TOKEN) -> str:
        return f"{self.base}/robot/send?access_token={token}"

    def feishu_url(self, hook: str = FEISHU_HOOK) -> str:
        return f"{self.base}/open-apis/bot/v2/hook/{hook}"


def _handler(server: RobotServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

        def do_POST(self) -> None:
            parts = urlsplit(self.path)
            query = parse_qs(parts.query)
            length = int(self.headers.get("Content-Length", 0))
            raw = self.rfile.read(length)
            try:
                body = json.loads(raw.decode("utf-8"))
            except ValueError:
                return self._answer(400, {"errcode": 40001, "errmsg": "invalid json"})
            if self.headers.get_content_type() != "application/json":
                server.rejected.append("content type")
                return self._answer(400, {"errcode": 40001, "errmsg": "content type"})
            if parts.path == "/cgi-bin/webhook/send":
                return self._wecom(query, body, raw)
            if parts.path == "/robot/send":
                return self._dingtalk(query, body)
            if parts.path.startswith("/open-apis/bot/v2/hook/"):
                return self._feishu(parts.path.rsplit("/", 1)[1], body)
            return self._answer(404, {"errcode": 404, "errmsg": "not found"})

        def _failure(self, service: str) -> bool:
            if not server.failures:
                return False
            failure = server.failures.pop(0)
            if failure[0] == "http":
                self._answer(failure[1], {"message": "unavailable"})
            elif service == "feishu":
                self._answer(200, {"code": failure[1], "msg": failure[2], "data": {}})
            else:
                self._answer(200, {"errcode": failure[1], "errmsg": failure[2]})
            return True

        def _wecom(self, query: dict[str, list[str]], body: dict[str, Any], raw: bytes) -> None:
            if query.get("key") != [WECOM_KEY]:
                server.rejected.append("wecom key")
                return self._answer(200, {"errcode": 93000, "errmsg": "invalid webhook url"})
            if body.get("msgtype") != "markdown" or not isinstance(
                body.get("markdown", {}).get("content"), str
            ):
                server.rejected.append("wecom shape")
                return self._answer(200, {"errcode": 40008, "errmsg": "invalid message type"})
            if len(body["markdown"]["content"].encode("utf-8")) > 4096:
                return self._answer(200, {"errcode": 40058, "errmsg": "exceed max length 4096"})
            if self._failure("wecom"):
                return None
            server.received.append(Received("wecom", body, query))
            return self._answer(200, {"errcode": 0, "errmsg": "ok"})

        def _dingtalk(self, query: dict[str, list[str]], body: dict[str, Any]) -> None:
            if query.get("access_token") != [DINGTALK_TOKEN]:
                return self._answer(200, {"errcode": 300001, "errmsg": "token is not exist"})
            stamp = (query.get("timestamp") or [""])[0]
            sign = (query.get("sign") or [""])[0]
            expected = base64.b64encode(
                hmac.new(
                    DINGTALK_SECRET.encode(), f"{stamp}\n{DINGTALK_SECRET}".encode(), hashlib.sha256
                ).digest()
            ).decode()
            if not stamp.isdigit() or sign != expected:
                server.rejected.append("dingtalk sign")
                return self._answer(200, {"errcode": 310000, "errmsg": "sign not match"})
            if abs(int(stamp) / 1000 - server.now().timestamp()) > 3600:
                return self._answer(200, {"errcode": 310000, "errmsg": "invalid timestamp"})
            markdown = body.get("markdown", {})
            if (
                body.get("msgtype") != "markdown"
                or not markdown.get("title")
                or not markdown.get("text")
            ):
                server.rejected.append("dingtalk shape")
                return self._answer(200, {"errcode": 400105, "errmsg": "不支持的消息类型"})
            if self._failure("dingtalk"):
                return None
            server.received.append(Received("dingtalk", body, query))
            return self._answer(200, {"errcode": 0, "errmsg": "ok"})

        def _feishu(self, hook: str, body: dict[str, Any]) -> None:
            if hook != FEISHU_HOOK:
                return self._answer(
                    200,
                    {
                        "code": 19001,
                        "msg": "param invalid: incoming webhook access token invalid",
                        "data": {},
                    },
                )
            stamp = str(body.get("timestamp", ""))
            expected = base64.b64encode(
                hmac.new(f"{stamp}\n{FEISHU_SECRET}".encode(), b"", hashlib.sha256).digest()
            ).decode()
            if (
                not stamp.isdigit()
                or body.get("sign") != expected
                or abs(int(stamp) - server.now().timestamp()) > 3600
            ):
                server.rejected.append("feishu sign")
                return self._answer(
                    200,
                    {
                        "code": 19021,
                        "msg": "sign match fail or timestamp"
                        " is not within one hour from current time",
                    },
                )
            card = body.get("card", {})
            if body.get("msg_type") != "interactive" or not card.get("elements"):
                server.rejected.append("feishu shape")
                return self._answer(400, {"code": 9499, "msg": "Bad Request", "data": {}})
            if self._failure("feishu"):
                return None
            server.received.append(Received("feishu", body, {}))
            return self._answer(200, {"code": 0, "msg": "success", "data": {}})

        def _answer(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class MailServer:
    """aiosmtpd on loopback with a login, over STARTTLS (or implicit TLS), trusting a test CA
    that the test hands to CaseWatch's TLS context."""

    user: str = "shop@example.com"
    password: str = "abcdefghijklmnop"  # an authorisation code, as QQ邮箱 issues them
    implicit_tls: bool = False
    messages: list[Any] = field(default_factory=list)

    def start(self) -> MailServer:
        import trustme
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult, LoginPassword

        self.ca = trustme.CA()
        cert = self.ca.issue_cert("127.0.0.1", "localhost")
        server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        cert.configure_cert(server_context)
        outer = self

        class Handler:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
                from email import message_from_bytes, policy

                outer.messages.append(
                    (
                        envelope.mail_from,
                        list(envelope.rcpt_tos),
                        message_from_bytes(envelope.content, policy=policy.default),
                    )
                )
                return "250 OK"

        def authenticator(
            server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
        ) -> AuthResult:
            ok = isinstance(auth_data, LoginPassword) and (
                auth_data.login.decode() == self.user
                and auth_data.password.decode() == self.password
            )
            return AuthResult(success=ok, handled=False)

        # Implicit TLS is TLS from the first byte, but aiosmtpd only counts STARTTLS as such.
        options: dict[str, Any] = {
            "authenticator": authenticator,
            "auth_require_tls": not self.implicit_tls,
        }
        port = free_port()  # aiosmtpd checks it is up by connecting: it needs a real number
        if self.implicit_tls:
            self._controller = Controller(
                Handler(), hostname="127.0.0.1", port=port, ssl_context=server_context, **options
            )
        else:
            self._controller = Controller(
                Handler(),
                hostname="127.0.0.1",
                port=port,
                tls_context=server_context,
                require_starttls=True,
                **options,
            )
        self._controller.start()
        self.port = self._controller.port
        return self

    def client_tls(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        self.ca.configure_trust(context)
        return context

    def stop(self) -> None:
        self._controller.stop()
        self._controller.loop.close()
