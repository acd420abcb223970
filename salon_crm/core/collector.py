"""Pausing Python's cycle collector while a batch builds many objects (an import's rows).

Standard library only: the workbook reader's child process imports it and must start quickly.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No automatic cycle collection while a batch builds many objects (an import's rows).

    The batch's objects live until it ends, so collecting in between only rescans them:
    at 20,000 rows a read, a preview or a commit each lost 10-30 % of its time to it.
    In the app the UI thread's timer owns collection (ui/gc_guard.py) and this changes nothing.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
