"""The budget area in the governance file: schema and repository."""
