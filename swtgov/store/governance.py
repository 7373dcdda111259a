"""Opening, creating and closing a governance file.

Every check that can refuse a file runs on a read-only connection first, so a
refused file is left byte-for-byte as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from swtgov.errors import (
    CorruptFile,
    FileProblem,
    FileReadOnly,
    FileTooNew,
    NotAGovernanceFile,
)
from swtgov.store import schema
from swtgov.store.lock import FileLock, LockInfo, host_name, os_user
from swtgov.store.paths import EXTENSION

if TYPE_CHECKING:
    from sqlite_utils import Database

    from swtgov.store.audit import Audit
    from swtgov.store.backup import Backup

APPLICATION_ID = 0x53575447  # "SWTG"; also set by the first migration

SQLITE_HEADER = b"SQLite format 3\x00"
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "afs", "9p", "fuse.sshfs", "davfs", "ncpfs"}


def _name(path: Path) -> str:
    return f'"{path.name}"'


def check_header(path: Path) -> None:
    """Refuse what is not a whole SQLite file, reading only its header."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise FileProblem(f"Het bestand {path} bestaat niet.") from None
    except IsADirectoryError:
        raise FileProblem(f"{path} is een map, geen governancebestand.") from None
    except OSError as exc:
        raise FileProblem(f"Het bestand {path} kan niet worden gelezen: {exc.strerror}.") from None
    if not header.startswith(SQLITE_HEADER):
        raise NotAGovernanceFile(
            f"{_name(path)} is geen swtgov-bestand: het is geen SQLite-database."
        )
    if len(header) < 100:
        raise CorruptFile(f"{_name(path)} is beschadigd: het bestand is afgebroken.")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, pages = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if page_size < 512 or page_size & (page_size - 1):
        raise CorruptFile(f"{_name(path)} is beschadigd: de kop van de database is ongeldig.")
    if change_counter == valid_for and pages and size < pages * page_size:
        raise CorruptFile(
            f"{_name(path)} is beschadigd: het bestand is afgebroken "
            f"({size} van {pages * page_size} bytes)."
        )
    if size % page_size:
        raise CorruptFile(f"{_name(path)} is beschadigd: de lengte klopt niet met de paginagrootte.")


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=10.0)
    return conn


def inspect(path: Path) -> dict[str, str]:
    """Run every refusing check without writing anything; raise a known error.

    Returns:
        The file's ``file_info`` (its kind, who made it, ...), read on the same
        read-only connection, so that a leesversie is known before anything is written.
    """
    check_header(path)
    try:
        conn = _connect(path, read_only=True)
    except sqlite3.Error as exc:
        raise FileProblem(f"{_name(path)} kan niet worden geopend: {exc}.") from None
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.DatabaseError:
            raise CorruptFile(f"{_name(path)} is beschadigd: de database kan niet worden gelezen.") from None
        if app_id != APPLICATION_ID or "_sqlite_migrations" not in tables:
            raise NotAGovernanceFile(
                f"{_name(path)} is een SQLite-database, maar geen swtgov-bestand."
            )
        try:
            result = [r[0] for r in conn.execute("PRAGMA quick_check")]
        except sqlite3.DatabaseError:
            result = ["onleesbaar"]
        if result != ["ok"]:
            raise CorruptFile(
                f"{_name(path)} is beschadigd ({result[0]}). Herstel een back-up via "
                "Bestand › Herstellen uit back-up."
            )
        newer = _newer_steps(conn)
        if newer:
            raise FileTooNew(
                f"{_name(path)} is gemaakt met een nieuwere versie van swtgov "
                f"(onbekende schemastap {newer[-1]}). Werk swtgov bij om het te openen; "
                "het bestand is niet gewijzigd."
            )
        info = _read_info(conn)
        info["_current"] = "1" if _is_current(conn) else ""
        return info
    finally:
        conn.close()


def _applied_steps(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = 'swtgov' ORDER BY rowid"
    )]


