"""Workbooks built the way shops make them, for the Excel tests."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

SAMPLES = Path(__file__).parent.parent / "fixtures" / "excel"


def write_workbook(path: Path, rows: Sequence[Sequence[Any]], *, title: str = "客户资料") -> Path:
    """An .xlsx written by openpyxl with ``rows`` from A1."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def rewrite_part(path: Path, part: str, change: Any) -> None:
    """Replace one XML part of an .xlsx (``change`` maps old text to new)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts[part] = change(parts[part].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def sample(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copy(SAMPLES / name, target)
    return target


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
