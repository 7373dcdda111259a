"""The command line: parse arguments, call a service, turn a known error into a message.

``swtgov [FILE]`` opens the window; the subcommands below work without it.
The report kinds and their options come from the areas (:mod:`swtgov.services.areas`).
Exit 0 on success, 1 with a Dutch message on stderr for a known error, 2 for
wrong usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from swtgov.errors import SwtgovError, WrongUsage

COMMANDS = (
    "new", "demo", "import", "export", "signals", "report", "settings", "verify", "backup",
    "review-copy", "approve-minutes", "calendar",
)

_ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "the following arguments are required: %s": "de volgende argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "expected one argument": "verwacht één argument",
    "show this help message and exit": "toon deze hulptekst en stop",
    "positional arguments": "argumenten",
    "options": "opties",
    "error: ": "fout: ",
}


def _dutch_argparse() -> None:
    import gettext

    original = gettext.gettext

    def translate(message: str) -> str:
        return _ARGPARSE_NL.get(message, original(message))

    argparse._ = translate  # type: ignore[attr-defined]  # argparse looks its strings up here


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {message}\n")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is geen datum in de vorm JJJJ-MM-DD') from None


def build_parser() -> argparse.ArgumentParser:
    """The parser of every subcommand (also used by the documentation test)."""
    _dutch_argparse()
    parser = _Parser(
        prog="swtgov",
        description="Governance van de Raad van Toezicht. Zonder opdracht opent 'swtgov [FILE]' "
                    "het venster, op FILE of anders op het laatst gebruikte bestand.",
        usage="swtgov [FILE] | swtgov OPDRACHT ...",
    )
    parser.add_argument("--version", action="version", version=f"swtgov {_version()}",
                        help="toon het versienummer en stop")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)

    p = sub.add_parser("new", help="maak een leeg governancebestand")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--name", required=True, help='naam van de organisatie, bv. "Stichting …"')

    p = sub.add_parser("demo", help="maak het voorbeeldbestand van Stichting Wijkteams Voorbeeldstad")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--scale", choices=["normal", "large"], default="normal",
                   help="large: tien jaar geschiedenis, voor benchmarks")

    p = sub.add_parser("import", help="importeer een spreadsheet (.xlsx of .csv) of een auditfile (.xaf)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("kind", metavar="KIND")
    p.add_argument("source", type=Path, metavar="SOURCE")
    p.add_argument("--dry-run", action="store_true", help="alleen controleren, niets opslaan")

    p = sub.add_parser("export", help="exporteer naar .xlsx of .csv")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("kind", metavar="KIND")
    p.add_argument("target", type=Path, metavar="TARGET")

    p = sub.add_parser("signals", help="toon de signalen op een datum")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--date", type=_date, help="peildatum JJJJ-MM-DD (standaard vandaag)")
    p.add_argument("--json", action="store_true", help="als JSON")

    p = sub.add_parser("report", help="maak een rapport als PDF")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("kind", metavar="KIND")
    p.add_argument("--out", type=Path, required=True, metavar="OUT.pdf")
    p.add_argument("--date", type=_date, help="peildatum JJJJ-MM-DD (standaard vandaag)")
    p.add_argument("--public", action="store_true",
                   help="openbare versie zonder signalen (alleen voor rapporten die dat kennen)")
    p.add_argument("--year", type=int, metavar="JAAR", help="het jaar (begroting, registers, jaarplanning)")
    p.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], metavar="N", help="het kwartaal (begroting)")
    p.add_argument("--meeting", type=_date, metavar="DATUM", help="de vergadering op DATUM (notulen, vergaderpakket)")
    p.add_argument("--body", metavar="ORGAAN", help="RvT of de naam van een commissie")
    p.add_argument("--sections", metavar="LIJST", help="onderdelen van het vergaderpakket, gescheiden door komma's")

    p = sub.add_parser("settings", help="toon of wijzig instellingen")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("key", nargs="?", metavar="KEY")
    p.add_argument("value", nargs="?", metavar="VALUE",
                   help="de nieuwe waarde; voor risicos.appetite ook categorie=waarde-paren, "
                        'gescheiden door komma\'s: "financieel=12, reputatie=9" (categorie= verwijdert er een)')

    p = sub.add_parser("verify", help="controleer de integriteit en het auditlog (schrijft niets)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--anchor", metavar="CONTROLEGETAL",
                   help="controleer ook tegen een controlegetal uit de voettekst van een rapport, "
                        "bv. 1234-9F3A-6C21-B0E4")

    p = sub.add_parser("backup", help="maak nu een back-up")
    p.add_argument("file", type=Path, metavar="FILE")

    p = sub.add_parser("review-copy", help="maak een leesversie voor RvT-leden")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--out", type=Path, required=True, metavar="COPY.swtgov")

    p = sub.add_parser("approve-minutes", help="stel de notulen van een vergadering vast")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--meeting", type=_date, required=True, metavar="DATUM", help="de vergadering op DATUM")
    p.add_argument("--body", metavar="ORGAAN", help="RvT of de naam van een commissie")
    p.add_argument("--on", type=_date, metavar="DATUM", help="datum van vaststelling (standaard vandaag)")

    p = sub.add_parser("calendar", help="schrijf de vergaderingen van een jaar als agendabestand (.ics)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--year", type=int, required=True, metavar="JAAR")
    p.add_argument("--body", metavar="ORGAAN", help="alleen de vergaderingen van dit orgaan")
    p.add_argument("--out", type=Path, required=True, metavar="PLANNING.ics")
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("swtgov")
    except PackageNotFoundError:
        return "(niet geïnstalleerd)"


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _open(path: Path, read_only: bool = False):  # type: ignore[no-untyped-def]
    from swtgov.services.governance import open_file

    return open_file(path, read_only=read_only)


def cmd_new(args: argparse.Namespace) -> int:
    from swtgov.services.governance import create_file

    gf = create_file(args.file, args.name)
    _out(f"Governancebestand aangemaakt: {gf.path}")
    gf.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from swtgov.services.demo import create_demo

    gf = create_demo(args.file, scale=args.scale)
    _out(f"Voorbeeldbestand aangemaakt: {gf.path}")
    gf.close()
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from swtgov.services.transfer import run_import

    gf = _open(args.file)
    try:
        summary = run_import(gf, args.kind, args.source, dry_run=args.dry_run)
    finally:
        gf.close()
    _out(summary.describe())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from swtgov.display import plural
    from swtgov.services.transfer import run_export

    gf = _open(args.file, read_only=True)
    try:
        count = run_export(gf, args.kind, args.target)
    finally:
        gf.close()
    _out(f"{plural(count, 'rij', 'rijen')} geëxporteerd naar {args.target}")
    return 0


def cmd_signals(args: argparse.Namespace) -> int:
    from swtgov import display
    from swtgov.reports.labels import SEVERITY
    from swtgov.services.signals import collect

    gf = _open(args.file, read_only=True)
    try:
        found = collect(gf.db, args.date)
    finally:
        gf.close()
    if args.json:
        _out(json.dumps([s.as_json() for s in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        _out("Geen signalen.")
    for s in found:
        when = f" ({display.date(s.date)})" if s.date else ""
        _out(f"[{SEVERITY[s.severity.value]}] {s.subject}: {s.message}{when}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from swtgov.services.reports import build_report

    gf = _open(args.file, read_only=True)
    try:
        build_report(gf.db, args.kind, args.out, as_of=args.date, public=args.public, year=args.year,
                     quarter=args.quarter, meeting=args.meeting, body=args.body, sections=args.sections)
    finally:
        gf.close()
    _out(f"Rapport geschreven: {args.out}")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from swtgov.domain.settings import all_specs
    from swtgov.store.settings import (
        load_settings,
        parse_setting,
        read_setting,
        write_setting,
    )

    specs = all_specs()
    if args.value is None:
        gf = _open(args.file, read_only=True)
        try:
            if args.key is None:
                current = load_settings(gf.db)
                for key, spec in specs.items():
                    mark = "" if current.is_default(key) else "  (gewijzigd)"
                    _out(f"{key} = {spec.show(current[key])}{mark}\n    {spec.label}: {spec.help}")
            else:
                value = read_setting(gf.db, args.key)
                _out(specs[args.key].show(value))
        finally:
            gf.close()
        return 0
    gf = _open(args.file)
    try:
        # the current value too: "risicos.appetite financieel=12" changes one category
        value = parse_setting(args.key, args.value, read_setting(gf.db, args.key))
        with gf.change() as audit:
            write_setting(audit, args.key, value)
    finally:
        gf.close()
    _out(f"{args.key} = {specs[args.key].show(value)}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from swtgov.display import plural
    from swtgov.services.governance import verify

    result = verify(args.file, anchor_code=args.anchor)
    if result.ok and result.note and not result.audit_entries:
        _out(f"In orde: de database is intact. {result.note}")
        return 0
    if result.ok:
        _out(f"In orde: de database is intact en het auditlog ({result.audit_entries} regels) klopt."
             + (f" {result.note}" if result.note else ""))
        return 0
    found = plural(len(result.problems), "probleem", "problemen")
    sys.stderr.write(f"{args.file.name}: {found} gevonden:\n")
    for problem in result.problems:
        sys.stderr.write(f"- {problem}\n")
    if result.note:
        sys.stderr.write(f"{result.note}\n")
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    gf = _open(args.file, read_only=True)
    try:
        backup = gf.backup("handmatig")
    finally:
        gf.close()
    _out(f"Back-up gemaakt: {backup.path}")
    return 0


def cmd_review_copy(args: argparse.Namespace) -> int:
    from swtgov.services.review_copy import make_review_copy

    copy = make_review_copy(args.file, args.out)
    _out(f"Leesversie gemaakt: {copy}")
    return 0


def cmd_approve_minutes(args: argparse.Namespace) -> int:
    from swtgov import display
    from swtgov.services.meetings.minutes import approve_minutes
    from swtgov.services.meetings.outputs import find_meeting

    on = args.on or dt.date.today()
    gf = _open(args.file)
    try:
        meeting = find_meeting(gf.db, args.meeting, args.body)
        with gf.change() as audit:
            approve_minutes(audit, meeting.id, on)
    finally:
        gf.close()
    _out(f"De notulen van {meeting.body.name} van {display.date(meeting.date)} zijn vastgesteld "
         f"op {display.date(on)}.")
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    from swtgov.services.meetings.calendar import build_calendar

    gf = _open(args.file, read_only=True)
    try:
        build_calendar(gf, args.year, body=args.body, target=args.out)
    finally:
        gf.close()
    _out(f"Agendabestand geschreven: {args.out}")
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "new": cmd_new,
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    "signals": cmd_signals,
    "report": cmd_report,
    "settings": cmd_settings,
    "verify": cmd_verify,
    "backup": cmd_backup,
    "review-copy": cmd_review_copy,
    "approve-minutes": cmd_approve_minutes,
    "calendar": cmd_calendar,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0] not in COMMANDS and not args_list[0].startswith("-")):
        if len(args_list) > 1:
            build_parser().error(f"onbekende opdracht: {args_list[0]}")
        from swtgov.ui.app import run_app

        return run_app(Path(args_list[0]) if args_list else None)
    args = build_parser().parse_args(args_list)
    import swtgov.services  # noqa: F401  (installs the areas before any command runs)

    if args.command is None:
        build_parser().error("geef een opdracht of een bestand")
    try:
        return HANDLERS[args.command](args)
    except WrongUsage as exc:
        sys.stderr.write(f"swtgov: {exc}\n")
        return 2
    except SwtgovError as exc:
        sys.stderr.write(f"swtgov: {exc}\n")
        return 1
    except BrokenPipeError:
        # the reader went away (``swtgov signals FILE | head``): stop quietly
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python's documented recipe
        return 0
    except OSError as exc:
        from swtgov.errors import os_error_text

        name = f" {exc.filename}" if exc.filename else ""
        sys.stderr.write(f"swtgov: kan{name} niet lezen of schrijven: {os_error_text(exc)}.\n")
        return 1
    except sqlite3.OperationalError as exc:
        from swtgov.errors import sqlite_error_text

        sys.stderr.write(f"swtgov: het bestand kan niet worden gelezen of geschreven: {sqlite_error_text(exc)}.\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("swtgov: afgebroken.\n")
        return 1
