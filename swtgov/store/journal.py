"""Undo and redo of audited changes, from the journal an :class:`Audit` keeps.

Every audited write is journalled as ``(action, table, key, before, after)``.
Undo applies the inverse of each step in reverse order; redo applies the steps
again. Both are themselves audited changes, so history stays complete.
"""

from __future__ import annotations

from collections.abc import Sequence

from swtgov.store.audit import Audit, JournalStep


def undo(audit: Audit, journal: Sequence[JournalStep]) -> None:
    """Reverse a journal, newest step first."""
    for step in reversed(journal):
        if step.action == "insert":
            audit.delete(step.table, step.key)
        elif step.action == "delete":
            assert step.before is not None
            audit.insert(step.table, step.before)
        elif step.action == "update":
            assert step.before is not None
            audit.update(step.table, step.key, step.before)


def redo(audit: Audit, journal: Sequence[JournalStep]) -> None:
    """Apply a journal again, oldest step first."""
    for step in journal:
        if step.action == "insert":
            assert step.after is not None
            audit.insert(step.table, step.after)
        elif step.action == "delete":
            audit.delete(step.table, step.key)
        elif step.action == "update":
            assert step.after is not None
            audit.update(step.table, step.key, step.after)
