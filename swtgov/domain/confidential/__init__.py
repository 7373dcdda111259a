"""The confidential registers (area ``vertrouwelijk``): vertrouwenspersoon,
klokkenluidersmeldingen and datalekken.

The organisation keeps these registers; the RvT sees figures and deadlines, not
people. :mod:`.model` holds the records and their validation, :mod:`.clocks` the
legal deadlines (72 hours, 7 days, 3 months), :mod:`.signals` the signals (which
name only the register, the date and the deadline) and :mod:`.figures` the
yearly aggregates for the RvT.
"""
