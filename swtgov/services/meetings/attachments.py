"""Attaching documents to agenda items: check a PDF, convert Word/Excel, store once by content.

A PDF is opened with pikepdf before it is accepted: it must exist, be a PDF, not be
encrypted (a password-protected pack cannot be merged or read on a train) and not be
corrupt; its pages are counted. A ``.docx`` / ``.xlsx`` (and the older and
OpenDocument formats) is converted with LibreOffice when it is installed, in its own
throw-away profile and with a time limit; otherwise the message says to attach a PDF.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from swtgov.domain.meetings.model import Document
from swtgov.errors import SwtgovError
from swtgov.store.audit import Audit
from swtgov.store.meetings import documents

OFFICE_SUFFIXES = frozenset({".docx", ".doc", ".xlsx", ".xls", ".odt", ".ods", ".pptx", ".rtf"})
#: seconds LibreOffice may take for one document
CONVERT_TIMEOUT = 120


class AttachmentProblem(SwtgovError):
    """A file that cannot be attached; the message says why, in Dutch."""


@dataclass(frozen=True)
class CheckedPdf:
    """A PDF that passed the checks: its bytes, name and page count."""

    content: bytes
    name: str
    pages: int


def pdf_problem(content: bytes) -> str | int:
    """The page count of a sound PDF, or a Dutch reason (after the file name) why it is not one."""
    import pikepdf

    if not content.lstrip()[:5].startswith(b"%PDF"):
        return "is geen PDF-bestand"
    try:
        with pikepdf.open(_bytes_io(content)) as pdf:
            pages = len(pdf.pages)
    except pikepdf.PasswordError:
        return "is beveiligd met een wachtwoord; voeg een onbeveiligde versie toe"
    except (pikepdf.PdfError, ValueError, OSError) as exc:
        return f"is beschadigd en kan niet worden gelezen ({_short(exc)})"
    try:
        with pikepdf.open(_bytes_io(content)) as pdf:
            if pdf.is_encrypted:
                return "is versleuteld; voeg een onbeveiligde versie toe"
    except pikepdf.PdfError:  # pragma: no cover - opened fine a moment ago
        return "is beschadigd en kan niet worden gelezen"
    if pages == 0:
        return "heeft geen pagina's"
    return pages


def _bytes_io(content: bytes):  # type: ignore[no-untyped-def]
    import io

    return io.BytesIO(content)


def _short(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 120 else text[:117] + "…"


def check_pdf(path: Path) -> CheckedPdf:
    """Read and check a PDF file.

    Raises:
        AttachmentProblem: missing, not a PDF, encrypted or corrupt.
    """
    path = Path(path)
    if not path.is_file():
        raise AttachmentProblem(f'Het stuk "{path}" bestaat niet.')
    content = path.read_bytes()
    result = pdf_problem(content)
    if isinstance(result, str):
        raise AttachmentProblem(f'"{path.name}" {result}.')
    return CheckedPdf(content, path.name, result)


def soffice() -> str | None:
    """The LibreOffice program, when installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(path: Path, timeout: float = CONVERT_TIMEOUT) -> CheckedPdf:
    """Convert a Word or Excel file to PDF with LibreOffice.

    Raises:
        AttachmentProblem: LibreOffice missing (attach a PDF), it failed, or it took too long.
    """
    path = Path(path)
    if not path.is_file():
        raise AttachmentProblem(f'Het stuk "{path}" bestaat niet.')
    program = soffice()
    if program is None:
        raise AttachmentProblem(
            f'"{path.name}" is geen PDF en LibreOffice is niet geïnstalleerd om het om te zetten; '
            "sla het in Word of Excel op als PDF (Bestand, Opslaan als, PDF) en voeg die PDF toe."
        )
    with tempfile.TemporaryDirectory(prefix="swtgov-convert-") as work:
        profile = Path(work, "profile").as_uri()
        out = Path(work, "out")
        command = [program, "--headless", "--norestore", f"-env:UserInstallation={profile}",
                   "--convert-to", "pdf", "--outdir", str(out), str(path)]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False)  # noqa: S603
        except subprocess.TimeoutExpired:
            raise AttachmentProblem(
                f'Het omzetten van "{path.name}" naar PDF duurde langer dan {int(timeout)} seconden en is '
                "afgebroken; sla het zelf op als PDF en voeg die toe."
            ) from None
        result = out / (path.stem + ".pdf")
        if not result.is_file():
            raise AttachmentProblem(
                f'"{path.name}" kon niet naar PDF worden omgezet; sla het zelf op als PDF en voeg die toe.'
            )
        checked = check_pdf(result)
        return CheckedPdf(checked.content, path.stem + ".pdf", checked.pages)


def read_attachment(path: Path) -> CheckedPdf:
    """A checked PDF from a PDF file, or from a Word/Excel file converted to PDF.

    Raises:
        AttachmentProblem: see :func:`check_pdf` and :func:`convert_to_pdf`.
    """
    path = Path(path)
    if path.suffix.lower() in OFFICE_SUFFIXES:
        return convert_to_pdf(path)
    return check_pdf(path)


def attach_checked(audit: Audit, item_id: int, pdf: CheckedPdf, *, besloten: bool = False) -> Document:
    """Store a checked PDF (once by content) and attach it to an agenda item."""
    document = documents.store_document(audit, pdf.content, pdf.name, pdf.pages, besloten)
    documents.attach(audit, item_id, document)
    return document


def attach_file(audit: Audit, item_id: int, path: Path, *, besloten: bool = False) -> Document:
    """Check (or convert) a file and attach it to an agenda item.

    Raises:
        AttachmentProblem: the file cannot be attached.
        ChangeRefused: the meeting is vastgesteld, or the item has this document already.
    """
    return attach_checked(audit, item_id, read_attachment(path), besloten=besloten)


def detach(audit: Audit, link_id: int) -> None:
    """Remove a document from its agenda item; the document itself goes when nothing links to it.

    Raises:
        ChangeRefused: the meeting is vastgesteld.
    """
    documents.detach(audit, link_id)


def set_besloten(audit: Audit, document_id: int, besloten: bool) -> None:
    """Mark a document confidential (besloten: kept out of the leesversie) or not."""
    documents.set_besloten(audit, document_id, besloten)
