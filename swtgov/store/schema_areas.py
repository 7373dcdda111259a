"""Area schema steps, registered on :data:`swtgov.store.migrations.MIGRATIONS`.

Each area keeps its schema in its own store module and is imported here, in
release order. Append; never reorder.
"""

from __future__ import annotations

from swtgov.store import rooster_schema  # noqa: F401  (0002_rooster)
from swtgov.store import risks_schema  # noqa: F401  (0003_risicos)
