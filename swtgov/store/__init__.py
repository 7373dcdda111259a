"""The governance file: open and lock, migrations, audit log, backups, repositories.

Built on sqlite-utils. Maps rows to domain objects. Knows nothing of Qt.
"""
