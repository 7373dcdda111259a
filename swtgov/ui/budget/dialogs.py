"""Dialogs of the Begroting page: the toelichting of a line, the adoption date of a year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from swtgov.ui.widgets import date_edit, from_qdate


class ExplanationDialog(QDialog):
    """Write the toelichting of one line; shows why the line is past the threshold."""

    def __init__(self, name: str, why: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Explanation: {name}").format(name=name))
        self.resize(560, 320)
        heading = QLabel(f"<b>{name}</b>")
        reason = QLabel(why or self.tr("This line is within the threshold."))
        reason.setWordWrap(True)
        reason.setStyleSheet("color: #5b6472;")
        self.editor = QPlainTextEdit(text)
        self.editor.setPlaceholderText(self.tr("Why does this line differ from the budget, and what is being done?"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(reason)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.editor.setFocus()

    def text(self) -> str:
        return self.editor.toPlainText().strip()


class AdoptionDialog(QDialog):
    """The date the RvT adopted a year's budget, or "not adopted yet"."""

    def __init__(self, year: int, adopted_on: dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Budget {year} adopted").format(year=year))
        self.date = date_edit(adopted_on or dt.date(year - 1, 12, 15))
        self.not_adopted = QCheckBox(self.tr("Not adopted yet"))
        self.not_adopted.setChecked(adopted_on is None)
        self.not_adopted.toggled.connect(lambda on: self.date.setEnabled(not on))
        self.date.setEnabled(adopted_on is not None)
        form = QFormLayout()
        form.addRow(self.tr("Adopted by the board on:"), self.date)
        form.addRow("", self.not_adopted)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def adopted_on(self) -> dt.date | None:
        return None if self.not_adopted.isChecked() else from_qdate(self.date.date())
