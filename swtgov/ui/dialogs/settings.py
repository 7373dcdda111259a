"""Instellingen: every declared setting, by area, with its Dutch help text."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from swtgov.domain.settings import SettingSpec, SettingValueError, all_specs
from swtgov.errors import SettingError, SwtgovError
from swtgov.services.areas import area_titles
from swtgov.store.settings import load_settings, parse_setting, write_setting
from swtgov.ui import style
from swtgov.ui.dialogs.setting_editors import StructuredEditor, editor_for
from swtgov.ui.errors import show_error
from swtgov.ui.session import Session


class SettingsDialog(QDialog):
    """Edits settings; saving is one undoable change."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Settings"))
        self.resize(760, 600)
        assert session.gf is not None
        self.current = load_settings(session.gf.db)
        self.editors: dict[str, tuple[SettingSpec, QWidget]] = {}
        tabs = QTabWidget()
        areas: dict[str, QFormLayout] = {}
        for key, spec in all_specs().items():
            if spec.area not in areas:
                page = QWidget()
                form = QFormLayout(page)
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setWidget(page)
                tabs.addTab(scroll, self.area_title(spec.area))
                areas[spec.area] = form
            editor = self._editor(spec, self.current[key])
            editor.setToolTip(spec.help)
            editor.setEnabled(not session.read_only)
            help_label = style.hint(spec.help)
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 6)
            lay.addWidget(editor)
            lay.addWidget(help_label)
            areas[spec.area].addRow(spec.label, box)
            self.editors[key] = (spec, editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not session.read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)

    def area_title(self, area: str) -> str:
        """The tab title: "Algemeen" or the area's own title."""
        if area == "general":
            return self.tr("General")
        return area_titles().get(area, area)

    def _editor(self, spec: SettingSpec, value: Any) -> QWidget:
        structured = editor_for(spec, value)
        if structured is not None:
            return structured
        if spec.kind == "int":
            spin = QSpinBox()
            spin.setRange(spec.minimum if spec.minimum is not None else -1_000_000,
                          spec.maximum if spec.maximum is not None else 1_000_000)
            spin.setValue(int(value))
            return spin
        if spec.kind == "text":
            return QLineEdit(str(value))
        edit = QPlainTextEdit(spec.show(value))
        edit.setFixedHeight(70)
        return edit

    def values(self) -> dict[str, Any]:
        """What the editors hold, parsed; raises SettingError naming the setting."""
        result = {}
        problems = []
        for key, (spec, editor) in self.editors.items():
            if isinstance(editor, StructuredEditor):
                reason = editor.problem()
                try:
                    if reason:
                        raise SettingValueError(reason)
                    result[key] = spec.validate(editor.value())
                except SettingValueError as exc:
                    problems.append(f"{spec.label}: {exc}")
                continue
            if isinstance(editor, QSpinBox):
                text = str(editor.value())
            elif isinstance(editor, QLineEdit):
                text = editor.text()
            else:
                assert isinstance(editor, QPlainTextEdit)
                text = editor.toPlainText()
            try:
                result[key] = parse_setting(key, text)
            except SettingError as exc:
                problems.append(f"{spec.label}: {exc}")
        if problems:
            raise SettingError("\n".join(problems))
        return result

    def save(self) -> None:
        try:
            values = self.values()
            changed = {k: v for k, v in values.items() if v != self.current[k]}
            if changed:
                def apply(audit: Any) -> None:
                    for key, value in changed.items():
                        write_setting(audit, key, value)

                self.session.perform(self.tr("Change settings"), apply)
        except SwtgovError as exc:
            show_error(self, exc, self.tr("Settings not saved"))
            return
        self.accept()
