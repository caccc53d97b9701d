"""A case's playbooks: what the clocks and the parcel say to do now, the scenarios the case
follows (steps to tick, evidence to collect, reply scripts to copy, outcomes and cautions) and
the scenarios CaseWatch suggests for it."""

from __future__ import annotations

import html
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.evidence_kinds import load_kinds
from desktop.core.model import EventKind
from desktop.core.playbooks.model import Scenario, text_in
from desktop.core.playbooks.placeholders import case_values, fill
from desktop.core.playbooks.prompts import Prompt
from desktop.core.services.cases import CaseDetail
from desktop.core.services.playbooks import CasePlaybooks, Followed
from desktop.gui import i18n, labels, messages
from desktop.gui.context import AppContext
from desktop.gui.features.playbooks.prompt_text import prompt_text

translate = QCoreApplication.translate
PROMPT_STYLE = "background:#fff6cf; color:#4d3b00; padding:8px; border-radius:4px;"
SCRIPT_STYLE = "background:#f1f3f4; padding:6px; border-radius:4px;"
MUTED = "color:#5f6368;"
BUYER_LANGUAGE = "zh_CN"


class PlaybookPanel(QWidget):
    record_requested = Signal(object)  # an EventKind
    intercept_requested = Signal()
    edit_requested = Signal(str)  # a scenario id: open it in the library
    choose_requested = Signal()
    compensation_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._detail: CaseDetail | None = None
        self.view: CasePlaybooks | None = None
        self._evidence_counts: dict[str, int] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.body)
        buttons = QHBoxLayout()
        self.choose_button = QPushButton(translate("Playbook", "Choose a scenario…"))
        self.choose_button.clicked.connect(self.choose_requested)
        buttons.addWidget(self.choose_button)
        self.compensation_button = QPushButton(translate("Playbook", "Compensation…"))
        self.compensation_button.setToolTip(
            translate("Playbook", "How much small compensation to offer, and how to explain it")
        )
        self.compensation_button.clicked.connect(self.compensation_requested)
        buttons.addWidget(self.compensation_button)
        buttons.addStretch(1)
        self._layout.addLayout(buttons)
        self.step_boxes: dict[tuple[str, str], QCheckBox] = {}
        self.step_texts: dict[tuple[str, str], QLabel] = {}
        self._refocus: tuple[str, str] | None = None
        self._text_clicks: dict[tuple[str, str], float] = {}
        self.copy_buttons: dict[tuple[str, str], QPushButton] = {}
        self.follow_buttons: dict[str, QPushButton] = {}
        self.prompt_buttons: dict[str, QPushButton] = {}

    # Showing -----------------------------------------------------------------------------
    def show_case(self, detail: CaseDetail) -> CasePlaybooks:
        self._detail = detail
        self.view = self._ctx.core.playbooks.for_case(detail)
        self._evidence_counts = self._ctx.core.evidence.counts_by_kind(detail.facts.id)
        self._rebuild(detail, self.view)
        return self.view

    def _rebuild(self, detail: CaseDetail, view: CasePlaybooks) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.step_boxes.clear()
        self.step_texts.clear()
        self.copy_buttons.clear()
        self.follow_buttons.clear()
        self.prompt_buttons.clear()
        for prompt in view.prompts:
            self.body_layout.addWidget(self._prompt(prompt))
        language = i18n.current()
        values = case_values(
            detail.facts,
            detail.state,
            platform_name=labels.label,
            local_time=labels.local_time,
        )
        for followed in view.followed:
            self.body_layout.addWidget(self._followed(followed, language, values))
        for missing in view.missing:
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            gone = _wrapped(
                translate(
                    "Playbook",
                    "This case followed the scenario “{id}”, which the library no longer has.",
                ).format(id=missing),
                MUTED,
            )
            row_layout.addWidget(gone, 1)
            drop = QPushButton(translate("Playbook", "Stop following"))
            drop.clicked.connect(lambda _=False, m=missing: self._unfollow_missing(m))
            row_layout.addWidget(drop)
            self.body_layout.addWidget(row)
        if view.suggestions:
            self.body_layout.addWidget(self._suggestions(view, language))
        refocus, self._refocus = self._refocus, None
        if refocus in self.step_boxes:  # ticking rebuilt the panel: stay on the same step
            self.step_boxes[refocus].setFocus()
        if not view.followed and not view.suggestions:
            none = QLabel(
                translate(
                    "Playbook",
                    "No scenario fits this case by its type, reason and stage. Choose one if "
                    "it helps.",
                )
            )
            none.setWordWrap(True)
            none.setStyleSheet(MUTED)
            self.body_layout.addWidget(none)
        self.body_layout.addStretch(1)  # everything at its own height, the space below

    def _prompt(self, prompt: Prompt) -> QWidget:
        frame = QFrame()
        frame.setStyleSheet(PROMPT_STYLE)
        row = QHBoxLayout(frame)
        row.setContentsMargins(6, 4, 6, 4)
        text = QLabel(prompt_text(prompt))
        text.setWordWrap(True)
        row.addWidget(text, 1)
        action = None
        if prompt.code == "extend_receipt_now":
            action = QPushButton(labels.label(EventKind.RECEIPT_EXTENDED) + "…")
            action.clicked.connect(lambda: self.record_requested.emit(EventKind.RECEIPT_EXTENDED))
        elif prompt.code == "intercept":
            action = QPushButton(translate("Playbook", "Intercept…"))
            action.clicked.connect(self.intercept_requested)
        if action is not None:
            row.addWidget(action, 0, Qt.AlignmentFlag.AlignTop)
            self.prompt_buttons[prompt.code] = action
        return frame

    def _followed(self, followed: Followed, language: str, values: dict[str, str]) -> QWidget:
        scenario = followed.scenario
        box = QGroupBox()
        layout = QVBoxLayout(box)
        header = QHBoxLayout()
        title = QLabel(
            f"<b>{html.escape(text_in(scenario.title, language))}</b>"
            f"&nbsp;&nbsp;<span style='{MUTED}'>{followed.done}/{len(scenario.steps)}</span>"
        )
        title.setWordWrap(True)
        header.addWidget(title, 1)
        edit = QPushButton(translate("Playbook", "Edit…"))
        edit.setToolTip(translate("Playbook", "Change this scenario's steps and scripts"))
        edit.clicked.connect(lambda: self.edit_requested.emit(scenario.id))
        header.addWidget(edit)
        drop = QPushButton(translate("Playbook", "Stop following"))
        drop.clicked.connect(lambda: self._unfollow(followed))
        header.addWidget(drop)
        layout.addLayout(header)
        summary = text_in(scenario.summary, language)
        if summary:
            layout.addWidget(_wrapped(summary, MUTED))

        next_step = followed.next_step
        for step in scenario.steps:
            row = QHBoxLayout()
            check = QCheckBox()
            done_at = followed.ticks.get(step.id)
            check.setChecked(done_at is not None)
            check.toggled.connect(lambda on, s=scenario.id, st=step.id: self._tick(s, st, on))
            row.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
            # A label, not the box's own text: long steps wrap instead of widening the panel.
            key = (scenario.id, step.id)
            text = _StepText(text_in(step.text, language), lambda k=key: self._text_clicked(k))
            if step is next_step:
                text.setStyleSheet("font-weight:bold;")
            row.addWidget(text, 1)
            if done_at is not None:
                when = QLabel(labels.local_time(done_at))
                when.setStyleSheet(MUTED)
                row.addWidget(when, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
            self.step_boxes[(scenario.id, step.id)] = check
            self.step_texts[(scenario.id, step.id)] = text

        if scenario.evidence:
            layout.addWidget(_caption(translate("Playbook", "Evidence to collect")))
            kinds = load_kinds()
            for need in scenario.evidence:
                names = " / ".join(
                    text_in(kinds[k].names, language) for k in need.kinds if k in kinds
                )
                have = sum(self._evidence_counts.get(k, 0) for k in need.kinds)
                done = have >= need.minimum
                line = _wrapped(
                    translate("Playbook", "{mark} {text} ({kinds}: {have} of at least {n})").format(
                        mark="✓" if done else "✗",
                        text=text_in(need.text, language),
                        kinds=names,
                        have=have,
                        n=need.minimum,
                    ),
                    "color:#188038;" if done else "color:#a50e0e;",
                )
                layout.addWidget(line)
        if scenario.scripts:
            layout.addWidget(_caption(translate("Playbook", "Reply scripts")))
            for script in scenario.scripts:
                # The words go to the buyer: always in Chinese, the UI's language as a gloss.
                filled = fill(text_in(script.text, BUYER_LANGUAGE), values)
                row = QHBoxLayout()
                row.addWidget(_wrapped(text_in(script.title, language)), 1)
                copy = QPushButton(translate("Playbook", "Copy"))
                copy.clicked.connect(lambda _=False, t=filled, b=copy: self._copy(t, b))
                row.addWidget(copy)
                layout.addLayout(row)
                text = _wrapped(filled, SCRIPT_STYLE)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if language != BUYER_LANGUAGE:
                    text.setToolTip(fill(text_in(script.text, language), values))
                layout.addWidget(text)
                self.copy_buttons[(scenario.id, script.id)] = copy
        if scenario.outcomes:
            layout.addWidget(_caption(translate("Playbook", "Usual outcomes")))
            for outcome in scenario.outcomes:
                layout.addWidget(_wrapped("• " + text_in(outcome, language), MUTED))
        for caution in scenario.cautions:
            layout.addWidget(_wrapped("⚠ " + text_in(caution, language), "color:#8a3b00;"))
        return box

    def _suggestions(self, view: CasePlaybooks, language: str) -> QWidget:
        box = QGroupBox(translate("Playbook", "Suggested for this case"))
        layout = QVBoxLayout(box)
        for suggestion in view.suggestions:
            scenario = suggestion.scenario
            row = QHBoxLayout()
            if suggestion.found:
                why = translate("Playbook", "the case mentions “{words}”").format(
                    words="”, “".join(suggestion.found)
                )
            else:
                why = translate("Playbook", "fits its type and stage")
            text = QLabel(
                f"{html.escape(text_in(scenario.title, language))}"
                f"<br><span style='{MUTED}'>{html.escape(why)}</span>"
            )
            text.setWordWrap(True)
            text.setToolTip(text_in(scenario.summary, language))
            row.addWidget(text, 1)
            follow = QPushButton(translate("Playbook", "Follow"))
            follow.clicked.connect(lambda _=False, s=scenario: self.follow(s))
            row.addWidget(follow, 0, Qt.AlignmentFlag.AlignTop)
            self.follow_buttons[scenario.id] = follow
            layout.addLayout(row)
        return box

    # Acting ------------------------------------------------------------------------------
    def follow(self, scenario: Scenario) -> None:
        if self._detail is not None:
            case_id = self._detail.facts.id
            self._ctx.attempt(self, lambda: self._ctx.core.playbooks.follow(case_id, scenario.id))

    def _tick(self, scenario_id: str, step_id: str, done: bool) -> None:
        if self._detail is None:
            return
        case_id = self._detail.facts.id
        self._refocus = (scenario_id, step_id)
        if not self._ctx.attempt(
            self, lambda: self._ctx.core.playbooks.tick(case_id, scenario_id, step_id, done)
        ):
            self.show_case(self._detail)  # put the box back as stored

    def _unfollow(self, followed: Followed) -> None:
        if self._detail is None:
            return
        if followed.done and not messages.confirm(
            self,
            translate("Playbook", "Stop following this scenario?"),
            translate(
                "Playbook", "The {n} ticked steps of “{title}” on this case are forgotten."
            ).format(n=followed.done, title=text_in(followed.scenario.title, i18n.current())),
        ):
            return
        case_id, scenario_id = self._detail.facts.id, followed.scenario.id
        self._ctx.attempt(self, lambda: self._ctx.core.playbooks.unfollow(case_id, scenario_id))

    def _text_clicked(self, key: tuple[str, str]) -> None:
        """A click on a step's words ticks it. The second click of a double click lands on
        the panel rebuilt by the first: it must not untick at once."""
        now = time.monotonic()
        last = self._text_clicks.get(key, -1.0)
        self._text_clicks[key] = now
        if now - last > QApplication.doubleClickInterval() / 1000 and key in self.step_boxes:
            self.step_boxes[key].click()

    def _unfollow_missing(self, scenario_id: str) -> None:
        if self._detail is not None:
            case_id = self._detail.facts.id
            self._ctx.attempt(self, lambda: self._ctx.core.playbooks.unfollow(case_id, scenario_id))

    def _copy(self, text: str, button: QPushButton) -> None:
        QGuiApplication.clipboard().setText(text)
        button.setText(translate("Playbook", "Copied ✓"))


class _StepText(QLabel):
    """A step's words, wrapped; a click on them ticks the step like its box."""

    def __init__(self, text: str, on_click: Callable[[], None]):
        super().__init__(text)
        self._on_click = on_click
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._on_click()
        super().mouseReleaseEvent(event)


def _wrapped(text: str, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if style:
        label.setStyleSheet(style)
    return label


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("color:#5f6368; font-weight:bold; margin-top:4px;")
    return label
