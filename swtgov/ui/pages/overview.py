"""Overzicht: every signal from every area as of a date, grouped by severity."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QWidget,
)

from swtgov.domain.signals import ItemRef, Severity
from swtgov.domain.signals import Signal as DomainSignal
from swtgov.services.areas import area_titles
from swtgov.ui import style
from swtgov.ui.session import Session
from swtgov.ui.widgets import DateEdit

SEVERITY_COLOURS = style.SEVERITY_BACKGROUND
REF_ROLE = 0x0100 + 10  # Qt.ItemDataRole.UserRole + 10, without touching Qt at import


class OverviewPage(QWidget):
    """The first page: what needs attention, as of the peildatum."""

    key = "overzicht"
    #: the user asked to open what a signal is about
    open_ref = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.signals: list[DomainSignal] = []

        heading = style.title(self.tr("Overview"))
        self.date_edit = DateEdit(dt.date.today())  # the one Dutch date field (issue 8)
        self.date_edit.dateChanged.connect(self._date_changed)
        today = QPushButton(self.tr("Today"))
        today.clicked.connect(lambda: self.date_edit.setDate(QDate.currentDate()))
        self.summary = QLabel()
        self.summary.setObjectName("summary")

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("As of:")))
        top.addWidget(self.date_edit)
        top.addWidget(today)

        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)  # a signal is a sentence: show it whole
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.activated.connect(self._activated)
        self.tree.doubleClicked.connect(self._activated)
        self.tree.header().sectionResized.connect(lambda *_: self.tree.scheduleDelayedItemsLayout())

        hint = style.hint(self.tr("Double-click a signal (or press Enter) to open what it is about."))

        layout = style.page_layout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)

        session.changed.connect(self.refresh)
        session.as_of_changed.connect(self._sync_date)

    def title(self) -> str:
        return self.tr("Overview")

    def _sync_date(self) -> None:
        day = self.session.as_of
        qdate = QDate(day.year, day.month, day.day)
        if self.date_edit.value() != day:
            self.date_edit.setDate(qdate)
        self.refresh()

    def _date_changed(self, qdate: QDate) -> None:
        day = dt.date(qdate.year(), qdate.month(), qdate.day())
        self.session.set_as_of(None if day == dt.date.today() else day)

    def refresh(self) -> None:
        from swtgov.services.signals import collect

        gf = self.session.gf
        self.signals = collect(gf.db, self.session.as_of) if gf is not None else []
        self._fill()

    def severity_label(self, severity: Severity) -> str:
        return {
            Severity.CRITICAL: self.tr("Critical"),
            Severity.WARNING: self.tr("Warning"),
            Severity.INFO: self.tr("For information"),
        }[severity]

    def _fill(self) -> None:
        from swtgov import display
        from swtgov.ui.wrapping import WrappingDelegate

        if not isinstance(self.tree.itemDelegateForColumn(1), WrappingDelegate):
            # set on first fill (after the first paint): its Qt classes cost start-up time
            self.tree.setItemDelegateForColumn(1, WrappingDelegate(self.tree))

        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Subject"), self.tr("Signal"), self.tr("Date"), self.tr("Area")]
        )
        counts = {s: 0 for s in Severity}
        for severity in Severity:
            group = [s for s in self.signals if s.severity is severity]
            counts[severity] = len(group)
            if not group:
                continue
            head = QStandardItem(f"{self.severity_label(severity)} ({len(group)})")
            head.setToolTip(self.severity_label(severity))
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            head.setBackground(QBrush(QColor(SEVERITY_COLOURS[severity])))
            row_items = [head] + [QStandardItem("") for _ in range(3)]
            for item in row_items[1:]:
                item.setBackground(QBrush(QColor(SEVERITY_COLOURS[severity])))
            for signal in group:
                message = QStandardItem(signal.message)
                message.setData(signal.ref, REF_ROLE)
                message.setToolTip(f"{signal.message}\n({signal.code})")
                subject = QStandardItem(signal.subject)
                subject.setData(signal.ref, REF_ROLE)
                head.appendRow(
                    [
                        subject,
                        message,
                        QStandardItem(display.date(signal.date)),
                        QStandardItem(self.area_label(signal.area)),
                    ]
                )
            self.model.appendRow(row_items)
            self.tree.setFirstColumnSpanned(self.model.rowCount() - 1, self.model.invisibleRootItem().index(), True)
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 300)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Row heights follow the wrapped text once the columns have their widths.
        QTimer.singleShot(0, self.tree.doItemsLayout)
        total = len(self.signals)
        if total == 0:
            self.summary.setText(
                self.tr("No signals as of {date}: nothing needs attention.").format(
                    date=display.date(self.session.as_of)
                )
            )
        else:
            self.summary.setText(
                self.tr("As of {date}: {critical} critical, {warning}, {info} for information.").format(
                    date=display.date(self.session.as_of),
                    critical=display.number(counts[Severity.CRITICAL]),
                    warning=display.plural(counts[Severity.WARNING], self.tr("warning"), self.tr("warnings")),
                    info=display.number(counts[Severity.INFO]),
                )
            )

    def area_label(self, area: str) -> str:
        """The title of the area a signal comes from."""
        return area_titles().get(area, area)

    def _activated(self, index: QModelIndex) -> None:
        ref = index.siblingAtColumn(0).data(REF_ROLE)
        if isinstance(ref, ItemRef):
            self.open_ref.emit(ref)

    def set_read_only(self, read_only: bool) -> None:
        """The Overzicht changes nothing, so there is nothing to withhold."""

    def show_item(self, ref: ItemRef) -> None:
        """The Overzicht has no items of its own."""
