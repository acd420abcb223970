"""CSV encodings (issue 13): UTF-8 with or without its mark (a lying one too), UTF-16, GB18030 read;
Japanese and Cyrillic files refused with what was seen, never decoded into nonsense Chinese."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from excel_helpers import sample

from salon_crm.core.errors import ValidationError
from salon_crm.excel.reading import read_table

ROWS = "姓名,手机,备注\n王芳,13800138000,油性皮肤\n李娜,13900139000,染发过敏\n"


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16", b""),  # Python writes its mark
        ("utf-16-le", b""),  # no mark: recognised by the NUL bytes
        ("utf-16-be", b""),
        ("gb18030", b""),
        ("gbk", codecs.BOM_UTF8),  # a lying mark: GBK behind a UTF-8 BOM
    ],
)
def test_each_encoding_reads_as_chinese(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(prefix + ROWS.encode(encoding))
    assert read_table(path).rows[1] == ["王芳", "13800138000", "油性皮肤"]


def test_a_bom_followed_by_invalid_bytes_is_refused_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfd,\x80\x81\n")
    with pytest.raises(ValidationError) as caught:
        read_table(path)
    assert caught.value.code in {"import_encoding_unknown", "import_encoding_foreign"}


@pytest.mark.parametrize(
    ("encoding", "text", "seen"),
    [
        ("cp932", "名前,電話\n山田はなこ,09012345678\n佐藤みさき,08012345678\n", "Shift_JIS / EUC-JP"),
        ("euc-jp", "名前,電話\n山田はなこ,09012345678\n佐藤みさき,08012345678\n", "Shift_JIS / EUC-JP"),
        ("koi8-r", "имя,телефон\nанна,79161234567\nмария,79161234568\n", "KOI8-R / Windows-1251"),
        ("cp1251", "имя,телефон\nанна,79161234567\nмария,79161234568\n", "KOI8-R / Windows-1251"),
    ],
)
def test_japanese_and_cyrillic_files_are_refused_naming_what_was_seen(
    tmp_path: Path, encoding: str, text: str, seen: str
) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(ValidationError) as caught:
        read_table(path)
    assert caught.value.code in {"import_encoding_foreign", "import_encoding_unknown"}
    if caught.value.code == "import_encoding_foreign":
        assert caught.value.values["seen"] == seen


def test_the_shops_gbk_sample_is_not_mistaken_for_a_foreign_file(tmp_path: Path) -> None:
    assert read_table(sample("sample_customers_gbk.csv", tmp_path)).reader == "csv"


def test_cyrillic_that_happens_to_decode_as_gb18030_is_still_refused(tmp_path: Path) -> None:
    text = "анна,79161234567\nолег,79161234568\nиван,79161234569\nнина,79161234570\nвера,79161234571\n"
    data = text.encode("koi8-r")
    data.decode("gb18030")  # even-length words: every byte pair is a valid (nonsense) hanzi
    path = tmp_path / "ru.csv"
    path.write_bytes(data)
    with pytest.raises(ValidationError) as caught:
        read_table(path)
    assert (caught.value.code, caught.value.values["seen"]) == ("import_encoding_foreign", "KOI8-R / Windows-1251")
