"""Exports: typed cells, nothing a formula, no half-written file, and a round trip that loses nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from salon_crm.core import customer_imports, loyalty, profiles
from salon_crm.core.context import OWNER
from salon_crm.core.customer_imports import Outcome
from salon_crm.core.db import Shop, open_shop
from salon_crm.core.errors import ValidationError
from salon_crm.excel import lists
from salon_crm.excel.customer_import import build_rows, read_sheet
from salon_crm.excel.writing import CELL_TEXT_LIMIT, Column, ColumnKind, write_table

TODAY = date(2026, 11, 23)
HOSTILE = ["=1+1", "+86 138", "-2", "@SUM(A1)", "\t=cmd", "\r=x", '=HYPERLINK("http://x","y")']


def test_user_text_is_never_a_formula(tmp_path: Path) -> None:
    out = write_table(tmp_path / "x.xlsx", "客户", [Column("备注")], [[text] for text in HOSTILE])
    sheet = load_workbook(out).active
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert [cell.value for cell in cells] == [text.replace("\r", "\n") for text in HOSTILE]  # XML reads CR as LF
    assert all(cell.data_type == "s" for cell in cells)
    raw = (tmp_path / "x.xlsx").read_bytes()
    assert b"<f>" not in raw


def test_cells_are_typed_and_the_header_frozen_and_filtered(tmp_path: Path) -> None:
    columns = [
        Column("姓名"), Column("手机"), Column("生日", ColumnKind.DATE), Column("最近到店", ColumnKind.DATETIME),
        Column("余额", ColumnKind.MONEY), Column("积分", ColumnKind.INTEGER),
    ]  # fmt: skip
    row = ["王芳", "01012345678", date(1990, 5, 3), datetime(2026, 10, 1, 14, 30), Decimal("1200.50"), 42]
    out = write_table(tmp_path / "t.xlsx", "客户", columns, [row])
    sheet = load_workbook(out).active
    _name, phone, born, visit, money, points = sheet[2]
    assert phone.value == "01012345678"  # text: the leading zero stays
    assert born.value == datetime(1990, 5, 3)
    assert born.is_date
    assert visit.value == datetime(2026, 10, 1, 14, 30)
    assert money.value == 1200.5
    assert "¥" in money.number_format
    assert points.value == 42
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:F2"
    assert sheet.column_dimensions["A"].width >= 6


def test_control_characters_are_stripped_and_overlong_text_cut_with_a_marker(tmp_path: Path) -> None:
    out = write_table(tmp_path / "c.xlsx", "x", [Column("备注")], [["a\x00b\x07c"]])
    assert load_workbook(out).active["A2"].value == "abc"
    # one 100,000-character note no longer stops the whole shop's export (issue 13)
    out = write_table(tmp_path / "long.xlsx", "x", [Column("备注")], [["长" * 100_000], ["短"]])
    sheet = load_workbook(out).active
    assert len(sheet["A2"].value) == CELL_TEXT_LIMIT
    assert sheet["A2"].value.endswith("…[cut: 100,000 characters in all]")
    assert sheet["A3"].value == "短"
    assert list(tmp_path.glob("*.part")) == []


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_like_text_gets_the_quote_prefix(tmp_path: Path, text: str) -> None:
    out = write_table(tmp_path / "f.xlsx", "x", [Column("备注")], [[text], ["plain"]])
    sheet = load_workbook(out).active
    assert sheet["A2"].value == text.replace("\r", "\n")  # XML reads a lone CR back as LF
    assert sheet["A2"].data_type == "s"
    assert sheet["A2"].quotePrefix
    assert not sheet["A3"].quotePrefix


def test_a_failed_export_leaves_the_old_file_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "list.xlsx"
    write_table(target, "x", [Column("a")], [["old"]])
    before = target.read_bytes()

    def failing() -> Iterator[list[str]]:
        yield ["new"]
        raise ValidationError("money_invalid", field="x", value="y")

    with pytest.raises(ValidationError):
        write_table(target, "x", [Column("a")], failing())
    assert target.read_bytes() == before


_names = st.text(alphabet="张王李赵刘陈杨黄芳娜敏静丽强伟明", min_size=2, max_size=4)
_notes = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=30)
_customers = st.lists(
    st.tuples(
        _names,
        st.integers(min_value=0, max_value=99_999_999),
        st.sampled_from(["female", "male", "unknown"]),
        st.one_of(st.none(), st.dates(min_value=date(1930, 1, 1), max_value=date(2010, 12, 31))),
        st.booleans(),
        _notes,
        st.decimals(min_value=0, max_value=100_000, places=2, allow_nan=False),
        st.integers(min_value=0, max_value=50_000),
    ),
    min_size=1,
    max_size=15,
    unique_by=lambda customer: customer[1],
)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(customers=_customers)
def test_export_then_import_loses_nothing(tmp_path_factory: pytest.TempPathFactory, customers: list[tuple]) -> None:
    folder = tmp_path_factory.mktemp("roundtrip")
    source = open_shop(folder / "a")
    try:
        for name, number, gender, born, year_known, notes, principal, points in customers:
            profile = profiles.create_customer(
                OWNER,
                profiles.CustomerInput(
                    name=name, phone=f"139{number:08d}", gender=gender, notes=notes,
                    birth_year=born.year if born and year_known else None,
                    birth_month=born.month if born else None, birth_day=born.day if born else None,
                ),
                allow_duplicate=True,
            )  # fmt: skip
            loyalty.import_opening_balance(OWNER, profile.id, principal=principal, points=points)
        expected = [_comparable(row) for row in customer_imports.export_profiles()]
        lists.export_customers(folder / "customers.xlsx")
    finally:
        source.close()
    target = open_shop(folder / "b")
    try:
        plan = customer_imports.plan_import(build_rows(read_sheet(folder / "customers.xlsx"), today=TODAY), today=TODAY)
        assert [planned.outcome for planned in plan.rows] == [Outcome.NEW] * len(customers)
        customer_imports.commit_import(OWNER, plan, backup_dir=None)
        assert [_comparable(row) for row in customer_imports.export_profiles()] == expected
    finally:
        target.close()


def _comparable(row: customer_imports.ProfileRow) -> tuple[object, ...]:
    return (
        row.name, row.phone, row.gender, row.birth_year, row.birth_month, row.birth_day, row.notes,
        row.principal, row.bonus, row.points,
    )  # fmt: skip


@pytest.mark.slow
def test_the_demo_customers_survive_a_round_trip(shop: Shop, tmp_path: Path) -> None:
    from salon_crm import demo

    demo.fill_demo_shop(OWNER, seed=3)
    expected = sorted(_full(row) for row in customer_imports.export_profiles())
    lists.export_customers(tmp_path / "demo.xlsx")
    shop.close()
    other = open_shop(tmp_path / "other")
    try:
        from salon_crm.core.models import MembershipLevel

        for rank, name in enumerate(sorted({row[14] for row in expected if row[14]})):
            MembershipLevel.create(name=name, rank=rank + 1, price_rate=1, points_per_yuan=1, upgrade_threshold=0)
        plan = customer_imports.plan_import(build_rows(read_sheet(tmp_path / "demo.xlsx"), today=TODAY), today=TODAY)
        assert plan.count(Outcome.ERROR) == 0
        customer_imports.commit_import(OWNER, plan, backup_dir=None)
        assert sorted(_full(row) for row in customer_imports.export_profiles()) == expected
    finally:
        other.close()


def _full(row: customer_imports.ProfileRow) -> tuple[object, ...]:
    return (*_comparable(row), row.wechat, row.email, row.address, row.occupation, row.level, row.skin_type,
            row.hair_type, row.allergies, row.preferences)  # fmt: skip


def test_the_customer_export_has_what_the_window_shows(shop: Shop, tmp_path: Path) -> None:
    from datetime import timedelta

    from salon_crm.core import clock, service_records
    from salon_crm.core.models import ServiceItem
    from salon_crm.core.service_records import LineInput, RecordInput

    item = ServiceItem.create(name="洗剪吹", category="cut", price=68, duration_minutes=45).id
    person = profiles.create_customer(OWNER, profiles.CustomerInput("林小雨", phone="13800138000"))
    visited = (clock.now() - timedelta(minutes=5)).replace(second=0, microsecond=0)  # any hour, any date
    data = RecordInput(person.id, visited, (LineInput(item),), "cash")
    service_records.add_service_record(OWNER, data, now=visited)
    lists.export_customers(tmp_path / "customers.xlsx")
    sheet = load_workbook(tmp_path / "customers.xlsx", read_only=True).active
    header, row = [list(values) for values in sheet.iter_rows(values_only=True)][:2]
    values = dict(zip(header, row, strict=True))
    assert (values["到店次数"], values["累计消费"], values["客户阶段"]) == (1, 68, "新客")
    assert values["最近到店"].date() == visited.date()
