"""What a year of vergaderpakket documents costs the governance file, a backup and ``verify``.

    .venv/bin/python tests/benchmarks/meetings_documents.py [--mb 300]

Builds the demo organisation, then attaches a year of documents to its meetings until
about ``--mb`` megabytes of (incompressible) PDF are stored, and measures: the time to
attach them, the file's size, one backup (time and size), ten backups' weight, and
``swtgov verify`` (hash chain + replay of the audit log against the tables, which hashes
every stored document). Not part of the test suite; the figures go into the notes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))


def pdf_of(megabytes: float, pages: int, seed: int) -> bytes:
    """A valid PDF of ``pages`` pages carrying ``megabytes`` of incompressible image data."""
    import pikepdf

    pdf = pikepdf.new()
    size = int(megabytes * 1024 * 1024)
    side = int((size / 3) ** 0.5)
    rng = os.urandom(side * side * 3)
    image = pikepdf.Stream(pdf, rng[: side * side * 3])
    image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    image.Width, image.Height, image.BitsPerComponent = side, side, 8
    image.ColorSpace = pikepdf.Name.DeviceRGB
    for page in range(pages):
        content = f"q 400 0 0 400 100 300 cm /Im{seed} Do Q BT /F1 12 Tf 72 760 Td (Stuk {seed} p{page + 1}) Tj ET"
        new = pdf.add_blank_page(page_size=(595, 842))
        new.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary({f"/Im{seed}": image}))
        new.Contents = pikepdf.Stream(pdf, content.encode())
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=300)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="swtgov-docs-"))
    os.environ["SWTGOV_HOME"] = str(folder / "home")
    from swtgov.services.demo import create_demo
    from swtgov.services.governance import verify
    from swtgov.services.meetings.attachments import attach_file
    from swtgov.store.meetings import repo

    path = folder / "jaar.swtgov"
    gf = create_demo(path, today=dt.date(2026, 11, 22))
    before = path.stat().st_size
    meetings = repo.load_meetings(gf.db)
    per_document = 1.2
    count = int(args.mb / per_document)
    # vastgestelde meetings no longer change: the year's documents go to the concept ones
    items = [i.id for m in meetings if not m.is_approved for i in repo.load_items(gf.db, m.id)]
    sources = folder / "stukken"
    sources.mkdir()
    files = []
    for n in range(count):
        files.append(sources / f"Stuk {n}.pdf")
        files[-1].write_bytes(pdf_of(per_document, 10, n))
    stored = sum(f.stat().st_size for f in files)
    started = time.perf_counter()
    for n, source in enumerate(files):
        with gf.change() as audit:  # one change per document, as the page attaches them (checked by pikepdf)
            attach_file(audit, items[n % len(items)], source)
    attach_s = time.perf_counter() - started
    gf.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size
    started = time.perf_counter()
    backup = gf.backup("handmatig")
    backup_s = time.perf_counter() - started
    gf.close()
    started = time.perf_counter()
    result = verify(path)
    verify_s = time.perf_counter() - started
    mb = 1024 * 1024
    print(f"documenten: {count} van {per_document} MB, samen {stored / mb:.0f} MB")
    print(f"toevoegen: {attach_s:.1f} s ({attach_s / count * 1000:.0f} ms per stuk)")
    print(f"bestand: {before / mb:.1f} MB zonder, {size / mb:.0f} MB met de stukken")
    print(f"back-up: {backup_s:.1f} s, {backup.size / mb:.0f} MB; tien back-ups: {10 * backup.size / mb / 1024:.1f} GB")
    print(f"verify: {verify_s:.1f} s, {'in orde' if result.ok else 'PROBLEMEN: ' + str(result)}")


if __name__ == "__main__":
    main()
