"""Known errors: each carries a Dutch message fit to show the user.

Anything that is not a :class:`SwtgovError` is a bug and gets the crash dialog.
"""

from __future__ import annotations

from collections.abc import Sequence


class SwtgovError(Exception):
    """Root of every known error; ``str(error)`` is the Dutch message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class FileProblem(SwtgovError):
    """A governance file cannot be opened or written as asked."""


class NotAGovernanceFile(FileProblem):
    """The file is not SQLite, or SQLite but not written by swtgov."""


class CorruptFile(FileProblem):
    """The file is truncated or damaged."""


class FileTooNew(FileProblem):
    """The file was written by a newer version of swtgov."""


class FileReadOnly(FileProblem):
    """A change was asked of a file opened read-only."""


class SettingError(SwtgovError):
    """A setting key is unknown or its value is not acceptable."""


class ValidationError(SwtgovError):
    """Input was refused; ``problems`` lists every reason, in Dutch."""

    def __init__(self, problems: Sequence[object], heading: str | None = None) -> None:
        self.problems = [str(p) for p in problems]
        head = heading or "De invoer is geweigerd; er is niets opgeslagen."
        super().__init__(head + "\n" + "\n".join(f"- {p}" for p in self.problems))


#: an import lists at most this many problems; the rest are counted
PROBLEMS_SHOWN = 200


class ImportRejected(ValidationError):
    """An import found problems; nothing was written.

    At most :data:`PROBLEMS_SHOWN` are listed (``problems``); ``more`` counts the rest.
    """

    def __init__(self, problems: Sequence[object]) -> None:
        n = len(problems)
        self.more = max(0, n - PROBLEMS_SHOWN)
        head = (
            f"De import is geweigerd: {n} probleem gevonden. Er is niets opgeslagen."
            if n == 1
            else f"De import is geweigerd: {n} problemen gevonden. Er is niets opgeslagen."
        )
        super().__init__(list(problems)[:PROBLEMS_SHOWN], head)
        if self.more:
            self.message += f"\n… en nog {self.more} problemen (niet getoond)."


class UnknownKind(SwtgovError):
    """An import, export or report kind that does not exist."""


class WrongUsage(SwtgovError):
    """The user asked for something the command cannot mean (the command line exits 2)."""


class UnsupportedOption(WrongUsage):
    """A report option that the report kind does not have, or a required one missing."""


#: what an operating-system error means, in Dutch (the system's own text is English)
_OS_ERRORS = {
    "ENOSPC": "de schijf is vol",
    "EDQUOT": "de schijfruimte (quota) is op",
    "EFBIG": "het bestand wordt te groot",
    "EACCES": "u hebt er geen rechten op",
    "EPERM": "u hebt er geen rechten op",
    "EROFS": "de schijf is alleen-lezen",
    "ENAMETOOLONG": "de bestandsnaam is te lang",
    "ENOENT": "het bestand of de map bestaat niet",
    "EISDIR": "het is een map",
    "ENOTDIR": "een deel van het pad is geen map",
    "EEXIST": "het bestaat al",
    "EIO": "de schijf gaf een lees- of schrijffout",
    "EBUSY": "het is in gebruik",
}


def os_error_text(exc: OSError) -> str:
    """An operating-system error in Dutch words (no English system text)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    return _OS_ERRORS.get(name, "de schijf gaf een fout" + (f" ({name})" if name else ""))


def sqlite_error_text(exc: Exception) -> str:
    """An SQLite error in Dutch words: what the user can do something about."""
    text = str(exc).lower()
    if "full" in text:
        return "de schijf is vol"
    if "readonly" in text or "read-only" in text:
        return "het bestand of de map is alleen-lezen"
    if "locked" in text or "busy" in text:
        return "het bestand is bezet door een ander programma"
    if "disk i/o" in text or "ioerr" in text:
        return "de schijf gaf een lees- of schrijffout"
    if "unable to open" in text:
        return "het bestand kan niet worden geopend"
    if "malformed" in text or "not a database" in text:
        return "het bestand is beschadigd"
    return "de database gaf een fout"
