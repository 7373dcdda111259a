"""The risks area."""
