"""Documents inside the governance file: stored once by SHA-256, linked to agenda items.

The bytes live in ``documents.content``; the audit log records their hash (plus the
name and size in their own columns), never the bytes. A document no longer linked to
any item is removed with its last link, so the file does not keep dead weight.
"""

from __future__ import annotations

import hashlib

from swtgov.domain.meetings.model import Document
from swtgov.store.audit import Audit, ChangeRefused
from swtgov.store.meetings import repo
from swtgov.store.meetings.lock import item_meeting, require_open


def store_document(audit: Audit, content: bytes, name: str, pages: int, besloten: bool = False) -> Document:
    """The document with these bytes: the stored one when the same content is already in
    the file (its name stays), else a new row."""
    sha = hashlib.sha256(content).hexdigest()
    found = repo.find_document(audit.db, sha)
    if found is not None:
        return found
    doc_id = audit.insert("documents", {"sha256": sha, "name": name, "size": len(content), "pages": pages,
                                        "besloten": int(besloten), "content": content})
    return Document(int(doc_id), sha, name, len(content), pages, besloten)


def attach(audit: Audit, item_id: int, document: Document) -> int:
    """Link a stored document to an agenda item, after its other documents; returns the link id.

    Raises:
        ChangeRefused: the meeting is vastgesteld, or the item has this document already.
    """
    require_open(audit.db, item_meeting(audit.db, item_id))
    if audit.db.execute("SELECT 1 FROM agenda_documents WHERE agenda_item_id = ? AND document_id = ?",
                        [item_id, document.id]).fetchone():
        raise ChangeRefused(f'"{document.name}" hoort al bij dit agendapunt.')
    row = audit.db.execute("SELECT max(position) FROM agenda_documents WHERE agenda_item_id = ?", [item_id]).fetchone()
    return int(audit.insert("agenda_documents", {"agenda_item_id": item_id, "document_id": document.id,
                                                 "position": (row[0] or 0) + 1}))


def detach(audit: Audit, link_id: int) -> None:
    """Remove a document from an item; the document itself goes when nothing links to it."""
    row = audit.db.execute("SELECT agenda_item_id, document_id FROM agenda_documents WHERE id = ?",
                           [link_id]).fetchone()
    if row is None:
        return
    require_open(audit.db, item_meeting(audit.db, row[0]))
    audit.delete("agenda_documents", link_id)
    if not audit.db.execute("SELECT 1 FROM agenda_documents WHERE document_id = ?", [row[1]]).fetchone():
        audit.delete("documents", row[1])


def move_attachment(audit: Audit, link_id: int, step: int) -> None:
    """Move a document up (-1) or down (+1) among its item's documents."""
    item_id = audit.db.execute("SELECT agenda_item_id FROM agenda_documents WHERE id = ?", [link_id]).fetchone()[0]
    require_open(audit.db, item_meeting(audit.db, item_id))
    links = [r[0] for r in audit.db.execute(
        "SELECT id FROM agenda_documents WHERE agenda_item_id = ? ORDER BY position, id", [item_id])]
    index = links.index(link_id)
    target = index + step
    if not 0 <= target < len(links):
        return
    links[index], links[target] = links[target], links[index]
    for position, lid in enumerate(links, start=1):
        audit.update("agenda_documents", lid, {"position": position})


def set_besloten(audit: Audit, document_id: int, besloten: bool) -> None:
    """Mark a document confidential (kept out of the leesversie) or not."""
    audit.update("documents", document_id, {"besloten": int(besloten)})
