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


class ImportRejected(ValidationError):
    """An import found problems; nothing was written."""

    def __init__(self, problems: Sequence[object]) -> None:
        n = len(problems)
        head = (
            f"De import is geweigerd: {n} probleem gevonden. Er is niets opgeslagen."
            if n == 1
            else f"De import is geweigerd: {n} problemen gevonden. Er is niets opgeslagen."
        )
        super().__init__(problems, head)


class UnknownKind(SwtgovError):
    """An import, export or report kind that does not exist."""


class UnsupportedOption(SwtgovError):
    """A report option that the report kind does not have, or a required one missing:
    wrong usage (the command line exits 2)."""
