"""PDF reports on ReportLab: one stylesheet, bundled fonts, Dutch labels.

Reports take plain data and return bytes; they know nothing of the file or Qt.
"""
