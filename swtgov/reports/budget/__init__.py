"""The budget report (begroting en realisatie) and the Dutch texts of its figures."""
