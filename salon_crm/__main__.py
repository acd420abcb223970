"""Entry point: ``salon-crm`` / ``python -m salon_crm``. A subcommand runs without Qt."""

from __future__ import annotations

import multiprocessing
import os
import sys

from salon_crm import cli
from salon_crm.paths import resolve_data_dir


def main(argv: list[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    # --debug (or SALON_CRM_DEBUG=1) shows a command's traceback; otherwise every error is one line
    debug = "--debug" in words or os.environ.get("SALON_CRM_DEBUG") == "1"
    args = cli.build_parser().parse_args([word for word in words if word != "--debug"])
    if args.command:
        try:
            return cli.run_command(args)
        except Exception as error:
            if debug:
                raise
            text = " ".join(f"{type(error).__name__}: {error}".split())
            shown = text if len(text) <= 200 else f"{text[:199]}…"
            print(f"salon-crm: unexpected error, nothing more was done ({shown}); --debug shows where", file=sys.stderr)
            return 2
    from salon_crm.core import opening  # standard library and a few light modules: no peewee, no Qt

    folder = resolve_data_dir(args.data_dir)
    # the folder's lock, and the data file's quick check on a thread while Qt and the window load
    begun = opening.begin(folder)
    from salon_crm.ui import app  # Qt is loaded only when a window is wanted

    return app.run(folder, lang=args.lang, argv=sys.argv[:1], begun=begun)


if __name__ == "__main__":
    multiprocessing.freeze_support()  # the frozen Windows build reads workbooks in a child process
    sys.exit(main())
