"""Issue 8, as the secretary works: typed input is never dropped (Opslaan / Niet opslaan /
Annuleren), risk dialogs check before they close, the re-assess form, and undo that
cannot desync (a failed undo leaves the stack where it was; a large one runs in a worker)."""

from __future__ import annotations

import functools
import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from swtgov.services.governance import verify
from swtgov.store import journal


@pytest.fixture
def page(risks_page):  # type: ignore[no-untyped-def]
    return risks_page


def leaves_nothing_to_ask(test):  # type: ignore[no-untyped-def]
    """A test that fails half-way must not leave unsaved input: pytest-qt closes the window
    before any fixture's teardown, and the question would then block the run."""

    @functools.wraps(test)
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return test(*args, **kwargs)
        finally:
            window = kwargs.get("window") or kwargs["page"].window()
            session = window.session
            for editor in list(session._pending):
                editor.discard_pending()
                session.set_pending(editor, False)

    return wrapper


@pytest.fixture
def shown_errors(shown_errors, monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    shown = shown_errors  # the window's errors (conftest), and the risk editor's own import of it
    monkeypatch.setattr("swtgov.ui.risks.editor.show_error", lambda parent, error, title=None: shown.append(str(error)))
    return shown


ROLES = {"Opslaan": QMessageBox.ButtonRole.AcceptRole, "Niet opslaan": QMessageBox.ButtonRole.DestructiveRole,
         "Annuleren": QMessageBox.ButtonRole.RejectRole}


def answer(choice: str, seen: list[str]) -> None:
    """Click a button of the question that is about to open ("Opslaan", "Niet opslaan", "Annuleren").

    ``seen`` gets the question and its buttons' texts; the click never raises (a failure
    inside Qt's event loop would leave the question open)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            seen.append(f"no question but {box!r}")
            return
        seen.append(box.text() + " | " + " / ".join(sorted(b.text() for b in box.buttons())))
        for button in box.buttons():
            if box.buttonRole(button) == ROLES[choice]:
                button.click()
                return
        box.reject()

    QTimer.singleShot(0, click)


ASKED = " | Annuleren / Niet opslaan / Opslaan"


def risk_row(page, code: str) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == code)


def click_row(qtbot, page, code: str) -> None:  # type: ignore[no-untyped-def]
    index = page.proxy.index(risk_row(page, code), 1)
    rect = page.table.visualRect(index)
    page.table.scrollTo(index)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def stored_title(page, code: str) -> str:  # type: ignore[no-untyped-def]
    return page.session.gf.conn.execute("SELECT title FROM risks WHERE code = ?", [code]).fetchone()[0]


def type_title(qtbot, page, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = page.editor
    editor.tabs.setCurrentIndex(0)
    editor.title_edit.setFocus()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_End)
    qtbot.keyClicks(editor.title_edit, text)


@leaves_nothing_to_ask
def test_switching_rows_with_an_unsaved_edit_asks_and_cancel_keeps_everything(qtbot, window, page) -> None:  # type: ignore[no-untyped-def]
    click_row(qtbot, page, "R-03")
    type_title(qtbot, page, " (herzien)")
    assert window.state_label.text() == "Niet-opgeslagen wijzigingen"  # never "Opgeslagen" now
    seen: list[str] = []
    answer("Annuleren", seen)
    click_row(qtbot, page, "R-04")
    assert seen == ["U hebt risico R-03 Hoog personeelsverloop in de wijkteams gewijzigd maar nog niet opgeslagen. "
                    "Wijzigingen opslaan?" + ASKED]
    assert page.editor.risk.code == "R-03" and page.current_risk_id() == page.editor.risk.id
    assert page.editor.title_edit.text() == "Hoog personeelsverloop in de wijkteams (herzien)"
    answer("Niet opslaan", seen)
    click_row(qtbot, page, "R-04")
    assert page.editor.risk.code == "R-04"
    assert stored_title(page, "R-03") == "Hoog personeelsverloop in de wijkteams"
    assert window.state_label.text() == "Opgeslagen"


@leaves_nothing_to_ask
def test_save_in_the_question_saves_the_edit(qtbot, window, page) -> None:  # type: ignore[no-untyped-def]
    click_row(qtbot, page, "R-03")
    type_title(qtbot, page, " (herzien)")
    seen: list[str] = []
    answer("Opslaan", seen)
    click_row(qtbot, page, "R-04")
    assert stored_title(page, "R-03") == "Hoog personeelsverloop in de wijkteams (herzien)"
    assert page.editor.risk.code == "R-04" and not window.session.has_pending()


@leaves_nothing_to_ask
def test_an_undo_elsewhere_keeps_what_is_typed(qtbot, window, page) -> None:  # type: ignore[no-untyped-def]
    click_row(qtbot, page, "R-04")
    page.editor.status.setCurrentText("beheerst")
    page.editor.save_button.click()
    type_title(qtbot, page, " en stijgend")
    window.act_undo.trigger()  # the status change is undone; the typed title stays
    assert page.editor.title_edit.text().endswith(" en stijgend")
    assert window.session.has_pending()
    page.editor.revert_button.click()


@leaves_nothing_to_ask
def test_switching_pages_and_closing_ask_first(qtbot, window, page) -> None:  # type: ignore[no-untyped-def]
    click_row(qtbot, page, "R-03")
    type_title(qtbot, page, " (herzien)")
    seen: list[str] = []
    answer("Annuleren", seen)
    window.show_page("rooster")
    assert window.stack.currentWidget() is page and window.nav.currentRow() == 2
    answer("Annuleren", seen)
    window.close()
    assert window.isVisible()
    answer("Annuleren", seen)
    window.act_open.trigger()  # Bestand › Openen asks before the file dialog opens
    assert len(seen) == 3 and all(text.endswith(ASKED) for text in seen) and window.session.gf is not None
    answer("Niet opslaan", seen)
    window.show_page("rooster")
    assert window.stack.currentWidget() is not page


@leaves_nothing_to_ask
def test_new_risk_with_an_empty_title_stays_open_with_the_message_at_the_field(qtbot, page, shown_errors) -> None:  # type: ignore[no-untyped-def]
    dialog = page.new_risk()
    qtbot.waitUntil(lambda: dialog.windowHandle() is not None and dialog.windowHandle().isExposed())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title_edit)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Een lange beschrijving die niet verloren mag gaan.")
    dialog.ok_button().click()
    assert dialog.isVisible()
    assert dialog.problems_shown() == ["Vul een titel in."]
    assert dialog.description.toPlainText() == "Een lange beschrijving die niet verloren mag gaan."
    dialog.title_edit.setFocus()
    qtbot.keyClicks(dialog.title_edit, "Datalek bij leverancier")
    dialog.assessed_on.line.setFocus()
    qtbot.keyClick(dialog.assessed_on.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.assessed_on.line, "1 okt 2026")
    dialog.ok_button().click()
    assert not dialog.isVisible() and shown_errors == []
    row = page.session.gf.conn.execute(
        "SELECT r.description, a.assessed_on FROM risks r JOIN risk_assessments a ON a.risk_id = r.id"
        " WHERE r.title = 'Datalek bij leverancier'").fetchone()
    assert row == ("Een lange beschrijving die niet verloren mag gaan.", "2026-10-01")


@leaves_nothing_to_ask
def test_a_measure_without_description_stays_open_and_a_typed_deadline_is_stored(qtbot, page, shown_errors) -> None:  # type: ignore[no-untyped-def]
    r04 = next(e for e in page.model.records() if e.risk.code == "R-04")
    page.select_risk(r04.risk.id)
    page.editor.add_measure()
    dialog = page.editor.dialog
    qtbot.waitUntil(lambda: dialog.windowHandle() is not None and dialog.windowHandle().isExposed())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.description)
    dialog.deadline.line.setFocus()
    qtbot.keyClicks(dialog.deadline.line, "15-1-2027")
    dialog.ok_button().click()
    assert dialog.isVisible() and dialog.problems_shown() == ["Beschrijf de maatregel."]
    assert dialog.deadline.text() == "15 januari 2027"  # kept
    dialog.description.setFocus()
    qtbot.keyClicks(dialog.description, "Exitgesprekken analyseren")
    dialog.ok_button().click()
    assert not dialog.isVisible()
    deadline = page.session.gf.conn.execute(
        "SELECT deadline FROM risk_measures WHERE description = 'Exitgesprekken analyseren'").fetchone()
    assert deadline == ("2027-01-15",)


@leaves_nothing_to_ask
def test_reassess_shows_the_previous_date_stores_the_note_and_refuses_a_second_on_one_day(
        qtbot, window, page, shown_errors) -> None:  # type: ignore[no-untyped-def]
    click_row(qtbot, page, "R-03")
    editor = page.editor
    editor.tabs.setCurrentIndex(1)
    last = editor.history[-1]
    assert editor.previous.text().startswith(f"Vorige beoordeling: {last.assessed_on.day} ")
    editor.levels.set_values(4, 4, 3, 3)
    editor.note.setFocus()
    qtbot.keyClicks(editor.note, "Verloop gestegen na reorganisatie")
    qtbot.mouseClick(editor.reassess_button, Qt.MouseButton.LeftButton)
    row = window.session.gf.conn.execute(
        "SELECT assessed_on, kans, impact, note FROM risk_assessments a JOIN risks r ON r.id = a.risk_id"
        " WHERE r.code = 'R-03' ORDER BY assessed_on DESC, a.id DESC LIMIT 1").fetchone()
    assert row == ("2026-11-22", 4, 4, "Verloop gestegen na reorganisatie")
    assert editor.history_model.index(0, 4).data() == "Verloop gestegen na reorganisatie"
    assert editor.previous.text().startswith("Vorige beoordeling: 22 november 2026")
    # the same day again: refused at the field and by the service
    assert not editor.reassess_button.isEnabled()
    assert editor.assessed_on.reading.text() == "Er is al een beoordeling op 22 november 2026."
    assert not editor.reassess()
    assert "heeft al een beoordeling op 22 november 2026" in shown_errors[-1]
    count = window.session.gf.conn.execute(
        "SELECT count(*) FROM risk_assessments a JOIN risks r ON r.id = a.risk_id"
        " WHERE r.code = 'R-03' AND assessed_on = '2026-11-22'").fetchone()[0]
    assert count == 1


@leaves_nothing_to_ask
def test_a_failed_undo_leaves_the_stack_where_it_was_and_says_so(qtbot, window, page, shown_errors) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    click_row(qtbot, page, "R-04")
    page.editor.status.setCurrentText("beheerst")
    page.editor.save_button.click()
    assert session.undo_stack.index() == 1
    # the row changes meanwhile (another change, outside this undo stack)
    risk_id = page.editor.risk.id
    with session.gf.change() as audit:
        audit.update("risks", risk_id, {"status": "open", "owner": "iemand anders"})
    window.act_undo.trigger()
    assert session.undo_stack.index() == 1 and session.undo_stack.canUndo()
    assert shown_errors == [(f'"Risico R-04 wijzigen" ongedaan maken lukte niet: rij {risk_id} in tabel "risks" is '
                            "intussen gewijzigd.\nEr is niets veranderd; de stap staat nog in het menu Bewerken.")]
    assert session.gf.conn.execute("SELECT owner FROM risks WHERE id = ?", [risk_id]).fetchone() == ("iemand anders",)


@leaves_nothing_to_ask
def test_an_io_error_during_undo_leaves_the_stack_and_redo_still_works(qtbot, window, page, shown_errors,
                                                                        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    click_row(qtbot, page, "R-04")
    page.editor.status.setCurrentText("beheerst")
    page.editor.save_button.click()
    real_undo = journal.undo

    def disk_full(audit, steps, progress=None):  # type: ignore[no-untyped-def]
        real_undo(audit, steps, progress)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(journal, "undo", disk_full)
    window.act_undo.trigger()
    assert session.undo_stack.index() == 1
    assert shown_errors == [('"Risico R-04 wijzigen" ongedaan maken lukte niet: De wijziging is niet opgeslagen: de '
                            "schijf is vol. Het bestand is ongewijzigd.\n"
                            "Er is niets veranderd; de stap staat nog in het menu Bewerken.")]
    assert page.session.gf.conn.execute("SELECT status FROM risks WHERE code = 'R-04'").fetchone() == ("beheerst",)
    monkeypatch.setattr(journal, "undo", real_undo)
    window.act_undo.trigger()
    window.act_redo.trigger()  # the old desync made this fail with a UNIQUE constraint error
    assert session.undo_stack.index() == 1 and len(shown_errors) == 1
    assert verify(session.gf.path).ok


@leaves_nothing_to_ask
def test_undoing_a_large_import_runs_in_a_worker_with_progress(qtbot, window, page) -> None:  # type: ignore[no-untyped-def]
    from swtgov.ui.session import LARGE_STEP

    session = window.session
    before = session.gf.conn.execute("SELECT count(*) FROM risks").fetchone()[0]

    def many(audit):  # type: ignore[no-untyped-def]
        for n in range(LARGE_STEP + 100):
            audit.insert("risks", {"code": f"X-{n:04d}", "title": f"Risico {n}", "category": "Test"})

    session.perform("Import risicos.xlsx", many)
    assert session.gf.conn.execute("SELECT count(*) FROM risks").fetchone()[0] == before + LARGE_STEP + 100
    progress: list[int] = []
    window.act_undo.trigger()
    task = session.task
    assert task is not None and task.dialog is not None  # off the UI thread, with a progress dialog
    assert not window.act_undo.isEnabled() and not window.act_redo.isEnabled()
    task.dialog.canceled.disconnect()  # nobody cancels here
    task._worker.progressed.connect(lambda done, _total: progress.append(done))
    qtbot.waitUntil(lambda: session.task is None, timeout=20_000)
    assert session.gf.conn.execute("SELECT count(*) FROM risks").fetchone()[0] == before
    assert session.undo_stack.index() == 0 and session.undo_stack.canRedo()
    window.act_redo.trigger()
    qtbot.waitUntil(lambda: session.task is None, timeout=20_000)
    assert session.gf.conn.execute("SELECT count(*) FROM risks").fetchone()[0] == before + LARGE_STEP + 100
    assert verify(session.gf.path).ok
