"""Schema of the meetings area (step ``0004_vergaderingen``).

Dates are ISO text (``2026-03-12``), times ``HH:MM`` local time. A meeting belongs to
the RvT (``committee_id`` NULL) or to a commissie of the rooster area. Documents are
stored once by their SHA-256 (``documents.content``, a BLOB); the audit log records
the content as ``sha256:<hex>`` (see :data:`swtgov.store.audit.BLOB_PREFIX`), never
the bytes. Foreign keys restrict: every row is deleted through the audit log, children
first.

Triggers refuse every UPDATE and DELETE inside the record of a meeting whose minutes
are vastgesteld (a Dutch message; :class:`swtgov.store.audit.Audit` turns it into a
known error). Only the send dates of the meeting and the status of its action items
(done at a later meeting) may still change. New rows for such a meeting are refused
by the repository (a trigger on INSERT would also fire while a leesversie is copied).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the schema is declared at start-up; sqlite-utils loads when a step runs
    from sqlite_utils import Database

#: the text every lock trigger raises; the audit writer shows it as a known error
LOCKED = (
    "geweigerd: De notulen van deze vergadering zijn vastgesteld; "
    "deze vergadering kan niet meer worden gewijzigd."
)

_APPROVED = "(SELECT minutes_status FROM meetings WHERE id = {ref}) = 'vastgesteld'"


def _lock(db: Database, table: str, ref: str, update_of: str = "") -> None:
    """Triggers on ``table`` that refuse changes when the row's meeting is vastgesteld."""
    condition = _APPROVED.format(ref=ref)
    of = f" OF {update_of}" if update_of else ""
    db.execute(
        f"CREATE TRIGGER {table}_locked_update BEFORE UPDATE{of} ON {table} "
        f"WHEN {condition} BEGIN SELECT RAISE(ABORT, '{LOCKED}'); END"
    )
    db.execute(
        f"CREATE TRIGGER {table}_locked_delete BEFORE DELETE ON {table} "
        f"WHEN {condition} BEGIN SELECT RAISE(ABORT, '{LOCKED}'); END"
    )


def create(db: Database) -> None:
    """Step 0004_vergaderingen: the area's tables, indexes and lock triggers."""
    db.execute(
        """CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            committee_id INTEGER REFERENCES committees(id) ON DELETE RESTRICT,
            held_on TEXT NOT NULL,
            starts_at TEXT,
            ends_at TEXT,
            location TEXT NOT NULL DEFAULT '',
            minutes_status TEXT NOT NULL DEFAULT 'concept'
                CHECK (minutes_status IN ('concept', 'vastgesteld')),
            approved_on TEXT,
            pack_sent_on TEXT,
            minutes_sent_on TEXT,
            CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at > starts_at)
        )"""
    )
    db.execute("CREATE UNIQUE INDEX idx_meetings_body_date ON meetings(ifnull(committee_id, 0), held_on)")
    db.execute("CREATE INDEX idx_meetings_held_on ON meetings(held_on)")
    db.execute(
        """CREATE TABLE agenda_items (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE RESTRICT,
            number TEXT NOT NULL,
            position INTEGER NOT NULL,
            title TEXT NOT NULL CHECK (trim(title) <> ''),
            kind TEXT NOT NULL DEFAULT 'bespreking'
                CHECK (kind IN ('besluitvorming', 'bespreking', 'informatie')),
            presenter TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            minutes TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX idx_agenda_items_meeting ON agenda_items(meeting_id, position)")
    db.execute(
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            size INTEGER NOT NULL,
            pages INTEGER NOT NULL,
            besloten INTEGER NOT NULL DEFAULT 0 CHECK (besloten IN (0, 1)),
            content BLOB NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE agenda_documents (
            id INTEGER PRIMARY KEY,
            agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE RESTRICT,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
            position INTEGER NOT NULL,
            UNIQUE (agenda_item_id, document_id)
        )"""
    )
    db.execute("CREATE INDEX idx_agenda_documents_document ON agenda_documents(document_id)")
    db.execute(
        """CREATE TABLE conflicts (
            id INTEGER PRIMARY KEY,
            agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE RESTRICT,
            member_id INTEGER REFERENCES members(id) ON DELETE RESTRICT,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            reason TEXT NOT NULL DEFAULT '',
            UNIQUE (agenda_item_id, name)
        )"""
    )
    db.execute(
        """CREATE TABLE attendance (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE RESTRICT,
            member_id INTEGER REFERENCES members(id) ON DELETE RESTRICT,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            presence TEXT NOT NULL DEFAULT 'aanwezig'
                CHECK (presence IN ('aanwezig', 'afwezig_mk', 'afwezig_zk')),
            capacity TEXT NOT NULL DEFAULT 'lid' CHECK (capacity IN ('lid', 'gast', 'notulist')),
            role TEXT NOT NULL DEFAULT '',
            UNIQUE (meeting_id, name)
        )"""
    )
    db.execute("CREATE INDEX idx_attendance_member ON attendance(member_id)")
    db.execute(
        """CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE RESTRICT,
            agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE RESTRICT,
            number TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL CHECK (trim(text) <> '')
        )"""
    )
    db.execute("CREATE INDEX idx_decisions_meeting ON decisions(meeting_id)")
    db.execute(
        """CREATE TABLE action_items (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE RESTRICT,
            agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE RESTRICT,
            what TEXT NOT NULL CHECK (trim(what) <> ''),
            who TEXT NOT NULL DEFAULT '',
            due_on TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'gereed')),
            done_on TEXT
        )"""
    )
    db.execute("CREATE INDEX idx_action_items_meeting ON action_items(meeting_id)")
    db.execute(
        """CREATE TABLE pack_versions (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE RESTRICT,
            version INTEGER NOT NULL CHECK (version >= 1),
            made_at TEXT NOT NULL,
            sent_on TEXT,
            fingerprint TEXT NOT NULL DEFAULT '{}',
            UNIQUE (meeting_id, version)
        )"""
    )
    # The lock. A meeting's own row: its record columns, and deleting it.
    db.execute(
        "CREATE TRIGGER meetings_locked_update BEFORE UPDATE OF committee_id, held_on, starts_at, ends_at,"
        " location, minutes_status, approved_on ON meetings WHEN OLD.minutes_status = 'vastgesteld'"
        f" BEGIN SELECT RAISE(ABORT, '{LOCKED}'); END"
    )
    db.execute(
        "CREATE TRIGGER meetings_locked_delete BEFORE DELETE ON meetings"
        f" WHEN OLD.minutes_status = 'vastgesteld' BEGIN SELECT RAISE(ABORT, '{LOCKED}'); END"
    )
    _lock(db, "agenda_items", "OLD.meeting_id")
    _lock(db, "attendance", "OLD.meeting_id")
    _lock(db, "decisions", "OLD.meeting_id")
    _lock(db, "action_items", "OLD.meeting_id", "meeting_id, agenda_item_id, what, who, due_on")
    item_meeting = "(SELECT meeting_id FROM agenda_items WHERE id = OLD.agenda_item_id)"
    _lock(db, "agenda_documents", item_meeting)
    _lock(db, "conflicts", item_meeting)


STEPS = (("0004_vergaderingen", create),)
