"""The monthly report workbook (月度报表), written with openpyxl from ``core.reports``.

One sheet per subject, styled headers, number formats, native Excel charts (so they
stay live in Excel), print titles and landscape fit-to-width with the shop's name in
the header. The figures are computed in core; this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from salon_crm.core import words
from salon_crm.core.enums import AppointmentStatus, ServiceCategory, Severity, TicketCategory, TicketStatus
from salon_crm.core.reports import CustomerLine, Kpis, MonthlyReport
from salon_crm.excel.writing import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    HEADER_FILL,
    MONEY_FORMAT,
    PERCENT_FORMAT,
    put_text,
    safe_text,
    save_atomically,
)

# The workbook's own words, not Qt translations: excel never imports Qt, and the report is also
# written from the command line with no window (PRODUCT §7).
_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Monthly report", "月度报表"),
    "summary": ("Summary", "汇总"),
    "daily": ("Daily", "每日"),
    "services": ("Services", "项目"),
    "stylists": ("Stylists", "技师"),
    "commission": ("Commission", "提成"),
    "customers": ("Customers", "客户"),
    "appointments": ("Appointments", "预约"),
    "complaints": ("Complaints", "投诉"),
    "satisfaction": ("Satisfaction", "满意度"),
    "kpi": ("Figure", "指标"),
    "this": ("This month", "本月"),
    "previous": ("Previous month", "上月"),
    "change_prev": ("Change", "环比"),
    "last_year": ("Same month last year", "去年同月"),
    "change_year": ("Change", "同比"),
    "revenue": ("Revenue", "营业额"),
    "visits": ("Visits", "到店次数"),
    "average_ticket": ("Average ticket", "客单价"),
    # Top-ups and package sales are money taken for services still owed, so they are shown apart
    # from revenue, which is what the month's bills charged.
    "prepaid_income": ("Pre-paid income (not revenue)", "预收款（不计营业额）"),
    "package_sales": ("  packages sold", "  其中：售出次卡"),
    "top_ups": ("  card top-ups", "  其中：储值卡充值"),
    "package_consumption": ("Package sessions used (at price per session)", "次卡消耗（按每次单价）"),
    "new_customers": ("New customers", "新客"),
    "returning_customers": ("Returning customers", "老客"),
    "retention_rate": ("Retention rate", "留存率"),
    "churn_rate": ("Churn rate", "流失率"),
    "rebooking_rate": ("Rebooking rate", "再预约率"),
    "no_show_rate": ("No-show rate", "爽约率"),
    "cancellation_rate": ("Cancellation rate", "取消率"),
    "appointments_n": ("Appointments", "预约数"),
    "satisfaction_avg": ("Satisfaction (1-5)", "满意度（1-5）"),
    "nps": ("NPS", "净推荐值 NPS"),
    "survey_responses": ("Survey answers", "问卷数"),
    "complaints_opened": ("Complaints opened", "新增投诉"),
    "complaints_closed": ("Complaints closed", "关闭投诉"),
    "complaints_overdue": ("Complaints overdue", "超期投诉"),
    "hours_to_resolve": ("Hours to resolve (average)", "平均处理时长（小时）"),
    "day": ("Day", "日期"),
    "item": ("Service item", "项目"),
    "category": ("Category", "类别"),
    "count": ("Count", "次数"),
    "name": ("Name", "姓名"),
    "phone": ("Mobile", "手机"),
    "spent": ("Spent", "消费额"),
    "last_visit": ("Last visit", "最近到店"),
    "usual_gap": ("Usual gap (days)", "平时间隔（天）"),
    "top": ("Top customers of the month", "本月消费前 20 名"),
    "at_risk": ("Customers at risk of churning", "流失预警客户"),
    "status": ("Status", "状态"),
    "received": ("Received", "接收时间"),
    "severity": ("Severity", "严重程度"),
    "closed_at": ("Closed", "关闭时间"),
    "overdue": ("Overdue", "超期"),
    "dimension": ("Dimension", "维度"),
    "average": ("Average", "平均分"),
    "month": ("Month", "月份"),
    "answers": ("Answers", "答卷数"),
    "stylist": ("Stylist", "技师"),
    "by_category": ("Complaints by category", "投诉类别"),
    "trend": ("Satisfaction trend", "满意度趋势"),
    "revenue_by_day": ("Revenue by day", "每日营业额"),
    "complaints_n": ("Complaints", "投诉数"),
    "period": ("Period", "期间"),
    "yes": ("yes", "是"),
    "nps_by_stylist": ("Satisfaction by stylist", "各技师满意度"),
}
_MONEY_KPIS = {"revenue", "average_ticket", "prepaid_income", "package_sales", "top_ups", "package_consumption"}
_RATE_KPIS = {"retention_rate", "churn_rate", "rebooking_rate", "no_show_rate", "cancellation_rate"}
# PRODUCT §7's KPIs in its order, the pre-paid figures next to the revenue they stay out of.
_KPI_ORDER = (
    "revenue", "visits", "average_ticket", "prepaid_income", "package_sales", "top_ups", "package_consumption",
    "new_customers", "returning_customers", "retention_rate", "churn_rate",
    "rebooking_rate", "no_show_rate", "cancellation_rate", "satisfaction_avg", "nps", "survey_responses",
    "complaints_opened", "complaints_closed", "complaints_overdue", "hours_to_resolve",
)  # fmt: skip


class _Writer:
    """Lays out one workbook in one language."""

    def __init__(self, report: MonthlyReport, language: str) -> None:
        # Imported on first use, as in excel.writing, so starting the app does not pay for openpyxl.
        from openpyxl import Workbook

        self.report = report
        self.zh = language.startswith("zh")
        self.workbook = Workbook()
        # Drop the empty default sheet: every sheet here is made by sheet() with its print setup.
        self.workbook.remove(self.workbook.active)

    def w(self, key: str) -> str:
        english, chinese = _WORDS[key]
        return chinese if self.zh else english

    def code(self, vocabulary: type[StrEnum], code: str | None) -> str:
        """A stored code (a status, a category) in the window's words for this workbook's language."""
        return words.word(vocabulary, code, chinese=self.zh)

    def sheet(self, key: str) -> Any:
        sheet = self.workbook.create_sheet(self.w(key))
        name = safe_text(self.report.shop_name or "")
        # PRODUCT §7 "formatted to print": the shop and month on every page, page x / y at the foot.
        sheet.oddHeader.center.text = f"{name} {self.w('title')} {self.report.month}".strip()
        sheet.oddFooter.center.text = "&P / &N"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        return sheet

    def table(
        self, sheet: Any, top: int, headers: Sequence[str], rows: Sequence[Sequence[Any]], formats: Sequence[str | None]
    ) -> int:
        """Write a header and rows from row ``top``; returns the last row written."""
        from openpyxl.styles import Font, PatternFill
        from openpyxl.utils import get_column_letter

        for column, header in enumerate(headers, start=1):
            cell = sheet.cell(row=top, column=column, value=safe_text(header))
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
            letter = get_column_letter(column)
            # At least 14 wide; a Chinese character takes about two columns, hence len * 2.
            sheet.column_dimensions[letter].width = max(
                sheet.column_dimensions[letter].width or 0, 14, len(header) * 2 + 2
            )
        for offset, values in enumerate(rows, start=1):
            for column, value in enumerate(values, start=1):
                if value is None:
                    continue
                cell = sheet.cell(row=top + offset, column=column)
                if isinstance(value, str):
                    # Cell text comes from customers (names, notes): it must never run as a formula (PRODUCT §9).
                    put_text(cell, safe_text(value))  # never a formula
                else:
                    # Excel has no decimal type; the money format shows the two places.
                    cell.value = float(value) if isinstance(value, Decimal) else value
                    number_format = formats[column - 1]
                    if number_format:
                        cell.number_format = number_format
        return top + len(rows)

    def title(self, sheet: Any, key: str) -> None:
        from openpyxl.styles import Font

        sheet.cell(
            row=1, column=1, value=safe_text(f"{self.report.shop_name} {self.w(key)} {self.report.month}".strip())
        ).font = Font(bold=True, size=14)

    # --- sheets ---------------------------------------------------------------------

    def summary(self) -> None:
        sheet = self.sheet("summary")
        self.title(sheet, "title")
        report = self.report
        headers = [
            self.w("kpi"),
            self.w("this"),
            self.w("previous"),
            self.w("change_prev"),
            self.w("last_year"),
            self.w("change_year"),
        ]
        rows = []
        formats_by_row = []
        for key in _KPI_ORDER:
            now, before, year = (_kpi(kpis, key) for kpis in (report.kpis, report.previous, report.last_year))
            rows.append([self.w(key), now, before, _change(now, before, key), year, _change(now, year, key)])
            formats_by_row.append(
                MONEY_FORMAT
                if key in _MONEY_KPIS
                else PERCENT_FORMAT
                if key in _RATE_KPIS
                else "0.0"
                if key in {"satisfaction_avg", "nps", "hours_to_resolve"}
                else "0"
            )
        # Formats differ by row (money, rate, count), not by column, so they are set below per row.
        last = self.table(sheet, 3, headers, rows, [None] * 6)
        for index, number_format in enumerate(formats_by_row, start=4):
            for column in (2, 3, 5):
                sheet.cell(row=index, column=column).number_format = number_format
            for column in (4, 6):
                # The change columns are fractions: shown as a signed percentage.
                sheet.cell(row=index, column=column).number_format = "+0.0%;-0.0%;0.0%"
        sheet.column_dimensions["A"].width = 28
        sheet.freeze_panes = "B4"
        sheet.print_title_rows = "3:3"
        del last

    def daily(self) -> None:
        from openpyxl.chart import BarChart, Reference

        sheet = self.sheet("daily")
        rows = [[day.day, day.revenue, day.visits, day.new_customers] for day in self.report.days]
        last = self.table(
            sheet,
            1,
            [self.w("day"), self.w("revenue"), self.w("visits"), self.w("new_customers")],
            rows,
            [DATE_FORMAT, MONEY_FORMAT, "0", "0"],
        )
        sheet.freeze_panes = "A2"
        sheet.print_title_rows = "1:1"
        chart = BarChart()
        chart.title = self.w("revenue_by_day")
        chart.y_axis.title = self.w("revenue")
        # From row 1 so the header names the series (titles_from_data).
        chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=last), titles_from_data=True)
        chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=last))
        chart.width, chart.height = 24, 9
        sheet.add_chart(chart, "F2")

    def services(self) -> None:
        sheet = self.sheet("services")
        rows = [
            [row.name, self.code(ServiceCategory, row.category), row.count, row.revenue] for row in self.report.services
        ]
        self.table(
            sheet,
            1,
            [self.w("item"), self.w("category"), self.w("count"), self.w("revenue")],
            rows,
            [None, None, "0", MONEY_FORMAT],
        )
        sheet.freeze_panes = "A2"
        sheet.print_title_rows = "1:1"

    def stylists(self) -> None:
        sheet = self.sheet("stylists")
        rows = [
            [
                row.name,
                row.revenue,
                row.visits,
                row.average_ticket,
                row.rebooking_rate,
                row.satisfaction,
                row.complaints,
                row.commission,
            ]
            for row in self.report.stylists
        ]
        headers = [
            self.w("stylist"),
            self.w("revenue"),
            self.w("visits"),
            self.w("average_ticket"),
            self.w("rebooking_rate"),
            self.w("satisfaction_avg"),
            self.w("complaints_n"),
            self.w("commission"),
        ]
        formats = [None, MONEY_FORMAT, "0", MONEY_FORMAT, PERCENT_FORMAT, "0.00", "0", MONEY_FORMAT]
        self.table(sheet, 1, headers, rows, formats)
        sheet.freeze_panes = "A2"
        sheet.print_title_rows = "1:1"

    def customers(self) -> None:
        from openpyxl.styles import Font

        sheet = self.sheet("customers")
        headers = [
            self.w("name"),
            self.w("phone"),
            self.w("visits"),
            self.w("spent"),
            self.w("last_visit"),
            self.w("usual_gap"),
        ]
        formats = [None, None, "0", MONEY_FORMAT, DATE_FORMAT, "0"]
        # Phones in full: only the owner may write the report (EXPORT_PERSONAL_DATA, checked by the
        # menu and the command line; PRODUCT §9).
        sheet.cell(row=1, column=1, value=self.w("top")).font = Font(bold=True)
        last = self.table(sheet, 2, headers, _customer_rows(self.report.top_customers), formats)
        sheet.cell(row=last + 2, column=1, value=self.w("at_risk")).font = Font(bold=True)
        self.table(sheet, last + 3, headers, _customer_rows(self.report.at_risk), formats)
        sheet.column_dimensions["B"].width = 16

    def appointments(self) -> None:
        sheet = self.sheet("appointments")
        kpis = self.report.kpis
        rows: list[list[Any]] = [
            [self.code(AppointmentStatus, status), count] for status, count in self.report.appointment_statuses
        ]
        last = self.table(sheet, 1, [self.w("status"), self.w("count")], rows, [None, "0"])
        rates: list[list[Any]] = [
            [self.w("appointments_n"), kpis.appointments],
            [self.w("no_show_rate"), kpis.no_show_rate],
            [self.w("cancellation_rate"), kpis.cancellation_rate],
        ]
        self.table(sheet, last + 2, [self.w("kpi"), self.w("this")], rates, [None, None])
        # The two rates sit in the 2nd and 3rd rows under that header; the count above stays a number.
        sheet.cell(row=last + 4, column=2).number_format = PERCENT_FORMAT
        sheet.cell(row=last + 5, column=2).number_format = PERCENT_FORMAT

    def complaints(self) -> None:
        from openpyxl.chart import BarChart, Reference

        sheet = self.sheet("complaints")
        kpis = self.report.kpis
        figures = [
            [self.w(key), _kpi(kpis, key)]
            for key in ("complaints_opened", "complaints_closed", "complaints_overdue", "hours_to_resolve")
        ]
        last = self.table(sheet, 1, [self.w("kpi"), self.w("this")], figures, [None, "0.0"])
        top = last + 2
        last = self.table(
            sheet,
            top,
            [self.w("category"), self.w("complaints_n")],
            [[self.code(TicketCategory, category), n] for category, n in self.report.complaint_categories],
            [None, "0"],
        )
        # No chart for a month without complaints: it would have no data to draw.
        if self.report.complaint_categories:
            chart = BarChart()
            chart.type = "bar"
            chart.title = self.w("by_category")
            chart.add_data(Reference(sheet, min_col=2, min_row=top, max_row=last), titles_from_data=True)
            chart.set_categories(Reference(sheet, min_col=1, min_row=top + 1, max_row=last))
            sheet.add_chart(chart, "E2")
        rows = [
            [
                c.received_at,
                c.customer,
                self.code(TicketCategory, c.category),
                self.code(Severity, c.severity),
                self.code(TicketStatus, c.status),
                c.closed_at,
                self.w("yes") if c.overdue else "",
            ]
            for c in self.report.complaints
        ]
        headers = [
            self.w("received"),
            self.w("name"),
            self.w("category"),
            self.w("severity"),
            self.w("status"),
            self.w("closed_at"),
            self.w("overdue"),
        ]
        # Below row 18 at least, so the list never lies under the chart anchored at E2.
        self.table(
            sheet, max(last, 18) + 2, headers, rows, [DATETIME_FORMAT, None, None, None, None, DATETIME_FORMAT, None]
        )

    def satisfaction(self) -> None:
        from openpyxl.chart import LineChart, Reference

        sheet = self.sheet("satisfaction")
        last = self.table(
            sheet,
            1,
            [self.w("dimension"), self.w("average")],
            [list(pair) for pair in self.report.dimensions],
            [None, "0.00"],
        )
        top = last + 2
        last = self.table(
            sheet,
            top,
            [self.w("month"), self.w("satisfaction_avg"), self.w("nps")],
            [list(row) for row in self.report.satisfaction_months],
            [None, "0.00", "0.0"],
        )
        chart = LineChart()
        chart.title = self.w("trend")
        # Only column 2 is drawn: NPS (-100..100) would not share this axis.
        chart.add_data(Reference(sheet, min_col=2, min_row=top, max_row=last), titles_from_data=True)
        chart.set_categories(Reference(sheet, min_col=1, min_row=top + 1, max_row=last))
        # Fixed to the 1-5 scale: an auto-scaled axis makes 4.2 after 4.4 look like a collapse.
        chart.y_axis.scaling.min = 1
        chart.y_axis.scaling.max = 5
        sheet.add_chart(chart, "F2")
        rows = [list(row) for row in self.report.stylist_scores]
        self.table(
            sheet,
            last + 2,
            [self.w("stylist"), self.w("answers"), self.w("satisfaction_avg"), self.w("nps")],
            rows,
            [None, "0", "0.00", "0.0"],
        )


def _customer_rows(lines: Sequence[CustomerLine]) -> list[list[Any]]:
    return [[c.name, c.phone, c.visits, c.spent, c.last_visit, c.usual_gap_days] for c in lines]


def _kpi(kpis: Kpis, key: str) -> Any:
    name = {"satisfaction_avg": "satisfaction", "appointments_n": "appointments"}.get(key, key)
    return getattr(kpis, name)


def _change(now: Any, before: Any, key: str) -> float | None:
    """The relative change (a fraction); for rates and scores, the change in points is not shown."""
    # A relative change of a rate or of NPS misleads (5% to 6% is "+20%"), so none is shown.
    if now is None or before is None or key in _RATE_KPIS or key == "nps":
        return None
    base = float(before)
    return None if base == 0 else (float(now) - base) / abs(base)


def write_monthly_report(report: MonthlyReport, out: Path, *, language: str = "zh_CN") -> Path:
    """Write the month's workbook to ``out`` (atomically); returns ``out``."""
    writer = _Writer(report, language)
    for part in (
        writer.summary,
        writer.daily,
        writer.services,
        writer.stylists,
        writer.customers,
        writer.appointments,
        writer.complaints,
        writer.satisfaction,
    ):
        part()
    writer.workbook.properties.title = f"{writer.w('title')} {report.month}"
    # Written to a temporary file and renamed: a failed save leaves the previous file whole.
    save_atomically(writer.workbook, out)
    return out
