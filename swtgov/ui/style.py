"""The one look of swtgov: Fusion, a light palette, a small style sheet, spacing and colours.

Every page and dialog takes its colours and spacing from here, so the window reads
as one calm program. The colours that carry meaning (severity, score bands) are
chosen to differ in lightness too, so they still read in grey (a print, a
colour-blind reader), and they always come with a word: no colour means
something on its own.

Use :func:`title`, :func:`heading` and :func:`hint` for labels, and
:func:`page_layout` for a page's outer layout; never a one-off ``setStyleSheet``.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHeaderView,
    QLabel,
    QLayout,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from swtgov.domain.signals import Severity

# --- spacing (device-independent pixels) -------------------------------------------------

#: between related controls (a label and its field, buttons in a row)
SPACING = 8
#: between groups (the toolbar row and the table)
GAP = 12
#: around a page's content
PAGE_MARGIN = 16
#: the navigation's width
NAV_WIDTH = 196

# --- colours ----------------------------------------------------------------------------

INK = "#1f2a44"
MUTED = "#5b6472"
FAINT = "#8a94a6"
WINDOW = "#f4f6f9"
SURFACE = "#ffffff"
ALTERNATE = "#f6f8fb"
LINE = "#d5dbe3"
ACCENT = "#2f6fb0"
ACCENT_SOFT = "#dce8f6"
BANNER = "#fff3cd"
BANNER_TEXT = "#5c4400"
ERROR_TEXT = "#a3231b"

#: row and group backgrounds of signals; critical darkest, info lightest (also in grey)
SEVERITY_BACKGROUND: dict[Severity, str] = {
    Severity.CRITICAL: "#efb8b3",
    Severity.WARNING: "#f8df9a",
    Severity.INFO: "#e8f0f9",
}
#: score bands, from light (laag) to dark (zeer hoog): the order survives greyscale
BAND_BACKGROUND: dict[str, str] = {
    "laag": "#e3f2e3",
    "gemiddeld": "#f7e39a",
    "hoog": "#f3b97f",
    "zeer_hoog": "#e38a8a",
}
BAND_TEXT: dict[str, str] = {
    "laag": "#2f5a2f",
    "gemiddeld": "#5e4c05",
    "hoog": "#6e3810",
    "zeer_hoog": "#6e1a1a",
}
#: a row that needs attention (overdue, above appetite): the warning tone
ATTENTION = SEVERITY_BACKGROUND[Severity.WARNING]
#: a row that is over a hard line (overdue deadline): the critical tone
ALERT = SEVERITY_BACKGROUND[Severity.CRITICAL]
#: a row of the past (a former member)
PAST = "#eef0f3"


def grey_level(colour: str) -> int:
    """The lightness (0–255) a colour prints with in greyscale (ITU-R 601 luma)."""
    c = QColor(colour)
    return round(0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue())


STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW}; }}
QLabel[role="title"] {{ font-size: 20px; font-weight: 600; color: {INK}; }}
QLabel[role="heading"] {{ font-size: 15px; font-weight: 600; color: {INK}; }}
QLabel[role="hint"] {{ color: {MUTED}; }}
QLabel[role="problem"] {{ color: {ERROR_TEXT}; }}
QLabel[role="empty"] {{ font-size: 15px; color: {INK}; }}
QLabel#banner {{ background: {BANNER}; color: {BANNER_TEXT}; padding: 8px 12px;
    border-bottom: 1px solid #e6d38a; }}
QToolBar#main-actions {{ qproperty-toolButtonStyle: ToolButtonIconOnly; }}
QToolBar#main-actions QToolButton[labelled="true"] {{ qproperty-toolButtonStyle: ToolButtonTextBesideIcon; }}
QListWidget#navigation {{ background: #e9edf3; border: none; border-right: 1px solid {LINE};
    font-size: 14px; padding-top: 8px; outline: 0; }}
QListWidget#navigation::item {{ padding: 8px 8px; margin: 1px 6px; border-radius: 5px; color: {INK}; }}
QListWidget#navigation::item:hover {{ background: #dde3ec; }}
QListWidget#navigation::item:selected {{ background: {SURFACE}; color: {INK};
    border-left: 3px solid {ACCENT}; font-weight: 600; }}
QListWidget#navigation:focus {{ border: none; border-right: 1px solid {LINE}; }}
QListWidget#navigation::item:selected:focus {{ border: 1px dashed {ACCENT}; border-left: 3px solid {ACCENT}; }}
QPushButton {{ background: {SURFACE}; border: 1px solid #bcc4cf; border-radius: 4px;
    padding: 5px 12px; color: {INK}; }}
QPushButton:hover {{ background: #eef3fa; border-color: #8fa9c9; }}
QPushButton:pressed, QPushButton:checked {{ background: {ACCENT_SOFT}; border-color: {ACCENT}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; padding: 4px 11px; }}
QPushButton:disabled {{ color: #9aa3ad; background: #f1f3f6; border-color: #dde1e6; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border-color: #245a91; }}
QPushButton[primary="true"]:hover {{ background: #285f98; }}
QPushButton[primary="true"]:focus {{ border: 2px solid #173c63; }}
QHeaderView::section {{ background: #eef1f5; color: {INK}; border: none;
    border-right: 1px solid {LINE}; border-bottom: 1px solid {LINE}; padding: 4px 6px; }}
QTableView, QTreeView, QListView {{ gridline-color: #e3e7ed; selection-background-color: {ACCENT};
    selection-color: white; }}
QTabWidget::pane {{ border: 1px solid {LINE}; border-radius: 3px; background: {SURFACE}; }}
QStatusBar {{ background: #e9edf3; border-top: 1px solid {LINE}; }}
QToolTip {{ background: {SURFACE}; color: {INK}; border: 1px solid {LINE}; padding: 4px; }}
"""


