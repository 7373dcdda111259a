"""The checks before a governance file is opened, and how it is connected to.

Every check that can refuse a file runs on a read-only connection, so a refused
file is left byte-for-byte as it was. A file that cannot be written (a read-only
file, or a folder where SQLite cannot make its side files or swtgov its lock) is
opened read-only, with the reason in Dutch, instead of being called damaged.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from pathlib import Path

from swtgov.errors import CorruptFile, FileProblem, FileTooNew, NotAGovernanceFile
from swtgov.store import schema

APPLICATION_ID = 0x53575447  # "SWTG"; also set by the first migration

SQLITE_HEADER = b"SQLite format 3\x00"
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "afs", "9p", "fuse.sshfs", "davfs", "ncpfs"}


def name_of(path: Path) -> str:
    """A file's name, quoted, as the Dutch messages show it."""
    return f'"{path.name}"'


def check_header(path: Path) -> None:
    """Refuse what is not a whole SQLite file, reading only its header."""
    try:
        size, header, wal = _size_and_header(path)
    except FileNotFoundError:
        raise FileProblem(f"Het bestand {path} bestaat niet.") from None
    except IsADirectoryError:
        raise FileProblem(f"{path} is een map, geen governancebestand.") from None
    except PermissionError:
        raise FileProblem(f"Het bestand {path} kan niet worden gelezen: u hebt er geen leesrechten op.") from None
    except OSError as exc:
        from swtgov.errors import os_error_text

        raise FileProblem(f"Het bestand {path} kan niet worden gelezen: {os_error_text(exc)}.") from None
    if not header.startswith(SQLITE_HEADER):
        raise NotAGovernanceFile(
            f"{name_of(path)} is geen swtgov-bestand: het is geen SQLite-database."
        )
    if len(header) < 100:
        raise CorruptFile(f"{name_of(path)} is beschadigd: het bestand is afgebroken.")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, pages = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if page_size < 512 or page_size & (page_size - 1):
        raise CorruptFile(f"{name_of(path)} is beschadigd: de kop van de database is ongeldig.")
    if wal:
        # A WAL beside the file when it was read: a checkpoint stopped halfway (a kill, a
        # power cut) leaves the file shorter than its header says, and SQLite completes it
        # from the WAL on the next open; or another process's checkpoint was growing it
        # while we read (and may have emptied its WAL since: hence the WAL as it was before
        # the read, not now). The quick check that follows judges the file as SQLite reads it.
        return
    if change_counter == valid_for and pages and size < pages * page_size:
        raise CorruptFile(
            f"{name_of(path)} is beschadigd: het bestand is afgebroken "
            f"({size} van {pages * page_size} bytes)."
        )
    if size % page_size:
        raise CorruptFile(f"{name_of(path)} is beschadigd: de lengte klopt niet met de paginagrootte.")


def _size_and_header(path: Path) -> tuple[int, bytes, bool]:
    """The file's size and first 100 bytes, as one consistent pair, and whether a WAL was
    beside it before they were read: a checkpoint of another process may be growing the
    file at this moment (header first, then pages), so without a WAL a header that claims
    more pages than there are is read again, briefly."""
    import time

    waiting_wal = not _side_files_missing(path)  # then the header is not judged (see check_header)
    for _attempt in range(1 if waiting_wal else 20):
        with open(path, "rb") as handle:
            header = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
        if len(header) < 100 or not header.startswith(SQLITE_HEADER):
            break
        page_size = struct.unpack(">H", header[16:18])[0]
        page_size = 65536 if page_size == 1 else page_size
        change_counter, pages = struct.unpack(">II", header[24:32])
        valid_for = struct.unpack(">I", header[92:96])[0]
        trusted = change_counter == valid_for  # else the header's page count is stale anyway
        if (not trusted or size >= pages * page_size) and (not page_size or size % page_size == 0):
            break
        time.sleep(0.05)
    return size, header, waiting_wal


def read_only_reason(path: Path) -> str | None:
    """Why this file cannot be written here, in Dutch (None: it can be).

    SQLite needs to write the file and to make its side files (``-wal``, ``-shm``)
    beside it, and swtgov its lock file: a read-only file or folder allows neither.
    """
    real = Path(os.path.realpath(path))
    if not _folder_writable(real):
        return FOLDER_READ_ONLY
    if not os.access(real, os.W_OK):
        return "het bestand is alleen-lezen"
    return None


