"""Playbooks in the window: suggestions, following, ticking steps (progress in the queue and
the next step on the case), reply scripts, prompts, the compensation helper and editing the
library."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication

from desktop.core.playbooks.model import text_in
from desktop.gui.features.cases.intercept_dialog import InterceptDialog
from desktop.gui.features.playbooks.choose_dialog import ChooseScenarioDialog
from desktop.gui.features.playbooks.compensation_dialog import CompensationDialog
from desktop.gui.features.playbooks.library_dialog import LibraryDialog
from desktop.gui.models.queue_model import Column
from tests.core.conftest import T0
from tests.core.factories import days, hours
from tests.gui.helpers import add_case


def _wrong_item_case(window: Any, core: Any) -> int:
    case_id = add_case(core, reason="拍A退B，退回的不是本店商品", order_id="6931000000000000777",
                       applied_at=T0 - days(3))  # fmt: skip
    window.on_changes(_all())
    window.open_case(case_id)
    return case_id


def _all():  # type: ignore[no-untyped-def]
    from desktop.core.changes import Changes

    return Changes(all_cases=True)


def test_follow_a_suggestion_tick_steps_and_see_progress(window, controller, qtbot) -> None:  # type: ignore[no-untyped-def]
    core = controller.core
    case_id = _wrong_item_case(window, core)
    panel = window.detail.playbooks
    assert "wrong_item_returned" in panel.follow_buttons
    assert window.detail.tabs.tabText(0) == "What to do"
    panel.follow_buttons["wrong_item_returned"].click()
    steps = core.playbooks.library().get("wrong_item_returned").steps
    assert window.detail.tabs.tabText(0) == f"What to do (0/{len(steps)})"  # the detail re-rendered
    assert window.detail.next_step.text() == f"Next step: {text_in(steps[0].text, 'en')}"
    panel = window.detail.playbooks
    panel.step_boxes[("wrong_item_returned", steps[0].id)].click()
    assert window.detail.tabs.tabText(0) == f"What to do (1/{len(steps)})"
    assert window.detail.next_step.text() == f"Next step: {text_in(steps[1].text, 'en')}"
    model = window.queue.model
    row = model.row_of(case_id)
    assert model.data(model.index(row, Column.STEPS)) == f"1/{len(steps)}"
    with core.db.read() as conn:
        done_at = conn.execute("SELECT done_at FROM playbook_ticks").fetchone()[0]
    assert done_at == int(T0.timestamp())


def test_reply_scripts_copy_filled_from_the_case(window, controller) -> None:  # type: ignore[no-untyped-def]
    core = controller.core
    case_id = _wrong_item_case(window, core)
    core.playbooks.follow(case_id, "wrong_item_returned")
    window.detail.reload()
    panel = window.detail.playbooks
    panel.copy_buttons[("wrong_item_returned", "ask_cancel")].click()
    copied = QGuiApplication.clipboard().text()
    assert "6931000000000000777" in copied  # {order_id}
    assert copied.startswith("亲")  # the words for the buyer are Chinese in any UI language
    assert "{" not in copied


def test_the_intercept_prompt_opens_the_intercept_window(window, controller) -> None:  # type: ignore[no-untyped-def]
    core = controller.core
    case_id = add_case(core, case_type="refund_only", reason="不想要了", applied_at=T0 - hours(2))
    with core.db.session() as s:
        s.connection().exec_driver_sql(
            "UPDATE cases SET ship_tracking_no = 'YT7000000000999', logistics_status = '运输中' "
            "WHERE id = ?",
            (case_id,),
        )
    window.on_changes(_all())
    window.open_case(case_id)
    panel = window.detail.playbooks
    assert "intercept" in panel.prompt_buttons
    panel.prompt_buttons["intercept"].click()
    dialog = window.detail.findChildren(InterceptDialog)[-1]
    assert dialog.numbers.case_ids == (case_id,)
    dialog.mark_button.click()
    window.detail.reload()
    assert "intercept" not in window.detail.playbooks.prompt_buttons


def test_choose_a_scenario_by_hand(window, controller) -> None:  # type: ignore[no-untyped-def]
    core = controller.core
    case_id = add_case(core, reason="其他")
    window.on_changes(_all())
    window.open_case(case_id)
    window.detail.playbooks.choose_button.click()
    dialog = window.detail.findChildren(ChooseScenarioDialog)[-1]
    title = text_in(core.playbooks.library().get("lost_parcel").title, "en")
    dialog.search.setText(title.upper())  # folded: case and width do not matter
    visible = [
        dialog.list.item(n).data(256)
        for n in range(dialog.list.count())
        if not dialog.list.item(n).isHidden()
    ]
    assert visible == ["lost_parcel"]
    dialog.list.setCurrentRow(
        next(
            n for n in range(dialog.list.count()) if dialog.list.item(n).data(256) == "lost_parcel"
        )
    )
    dialog.accept_choice()
    followed = core.playbooks.for_case(core.cases.detail(case_id)).followed
    assert [f.scenario.id for f in followed] == ["lost_parcel"]


def test_compensation_helper(window, controller) -> None:  # type: ignore[no-untyped-def]
    case_id = add_case(controller.core, amount="59.00")
    window.on_changes(_all())
    window.open_case(case_id)
    window.detail.playbooks.compensation_button.click()
    dialog = window.detail.findChildren(CompensationDialog)[-1]
    assert dialog.range.text() == "¥10.00 – ¥15.00"
    dialog.same_city.setChecked(True)
    assert dialog.range.text() == "up to ¥10.00"
    dialog.high_value.setChecked(True)
    assert dialog.range.text() == "¥20.00 – ¥50.00"
    dialog.copy_button.click()
    assert "20.00 元" in QGuiApplication.clipboard().text()  # the low end first


def test_edit_a_scenario_in_the_library_then_restore_it(window, controller, shown) -> None:  # type: ignore[no-untyped-def]
    core = controller.core
    case_id = _wrong_item_case(window, core)
    core.playbooks.follow(case_id, "wrong_item_returned")
    dialog: LibraryDialog = window.open_library("wrong_item_returned")
    editor = dialog.editor
    assert editor.title.text() == "The buyer returned an item that is not ours"
    assert not dialog.save_button.isEnabled()
    editor.add_step()
    editor.steps.item(editor.steps.count() - 1).setText("Photograph the parcel's weight")
    assert dialog.save_button.isEnabled()
    assert dialog.save()
    mine = core.playbooks.library().get("wrong_item_returned")
    assert mine.steps[-1].text == {"*": "Photograph the parcel's weight"}
    assert mine.steps[0].text["zh_CN"]  # untouched steps keep both languages
    assert (core.paths.playbooks / "wrong_item_returned.toml").exists()
    window.detail.reload()
    texts = window.detail.playbooks.step_texts
    shown_text = texts[("wrong_item_returned", mine.steps[-1].id)].text()
    assert shown_text == "Photograph the parcel's weight"
    assert dialog.restore_button.isVisible()

    # A script with a placeholder CaseWatch does not know is refused beside the field.
    editor.add_script()
    editor.script_text.setPlainText("订单 {order}")
    assert not dialog.save()
    assert "{order}" in editor.form.error_text("scripts")

    shown.confirm_answer = True
    editor.show_scenario(core.playbooks.library().get("wrong_item_returned"), "en")
    dialog._dirty = False
    dialog.restore()
    assert not (core.paths.playbooks / "wrong_item_returned.toml").exists()
    assert len(core.playbooks.library().get("wrong_item_returned").steps) == len(mine.steps) - 1
    dialog.reject()


def test_edit_the_evidence_a_scenario_asks_for(window, controller, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.gui.features.playbooks.evidence_need_dialog import EvidenceNeedDialog

    core = controller.core
    case_id = _wrong_item_case(window, core)
    core.playbooks.follow(case_id, "wrong_item_returned")
    dialog: LibraryDialog = window.open_library("wrong_item_returned")
    editor = dialog.editor
    shipped = core.playbooks.library().shipped["wrong_item_returned"].evidence
    assert editor.evidence.count() == len(shipped) == 2
    refused: list[str] = []

    def answer(text: str | None, kinds: set[str], minimum: int) -> None:
        def run(self: EvidenceNeedDialog) -> int:
            if text is not None:
                self.text.setText(text)
            for kind, box in self.kinds.items():
                box.setChecked(kind in kinds)
            self.minimum.setValue(minimum)
            self.accept_need()
            refused.append(self.form.error_text("kinds"))
            return self.result()

        monkeypatch.setattr(EvidenceNeedDialog, "exec", run)

    answer("Weigh the parcel", set(), 1)  # no kind ticked: said beside the kinds, nothing added
    editor.add_need()
    assert refused[-1] == "Tick at least one." and editor.evidence.count() == 2
    answer("Weigh the parcel", {"damage", "other"}, 2)
    editor.add_need()
    assert (
        editor.evidence.item(2).text() == "Weigh the parcel (Damage close-up / Other, at least 2)"
    )
    editor.evidence.setCurrentRow(0)
    answer(None, {"label_with_goods"}, 3)  # the words untouched: they keep both languages
    editor.edit_need()
    editor.evidence.setCurrentRow(1)
    editor.remove_need()
    assert dialog.save()

    mine = core.playbooks.library().get("wrong_item_returned").evidence
    assert [(n.kinds, n.minimum) for n in mine] == [
        (("label_with_goods",), 3),
        (("damage", "other"), 2),
    ]
    assert mine[0].text == shipped[0].text and mine[1].text == {"*": "Weigh the parcel"}
    window.detail.reload()
    needs = window.detail.evidence.needs.text()
    assert "Weigh the parcel" in needs and "0/2" in needs and "0/3" in needs
    dialog.reject()


def test_copy_as_a_new_scenario(window, controller) -> None:  # type: ignore[no-untyped-def]
    dialog: LibraryDialog = window.open_library("lost_parcel")
    dialog.copy_as_new()
    library = controller.core.playbooks.library()
    [own] = [s for s in library.scenarios.values() if s.id.startswith("own-")]
    lost = text_in(library.shipped["lost_parcel"].title, "en")
    assert own.title == {"*": f"{lost} (copy)"}
    assert own.steps == library.shipped["lost_parcel"].steps
    assert dialog.editor.title.text() == f"{lost} (copy)"
    assert dialog.delete_button.isVisible()
    dialog.reject()


def test_a_new_scenario_of_the_shops_own(window, controller) -> None:  # type: ignore[no-untyped-def]
    dialog: LibraryDialog = window.open_library()
    dialog.new_button.click()
    editor = dialog.editor
    editor.title.setText("赠品漏寄")
    editor.title.textEdited.emit("赠品漏寄")
    editor.steps.item(0).setText("问买家赠品是否一起寄回")
    editor.reason_keywords.setText("赠品")
    editor.reason_keywords.textEdited.emit("赠品")
    assert dialog.save()
    [own] = [
        s for s in controller.core.playbooks.library().scenarios.values() if s.id.startswith("own-")
    ]
    assert own.title == {"*": "赠品漏寄"} and own.applies.reason_keywords == ("赠品",)
    assert [s.text for s in own.steps] == [{"*": "问买家赠品是否一起寄回"}]
    dialog.reject()


def test_a_broken_playbook_file_is_said_at_start(window, controller) -> None:  # type: ignore[no-untyped-def]
    folder = controller.core.paths.playbooks
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mine.toml").write_text("id = [", encoding="utf-8")
    controller.core.playbooks.reload()
    controller.check_playbooks()
    assert "1 of your playbook files could not be used" in window.statusBar().currentMessage()
    dialog: LibraryDialog = window.open_library()
    assert dialog.problems.isVisible() and "mine.toml" in dialog.problems.text()
    dialog.reject()


def test_what_is_wrong_in_a_playbook_file_is_said_in_the_users_language() -> None:
    import string

    from desktop.core.playbooks.loader import MESSAGES
    from desktop.gui import i18n
    from desktop.gui.problems import data_file_text, data_file_where

    for code, english in MESSAGES.items():  # the GUI's table matches the loader's
        names = [f for _, f, _, _ in string.Formatter().parse(english) if f]
        params = {name: f"<{name}>" for name in names}
        assert data_file_text(code, params, "?") == english.format(**params), code
    try:
        i18n.install("zh_CN")
        text = data_file_text("unknown_kind", {"kinds": "photo", "known": "damage"}, "?")
        whole = data_file_where("file")
    finally:
        i18n.install("en")
    assert "photo" in text and "damage" in text and "unknown kind" not in text
    assert whole == "文件本身" and data_file_where("steps #2 id") == "steps #2 id"


def test_step_counts_follow_a_library_changed_outside_the_app(window, controller) -> None:  # type: ignore[no-untyped-def]
    core = controller.core
    case_id = _wrong_item_case(window, core)
    shipped = core.playbooks.library().get("wrong_item_returned")
    core.playbooks.tick(case_id, shipped.id, shipped.steps[0].id, True)
    folder = core.paths.playbooks
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "wrong_item_returned.toml").write_text(
        "id = 'wrong_item_returned'\ntitle = '本店做法'\n"
        f"[[steps]]\nid = '{shipped.steps[0].id}'\n'*' = '验货'\n"
        "[[steps]]\nid = 'call'\n'*' = '打电话'\n",
        encoding="utf-8",
    )  # written by hand while CaseWatch was closed
    controller.check_playbooks()  # what the start does
    with core.db.read() as conn:
        row = conn.execute("SELECT steps_done, steps_total FROM cases WHERE id = ?", (case_id,))
        assert row.fetchone() == (1, 2)
    model = window.queue.model
    assert model.data(model.index(model.row_of(case_id), Column.STEPS)) == "1/2"


def test_a_deleted_scenarios_ticks_never_come_back(window, controller, shown) -> None:  # type: ignore[no-untyped-def]
    core = controller.core
    case_id = _wrong_item_case(window, core)
    dialog: LibraryDialog = window.open_library("lost_parcel")
    dialog.copy_as_new()
    first_id = dialog.scenario().id
    step = dialog.scenario().steps[0].id
    core.playbooks.tick(case_id, first_id, step, True)
    dialog.restore()  # delete it (confirmed)
    dialog.copy_as_new()
    assert dialog.scenario().id != first_id
    view = core.playbooks.for_case(core.cases.detail(case_id))
    assert view.missing == [first_id]
    assert all(f.scenario.id != dialog.scenario().id for f in view.followed)
    editor = dialog.editor
    editor.add_step()
    new_step = editor.steps.item(editor.steps.count() - 1).data(256)
    assert new_step not in {s.id for s in dialog.scenario().steps}  # never a former id
    dialog.reject()


def test_scripts_are_edited_in_chinese_whatever_the_ui_language(window, controller) -> None:  # type: ignore[no-untyped-def]
    core = controller.core
    case_id = _wrong_item_case(window, core)
    core.playbooks.follow(case_id, "wrong_item_returned")
    dialog: LibraryDialog = window.open_library("wrong_item_returned")
    editor = dialog.editor
    shown_text = editor.script_text.toPlainText()
    assert shown_text.startswith("亲")  # the buyer's words, not the English gloss
    editor.script_text.setPlainText(shown_text + "谢谢！")
    assert dialog.save()
    script = core.playbooks.library().get("wrong_item_returned").scripts[0]
    assert script.text == {"zh_CN": shown_text + "谢谢！"}
    window.detail.reload()
    window.detail.playbooks.copy_buttons[("wrong_item_returned", script.id)].click()
    assert QGuiApplication.clipboard().text().endswith("谢谢！")
    dialog.reject()


def test_a_double_click_on_a_step_ticks_it_once(window, controller, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    core = controller.core
    case_id = _wrong_item_case(window, core)
    core.playbooks.follow(case_id, "wrong_item_returned")
    window.detail.reload()
    step = core.playbooks.library().get("wrong_item_returned").steps[0]
    key = ("wrong_item_returned", step.id)
    # A double click as the window system delivers it: two press-release pairs in a row, the
    # second one on the panel the first one rebuilt.
    QTest.mouseClick(window.detail.playbooks.step_texts[key], Qt.MouseButton.LeftButton)
    QTest.mouseClick(window.detail.playbooks.step_texts[key], Qt.MouseButton.LeftButton)
    view = core.playbooks.for_case(core.cases.detail(case_id))
    assert view.followed[0].ticks.keys() == {step.id}
    box = window.detail.playbooks.step_boxes[key]
    assert box.isChecked()
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    QTest.mouseClick(window.detail.playbooks.step_texts[key], Qt.MouseButton.LeftButton)
    assert not window.detail.playbooks.step_boxes[key].isChecked()  # a later click unticks


def test_ok_on_an_untouched_evidence_need_changes_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.playbooks.model import EvidenceNeed
    from desktop.gui.features.playbooks.evidence_need_dialog import EvidenceNeedDialog

    need = EvidenceNeed(("other", "wrong_item"), 30, {"zh_CN": "色差照片", "en": "Colour photos"})
    dialog = EvidenceNeedDialog(need, "en")
    qtbot.addWidget(dialog)
    assert dialog.minimum.value() == 30  # a hand-edited file's count is kept, not cut to 20
    dialog.accept_need()
    assert dialog.need == need  # kinds in their order, both languages kept
    dialog.kinds["damage"].setChecked(True)
    dialog.kinds["other"].setChecked(False)
    dialog.accept_need()
    assert dialog.need is not None and dialog.need.kinds == ("wrong_item", "damage")
