"""Settings → 提醒: when reminders come (lead times), working hours and the last call before
they end, quiet hours, the card's repeat and sound, the daily briefing, and when a platform's
data counts as stale. Applied on OK, all or nothing."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.core.errors import ValidationError
from desktop.core.services import reminder_settings
from desktop.core.services.reminder_settings import (
    MAX_REPEAT_MINUTES,
    MAX_STALE_HOURS,
    ReminderSettings,
)
from desktop.core.services.settings import MAX_LEADS
from desktop.gui import labels, style
from desktop.gui.context import AppContext
from desktop.gui.widgets.form import ErrorForm

translate = QCoreApplication.translate
UNITS = ((1, "min"), (60, "h"), (24 * 60, "d"))


def unit_name(key: str) -> str:
    return {
        "min": translate("Settings", "minutes"),
        "h": translate("Settings", "hours"),
        "d": translate("Settings", "days"),
    }[key]


def lead_text(minutes: int) -> str:
    return translate("Settings", "{span} before the deadline").format(
        span=labels.duration_text(timedelta(minutes=minutes))
    )


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


def _time_edit(value: time) -> QTimeEdit:
    edit = QTimeEdit(_qtime(value))
    edit.setDisplayFormat("HH:mm")
    return edit


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color:{style.muted()};")
    return label


class LeadTimes(QWidget):
    """The lead times before a deadline, as a list with add and remove."""

    def __init__(self, minutes: tuple[int, ...]):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.leads = QListWidget()
        self.leads.setMaximumHeight(110)
        for m in minutes:
            self._add_item(m)
        layout.addWidget(self.leads)
        row = QHBoxLayout()
        self.lead_value = QSpinBox()
        self.lead_value.setRange(0, 999)  # a 0 typed is refused with a reason, never replaced
        self.lead_value.setValue(2)
        self.lead_unit = QComboBox()
        for factor, key in UNITS:
            self.lead_unit.addItem(unit_name(key), factor)
        self.lead_unit.setCurrentIndex(1)
        add = QPushButton(translate("Settings", "Add"))
        add.clicked.connect(self.add_lead)
        remove = QPushButton(translate("Settings", "Remove selected"))
        remove.clicked.connect(self.remove_lead)
        for w in (self.lead_value, self.lead_unit, add, remove):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color:{style.danger()};")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addWidget(
            _hint(translate("Settings", "CaseWatch also reminds you when a deadline passes."))
        )

    def _add_item(self, minutes: int) -> None:
        item = QListWidgetItem(lead_text(minutes))
        item.setData(Qt.ItemDataRole.UserRole, minutes)
        self.leads.addItem(item)

    def minutes(self) -> list[int]:
        return [
            self.leads.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.leads.count())
        ]

    def add_lead(self) -> None:
        minutes = self.lead_value.value() * self.lead_unit.currentData()
        current = self.minutes()
        problem = ""
        if minutes == 0:
            problem = translate(
                "Settings",
                "0 before the deadline is the deadline itself: CaseWatch always reminds you "
                "then. Type how long before it.",
            )
        elif minutes in current:
            problem = translate("Settings", "This reminder time is in the list already.")
        elif len(current) >= MAX_LEADS:
            problem = translate("Settings", "At most {max} reminder times.").format(max=MAX_LEADS)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if problem:
            return
        self.leads.clear()
        for m in sorted([*current, minutes], reverse=True):
            self._add_item(m)

    def remove_lead(self) -> None:
        for item in self.leads.selectedItems():
            self.leads.takeItem(self.leads.row(item))


class RemindersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        prefs = reminder_settings.load(ctx.core.settings)
        layout = QVBoxLayout(self)
        form_layout = QFormLayout()
        layout.addLayout(form_layout)
        self.form = ErrorForm(form_layout)

        self.lead_times = LeadTimes(ctx.core.settings.lead_minutes)
        self.form.add("lead_minutes", translate("Settings", "Remind me"), self.lead_times)

        hours = QWidget()
        hours_layout = QVBoxLayout(hours)
        hours_layout.setContentsMargins(0, 0, 0, 0)
        days_row = QHBoxLayout()
        self.days: dict[int, QCheckBox] = {}
        for iso in range(1, 8):
            box = QCheckBox(labels.weekday(iso))
            box.setChecked(iso in prefs.work_days)
            self.days[iso] = box
            days_row.addWidget(box)
        days_row.addStretch(1)
        hours_layout.addLayout(days_row)
        times_row = QHBoxLayout()
        self.work_start = _time_edit(prefs.work_start)
        self.work_end = _time_edit(prefs.work_end)
        times_row.addWidget(self.work_start)
        times_row.addWidget(QLabel("–"))
        times_row.addWidget(self.work_end)
        times_row.addStretch(1)
        hours_layout.addLayout(times_row)
        self.last_call = QCheckBox(
            translate(
                "Settings",
                "A deadline outside working hours is also announced as the working day ends "
                "(a 03:00 deadline at 18:00 the day before)",
            )
        )
        self.last_call.setChecked(prefs.last_call)
        hours_layout.addWidget(self.last_call)
        self.form.add("work_end", translate("Settings", "Working hours"), hours)

        quiet = QWidget()
        quiet_row = QHBoxLayout(quiet)
        quiet_row.setContentsMargins(0, 0, 0, 0)
        self.quiet_enabled = QCheckBox(translate("Settings", "No sound from"))
        self.quiet_enabled.setChecked(prefs.quiet_enabled)
        self.quiet_start = _time_edit(prefs.quiet_start)
        self.quiet_end = _time_edit(prefs.quiet_end)
        for w in (
            self.quiet_enabled,
            self.quiet_start,
            QLabel(translate("Settings", "to")),
            self.quiet_end,
        ):
            quiet_row.addWidget(w)
        quiet_row.addWidget(_hint(translate("Settings", "(pushes to phones still go)")), 1)
        self.form.add("quiet", translate("Settings", "Quiet hours"), quiet)

        card = QWidget()
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(0, 0, 0, 0)
        repeat_row = QHBoxLayout()
        self.repeat = QSpinBox()
        self.repeat.setRange(0, MAX_REPEAT_MINUTES)
        self.repeat.setSpecialValueText(translate("Settings", "never"))
        self.repeat.setSuffix(translate("Settings", " min"))
        self.repeat.setValue(prefs.repeat_minutes)
        repeat_row.addWidget(
            QLabel(translate("Settings", "Overdue and not acknowledged: bring the card back every"))
        )
        repeat_row.addWidget(self.repeat)
        repeat_row.addWidget(QLabel(translate("Settings", "until someone acknowledges it")))
        repeat_row.addStretch(1)
        card_layout.addLayout(repeat_row)
        self.sound = QCheckBox(translate("Settings", "Play a sound when the card comes up"))
        self.sound.setChecked(prefs.sound)
        card_layout.addWidget(self.sound)
        self.form.add("repeat_minutes", translate("Settings", "Reminder card"), card)

        briefing = QWidget()
        briefing_row = QHBoxLayout(briefing)
        briefing_row.setContentsMargins(0, 0, 0, 0)
        self.briefing_enabled = QCheckBox(translate("Settings", "Every day at"))
        self.briefing_enabled.setChecked(prefs.briefing_enabled)
        self.briefing_time = _time_edit(prefs.briefing_time)
        briefing_row.addWidget(self.briefing_enabled)
        briefing_row.addWidget(self.briefing_time)
        briefing_row.addWidget(
            _hint(
                translate(
                    "Settings",
                    "overdue, due today and tomorrow, the money at stake, stale data: on "
                    "the card and to every push channel",
                )
            ),
            1,
        )
        self.form.add("briefing", translate("Settings", "Daily briefing"), briefing)

        stale = QWidget()
        stale_row = QHBoxLayout(stale)
        stale_row.setContentsMargins(0, 0, 0, 0)
        self.stale = QSpinBox()
        self.stale.setRange(0, MAX_STALE_HOURS)  # a 0 typed is refused with a reason
        self.stale.setSuffix(translate("Settings", " h"))
        self.stale.setValue(prefs.stale_hours)
        stale_row.addWidget(self.stale)
        stale_row.addWidget(
            _hint(
                translate(
                    "Settings",
                    "without a new export of a platform with open cases: the queue and the "
                    "briefing say its deadlines may have changed",
                )
            ),
            1,
        )
        self.form.add("stale_hours", translate("Settings", "Data is stale after"), stale)
        layout.addWidget(self.form.general)
        layout.addStretch(1)

    def value(self) -> ReminderSettings:
        return ReminderSettings(
            work_days=frozenset(iso for iso, box in self.days.items() if box.isChecked()),
            work_start=_time(self.work_start),
            work_end=_time(self.work_end),
            last_call=self.last_call.isChecked(),
            quiet_enabled=self.quiet_enabled.isChecked(),
            quiet_start=_time(self.quiet_start),
            quiet_end=_time(self.quiet_end),
            repeat_minutes=self.repeat.value(),
            sound=self.sound.isChecked(),
            briefing_enabled=self.briefing_enabled.isChecked(),
            briefing_time=_time(self.briefing_time),
            stale_hours=self.stale.value(),
        )

    def save(self) -> Changes | None:
        """Store everything on the page, or nothing: None, with the problems beside their
        fields."""
        core = self._ctx.core
        self.form.clear()
        problems = reminder_settings.check(self.value())
        try:
            if problems:
                raise ValidationError(problems)
            changes = core.settings.set_lead_minutes(self.lead_times.minutes())
        except ValidationError as err:
            self.form.show_problems(err.problems)
            return None
        return changes | reminder_settings.save(core.settings, self.value())
