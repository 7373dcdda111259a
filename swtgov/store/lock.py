"""Who has a governance file open: a lock file beside it.

The lock file ``NAME.swtgov.lock`` holds JSON with the user, computer, process and
the moment it was taken. Where the operating system offers it (``fcntl``), the
holder also keeps an exclusive ``flock`` on it, which the kernel releases when the
process dies, so a crashed instance never blocks the file. Elsewhere a lock whose
process is gone (same computer) or whose heartbeat is older than
:data:`STALE_AFTER` seconds counts as stale.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

STALE_AFTER = 120.0


def os_user() -> str:
    """The operating-system user, as the audit log records it."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):  # what getpass reads first
        if os.environ.get(name):
            return os.environ[name]
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not a reason to fail
        return "onbekend"


def host_name() -> str:
    if hasattr(os, "uname"):
        return os.uname().nodename or "onbekend"
    import socket  # pragma: no cover - Windows

    return socket.gethostname() or "onbekend"


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock."""

    user: str
    host: str
    pid: int
    since: str
    heartbeat: str

    @property
    def since_moment(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.since)


def lock_path(path: Path) -> Path:
    """The lock file of a governance file, beside its real path: a symlink or another
    path to the same file finds the same lock."""
    real = Path(os.path.realpath(path))
    return real.with_name(real.name + ".lock")


def _read_info(path: Path) -> LockInfo | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockInfo(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
            heartbeat=str(data.get("heartbeat", data["since"])),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _is_stale(info: LockInfo) -> bool:
    if info.host == host_name() and not _pid_alive(info.pid):
        return True
    try:
        beat = dt.datetime.fromisoformat(info.heartbeat)
    except ValueError:
        return True
    return (dt.datetime.now() - beat).total_seconds() > STALE_AFTER


class FileLock:
    """An exclusive claim on a governance file by this process."""

    def __init__(self, path: Path, handle: IO[str], info: LockInfo) -> None:
        self.path = path
        self._handle = handle
        self.info = info

    @classmethod
    def acquire(cls, governance_file: Path) -> tuple[FileLock | None, LockInfo | None]:
        """Take the lock, or tell who has it.

        Returns:
            ``(lock, None)`` when taken; ``(None, holder)`` when someone else has
            it open (holder may be None when the lock file cannot be read).
        """
        path = lock_path(governance_file)
        for _attempt in range(5):
            try:
                handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while held
            except OSError:
                return None, None
            if fcntl is None:  # pragma: no cover - Windows
                break
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                handle.close()
                return None, _read_info(path)
            # The holder before us may have removed the file between our open and
            # our flock: then we hold a lock nobody else can see. Try again.
            try:
                same = os.fstat(handle.fileno()).st_ino == os.stat(path).st_ino
            except OSError:
                same = False
            if same:
                break
            handle.close()
        else:
            return None, None
        if fcntl is None:  # pragma: no cover - Windows
            existing = _read_info(path)
            if existing is not None and existing.pid != os.getpid() and not _is_stale(existing):
                handle.close()
                return None, existing
        now = dt.datetime.now().isoformat(timespec="seconds")
        info = LockInfo(user=os_user(), host=host_name(), pid=os.getpid(), since=now, heartbeat=now)
        lock = cls(path, handle, info)
        lock._write(info)
        return lock, None

    def _write(self, info: LockInfo) -> None:
        self._handle.seek(0)
        self._handle.truncate()
        self._handle.write(json.dumps(info.__dict__))
        self._handle.flush()

    def heartbeat(self) -> None:
        """Refresh the moment, so other computers see the lock is alive."""
        now = dt.datetime.now().isoformat(timespec="seconds")
        self.info = LockInfo(self.info.user, self.info.host, self.info.pid, self.info.since, now)
        try:
            self._write(self.info)
        except OSError:
            pass

    def release(self) -> None:
        """Give the file back; the lock file is removed."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass
        try:
            if fcntl is not None:
                fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
        finally:
            self._handle.close()
