"""The forms of the three registers, on the shared :class:`FormDialog`.

Each form opens on its first field, checks the input with the domain's own rules
before it closes (the Dutch reason shows at the field, nothing typed is lost) and
returns a domain record from :meth:`record`; the tab sets ``submit`` to save it.
Dates are the app's one :class:`DateField`, moments its :class:`MomentField` in
Europe/Amsterdam wall-clock time.

The vertrouwenspersoon's form has no text field at all: the register is anonymous
by design. The klokkenluiders' subject is one short line, with a reminder that it
holds no identities.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from swtgov.domain.confidential.clocks import TIMEZONE
from swtgov.domain.confidential.model import (
    CHANNELS,
    CONSULTATIONS_MAX,
    OUTCOMES,
    PEOPLE_MAX,
    STATUSES,
    SUBJECT_MAX,
    CounsellorReport,
    DataBreach,
    FieldProblem,
    WhistleblowerReport,
    validate_breach,
    validate_counsellor,
    validate_whistleblower,
)
from swtgov.services.confidential.registers import FIELD_LABELS
from swtgov.ui.dialogs.form import FormDialog, Problem
from swtgov.ui.widgets import DateField, MomentField

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


def _text(value: str, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(value)
    edit.setFixedHeight(height)
    edit.setTabChangesFocus(True)
    return edit


class _RegisterForm(FormDialog):
    """A register's form: Opslaan/Annuleren, domain problems shown at their fields.

    Subclasses fill :attr:`columns` (import column → widget) and implement
    :meth:`record` and :meth:`domain_problems`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)  # fmt: skip
        self.columns: dict[str, QWidget] = {}

    def set_columns(self, columns: dict[str, QWidget]) -> None:
        """Where each column's problem shows; a service refusal ``"label: ..."`` finds it too."""
        self.columns = columns
        self.field_names = {FIELD_LABELS.get(column, column): widget for column, widget in columns.items()}

    def domain_problems(self) -> Sequence[FieldProblem]:
        """The domain's problems with :meth:`record` (only called when every date is readable)."""
        return []

    def check(self) -> list[Problem]:
        if not all(field.valid for field in self.date_fields()):
            return []  # the date fields say what is wrong with them
        first = next(iter(self.columns.values()))
        return [(self.columns.get(column, first), f"{FIELD_LABELS.get(column, column)}: {reason}")
                for column, reason in self.domain_problems()]  # fmt: skip


