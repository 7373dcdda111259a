"""The area's import and export kinds, in menu order."""

from __future__ import annotations

from swtgov.services.confidential.breach_import import BreachKind
from swtgov.services.confidential.counsellor_import import CounsellorKind
from swtgov.services.confidential.whistleblower_import import WhistleblowerKind
from swtgov.services.kinds import ImportKind


def import_kinds() -> tuple[ImportKind, ...]:
    """``vertrouwensmeldingen``, ``klokkenluidersmeldingen``, ``datalekken``."""
    return (CounsellorKind(), WhistleblowerKind(), BreachKind())
