"""`casewatch channel …` and `casewatch watch` as a user runs them: real processes over a real
data folder, against a loopback stand-in for the chat robots."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.bootstrap import open_core
from desktop.core.clock import FixedClock
from desktop.core.delivery import DeliveryLock
from desktop.core.services.validation import CaseDraft
from tests.push_servers import DINGTALK_SECRET, RobotServer
from tests.test_cli import casewatch


@pytest.fixture
def robots() -> Iterator[RobotServer]:
    server = RobotServer(now=lambda: datetime.now(UTC)).start()
    yield server
    server.stop()


def add_case(data: Path, after_sale_id: str, due_in: timedelta) -> None:
    """A case entered two hours ago, due `due_in` from now: its reminders since are due."""
    now = datetime.now(UTC)
    core = open_core(data, FixedClock(now - timedelta(hours=2)))
    core.cases.create(
        CaseDraft(platform="pinduoduo", after_sale_id=after_sale_id, case_type="refund_only",
                  amount="88.00", applied_at=now - timedelta(hours=47),
                  platform_deadline=now + due_in)
    )  # fmt: skip
    core.close()


def test_channels_are_added_listed_tested_and_removed(tmp_path: Path, robots: RobotServer) -> None:
    data = tmp_path / "data"
    added = casewatch("--lang", "en", "channel", "add", "dingtalk", robots.dingtalk_url(),
                      "--secret", DINGTALK_SECRET, "--name", "售后群", data=data)  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "Channel “售后群” added: DingTalk group robot" in added.stdout
    assert casewatch("channel", "add", "wecom", robots.wecom_url(), data=data).returncode == 0
    listed = casewatch("channel", "list", "--json", data=data)
    assert listed.returncode == 0
    records = json.loads(listed.stdout)
    assert [(r["name"], r["kind"], r["wants"]) for r in records] == [
        ("售后群", "dingtalk", "all"),
        ("wecom", "wecom", "all"),
    ]
    assert DINGTALK_SECRET not in listed.stdout and "access_token" not in listed.stdout
    tested = casewatch("--lang", "zh_CN", "channel", "test", "售后群", data=data)
    assert tested.returncode == 0, tested.stderr
    assert "已向“售后群”发送测试消息" in tested.stdout
    assert "渠道「售后群」已连通" in robots.received[0].text
    people = casewatch("--lang", "en", "channel", "list", data=data)
    assert "售后群  DingTalk group robot  http://127.0.0.1:" in people.stdout
    assert "Last delivered: " in people.stdout
    removed = casewatch("--lang", "en", "channel", "remove", "wecom", data=data)
    assert removed.returncode == 0 and "Channel “wecom” removed." in removed.stdout
    assert [r["name"] for r in json.loads(casewatch("channel", "list", "--json",
                                                    data=data).stdout)] == ["售后群"]  # fmt: skip


def test_bad_input_is_said_and_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for args, words in (
        (("channel", "add", "wecom", "ftp://example.com/hook"), "is not a web address"),
        (("channel", "add", "dingtalk", "https://oapi.dingtalk.com/robot/send?access_token=x",
          "--secret", "oops"), "starts with SEC"),
        (("channel", "add", "email", "--smtp", "smtp.qq.com:465", "--from", "a@qq.com",
          "--to", "b@qq.com"), "only sends mail after a login"),
        (("channel", "add", "email", "--smtp", "smtp.qq.com", "--from", "a@qq.com",
          "--to", "b@qq.com"), "is not a mail server with its port"),
        (("channel", "test", "nope"), "There is no push channel named “nope”"),
        (("channel", "remove", "nope"), "There is no push channel named “nope”"),
    ):  # fmt: skip
        done = casewatch("--lang", "en", *args, data=data)
        assert done.returncode == 3, (args, done.stdout, done.stderr)
        assert words in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr
    assert json.loads(casewatch("channel", "list", "--json", data=data).stdout) == []
    assert casewatch("channel", "add", "telegram", "https://x", data=data).returncode == 2


def test_a_failing_test_message_says_why(tmp_path: Path, robots: RobotServer) -> None:
    data = tmp_path / "data"
    casewatch("channel", "add", "wecom", robots.wecom_url("wrong-key-00001"), data=data)
    done = casewatch("--lang", "en", "channel", "test", "wecom", data=data)
    assert done.returncode == 1
    assert "did not go out: The service refused the robot's address" in done.stderr


def test_watch_once_delivers_records_and_prints(tmp_path: Path, robots: RobotServer) -> None:
    data = tmp_path / "data"
    casewatch("channel", "add", "wecom", robots.wecom_url(), data=data)
    add_case(data, "240512-0001", timedelta(minutes=30))  # its 1-hour reminder is due
    done = casewatch("--lang", "en", "watch", "--once", data=data)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 case came due:" in done.stdout
    assert "Pinduoduo 240512-0001" in done.stdout
    assert "Pushed to “wecom”: 1 case" in done.stdout
    assert any("拼多多 240512-0001" in r.text for r in robots.received)
    count = len(robots.received)
    again = casewatch("--lang", "en", "watch", "--once", data=data)
    assert again.returncode == 0
    assert again.stdout.strip() == "Nothing came due; nothing was sent."
    assert len(robots.received) == count  # never twice


def test_watch_once_without_the_service_exits_1_and_keeps_the_push(
    tmp_path: Path, robots: RobotServer
) -> None:
    data = tmp_path / "data"
    casewatch("channel", "add", "wecom", robots.wecom_url(), data=data)
    add_case(data, "A", timedelta(minutes=30))
    robots.failures.append(("http", 503))
    first = casewatch("--lang", "en", "watch", "--once", data=data)
    assert first.returncode == 1
    assert "Push to “wecom” failed: The service is not answering properly (HTTP 503)" in (
        first.stdout
    )
    core = open_core(data)
    [channel] = core.channels.channels()
    assert channel.pending >= 1
    core.close()


def test_watch_once_does_nothing_while_another_casewatch_delivers(tmp_path: Path) -> None:
    data = tmp_path / "data"
    open_core(data).close()
    window = DeliveryLock(data, "window")
    assert window.try_acquire()
    try:
        done = casewatch("--lang", "en", "watch", "--once", data=data)
    finally:
        window.release()
    assert done.returncode == 4
    assert "CaseWatch's window delivers reminders for this data folder" in done.stderr


@pytest.mark.skipif(os.name == "nt", reason="SIGTERM")
def test_watch_runs_until_stopped(tmp_path: Path, robots: RobotServer) -> None:
    data = tmp_path / "data"
    casewatch("channel", "add", "wecom", robots.wecom_url(), data=data)
    add_case(data, "A", timedelta(minutes=30))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    process = subprocess.Popen(
        [sys.executable, "-u", "-m", "desktop", "--lang", "en", "--data-dir", str(data), "watch"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, encoding="utf-8",
    )  # fmt: skip
    assert process.stdout is not None
    lines = []
    for line in process.stdout:  # until its first pass has pushed
        lines.append(line)
        if "Pushed to “wecom”" in line:
            break
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=30)
    lines.append(out)
    assert process.returncode == 0, err
    text = "".join(lines)
    assert "CaseWatch watches" in text and "Delivering reminders for this data folder." in text
    assert "Stopped." in text
    assert DeliveryLock(data, "window").try_acquire()  # the lock was let go
