"""How many schema steps this version of swtgov knows.

Kept apart from :mod:`swtgov.store.migrations` so that opening an up-to-date file does
not have to import the migration machinery. A test checks it equals the number of
registered migrations; raise it with every new step.
"""

SCHEMA_VERSION = 3
