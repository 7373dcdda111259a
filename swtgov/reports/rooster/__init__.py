"""The rooster area."""
