"""The product named (issue #11): imported from the export, searched, exported and read back,
and said in reminders and pushes, so that a 19-digit id is never all a person sees."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from desktop.core.bootstrap import Core
from desktop.core.exporting import export_cases
from desktop.core.model import Platform
from desktop.core.push import wording
from desktop.core.services.queue import QueueFilter, QueueSort
from desktop.core.services.reminders import WakeReason
from desktop.core.services.validation import CaseDraft
from tests.core.test_importing import run


def test_the_exports_product_is_kept_searched_and_exported(importer: Core, tmp_path: Path) -> None:
    run(importer, "douyin_售后单_sample.xlsx")
    case_id = importer.cases.find(Platform.DOUYIN, "7311000000000000101")
    assert case_id is not None
    assert importer.cases.detail(case_id).facts.product == "纯棉T恤 白 L"
    found = importer.queue.ids(QueueFilter(search="T恤"), QueueSort(), importer.clock.now())
    assert found == [case_id]
    out = tmp_path / "cases.csv"
    export_cases(importer.db, importer.rules.current(), out)
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].split(",")[:8] == [
        "platform", "after_sale_id", "order_id", "case_type", "amount", "reason", "buyer",
        "product",
    ]  # fmt: skip
    assert "纯棉T恤 白 L" in text


def test_a_typed_case_has_its_product_and_reminders_say_it(core: Core) -> None:
    now = core.clock.now()
    case_id, _ = core.cases.create(CaseDraft(
        platform="pinduoduo", after_sale_id="240512-0001", case_type="refund_only",
        amount="88.00", product="保温杯 500ml 粉", applied_at=now - timedelta(hours=1),
        platform_deadline=now + timedelta(hours=5)))  # fmt: skip
    core.clock.advance(hours=1)  # type: ignore[attr-defined]  # the 4-hour reminder, on time
    delivery = core.engine.wake(WakeReason.TIMER).delivery
    [reminder] = delivery.singles
    assert reminder.product == "保温杯 500ml 粉"
    [alert] = core.alerts.card().alerts
    assert alert.product == "保温杯 500ml 粉"
    item = wording.PushItem(reminder.platform, reminder.after_sale_id, reminder.due_at,
                            reminder.action, reminder.amount_fen, product=reminder.product)  # fmt: skip
    message = wording.reminders([item], 1, core.clock.now())
    assert "拼多多 240512-0001 · 保温杯 500ml 粉" in message.text
    assert core.cases.detail(case_id).facts.product == "保温杯 500ml 粉"
