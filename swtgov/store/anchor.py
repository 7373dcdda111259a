"""The audit log's anchor outside the file: what this computer last saw of each chain.

The hash chain proves that the log was not edited *in place*; it cannot prove that
nobody rewrote it whole, or cut its tail off and undid those changes by hand (the
chain has no key). So after every change swtgov records, in the user's data folder
(``SWTGOV_HOME``), the file's identity (the hash of its first log entry), the last
entry's number and hash, and where the file was. ``verify`` compares: a log that is
shorter than, or differs from, what this computer saw is reported.

The same two facts, the number of entries and the start of the last hash, make the
*controlegetal* printed in the footer of every report (``1234-9F3A-6C21-B0E4``): a
file can be checked against a controlegetal on paper (``verify --anchor``).

One line of JSON per change in ``anchors/<identity>.jsonl``; a line cut short by a
crash is skipped.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from swtgov.store.paths import data_dir

AUDIT_TABLE = "audit_log"
#: hex digits of the head hash in a controlegetal (48 bits: not guessable by trying)
CODE_DIGITS = 12
_CODE = re.compile(r"\s*(\d+)\s*[-–:\s]\s*([0-9a-fA-F][0-9a-fA-F\s-]*)")


@dataclass(frozen=True)
class Checkpoint:
    """What this computer saw of a file's chain after a change."""

    identity: str
    path: str
    entry: int
    hash: str
    at: dt.datetime


def _folder() -> Path:
    folder = data_dir() / "anchors"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def real_path(path: Path) -> str:
    """The path an anchor records: the real one (symlinks resolved)."""
    return os.path.realpath(path)


def identity(conn: sqlite3.Connection) -> str | None:
    """The chain's identity: the hash of its first entry (None: an empty log)."""
    row = conn.execute(f"SELECT hash FROM {AUDIT_TABLE} WHERE id = 1").fetchone()
    return str(row[0]) if row else None


