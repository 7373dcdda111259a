"""PDF reports of the confidential registers: figures for the RvT, and the
datalekken register marked VERTROUWELIJK."""
