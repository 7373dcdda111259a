"""Undo and redo of audited changes, from the journal an :class:`Audit` keeps.

Every audited write is journalled as ``(action, table, key, before, after)``.
Undo applies the inverse of each step in reverse order; redo applies the steps
again. Both are themselves audited changes, so history stays complete.

Before each step the row is compared with what the journal says it should be: a row
changed meanwhile (by another change, an import, or a hand edit) is never overwritten;
:class:`RowChangedMeanwhile` is raised instead and the caller's transaction rolls back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from swtgov.errors import SwtgovError
from swtgov.store.audit import Audit, JournalStep

Progress = Callable[[int, int], None]
#: progress is reported every this many steps
PROGRESS_EVERY = 250


class RowChangedMeanwhile(SwtgovError):
    """A row is no longer as the step left it; replaying the step would overwrite a later change."""


def _differs(current: dict[str, Any] | None, expected: dict[str, Any]) -> bool:
    return current is None or any(current.get(column) != value for column, value in expected.items())


def _conflict(step: JournalStep, why: str) -> RowChangedMeanwhile:
    return RowChangedMeanwhile(f'rij {step.key} in tabel "{step.table}" {why}')


def _apply(audit: Audit, step: JournalStep, action: str, expected: dict[str, Any] | None,
           values: dict[str, Any] | None) -> None:  # fmt: skip
    """Do ``action`` for one step after checking the row is as ``expected`` (None: absent)."""
    current = audit.get(step.table, step.key)
    if action == "insert":
        if current is not None:
            raise _conflict(step, "bestaat intussen weer")
        assert values is not None
        audit.insert(step.table, values)
        return
    if current is None:
        raise _conflict(step, "is intussen verwijderd")
    assert expected is not None
    if _differs(current, expected):
        raise _conflict(step, "is intussen gewijzigd")
    if action == "delete":
        audit.delete(step.table, step.key)
    else:
        assert values is not None
        audit.update(step.table, step.key, values)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
        progress(done, total)


def undo(audit: Audit, journal: Sequence[JournalStep], progress: Progress | None = None) -> None:
    """Reverse a journal, newest step first.

    Raises:
        RowChangedMeanwhile: a row is no longer as the journal left it (nothing may be kept:
            the caller's transaction must roll back).
    """
    total = len(journal)
    for done, step in enumerate(reversed(journal), start=1):
        if step.action == "insert":
            _apply(audit, step, "delete", step.after, None)
        elif step.action == "delete":
            _apply(audit, step, "insert", None, step.before)
        elif step.action == "update":
            _apply(audit, step, "update", step.after, step.before)
        _report(progress, done, total)


def redo(audit: Audit, journal: Sequence[JournalStep], progress: Progress | None = None) -> None:
    """Apply a journal again, oldest step first.

    Raises:
        RowChangedMeanwhile: a row is no longer as the journal expects it.
    """
    total = len(journal)
    for done, step in enumerate(journal, start=1):
        if step.action == "insert":
            _apply(audit, step, "insert", None, step.after)
        elif step.action == "delete":
            _apply(audit, step, "delete", step.before, None)
        elif step.action == "update":
            _apply(audit, step, "update", step.before, step.after)
        _report(progress, done, total)
