"""Push channels end to end against loopback stand-ins that check each service's shape and
signature: the outbox written with the reminder, delivered once, retried through outages and
rate limits, dropped when the case moved on; secrets kept out of the database and the log."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta

import pytest

from desktop.core.bootstrap import Core
from desktop.core.clock import FixedClock
from desktop.core.errors import UserError, ValidationError
from desktop.core.model import EventKind
from desktop.core.push.channels import ChannelKind, ChannelSpec, Security, Wants
from desktop.core.push.senders import Sender
from desktop.core.services.cases import EventInput
from desktop.core.services.reminders import WakeReason
from tests.core.factories import hours
from tests.core.reminding import add_due, fire, leads_only
from tests.push_servers import (
    DINGTALK_SECRET,
    FEISHU_SECRET,
    WECOM_KEY,
    MailServer,
    RobotServer,
    free_port,
)

TIMER = WakeReason.TIMER


@pytest.fixture
def robots(clock: FixedClock) -> Iterator[RobotServer]:
    server = RobotServer(now=clock.now).start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _leads_only(core: Core) -> None:
    leads_only(core)


def add_case(core: Core, after_sale_id: str, due_in: timedelta, amount: str = "88.00") -> int:
    return add_due(core, after_sale_id, due_in, amount)


def wecom(robots: RobotServer, **kw) -> ChannelSpec:  # type: ignore[no-untyped-def]
    return ChannelSpec(ChannelKind.WECOM, url=robots.wecom_url(), **kw)


def test_each_robot_gets_the_reminder_once_in_its_own_shape(
    core: Core, clock: FixedClock, robots: RobotServer
) -> None:
    core.channels.add(wecom(robots, name="售后群"))
    core.channels.add(
        ChannelSpec(ChannelKind.DINGTALK, url=robots.dingtalk_url(), secret=DINGTALK_SECRET)
    )
    core.channels.add(
        ChannelSpec(ChannelKind.FEISHU, url=robots.feishu_url(), secret=FEISHU_SECRET)
    )
    add_case(core, "240512-0001", hours(30), amount="128.50")
    fire(core, clock)  # the 24-hour reminder
    report = core.pushes.deliver()
    assert [s.channel for s in report.sent] == ["售后群", "dingtalk", "feishu"]
    assert not report.failed and not robots.rejected
    assert [r.service for r in robots.received] == ["wecom", "dingtalk", "feishu"]
    for received in robots.received:
        text = received.text
        assert "1 单需处理" in text
        assert "拼多多 240512-0001" in text
        assert "还剩 1天" in text
        assert "系统自动退款" in text
        assert "¥128.50" in text
    # Delivered is delivered: nothing goes twice.
    assert core.pushes.deliver().empty
    assert core.engine.wake(WakeReason.PERIODIC).empty
    assert core.pushes.deliver().empty
    assert len(robots.received) == 3


def test_a_push_waits_through_an_outage_and_goes_once_when_the_service_is_back(
    core: Core, clock: FixedClock
) -> None:
    port = free_port()  # nothing listens there yet: the service is down
    down = RobotServer(now=clock.now)
    core.channels.add(
        ChannelSpec(
            ChannelKind.WECOM, url=f"http://127.0.0.1:{port}/cgi-bin/webhook/send?key={WECOM_KEY}"
        )
    )
    add_case(core, "A", hours(30))
    fire(core, clock)
    first = core.pushes.deliver()
    assert [f.code for f in first.failed] == ["refused"]
    assert first.failed[0].retry_at == clock.now() + timedelta(seconds=30)
    [channel] = core.channels.channels()
    assert channel.pending == 1 and channel.last_error is not None
    assert channel.last_error.code == "refused"
    assert core.pushes.deliver().empty  # not before its retry time
    clock.advance(seconds=30)
    assert [f.code for f in core.pushes.deliver().failed] == ["refused"]
    assert core.pushes.next_attempt_at() == clock.now() + timedelta(seconds=60)  # backing off
    down.start(port)  # the service is back
    try:
        clock.advance(seconds=60)
        report = core.pushes.deliver()
        assert [s.reminders for s in report.sent] == [1]
        assert len(down.received) == 1
        clock.advance(hours(1))
        assert core.pushes.deliver().empty
        assert len(down.received) == 1
        [channel] = core.channels.channels()
        assert channel.pending == 0 and channel.last_error is None
        assert channel.last_ok_at == clock.now() - hours(1)
    finally:
        down.stop()


@pytest.mark.parametrize(
    ("kind", "answer", "code", "wait"),
    [
        (ChannelKind.WECOM, ("wecom", 45009, "api freq out of limit"), "rate_limited", 60),
        (
            ChannelKind.DINGTALK,
            ("dingtalk", 130101, "send too fast, exceed 20 times per minute"),
            "rate_limited",
            600,
        ),
        (ChannelKind.FEISHU, ("feishu", 11232, "frequency limited"), "rate_limited", 60),
        (ChannelKind.WECOM, ("http", 503), "http_error", 30),
        (ChannelKind.WECOM, ("http", 429), "rate_limited", 60),
    ],
)
def test_rate_limits_and_errors_are_retried(
    core: Core,
    clock: FixedClock,
    robots: RobotServer,
    kind: ChannelKind,
    answer: tuple[object, ...],
    code: str,
    wait: int,
) -> None:
    url = {
        ChannelKind.WECOM: robots.wecom_url(),
        ChannelKind.DINGTALK: robots.dingtalk_url(),
        ChannelKind.FEISHU: robots.feishu_url(),
    }[kind]
    secret = {ChannelKind.DINGTALK: DINGTALK_SECRET, ChannelKind.FEISHU: FEISHU_SECRET}.get(
        kind, ""
    )
    core.channels.add(ChannelSpec(kind, url=url, secret=secret))
    add_case(core, "A", hours(30))
    fire(core, clock)
    robots.failures.append(answer)
    report = core.pushes.deliver()
    assert [f.code for f in report.failed] == [code]
    assert report.failed[0].retry_at == clock.now() + timedelta(seconds=wait)
    clock.advance(seconds=wait)
    assert [s.reminders for s in core.pushes.deliver().sent] == [1]
    assert len(robots.received) == 1


def test_service_errors_are_named(core: Core, clock: FixedClock, robots: RobotServer) -> None:
    core.channels.add(
        ChannelSpec(ChannelKind.WECOM, url=robots.wecom_url("wrong-key-123456"), name="wrong key")
    )
    core.channels.add(
        ChannelSpec(
            ChannelKind.DINGTALK,
            url=robots.dingtalk_url(),
            secret="SECnot-the-right-one",
            name="bad sign",
        )
    )
    core.channels.add(
        ChannelSpec(ChannelKind.FEISHU, url=robots.feishu_url(), secret="wrong", name="feishu sign")
    )
    add_case(core, "A", hours(30))
    fire(core, clock)
    report = core.pushes.deliver()
    assert {f.channel: f.code for f in report.failed} == {
        "wrong key": "rejected_key",
        "bad sign": "bad_signature",
        "feishu sign": "bad_signature",
    }
    details = {f.channel: f.detail for f in report.failed}
    assert details["bad sign"] == "310000: sign not match"
    assert not robots.received


def test_the_clock_skew_of_a_signature_is_named(core: Core, clock: FixedClock) -> None:
    # The service's clock is a day ahead of this computer's.
    server = RobotServer(now=lambda: clock.now() + timedelta(days=1)).start()
    try:
        core.channels.add(
            ChannelSpec(ChannelKind.DINGTALK, url=server.dingtalk_url(), secret=DINGTALK_SECRET)
        )
        add_case(core, "A", hours(30))
        fire(core, clock)
        assert [f.code for f in core.pushes.deliver().failed] == ["clock_skew"]
    finally:
        server.stop()


def test_an_urgent_channel_gets_the_last_lead_and_the_deadline_only(
    core: Core, clock: FixedClock, robots: RobotServer
) -> None:
    core.channels.add(wecom(robots, wants=Wants.URGENT))
    add_case(core, "A", hours(30))
    seen = []
    for _ in range(5):  # 24 h, 4 h, 1 h, 15 min, the deadline
        fire(core, clock)
        seen.append(len(core.pushes.deliver().sent))
    assert seen == [0, 0, 0, 1, 1]
    assert "还剩 15分" in robots.received[0].text
    assert "已超时" in robots.received[1].text


def test_a_briefing_only_channel_gets_no_reminders(
    core: Core, clock: FixedClock, robots: RobotServer
) -> None:
    core.channels.add(wecom(robots, wants=Wants.BRIEFING))
    add_case(core, "A", hours(30))
    fire(core, clock)
    assert core.pushes.deliver().empty
    assert not robots.received


def test_a_push_for_a_case_handled_meanwhile_is_dropped_not_sent_late(
    core: Core, clock: FixedClock, robots: RobotServer
) -> None:
    core.channels.add(wecom(robots))
    case_id = add_case(core, "A", hours(30))
    fire(core, clock)
    core.cases.record(case_id, EventInput(EventKind.REFUNDED, clock.now()))
    report = core.pushes.deliver()
    assert report.dropped == 1 and not report.sent
    assert not robots.received


def test_many_cases_at_once_are_one_message_naming_the_most_urgent(
    core: Core, clock: FixedClock, robots: RobotServer
) -> None:
    core.channels.add(wecom(robots))
    for n in range(14):
        add_case(core, f"A{n:02d}", hours(2 + n / 10))
    clock.advance(hours(5))  # asleep: every deadline passed
    core.engine.wake(WakeReason.RESUME)
    [sent] = core.pushes.deliver().sent
    assert sent.reminders == 14
    [received] = robots.received
    assert "【售后到期】14 单需处理，10 单已超时" in received.text
    assert "还有 4 单" in received.text
    assert received.text.index("A00") < received.text.index("A09")


def test_two_processes_deciding_at_once_queue_each_push_once(
    core: Core, clock: FixedClock, robots: RobotServer
) -> None:
    from desktop.core.bootstrap import open_core

    core.channels.add(wecom(robots))
    add_case(core, "A", hours(30))
    other = open_core(core.paths.root, clock)  # the command line, or a watcher
    try:
        clock.set(core.reminders.next_fire_at(clock.now()))  # type: ignore[arg-type]
        first = core.engine.wake(TIMER)
        second = other.engine.wake(TIMER)
        assert first.delivery.pushes == 1 and second.delivery.empty
        assert len(core.pushes.deliver().sent) == 1
        assert other.pushes.deliver().empty
    finally:
        other.close()
    assert len(robots.received) == 1


def test_secrets_never_reach_the_database_or_the_log(
    core: Core, clock: FixedClock, robots: RobotServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    core.channels.add(
        ChannelSpec(ChannelKind.DINGTALK, url=robots.dingtalk_url(), secret=DINGTALK_SECRET)
    )
    core.channels.add(ChannelSpec(ChannelKind.WECOM, url=robots.wecom_url("wrong-key-98765432")))
    add_case(core, "A", hours(30))
    fire(core, clock)
    core.pushes.deliver()
    core.close()
    stored = b"".join(p.read_bytes() for p in core.paths.root.glob("casewatch.db*") if p.is_file())
    for secret in (DINGTALK_SECRET, "wrong-key-98765432", robots.dingtalk_url().split("=")[1]):
        assert secret.encode() not in stored
        assert secret not in caplog.text
    [ding, wrong] = core.channels.channels()
    assert ding.target == f"{robots.base} (b6a9…5e)"
    assert wrong.target == f"{robots.base} (wron…32)"
    secrets_file = core.paths.root / "secrets.json"
    assert DINGTALK_SECRET in secrets_file.read_text()
    assert secrets_file.stat().st_mode & 0o777 == 0o600


def test_removing_a_channel_removes_its_secrets_and_waiting_pushes(
    core: Core, clock: FixedClock, robots: RobotServer
) -> None:
    channel, _ = core.channels.add(wecom(robots))
    add_case(core, "A", hours(30))
    fire(core, clock)
    assert core.channels.channels()[0].pending == 1
    core.channels.remove(channel)
    assert core.channels.channels() == []
    assert channel.secret_ref not in (core.paths.root / "secrets.json").read_text()
    assert core.pushes.deliver().empty


@pytest.mark.parametrize(
    ("spec", "field", "code"),
    [
        (ChannelSpec(ChannelKind.WECOM, url="ftp://example.com/hook"), "url", "not_http_url"),
        (
            ChannelSpec(ChannelKind.WECOM, url="qyapi.weixin.qq.com/cgi-bin/webhook/send?key=1"),
            "url",
            "not_http_url",
        ),
        (
            ChannelSpec(ChannelKind.WECOM, url="https://qyapi.weixin.qq.com/cgi-bin/webhook/send"),
            "url",
            "missing_part",
        ),
        (
            ChannelSpec(ChannelKind.DINGTALK, url="https://oapi.dingtalk.com/robot/send"),
            "url",
            "missing_part",
        ),
        (
            ChannelSpec(
                ChannelKind.DINGTALK,
                url="https://oapi.dingtalk.com/robot/send?access_token=x",
                secret="abc",
            ),
            "secret",
            "dingtalk_secret_format",
        ),
        (
            ChannelSpec(ChannelKind.FEISHU, url="https://open.feishu.cn/open-apis/bot/v2/hook/"),
            "url",
            "missing_part",
        ),
        (
            ChannelSpec(
                ChannelKind.EMAIL,
                smtp_host="smtp.qq.com",
                smtp_port=465,
                sender="a@qq.com",
                recipients=("b@qq.com",),
            ),
            "password",
            "login_required",
        ),
        (
            ChannelSpec(
                ChannelKind.EMAIL,
                smtp_host="smtp.qq.com",
                smtp_port=465,
                user="a@qq.com",
                sender="a@qq.com",
                recipients=("b@qq.com",),
            ),
            "password",
            "user_and_password",
        ),
        (
            ChannelSpec(
                ChannelKind.EMAIL,
                smtp_host="mail.shop.cn",
                smtp_port=25,
                sender="not an address",
                recipients=("b@qq.com",),
            ),
            "sender",
            "not_address",
        ),
        (
            ChannelSpec(
                ChannelKind.EMAIL,
                smtp_host="mail.shop.cn",
                smtp_port=25,
                sender="a@shop.cn",
                recipients=("b@qq", "c@qq.com"),
            ),
            "recipients",
            "not_address",
        ),
    ],
)
def test_wrong_input_is_refused_naming_the_field_and_nothing_is_kept(
    core: Core, spec: ChannelSpec, field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        core.channels.add(spec)
    assert (field, code) in [(p.field, p.code) for p in caught.value.problems]
    assert core.channels.channels() == []
    assert not (core.paths.root / "secrets.json").exists()


def test_names_are_chosen_and_unique(core: Core, robots: RobotServer) -> None:
    core.channels.add(wecom(robots))
    second, _ = core.channels.add(wecom(robots))
    assert second.name == "wecom-2"
    with pytest.raises(ValidationError) as caught:
        core.channels.add(wecom(robots, name="wecom"))
    assert [(p.field, p.code) for p in caught.value.problems] == [("name", "name_taken")]
    with pytest.raises(UserError) as unknown:
        core.channels.get("nope")
    assert unknown.value.code == "channel_unknown"
    assert unknown.value.params["known"] == "wecom, wecom-2"


@pytest.mark.parametrize("implicit_tls", [False, True])
def test_email_over_starttls_and_ssl_with_a_login(
    core: Core, clock: FixedClock, implicit_tls: bool
) -> None:
    mail = MailServer(implicit_tls=implicit_tls).start()
    try:
        core.channels.sender = Sender(tls=mail.client_tls)
        core.channels.add(
            ChannelSpec(
                ChannelKind.EMAIL,
                smtp_host="127.0.0.1",
                smtp_port=mail.port,
                security=Security.SSL if implicit_tls else Security.STARTTLS,
                user=mail.user,
                password=mail.password,
                sender="shop@example.com",
                recipients=("boss@example.com", "clerk@example.com"),
            )
        )
        add_case(core, "240512-0001", hours(30))
        fire(core, clock)
        assert [s.reminders for s in core.pushes.deliver().sent] == [1]
        [(sender, rcpts, message)] = mail.messages
        assert sender == "shop@example.com"
        assert rcpts == ["boss@example.com", "clerk@example.com"]
        assert message["Subject"] == "【售后到期】1 单需处理"
        body = message.get_content()
        assert "拼多多 240512-0001" in body and "¥88.00" in body
    finally:
        mail.stop()


def test_a_wrong_authorisation_code_is_named(core: Core, clock: FixedClock) -> None:
    mail = MailServer().start()
    try:
        core.channels.sender = Sender(tls=mail.client_tls)
        channel, _ = core.channels.add(
            ChannelSpec(
                ChannelKind.EMAIL,
                smtp_host="127.0.0.1",
                smtp_port=mail.port,
                security=Security.STARTTLS,
                user=mail.user,
                password="wrong-code",
                sender="shop@example.com",
                recipients=("boss@example.com",),
            )
        )
        from desktop.core.push.senders import PushError

        with pytest.raises(PushError) as caught:
            core.channels.test(channel)
        assert caught.value.code == "auth_failed"
        assert caught.value.detail.startswith("535")
        assert core.channels.get("email").last_error.code == "auth_failed"  # type: ignore[union-attr]
        assert not mail.messages
    finally:
        mail.stop()


def test_an_untrusted_certificate_is_refused(core: Core, clock: FixedClock) -> None:
    mail = MailServer().start()  # its CA is not the system's
    try:
        channel, _ = core.channels.add(
            ChannelSpec(
                ChannelKind.EMAIL,
                smtp_host="127.0.0.1",
                smtp_port=mail.port,
                user=mail.user,
                password=mail.password,
                sender="shop@example.com",
                recipients=("b@example.com",),
            )
        )
        from desktop.core.push.senders import PushError

        with pytest.raises(PushError) as caught:
            core.channels.test(channel)
        assert caught.value.code == "tls_untrusted"
        assert not mail.messages
    finally:
        mail.stop()


def test_the_test_button_sends_and_records(core: Core, robots: RobotServer) -> None:
    channel, _ = core.channels.add(wecom(robots, name="售后群"))
    core.channels.test(channel)
    assert "渠道「售后群」已连通" in robots.received[0].text
    assert core.channels.get("售后群").last_ok_at == core.clock.now()
