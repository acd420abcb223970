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
    return parser


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
    from salon_crm.core import demo
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
    except SalonError as error:
        print(f"salon-crm: {describe_error(error)}", file=sys.stderr)
        return 2
    raise AssertionError(f"unknown command {args.command}")
