"""The spreading proposal as suggestions: never applied by itself.

Each suggestion has a button that opens the matching dialog pre-filled
(reappoint with the suggested end, or a departure on the suggested date);
the secretary decides there.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from swtgov.domain.rooster.spreading import REAPPOINT, Proposal


class ProposalList(QWidget):
    """Shows proposals; :attr:`taken` carries the one whose button was pressed."""

    taken = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proposals: list[Proposal] = []
        self.buttons: list[QPushButton] = []
        self.read_only = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #5b6472;")
        self.items = QWidget()
        self.items_layout = QVBoxLayout(self.items)
        self.items_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.items)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)

    def set_proposals(self, proposals: list[Proposal]) -> None:
        """Show these proposals, each with its button."""
        self.proposals = list(proposals)
        while self.items_layout.count():
            item = self.items_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = []
        if not proposals:
            self.intro.setText(self.tr("No departures coincide: there is nothing to spread."))
        else:
            self.intro.setText(self.tr(
                "Several members leave at about the same time. These suggestions, within the rules, would "
                "spread the departures. They are only suggestions: nothing changes until you act on one."))
        for proposal in proposals:
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            row = QHBoxLayout(frame)
            text = QLabel(proposal.what)
            text.setWordWrap(True)
            row.addWidget(text, 1)
            label = self.tr("Reappoint…") if proposal.action == REAPPOINT else self.tr("Record departure…")
            button = QPushButton(label)
            button.setEnabled(not self.read_only)
            button.clicked.connect(lambda _checked=False, p=proposal: self.taken.emit(p))
            row.addWidget(button)
            self.buttons.append(button)
            self.items_layout.addWidget(frame)
        self.items_layout.addStretch(1)

    def set_read_only(self, read_only: bool) -> None:
        """Disable the buttons (a read-only file)."""
        self.read_only = read_only
        for button in self.buttons:
            button.setEnabled(not read_only)
