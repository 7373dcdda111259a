"""The forms of the three registers. Each returns a domain record; the tab saves it.

The vertrouwenspersoon's form has no text field at all: the register is anonymous
by design. The klokkenluiders' subject is one short line, with a reminder that it
holds no identities.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from swtgov.domain.confidential.model import (
    CHANNELS,
    CONSULTATIONS_MAX,
    OUTCOMES,
    PEOPLE_MAX,
    STATUSES,
    SUBJECT_MAX,
    CounsellorReport,
    DataBreach,
    WhistleblowerReport,
)
from swtgov.ui.confidential.fields import OptionalDate, OptionalMoment, from_qdatetime, moment_edit
from swtgov.ui.widgets import date_edit, from_qdate

#: the causes a datalek usually has; the field also takes any other text
COMMON_CAUSES = (
    "e-mail aan verkeerde ontvanger",
    "phishing",
    "verloren of gestolen apparaat",
    "hacking of malware",
    "onbevoegde toegang",
    "onjuiste deelrechten",
    "fysiek verlies van papier",
)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5b6472;")
    return label


class CounsellorDialog(QDialog):
    """A melding bij de vertrouwenspersoon: date, categories, consultations, outcome."""

    def __init__(self, categories: list[str], report: CounsellorReport | None, today: dt.date,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Confidential counsellor") if report is None else self.tr("Edit report"))
        self.date = date_edit(report.reported_on if report else today)
        chosen = set(report.categories) if report else set()
        self.category_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for index, category in enumerate(categories):
            box = QCheckBox(category)
            box.setChecked(category in chosen)
            self.category_boxes[category] = box
            grid.addWidget(box, index // 2, index % 2)
        self.consultations = QSpinBox()
        self.consultations.setRange(0, CONSULTATIONS_MAX)
        self.consultations.setValue(report.consultations if report else 1)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("(still running)"), None)
        for outcome in OUTCOMES:
            self.outcome.addItem(outcome, outcome)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(report.outcome)) if report and report.outcome else 0)
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Categories:"), grid)
        form.addRow(self.tr("Consultations:"), self.consultations)
        form.addRow(self.tr("Outcome:"), self.outcome)
        layout = QVBoxLayout(self)
        layout.addWidget(_note(self.tr("This register is anonymous: it has no field for a name and no free text.")))
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def record(self) -> CounsellorReport:
        """The melding as entered."""
        return CounsellorReport(
            self.report.id if self.report else None,
            from_qdate(self.date.date()),
            tuple(c for c, box in self.category_boxes.items() if box.isChecked()),
            self.consultations.value(),
            self.outcome.currentData(),
        )


class WhistleblowerDialog(QDialog):
    """A klokkenluidersmelding: receipt, channel, subject, the clocks' dates, status."""

    def __init__(self, report: WhistleblowerReport | None, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Whistleblower report") if report is None else self.tr("Edit report"))
        self.received = date_edit(report.received_on if report else today)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("(unknown)"), None)
        for channel in CHANNELS:
            self.channel.addItem(channel, channel)
        if report and report.channel:
            self.channel.setCurrentIndex(max(0, self.channel.findData(report.channel)))
        self.subject = QLineEdit(report.subject if report else "")
        self.subject.setMaxLength(SUBJECT_MAX)
        self.subject.setPlaceholderText(self.tr("Short, without names or other identities"))
        self.acknowledged = OptionalDate(self.tr("sent on"), report.acknowledged_on if report else None, today)
        self.feedback = OptionalDate(self.tr("given on"), report.feedback_on if report else None, today)
        self.extended = OptionalDate(self.tr("extended to"), report.extended_to if report else None, today)
        self.reason = QPlainTextEdit(report.extension_reason if report else "")
        self.reason.setFixedHeight(60)
        self.status = QComboBox()
        self.status.addItems(list(STATUSES))
        self.status.setCurrentText(report.status if report else STATUSES[0])
        form = QFormLayout()
        form.addRow(self.tr("Received on:"), self.received)
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Acknowledgement:"), self.acknowledged)
        form.addRow(self.tr("Feedback:"), self.feedback)
        form.addRow(self.tr("Extension:"), self.extended)
        form.addRow(self.tr("Reason for extension:"), self.reason)
        form.addRow(self.tr("Status:"), self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(_note(self.tr(
            "Acknowledge within 7 days; give feedback within 3 months of the acknowledgement. The feedback "
            "term may be extended once, by at most 3 months, with a reason. The register never holds who reported.")))
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(560, self.sizeHint().height())

    def record(self) -> WhistleblowerReport:
        """The melding as entered."""
        return WhistleblowerReport(
            id=self.report.id if self.report else None,
            received_on=from_qdate(self.received.date()),
            channel=self.channel.currentData(),
            subject=self.subject.text().strip(),
            acknowledged_on=self.acknowledged.value(),
            feedback_on=self.feedback.value(),
            extended_to=self.extended.value(),
            extension_reason=self.reason.toPlainText().strip(),
            status=self.status.currentText(),
        )


_DECISIONS = (None, True, False)


class BreachDialog(QDialog):
    """A datalek: what, when, whom, and the decision about the AP."""

    def __init__(self, breach: DataBreach | None, now: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.breach = breach
        self.setWindowTitle(self.tr("Data breach") if breach is None else self.tr("Edit data breach"))
        b = breach
        self.discovered = moment_edit(b.discovered_at if b else now.replace(second=0, microsecond=0))
        self.description = self._text(b.description if b else "", 70)
        self.cause = QComboBox()
        self.cause.setEditable(True)
        self.cause.addItems(list(COMMON_CAUSES))
        self.cause.setCurrentText(b.cause if b else "")
        self.data_kinds = QLineEdit(b.data_kinds if b else "")
        self.special = QCheckBox(self.tr("Special categories of personal data or BSN"))
        self.special.setChecked(bool(b and b.special_data))
        self.people = QSpinBox()
        self.people.setRange(-1, PEOPLE_MAX)
        self.people.setSpecialValueText(self.tr("unknown"))
        self.people.setValue(b.people if b and b.people is not None else -1)
        self.consequences = self._text(b.consequences if b else "", 50)
        self.measures = self._text(b.measures if b else "", 50)
        self.decision = QComboBox()
        for text, value in zip((self.tr("No decision yet"), self.tr("Notified"), self.tr("Not notified")),
                               _DECISIONS, strict=True):  # fmt: skip
            self.decision.addItem(text, value)
        self.decision.setCurrentIndex(_DECISIONS.index(b.notify_ap) if b else 0)
        self.notified = OptionalMoment(self.tr("notified at"), b.notified_at if b else None, now)
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self.ap_reference = QLineEdit(b.ap_reference if b else "")
        self.reason_not = self._text(b.reason_not_notified if b else "", 50)
        self.reason_late = self._text(b.reason_late if b else "", 50)
        self.informed = QCheckBox(self.tr("The people concerned were informed (art. 34)"))
        self.informed.setChecked(bool(b and b.people_informed))
        self.closed = OptionalDate(self.tr("closed on"), b.closed_on if b else None, now.date())
        form = QFormLayout()
        form.addRow(self.tr("Discovered at:"), self.discovered)
        form.addRow(self.tr("What happened:"), self.description)
        form.addRow(self.tr("Cause:"), self.cause)
        form.addRow(self.tr("Kinds of personal data:"), self.data_kinds)
        form.addRow("", self.special)
        form.addRow(self.tr("People concerned:"), self.people)
        form.addRow(self.tr("Consequences:"), self.consequences)
        form.addRow(self.tr("Measures:"), self.measures)
        form.addRow(self.tr("Autoriteit Persoonsgegevens:"), self.decision)
        form.addRow("", self.notified)
        form.addRow(self.tr("AP reference:"), self.ap_reference)
        form.addRow(self.tr("Why not notified:"), self.reason_not)
        form.addRow(self.tr("Why later than 72 hours:"), self.reason_late)
        form.addRow("", self.informed)
        form.addRow(self.tr("Dealt with:"), self.closed)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(_note(self.tr(
            "Every breach is registered, notified or not. The Autoriteit Persoonsgegevens must be notified "
            "within 72 hours of discovery, unless the breach is unlikely to be a risk to the people concerned.")))
        layout.addWidget(scroll, 1)
        layout.addWidget(_buttons(self))
        self.resize(640, 720)

    def _decision_changed(self) -> None:
        """Notified needs its moment: switch the field on; not notified has none."""
        decision = self.decision.currentData()
        if decision is True:
            self.notified.check.setChecked(True)
        elif decision is False:
            self.notified.check.setChecked(False)

    @staticmethod
    def _text(value: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setFixedHeight(height)
        edit.setTabChangesFocus(True)
        return edit

    def record(self) -> DataBreach:
        """The datalek as entered."""
        people = self.people.value()
        return DataBreach(
            id=self.breach.id if self.breach else None,
            discovered_at=from_qdatetime(self.discovered.dateTime()),
            description=self.description.toPlainText().strip(),
            cause=self.cause.currentText().strip(),
            data_kinds=self.data_kinds.text().strip(),
            special_data=self.special.isChecked(),
            people=None if people < 0 else people,
            consequences=self.consequences.toPlainText().strip(),
            measures=self.measures.toPlainText().strip(),
            notify_ap=self.decision.currentData(),
            notified_at=self.notified.value(),
            ap_reference=self.ap_reference.text().strip(),
            reason_not_notified=self.reason_not.toPlainText().strip(),
            reason_late=self.reason_late.toPlainText().strip(),
            people_informed=self.informed.isChecked(),
            closed_on=self.closed.value(),
        )
