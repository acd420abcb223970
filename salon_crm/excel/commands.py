"""The Excel subcommands of the command line: import, export, report (no window).

Exit codes: 0 when the work was done, 1 for a bad file or bad arguments (nothing
written), 2 for a data folder that cannot be opened (see ``salon_crm.cli``).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from salon_crm.core import permissions
from salon_crm.core.backup import storage_problem
from salon_crm.core.context import Actor
from salon_crm.core.enums import (
    AppointmentStatus,
    PaymentMethod,
    Severity,
    TicketCategory,
    TicketChannel,
    TicketKind,
    TicketStatus,
)
from salon_crm.core.errors import DataFileError, PermissionDeniedError, SalonError, StorageError
from salon_crm.core.permissions import Action
from salon_crm.excel.reasons import one_line, reason_text

LogIn = Callable[[], Actor]  # who the command acts as, asked once the shop is open
PAGE = 10_000


def _fail(message: str) -> int:
    print(f"salon-crm: {one_line(message)}", file=sys.stderr)  # a path of 100,000 characters or with a NEL
    return 1


def language(args: argparse.Namespace) -> str:
    """The language of what a command writes: --lang, else the system's (as the window chooses)."""
    asked = getattr(args, "lang", None)
    if asked:
        return str(asked)
    system = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    return "zh_CN" if system.startswith("zh") else "en"


def run(args: argparse.Namespace, folder: Path, log_in: LogIn) -> int:
    """Run ``import``, ``export`` or ``report`` as the user ``log_in`` returns; the exit code."""
    try:
        if args.command == "import":
            return run_import(args, folder, log_in)
        if args.command == "export":
            return run_export(args, folder, log_in)
        return run_report(args, folder, log_in)
    except (DataFileError, PermissionDeniedError, StorageError):
        raise  # worded by salon_crm.cli
    except SalonError as error:
        if error.code.startswith(("login_", "user_")):
            raise  # a refused login: worded by salon_crm.cli
        return _fail(reason_text(error.code, error.values))
    except Exception as error:
        full = storage_problem(error)  # a disk that filled: the workbook's folder, or SQLite's
        if full is not None:
            raise full from error  # worded by salon_crm.cli
        if isinstance(error, OSError):
            return _fail(f"{error.filename or ''}: {error.strerror or error}".strip(": "))
        raise


def _open(folder: Path) -> Any:
    from salon_crm.core.db import open_shop

    return open_shop(folder)


def run_import(args: argparse.Namespace, folder: Path, log_in: LogIn) -> int:
    from salon_crm.core import customer_imports
    from salon_crm.excel.customer_import import build_rows, read_sheet, write_error_report

    items: list[str] = list(args.items)
    if len(items) == 2 and items[0] == "records":
        return run_record_import(args, folder, Path(items[1]), log_in)
    if len(items) == 2 and items[0] == "customers":
        items = items[1:]
    if len(items) != 1:
        return _fail("usage: salon-crm import [customers|records] FILE")
    path = Path(items[0])
    on_duplicate = customer_imports.UPDATE if args.update_existing else args.on_duplicate
    started = time.perf_counter()
    sheet = read_sheet(path, args.sheet)  # before the data folder is opened: a bad file touches nothing
    rows = build_rows(sheet)
    shop = _open(folder)
    try:
        plan = customer_imports.plan_import(rows, on_duplicate=on_duplicate)
        if args.error_report:
            # the rejected rows in the language asked for with --lang, as the window would write them
            write_error_report(plan, sheet.headers, Path(args.error_report), language=language(args))
        for planned in plan.rejected[:20]:
            print(f"  row {planned.row.line}: {reason_text(planned.error_code, planned.error_values)}")
        if len(plan.rejected) > 20:
            print(f"  … and {len(plan.rejected) - 20} more rejected rows")
        outcome = customer_imports.Outcome
        counts = {each: plan.count(each) for each in outcome}
        if args.dry_run:
            print(
                f"Dry run of {path.name}: {len(plan.rows)} rows read; would import {counts[outcome.NEW]}, "
                f"update {counts[outcome.UPDATE]}, skip {counts[outcome.EXISTING]} already in the shop "
                f"and {counts[outcome.DUPLICATE_IN_FILE]} repeated in the file, "
                f"reject {counts[outcome.ERROR]}. Nothing was written."
            )
            return 0
        result = customer_imports.commit_import(log_in(), plan, backup_dir=shop.backup_dir)
    finally:
        shop.close()
    print(
        f"Imported {path.name} in {time.perf_counter() - started:.1f} s: {result.read} rows read, "
        f"{result.created} imported, {result.updated} updated, {result.skipped} skipped as duplicates, "
        f"{result.rejected} rejected. Backup before import: {result.backup}"
    )
    return 0