def palette() -> QPalette:
    """The light palette of swtgov (on top of Fusion's)."""
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, WINDOW),
        (roles.WindowText, INK),
        (roles.Base, SURFACE),
        (roles.AlternateBase, ALTERNATE),
        (roles.Text, INK),
        (roles.Button, "#f7f8fa"),
        (roles.ButtonText, INK),
        (roles.Highlight, ACCENT),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, SURFACE),
        (roles.ToolTipText, INK),
        (roles.PlaceholderText, FAINT),
        (roles.Link, ACCENT),
        (roles.Mid, LINE),
        (roles.Midlight, "#e8ecf1"),
        (roles.Light, SURFACE),
        (roles.Dark, "#a9b1bd"),
    ):
        pal.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(disabled, role, QColor("#9aa3ad"))
    return pal


#: Qt's style under swtgov's palette and style sheet
STYLE_NAME = "Fusion"


def apply(app: QApplication, set_style: bool = True) -> None:
    """Give the application swtgov's look: Fusion, the palette, the style sheet.

    ``set_style=False``: the application was made with Fusion already (``-style``)."""
    if set_style:
        app.setStyle(STYLE_NAME)
    app.setPalette(palette())
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)


def set_role(widget: QWidget, role: str) -> QWidget:
    """Mark a widget for the style sheet (``title``, ``heading``, ``hint``, ``problem``)."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    return widget


def _label(text: str, role: str, wrap: bool) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(wrap)
    return label


def title(text: str) -> QLabel:
    """A page title (the largest text on a page)."""
    return _label(text, "title", False)


def heading(text: str) -> QLabel:
    """A section heading inside a page or a detail panel."""
    return _label(text, "heading", True)


def hint(text: str) -> QLabel:
    """A grey, wrapping explanation."""
    return _label(text, "hint", True)


def page_layout(widget: QWidget) -> QVBoxLayout:
    """The outer layout of a page: the page margins and spacing of the whole app."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(PAGE_MARGIN, GAP, PAGE_MARGIN, GAP)
    layout.setSpacing(SPACING)
    return layout


def tighten(layout: QLayout) -> QLayout:
    """A nested layout without margins, with the app's spacing."""
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(SPACING)
    return layout


def scrolling(widget: QWidget, minimum_width: int = 0) -> QScrollArea:
    """A detail panel that scrolls when the window is small, instead of squeezing the table."""
    from PySide6.QtCore import Qt  # (see _qt_free)

    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(widget)
    if minimum_width:
        area.setMinimumWidth(minimum_width)
    return area


#: how many rows a column's width is measured on
SIZING_ROWS = 60


def size_columns(view: QTableView, minimums: dict[int, int] | None = None, stretch: int | None = None,
                 maximum: int = 360) -> None:
    """Columns sized to their content (header included), each at least its minimum and at most
    ``maximum`` wide (longer text elides, the tooltip has it whole); ``stretch`` takes the rest.

    The content is measured on the first :data:`SIZING_ROWS` rows (Qt's default is 1,000, which
    made a register of 1,000 risks take a second to open): enough for the column's character.
    """
    from PySide6.QtCore import Qt  # (see _qt_free)

    header = view.horizontalHeader()
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header.setResizeContentsPrecision(SIZING_ROWS)
    view.resizeColumnsToContents()
    for column in range(header.count()):
        width = header.sectionSize(column)
        low = (minimums or {}).get(column, 48)
        header.resizeSection(column, max(low, min(width, maximum)))
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def tall(content: QWidget, minimum_height: int) -> QScrollArea:
    """A page body that keeps at least ``minimum_height`` and scrolls in a shorter window
    (1024×600, 150 %), instead of squeezing its tables to one row."""
    from PySide6.QtCore import Qt  # (see _qt_free)

    content.setMinimumHeight(minimum_height)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area
