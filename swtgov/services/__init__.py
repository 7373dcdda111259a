"""Use cases shared by the command line and the window.

Importing the package installs the areas (:mod:`swtgov.services.areas`): their schema
steps into the store and their settings into the domain, before any use case runs.
"""

from swtgov.services import areas as _areas  # noqa: F401  (installs the areas)
