"""The Begroting page: budget versus realisatie per line, totals, chart, toelichting."""