def _newer_steps(conn: sqlite3.Connection) -> list[str]:
    """Schema steps in the file that this version does not know."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    applied = _applied_steps(conn)
    if version == schema.version() and len(applied) == version:
        return []  # the common case, decided without importing the migrations
    from swtgov.store import migrations

    known = set(migrations.known_names())
    return [name for name in applied if name not in known]


def _is_current(conn: sqlite3.Connection) -> bool:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return version == schema.version() and len(_applied_steps(conn)) == version


def database(conn: sqlite3.Connection) -> Database:
    """A sqlite-utils Database over an open connection (no plugins: nothing foreign
    runs on a governance file)."""
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


def network_share(path: Path) -> str | None:
    """The file system type when the file lies on a network share, else None."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return "netwerkpad"
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    resolved = str(path.resolve())
    best, best_type = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (resolved == point or resolved.startswith(point.rstrip("/") + "/")) and len(point) > len(best):
            best, best_type = point, parts[2]
    return best_type if best_type in NETWORK_FS else None


@dataclass
class GovernanceFile:
    """An open governance file.

    Attributes:
        path: where it is.
        db: the sqlite-utils database.
        read_only: no change may be made (someone else has it open, or it is a leesversie).
        holder: who has it open, when that is why it is read-only.
        warnings: Dutch warnings to show (network share).
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
        finally:
            self._audit = None

    def backup(self, reason: str = "handmatig", keep: int | None = None) -> Backup:
        from swtgov.store.backup import make_backup

        if keep is None:
            row = self.conn.execute("SELECT value FROM settings WHERE key = 'general.backups_kept'").fetchone()
            keep = int(row[0]) if row else int(read_setting_default("general.backups_kept"))
        return make_backup(self.conn, self.path, reason, keep)

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


def _read_info(conn: sqlite3.Connection) -> dict[str, str]:
    try:
        return {k: v for k, v in conn.execute("SELECT key, value FROM file_info")}
    except sqlite3.OperationalError:
        return {}


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


def open_file(path: Path, *, read_only: bool = False, daily_backup: bool = True) -> GovernanceFile:
    """Open a governance file, after every check; migrate it when needed.

    Args:
        path: the ``.swtgov`` file.
        read_only: open without the intention to change anything.
        daily_backup: make today's backup now when there is none yet (the window
            passes False and makes it after the first paint, off the UI thread).
    """
    path = Path(path)
    info = inspect(path)
    is_copy = info.get("kind") == "leesversie"
    if not info.pop("_current"):
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
    if not read_only:
        lock, holder = FileLock.acquire(path)
        if lock is None:
            read_only = True
    conn = _connect(path, read_only)
    _configure(conn, read_only, network)
    gf = GovernanceFile(path, conn, read_only, lock, holder, warnings, info)
    try:
        if daily_backup and gf.needs_daily_backup():
            gf.backup("dagelijks")
    except BaseException:
        gf.close()
        raise
    return gf


def _upgrade(path: Path) -> None:
    """Apply pending schema steps to a file from an older swtgov, after a backup.

    Done even when the caller only wants to read (``verify``, a leesversie): an older
    file cannot be read by this version's queries. Refused while someone else has it open.
    """
    from swtgov.store import migrations

    lock, holder = FileLock.acquire(path)
    if lock is None:
        who = f" door {holder.user} op {holder.host}" if holder else ""
        raise FileReadOnly(
            f"{_name(path)} moet worden bijgewerkt naar deze versie van swtgov, maar is nu "
            f"geopend{who}. Probeer het opnieuw als het daar is gesloten."
        )
    conn = _connect(path, read_only=False)
    try:
        _configure(conn, False, network_share(path))
        gf = GovernanceFile(path, conn, False)
        if migrations.pending(gf.db):
            gf.backup("migratie", keep=10)
        migrations.apply(gf.db)  # also records the schema version when only that was stale
    finally:
        conn.close()
        lock.release()


def create_file(path: Path, organisation_name: str) -> GovernanceFile:
    """Create a new, empty governance file and open it."""
    path = Path(path)
    if path.suffix != EXTENSION:
        path = path.with_name(path.name + EXTENSION)
    if path.exists():
        raise FileProblem(f"{_name(path)} bestaat al; kies een andere naam.")
    if not organisation_name.strip():
        raise FileProblem("Geef de naam van de organisatie op.")
    try:
        conn = sqlite3.connect(path)
    except sqlite3.Error as exc:
        raise FileProblem(f"{_name(path)} kan niet worden aangemaakt: {exc}.") from None
    try:
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
    finally:
        conn.close()
    return open_file(path, daily_backup=False)


def _json(value: object) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)
