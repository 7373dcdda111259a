"""Issue 9: the importer ends in a known error (a Dutch message) or in success, whatever
it is given: random bytes, truncated or bit-flipped .xlsx files, random CSV text.

Bounded: a few seconds per property. A failure prints the input hypothesis found.
"""

from __future__ import annotations

import io
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from swtgov.errors import SwtgovError
from swtgov.services.transfer import run_import
from swtgov.store.governance import GovernanceFile, create_file

HEADER = ["naam", "rol", "termijn", "aanvang", "einde", "afgetreden", "commissies", "email", "telefoon"]
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _good_xlsx() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["Jan de Vries", "lid", 1, "1-1-2024", "1-1-2028", None, "Auditcommissie", "j@example.nl", None])
    sheet.append(["Zoë Çelik", "voorzitter", "eerste termijn", "2024-02-01", "2028-02-01", None, None, None, None])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


GOOD_XLSX = _good_xlsx()


@pytest.fixture(scope="module")
def target() -> GovernanceFile:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
    gf = create_file(folder / "fuzz.swtgov", "Stichting Fuzz")
    yield gf
    gf.close()


def _only_known_errors(gf: GovernanceFile, path: Path) -> None:
    count = gf.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    try:
        run_import(gf, "rooster", path, dry_run=True)
    except SwtgovError as exc:
        assert str(exc).strip(), "a known error carries a Dutch message"
        assert "Error" not in str(exc) and "Traceback" not in str(exc), str(exc)
    # nothing written (dry run), and the file is still readable
    assert gf.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == count
    assert gf.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"


@FUZZ
@given(data=st.binary(max_size=4000), suffix=st.sampled_from([".xlsx", ".csv"]))
def test_random_bytes(target: GovernanceFile, tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str) -> None:
    path = tmp_path_factory.mktemp("bytes") / f"invoer{suffix}"
    path.write_bytes(data)
    _only_known_errors(target, path)


@FUZZ
@given(cut=st.integers(min_value=0, max_value=len(GOOD_XLSX)),
       flips=st.lists(st.tuples(st.integers(min_value=0, max_value=len(GOOD_XLSX) - 1), st.integers(1, 255)), max_size=6))
def test_truncated_and_damaged_xlsx(target: GovernanceFile, tmp_path_factory: pytest.TempPathFactory,
                                    cut: int, flips: list[tuple[int, int]]) -> None:
    raw = bytearray(GOOD_XLSX)
    for at, mask in flips:
        raw[at] ^= mask
    path = tmp_path_factory.mktemp("xlsx") / "invoer.xlsx"
    path.write_bytes(bytes(raw[:cut]))
    _only_known_errors(target, path)


CELL = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["1-1-2024", "31-02-2026", "2", "tweede termijn", "=1+1", "'=x", "lid", "ja", '"', "\x00", ";"]),
)


@FUZZ
@given(rows=st.lists(st.lists(CELL, max_size=11), max_size=8), header=st.booleans(),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]), delimiter=st.sampled_from([";", ","]))
def test_random_csv(target: GovernanceFile, tmp_path_factory: pytest.TempPathFactory,
                    rows: list[list[str]], header: bool, encoding: str, delimiter: str) -> None:
    lines = ([delimiter.join(HEADER)] if header else []) + [delimiter.join(r) for r in rows]
    path = tmp_path_factory.mktemp("csv") / "invoer.csv"
    path.write_bytes("\n".join(lines).encode(encoding, errors="replace"))
    _only_known_errors(target, path)


def test_the_fuzz_target_is_a_real_import(target: GovernanceFile, tmp_path: Path) -> None:
    """The good file imports (the fuzzing starts from something the importer accepts)."""
    path = tmp_path / "goed.xlsx"
    path.write_bytes(GOOD_XLSX)
    summary = run_import(target, "rooster", path, dry_run=True)
    assert (summary.rows, summary.created) == (2, 2)
    assert isinstance(target.conn, sqlite3.Connection)
