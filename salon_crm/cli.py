"""The command line: options shared with the window, and the subcommands (no Qt here)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from salon_crm import __version__
from salon_crm.core.context import Actor
from salon_crm.core.enums import UserRole
from salon_crm.core.errors import DataFileError, DataFolderLocked, SalonError, ValidationError
from salon_crm.paths import ENV_VAR, resolve_data_dir

if TYPE_CHECKING:
    from salon_crm.core import integrity
    from salon_crm.core.backup import RecordCounts

PASSWORD_VAR = "SALON_CRM_PASSWORD"
LOGIN_SENTENCES = {
    "login_failed": "The user name or the password is wrong.",
    "login_password_needed": "Acting as {username} needs the password: type it when asked, or set ${variable}.",
    "login_wait": "Too many wrong tries: wait {seconds} seconds, then try again.",
    "user_disabled": "The login {username} is disabled; ask the owner.",
    "pin_not_allowed": "PINs are turned off in this shop: ask the owner for a new password for your login.",
    "permission_denied": "The login's role ({user_role}) may not do this ({action}); ask the owner.",
}
LANGUAGES = ("zh_CN", "en")
EXPORT_LISTS = ("customers", "records", "appointments", "tickets", "surveys")


class OneLineParser(argparse.ArgumentParser):
    """argparse whose refusals are one line (no usage block), a long value echoed shortened, exit 2."""

    def error(self, message: str) -> NoReturn:
        text = " ".join(message.split())
        shown = text if len(text) <= 200 else f"{text[:199]}…"
        self.exit(2, f"{self.prog}: {shown} ({self.prog} --help shows how)\n")


def build_parser() -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = OneLineParser(
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
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=f"act as this login (default: the owner's); the password is asked, or read from ${PASSWORD_VAR}",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="fill an empty data folder with a believable demo shop")
    demo.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same shop")
    _add_excel_commands(commands)
    _add_backup_commands(commands)
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


def _add_backup_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = commands.add_parser(
        "backup",
        help="take a verified backup of the data file (into backups/, or OUT)",
        description="Copy the data file with SQLite's backup API, verify the copy, then name it. "
        "Without OUT the copy goes to the data folder's backups/ (rotated). Exit 0 done, 1 not written, "
        "2 the data folder cannot be opened.",
    )
    backup.add_argument("out", nargs="?", metavar="OUT", help="a file to write, or a folder to put a dated copy in")
    restore = commands.add_parser(
        "restore",
        help="replace the shop's data with a backup (the current file is backed up first)",
        description="Verify FILE, back up the current data file, then put FILE's data in its place. "
        "A backup that fails the check changes nothing. Exit 0 restored, 1 refused, 2 the folder is in use.",
    )
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    commands.add_parser(
        "check",
        help=(
            "check the data file: integrity, foreign keys, ledger sums, the seals of the audit log and "
            "the ledger (0 ok, 1 problems, 2 cannot open)"
        ),
        description="Read the data file without changing it and report problems. "
        "Exit 0 no problem, 1 problems found, 2 the file cannot be opened.",
    )


def describe_error(error: SalonError) -> str:
    """A plain English sentence for the terminal on one line (the window words errors itself)."""
    from salon_crm.excel.reasons import one_line

    return one_line(_sentence(error))


def _sentence(error: SalonError) -> str:
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
    sentence = LOGIN_SENTENCES.get(error.code) or BACKUP_SENTENCES.get(error.code)
    if sentence is not None:
        return sentence.format(**values)
    if isinstance(error, DataFileError):
        return f"The data file cannot be opened: {values.get('reason', error.code)}"
    return str(error)


def command_line_actor(wanted: str | None) -> Actor:
    """Who the command acts as (the shop must be open): a login checked like the window's.

    A shop without logins yet acts as its owner, and says so: the command line is no way
    around the rules of who may do what.
    """
    from salon_crm.core import users

    if not users.has_users():
        print("salon-crm: this shop has no logins yet; acting as its owner.", file=sys.stderr)
        return Actor("owner", UserRole.OWNER)
    name = wanted or users.owner_name()
    secret = os.environ.get(PASSWORD_VAR)
    if secret is None:
        try:
            secret = getpass.getpass(f"Password for {name}: ")
        except (EOFError, OSError):  # no terminal to ask on (a scheduled task)
            raise ValidationError("login_password_needed", username=name, variable=PASSWORD_VAR) from None
    return users.log_in(name, secret)


def run_demo(folder: Path, seed: int, wanted: str | None) -> int:
    from salon_crm import demo
    from salon_crm.core.db import open_shop

    shop = open_shop(folder)
    try:
        actor = command_line_actor(wanted)
        started = time.perf_counter()
        summary = demo.fill_demo_shop(actor, seed=seed)
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


BACKUP_SENTENCES = {
    "data_file_empty": "The data file {path} is empty (0 bytes); it was not opened nor replaced.",
    "data_file_not_sqlite": "The file {path} is not a Salon CRM data file; it was not opened nor changed.",
    "data_file_damaged": "The data file {path} is damaged ({detail}); it was not opened nor changed. "
    "The newest backup that passes the check: {backup} (salon-crm restore FILE).",
    "data_file_damaged_no_backup": "The data file {path} is damaged ({detail}); it was not opened nor changed. "
    "No backup passes the check.",
    "storage_full": "The disk holding {folder} is full: nothing was written.",
    "storage_read_only": "The folder {folder} cannot be written to: nothing was written.",
    "storage_failed": "Writing to {folder} failed ({reason}): nothing was written.",
    "backup_not_verified": "The copy {path} failed its check ({detail}) and was removed.",
    "backup_source_damaged": "The data file {path} cannot be copied: it is damaged ({detail}).",
    "restore_file_not_found": "There is no file {path}.",
    "restore_file_damaged": "The backup {path} fails the check ({detail}); the shop's data was not changed.",
    "second_folder_missing": "The second backup folder {folder} is not there (is the USB stick plugged in?); "
    "no second copy was made.",
    "second_folder_full": "The disk holding the second backup folder {folder} is full; no second copy was made.",
    "second_folder_read_only": "The second backup folder {folder} cannot be written to; no second copy was made.",
    "second_folder_failed": "Copying into the second backup folder {folder} failed ({reason}).",
}


PLACE_SENTENCES = {
    "folder_synced": "the data folder {folder} is in a {service} folder",
    "folder_on_network": "the data folder {folder} is on a network drive",
    "folder_wal_from_other_computer": "the data folder {folder} holds unfinished changes left by the computer "
    "{computer}",
}


def warn_about_place(folder: Path) -> None:
    """One line on stderr when the data folder is somewhere SQLite files can be damaged."""
    from salon_crm.core.place_warnings import place_warnings

    for warning in place_warnings(folder):
        print(
            f"salon-crm: warning: {PLACE_SENTENCES[warning.code].format(**warning.values)}; SQLite files there "
            "can be damaged. Keep the data on this computer and send backups there (Settings: second backup folder).",
            file=sys.stderr,
        )


def _counts_text(counts: RecordCounts) -> str:
    return (
        f"{counts.customers} customers, {counts.service_records} service records, "
        f"{counts.appointments} appointments, {counts.tickets} tickets, {counts.surveys} surveys, "
        f"{counts.ledger_entries} ledger entries"
    )


def run_backup(folder: Path, out: str | None) -> int:
    from salon_crm.core import backup
    from salon_crm.core.db import BACKUP_DIRNAME, DB_FILENAME

    db_path = folder / DB_FILENAME
    if not db_path.is_file():
        raise DataFileError("data_file_unreadable", path=str(db_path), reason="there is no data file")
    started = time.perf_counter()
    if out is None:
        info = backup.back_up(db_path, folder / BACKUP_DIRNAME, backup.MANUAL)
    else:
        info = backup.back_up_to(db_path, Path(out).expanduser())
    assert info.counts is not None
    print(
        f"Backup written to {info.path} in {time.perf_counter() - started:.2f} s "
        f"({info.size / 1_048_576:.1f} MB, verified: {_counts_text(info.counts)})."
    )
    if info.second_copy is not None:
        print(f"Copied to the second backup folder: {info.second_copy} (verified).")
    if info.second_problem is not None:  # the backup stands: said, exit 0
        print(f"salon-crm: {describe_error(info.second_problem)}", file=sys.stderr)
    return 0


def run_restore(folder: Path, chosen: str, wanted: str | None) -> int:
    from salon_crm.core import restore
    from salon_crm.core.db import DB_FILENAME, open_shop
    from salon_crm.core.instance_lock import InstanceLock

    try:
        shop = open_shop(folder)
    except DataFileError:
        # a damaged or empty file has no logins to check: whoever holds the PC may put a backup back
        actor = Actor("owner", UserRole.OWNER)
        print("salon-crm: the data file cannot be opened; restoring as its owner.", file=sys.stderr)
    else:
        try:
            actor = command_line_actor(wanted)
        finally:
            shop.close()
    started = time.perf_counter()
    with InstanceLock(folder):
        result = restore.restore_backup(actor, folder / DB_FILENAME, Path(chosen).expanduser())
    kept = f"; the replaced file is kept as {result.previous}" if result.previous else ""
    print(
        f"Restored {result.restored_from} in {time.perf_counter() - started:.2f} s "
        f"({_counts_text(result.counts)}){kept}."
    )
    return 0


# what each finding of `check` means (the window words them in ui/seal_warning.py)
FINDING_SENTENCES = {
    "audit_entry_changed": "the audit log's entry {detail} was changed outside the app",
    "audit_entry_missing": "audit log entries are missing before {detail}: deleted outside the app",
    "audit_entry_added": "the audit log's entry {detail} was added outside the app",
    "audit_entry_missing_at_end": "the newest audit log entries are missing (the log ends at {detail})",
    "ledger_entry_changed": "a stored value / points row was changed outside the app: {detail}",
    "ledger_entry_missing": "a stored value / points row the audit log saw written is missing: {detail}",
    "ledger_sum_differs": "a balance differs from the sum of its rows: {detail}",
    "voided_bill_still_counts": "a voided bill still moves the card or the points (correct them by hand): {detail}",
    "package_ledger_differs": "a package's ledger ends at another count than its sessions left: {detail}",
    "visit_figures_differ": "a customer's visit figures differ from their bills: {detail}",
    "usual_gap_differs": "a customer's kept usual gap between visits differs from their bills: {detail}",
    "kept_balance_differs": "a customer's kept card balance differs from their newest ledger row: {detail}",
}


def finding_sentence(finding: integrity.Finding) -> str:
    """The finding in words (its code and detail when there is no sentence for it)."""
    template = FINDING_SENTENCES.get(finding.code)
    return template.format(detail=finding.detail) if template else f"{finding.code} {finding.detail}".strip()


def run_check(folder: Path) -> int:
    import sqlite3

    from salon_crm.core import integrity
    from salon_crm.core.db import DB_FILENAME

    db_path = folder / DB_FILENAME
    if not db_path.is_file() or db_path.stat().st_size == 0:
        print(f"salon-crm: there is no data file at {db_path} (or it is empty).", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        report = integrity.check_file(db_path)
    except sqlite3.DatabaseError as exc:
        print(f"salon-crm: the data file {db_path} cannot be read: {exc}", file=sys.stderr)
        return 2
    for finding in report.findings:
        print(f"  {finding.check}: {finding_sentence(finding)}")
    verdict = "no problem found" if report.ok else f"{len(report.findings)} problems found"
    print(f"Checked {db_path} ({', '.join(report.checks)}) in {time.perf_counter() - started:.2f} s: {verdict}.")
    return 0 if report.ok else 1


def _run_backup_command(args: argparse.Namespace, folder: Path) -> int:
    """backup, restore, check: 1 when the work was refused or failed, 2 when the folder cannot be used."""
    try:
        if args.command == "backup":
            return run_backup(folder, args.out)
        if args.command == "restore":
            return run_restore(folder, args.file, args.user)
        return run_check(folder)
    except SalonError as error:
        if isinstance(error, DataFolderLocked) or error.code.startswith("data_file_"):
            raise  # exit 2: the folder or its file cannot be used
        print(f"salon-crm: {describe_error(error)}", file=sys.stderr)
        return 1


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand; returns the process exit code."""
    folder = resolve_data_dir(args.data_dir)
    warn_about_place(folder)
    try:
        if args.command == "demo":
            return run_demo(folder, args.seed, args.user)
        if args.command in ("backup", "restore", "check"):
            return _run_backup_command(args, folder)
        if args.command in ("import", "export", "report"):
            from salon_crm.excel import commands

            return commands.run(args, folder, lambda: command_line_actor(args.user))
    except SalonError as error:
        print(f"salon-crm: {describe_error(error)}", file=sys.stderr)
        # refused, or a disk full or read-only (nothing written); else the folder cannot be used
        return 1 if error.code in LOGIN_SENTENCES or error.code.startswith("storage_") else 2
    raise AssertionError(f"unknown command {args.command}")