class CounsellorDialog(_RegisterForm):
    """A melding bij de vertrouwenspersoon: date, categories, consultations, outcome."""

    def __init__(self, categories: list[str], report: CounsellorReport | None, today: dt.date,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.report = report
        self.categories = list(categories)
        self.setWindowTitle(self.tr("Confidential counsellor") if report is None else self.tr("Edit report"))
        self.set_intro(self.tr("This register is anonymous: it has no field for a name and no free text."))
        self.date = DateField(report.reported_on if report else today)
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
        self.form.addRow(self.tr("Date:"), self.date)
        self.form.addRow(self.tr("Categories:"), grid)
        self.form.addRow(self.tr("Consultations:"), self.consultations)
        self.form.addRow(self.tr("Outcome:"), self.outcome)
        first_box = next(iter(self.category_boxes.values()), self.date)
        self.set_columns({"datum": self.date, "categorie": first_box, "gesprekken": self.consultations,
                          "afloop": self.outcome})  # fmt: skip

    def record(self) -> CounsellorReport:
        """The melding as entered."""
        day = self.date.value()
        return CounsellorReport(
            self.report.id if self.report else None,
            day if day is not None else dt.date.min,
            tuple(c for c, box in self.category_boxes.items() if box.isChecked()),
            self.consultations.value(),
            self.outcome.currentData(),
        )

    def domain_problems(self) -> Sequence[FieldProblem]:
        return validate_counsellor(self.record(), self.categories)


class WhistleblowerDialog(_RegisterForm):
    """A klokkenluidersmelding: receipt, channel, subject, the clocks' dates, status."""

    def __init__(self, report: WhistleblowerReport | None, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Whistleblower report") if report is None else self.tr("Edit report"))
        self.set_intro(self.tr(
            "Acknowledge within 7 days; give feedback within 3 months of the acknowledgement. The feedback "
            "term may be extended once, by at most 3 months, with a reason. The register never holds who reported."))
        r = report
        self.received = DateField(r.received_on if r else today)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("(unknown)"), None)
        for channel in CHANNELS:
            self.channel.addItem(channel, channel)
        if r and r.channel:
            self.channel.setCurrentIndex(max(0, self.channel.findData(r.channel)))
        self.subject = QLineEdit(r.subject if r else "")
        self.subject.setMaxLength(SUBJECT_MAX)
        self.subject.setPlaceholderText(self.tr("Short, without names or other identities"))
        self.acknowledged = DateField(r.acknowledged_on if r else None, optional=True)
        self.feedback = DateField(r.feedback_on if r else None, optional=True)
        self.extended = DateField(r.extended_to if r else None, optional=True)
        self.reason = _text(r.extension_reason if r else "", 60)
        self.status = QComboBox()
        self.status.addItems(list(STATUSES))
        self.status.setCurrentText(r.status if r else STATUSES[0])
        self.form.addRow(self.tr("Received on:"), self.received)
        self.form.addRow(self.tr("Channel:"), self.channel)
        self.form.addRow(self.tr("Subject:"), self.subject)
        self.form.addRow(self.tr("Acknowledged on:"), self.acknowledged)
        self.form.addRow(self.tr("Feedback given on:"), self.feedback)
        self.form.addRow(self.tr("Extended to:"), self.extended)
        self.form.addRow(self.tr("Reason for extension:"), self.reason)
        self.form.addRow(self.tr("Status:"), self.status)
        self.set_columns({"ontvangen_op": self.received, "kanaal": self.channel, "onderwerp": self.subject,
                          "ontvangst_bevestigd_op": self.acknowledged, "terugkoppeling_op": self.feedback,
                          "verlenging_tot": self.extended, "reden_verlenging": self.reason,
                          "status": self.status})  # fmt: skip
        self.resize(600, self.sizeHint().height())

    def record(self) -> WhistleblowerReport:
        """The melding as entered."""
        received = self.received.value()
        return WhistleblowerReport(
            id=self.report.id if self.report else None,
            received_on=received if received is not None else dt.date.min,
            channel=self.channel.currentData(),
            subject=self.subject.text().strip(),
            acknowledged_on=self.acknowledged.value(),
            feedback_on=self.feedback.value(),
            extended_to=self.extended.value(),
            extension_reason=self.reason.toPlainText().strip(),
            status=self.status.currentText(),
        )

    def domain_problems(self) -> Sequence[FieldProblem]:
        return validate_whistleblower(self.record())


_DECISIONS = (None, True, False)


class BreachDialog(_RegisterForm):
    """A datalek: what, when, whom, and the decision about the AP. The form scrolls on a small screen."""

    def __init__(self, breach: DataBreach | None, now: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.breach = breach
        self.setWindowTitle(self.tr("Data breach") if breach is None else self.tr("Edit data breach"))
        self.set_intro(self.tr(
            "Every breach is registered, notified or not. The Autoriteit Persoonsgegevens must be notified "
            "within 72 hours of discovery, unless the breach is unlikely to be a risk to the people concerned. "
            "Times are Dutch time."))
        b = breach
        self.discovered = MomentField(b.discovered_at if b else now.replace(second=0, microsecond=0), tz=TIMEZONE)
        self.description = _text(b.description if b else "", 70)
        self.cause = QComboBox()
        self.cause.setEditable(True)
        self.cause.addItems(list(COMMON_CAUSES))
        self.cause.setCurrentText(b.cause if b else "")
        self.data_kinds = QLineEdit(b.data_kinds if b else "")
        self.special = QCheckBox(self.tr("Special categories of personal data or BSN"))
        self.special.setChecked(bool(b and b.special_data))
        self.people = QSpinBox()
        self.people.setRange(-1, PEOPLE_MAX)
        self.people.setGroupSeparatorShown(True)
        self.people.setSpecialValueText(self.tr("unknown"))
        self.people.setValue(b.people if b and b.people is not None else -1)
        self.consequences = _text(b.consequences if b else "", 50)
        self.measures = _text(b.measures if b else "", 50)
        self.decision = QComboBox()
        for text, value in zip((self.tr("No decision yet"), self.tr("Notified"), self.tr("Not notified")),
                               _DECISIONS, strict=True):  # fmt: skip
            self.decision.addItem(text, value)
        self.decision.setCurrentIndex(_DECISIONS.index(b.notify_ap) if b else 0)
        self.notified = MomentField(b.notified_at if b else None, optional=True, tz=TIMEZONE)
        self.ap_reference = QLineEdit(b.ap_reference if b else "")
        self.reason_not = _text(b.reason_not_notified if b else "", 50)
        self.reason_late = _text(b.reason_late if b else "", 50)
        self.informed = QCheckBox(self.tr("The people concerned were informed (art. 34)"))
        self.informed.setChecked(bool(b and b.people_informed))
        self.closed = DateField(b.closed_on if b else None, optional=True)
        self.form.addRow(self.tr("Discovered at:"), self.discovered)
        self.form.addRow(self.tr("What happened:"), self.description)
        self.form.addRow(self.tr("Cause:"), self.cause)
        self.form.addRow(self.tr("Kinds of personal data:"), self.data_kinds)
        self.form.addRow("", self.special)
        self.form.addRow(self.tr("People concerned:"), self.people)
        self.form.addRow(self.tr("Consequences:"), self.consequences)
        self.form.addRow(self.tr("Measures:"), self.measures)
        self.form.addRow(self.tr("Autoriteit Persoonsgegevens:"), self.decision)
        self.form.addRow(self.tr("Notified at:"), self.notified)
        self.form.addRow(self.tr("AP reference:"), self.ap_reference)
        self.form.addRow(self.tr("Why not notified:"), self.reason_not)
        self.form.addRow(self.tr("Why later than 72 hours:"), self.reason_late)
        self.form.addRow("", self.informed)
        self.form.addRow(self.tr("Dealt with on:"), self.closed)
        self.set_columns({"ontdekt_op": self.discovered, "omschrijving": self.description, "oorzaak": self.cause,
                          "soorten_gegevens": self.data_kinds, "aantal_betrokkenen": self.people,
                          "gevolgen": self.consequences, "maatregelen": self.measures, "gemeld_ap": self.decision,
                          "gemeld_ap_op": self.notified, "ap_meldnummer": self.ap_reference,
                          "reden_niet_gemeld": self.reason_not, "reden_te_laat": self.reason_late,
                          "afgehandeld_op": self.closed})  # fmt: skip
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self._decision_changed()
        self._scroll_form()
        self.resize(660, 640)

    def _scroll_form(self) -> None:
        """Put the (long) form in a scroll area, so the dialog fits a 1024×600 screen."""
        outer = self.layout()
        index = outer.indexOf(self.form)
        outer.removeItem(self.form)
        self.form.setParent(None)
        inner = QWidget()
        inner.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        outer.insertWidget(index, scroll, 1)  # type: ignore[attr-defined]

    def _decision_changed(self) -> None:
        """Only a notification has a moment."""
        self.notified.setEnabled(self.decision.currentData() is True)

    def record(self) -> DataBreach:
        """The datalek as entered."""
        people = self.people.value()
        decision = self.decision.currentData()
        discovered = self.discovered.value()
        return DataBreach(
            id=self.breach.id if self.breach else None,
            discovered_at=discovered if discovered is not None else dt.datetime(1900, 1, 1, tzinfo=TIMEZONE),
            description=self.description.toPlainText().strip(),
            cause=self.cause.currentText().strip(),
            data_kinds=self.data_kinds.text().strip(),
            special_data=self.special.isChecked(),
            people=None if people < 0 else people,
            consequences=self.consequences.toPlainText().strip(),
            measures=self.measures.toPlainText().strip(),
            notify_ap=decision,
            notified_at=self.notified.value() if decision is True else None,
            ap_reference=self.ap_reference.text().strip(),
            reason_not_notified=self.reason_not.toPlainText().strip(),
            reason_late=self.reason_late.toPlainText().strip(),
            people_informed=self.informed.isChecked(),
            closed_on=self.closed.value(),
        )

    def domain_problems(self) -> Sequence[FieldProblem]:
        return validate_breach(self.record())
