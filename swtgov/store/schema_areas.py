"""Area schema steps, registered on :data:`swtgov.store.migrations.MIGRATIONS`.

Each area keeps its schema in its own store module and is imported here, in
release order. Append; never reorder.
"""

from __future__ import annotations