def run_record_import(args: argparse.Namespace, folder: Path, path: Path, log_in: LogIn) -> int:
    """Past service records: resolved against the shop's customers, catalogue and staff, all or nothing."""
    from salon_crm.core import bill_imports
    from salon_crm.excel.bill_import import read_records

    rows = read_records(path, args.sheet)
    shop = _open(folder)
    try:
        planned = bill_imports.plan_record_import(rows)
        rejected = [record for record in planned if not record.ok]
        for record in rejected[:20]:
            print(f"  row {record.row.line}: {reason_text(record.error_code, record.error_values)}")
        if args.dry_run:
            print(
                f"Dry run of {path.name}: {len(planned)} rows read; would import {len(planned) - len(rejected)} "
                f"service records, reject {len(rejected)}. Nothing was written."
            )
            return 0
        written = bill_imports.commit_record_import(log_in(), planned, backup_dir=shop.backup_dir)
    finally:
        shop.close()
    print(
        f"Imported {path.name}: {len(planned)} rows read, {written} service records imported, {len(rejected)} rejected."
    )
    return 0


def _paged(listing: Callable[..., list[Any]]) -> list[Any]:
    rows: list[Any] = []
    while True:
        page = listing(offset=len(rows), limit=PAGE)
        rows.extend(page)
        if len(page) < PAGE:
            return rows


def run_export(args: argparse.Namespace, folder: Path, log_in: LogIn) -> int:
    from salon_crm.excel import lists

    target = args.out_option or args.out
    if not target:
        return _fail("say where to write the list: salon-crm export LIST OUT.xlsx")
    out = Path(target)
    shop = _open(folder)
    try:
        permissions.require(log_in(), Action.EXPORT_PERSONAL_DATA)
        count = _export(args.list, out, lists, language(args))
    finally:
        shop.close()
    print(f"Wrote {count} rows of {args.list} to {out}")
    return 0


# each list's sheet name (English, Chinese) and the fields that hold codes, written as words
_LISTS: dict[str, tuple[tuple[str, str], dict[str, type[StrEnum]]]] = {
    "records": (("Bills", "消费记录"), {"payment_method": PaymentMethod}),
    "appointments": (("Appointments", "预约"), {"status": AppointmentStatus}),
    "tickets": (
        ("Complaints", "投诉"),
        {
            "kind": TicketKind,
            "channel": TicketChannel,
            "category": TicketCategory,
            "severity": Severity,
            "status": TicketStatus,
        },
    ),
    "surveys": (("Surveys", "满意度调查"), {}),
}


def _export(name: str, out: Path, lists: Any, lang: str) -> int:
    if name == "customers":
        return int(lists.export_customers(out, language=lang))
    rows: Sequence[Any]
    if name == "records":
        from salon_crm.core import reports

        rows = reports.record_lines()
    elif name == "appointments":
        from salon_crm.core import appointments

        rows = appointments.list_appointments(datetime(1900, 1, 1), datetime(9999, 1, 1))
    elif name == "tickets":
        from salon_crm.core import tickets

        rows = _paged(tickets.list_tickets)
    else:
        from salon_crm.core import surveys

        rows = _paged(surveys.list_surveys)
    (english, chinese), coded = _LISTS[name]
    title = chinese if lang.startswith("zh") else english
    return int(lists.export_dataclass_rows(out, title, rows, language=lang, vocabularies=coded))


def run_report(args: argparse.Namespace, folder: Path, log_in: LogIn) -> int:
    from salon_crm.core import reports
    from salon_crm.excel.report import write_monthly_report

    month = reports.Month.parse(args.month)
    out = Path(args.out or f"monthly-report-{month}.xlsx")
    started = time.perf_counter()
    shop = _open(folder)
    try:
        permissions.require(log_in(), Action.EXPORT_PERSONAL_DATA)
        report = reports.monthly_report(month)
    finally:
        shop.close()
    write_monthly_report(report, out, language=args.report_lang)
    kpis = report.kpis
    print(
        f"Monthly report {month} written to {out} in {time.perf_counter() - started:.1f} s: "
        f"revenue ¥{kpis.revenue:,.2f}, {kpis.visits} visits, {kpis.new_customers} new customers."
    )
    return 0
