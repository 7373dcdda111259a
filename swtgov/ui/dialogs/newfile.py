"""Bestand › Nieuw: the organisation's name and where its file goes, in one proper dialog."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from swtgov.store.paths import EXTENSION
from swtgov.ui import preferences, style


def file_name_for(organisation: str) -> str:
    """A file name from the organisation's name: ``Stichting De Linde`` → ``Stichting De Linde.swtgov``."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "", organisation).strip().rstrip(".") or "governance"
    return f"{cleaned}{EXTENSION}"


class NewFileDialog(QDialog):
    """Name of the organisation and the file's place (Documents, or the last folder used)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New governance file"))
        self.setMinimumWidth(560)
        self.organisation = QLineEdit("Stichting ")
        self.organisation.setPlaceholderText(self.tr("The statutory name, e.g. Stichting De Linde"))
        self.location = QLineEdit()
        self._location_typed = False
        self.location.textEdited.connect(lambda _t: setattr(self, "_location_typed", True))
        self.organisation.textChanged.connect(self._suggest)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("File:"), row)
        note = style.hint(self.tr("Everything for this organisation is kept in this one file. Put it where "
                                  "it is backed up, for instance in the secretariat's shared folder."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(style.GAP)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._suggest()
        self.organisation.setFocus()
        self.organisation.setCursorPosition(len(self.organisation.text()))

    def _suggest(self) -> None:
        if not self._location_typed:
            folder = preferences.start_folder("governance")
            self.location.setText(str(folder / file_name_for(self.organisation.text())))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.organisation_name()) and bool(self.location.text().strip()))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("New governance file"), self.location.text(),
            self.tr("Governance files (*{ext})").format(ext=EXTENSION))
        if chosen:
            self._location_typed = True
            self.location.setText(chosen)
            self._suggest()

    def organisation_name(self) -> str:
        """The name as typed, trimmed; empty when only "Stichting" is there."""
        name = " ".join(self.organisation.text().split())
        return "" if name.casefold() in ("", "stichting") else name

    def path(self) -> Path:
        """The file to create (with the .swtgov extension)."""
        path = Path(self.location.text().strip()).expanduser()
        return path if path.suffix == EXTENSION else path.with_name(path.name + EXTENSION)

    def accept(self) -> None:
        preferences.remember_folder("governance", self.path())
        super().accept()
