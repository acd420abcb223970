"""Coverage-guided fuzzing of the cell parsers with atheris (issue 13; optional, not in CI).

Every function that turns one cell or one file's bytes into a value (phone, birthday,
day, gender, money, whole number, text, the CSV encoding guess, the one-line echo)
gets atheris' bytes as text, as a float and as an int; anything but a value or a typed
``SalonError`` is a finding (atheris prints it with the input and stops).

Usage: pip install atheris (a cp311 wheel on PyPI), then
python bench/atheris_cells.py -max_total_time=300 [-runs=N]
"""

from __future__ import annotations

import contextlib
import sys
from datetime import date

import atheris  # type: ignore[import-not-found,import-untyped,unused-ignore]

with atheris.instrument_imports():
    from salon_crm.core.errors import SalonError
    from salon_crm.excel import cleaning, reading
    from salon_crm.excel.reasons import one_line

TODAY = date(2026, 12, 5)


def parse_one(data: bytes) -> None:
    given = atheris.FuzzedDataProvider(data)
    choice = given.ConsumeIntInRange(0, 2)
    cell: object = (
        given.ConsumeUnicodeNoSurrogates(200)
        if choice == 0
        else given.ConsumeRegularFloat()
        if choice == 1
        else given.ConsumeInt(8)
    )
    for parse in (
        cleaning.phone, cleaning.day, cleaning.gender, cleaning.text, cleaning.long_text,
        lambda value: cleaning.birthday(value, today=TODAY), lambda value: cleaning.money(value, field="balance"),
        lambda value: cleaning.whole_number(value, field="points"),
    ):  # fmt: skip
        with contextlib.suppress(SalonError):
            parse(cell)
    raw = given.ConsumeBytes(4096)
    encoding = reading.detect_encoding(raw)
    if encoding and encoding != "gb18030-bom":
        reading.foreign_encoding(raw, raw.decode(encoding))
    shown = one_line(raw.decode("utf-8", "replace"))
    assert len(shown.splitlines()) <= 1, shown


def main() -> None:
    atheris.Setup(sys.argv, parse_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
