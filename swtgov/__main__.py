"""``python -m swtgov`` is the same as the ``swtgov`` command."""

from swtgov.cli import main

raise SystemExit(main())
