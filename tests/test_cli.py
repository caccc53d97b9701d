"""The command line as a user runs it: a real process over a real data folder."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.core.bootstrap import open_core
from desktop.core.services.validation import CaseDraft


def casewatch(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data), *args],
        capture_output=True, text=True, env=env, timeout=120, encoding="utf-8",
    )  # fmt: skip


def add(data: Path, after_sale_id: str, due_in: timedelta) -> None:
    core = open_core(data)
    now = datetime.now(UTC)
    core.cases.create(
        CaseDraft(platform="douyin", after_sale_id=after_sale_id, order_id="6900000000000000001",
                  case_type="return_refund", applied_at=now - timedelta(hours=30),
                  platform_deadline=now + due_in)
    )  # fmt: skip
    core.close()


def test_due_json_lists_overdue_and_due_soon_first(tmp_path: Path) -> None:
    data = tmp_path / "data"
    add(data, "LATER", timedelta(hours=30))
    add(data, "LATE", timedelta(hours=-2))
    add(data, "SOON", timedelta(hours=3))
    done = casewatch("due", "--json", data=data)
    assert done.returncode == 0, done.stderr
    records = json.loads(done.stdout)
    assert [r["after_sale_id"] for r in records] == ["LATE", "SOON"]
    first = records[0]
    assert first["platform"] == "douyin"
    assert first["order_id"] == "6900000000000000001"
    assert first["merchant_deadline_action"] == "auto_agree"
    assert first["deadline_source"] == "platform"
    assert first["overdue"] is True
    when = datetime.fromisoformat(first["merchant_deadline_at"])
    assert when.utcoffset() is not None
    within = json.loads(casewatch("due", "--json", "--within", "48", data=data).stdout)
    assert len(within) == 3


def test_due_for_people_in_both_languages(tmp_path: Path) -> None:
    data = tmp_path / "data"
    add(data, "LATE", timedelta(hours=-2))
    chinese = casewatch("--lang", "zh_CN", "due", data=data)
    assert chinese.returncode == 0
    assert "1 个售后已超时或将在 24小时 内到期" in chinese.stdout
    assert "已超时 2小时" in chinese.stdout and "抖音/抖店" in chinese.stdout
    english = casewatch("--lang", "en", "due", data=data)
    assert "overdue 2 h" in english.stdout and "Douyin" in english.stdout
    empty = casewatch("--lang", "en", "due", data=tmp_path / "empty")
    assert "Nothing is overdue or due within 24 h." in empty.stdout


def test_self_test_command(tmp_path: Path) -> None:
    done = casewatch("--lang", "en", "self-test", data=tmp_path / "data")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("✓") == 10
    assert "✓ push channels: TLS and a push to a loopback robot: truststore" in done.stdout
    assert (
        "✓ evidence photos of every kind can be drawn: BMP, GIF, HEIC, JPG, PNG, WEBP"
        in done.stdout
    )
    assert re.search(r"✓ scenario playbooks load: \d+ scenarios", done.stdout)
    assert "✓ evidence files can be stored and checked" in done.stdout
    assert "self-test passed" in done.stdout
    assert not list((tmp_path / "data" / "evidence").rglob("*.png"))  # it cleans up after itself


def test_a_newer_database_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    data = tmp_path / "data"
    add(data, "X", timedelta(hours=1))
    conn = sqlite3.connect(data / "casewatch.db")
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    done = casewatch("--lang", "en", "due", data=data)
    assert done.returncode == 3
    assert "newer version of CaseWatch" in done.stderr
    assert "Traceback" not in done.stderr


def test_wrong_arguments_exit_2(tmp_path: Path) -> None:
    assert casewatch("due", "--within", "-1", data=tmp_path).returncode == 2
    assert casewatch("fly", data=tmp_path).returncode == 2


def test_a_second_launch_activates_the_running_app_and_exits(tmp_path: Path) -> None:
    """Two real processes on one data folder: the second hands over and exits at once."""
    import time

    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(data)], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    log = data / "logs" / "casewatch.log"

    def logged(text: str) -> bool:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if log.exists() and text in log.read_text(encoding="utf-8"):
                return True
            time.sleep(0.1)  # waiting for another process, not for app time
        return False

    try:
        assert logged("listening for a second launch")
        second = subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", str(data)], env=env,
            capture_output=True, timeout=60,
        )  # fmt: skip
        assert second.returncode == 0
        assert logged("a second launch asked this CaseWatch to come to the front")
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_bad_hours_and_help_in_the_users_language(tmp_path: Path) -> None:
    for value in ("nan", "inf", "-1", "1e300", "abc"):
        done = casewatch("--lang", "zh_CN", "due", "--within", value, data=tmp_path)
        assert done.returncode == 2
        assert "不是 0 到 87840 之间的小时数" in done.stderr
        assert "Traceback" not in done.stderr
    helped = casewatch("--lang", "zh_CN", "due", "--help", data=tmp_path)
    assert helped.returncode == 0
    assert "用法：" in helped.stdout and "时间范围，单位小时" in helped.stdout


def test_two_launches_at_the_same_moment_leave_one_running(tmp_path: Path) -> None:
    import time

    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    launches = [
        subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data)], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(3)
    ]  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while sum(launch.poll() is not None for launch in launches) < 2:
            assert time.monotonic() < deadline, "the launches did not hand over"
            time.sleep(0.1)  # waiting for other processes, not for app time
        codes = sorted((launch.poll() for launch in launches), key=lambda c: c is None)
        assert codes == [0, 0, None]  # two handed over to the one still running
    finally:
        for launch in launches:
            launch.terminate()
            launch.wait(timeout=30)


DATA = Path(__file__).resolve().parent / "data" / "imports"


def test_import_prints_the_summary_and_the_rejected_rows(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = casewatch("--lang", "en", "import", str(DATA / "douyin_售后单_sample.xlsx"),
                     str(DATA / "broken" / "excel_destroyed.csv"), data=data)  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("douyin_售后单_sample.xlsx (抖店 售后单 export): 6 rows read, 6 new")
    assert "1 rejected" in lines[1]
    assert "row 2, column “售后单号”: “7.311E+18” was turned into a number by Excel" in done.stdout
    again = casewatch(
        "--lang", "en", "import", "--dry-run", str(DATA / "douyin_newer.xlsx"), data=data
    )
    assert "0 new, 2 updated, 4 unchanged" in again.stdout
    assert "(dry run: nothing was changed)" in again.stdout


def test_import_of_an_unreadable_file_exits_non_zero_and_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    casewatch("import", str(DATA / "taobao_退款明细_sample.xlsx"), data=data)
    done = casewatch("--lang", "en", "import", str(DATA / "broken" / "truncated.xlsx"), data=data)
    assert done.returncode == 3
    assert "not a spreadsheet CaseWatch can read" in done.stderr
    assert "Traceback" not in done.stderr
    listed = json.loads(casewatch("due", "--json", "--within", "87840", data=data).stdout)
    assert len(listed) == 2  # the two open 淘宝 cases, nothing else


def test_export_for_people_and_for_machines(tmp_path: Path) -> None:
    data = tmp_path / "data"
    casewatch("import", str(DATA / "pinduoduo_售后_sample_reconstructed.xlsx"), data=data)
    out = tmp_path / "cases.csv"
    done = casewatch("--lang", "zh_CN", "export", str(out), "--open-only", data=data)
    assert done.returncode == 0
    assert "3 个售后已写入" in done.stdout
    text = out.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0].startswith("平台,售后单号,订单号,售后类型")
    keyed = tmp_path / "keys.csv"
    casewatch("export", str(keyed), "--header-style", "key", data=data)
    header = keyed.read_bytes().decode("utf-8-sig").splitlines()[0]
    assert header.startswith("platform,after_sale_id,order_id,case_type,amount")
    assert header.endswith(
        "stage,merchant_deadline_at,merchant_deadline_action,deadline_source,buyer_deadline_at"
    )
