"""Keep the Dutch translations in step with the code.

The core window's strings live in ``resources/translations/swtgov_nl.ts``; each area
package ``swtgov/ui/<area>/`` has its own ``<area>_nl.ts``, so areas never edit one
shared file.

    python tools/translations.py update    # lupdate: add new strings to every .ts
    python tools/translations.py release   # lrelease: build every .qm
    python tools/translations.py check     # list unfinished translations (exit 1 if any)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "swtgov" / "ui"
FOLDER = ROOT / "swtgov" / "resources" / "translations"
CORE_DIRS = {"dialogs", "pages", "__pycache__"}


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(f"pyside6-{name}")
    if candidate.exists():
        return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def catalogues() -> dict[Path, list[str]]:
    """Each .ts file and the source files it is made from."""
    core = sorted(UI.glob("*.py")) + sorted((UI / "dialogs").glob("*.py")) + sorted((UI / "pages").glob("*.py"))
    result = {FOLDER / "swtgov_nl.ts": [str(p.relative_to(ROOT)) for p in core]}
    for area in sorted(p for p in UI.iterdir() if p.is_dir() and p.name not in CORE_DIRS):
        files = sorted(area.rglob("*.py"))
        if files:
            result[FOLDER / f"{area.name}_nl.ts"] = [str(p.relative_to(ROOT)) for p in files]
    return result


def update() -> None:
    for ts, files in catalogues().items():
        subprocess.run([_tool("lupdate"), *files, "-no-obsolete", "-ts", str(ts)], cwd=ROOT, check=True)


def release(folder: Path = FOLDER) -> list[Path]:
    built = []
    for ts in catalogues():
        qm = folder / ts.with_suffix(".qm").name
        subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True, capture_output=True)
        built.append(qm)
    return built


def unfinished(ts: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in {"obsolete", "vanished"}:
                continue
            if translation is None or kind == "unfinished" or not (translation.text or "").strip():
                missing.append(f"{ts.name}: {name}: {message.findtext('source')}")
    return missing


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    else:
        left = [line for ts in catalogues() for line in unfinished(ts)]
        print("\n".join(left) or "all translated")
        raise SystemExit(1 if left else 0)
