"""The shared table model: checked with qtmodeltester, sorted by value not by text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt

from swtgov import display
from swtgov.ui.models import RECORD_ROLE, ColumnDef, RecordTableModel, SortProxy


@dataclass(frozen=True)
class Line:
    name: str
    day: dt.date
    cents: int


LINES = [
    Line("Salarissen", dt.date(2026, 10, 1), 1_214_300_000),
    Line("Huisvesting", dt.date(2026, 2, 1), 98_000_000),
    Line("Automatisering", dt.date(2025, 12, 31), 5_500_000),
]


def make_model() -> RecordTableModel[Line]:
    model: RecordTableModel[Line] = RecordTableModel(
        [
            ColumnDef("Post", lambda r: r.name),
            ColumnDef("Datum", lambda r: display.date(r.day), sort=lambda r: r.day),
            ColumnDef("Bedrag", lambda r: display.money(r.cents), sort=lambda r: r.cents, align_right=True,
                      background=lambda r: "#fde2e1" if r.cents > 100_000_000 else None),
        ]
    )
    model.set_records(LINES)
    return model


def test_model_is_a_proper_qt_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = make_model()
    qtmodeltester.check(model, force_py=True)
    proxy = SortProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)


def test_dutch_text_and_sorting_by_value() -> None:
    model = make_model()
    assert model.data(model.index(0, 2)) == "€ 12.143.000"
    assert model.data(model.index(0, 1)) == "1 oktober 2026"
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["Automatisering", "Huisvesting", "Salarissen"]
    proxy.sort(1, Qt.SortOrder.AscendingOrder)  # "31 december 2025" sorts before "1 februari 2026"
    assert [proxy.index(r, 0).data() for r in range(3)] == ["Automatisering", "Huisvesting", "Salarissen"]


def test_search_and_predicate_filter() -> None:
    model = make_model()
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("huis")
    assert proxy.rowCount() == 1
    proxy.setFilterFixedString("")
    proxy.set_predicate(lambda line: line.cents < 100_000_000)
    assert sorted(proxy.index(r, 0).data(RECORD_ROLE).name for r in range(proxy.rowCount())) == [
        "Automatisering", "Huisvesting"]
