"""Entry point: ``python main.py [FILE]`` is the same as the ``swtgov`` command."""

from swtgov.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
