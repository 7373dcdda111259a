"""Screen words for the rooster's stored values (statuses, roles, commissie kinds).

The domain stores Dutch keys ("zittend", "voorzitter", "audit"); the screen
shows them through the translation catalogue like every other UI string.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from swtgov.domain.rooster.model import (
    STATUS_APPOINTED,
    STATUS_LEFT,
    STATUS_NOT_REAPPOINTABLE,
    STATUS_REAPPOINTABLE,
    STATUS_SITTING,
)
from swtgov.domain.signals import Severity


def status(key: str) -> str:
    """'zittend' → the screen word for the status."""
    words = {
        STATUS_SITTING: QCoreApplication.translate("RoosterTexts", "sitting"),
        STATUS_REAPPOINTABLE: QCoreApplication.translate("RoosterTexts", "reappointable"),
        STATUS_NOT_REAPPOINTABLE: QCoreApplication.translate("RoosterTexts", "not reappointable"),
        STATUS_LEFT: QCoreApplication.translate("RoosterTexts", "former member"),
        STATUS_APPOINTED: QCoreApplication.translate("RoosterTexts", "appointed"),
    }
    return words.get(key, key)


def roles() -> dict[str, str]:
    """Role keys and their screen words, in the order a chooser lists them."""
    return {
        "voorzitter": QCoreApplication.translate("RoosterTexts", "Chair"),
        "vicevoorzitter": QCoreApplication.translate("RoosterTexts", "Vice-chair"),
        "lid": QCoreApplication.translate("RoosterTexts", "Member"),
    }


def role(key: str) -> str:
    """The screen word for a role key."""
    return roles().get(key, key)


def committee_kinds() -> dict[str, str]:
    """Commissie kind keys and their screen words."""
    return {
        "audit": QCoreApplication.translate("RoosterTexts", "Audit / finance committee"),
        "werkgevers": QCoreApplication.translate("RoosterTexts", "Employer / remuneration committee"),
        "kwaliteit": QCoreApplication.translate("RoosterTexts", "Quality committee"),
        "overig": QCoreApplication.translate("RoosterTexts", "Other committee"),
    }


def committee_kind(key: str) -> str:
    """The screen word for a commissie kind."""
    return committee_kinds().get(key, key)


def severity(value: Severity) -> str:
    """The screen word for a signal's severity."""
    return {
        Severity.CRITICAL: QCoreApplication.translate("RoosterTexts", "Critical"),
        Severity.WARNING: QCoreApplication.translate("RoosterTexts", "Warning"),
        Severity.INFO: QCoreApplication.translate("RoosterTexts", "For information"),
    }[value]


def term_name(number: int) -> str:
    """'Second term' for 2 (the Dutch catalogue says 'Tweede termijn')."""
    names = {
        1: QCoreApplication.translate("RoosterTexts", "First term"),
        2: QCoreApplication.translate("RoosterTexts", "Second term"),
        3: QCoreApplication.translate("RoosterTexts", "Third term"),
        4: QCoreApplication.translate("RoosterTexts", "Fourth term"),
    }
    return names.get(number, QCoreApplication.translate("RoosterTexts", "Term {number}").format(number=number))
