"""Bestand › Herstellen uit back-up: choose a backup, confirm, restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from swtgov import display
from swtgov.store.backup import Backup, list_backups
from swtgov.ui.models import ColumnDef, RecordTableModel

REASONS = {
    "dagelijks": "dagelijks",
    "migratie": "voor bijwerken",
    "handmatig": "handmatig",
    "herstel": "voor herstel",
}


class RestoreDialog(QDialog):
    """Lists the backups of the open file, newest first."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(560, 380)
        self.chosen: Backup | None = None
        self.model: RecordTableModel[Backup] = RecordTableModel(
            [
                ColumnDef(self.tr("Made on"), lambda b: display.moment(b.made_at), sort=lambda b: b.made_at),
                ColumnDef(self.tr("Reason"), lambda b: REASONS.get(b.reason, b.reason)),
                ColumnDef(self.tr("Size"), lambda b: f"{display.number(b.size / 1024, 0)} kB",
                          sort=lambda b: b.size, align_right=True),
            ],
            self,
        )
        self.model.set_records(list_backups(path))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        if self.model.rowCount():
            self.view.selectRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore…"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.model.rowCount() > 0)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        text = (
            self.tr("Choose the backup to go back to. The current state is backed up first, so this can be undone.")
            if self.model.rowCount()
            else self.tr("There are no backups of this file yet.")
        )
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def _confirm(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        backup = self.model.record(rows[0].row())
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr("Replace the contents of this file by the backup of {date}?").format(
                date=display.moment(backup.made_at)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = backup
            self.accept()
