"""Making a meeting's vergaderpakket: its documents, its sections, its version.

A pack's *fingerprint* is, per agenda item, its number, title and the SHA-256 of
each attached document in order (generated sections are left out: they are made
anew each time and say the date they were made). The version on the cover is the
number it gets when it is sent: the last recorded version's number when nothing
changed since, otherwise one more. When an earlier version was sent, the cover lists
the items whose documents changed since.

Making a pack only reads the file; :func:`record_sent` records the version that
went out (with A's ``mark_pack_sent``, which clears ``pack_due``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from swtgov.domain.meetings.model import Meeting, MeetingRecord, PackVersion
from swtgov.reports.base import without_page_numbers
from swtgov.reports.meetings import labels
from swtgov.reports.meetings import pack as pack_pdf
from swtgov.services.meetings import sections as pack_sections
from swtgov.services.progress import Progress, no_progress
from swtgov.store.audit import Audit
from swtgov.store.meetings import repo, write


@dataclass(frozen=True)
class MadePack:
    """A made pack: the PDF and what :func:`record_sent` needs.

    Attributes:
        pdf: the PDF bytes.
        meeting: the meeting.
        version: the number on the cover.
        fingerprint: JSON text, see the module's docstring.
        changed: numbers of the items changed since the sent version.
        layout: where each item starts.
    """

    pdf: bytes
    meeting: Meeting
    version: int
    fingerprint: str
    changed: tuple[str, ...]
    layout: pack_pdf.PackLayout


def fingerprint(record: MeetingRecord) -> str:
    """Per item its number, title and documents' hashes, as stable JSON text."""
    items = [{"number": item.number, "title": item.title,
              "documents": [a.document.sha256 for a in item.attachments]} for item in record.items]
    return json.dumps({"items": items}, ensure_ascii=False, sort_keys=True)


def changed_items(current: str, sent: str) -> list[str]:
    """Numbers of the items in ``current`` that are new or whose documents differ from ``sent``."""
    def by_number(text: str) -> dict[str, list[str]]:
        try:
            items = json.loads(text).get("items", [])
        except (ValueError, AttributeError):
            return {}
        return {str(i.get("number")): list(i.get("documents", [])) for i in items}

    before = by_number(sent)
    return [number for number, docs in by_number(current).items() if before.get(number) != docs]


def version_for(versions: Sequence[PackVersion], current: str) -> tuple[int, PackVersion | None]:
    """The cover's version number, and the version sent before it (or None)."""
    latest = versions[-1] if versions else None
    number = latest.version if latest and latest.fingerprint == current else (latest.version + 1 if latest else 1)
    sent = [v for v in versions if v.sent_on is not None and v.version < number]
    return number, (sent[-1] if sent else None)


def _documents(db: Database, record: MeetingRecord) -> list[list[pack_pdf.PackDocument]]:
    return [[pack_pdf.PackDocument(_title(a.document.name), repo.document_bytes(db, a.document.sha256))
             for a in item.attachments] for item in record.items]


def _title(name: str) -> str:
    """A document's title in the agenda: its file name without ``.pdf``."""
    return name[:-4] if name.lower().endswith(".pdf") else name


def make_pack(db: Database, as_of: dt.date, meeting: Meeting, *, sections: str | Iterable[str] | None = None,
              generated_on: dt.date | None = None, progress: Progress | None = None,
              target: Path | None = None) -> MadePack:
    """Make the vergaderpakket of ``meeting`` (reads only).

    Raises:
        SwtgovError: an unknown section, or a stored document that is not a readable PDF.
        Cancelled: when ``progress`` raises it; nothing is written.
    """
    report = progress or no_progress
    chosen = pack_sections.choose(sections)
    assert meeting.id is not None
    record = repo.load_meeting_record(db, meeting.id)
    made_on = generated_on or dt.date.today()
    steps = len(chosen) + 1
    report(0, steps + 100)
    documents = _documents(db, record)
    context = pack_sections.SectionContext(db, as_of, record, made_on)
    extra: dict[int | None, list[pack_pdf.PackDocument]] = {}
    for done, (section, index) in enumerate(pack_sections.place(chosen, [i.title for i in record.items]), start=1):
        with without_page_numbers():  # the pack numbers every page itself
            data = section.make(context)
        if data is not None:
            title = pack_sections.section_title(section, record)
            extra.setdefault(index, []).append(pack_pdf.PackDocument(title, data, generated=True))
        report(done, steps + 100)

    current = fingerprint(record)
    version, sent = version_for(repo.load_pack_versions(db, meeting.id), current)
    changed = tuple(changed_items(current, sent.fingerprint)) if sent else ()
    items = [
        pack_pdf.PackItem(item.number, item.title, item.kind_label, item.presenter,
                          documents[n] + extra.get(n, []), changed=item.number in changed)
        for n, item in enumerate(record.items)
    ]
    if extra.get(None):
        items.append(pack_pdf.PackItem(labels.PACK_APPENDIX_NUMBER, labels.PACK_APPENDIX_TITLE,
                                       documents=extra[None], margin=labels.PACK_APPENDIX_TITLE))
    pack = pack_pdf.Pack(
        organisation=record.organisation, body=meeting.body.name, date=meeting.date, items=items,
        made_on=made_on, start=meeting.start, end=meeting.end, location=meeting.location, version=version,
        sent_version=sent.version if sent else None, sent_on=sent.sent_on if sent else None,
    )

    def engine_progress(done: int, total: int) -> None:
        report(steps + round(100 * done / max(total, 1)), steps + 100)

    data, layout = pack_pdf.build_with_layout(pack, target, engine_progress)
    return MadePack(data, meeting, version, current, changed, layout)


def record_sent(audit: Audit, made: MadePack, on: dt.date) -> PackVersion:
    """Record that ``made`` went out on ``on``: its version (new when its content is) and the meeting's
    ``pack_sent_on`` (which clears ``pack_due``)."""
    from swtgov.services.meetings.minutes import mark_pack_sent

    assert made.meeting.id is not None
    versions = repo.load_pack_versions(audit.db, made.meeting.id)
    same = [v for v in versions if v.version == made.version and v.fingerprint == made.fingerprint]
    version = same[0] if same else write.insert_pack_version(
        audit, made.meeting.id, dt.datetime.now().astimezone().isoformat(timespec="seconds"), made.fingerprint)
    write.mark_pack_version_sent(audit, version.id, on)  # type: ignore[arg-type]
    mark_pack_sent(audit, made.meeting.id, on)
    return version