def head(conn: sqlite3.Connection) -> tuple[int, str] | None:
    """The last entry's number and hash (None: an empty log)."""
    row = conn.execute(f"SELECT id, hash FROM {AUDIT_TABLE} ORDER BY id DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def check_code(entry: int, digest: str) -> str:
    """The controlegetal of a chain head: ``1234-9F3A-6C21-B0E4``."""
    prefix = digest[:CODE_DIGITS].upper()
    groups = "-".join(prefix[i:i + 4] for i in range(0, CODE_DIGITS, 4))
    return f"{entry}-{groups}"


def check_code_of(conn: sqlite3.Connection) -> str:
    """The file's current controlegetal ("" for a file without a log, a leesversie)."""
    top = head(conn)
    return check_code(*top) if top else ""


def parse_check_code(text: str) -> tuple[int, str] | None:
    """``(entry, lower-case hash prefix)`` of a controlegetal as typed (None: not one)."""
    match = _CODE.fullmatch(text or "")
    if not match:
        return None
    digits = re.sub(r"[\s-]", "", match.group(2)).lower()
    if len(digits) < 8:
        return None
    return int(match.group(1)), digits


def record(path: Path, chain_identity: str, entry: int, digest: str) -> None:
    """Append a checkpoint; never fails the change it follows (a read-only data folder
    only means there is no anchor)."""
    line = json.dumps({
        "path": real_path(path), "entry": entry, "hash": digest,
        "at": dt.datetime.now().astimezone().isoformat(timespec="microseconds"),
    }) + "\n"
    try:
        fd = os.open(_folder() / f"{chain_identity[:32]}.jsonl", os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line.encode("utf-8"))  # one write: concurrent appends never interleave
        finally:
            os.close(fd)
    except OSError:
        pass


def record_head(path: Path, conn: sqlite3.Connection) -> None:
    """Record the file's current head (after a restore, an upgrade, a creation)."""
    chain = identity(conn)
    top = head(conn)
    if chain and top:
        record(path, chain, *top)


def _read(file: Path) -> list[Checkpoint]:
    result = []
    try:
        text = file.read_text(encoding="utf-8")
    except OSError:
        return []
    for line in text.splitlines():
        try:
            data = json.loads(line)
            result.append(Checkpoint(file.stem, str(data["path"]), int(data["entry"]), str(data["hash"]),
                                     dt.datetime.fromisoformat(data["at"])))
        except (ValueError, KeyError, TypeError):
            continue  # a line cut short by a crash
    return result


def checkpoints(chain_identity: str) -> list[Checkpoint]:
    """Every checkpoint of one chain, oldest first."""
    return _read(_folder() / f"{chain_identity[:32]}.jsonl")


def read_all() -> list[Checkpoint]:
    """Every checkpoint on this computer. ``verify`` reads them *before* its snapshot of
    the file: a checkpoint is written after its commit, so none can be ahead of it."""
    return [c for file in _folder().glob("*.jsonl") for c in _read(file)]


def latest_at(path: Path, known: list[Checkpoint] | None = None) -> Checkpoint | None:
    """The last checkpoint this computer recorded for a path, of any chain."""
    where = real_path(path)
    found = [c for c in (read_all() if known is None else known) if c.path == where]
    return max(found, key=lambda c: c.at) if found else None


def knows(path: Path) -> bool:
    """Whether this computer has a checkpoint for this path."""
    return latest_at(path) is not None


def _moment(at: dt.datetime) -> str:
    from swtgov.domain.values import MONTH_NAMES

    local = at.astimezone()
    return f"{local.day} {MONTH_NAMES[local.month - 1]} {local.year} om {local:%H:%M}"


def _missing(count: int) -> str:
    return "1 wijziging ontbreekt" if count == 1 else f"{count} wijzigingen ontbreken"


def compare(
    path: Path,
    conn: sqlite3.Connection,
    problem: Callable[[str], None],
    note: Callable[[str], None],
    known: list[Checkpoint] | None = None,
) -> None:
    """Compare the file's log (read on ``conn``, inside the caller's snapshot) with the
    anchor of this computer (``known``: read before the snapshot began, see :func:`read_all`).

    A file at a path this computer knows must continue what it saw there; a copy
    elsewhere (a backup, a copy on a stick) is named as such, not called tampered.
    """
    chain = identity(conn)
    top = head(conn)
    entries = top[0] if top else 0
    known = read_all() if known is None else known
    here = latest_at(path, known)
    if here is not None and here.identity != (chain or "")[:32]:
        if chain is None:
            problem(
                f"het auditlog van dit bestand is leeg, maar op {_moment(here.at)} had het bestand op "
                f"deze plaats {here.entry} wijzigingen in zijn auditlog"
            )
        else:
            problem(
                f"dit is niet het bestand dat deze computer op {_moment(here.at)} op deze plaats zag: "
                "het auditlog begint anders (het bestand is vervangen of de geschiedenis is herschreven)"
            )
        return
    if here is not None:
        when = f"op {_moment(here.at)}"
        _continues(conn, here, entries, problem, when, f"wat deze computer {when} zag")
        return
    if chain is None:
        return
    seen = [c for c in known if c.identity == chain[:32]]
    if not seen:
        return
    last = max(seen, key=lambda c: c.at)
    where = last.path
    if entries < last.entry:
        same = [c for c in seen if c.entry == entries and top is not None and c.hash == top[1]]
        if same:
            note(
                f"Dit is een oudere kopie van {where}: de stand van {_moment(same[-1].at)} "
                f"({entries} wijzigingen). Dat bestand had op {_moment(last.at)} al {last.entry} wijzigingen."
            )
        else:
            note(
                f"Dit is een kopie van {where} die niet overeenkomt met een stand die deze computer "
                f"daarvan zag ({entries} wijzigingen; daar op {_moment(last.at)} {last.entry})."
            )
        return
    row = conn.execute(f"SELECT hash FROM {AUDIT_TABLE} WHERE id = ?", [last.entry]).fetchone()
    if row and row[0] == last.hash:
        extra = entries - last.entry
        later = f", met daarna nog {extra} wijzigingen" if extra else ""
        note(f"Dit is een kopie van {where} (de stand van {_moment(last.at)}{later}).")
    else:
        note(f"Dit is een kopie van {where} die daarna apart is gewijzigd.")


def _continues(
    conn: sqlite3.Connection, seen: Checkpoint, entries: int, problem: Callable[[str], None],
    when: str, what: str,
) -> None:
    if entries < seen.entry:
        problem(
            f"het auditlog van dit bestand is korter dan {when}: {_missing(seen.entry - entries)}"
        )
        return
    row = conn.execute(f"SELECT hash FROM {AUDIT_TABLE} WHERE id = ?", [seen.entry]).fetchone()
    if row is None or not str(row[0]).startswith(seen.hash):
        problem(
            f"het auditlog van dit bestand wijkt af van {what}: "
            f"regel {seen.entry} is anders (de geschiedenis is herschreven)"
        )


def compare_code(code: str, conn: sqlite3.Connection, problem: Callable[[str], None]) -> None:
    """Check the file against a controlegetal from paper (``verify --anchor``)."""
    parsed = parse_check_code(code)
    if parsed is None:
        problem(f'"{code}" is geen controlegetal; het ziet eruit als 1234-9F3A-6C21-B0E4')
        return
    entry, prefix = parsed
    top = head(conn)
    entries = top[0] if top else 0
    seen = Checkpoint("", "", entry, prefix, dt.datetime.now())
    shown = code.strip()
    _continues(conn, seen, entries, problem, f"volgens controlegetal {shown}", f"controlegetal {shown}")
