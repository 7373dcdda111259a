"""Use cases of the Begroting page: write a toelichting, record the adoption date."""

from __future__ import annotations

import datetime as dt

from swtgov.errors import ValidationError
from swtgov.services.budget.importer import TEXT_MAX
from swtgov.store.audit import Audit
from swtgov.store.budget import repo


def explain(audit: Audit, line_id: int, text: str) -> bool:
    """Write a line's toelichting (empty clears it); returns whether it changed.

    Raises:
        ValidationError: the text is too long or holds control characters.
    """
    text = text.strip()
    if len(text) > TEXT_MAX:
        raise ValidationError([f"De toelichting is te lang ({len(text)} tekens; hoogstens {TEXT_MAX})."])
    if any(ord(c) < 32 and c not in "\n\t" for c in text):
        raise ValidationError(["De toelichting bevat een stuurteken; haal het weg."])
    return repo.set_explanation(audit, line_id, text)


def adopt(audit: Audit, year: int, adopted_on: dt.date | None) -> None:
    """Record (or, with None, clear) the date the RvT adopted the budget of ``year``.

    Raises:
        ValidationError: a date after the end of the budget year.
    """
    if adopted_on is not None and adopted_on > dt.date(year, 12, 31):
        raise ValidationError([f"De begroting {year} kan niet na afloop van het jaar zijn vastgesteld."])
    repo.set_adoption(audit, year, adopted_on)
