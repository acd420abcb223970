"""Refresh the Chinese catalogues from the source, fill new entries from a map, compile them.

    .venv/bin/python scripts/update_translations.py [MAP.json]

Each area of ``salon_crm/ui/`` with its own catalogue in ``resources/translations``
(``appointments_zh_CN.ts`` ...) is read from its folder; everything else goes to
``salon_crm_zh_CN.ts``. MAP.json is ``{"English source": "中文"}`` for entries lupdate marks
unfinished; the ones still missing are printed. lupdate reads only literal contexts and
literal strings: ``translate("Context", "text")``, never a variable context.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "salon_crm" / "ui"
FOLDER = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent  # pyside6-lupdate and pyside6-lrelease sit beside the venv's python


def catalogues() -> list[str]:
    return sorted(ts.name.removesuffix("_zh_CN.ts") for ts in FOLDER.glob("*_zh_CN.ts"))


def sources(catalogue: str) -> list[str]:
    if catalogue != "salon_crm":
        return sorted(str(path) for path in (UI / catalogue).rglob("*.py"))
    areas = [UI / name for name in catalogues() if name != "salon_crm"]
    return sorted(str(path) for path in UI.rglob("*.py") if not any(area in path.parents for area in areas))


def lupdate(catalogue: str, ts: Path) -> None:
    command = [str(TOOLS / "pyside6-lupdate"), *sources(catalogue), "-no-obsolete", "-ts", str(ts)]
    subprocess.run(command, check=True, capture_output=True)


def main() -> None:
    wanted: dict[str, str] = json.loads(Path(sys.argv[1]).read_text("utf-8")) if len(sys.argv) > 1 else {}
    for catalogue in catalogues():
        ts = FOLDER / f"{catalogue}_zh_CN.ts"
        lupdate(catalogue, ts)
        tree = ET.parse(ts)
        missing: list[str] = []
        filled = False
        for message in tree.getroot().iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") != "unfinished":
                continue
            if source in wanted:
                translation.text = wanted[source]
                del translation.attrib["type"]
                filled = True
            else:
                missing.append(source)
        if filled:
            body = ET.tostring(tree.getroot(), encoding="unicode")
            ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
            lupdate(catalogue, ts)  # back to lupdate's own layout, so a diff shows only what changed
        lrelease = [str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))]
        subprocess.run(lrelease, check=True, capture_output=True)
        if missing:
            print(catalogue, "still untranslated:", missing)


if __name__ == "__main__":
    main()
