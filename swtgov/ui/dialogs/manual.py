"""Help › Handleiding: the short Dutch guide that ships with swtgov, shown inside the window.

The guide is Markdown in ``swtgov/resources/help/``: ``handleiding.md`` holds the general
sections (each starts with ``## ``), and every area adds one file named after its key
(``rooster.md``, ``risicos.md``...) with what its signals mean. A new area adds its file;
nothing else changes. Sections are listed on the left, in the order of the areas.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from swtgov.resources import resource_path
from swtgov.services.areas import AREAS
from swtgov.ui import preferences, style

HELP = resource_path("help")


@dataclass(frozen=True)
class Section:
    """One section of the guide: its title and its Markdown text (without the title)."""

    title: str
    markdown: str


def _split(text: str) -> list[Section]:
    sections: list[Section] = []
    for chunk in text.split("\n## "):
        chunk = chunk.removeprefix("## ").strip()
        if not chunk:
            continue
        title, _, body = chunk.partition("\n")
        sections.append(Section(title.strip(), body.strip()))
    return sections


def manual_sections() -> list[Section]:
    """The general sections, then one per area that has a help file, in the areas' order."""
    sections = _split((HELP / "handleiding.md").read_text(encoding="utf-8"))
    for area in AREAS:
        path = HELP / f"{area.key}.md"
        if path.exists():
            sections.extend(_split(path.read_text(encoding="utf-8")))
    return sections


class ManualDialog(QDialog):
    """The guide: sections on the left, the text on the right (not a browser)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Manual"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.sections = manual_sections()
        self.contents = QListWidget()
        self.contents.setMaximumWidth(240)
        for section in self.sections:
            self.contents.addItem(section.title)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.contents.currentRowChanged.connect(self.show_section)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        body = QHBoxLayout()
        body.setSpacing(style.GAP)
        body.addWidget(self.contents)
        body.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        preferences.restore_window(self, "manual")
        if not preferences.settings().contains("manual/geometry"):
            self.resize(860, 560)
        self.contents.setCurrentRow(0)

    def show_section(self, row: int) -> None:
        """Show the section at ``row`` of the contents."""
        if 0 <= row < len(self.sections):
            section = self.sections[row]
            self.text.setMarkdown(f"# {section.title}\n\n{section.markdown}")

    def show_title(self, title: str) -> bool:
        """Open the section with this title; False when there is none."""
        for row, section in enumerate(self.sections):
            if section.title == title:
                self.contents.setCurrentRow(row)
                return True
        return False

    def done(self, result: int) -> None:
        preferences.save_window(self, "manual")
        super().done(result)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        preferences.save_window(self, "manual")
        super().closeEvent(event)
