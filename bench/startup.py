"""Start-up time: from launching ``python -m salon_crm`` to a shown window with the demo shop.

Two figures per run, as wall-clock seconds from the launch of the process:
``shown`` (the window is on screen) and ``loaded`` (its first tables are filled).
Prints the median of RUNS runs. Usage: python bench/startup.py [RUNS]
The driver is bench/window.py's, which ``python -m bench`` also runs on its big folder.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile

try:
    from bench.window import APP, environment, launch
except ImportError:  # run as a script: bench/ itself is on the path
    from window import APP, environment, launch  # type: ignore[import-not-found,no-redef]


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as folder:
        # this checkout's app, as the launches below run it
        subprocess.run([sys.executable, "-m", "salon_crm", "--data-dir", folder, "demo"], check=True, env=environment())
        shown, loaded = [], []
        for _ in range(runs):
            figures = launch(APP, folder)
            shown.append(figures["shown"])
            loaded.append(figures["loaded"])
    print(f"start-up to a shown window, median of {runs}: {statistics.median(shown):.2f} s")
    print(f"start-up to filled tables,  median of {runs}: {statistics.median(loaded):.2f} s")
    print("each run (shown / loaded):", ", ".join(f"{s:.2f}/{ld:.2f}" for s, ld in zip(shown, loaded, strict=True)))


if __name__ == "__main__":
    main()