FOLDER_READ_ONLY = "de map waarin het staat is alleen-lezen"


def _folder_writable(real: Path) -> bool:
    return os.access(real.parent, os.W_OK | os.X_OK)


def _side_files_missing(path: Path) -> bool:
    """A WAL-mode file without a usable ``-wal`` (none, or empty) in a read-only folder
    can only be read as immutable: SQLite cannot make its ``-shm`` there."""
    real = Path(os.path.realpath(path))
    wal = real.with_name(real.name + "-wal")
    try:
        return wal.stat().st_size == 0
    except OSError:
        return True


def connect(path: Path, read_only: bool) -> sqlite3.Connection:
    """A connection to the file; read-only in a read-only folder uses SQLite's
    ``immutable`` mode (no side files), since nobody can change the file there."""
    real = Path(os.path.realpath(path))
    query = "?mode=ro" if read_only else "?mode=rw"
    if read_only and not _folder_writable(real) and _side_files_missing(real):
        query += "&immutable=1"
    return sqlite3.connect(real.as_uri() + query, uri=True, check_same_thread=False, timeout=10.0)


def inspect(path: Path, *, quick_check: bool = True) -> dict[str, str]:
    """Run every refusing check without writing anything; raise a known error.

    Returns:
        The file's ``file_info`` (its kind, who made it, ...), read on the same
        read-only connection, so that a leesversie is known before anything is written;
        ``_current`` is "1" when the file needs no schema step.
    """
    check_header(path)
    try:
        conn = connect(path, read_only=True)
    except sqlite3.Error:
        raise FileProblem(f"{name_of(path)} kan niet worden geopend.") from None
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.DatabaseError:
            raise CorruptFile(f"{name_of(path)} is beschadigd: de database kan niet worden gelezen.") from None
        if app_id != APPLICATION_ID or "_sqlite_migrations" not in tables:
            raise NotAGovernanceFile(
                f"{name_of(path)} is een SQLite-database, maar geen swtgov-bestand."
            )
        try:
            result = [r[0] for r in conn.execute("PRAGMA quick_check")] if quick_check else ["ok"]
        except sqlite3.DatabaseError:
            result = ["onleesbaar"]
        if result != ["ok"]:
            raise CorruptFile(
                f"{name_of(path)} is beschadigd ({result[0]}). Herstel een back-up via "
                "Bestand › Herstellen uit back-up."
            )
        try:
            newer = newer_steps(conn)
            info = read_info(conn)
            info["_current"] = "1" if is_current(conn) else ""
        except sqlite3.DatabaseError:
            raise CorruptFile(
                f"{name_of(path)} is beschadigd (de database kan niet worden gelezen). Herstel een "
                "back-up via Bestand › Herstellen uit back-up."
            ) from None
        if newer:
            raise FileTooNew(
                f"{name_of(path)} is gemaakt met een nieuwere versie van swtgov "
                f"(onbekende schemastap {newer[-1]}). Werk swtgov bij om het te openen; "
                "het bestand is niet gewijzigd."
            )
        return info
    finally:
        conn.close()


def applied_steps(conn: sqlite3.Connection) -> list[str]:
    """The schema steps recorded in the file, in the order they were applied."""
    return [r[0] for r in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = 'swtgov' ORDER BY rowid"
    )]


def newer_steps(conn: sqlite3.Connection) -> list[str]:
    """Schema steps in the file that this version does not know."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    applied = applied_steps(conn)
    if version == schema.version() and len(applied) == version:
        return []  # the common case, decided without importing the migrations
    known = set(schema.step_names())
    return [name for name in applied if name not in known]


def is_current(conn: sqlite3.Connection) -> bool:
    """The file has every schema step of this version (and its version number)."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return version == schema.version() and len(applied_steps(conn)) == version


def read_info(conn: sqlite3.Connection) -> dict[str, str]:
    """The ``file_info`` rows (kind, created_at, ...); empty when the table is missing."""
    try:
        return {k: v for k, v in conn.execute("SELECT key, value FROM file_info")}
    except sqlite3.OperationalError:
        return {}


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
