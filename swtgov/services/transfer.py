"""Import and export of spreadsheets, all kinds through one framework.

An import is all or nothing: every problem is listed, and nothing is written
unless there are none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from swtgov.domain.tabular import Problem, export_cell, map_header, parse_rows
from swtgov.errors import ImportRejected, UnknownKind
from swtgov.services import areas
from swtgov.services.kinds import ImportKind, ImportPlan
from swtgov.services.progress import Progress, no_progress
from swtgov.services.spreadsheet import read_sheet, write_sheet
from swtgov.store.audit import JournalStep
from swtgov.store.governance import GovernanceFile


@dataclass
class ImportSummary:
    """What an import did (or, with dry_run, would do)."""

    kind: str
    source: Path
    rows: int
    created: int
    updated: int
    unchanged: int
    dry_run: bool
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    steps: list[JournalStep] = field(default_factory=list, repr=False)

    def describe(self) -> str:
        """The Dutch summary shown after an import."""
        head = (
            f'Controle van "{self.source.name}": geen problemen gevonden; er is niets opgeslagen.'
            if self.dry_run
            else f'Import van "{self.source.name}" voltooid.'
        )
        from swtgov.display import plural

        counts = (
            f"{plural(self.rows, 'rij', 'rijen')} gelezen: {self.created} nieuw, {self.updated} bijgewerkt, "
            f"{self.unchanged} ongewijzigd."
        )
        lines = [head, counts]
        lines += [f"Opmerking: {n}" for n in self.notes]
        lines += [f"Waarschuwing: {w}" for w in self.warnings]
        return "\n".join(lines)


def kind_named(name: str) -> ImportKind:
    kinds = areas.import_kinds()
    if name not in kinds:
        known = ", ".join(kinds) or "(geen)"
        raise UnknownKind(f'Onbekende soort "{name}". Bekende soorten: {known}.')
    return kinds[name]


def run_import(
    gf: GovernanceFile,
    kind_name: str,
    source: Path,
    *,
    dry_run: bool = False,
    progress: Progress = no_progress,
) -> ImportSummary:
    """Check and import one spreadsheet of one kind.

    Raises:
        ImportRejected: with every problem, when any row is wrong; nothing written.
        Cancelled: when ``progress`` raised it; nothing written.
    """
    kind = kind_named(kind_name)
    source = Path(source)
    if reads_own_file(kind):
        return _run_own_file_import(gf, kind, source, dry_run=dry_run, progress=progress)
    sheet = read_sheet(source, kind.name)
    header, problems = map_header(sheet.header, kind.columns, kind.forbidden)
    if problems:
        raise ImportRejected(problems)
    rows, problems = parse_rows(sheet.rows, header)
    if getattr(kind, "reads_files", False):
        # A kind whose cells name files (agendapunten: stukken) reads them relative to
        # the spreadsheet's own folder, wherever the import was started from.
        plan, more = kind.plan(gf.db, rows, folder=source.resolve().parent)  # type: ignore[call-arg]
    else:
        plan, more = kind.plan(gf.db, rows)
    problems += more
    return _carry_out(gf, kind, source, len(rows), plan, problems, dry_run=dry_run, progress=progress)


def reads_own_file(kind: ImportKind) -> bool:
    """Whether a kind reads its own file format instead of a spreadsheet.

    Such a kind (the XAF auditfile: XML) has a method ``read_file(source, progress) ->
    list[ParsedRow]`` that reads and checks the file (raising ``ImportRejected``); its
    rows then go to ``plan()`` as a sheet's would. It has no columns, no template and
    is import only.
    """
    return callable(getattr(kind, "read_file", None))


def _run_own_file_import(
    gf: GovernanceFile, kind: ImportKind, source: Path, *, dry_run: bool, progress: Progress
) -> ImportSummary:
    """:func:`run_import` for a kind that reads its own file (see :func:`reads_own_file`)."""
    rows = kind.read_file(source, progress)  # type: ignore[attr-defined]
    plan, problems = kind.plan(gf.db, rows)
    return _carry_out(gf, kind, source, len(rows), plan, problems, dry_run=dry_run, progress=progress)


def _carry_out(
    gf: GovernanceFile, kind: ImportKind, source: Path, count: int, plan: ImportPlan, problems: list[Problem],
    *, dry_run: bool, progress: Progress,
) -> ImportSummary:
    """Refuse a plan with problems (every one, by row); else sum it up and, unless a dry
    run, write it as one audited change."""
    if problems:
        raise ImportRejected(sorted(problems, key=lambda p: (p.row or 0)))
    summary = ImportSummary(
        kind.name, source, count, plan.created, plan.updated, plan.unchanged,
        dry_run, plan.notes, plan.warnings,
    )
    if dry_run or plan.write is None:
        return summary
    with gf.change() as audit:
        plan.write(audit, progress)
    summary.steps = audit.journal
    return summary


def run_export(gf: GovernanceFile, kind_name: str, target: Path) -> int:
    """Write every row of a kind to .xlsx or .csv; returns the number of rows."""
    kind = kind_named(kind_name)
    records = kind.export_rows(gf.db)
    header = [c.name for c in kind.columns]
    rows = [[export_cell(c, r.get(c.name)) for c in kind.columns] for r in records]
    write_sheet(Path(target), kind.name, header, rows)
    return len(rows)
