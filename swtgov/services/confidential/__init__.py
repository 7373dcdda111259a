"""The confidential registers: vertrouwenspersoon, klokkenluidersmeldingen, datalekken.

Declared once as :data:`AREA`. Confidentiality is a product requirement: the
area's signals name only the register, the date and the deadline; its reports
for the RvT show aggregates (the datalekken report, marked VERTROUWELIJK, one row
per breach without its description); and ``review_tables`` is empty, so no
leesversie ever holds a row of these registers.
"""

from __future__ import annotations

from swtgov.services.area import Area, ReportKind, lazy, lazy_settings
from swtgov.store.confidential.schema import STEPS

_REPORT = "swtgov.services.confidential.report"
_YEAR = frozenset({"year"})

AREA = Area(
    key="vertrouwelijk",
    title="Vertrouwelijk",
    settings=lazy_settings("swtgov.domain.confidential.model"),
    schema=STEPS,
    import_kinds=lazy("swtgov.services.confidential.transfer", "import_kinds"),
    signals=lazy("swtgov.services.confidential.registers", "signals"),
    reports=(
        ReportKind("vertrouwenspersoon", "Vertrouwenspersoon: jaarcijfers", lazy(_REPORT, "build_counsellor"), _YEAR),
        ReportKind("klokkenluiders", "Klokkenluidersmeldingen: jaarcijfers en termijnen",
                   lazy(_REPORT, "build_whistleblower"), _YEAR),  # fmt: skip
        ReportKind("datalekken", "Register van datalekken (vertrouwelijk)", lazy(_REPORT, "build_breaches"), _YEAR),
    ),
    demo=lazy("swtgov.services.confidential.demo", "demo"),
    review_tables=(),
)
