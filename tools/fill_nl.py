"""Fill Dutch translations into a .ts file from a Python dict file (one-off helper).

    python tools/fill_nl.py resources/translations/swtgov_nl.ts nl_pairs.py

The dict file defines NL = {"English source": "Nederlandse vertaling", ...}.
Only entries whose translation is unfinished are filled; the .ts stays the source of truth.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts: Path, pairs: dict[str, str]) -> list[str]:
    tree = ET.parse(ts)
    left = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            if source in pairs:
                translation.text = pairs[source]
                translation.attrib.pop("type", None)
            else:
                left.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return left


if __name__ == "__main__":
    target = Path(sys.argv[1])
    nl = runpy.run_path(sys.argv[2])["NL"]
    missing = fill(target, nl)
    print("\n".join(f"missing: {m}" for m in missing) or "all filled")
