"""The monthly report: its KPIs match figures computed here from the raw tables, and Calc opens it."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from salon_crm import demo
from salon_crm.core import reports
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import ValidationError
from salon_crm.excel.report import write_monthly_report

MONTH = reports.Month(2026, 10)


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[reports.MonthlyReport, Path, Path]:
    from salon_crm.core.db import open_shop

    folder = tmp_path_factory.mktemp("report")
    shop = open_shop(folder / "data")
    try:
        demo.fill_demo_shop(OWNER, seed=2)
        report = reports.monthly_report(MONTH)
        out = write_monthly_report(report, folder / "report.xlsx")
    finally:
        shop.close()
    return report, out, shop.db_path


def _sql(db: Path, query: str) -> tuple:
    with sqlite3.connect(db) as connection:
        return connection.execute(query).fetchone()


def test_the_kpis_match_the_raw_tables(demo_report: tuple[reports.MonthlyReport, Path, Path]) -> None:
    report, _out, db = demo_report
    in_month = "visited_at >= '2026-10-01' AND visited_at < '2026-11-01' AND voided_at IS NULL"
    revenue, visits = _sql(db, f"SELECT SUM(CAST(total AS TEXT)), COUNT(*) FROM service_record WHERE {in_month}")
    assert visits > 0
    assert report.kpis.visits == visits
    assert report.kpis.revenue == Decimal(str(round(revenue, 2))).quantize(Decimal("0.01"))
    assert report.kpis.average_ticket == (report.kpis.revenue / visits).quantize(Decimal("0.01"))
    (new,) = _sql(
        db,
        "SELECT COUNT(*) FROM (SELECT customer_id, MIN(visited_at) AS first FROM service_record "
        "WHERE voided_at IS NULL GROUP BY customer_id) WHERE first >= '2026-10-01' AND first < '2026-11-01'",
    )
    assert report.kpis.new_customers == new
    (distinct,) = _sql(db, f"SELECT COUNT(DISTINCT customer_id) FROM service_record WHERE {in_month}")
    assert report.kpis.returning_customers == distinct - new
    booked = "starts_at >= '2026-10-01' AND starts_at < '2026-11-01'"
    no_show, due = _sql(
        db,
        f"SELECT SUM(status = 'no_show'), SUM(status != 'cancelled') FROM appointment WHERE {booked}",
    )
    assert report.kpis.no_show_rate == pytest.approx(no_show / due)
    answers, average = _sql(
        db, "SELECT COUNT(*), AVG(overall) FROM survey_response WHERE answered_at >= '2026-10-01' "
        "AND answered_at < '2026-11-01'"
    )  # fmt: skip
    assert report.kpis.survey_responses == answers
    assert report.kpis.satisfaction == pytest.approx(average)
    assert sum(day.revenue for day in report.days) == report.kpis.revenue
    assert len(report.days) == 31
    # services share out each bill's discount: they add up to the revenue, give or take a fen per item
    assert abs(sum(row.revenue for row in report.services) - report.kpis.revenue) <= Decimal("0.01") * len(
        report.services
    )


def test_the_satisfaction_of_each_compared_month_and_the_trend_match_the_raw_tables(
    demo_report: tuple[reports.MonthlyReport, Path, Path],
) -> None:
    report, _out, db = demo_report
    answered = (
        "SELECT COUNT(*), AVG(overall), 100.0 * (SUM(recommend >= 9) - SUM(recommend <= 6)) / COUNT(*) "
        "FROM survey_response WHERE substr(answered_at, 1, 7) = '{}'"
    )
    for kpis in (report.kpis, report.previous, report.last_year):
        answers, average, nps = _sql(db, answered.format(kpis.month))
        assert answers > 0
        assert (kpis.survey_responses, kpis.satisfaction, kpis.nps) == (
            answers,
            pytest.approx(average),
            pytest.approx(nps),
        )
    # the trend: the same month a year ago through this one
    assert [month for month, _, _ in report.satisfaction_months][::12] == ["2025-10", "2026-10"]
    assert len(report.satisfaction_months) == 13
    for month, average, nps in report.satisfaction_months:
        _answers, expected_average, expected_nps = _sql(db, answered.format(month))
        assert (average, nps) == (pytest.approx(expected_average), pytest.approx(expected_nps))


def test_the_workbook_has_every_sheet_with_live_charts(demo_report: tuple[reports.MonthlyReport, Path, Path]) -> None:
    report, out, _db = demo_report
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["汇总", "每日", "项目", "技师", "客户", "预约", "投诉", "满意度"]
    summary = workbook["汇总"]
    assert summary["A4"].value == "营业额"
    assert summary["B4"].value == pytest.approx(float(report.kpis.revenue))
    assert summary["C4"].value == pytest.approx(float(report.previous.revenue))
    assert summary.page_setup.orientation == "landscape"
    assert "2026-10" in summary.oddHeader.center.text
    assert len(workbook["每日"]._charts) == 1
    assert len(workbook["满意度"]._charts) == 1
    for sheet in workbook:
        for row in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in row)


def test_a_month_that_is_not_a_month_is_refused() -> None:
    for text in ("2026-13", "26-10", "October"):
        with pytest.raises(ValidationError):
            reports.Month.parse(text)


def test_an_empty_shop_gives_a_report_of_zeros(shop: Shop, tmp_path: Path) -> None:
    report = reports.monthly_report(MONTH)
    assert (report.kpis.visits, report.kpis.revenue, report.kpis.no_show_rate) == (0, Decimal("0.00"), None)
    write_monthly_report(report, tmp_path / "empty.xlsx", language="en")
    assert load_workbook(tmp_path / "empty.xlsx").sheetnames[0] == "Summary"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_calc_opens_the_report(
    demo_report: tuple[reports.MonthlyReport, Path, Path], tmp_path: Path
) -> None:
    _report, out, _db = demo_report
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    pdf = tmp_path / "report.pdf"
    assert pdf.exists(), result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 10_000
