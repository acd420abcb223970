"""``python -m bench [--quick]``: every item of issue 16's table with its median, baseline and ratio."""

from bench.runner import main

raise SystemExit(main())
