"""Opening, creating and closing a governance file.

Every check that can refuse a file runs on a read-only connection first, so a
refused file is left byte-for-byte as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from swtgov.errors import FileProblem, FileReadOnly
from swtgov.store.lock import FileLock, LockInfo, host_name, os_user
from swtgov.store.opening import (  # noqa: F401  (re-exported: the file's entry points)
    APPLICATION_ID,
    check_header,
    connect,
    inspect,
    network_share,
    read_only_reason,
)
from swtgov.store.opening import name_of as _name
from swtgov.store.paths import EXTENSION

if TYPE_CHECKING:
    from sqlite_utils import Database

    from swtgov.store.audit import Audit
    from swtgov.store.backup import Backup


def database(conn: sqlite3.Connection) -> Database:
    """A sqlite-utils Database over an open connection (no plugins: nothing foreign
    runs on a governance file)."""
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


@dataclass
class GovernanceFile:
    """An open governance file.

    Attributes:
        path: where it is.
        db: the sqlite-utils database.
        read_only: no change may be made (someone else has it open, or it is a leesversie).
        holder: who has it open, when that is why it is read-only.
        warnings: Dutch warnings to show (network share, read-only place).
        read_only_reason: why it was opened read-only when the file or its folder
            cannot be written (Dutch, e.g. "de map waarin het staat is alleen-lezen").
    """

    path: Path
    conn: sqlite3.Connection
    read_only: bool
    lock: FileLock | None = None
    holder: LockInfo | None = None
    warnings: list[str] = field(default_factory=list)
    info: dict[str, str] = field(default_factory=dict)
    _db: Database | None = field(default=None, repr=False)
    _audit: Audit | None = field(default=None, repr=False)
    read_only_reason: str = ""
    _identity: str | None = field(default=None, repr=False)

    @property
    def db(self) -> Database:
        """The sqlite-utils view of the file, made on first use."""
        if self._db is None:
            self._db = database(self.conn)
        return self._db

    @property
    def is_review_copy(self) -> bool:
        return self.info.get("kind") == "leesversie"

    @contextlib.contextmanager
    def change(self) -> Iterator[Audit]:
        """One transaction of audited changes; refused when read-only."""
        if self.read_only:
            why = ""
            if self.holder is not None:
                from swtgov import display

                since = display.moment(self.holder.since_moment)
                why = f" (het is geopend door {self.holder.user} op {self.holder.host} sinds {since})"
            elif self.is_review_copy:
                why = " (het is een leesversie)"
            elif self.read_only_reason:
                why = f" ({self.read_only_reason})"
            raise FileReadOnly(
                f"Dit bestand is alleen-lezen geopend{why}; de wijziging is niet opgeslagen."
            )
        from swtgov.store.audit import Audit

        if self._audit is not None:
            # Nested: same log writer (it caches the log's head), own savepoint. Buffered
            # entries are written first, so a rollback of the savepoint cannot take
            # entries of the outer change with it.
            audit = self._audit
            audit.flush()
            mark = audit.mark()
            try:
                with self.db.atomic():
                    yield audit
            except BaseException:
                audit.rewind(mark)
                raise
            return
        audit = Audit(self.db, os_user(), host_name())
        self._audit = audit
        try:
            with self.db.atomic():
                yield audit
                audit.flush()
        except sqlite3.OperationalError as exc:
            from swtgov.errors import sqlite_error_text

            raise FileProblem(
                f"De wijziging is niet opgeslagen: {sqlite_error_text(exc)}. Het bestand is ongewijzigd."
            ) from None
        finally:
            self._audit = None
        self._anchor(audit)

    def _anchor(self, audit: Audit) -> None:
        """Record the new head of the log outside the file (see :mod:`swtgov.store.anchor`)."""
        top = audit.mark()[0]
        if top is None or top[0] == 0:
            return
        from swtgov.store import anchor

        if self._identity is None:
            self._identity = anchor.identity(self.conn)
        if self._identity:
            anchor.record(self.path, self._identity, top[0], top[1])

    def backup(self, reason: str = "handmatig", keep: int | None = None) -> Backup:
        from swtgov.store.backup import make_backup

        def setting(key: str) -> int:
            row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
            return int(row[0]) if row else int(read_setting_default(key))

        if keep is None:
            keep = setting("general.backups_kept")
        return make_backup(self.conn, self.path, reason, keep, setting("general.backups_max_mb") * 1_000_000)

    @property
    def check_code(self) -> str:
        """The controlegetal of the log as it is now (the footer of every report)."""
        from swtgov.store.anchor import check_code_of

        return check_code_of(self.conn)

    def needs_daily_backup(self, today: dt.date | None = None) -> bool:
        from swtgov.store.backup import has_backup_on

        return not self.read_only and not has_backup_on(self.path, today or dt.date.today())

    def heartbeat(self) -> None:
        if self.lock is not None:
            self.lock.heartbeat()

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if not self.read_only:
                self.conn.execute("PRAGMA optimize")
            self.conn.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def read_setting_default(key: str) -> object:
    from swtgov.domain.settings import GENERAL_SETTINGS

    return next(s.default for s in GENERAL_SETTINGS if s.key == key)


def _configure(conn: sqlite3.Connection, read_only: bool, network: str | None) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    if not read_only:
        mode = "DELETE" if network else "WAL"
        conn.execute(f"PRAGMA journal_mode = {mode}")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA cache_size = -32768")  # 32 MiB: large imports stay in memory


def open_file(path: Path, *, read_only: bool = False, daily_backup: bool = True,
              tidy: bool = True) -> GovernanceFile:
    """Open a governance file, after every check; migrate it when needed.

    Args:
        path: the ``.swtgov`` file.
        read_only: open without the intention to change anything.
        daily_backup: make today's backup now when there is none yet (the window
            passes False and makes it after the first paint, off the UI thread).
        tidy: clear our own leftovers and anchor a file this computer has not seen
            (:func:`first_sight`) now; the window passes False and does it after the
            first paint.
    """
    path = Path(path)
    info = inspect(path)
    is_copy = info.get("kind") == "leesversie"
    if not info.pop("_current"):
        reason = read_only_reason(path)
        if reason:
            raise FileReadOnly(
                f"{_name(path)} moet worden bijgewerkt naar deze versie van swtgov, maar {reason}. "
                "Kopieer het naar een map waarin u mag schrijven en open het daar."
            )
        _upgrade(path)  # an older file: bring it up to date first, under the lock
    network = network_share(path)
    warnings = []
    if network:
        warnings.append(
            f"Dit bestand staat op een netwerkschijf ({network}). SQLite-bestanden kunnen op "
            "een netwerkschijf beschadigd raken als twee computers tegelijk schrijven. "
            "Werk bij voorkeur op een lokale kopie."
        )
    lock: FileLock | None = None
    holder: LockInfo | None = None
    read_only = read_only or is_copy  # a leesversie is never written, not even its header
    reason = "" if read_only else (read_only_reason(path) or "")
    if reason:  # shown in the window's banner and in the refusal of a change
        read_only = True
    if not read_only:
        lock, holder = FileLock.acquire(path)
        if lock is None:
            read_only = True
            if holder is None:
                reason = "de vergrendeling naast het bestand kan niet worden gemaakt"
    conn = connect(path, read_only)
    _configure(conn, read_only, network)
    gf = GovernanceFile(path, conn, read_only, lock, holder, warnings, info, read_only_reason=reason)
    try:
        if tidy:
            first_sight(gf)
        if daily_backup and gf.needs_daily_backup():
            gf.backup("dagelijks")
    except BaseException:
        gf.close()
        raise
    return gf


def first_sight(gf: GovernanceFile) -> None:
    """Leftovers of our own beside the file and among its backups go; a file this
    computer has never anchored gets its first checkpoint. Nothing for a file opened
    read-only (nothing of ours may be removed or written there)."""
    if gf.read_only:
        return
    from swtgov.store import anchor
    from swtgov.outputs import clean_stale
    from swtgov.store.paths import backups_dir

    clean_stale(Path(os.path.realpath(gf.path)).parent)
    with contextlib.suppress(OSError):
        clean_stale(backups_dir(gf.path), legacy=True)
    if not anchor.knows(gf.path):
        anchor.record_head(gf.path, gf.conn)


def _upgrade(path: Path) -> None:
    """Apply pending schema steps to a file from an older swtgov, after a backup.

    Done even when the caller only wants to read (a leesversie, the window): an older
    file cannot be read by this version's queries (``verify`` never upgrades: it reads
    the file as it is). Refused while someone else has it open.
    """
    from swtgov.store import migrations

    lock, holder = FileLock.acquire(path)
    if lock is None:
        who = f" door {holder.user} op {holder.host}" if holder else ""
        raise FileReadOnly(
            f"{_name(path)} moet worden bijgewerkt naar deze versie van swtgov, maar is nu "
            f"geopend{who}. Probeer het opnieuw als het daar is gesloten."
        )
    conn = connect(path, read_only=False)
    try:
        _configure(conn, False, network_share(path))
        gf = GovernanceFile(path, conn, False)
        if migrations.pending(gf.db):
            gf.backup("migratie", keep=10)
        migrations.apply(gf.db)  # also records the schema version when only that was stale
        from swtgov.store import anchor

        anchor.record_head(path, conn)  # a migration's log entries are ours
    finally:
        conn.close()
        lock.release()


def create_file(path: Path, organisation_name: str) -> GovernanceFile:
    """Create a new, empty governance file and open it."""
    path = Path(path)
    if path.suffix != EXTENSION:
        path = path.with_name(path.name + EXTENSION)
    leftover = path.is_file() and path.stat().st_size == 0  # a killed attempt of an old version
    if path.exists() and not leftover:
        raise FileProblem(f"{_name(path)} bestaat al; kies een andere naam.")
    if not organisation_name.strip():
        raise FileProblem("Geef de naam van de organisatie op.")
    from swtgov.outputs import written

    # Built under a temporary name beside the target and renamed when whole: a kill
    # or a full disk leaves no half-made file behind.
    with written(path, replace=leftover, what="Het nieuwe bestand") as temp:
        try:
            conn = sqlite3.connect(temp)
        except sqlite3.Error:
            raise FileProblem(f"{_name(path)} kan niet worden aangemaakt.") from None
        try:
            _fill_new(conn, organisation_name)
        except sqlite3.Error as exc:
            from swtgov.errors import sqlite_error_text

            raise FileProblem(f"{_name(path)} kan niet worden aangemaakt: {sqlite_error_text(exc)}.") from None
        finally:
            conn.close()  # checkpoints the WAL into the file and removes it
    return open_file(path, daily_backup=False)


def _fill_new(conn: sqlite3.Connection, organisation_name: str) -> None:
    from swtgov.store import migrations
    from swtgov.store.audit import Audit

    db = database(conn)
    db.execute("PRAGMA journal_mode = WAL")
    migrations.apply(db)
    with db.atomic():
        audit = Audit(db, os_user(), host_name())
        now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        audit.insert("file_info", {"key": "kind", "value": "governance"})
        audit.insert("file_info", {"key": "created_at", "value": now})
        audit.insert("file_info", {"key": "created_by", "value": os_user()})
        audit.insert(
            "settings",
            {"key": "general.organisation_name", "value": _json(organisation_name.strip())},
        )
        audit.flush()


def _json(value: object) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)
