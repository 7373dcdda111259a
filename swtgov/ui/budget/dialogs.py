"""Dialogs of the Begroting page: the toelichting of a line, the adoption date of a year.

Both are :class:`~swtgov.ui.dialogs.form.FormDialog`\\ s: they open on their first field,
check before they close (the Dutch reason at the field), and a refused save keeps what
was typed. ``submit`` (set by the page) does the change.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QWidget

from swtgov.services.budget.edit import adoption_problems, explanation_problems
from swtgov.ui.dialogs.form import FormDialog, Problem, hint
from swtgov.ui.widgets import DateField


class ExplanationDialog(FormDialog):
    """Write the toelichting of one line; shows why the line is past the threshold."""

    def __init__(self, name: str, why: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Explanation: {name}").format(name=name))
        self.resize(560, 340)
        heading = QLabel(name)
        heading.setStyleSheet("font-weight: 600;")
        heading.setWordWrap(True)
        self.reason = hint(why[:1].upper() + why[1:] + "." if why else self.tr("This line is within the threshold."))
        self.editor = QPlainTextEdit(text)
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(140)
        self.editor.setPlaceholderText(self.tr("Why does this line differ from the budget, and what is being done?"))
        self.form.addRow(heading)
        self.form.addRow(self.reason)
        self.form.addRow(self.tr("Explanation:"), self.editor)
        self.field_names = {"toelichting": self.editor}

    def check(self) -> list[Problem]:
        return [(self.editor, problem) for problem in explanation_problems(self.text())]

    def text(self) -> str:
        """The toelichting as typed (outer blanks removed)."""
        return self.editor.toPlainText().strip()


class AdoptionDialog(FormDialog):
    """The date the RvT adopted a year's budget, or "not adopted yet"."""

    def __init__(self, year: int, adopted_on: dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = year
        self.setWindowTitle(self.tr("Budget {year} adopted").format(year=year))
        self.date = DateField(adopted_on or dt.date(year - 1, 12, 15))
        self.not_adopted = QCheckBox(self.tr("Not adopted yet"))
        self.not_adopted.setChecked(adopted_on is None)
        self.not_adopted.toggled.connect(self._toggled)
        self.date.setEnabled(adopted_on is not None)
        self.form.addRow(self.tr("Adopted by the board on:"), self.date)
        self.form.addRow("", self.not_adopted)

    def _toggled(self, not_adopted: bool) -> None:
        self.date.setEnabled(not not_adopted)
        if not not_adopted:
            self.date.setFocus()

    def check(self) -> list[Problem]:
        return [(self.date, problem) for problem in adoption_problems(self.year, self.adopted_on())]

    def adopted_on(self) -> dt.date | None:
        """The adoption date typed, or None for "not adopted yet"."""
        return None if self.not_adopted.isChecked() else self.date.value()
