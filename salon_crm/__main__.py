"""Entry point: ``salon-crm`` / ``python -m salon_crm``. A subcommand runs without Qt."""

from __future__ import annotations

import multiprocessing
import sys

from salon_crm import cli
from salon_crm.paths import resolve_data_dir


def main(argv: list[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    if args.command:
        return cli.run_command(args)
    from salon_crm.ui import app  # Qt is loaded only when a window is wanted

    return app.run(resolve_data_dir(args.data_dir), lang=args.lang, argv=sys.argv[:1])


if __name__ == "__main__":
    multiprocessing.freeze_support()  # the frozen Windows build reads workbooks in a child process
    sys.exit(main())
