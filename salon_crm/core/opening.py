"""The first steps of opening a data folder, begun before the window's modules load.

``python -m salon_crm`` calls :func:`begin` first: the folder is locked and the quick
check of its data file (0.8 s for a 390 MB file) starts on a thread while peewee, Qt
and the window load (~0.5 s); :func:`salon_crm.core.db.open_shop` goes on from there
and waits for the check's answer before anything is written. Standard library and
light core modules only, so nothing delays the start of the check.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from salon_crm.core.file_check import QuickCheck, looks_like_sqlite
from salon_crm.core.instance_lock import LOCK_FILENAME, InstanceLock
from salon_crm.core.place_warnings import PlaceWarning, place_warnings

DB_FILENAME = "salon.db"


@dataclass
class Opening:
    """A data folder being opened: its place's warnings, its lock, its file's check under way.

    ``error`` is what stopped :func:`begin` (another copy holds the folder, the folder
    cannot be made); ``open_shop`` raises it where it always raised it.
    """

    folder: Path
    warnings: tuple[PlaceWarning, ...] = ()
    lock: InstanceLock | None = None
    check: QuickCheck | None = None
    error: Exception | None = None

    def take_lock(self) -> InstanceLock:
        """The folder's lock, or the error met while taking it, raised."""
        if self.error is not None:
            raise self.error
        if self.lock is None:  # begin() sets one of the two
            raise RuntimeError("the opening holds no lock")
        return self.lock


def begin(folder: Path) -> Opening:
    """Lock ``folder`` and start the quick check of its data file; never raises (see ``Opening.error``).

    The lock comes first, so the file checked is the file opened: no other copy of
    the app can write to it or replace it between the check and the open. The check
    only reads. A missing, empty or foreign file gets no check here: ``check_data_file``
    refuses it (or finds it new) at its usual place.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # read before the lock is taken: the lock file names the last computer that held it
        warnings = tuple(place_warnings(folder, db_filename=DB_FILENAME, lock_filename=LOCK_FILENAME))
        lock = InstanceLock(folder)
        lock.acquire()
    except Exception as error:  # raised again by open_shop, where it was raised before this step came early
        return Opening(folder, error=error)
    db_path = folder / DB_FILENAME
    try:
        sound_looking = db_path.is_file() and db_path.stat().st_size > 0 and looks_like_sqlite(db_path)
    except OSError:
        sound_looking = False  # check_data_file meets the same failure and says it
    return Opening(folder, warnings, lock, QuickCheck(db_path) if sound_looking else None)
