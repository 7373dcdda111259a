"""The budget area (begroting en realisatie): money, budget lines, ledger ranges, figures."""
