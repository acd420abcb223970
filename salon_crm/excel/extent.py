"""A worksheet's real size, read from its XML before any reader allocates for it.

python-calamine allocates one slot for every cell of the rectangle between the first
and the last cell it finds: a 4.8 KB file with one cell at XFD1048576 asks for 549 GB.
Here the sheet's part is streamed through a regular expression (bytes, chunk by
chunk: a few MB of memory whatever the file), counting the cells present and the
rectangle they span, so the caller can pick a reader by the cells present or refuse.
A DOCTYPE (the start of every XML entity bomb) is refused: Excel, WPS and
LibreOffice never write one.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from operator import itemgetter
from xml.parsers import expat

from salon_crm.core.errors import ValidationError

CHUNK = 1 << 20
MAX_TAG_BYTES = 1 << 20  # one start tag longer than this is not a spreadsheet's
MAX_SMALL_PART = 32 << 20  # workbook.xml and its relationships: a few KB in real files
# Every cell, with or without a namespace prefix; and the reference as Excel, WPS and LibreOffice
# write it. A cell counted but not matched by _REF is placed as far as it could possibly be.
_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s/>]")
_PREFIXED_CELL = re.compile(rb"<[A-Za-z_][\w.-]*:c[\s/>]")
_REF = re.compile(rb' r="([A-Z]{1,3})([0-9]{1,7})"')
_DOCTYPE = b"<!DOCTYPE"
_FIRST, _SECOND = itemgetter(0), itemgetter(1)
_WORKSHEET = "/worksheet"
# What zipfile and zlib raise for a damaged, truncated or encrypted member.
_DAMAGED = (ValueError, KeyError, OSError, EOFError, zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError)


@dataclass(frozen=True)
class Extent:
    """The cells present in a sheet and the rectangle they span (1-based, 0 when empty)."""

    cells: int
    max_row: int
    max_column: int
    min_row: int = 0
    min_column: int = 0

    @property
    def area(self) -> int:
        """Slots a dense reader allocates: the rectangle from the first to the last cell."""
        if not self.cells:
            return 0
        return (self.max_row - self.min_row + 1) * (self.max_column - self.min_column + 1)


def column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


class _Parts:
    """The few elements wanted from a small XML part, through expat with DOCTYPE refused."""

    def __init__(self, wanted: str) -> None:
        self.wanted = wanted
        self.found: list[dict[str, str]] = []

    def parse(self, data: bytes) -> list[dict[str, str]]:
        parser = expat.ParserCreate(namespace_separator="}")
        parser.StartDoctypeDeclHandler = self._refuse_doctype
        parser.StartElementHandler = self._start
        parser.Parse(data, True)
        return self.found

    def _refuse_doctype(self, *_: object) -> None:
        raise ValueError("DOCTYPE")

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        if name.rsplit("}", 1)[-1] == self.wanted:
            self.found.append({key.rsplit("}", 1)[-1]: value for key, value in attributes.items()})


def _small_part(archive: zipfile.ZipFile, name: str) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > MAX_SMALL_PART:
        raise ValueError(name)
    return archive.read(name)


def worksheet_parts(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, part path or "" when it is not a worksheet) in the workbook's order.

    Raises ``ValueError``, ``KeyError`` or ``expat.ExpatError`` for a damaged workbook.
    """
    sheets = _Parts("sheet").parse(_small_part(archive, "xl/workbook.xml"))
    targets: dict[str, tuple[str, str]] = {}
    if "xl/_rels/workbook.xml.rels" in archive.namelist():
        for relation in _Parts("Relationship").parse(_small_part(archive, "xl/_rels/workbook.xml.rels")):
            target = relation.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            targets[relation.get("Id", "")] = (path, relation.get("Type", ""))
    parts = []
    for sheet in sheets:
        path, kind = targets.get(sheet.get("id", ""), ("", ""))
        parts.append((sheet.get("name", ""), path if kind.endswith(_WORKSHEET) else ""))
    return parts


def scan_worksheet(archive: zipfile.ZipFile, part: str) -> Extent:
    """Stream ``part`` and measure its cells; ``ValueError`` for a DOCTYPE or a monstrous tag."""
    cells = without_ref = 0
    min_row = min_column = 1 << 30
    max_row = max_column = 0
    pending = b""
    with archive.open(part) as stream:
        first = True
        while True:
            chunk = stream.read(CHUNK)
            if first and chunk.startswith((b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")):
                raise ValueError("not UTF-8")  # every spreadsheet program writes its parts in UTF-8
            first = False
            data = pending + chunk
            if _DOCTYPE in data:
                raise ValueError("DOCTYPE")
            if chunk:
                # keep an unfinished tag for the next round
                cut = data.rfind(b"<")
                if cut >= 0 and data.find(b">", cut) < 0:
                    data, pending = data[:cut], data[cut:]
                    if len(pending) > MAX_TAG_BYTES:
                        raise ValueError("tag too long")
                else:
                    pending = b""
            found = (
                len(_CELL.findall(data))
                if b":c" in data
                else data.count(b"<c ") + data.count(b"<c>") + data.count(b"<c/>")
            )
            refs = _REF.findall(data)
            cells += found
            without_ref += max(found - len(refs), 0)
            if refs:
                # sets first: a sheet repeats each row number once per column (zip(*refs) cost 3x this)
                rows = list(map(int, set(map(_SECOND, refs))))
                columns = [column_number(letter) for letter in set(map(_FIRST, refs))]
                max_row, max_column = max(max_row, *rows), max(max_column, *columns)
                min_row, min_column = min(min_row, *rows), min(min_column, *columns)
            if not chunk:
                break
    if without_ref:
        # A cell without a reference sits after the one before it: at worst each one adds a column or a row.
        max_row, max_column = max_row + without_ref, max_column + without_ref
        min_row, min_column = min(min_row, 1), min(min_column, 1)
    if not cells:
        return Extent(0, 0, 0)
    return Extent(cells, max_row, max_column, min_row, min_column)


def sheet_extent(archive: zipfile.ZipFile, sheet: str | None, file: str) -> tuple[str, Extent]:
    """The chosen sheet's name and extent (the first sheet when ``sheet`` is None or "")."""
    try:
        parts = worksheet_parts(archive)
    except (*_DAMAGED, expat.ExpatError):
        raise ValidationError("import_file_damaged", file=file) from None
    if not parts:
        raise ValidationError("import_no_rows", file=file)
    names = [name for name, _part in parts]
    name = sheet or names[0]
    if name not in names:
        raise ValidationError("import_sheet_not_found", file=file, sheet=sheet)
    part = dict(parts)[name]
    if not part:
        raise ValidationError("import_no_rows", file=file)
    try:
        return name, scan_worksheet(archive, part)
    except _DAMAGED:
        raise ValidationError("import_file_damaged", file=file) from None
