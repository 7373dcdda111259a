"""Small editors of the risk area: level pickers, a measure, a new risk."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from swtgov.domain.risks.model import MEASURE_STATUSES, Measure
from swtgov.domain.risks.rules import RiskRules
from swtgov.services.risks.register import RiskFields
from swtgov.ui.dialogs.form import FormDialog, Problem, hint
from swtgov.ui.widgets import DateField

# The item data of the empty choice (not None: see swtgov.ui.risks.page.ALL).
NO_LEVEL = 0


class LevelCombo(QComboBox):
    """Kans or impact 1–5 with the organisation's Dutch scale labels; optionally empty."""

    def __init__(self, labels: tuple[str, ...], empty_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if empty_text is not None:
            self.addItem(empty_text, NO_LEVEL)
        for level, label in enumerate(labels, start=1):
            self.addItem(f"{level} – {label}", level)

    def level(self) -> int | None:
        value = int(self.currentData())
        return value if value != NO_LEVEL else None

    def set_level(self, level: int | None) -> None:
        index = self.findData(NO_LEVEL if level is None else level)
        self.setCurrentIndex(max(0, index))

    def set_labels(self, labels: tuple[str, ...]) -> None:
        """Show other scale labels, keeping the chosen level."""
        offset = 1 if self.itemData(0) == NO_LEVEL else 0
        for level, label in enumerate(labels, start=1):
            self.setItemText(level - 1 + offset, f"{level} – {label}")


def category_combo(categories: list[str], current: str = "") -> QComboBox:
    """An editable category picker: the known categories, or type a new one."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(categories)
    combo.setCurrentText(current)
    return combo


class LevelsBox(QWidget):
    """Kans and impact before and after measures, with a live warning."""

    def __init__(self, rules: RiskRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        same = self.tr("— same as before")
        self.kans = LevelCombo(rules.kans_labels)
        self.impact = LevelCombo(rules.impact_labels)
        self.kans_rest = LevelCombo(rules.kans_labels, same)
        self.impact_rest = LevelCombo(rules.impact_labels, same)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b17;")
        self.score = QLabel()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Likelihood")), 0, 1)
        grid.addWidget(QLabel(self.tr("Impact")), 0, 2)
        grid.addWidget(QLabel(self.tr("Before measures:")), 1, 0)
        grid.addWidget(self.kans, 1, 1)
        grid.addWidget(self.impact, 1, 2)
        grid.addWidget(QLabel(self.tr("After measures:")), 2, 0)
        grid.addWidget(self.kans_rest, 2, 1)
        grid.addWidget(self.impact_rest, 2, 2)
        grid.addWidget(self.score, 3, 1, 1, 2)
        grid.addWidget(self.warning, 4, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for combo in (self.kans, self.impact, self.kans_rest, self.impact_rest):
            combo.setMinimumContentsLength(4)  # a narrow window elides the closed combo, not the panel
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(self._update)
        self.kans.set_level(3)
        self.impact.set_level(3)
        self._update()

    def set_labels(self, rules: RiskRules) -> None:
        self.kans.set_labels(rules.kans_labels)
        self.impact.set_labels(rules.impact_labels)
        self.kans_rest.set_labels(rules.kans_labels)
        self.impact_rest.set_labels(rules.impact_labels)

    def values(self) -> tuple[int, int, int | None, int | None]:
        kans, impact = self.kans.level(), self.impact.level()
        assert kans is not None and impact is not None
        return kans, impact, self.kans_rest.level(), self.impact_rest.level()

    def set_values(self, kans: int, impact: int, kans_rest: int | None, impact_rest: int | None) -> None:
        self.kans.set_level(kans)
        self.impact.set_level(impact)
        self.kans_rest.set_level(kans_rest)
        self.impact_rest.set_level(impact_rest)

    def _update(self) -> None:
        kans, impact, kans_rest, impact_rest = self.values()
        bruto, netto = kans * impact, (kans_rest or kans) * (impact_rest or impact)
        self.score.setText(self.tr("Gross score {bruto}, net score {netto}").format(bruto=bruto, netto=netto))
        self.warning.setText(
            self.tr("The net score is higher than the gross score: after measures a risk is usually smaller.")
            if netto > bruto else ""
        )
        self.warning.setVisible(netto > bruto)


class MeasureDialog(FormDialog):
    """Add or edit a beheersmaatregel: description, owner, status, deadline (optional).

    OK (Save) checks first: an empty description is shown at the field and the dialog
    stays open with what was typed. ``submit`` (set by the editor) does the change.
    """

    def __init__(self, owners: list[str], measure: Measure | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit measure") if measure else self.tr("New measure"))
        self.resize(520, 300)
        self.description = QPlainTextEdit(measure.description if measure else "")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(70)
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.addItems(owners)
        self.owner.setCurrentText(measure.owner if measure else "")
        self.status = QComboBox()
        self.status.addItems(list(MEASURE_STATUSES))
        self.status.setCurrentText(measure.status if measure else MEASURE_STATUSES[0])
        self.deadline = DateField(measure.deadline if measure else None, optional=True)
        self.form.addRow(self.tr("Measure:"), self.description)
        self.form.addRow(self.tr("Owner:"), self.owner)
        self.form.addRow(self.tr("Status:"), self.status)
        self.form.addRow(self.tr("Deadline:"), self.deadline)
        self.form.addRow("", hint(self.tr("Leave the deadline empty when there is none.")))
        self.field_names = {"maatregel": self.description, "status maatregel": self.status,
                            "deadline": self.deadline, "eigenaar": self.owner}

    def check(self) -> list[Problem]:
        if not self.description.toPlainText().strip():
            return [(self.description, self.tr("Describe the measure."))]
        return []

    def values(self) -> tuple[str, str, str, dt.date | None]:
        """Description, owner, status and deadline as entered."""
        description, owner = self.description.toPlainText().strip(), self.owner.currentText().strip()
        return description, owner, self.status.currentText(), self.deadline.value()


class NewRiskDialog(FormDialog):
    """A new risk with its first assessment; OK checks before it closes."""

    def __init__(
        self, rules: RiskRules, categories: list[str], owners: list[str], as_of: dt.date,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("New risk"))
        self.resize(580, 560)
        self.title_edit = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(70)
        self.category = category_combo(categories, categories[0] if categories else "")
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.addItems(owners)
        self.owner.setCurrentText("")
        self.assessed_on = DateField(as_of)
        self.levels = LevelsBox(rules)
        self.form.addRow(self.tr("Title:"), self.title_edit)
        self.form.addRow(self.tr("Description:"), self.description)
        self.form.addRow(self.tr("Category:"), self.category)
        self.form.addRow(self.tr("Owner:"), self.owner)
        self.form.addRow(self.tr("Assessed on:"), self.assessed_on)
        self.extra.addWidget(self.levels)
        self.field_names = {"titel": self.title_edit, "categorie": self.category, "status": self.category}

    def check(self) -> list[Problem]:
        problems: list[Problem] = []
        if not self.title_edit.text().strip():
            problems.append((self.title_edit, self.tr("Fill in a title.")))
        if not self.category.currentText().strip():
            problems.append((self.category, self.tr("Choose or type a category.")))
        return problems

    def fields(self) -> RiskFields:
        """The risk's fields as entered."""
        return RiskFields(
            title=self.title_edit.text(),
            category=self.category.currentText(),
            description=self.description.toPlainText(),
            owner=self.owner.currentText(),
        )

    def day(self) -> dt.date:
        """The date of the first assessment (checked before OK)."""
        day = self.assessed_on.value()
        assert day is not None
        return day
