"""Import and export of kind ``agendapunten``: one row per agenda item, natural key
orgaan + datum + nummer.

Decisions, besides those in :mod:`swtgov.services.meetings.importer`:

* ``stukken``: one PDF per line, relative to the spreadsheet's own folder (an absolute
  path is taken as it is). Each file is checked as an attachment is (exists, a PDF,
  not encrypted, not corrupt); a Word or Excel file is refused here: save it as PDF.
  A line that names no file but the name of a document the item already has keeps
  that document, so an export (which writes the documents' names) imports back
  unchanged. The item's documents become the listed ones, in that order.
* ``besluit``: one decision per line; the item's decisions become these. A line
  already stored (same text) keeps its number; a new one gets the next number of
  the meeting's year.
* ``tegenstrijdig_belang``: members of the body on the meeting's date who take no
  part; the item's list becomes this one.
* After the import the items of each meeting touched stand in the order of their
  numbers (2, 4, 4a, 10).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from swtgov.domain import values as v
from swtgov.domain.meetings import rules
from swtgov.domain.meetings.model import ITEM_KINDS, KIND_DISCUSSION, AgendaItem, Meeting
from swtgov.domain.tabular import Column, ParsedRow, Problem
from swtgov.services.kinds import ImportPlan
from swtgov.services.meetings.attachments import CheckedPdf, pdf_problem
from swtgov.services.meetings.importer import MEETING_COLUMNS, _Kind, _MeetingRows, locked_problem
from swtgov.services.progress import Progress
from swtgov.store.audit import Audit
from swtgov.store.meetings import documents, repo, write

_KIND_WORDS = {
    "ter besluitvorming": "besluitvorming", "besluitvorming": "besluitvorming", "besluit": "besluitvorming",
    "ter bespreking": "bespreking", "bespreking": "bespreking", "bespreken": "bespreking",
    "ter informatie": "informatie", "informatie": "informatie", "info": "informatie",
    "ter kennisname": "informatie", "kennisname": "informatie",
}


def parse_item_kind(cell: v.Cell) -> str:
    """``ter besluitvorming`` / ``besluit`` … → the kind key."""
    key = " ".join(str(cell).split()).lower()
    if key not in _KIND_WORDS:
        raise v.ValueProblem("is geen soort agendapunt (kies ter besluitvorming, ter bespreking of ter informatie)")
    return _KIND_WORDS[key]


def parse_number(cell: v.Cell) -> str:
    """An item number: ``1``, ``12``, ``4a``."""
    text = str(int(cell)) if isinstance(cell, float) and cell.is_integer() else str(cell).strip().lower()
    if rules.check_item_number(text):
        raise v.ValueProblem("is geen agendanummer (gebruik een getal, eventueel met een letter: 4a)")
    return text


def _lines(cell: v.Cell) -> list[str]:
    return [line.strip() for line in str(cell).splitlines() if line.strip()]


COLUMNS = MEETING_COLUMNS + (
    Column("nummer", required=True, aliases=("number",), parse=parse_number),
    Column("titel", required=True, aliases=("title",)),
    Column("soort", aliases=("kind",), parse=parse_item_kind),
    Column("inbrenger", aliases=("presenter",)),
    Column("stukken", aliases=("documents",), parse=_lines),
    Column("verslag", aliases=("notes", "minutes")),
    Column("besluit", aliases=("decision", "besluiten"), parse=_lines),
    Column("tegenstrijdig_belang", "list", aliases=("conflict", "conflicts")),
)


@dataclass
class _ItemWork:
    meeting: Meeting
    old: AgendaItem | None
    fields: dict[str, Any]
    documents: list[int | CheckedPdf] | None = None  # stored document id, or a new PDF
    decisions: list[str] | None = None
    conflicts: list[tuple[str, int | None, str]] | None = None
    item_id: int | None = None
    problems: list[Problem] = field(default_factory=list)


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


class AgendaKind(_Kind):
    """``agendapunten``; reads the ``stukken`` relative to the spreadsheet's folder."""

    name = "agendapunten"
    label = "Agendapunten"
    columns = COLUMNS
    #: the import framework passes the spreadsheet's folder to :meth:`plan`
    reads_files = True

    def plan(self, db: Database, rows: list[ParsedRow], folder: Path | None = None
             ) -> tuple[ImportPlan, list[Problem]]:
        """Check every item, its documents, decisions and conflicts; nothing is written."""
        folder = Path(folder) if folder is not None else Path.cwd()
        finder = _MeetingRows(db)
        plan, problems = ImportPlan(), []
        seen: dict[tuple[int, str], int] = {}
        items: dict[int, dict[str, AgendaItem]] = {}
        works: list[_ItemWork] = []
        for row in rows:
            meeting = finder.meeting(row, problems)
            if meeting is None or meeting.id is None or row["nummer"] is None or not row["titel"]:
                continue
            if meeting.id not in items:
                items[meeting.id] = {i.number.lower(): i for i in repo.load_items(db, meeting.id)}
            key = (meeting.id, row["nummer"])
            if key in seen:
                problems.append(Problem(row.row, "nummer", f"staat voor deze vergadering ook op rij {seen[key]}; "
                                        "elk agendanummer één keer", row["nummer"]))
                continue
            seen[key] = row.row
            old = items[meeting.id].get(row["nummer"])
            work = self._work(db, row, meeting, old, folder)
            if work.problems:
                problems += work.problems
                continue
            if not self._changes(db, work):
                plan.unchanged += 1
                continue
            if meeting.is_approved:
                problems.append(locked_problem(row, meeting))
                continue
            if old is None:
                plan.created += 1
            else:
                plan.updated += 1
            works.append(work)

        def run(audit: Audit, progress: Progress) -> None:
            for done, work in enumerate(works, start=1):
                _write(audit, work)
                progress(done, len(works))
            for meeting_id in sorted({w.meeting.id for w in works if w.meeting.id is not None}):
                ordered = sorted(repo.load_items(audit.db, meeting_id), key=lambda i: rules.item_number_key(i.number))
                write.reorder_items(audit, meeting_id, [i.id for i in ordered], renumber=False)  # type: ignore[misc]

        plan.write = run
        return plan, problems

    def _work(self, db: Database, row: ParsedRow, meeting: Meeting, old: AgendaItem | None,
              folder: Path) -> _ItemWork:
        present = row.values
        fields: dict[str, Any] = {"number": row["nummer"], "title": " ".join(row["titel"].split())}
        if "soort" in present or old is None:
            fields["kind"] = row["soort"] or KIND_DISCUSSION
        for column, name in (("inbrenger", "presenter"), ("verslag", "minutes")):
            if column in present or old is None:
                fields[name] = (row[column] or "").strip()
        work = _ItemWork(meeting, old, fields)
        if "stukken" in present:
            work.documents = self._documents(row, old, folder, work.problems)
        if "besluit" in present:
            work.decisions = row["besluit"] or []
        if "tegenstrijdig_belang" in present:
            members = {_fold(m.name): m for m in repo.sitting_members(db, meeting.body, meeting.date)}
            work.conflicts = []
            for name in row["tegenstrijdig_belang"] or []:
                member = members.get(_fold(name))
                if member is None:
                    work.problems.append(Problem(row.row, "tegenstrijdig_belang", f"is op "
                                         f"{rules.long_date(meeting.date)} geen lid van {meeting.body.short}", name))
                else:
                    reason = next((c.reason for c in old.conflicts if _fold(c.name) == _fold(name)), "") if old else ""
                    work.conflicts.append((member.name, member.member_id, reason))
        return work

    def _documents(self, row: ParsedRow, old: AgendaItem | None, folder: Path,
                   problems: list[Problem]) -> list[int | CheckedPdf]:
        stored = {a.document.name.casefold(): a.document for a in old.attachments} if old else {}
        result: list[int | CheckedPdf] = []
        for line in row["stukken"] or []:
            path = Path(line) if Path(line).is_absolute() else folder / line
            if not path.is_file():
                known = stored.get(Path(line).name.casefold())
                if known is not None and known.id is not None:
                    result.append(known.id)
                else:
                    problems.append(Problem(row.row, "stukken", f"bestaat niet (gezocht in {path.parent})", line))
                continue
            content = path.read_bytes()
            checked = pdf_problem(content)
            if isinstance(checked, str):
                problems.append(Problem(row.row, "stukken", checked, line))
                continue
            result.append(CheckedPdf(content, path.name, checked))
        return result

    def _changes(self, db: Database, work: _ItemWork) -> bool:
        old = work.old
        if old is None:
            return True
        if any(getattr(old, k) != val for k, val in work.fields.items()):
            return True
        if work.documents is not None:
            import hashlib

            wanted = [d if isinstance(d, int) else (repo.find_document(db, hashlib.sha256(d.content).hexdigest())
                                                    or d) for d in work.documents]
            ids = [w if isinstance(w, int) else getattr(w, "id", None) for w in wanted]
            if ids != [a.document.id for a in old.attachments]:
                return True
        if work.decisions is not None:
            have = [d.text for d in repo.load_decisions(db, meeting_id=old.meeting_id) if d.item_id == old.id]
            if [_fold(t) for t in have] != [_fold(t) for t in work.decisions]:
                return True
        if work.conflicts is not None:
            if sorted(_fold(c.name) for c in old.conflicts) != sorted(_fold(n) for n, _, _ in work.conflicts):
                return True
        return False

    def export_rows(self, db: Database) -> list[dict[str, Any]]:
        """Every agenda item, meetings by date, items in agenda order."""
        rows = []
        for meeting in repo.load_meetings(db):
            assert meeting.id is not None
            decisions: dict[int | None, list[str]] = {}
            for d in repo.load_decisions(db, meeting_id=meeting.id):
                decisions.setdefault(d.item_id, []).append(d.text)
            for item in repo.load_items(db, meeting.id):
                rows.append({
                    "orgaan": meeting.body.short, "datum": meeting.date, "nummer": item.number, "titel": item.title,
                    "soort": ITEM_KINDS[item.kind], "inbrenger": item.presenter or None,
                    "stukken": "\n".join(a.document.name for a in item.attachments) or None,
                    "verslag": item.minutes or None,
                    "besluit": "\n".join(decisions.get(item.id, [])) or None,
                    "tegenstrijdig_belang": [c.name for c in item.conflicts] or None,
                })
        return rows


