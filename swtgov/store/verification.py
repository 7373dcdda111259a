"""``verify``: every check of a governance file, read in one snapshot, writing nothing.

All queries run inside one read transaction, so a save by another process (the
window verifies in the background while the user edits) can never make two queries
see two different moments of the file. Only SQLite's own integrity check, which is about
the file's structure, runs on a connection of its own, in a thread beside the rest. The file is opened read-only and never
upgraded: an older file is reported as such and checked as it is.

What is checked: SQLite's integrity; the schema against the one the recorded steps
make (:mod:`~swtgov.store.fingerprint`); the audit log's hash chain; every audited
table against the replayed log; the log against what this computer last saw of it
(:mod:`~swtgov.store.anchor`) and, when given, a controlegetal from paper. A
leesversie has no log by design: it is checked for tables it must not hold and
against the seal of its contents written when it was made.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from swtgov.display import plural
from swtgov.store import anchor, audit, fingerprint, log_fast, opening

SEAL_KEY = "review_copy_seal"


@dataclass
class Findings:
    """What verification found: problems (the file is not as swtgov left it) and notes."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    entries: int = 0


def content_seal(conn: sqlite3.Connection, tables: Iterable[str], schema: str = "main") -> str:
    """SHA-256 over the rows of ``tables`` (order-free, so a VACUUM cannot change it);
    the seal's own ``file_info`` row is left out."""
    digest = hashlib.sha256()
    present = {r[0] for r in conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'")}
    for table in sorted(set(tables) & present):
        cursor = conn.execute(f'SELECT * FROM {schema}."{table}"')
        names = [d[0] for d in cursor.description]
        lines = []
        for row in cursor:
            record = dict(zip(names, row, strict=True))
            if table == "file_info" and record.get("key") == SEAL_KEY:
                continue
            lines.append(json.dumps({k: audit.logged(v) for k, v in record.items()}, sort_keys=True, ensure_ascii=False))
        digest.update(f"{table}\x1e{len(lines)}\x1e".encode())
        for line in sorted(lines):
            digest.update(line.encode("utf-8") + b"\x1f")
    return digest.hexdigest()


def _outdated_note(conn: sqlite3.Connection) -> str:
    from swtgov.store import schema

    applied = set(opening.applied_steps(conn))
    missing = [name for name in schema.step_names() if name not in applied]
    step = f" (schemastap {missing[0]} ontbreekt)" if missing else ""
    return (
        f"Dit bestand is gemaakt met een oudere versie van swtgov{step}. Het is gecontroleerd zoals het is "
        "en niet bijgewerkt; open het in swtgov om het bij te werken."
    )


def _review_copy(conn: sqlite3.Connection, info: dict[str, str], allowed: Sequence[str], found: Findings) -> None:
    from swtgov.store.governance import database

    db = database(conn)
    if not audit.log_is_empty(db):
        found.problems.append("een leesversie heeft geen auditlog, maar dit bestand wel (buiten swtgov gewijzigd)")
    for table in audit.audited_tables(db):
        if table in allowed:
            continue
        count = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        if count:
            found.problems.append(
                f'tabel "{table}" hoort niet in een leesversie, maar bevat {plural(count, "rij", "rijen")} '
                "(buiten swtgov toegevoegd)"
            )
    seal = info.get(SEAL_KEY)
    if seal is None:
        found.notes.append(
            "Deze leesversie heeft geen zegel (gemaakt met een oudere versie van swtgov): "
            "of de inhoud sindsdien is gewijzigd, is niet na te gaan."
        )
    elif content_seal(conn, allowed) != seal:
        found.problems.append(
            "de inhoud van deze leesversie is gewijzigd nadat ze is gemaakt (het zegel klopt niet)"
        )
    found.notes.append(
        "Dit is een leesversie: die bevat bewust geen auditlog. Gecontroleerd zijn de integriteit "
        "van de database, de tabelstructuur en het zegel van de inhoud."
    )


class _IntegrityCheck:
    """SQLite's full integrity check on its own read-only connection, in a thread.

    Integrity is structural, so it needs no part in the snapshot of the other checks;
    SQLite releases the GIL while it works, so the check runs beside the Python work of
    the other checks. Beside their Python work, not their reading: two threads working in
    SQLite at the same time slow each other down about as much as they gain (SQLite's
    memory accounting is one lock), so the caller starts it when its reading is done.
    """

    def __init__(self, path: Path) -> None:
        self._conn: sqlite3.Connection | None = None
        self._thread: threading.Thread | None = None
        self.rows: list[str] = []
        self.error: BaseException | None = None
        try:
            # opened here: in the thread, each of the Python steps of opening would wait
            # for the GIL while the caller works
            self._conn = opening.connect(path, read_only=True)
        except sqlite3.Error as exc:
            self.error = exc

    def start(self) -> None:
        """Start the check (again: nothing happens)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="swtgov-integrity", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        conn = self._conn
        if conn is None:
            return
        try:
            self.rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        except BaseException as exc:  # noqa: BLE001 - handed to the caller by result()
            self.error = exc

    def stop(self) -> None:
        """Cut the check short (the verification failed otherwise) and close it."""
        if self._conn is not None:
            self._conn.interrupt()
        self._finish()

    def _finish(self) -> None:
        if self._thread is not None:
            self._thread.join()
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def result(self) -> list[str]:
        """The check's problems in Dutch (empty: in order).

        Raises:
            sqlite3.DatabaseError: the database cannot be read far enough to check it.
        """
        self.start()
        self._finish()
        if self.error is not None:
            raise self.error
        if self.rows == ["ok"]:
            return []
        return [f"integriteit: {row}" for row in self.rows[:20]]


def verify_file(path: Path, review_tables: Sequence[str], anchor_code: str | None = None) -> Findings:
    """Every check of ``path``, in one read snapshot; nothing is written.

    Args:
        path: the governance file or leesversie.
        review_tables: the tables a leesversie may hold (the areas' allow-list).
        anchor_code: a controlegetal to check the file against (``verify --anchor``).

    Raises:
        FileProblem: (and its subclasses) the file is not a governance file, is
            damaged beyond reading, or was made by a newer swtgov.
    """
    from swtgov.store.governance import database

    path = Path(path)
    info = opening.inspect(path, quick_check=False)  # the full integrity check follows
    current = bool(info.pop("_current"))
    found = Findings()
    known = anchor.read_all()  # before the snapshot: no checkpoint can be ahead of it
    integrity = _IntegrityCheck(path)
    conn = opening.connect(path, read_only=True)
    damaged = False
    notes_before = 0
    try:
        conn.execute("BEGIN")  # one snapshot for every query below
        db = database(conn)
        if not current:
            found.notes.append(_outdated_note(conn))
            notes_before = len(found.notes)
        fingerprint.compare(conn, opening.applied_steps(conn), found.problems.append)
        info = opening.read_info(conn)  # again, inside the snapshot
        if info.get("kind") == "leesversie" and audit.log_is_empty(db):
            integrity.start()
            _review_copy(conn, info, review_tables, found)
        else:
            # values are named only for tables RvT members may see (the leesversie's list):
            # a confidential register's changed field is reported without its contents
            shown = frozenset(review_tables)
            entries = log_fast.check(conn, found.problems.append, shown_tables=shown, read=integrity.start)
            integrity.start()
            if entries is not None:
                found.entries = entries
            else:  # the log has a problem or is unusual: the old path names it
                found.entries, expected = audit.verify_log(db, found.problems.append)
                if found.entries == 0:
                    found.problems.append(
                        "het auditlog is leeg, maar een governancebestand begint altijd met de regels "
                        "waarmee het is aangemaakt (het log is buiten swtgov gewist)"
                    )
                audit.verify_tables(db, found.problems.append, expected=expected, shown_tables=shown)
        anchor.compare(path, conn, found.problems.append, found.notes.append, known)
        if anchor_code is not None:
            anchor.compare_code(anchor_code, conn, found.problems.append)
    except sqlite3.DatabaseError:
        damaged = True
    except BaseException:
        integrity.stop()
        raise
    finally:
        conn.rollback()
        conn.close()
    try:
        found.problems[0:0] = integrity.result()  # SQLite's own check is reported first
    except sqlite3.DatabaseError:
        # as when the check ran first: nothing after it counts
        found.problems = ["de database is beschadigd: ze kan niet helemaal worden gelezen"]
        del found.notes[notes_before:]
        found.entries = 0
        return found
    if damaged:
        found.problems.append("de database is beschadigd: ze kan niet helemaal worden gelezen")
    return found
