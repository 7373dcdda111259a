"""swtgov: governance for the Raad van Toezicht of a Dutch stichting."""

__version__ = "0.1.0"
