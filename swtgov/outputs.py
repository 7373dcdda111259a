"""Writing an output file so that a crash, a kill or a full disk leaves nothing half-done.

Every file swtgov writes (a new governance file, a backup, a leesversie, an export,
a report) is written under a temporary name in the target's own folder, flushed to
disk, and then renamed onto its name in one step. The temporary name is short (a
target name near the system's limit still fits) and says whose it is:
``.swtgov-tmp-<computer>-<process>-<random>``. Temporaries of a process that is gone
are ours to remove; :func:`clean_stale` does that on the next open.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

from swtgov.errors import FileProblem, os_error_text

PREFIX = ".swtgov-tmp-"
#: a temporary of another computer (a shared folder) is only removed after this long
FOREIGN_AFTER = 24 * 3600.0
#: the side files SQLite may leave beside a temporary database
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def _host_tag() -> str:
    import socket

    return hashlib.sha256(socket.gethostname().encode("utf-8")).hexdigest()[:6]


def temporary_in(folder: Path) -> Path:
    """A fresh temporary name of this process in ``folder``."""
    return Path(folder) / f"{PREFIX}{_host_tag()}-{os.getpid()}-{secrets.token_hex(4)}"


def _remove(temp: Path) -> None:
    for suffix in ("", *SIDE_SUFFIXES):
        with contextlib.suppress(OSError):
            Path(str(temp) + suffix).unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def written(target: Path, *, replace: bool = True, what: str = "Het bestand") -> Iterator[Path]:
    """Yield a temporary path to write; on success it becomes ``target`` in one step.

    Args:
        target: the file to write.
        replace: overwrite an existing target; when False an existing target is
            refused (the new file appears only if nothing else took the name).
        what: how the messages name the file ("De export", "De back-up").

    Raises:
        FileProblem: the folder cannot be written, the disk is full, the name is
            taken (replace=False); the temporary is removed, the target untouched.
    """
    target = Path(target)
    temp = temporary_in(target.parent)
    try:
        yield temp
        _fsync(temp)
        if replace:
            os.replace(temp, target)
        else:
            _publish_new(temp, target, what)
    except OSError as exc:
        raise FileProblem(f'{what} "{target.name}" kan niet worden geschreven: {os_error_text(exc)}.') from None
    finally:
        _remove(temp)


def _publish_new(temp: Path, target: Path, what: str) -> None:
    try:
        os.link(temp, target)  # fails when the name exists: never overwrites
    except FileExistsError:
        raise FileProblem(f'"{target.name}" bestaat al; kies een andere naam.') from None
    except OSError:
        if target.exists():  # a file system without hard links: rename, after a check
            raise FileProblem(f'"{target.name}" bestaat al; kies een andere naam.') from None
        os.rename(temp, target)


def write_bytes(target: Path, data: bytes, what: str = "Het bestand") -> None:
    """Write ``data`` to ``target`` atomically."""
    with written(target, what=what) as temp:
        temp.write_bytes(data)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def is_stale(path: Path, now: float | None = None) -> bool:
    """A temporary of ours whose writer is gone (this computer), or an old one of another."""
    name = path.name
    if not name.startswith(PREFIX):
        return False
    parts = name[len(PREFIX):].split("-")
    try:
        host, pid = parts[0], int(parts[1])
    except (IndexError, ValueError):
        return False
    if host == _host_tag():
        return pid != os.getpid() and not _pid_alive(pid)
    try:
        age = (now or time.time()) - path.stat().st_mtime
    except OSError:
        return False
    return age > FOREIGN_AFTER


def clean_stale(folder: Path, *, legacy: bool = False) -> int:
    """Remove stale temporaries of ours in ``folder``; returns how many.

    Args:
        legacy: also remove ``*.partial`` files (the names older versions used; only
            for folders that are wholly ours, such as the backup folder).
    """
    removed = 0
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return 0
    for entry in entries:
        stale = is_stale(entry) or (legacy and entry.name.endswith(".partial"))
        if stale:
            try:
                entry.unlink()
                removed += 1
            except OSError:
                continue
    return removed


__all__ = ["PREFIX", "clean_stale", "is_stale", "temporary_in", "write_bytes", "written"]
