"""The command line: options shared with the window, and the subcommands (no Qt here)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from salon_crm import __version__
from salon_crm.core.context import Actor
from salon_crm.core.enums import UserRole
from salon_crm.core.errors import DataFileError, DataFolderLocked, SalonError
from salon_crm.paths import ENV_VAR, resolve_data_dir

CLI_ACTOR = Actor("cli", UserRole.OWNER)
LANGUAGES = ("zh_CN", "en")
EXPORT_LISTS = ("customers", "records", "appointments", "tickets", "surveys")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="salon-crm",
        description="Offline client manager for one beauty or hair salon. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"salon-crm {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"the shop's data folder (default: ${ENV_VAR}, else the per-user application data folder)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the window (default: the system's)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="fill an empty data folder with a believable demo shop")
    demo.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same shop")
    _add_excel_commands(commands)
    return parser


def _add_excel_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imports = commands.add_parser(
        "import",
        help="import customers or service records from an .xlsx or .csv file (all or nothing)",
        description="Import customers (the default) or past service records: import [customers|records] FILE.",
    )
    imports.add_argument("items", nargs="+", metavar="[customers|records] FILE", help="what to import and the file")
    imports.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first)")
    imports.add_argument(
        "--on-duplicate",
        choices=("skip", "update"),
        default="skip",
        help="customers already in the shop (default: skip)",
    )
    imports.add_argument("--update-existing", action="store_true", help="same as --on-duplicate update")
    imports.add_argument("--dry-run", action="store_true", help="show what would happen and write nothing")
    imports.add_argument("--error-report", metavar="OUT.xlsx", help="write the rejected rows and why to this workbook")
    export = commands.add_parser("export", help="export a list to .xlsx")
    export.add_argument("list", choices=EXPORT_LISTS, help="which list")
    export.add_argument("out", nargs="?", metavar="OUT.xlsx", help="the workbook to write")
    export.add_argument("-o", "--out", dest="out_option", metavar="OUT.xlsx", help="the workbook to write")
    report = commands.add_parser("report", help="write the monthly report workbook (月度报表)")
    report.add_argument("--month", required=True, metavar="YYYY-MM", help="the month, e.g. 2026-10")
    report.add_argument("-o", "--out", metavar="OUT.xlsx", help="the workbook (default: monthly-report-YYYY-MM.xlsx)")
    report.add_argument("--lang", dest="report_lang", choices=LANGUAGES, default="zh_CN", help="language of the sheets")


def describe_error(error: SalonError) -> str:
    """A plain English sentence for the terminal (the window words errors itself)."""
    values = error.values
    if isinstance(error, DataFolderLocked):
        return (
            f"The data folder is in use by salon-crm on computer {values.get('computer')} "
            f"(process {values.get('pid')}, since {values.get('since')}). Close it there first."
        )
    if error.code == "data_file_newer":
        return (
            f"This data file was written by a newer version of salon-crm (schema {values.get('file_version')}, "
            f"this version knows {values.get('app_version')}). Update the app; the file was not changed."
        )
    if error.code == "demo_shop_not_empty":
        return "This data folder already holds a shop; the demo is only loaded into an empty folder."
    if isinstance(error, DataFileError):
        return f"The data file cannot be opened: {values.get('reason', error.code)}"
    return str(error)


def run_demo(folder: Path, seed: int) -> int:
    from salon_crm import demo
    from salon_crm.core.db import open_shop

    shop = open_shop(folder)
    try:
        started = time.perf_counter()
        summary = demo.fill_demo_shop(CLI_ACTOR, seed=seed)
        elapsed = time.perf_counter() - started
    finally:
        shop.close()
    print(
        f"Demo shop written to {shop.db_path} in {elapsed:.1f} s: {summary.staff} staff, "
        f"{summary.service_items} service items, {summary.customers} customers, "
        f"{summary.service_records} service records, {summary.appointments} appointments, "
        f"{summary.tickets} tickets, {summary.surveys} surveys, {summary.ledger_entries} ledger entries."
    )
    return 0


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand; returns the process exit code."""
    folder = resolve_data_dir(args.data_dir)
    try:
        if args.command == "demo":
            return run_demo(folder, args.seed)
        if args.command in ("import", "export", "report"):
            from salon_crm.excel import commands

            return commands.run(args, folder)
    except SalonError as error:
        print(f"salon-crm: {describe_error(error)}", file=sys.stderr)
        return 2
    raise AssertionError(f"unknown command {args.command}")
