"""Use cases of the Begroting page: write a toelichting, record the adoption date."""

from __future__ import annotations

import datetime as dt

from swtgov.errors import ValidationError
from swtgov.services.budget.importer import TEXT_MAX
from swtgov.store.audit import Audit
from swtgov.store.budget import repo


def explanation_problems(text: str) -> list[str]:
    """Why a toelichting cannot be saved (Dutch), or an empty list."""
    text = text.strip()
    if len(text) > TEXT_MAX:
        return [f"De toelichting is te lang ({len(text)} tekens; hoogstens {TEXT_MAX})."]
    if any(ord(c) < 32 and c not in "\n\t" for c in text):
        return ["De toelichting bevat een stuurteken; haal het weg."]
    return []


def adoption_problems(year: int, adopted_on: dt.date | None) -> list[str]:
    """Why an adoption date cannot be recorded for ``year`` (Dutch), or an empty list."""
    if adopted_on is not None and adopted_on > dt.date(year, 12, 31):
        return [f"De begroting {year} kan niet na afloop van het jaar zijn vastgesteld."]
    return []


def explain(audit: Audit, line_id: int, text: str) -> bool:
    """Write a line's toelichting (empty clears it); returns whether it changed.

    Raises:
        ValidationError: the text is too long or holds control characters.
    """
    problems = explanation_problems(text)
    if problems:
        raise ValidationError(problems)
    return repo.set_explanation(audit, line_id, text.strip())


def adopt(audit: Audit, year: int, adopted_on: dt.date | None) -> None:
    """Record (or, with None, clear) the date the RvT adopted the budget of ``year``.

    Raises:
        ValidationError: a date after the end of the budget year.
    """
    problems = adoption_problems(year, adopted_on)
    if problems:
        raise ValidationError(problems)
    repo.set_adoption(audit, year, adopted_on)
