"""The columns of kind ``rooster`` and the parsers of its cells (role, e-mail, phone).

See :mod:`swtgov.services.rooster.importer` for what an import does with them.
"""

from __future__ import annotations

from swtgov.domain import values as v
from swtgov.domain.tabular import Column, show_cell
from swtgov.services.rooster.members import email_problem, phone_problem

_ROLE_WORDS = {
    "voorzitter": "voorzitter", "vz": "voorzitter", "chair": "voorzitter",
    "vicevoorzitter": "vicevoorzitter", "vice-voorzitter": "vicevoorzitter", "vice voorzitter": "vicevoorzitter",
    "vvz": "vicevoorzitter", "vice-chair": "vicevoorzitter", "vice chair": "vicevoorzitter",
    "lid": "lid", "member": "lid",
}


def parse_role(cell: v.Cell) -> str:
    """'Voorzitter', 'vz', 'vice-voorzitter', 'lid' → the role key."""
    text = " ".join(str(cell).split()).lower()
    if text not in _ROLE_WORDS:
        raise v.ValueProblem("is geen rol (kies voorzitter, vicevoorzitter of lid)")
    return _ROLE_WORDS[text]


def parse_email(cell: v.Cell) -> str:
    """An e-mail address, checked as the member dialog checks it."""
    text = show_cell(cell)
    if reason := email_problem(text):
        raise v.ValueProblem(reason)
    return text


def parse_phone(cell: v.Cell) -> str:
    """A phone number, checked as the member dialog checks it."""
    text = show_cell(cell)
    if reason := phone_problem(text):
        raise v.ValueProblem(reason)
    return text


COLUMNS = (
    Column("naam", required=True, aliases=("name",)),
    Column("rol", aliases=("role",), parse=parse_role),
    Column("termijn", required=True, aliases=("term",), parse=v.parse_ordinal),
    Column("aanvang", "date", required=True, aliases=("start",)),
    Column("einde", "date", required=True, aliases=("end",)),
    Column("afgetreden", "date", aliases=("left",)),
    Column("commissies", "list", aliases=("committees",)),
    Column("email", aliases=("e-mail", "e_mail"), parse=parse_email),
    Column("telefoon", aliases=("phone", "telefoonnummer"), parse=parse_phone),
)
