"""Write docs/settings.md from the declared settings (run after adding one).

    python tools/settings_doc.py          # rewrite the page
    python tools/settings_doc.py --check  # exit 1 when the page is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

import swtgov.services  # noqa: F401  (installs the areas and their settings)
from swtgov.domain.settings import all_specs

PAGE = Path(__file__).resolve().parents[1] / "docs" / "settings.md"


def render() -> str:
    lines = [
        "# Instellingen",
        "",
        "Instellingen komen uit de statuten en reglementen en horen bij de organisatie: ze staan",
        "in het governancebestand zelf. Wijzig ze in *Bestand › Instellingen* of met",
        "`swtgov settings FILE KEY VALUE`. Deze pagina wordt gemaakt door",
        "`python tools/settings_doc.py`; een test faalt als ze niet klopt.",
        "",
        "| sleutel | omschrijving | standaard | toelichting |",
        "|---|---|---|---|",
    ]
    for key, spec in all_specs().items():
        bounds = ""
        if spec.minimum is not None or spec.maximum is not None:
            bounds = f" ({spec.minimum if spec.minimum is not None else '…'}–{spec.maximum if spec.maximum is not None else '…'})"
        default = spec.show(spec.default).replace("|", "\\|")
        lines.append(f"| `{key}` | {spec.label}{bounds} | `{default}` | {spec.help} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    text = render()
    if "--check" in sys.argv:
        raise SystemExit(0 if PAGE.read_text(encoding="utf-8") == text else 1)
    PAGE.write_text(text, encoding="utf-8")
