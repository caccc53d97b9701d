"""Small helpers for driving dialogs that open with open() (non-blocking)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from desktop.core.bootstrap import Core
from desktop.core.services.validation import CaseDraft
from tests.core.conftest import T0
from tests.core.factories import hours

D = TypeVar("D", bound=QDialog)


def open_dialog(kind: type[D]) -> D:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, f"no open {kind.__name__}"
    return found[-1]


def press(dialog: QDialog, which: QDialogButtonBox.StandardButton) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(which).click()


def add_case(core: Core, after_sale_id: str = "7300000000000000001", **kw) -> int:  # type: ignore[no-untyped-def]
    fields = dict(
        platform="douyin",
        after_sale_id=after_sale_id,
        order_id="6900000000000000001",
        case_type="return_refund",
        amount="88.00",
        applied_at=T0 - hours(2),
    )
    fields.update(kw)
    case_id, _ = core.cases.create(CaseDraft(**fields))
    return case_id
