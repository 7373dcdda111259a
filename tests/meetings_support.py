"""Helpers shared by the meetings tests.

``meetings_db(gf)`` makes sure a governance file has the meetings tables (until the
area is listed in the areas tuple, a new file is created without them); ``board(gf)``
seats a small RvT and an auditcommissie through the rooster's repository; ``pdf_bytes``
makes a small real PDF.
"""

from __future__ import annotations

import datetime as dt
import io

import swtgov.services.areas  # noqa: F401  (installs the schema steps)
from swtgov.store.meetings.schema import create

D = dt.date

#: the RvT of :func:`board`: name -> (role, sits from, sits until, on the auditcommissie)
BOARD = {
    "Anna de Vries": ("voorzitter", D(2019, 3, 1), D(2027, 3, 1), False),
    "Bert Bakker": ("lid", D(2020, 1, 1), D(2028, 1, 1), True),
    "Carla Jansen": ("lid", D(2024, 5, 1), D(2028, 5, 1), True),
    "Dirk Smit": ("lid", D(2024, 5, 1), D(2028, 5, 1), False),
    "Eva Visser": ("vicevoorzitter", D(2022, 1, 1), D(2026, 6, 1), True),
}


def meetings_db(gf):  # type: ignore[no-untyped-def]
    """The file's database, with the meetings tables created when missing."""
    if "meetings" not in gf.db.table_names():
        with gf.db.atomic():
            create(gf.db)
    return gf.db


def board(gf) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Five members (Eva left on 1 June 2026) and an auditcommissie chaired by Bert;
    returns the member ids by name and ``"audit"``: the commissie's id."""
    from swtgov.domain.rooster.model import Committee, CommitteeSeat, Member, Term
    from swtgov.store.rooster import repo

    meetings_db(gf)
    ids: dict[str, int] = {}
    with gf.change() as audit:
        audit_id = repo.insert_committee(audit, Committee(None, "Auditcommissie", "audit"))
        for name, (role, start, end, on_audit) in BOARD.items():
            member_id = repo.insert_member(audit, Member(None, name, role, f"{name.split()[0].lower()}@example.nl"))
            repo.insert_term(audit, Term(None, member_id, 1, start, end))
            if on_audit:
                repo.insert_seat(audit, CommitteeSeat(None, audit_id, member_id, start, None,
                                                      name == "Bert Bakker"))
            ids[name] = member_id
    ids["audit"] = audit_id
    return ids


def pdf_bytes(pages: int = 1, text: str = "Stuk") -> bytes:
    """A small real PDF with ``pages`` pages, each saying ``text`` and its number."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in range(1, pages + 1):
        pdf.drawString(72, 760, f"{text} - pagina {page}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()
