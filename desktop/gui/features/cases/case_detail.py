"""One case: its facts, every running clock with its source, what to record next, and the
timeline (append-only: a mistake is withdrawn by a new event)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.deadlines import (
    CLOCK_START_ESTIMATED,
    EXTENSION_OVER_LIMIT,
    NO_CLOCK_KNOWN,
    PLATFORM_DISAGREES,
)
from desktop.core.errors import UserError
from desktop.core.model import Disagreement, Event, EventKind, RunningClock
from desktop.core.playbooks.model import text_in
from desktop.core.services.cases import CaseDetail
from desktop.gui import i18n, labels
from desktop.gui.context import AppContext
from desktop.gui.event_text import event_details
from desktop.gui.features.cases.case_dialog import CaseDialog
from desktop.gui.features.cases.event_dialog import EventDialog, RevokeDialog
from desktop.gui.features.cases.intercept_dialog import InterceptDialog
from desktop.gui.features.evidence.evidence_panel import EvidencePanel
from desktop.gui.features.playbooks.choose_dialog import ChooseScenarioDialog
from desktop.gui.features.playbooks.compensation_dialog import CompensationDialog
from desktop.gui.features.playbooks.playbook_panel import PlaybookPanel
from desktop.gui.labels import Urgency
from desktop.gui.models.queue_model import URGENCY_COLOURS
from desktop.gui.rule_text import clock_source, party_title

translate = QCoreApplication.translate

#: The order of the "record" buttons; the detail shows only those allowed now.
BUTTON_ORDER = (
    EventKind.AGREED,
    EventKind.RETURN_SHIPPED,
    EventKind.RETURN_RECEIVED,
    EventKind.RECEIPT_EXTENDED,
    EventKind.REFUNDED,
    EventKind.REJECTED,
    EventKind.ESCALATED,
    EventKind.REAPPLIED,
    EventKind.CLOSED,
    EventKind.PLATFORM_SETTLED,
    EventKind.DEADLINE_CHANGED,
    EventKind.RESEND_SHIPPED,
    EventKind.COMPENSATION_PAID,
    EventKind.INTERCEPTED,
    EventKind.NOTE,
)


def disagreement_text(d: Disagreement) -> str:
    """待核对: both facts, for the user to settle on the platform or in CaseWatch."""
    return translate(
        "CaseDetail",
        "Check: the platform's export (its data as of {as_of}) still says “{status}” "
        "({platform_stage}), but you recorded “{recorded}” at {recorded_at}. Your record "
        "stands and the clocks follow it; if the platform has not registered it yet, do it "
        "there, or withdraw your entry if it was a mistake.",
    ).format(
        as_of=labels.local_time(d.as_of),
        status=d.platform_status or labels.label(d.platform_stage),
        platform_stage=labels.label(d.platform_stage),
        recorded=labels.label(d.recorded_kind),
        recorded_at=labels.local_time(d.recorded_at),
    )


def warning_text(code: str) -> str:
    return {
        NO_CLOCK_KNOWN: translate(
            "CaseDetail",
            "No clock is known for this platform and stage. Enter the deadline shown in the "
            "platform's back-end (Platform deadline changed), so that CaseWatch can warn you.",
        ),
        CLOCK_START_ESTIMATED: translate(
            "CaseDetail",
            "The return's shipping was not recorded: the clock counts from a later event, so "
            "the real deadline may be earlier.",
        ),
        EXTENSION_OVER_LIMIT: translate(
            "CaseDetail", "More receipt extensions were recorded than the platform allows."
        ),
    }.get(code, code)


class CaseDetailView(QScrollArea):
    edit_scenario_requested = Signal(str)  # open the playbook library at this scenario

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._detail: CaseDetail | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(14, 10, 14, 10)

        self.empty = QLabel(
            translate("CaseDetail", "Choose a case on the left to see its clocks and timeline.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color:#5f6368; padding:40px;")
        layout.addWidget(self.empty)

        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.content)
        layout.addStretch(1)

        header = QHBoxLayout()
        self.title = QLabel()
        title_font = QFont()
        title_font.setPointSize(title_font.pointSize() + 4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header.addWidget(self.title, 1)
        self.edit_button = QPushButton(translate("CaseDetail", "Correct details…"))
        self.edit_button.clicked.connect(self._edit)
        header.addWidget(self.edit_button)
        content.addLayout(header)
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.RichText)
        content.addWidget(self.subtitle)
        self.next_step = QLabel()
        self.next_step.setWordWrap(True)
        self.next_step.setStyleSheet("color:#1a73e8; font-weight:bold;")
        content.addWidget(self.next_step)

        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setWordWrap(True)
        content.addWidget(self.facts)

        self.clocks_box = QGroupBox(translate("CaseDetail", "Clocks"))
        self.clocks_layout = QVBoxLayout(self.clocks_box)
        content.addWidget(self.clocks_box)

        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(
            "background:#fff6cf; color:#4d3b00; padding:8px; border-radius:4px;"
        )
        content.addWidget(self.warnings)

        self.actions_box = QGroupBox(translate("CaseDetail", "Record what happened"))
        self.actions_layout = QGridLayout(self.actions_box)
        content.addWidget(self.actions_box)
        self.event_buttons: dict[EventKind, QPushButton] = {}

        # What to do (the playbooks) and what happened (the timeline), one tab each.
        self.tabs = QTabWidget()
        self.playbooks = PlaybookPanel(ctx)
        self.playbooks.record_requested.connect(self.record)
        self.playbooks.intercept_requested.connect(self._intercept)
        self.playbooks.choose_requested.connect(self._choose_scenario)
        self.playbooks.compensation_requested.connect(self._compensation)
        self.playbooks.edit_requested.connect(self.edit_scenario_requested)
        self.tabs.addTab(self.playbooks, translate("CaseDetail", "What to do"))
        timeline_box = QWidget()
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(0, 4, 0, 0)
        self.timeline = QTreeWidget()
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels(
            [
                translate("CaseDetail", "When"),
                translate("CaseDetail", "What"),
                translate("CaseDetail", "Details"),
            ]
        )
        self.timeline.setMinimumHeight(180)
        self.timeline.itemSelectionChanged.connect(self._update_revoke)
        timeline_layout.addWidget(self.timeline)
        revoke_row = QHBoxLayout()
        revoke_row.addStretch(1)
        self.revoke_button = QPushButton(translate("CaseDetail", "Withdraw selected event…"))
        self.revoke_button.setEnabled(False)
        self.revoke_button.clicked.connect(self._revoke)
        revoke_row.addWidget(self.revoke_button)
        timeline_layout.addLayout(revoke_row)
        self.tabs.addTab(timeline_box, translate("CaseDetail", "Timeline"))
        self.evidence = EvidencePanel(ctx)
        self.tabs.addTab(self.evidence, translate("CaseDetail", "Evidence"))
        content.addWidget(self.tabs)
        self.show_case(None)

    # Showing -----------------------------------------------------------------------------
    @property
    def case_id(self) -> int | None:
        return self._detail.facts.id if self._detail else None

    def show_case(self, case_id: int | None) -> None:
        if case_id is None:
            self._detail = None
        else:
            try:
                self._detail = self._ctx.core.cases.detail(case_id)
            except UserError:
                self._detail = None  # removed meanwhile
        self.empty.setVisible(self._detail is None)
        self.content.setVisible(self._detail is not None)
        if self._detail is not None:
            self._render(self._detail)

    def reload(self) -> None:
        self.show_case(self.case_id)

    def tick(self) -> None:
        if self._detail is not None:
            self._render_clocks(self._detail)

    def _render(self, d: CaseDetail) -> None:
        f = d.facts
        self.title.setText(f"{labels.label(f.platform)} · {f.after_sale_id}")
        stage_colour = "#1e7a4f" if d.state.is_open else "#5f6368"
        product = f"{html.escape(f.product)} · " if f.product else ""
        self.subtitle.setText(
            f"{product}{html.escape(labels.label(f.case_type))}"
            f" · {html.escape(labels.money(f.amount_fen))}"
            f" · <span style='color:{stage_colour}; font-weight:bold'>"
            f"{html.escape(labels.label(d.state.stage))}</span>"
        )
        rows = [
            (translate("CaseDetail", "Order id"), f.order_id),
            (translate("CaseDetail", "Buyer"), f.buyer),
            (translate("CaseDetail", "Reason"), f.reason),
            (translate("CaseDetail", "Applied at"), labels.local_time(f.applied_at)),
        ]
        if d.state.return_tracking_no:
            rows.append(
                (
                    translate("CaseDetail", "Return parcel"),
                    f"{d.state.return_courier} {d.state.return_tracking_no}".strip(),
                )
            )
        if f.ship_tracking_no or f.logistics_status:
            parcel = f"{f.ship_courier} {f.ship_tracking_no}".strip()
            if f.logistics_status:
                parcel = f"{parcel} · {f.logistics_status}" if parcel else f.logistics_status
            rows.append((translate("CaseDetail", "Outbound parcel"), parcel))
        if d.state.intercepted_at is not None:
            rows.append(
                (
                    translate("CaseDetail", "Intercepted"),
                    labels.local_time(d.state.intercepted_at),
                )
            )
        if d.state.platform_status:
            rows.append((translate("CaseDetail", "Platform status"), d.state.platform_status))
        self.facts.setText(
            "<table cellspacing=2>"
            + "".join(
                f"<tr><td style='color:#5f6368; padding-right:10px'>{html.escape(k)}</td>"
                f"<td>{html.escape(v or '—')}</td></tr>"
                for k, v in rows
            )
            + "</table>"
        )
        self._render_clocks(d)
        warnings = [
            disagreement_text(d.state.disagreement)
            if w == PLATFORM_DISAGREES and d.state.disagreement is not None
            else warning_text(w)
            for w in d.state.warnings
        ]
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self._render_actions(d)
        self._render_timeline(d)
        view = self.playbooks.show_case(d)
        language = i18n.current()
        # What the followed scenarios ask for; before one is followed, the best suggestion's.
        scenarios = [f.scenario for f in view.followed] or [
            s.scenario for s in view.suggestions[:1] if s.scenario.evidence
        ]
        needs = [
            (text_in(need.text, language), need.kinds, need.minimum)
            for scenario in scenarios
            for need in scenario.evidence
        ]
        self.evidence.show_case(d, needs)
        count = len(self.evidence.selectable_items())
        self.tabs.setTabText(
            2,
            translate("CaseDetail", "Evidence ({n})").format(n=count)
            if count
            else translate("CaseDetail", "Evidence"),
        )
        done, total = view.progress
        self.tabs.setTabText(
            0,
            translate("CaseDetail", "What to do ({done}/{total})").format(done=done, total=total)
            if total
            else translate("CaseDetail", "What to do"),
        )
        upcoming = view.next_step
        if upcoming is not None and d.state.is_open:
            scenario, step = upcoming
            self.next_step.setText(
                translate("CaseDetail", "Next step: {step}").format(
                    step=text_in(step.text, i18n.current())
                )
            )
            self.next_step.setToolTip(text_in(scenario.title, i18n.current()))
        self.next_step.setVisible(upcoming is not None and d.state.is_open)

    def _render_clocks(self, d: CaseDetail) -> None:
        while self.clocks_layout.count():
            item = self.clocks_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        rules = self._ctx.core.rules.current()
        now = self._ctx.clock.now()
        if not d.state.clocks:
            text = (
                translate("CaseDetail", "No clock is running: the case is finished.")
                if not d.state.is_open
                else translate("CaseDetail", "No clock is running in this stage.")
            )
            note = QLabel(text)
            note.setStyleSheet("color:#5f6368;")
            self.clocks_layout.addWidget(note)
            return
        for clock in d.state.clocks:
            self.clocks_layout.addWidget(self._clock_label(clock, rules, now))

    def _clock_label(self, clock: RunningClock, rules, now) -> QLabel:  # type: ignore[no-untyped-def]
        urgency = labels.urgency(clock.due_at, now)
        background, colour = URGENCY_COLOURS.get(urgency, ("#f1f3f4", "#202124"))
        if clock.superseded:
            background, colour = "#f8f9fa", "#80868b"
        until = translate("CaseDetail", "until {time}").format(time=labels.local_time(clock.due_at))
        lines = [
            f"<b>{html.escape(party_title(clock.party))}</b> · "
            f"<span style='font-size:large; font-weight:bold'>"
            f"{html.escape(labels.countdown(clock.due_at, now))}</span>"
            " · " + html.escape(until),
            html.escape(labels.action_sentence(clock.action)),
        ]
        if clock.superseded:
            lines.append(
                html.escape(translate("CaseDetail", "Replaced by the platform's own deadline."))
            )
        if clock.extension_available_at is not None:
            lines.append(html.escape(self._extension_text(clock, rules, now)))
        elif clock.extensions_used:
            lines.append(html.escape(translate("CaseDetail", "Receipt extension used.")))
        lines.append(
            f"<span style='color:#5f6368; font-size:small'>"
            f"{html.escape(clock_source(clock, rules))}</span>"
        )
        label = QLabel("<br>".join(lines))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setStyleSheet(
            f"background:{background}; color:{colour}; padding:8px; border-radius:6px;"
        )
        if clock.rule_id is not None and clock.rule_id in rules:
            label.setToolTip(f"“{rules.get(clock.rule_id).quote}”")
        label.setProperty("urgency", int(urgency) if not clock.superseded else int(Urgency.NONE))
        label.setProperty("party", clock.party.value)
        return label

    @staticmethod
    def _extension_text(clock: RunningClock, rules, now) -> str:  # type: ignore[no-untyped-def]
        rule = rules.get(clock.rule_id) if clock.rule_id in rules else None
        adds = labels.duration_text(rule.extension.adds) if rule and rule.extension else ""
        available = clock.extension_available_at
        left = clock.extensions_left
        if available is not None and available > now:
            later = translate("CaseDetail", "Receipt extension (延长收货, +{adds}) from {time}; %n left.", None, left)  # fmt: skip  # noqa: E501
            return later.format(adds=adds, time=labels.local_time(available))
        now_text = translate("CaseDetail", "Receipt extension (延长收货, +{adds}) can be used now; %n left.", None, left)  # fmt: skip  # noqa: E501
        return now_text.format(adds=adds)

    def _render_actions(self, d: CaseDetail) -> None:
        for button in self.event_buttons.values():
            self.actions_layout.removeWidget(button)
            button.deleteLater()
        self.event_buttons.clear()
        allowed = set(self._ctx.core.cases.allowed_events(d))
        if not d.facts.ship_tracking_no or d.state.intercepted_at is not None:
            allowed.discard(EventKind.INTERCEPTED)  # only a parcel that was sent can be stopped
        shown = [k for k in BUTTON_ORDER if k in allowed]
        for n, kind in enumerate(shown):
            button = QPushButton(labels.label(kind))
            button.clicked.connect(lambda _=False, k=kind: self.record(k))
            self.actions_layout.addWidget(button, n // 3, n % 3)
            self.event_buttons[kind] = button

    def _render_timeline(self, d: CaseDetail) -> None:
        self.timeline.clear()
        by_id = {e.id: e for e in d.events}
        for event in d.timeline:
            item = QTreeWidgetItem(
                [
                    labels.local_time(event.occurred_at),
                    labels.label(event.kind),
                    event_details(event, by_id),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, event.id)
            item.setToolTip(
                2,
                translate("CaseDetail", "Recorded {time}").format(
                    time=labels.local_time(event.recorded_at, seconds=True)
                ),
            )
            if event.id in d.revoked:
                font = item.font(1)
                font.setStrikeOut(True)
                for column in range(3):
                    item.setFont(column, font)
                    item.setForeground(column, QColor("#80868b"))
            self.timeline.addTopLevelItem(item)
        for column in range(2):
            self.timeline.resizeColumnToContents(column)

    # Acting ------------------------------------------------------------------------------
    def record(self, kind: EventKind) -> EventDialog | None:
        if self._detail is None:
            return None
        dialog = EventDialog(self._ctx, self._detail.facts.id, kind, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _edit(self) -> None:
        if self._detail is not None:
            dialog = CaseDialog(self._ctx, self, case_id=self._detail.facts.id)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    def _intercept(self) -> None:
        if self._detail is not None:
            dialog = InterceptDialog(self._ctx, [self._detail.facts.id], self)
            dialog.open()

    def _choose_scenario(self) -> None:
        if self._detail is not None and self.playbooks.view is not None:
            followed = {f.scenario.id for f in self.playbooks.view.followed}
            ChooseScenarioDialog(self._ctx, self._detail.facts.id, followed, self).open()

    def _compensation(self) -> None:
        if self._detail is not None:
            CompensationDialog(self._detail.facts.amount_fen, self).open()

    def selected_event(self) -> Event | None:
        items = self.timeline.selectedItems()
        if not items or self._detail is None:
            return None
        event_id = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((e for e in self._detail.events if e.id == event_id), None)

    def _update_revoke(self) -> None:
        event = self.selected_event()
        self.revoke_button.setEnabled(
            event is not None
            and self._detail is not None
            and event.id not in self._detail.revoked
            and event.kind not in (EventKind.CREATED, EventKind.EDITED)
        )

    def _revoke(self) -> None:
        event = self.selected_event()
        if event is not None and self._detail is not None:
            dialog = RevokeDialog(self._ctx, self._detail.facts.id, event, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