def _write(audit: Audit, work: _ItemWork) -> None:
    meeting_id = work.meeting.id
    assert meeting_id is not None
    if work.old is None:
        f = work.fields
        item_id = write.insert_item(audit, meeting_id, f["number"], f["title"], kind=f["kind"],
                                    presenter=f["presenter"], minutes=f["minutes"])
    else:
        item_id = work.old.id  # type: ignore[assignment]
        changed = {k: val for k, val in work.fields.items() if getattr(work.old, k) != val}
        if changed:
            write.update_item(audit, item_id, **changed)
    if work.documents is not None:
        _set_documents(audit, item_id, work.documents)
    if work.decisions is not None:
        have = [d for d in repo.load_decisions(audit.db, meeting_id=meeting_id) if d.item_id == item_id]
        wanted = [_fold(t) for t in work.decisions]
        for decision in have:
            if _fold(decision.text) not in wanted:
                write.delete_decision(audit, decision.id)  # type: ignore[arg-type]
        kept = {_fold(d.text) for d in have}
        for text in work.decisions:
            if _fold(text) not in kept:
                write.insert_decision(audit, meeting_id, text, item_id)
                kept.add(_fold(text))
    if work.conflicts is not None:
        write.set_conflicts(audit, item_id, work.conflicts)


def _set_documents(audit: Audit, item_id: int, wanted: list[int | CheckedPdf]) -> None:
    ids: list[int] = []
    for entry in wanted:
        if isinstance(entry, int):
            ids.append(entry)
        else:
            doc = documents.store_document(audit, entry.content, entry.name, entry.pages)
            assert doc.id is not None
            ids.append(doc.id)
    links = {doc_id: link for link, doc_id in audit.db.execute(
        "SELECT id, document_id FROM agenda_documents WHERE agenda_item_id = ?", [item_id])}
    for doc_id, link in links.items():
        if doc_id not in ids:
            documents.detach(audit, link)
    for position, doc_id in enumerate(dict.fromkeys(ids), start=1):
        if doc_id in links:
            audit.update("agenda_documents", links[doc_id], {"position": position})
        else:
            audit.insert("agenda_documents", {"agenda_item_id": item_id, "document_id": doc_id, "position": position})

