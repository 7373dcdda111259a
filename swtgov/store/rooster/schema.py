"""Schema of the rooster: members, terms, role changes, commissies and their seats.

Dates are ISO text (``2027-03-01``); an end date is exclusive (the departure
day). Step 0002 made the foreign keys cascade; step 0007 (:func:`restrict`) rebuilt
the child tables of the rooster and the risk register with ``ON DELETE RESTRICT``: a
cascade deletes rows behind the audit log's back, so the app deletes the children
through the log itself and the file refuses a parent with children left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the schema is declared at start-up; sqlite-utils loads when a step runs
    from sqlite_utils import Database


def create(db: Database) -> None:
    """Step 0002_rooster: the area's tables."""
    db.execute(
        """CREATE TABLE members (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            role TEXT NOT NULL DEFAULT 'lid' CHECK (role IN ('voorzitter', 'vicevoorzitter', 'lid')),
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX idx_members_name ON members(name)")
    db.execute(
        """CREATE TABLE terms (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            number INTEGER NOT NULL CHECK (number >= 1),
            starts_on TEXT NOT NULL,
            ends_on TEXT NOT NULL CHECK (ends_on > starts_on),
            left_on TEXT CHECK (left_on IS NULL OR left_on >= starts_on),
            left_reason TEXT NOT NULL DEFAULT '',
            UNIQUE (member_id, number)
        )"""
    )
    db.execute("CREATE INDEX idx_terms_ends_on ON terms(ends_on)")
    db.execute(
        """CREATE TABLE role_changes (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('voorzitter', 'vicevoorzitter', 'lid')),
            since TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_role_changes_member ON role_changes(member_id, since)")
    db.execute(
        """CREATE TABLE committees (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
            kind TEXT NOT NULL DEFAULT 'overig'
                CHECK (kind IN ('audit', 'werkgevers', 'kwaliteit', 'overig'))
        )"""
    )
    db.execute(
        """CREATE TABLE committee_seats (
            id INTEGER PRIMARY KEY,
            committee_id INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            starts_on TEXT NOT NULL,
            ends_on TEXT CHECK (ends_on IS NULL OR ends_on > starts_on),
            is_chair INTEGER NOT NULL DEFAULT 0 CHECK (is_chair IN (0, 1))
        )"""
    )
    db.execute("CREATE INDEX idx_committee_seats_committee ON committee_seats(committee_id, starts_on)")
    db.execute("CREATE INDEX idx_committee_seats_member ON committee_seats(member_id)")


def restrict(db: Database) -> None:
    """Step 0007_restrict: every foreign key of the rooster and the risk register becomes
    ``ON DELETE RESTRICT`` (ids, rows and indexes kept; see :mod:`swtgov.store.rebuild`)."""
    from swtgov.store.rebuild import rebuild_with_restrict
    from swtgov.store.risks.schema import RESTRICTED as RISK_TABLES

    rebuild_with_restrict(db, RESTRICTED + RISK_TABLES)


#: the child tables step 0007 rebuilds
RESTRICTED: tuple[str, ...] = ("terms", "role_changes", "committee_seats")

#: this area's schema steps, in release order (append only)
STEPS = (("0002_rooster", create), ("0007_restrict", restrict))
