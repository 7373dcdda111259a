"""verify names what changed outside swtgov, but never a confidential register's contents."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from swtgov.services.governance import verify


def test_a_raw_change_in_a_register_is_reported_without_its_text(demo_file: Path) -> None:
    conn = sqlite3.connect(demo_file)
    breach_id, before = conn.execute("SELECT id, description FROM data_breaches ORDER BY id LIMIT 1").fetchone()
    member_id, name = conn.execute("SELECT id, name FROM members ORDER BY id LIMIT 1").fetchone()
    with conn:
        conn.execute("UPDATE data_breaches SET description = 'Geheime wijziging' WHERE id = ?", [breach_id])
        conn.execute("UPDATE members SET name = 'Iemand Anders' WHERE id = ?", [member_id])
    conn.close()
    result = verify(demo_file)
    text = "\n".join(result.problems)
    assert not result.ok
    assert f'tabel "data_breaches", rij {breach_id}, veld "description"' in text
    assert "niet getoond: vertrouwelijk" in text
    assert "Geheime wijziging" not in text and before not in text
    # a table RvT members may see is reported with both values, as before
    assert '"Iemand Anders"' in text and f'"{name}"' in text
