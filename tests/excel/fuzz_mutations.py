"""Mutations of real workbooks and CSV files for the fuzz tests and ``bench/fuzz_import.py``.

Each mutation takes the seed file's bytes and a ``random.Random`` and returns new bytes:
truncation, flipped bytes inside an XML part, a huge dimension or a far cell, an entity
bomb, a long or odd cell, a CSV re-encoded or damaged.
"""

from __future__ import annotations

import codecs
import io
import random
import zipfile
from collections.abc import Callable

Mutation = Callable[[bytes, random.Random], bytes]
ODD_CELLS = [
    "NaN", "-Infinity", "1e308", "9" * 5000, "-13800138000", "12345", "=HYPERLINK(\"http://x\",\"y\")",
    "\x00\x1b[31m王芳", "长" * 40_000, "1990-13-45", "\ud7ff\ufffe", "<>&'\"", "0x1p1023",
]  # fmt: skip


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030", "cp932", "euc-jp", "koi8-r", "latin-1"]


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in parts.items():
            archive.writestr(name, body)
    return out.getvalue()


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))]


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    changed = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        changed[rng.randrange(len(changed))] = rng.randrange(256)
    return bytes(changed)


def _sheet_edit(data: bytes, rng: random.Random, edit: Callable[[bytes, random.Random], bytes]) -> bytes:
    parts = _parts(data)
    sheets = sorted(name for name in parts if name.startswith("xl/worksheets/") and name.endswith(".xml"))
    name = rng.choice(sheets or sorted(parts))
    parts[name] = edit(parts[name], rng)
    return _zip(parts)


def flip_in_xml(data: bytes, rng: random.Random) -> bytes:
    return _sheet_edit(data, rng, flip_bytes)


def huge_extent(data: bytes, rng: random.Random) -> bytes:
    ref = rng.choice(["XFD1048576", "ZZ500000", "A1048576", "XFD1", "AAA99999"])

    def edit(xml: bytes, _rng: random.Random) -> bytes:
        xml = xml.replace(b'<dimension ref="', f'<dimension ref="A1:{ref}" x="'.encode(), 1)
        row = ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        far = f'<row r="{row}"><c r="{ref}" t="inlineStr"><is><t>x</t></is></c></row>'
        return xml.replace(b"</sheetData>", far.encode() + b"</sheetData>", 1)

    return _sheet_edit(data, rng, edit)


def entity_bomb(data: bytes, rng: random.Random) -> bytes:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(
            f'<!ENTITY a{n} "{("&a" + (str(n - 1) if n > 1 else "") + ";") * 10}">'.encode() for n in range(1, 10)
        )
        + b"]>"
    )

    def edit(xml: bytes, _rng: random.Random) -> bytes:
        body = xml.split(b"?>", 1)[-1] if xml.startswith(b"<?xml") else xml
        return bomb + body.replace(b"</sheetData>", b'<row><c t="inlineStr"><is><t>&a9;</t></is></c></row></sheetData>')

    return _sheet_edit(data, rng, edit)


def odd_cell(data: bytes, rng: random.Random) -> bytes:
    value = rng.choice(ODD_CELLS)
    text = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    numeric = rng.random() < 0.5 and all(ch in "0123456789.-+eEINFinfaty" for ch in value)

    def edit(xml: bytes, inner: random.Random) -> bytes:
        cell = (
            f'<c r="B{inner.randint(2, 9)}"><v>{text}</v></c>'
            if numeric
            else (f'<c r="B{inner.randint(2, 9)}" t="inlineStr"><is><t>{text}</t></is></c>')
        )
        encoded = cell.encode("utf-8", "surrogatepass")
        return xml.replace(b"</sheetData>", b"<row>" + encoded + b"</row></sheetData>", 1)

    return _sheet_edit(data, rng, edit)


def reencode_csv(data: bytes, rng: random.Random) -> bytes:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gb18030")
    encoding = rng.choice(
        ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030", "cp932", "euc-jp", "koi8-r", "latin-1"]
    )
    encoded = text.encode(encoding, "replace")
    if rng.random() < 0.2:
        encoded = codecs.BOM_UTF8 + encoded  # a lying mark, now and then
    return encoded


def odd_csv_cell(data: bytes, rng: random.Random) -> bytes:
    value = rng.choice(ODD_CELLS).encode("utf-8", "surrogatepass")
    return data + b"\xe7\x8e\x8b\xe8\x8a\xb3," + value + b"\n"


WORKBOOK_MUTATIONS: list[Mutation] = [truncate, flip_bytes, flip_in_xml, huge_extent, entity_bomb, odd_cell]
CSV_MUTATIONS: list[Mutation] = [truncate, flip_bytes, reencode_csv, odd_csv_cell]
