"""The leesversie: a read-only copy of the governance file for RvT members.

What goes in is a list (each area's ``review_tables``), never "everything but": a
table added later, above all a confidential register (vertrouwenspersoon,
klokkenluiders, datalekken), stays out of the copy unless someone adds it here
on purpose. The audit log stays out too: its history mentions everything,
including what was deleted. The copy is marked as a leesversie in
``file_info``, which makes swtgov open it read-only everywhere.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from swtgov.errors import FileProblem
from swtgov.services.areas import AREAS, review_filters, review_tables
from swtgov.store.governance import inspect
from swtgov.store.lock import os_user
from swtgov.store.paths import EXTENSION
from swtgov.store.review_copy import write_review_copy

def included_tables() -> tuple[str, ...]:
    """The tables whose rows RvT members may take with them, parents before children:
    the file's own, then each area's ``review_tables``."""
    return review_tables()


def review_copy_contents() -> str:
    """What a leesversie holds, in Dutch: the titles of the areas that put tables in it."""
    titles = [area.title.lower() for area in AREAS if area.review_tables]
    return ", ".join(titles[:-1]) + (" en " if len(titles) > 1 else "") + titles[-1] if titles else "alleen de instellingen"


REVIEW_COPY_KIND = "leesversie"


def make_review_copy(source: Path, target: Path, *, made_by: str | None = None,
                     now: dt.datetime | None = None) -> Path:  # fmt: skip
    """Write a leesversie of ``source`` to ``target``; returns the target's path.

    Args:
        source: the governance file (it may be open in the window; it is only read).
        target: the new file; ``.swtgov`` is added when it has no extension.
        made_by: who made it (default: the OS user).
        now: when (default: now).

    Raises:
        FileProblem: the target is the source, or exists already; the source is
            not a governance file (each with a Dutch message). Nothing is written.
    """
    source, target = Path(source), Path(target)
    if not target.suffix:
        target = target.with_name(target.name + EXTENSION)
    if target.resolve() == source.resolve():
        raise FileProblem(
            f'De leesversie kan niet in het bronbestand zelf worden geschreven ("{source.name}"); '
            "kies een andere bestandsnaam."
        )
    if target.exists():
        raise FileProblem(f'"{target.name}" bestaat al; kies een andere naam voor de leesversie.')
    if not target.parent.is_dir():
        raise FileProblem(f'De map "{target.parent}" bestaat niet; kies een andere plaats voor de leesversie.')
    inspect(source)
    moment = (now or dt.datetime.now().astimezone()).isoformat(timespec="seconds")
    info = {
        "kind": REVIEW_COPY_KIND,
        "review_copy_made_at": moment,
        "review_copy_made_by": made_by or os_user(),
        "review_copy_source": source.name,
    }
    from swtgov.outputs import clean_stale, written

    clean_stale(target.parent)
    with written(target, replace=False, what="De leesversie") as temp:
        write_review_copy(source, temp, included_tables(), info, where=review_filters())
    return target
