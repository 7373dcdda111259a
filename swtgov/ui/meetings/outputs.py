"""The output buttons of the Vergaderingen page: notulen PDF, vergaderpakket, sending, jaarplanning, .ics.

The documents themselves are made by :mod:`swtgov.services.meetings.outputs`,
``mail`` and ``calendar``; the pack is made off the UI thread with progress and cancel.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from swtgov.domain.meetings.model import MeetingRecord
from swtgov.errors import SwtgovError
from swtgov.ui import errors
from swtgov.ui.worker import Task

if TYPE_CHECKING:
    from swtgov.ui.meetings.page import MeetingsPage


def _service(module: str, name: str) -> Callable[..., Any]:
    """A meetings service, imported when an output is first asked for (not when the page is built)."""
    return getattr(importlib.import_module(f"swtgov.services.meetings.{module}"), name)  # type: ignore[no-any-return]


class SectionsDialog(QDialog):
    """Tick the generated sections of the vergaderpakket."""

    def __init__(self, sections: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Board pack"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Add these generated sections to the pack:")))
        self.boxes: list[tuple[str, QCheckBox]] = []
        for key, title in sections:
            box = QCheckBox(title)
            box.setChecked(key in ("notulen", "acties"))
            layout.addWidget(box)
            self.boxes.append((key, box))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [key for key, box in self.boxes if box.isChecked()]


class OutputButtons(QObject):
    """Makes the buttons and runs what they ask; the page tells it which meeting is shown."""

    def __init__(self, page: MeetingsPage) -> None:
        super().__init__(page)
        self.page = page
        self.record: MeetingRecord | None = None
        self.read_only = False
        self.task: Task | None = None
        self.last_pack: Path | None = None

    @property
    def session(self):  # type: ignore[no-untyped-def]
        return self.page.session

    def year_buttons(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.planning_button = QPushButton(self.tr("Year planning PDF…"))
        self.planning_button.clicked.connect(lambda: self.save_planning())
        self.calendar_button = QPushButton(self.tr("Calendar file (.ics)…"))
        self.calendar_button.clicked.connect(lambda: self.save_calendar())
        row.addWidget(self.planning_button)
        row.addWidget(self.calendar_button)
        return box

    def meeting_buttons(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.minutes_button = QPushButton(self.tr("Minutes PDF…"))
        self.minutes_button.clicked.connect(lambda: self.save_minutes())
        self.pack_button = QPushButton(self.tr("Board pack…"))
        self.pack_button.clicked.connect(lambda: self.make_pack())
        self.send_button = QPushButton(self.tr("Send…"))
        menu = QMenu(self.send_button)
        self.send_pack_action = menu.addAction(self.tr("Board pack to the members…"))
        self.send_pack_action.triggered.connect(lambda: self.send("pack"))
        self.send_minutes_action = menu.addAction(self.tr("Draft minutes to the members…"))
        self.send_minutes_action.triggered.connect(lambda: self.send("minutes"))
        self.send_button.setMenu(menu)
        for button in (self.minutes_button, self.pack_button, self.send_button):
            row.addWidget(button)
        return box

    def set_record(self, record: MeetingRecord | None) -> None:
        self.record = record
        has = record is not None
        for button in (self.minutes_button, self.pack_button):
            button.setEnabled(has)
        self.send_button.setEnabled(has and not self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.set_record(self.record)

    # --- helpers ------------------------------------------------------------------------

    def _name(self, kind: str) -> str:
        assert self.record is not None
        m = self.record.meeting
        return f"{kind} {m.body.short} {m.date.isoformat()}"

    def _save_as(self, title: str, suggested: str, pattern: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.page, title, suggested, pattern)
        return Path(name) if name else None

    def _open(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _run(self, label: str, work: Callable[[Callable[[int, int], None]], Any],
             done: Callable[[Any], None]) -> None:
        """Long work off the UI thread with a progress dialog and cancel."""
        self.task = Task(self.page, label, work)

        def finished(result: Any, error: BaseException | None) -> None:
            self.task = None
            if isinstance(error, SwtgovError):
                errors.show_error(self.page, error)
            elif error is not None:
                raise error
            else:
                done(result)

        self.task.finished.connect(finished)
        self.task.start()

    # --- the outputs ------------------------------------------------------------------------

    def save_minutes(self, target: Path | None = None) -> None:
        gf, record = self.session.gf, self.record
        build = _service("outputs", "build_notulen")
        if gf is None or record is None:
            return
        target = target or self._save_as(self.tr("Save minutes"), self._name("Notulen") + ".pdf", "PDF (*.pdf)")
        if target is None:
            return
        meeting_id, as_of = record.meeting.id, self.session.as_of
        self._run(self.tr("Making the minutes…"),
                  lambda _p: build(gf.db, as_of, target, meeting=meeting_id), lambda _r: self._open(target))

    def make_pack(self, target: Path | None = None, chosen: list[str] | None = None) -> None:
        gf, record = self.session.gf, self.record
        build = _service("outputs", "build_vergaderpakket")
        available = _service("sections", "available")
        if gf is None or record is None:
            return
        if chosen is None:
            sections = [(s.key, s.title) for s in available()]
            dialog = SectionsDialog(sections, self.page)
            if not dialog.exec():
                return
            chosen = dialog.chosen()
        target = target or self._save_as(self.tr("Save board pack"), self._name("Vergaderpakket") + ".pdf",
                                         "PDF (*.pdf)")
        if target is None:
            return
        meeting_id, as_of, picked = record.meeting.id, self.session.as_of, list(chosen)

        def done(_result: Any) -> None:
            self.last_pack = target
            self._open(target)

        self._run(self.tr("Making the board pack…"),
                  lambda progress: build(gf.db, as_of, target, meeting=meeting_id, sections=picked, progress=progress),
                  done)

    def send(self, what: str, target: Path | None = None, on: dt.date | None = None,
             chosen: list[str] | None = None) -> None:
        """Make the e-mail draft (.eml, with the pack or the concept minutes), record that it went out
        (one undoable step) and open it."""
        gf, record = self.session.gf, self.record
        if gf is None or record is None or self.read_only:
            return
        mail = _service("mail", "pack_draft" if what == "pack" else "minutes_draft")
        make = _service("packs", "make_pack")
        if what == "pack" and chosen is None:
            available = _service("sections", "available")
            dialog = SectionsDialog([(s.key, s.title) for s in available()], self.page)
            if not dialog.exec():
                return
            chosen = dialog.chosen()
        kind = "Vergaderpakket" if what == "pack" else "Notulen"
        target = target or self._save_as(self.tr("Save e-mail draft"), self._name(kind) + ".eml",
                                         self.tr("E-mail (*.eml)"))
        if target is None:
            return
        meeting, as_of = record.meeting, self.session.as_of
        day = on or as_of
        text = self.tr("Pack sent") if what == "pack" else self.tr("Minutes sent")

        def record_sent(made: Any) -> None:
            extra = {"made": made} if what == "pack" else {}
            try:
                draft = self.session.perform(text, lambda _audit: mail(gf, as_of, target, meeting=meeting.id, on=day,
                                                                        **extra))
            except SwtgovError as exc:
                errors.show_error(self.page, exc)
                return
            if draft.without_email:
                QMessageBox.warning(self.page, self.tr("No e-mail address"), self.tr(
                    "These members have no e-mail address in the rooster and are not in the draft: {names}.").format(
                        names=", ".join(draft.without_email)))
            self._open(target)

        if what == "pack":
            picked = list(chosen or [])
            self._run(self.tr("Making the board pack…"),
                      lambda progress: make(gf.db, as_of, meeting, sections=picked, progress=progress), record_sent)
        else:
            record_sent(None)

    def save_planning(self, target: Path | None = None) -> None:
        gf = self.session.gf
        build = _service("outputs", "build_jaarplanning")
        if gf is None:
            return
        year = self.page.year.value()
        target = target or self._save_as(self.tr("Save year planning"), f"Jaarplanning {year}.pdf", "PDF (*.pdf)")
        if target is None:
            return
        as_of = self.session.as_of
        self._run(self.tr("Making the year planning…"), lambda _p: build(gf.db, as_of, target, year=year),
                  lambda _r: self._open(target))

    def save_calendar(self, target: Path | None = None) -> None:
        gf = self.session.gf
        build = _service("calendar", "build_calendar")
        if gf is None:
            return
        year = self.page.year.value()
        target = target or self._save_as(self.tr("Save calendar"), f"Vergaderingen {year}.ics",
                                         self.tr("Calendar (*.ics)"))
        if target is None:
            return
        try:
            build(gf, year, target=target)
        except SwtgovError as exc:
            errors.show_error(self.page, exc)
            return
        QMessageBox.information(self.page, self.tr("Calendar saved"), self.tr(
            "The meetings of {year} were saved as {path}. Import it into Outlook: importing it again later "
            "updates the appointments.").format(year=year, path=target))
