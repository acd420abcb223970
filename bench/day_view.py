"""Day view speed: read and paint a busy day (8 stylists, 80 bookings), and switch days.

The shop holds HISTORY appointments over the two years before the busy day (a busy
salon's booking book), so the day's query runs against a realistic table. Figures
are medians of RUNS, in milliseconds:

- read: ``grid_data.load_day`` (the SQL and the layout, on the worker in the app)
- paint: ``TimeGrid.set_data`` and a full paint at 1366×768 into an image
- switch: read and paint the other busy day (what PgDn costs), and the week view

Usage: python bench/day_view.py [RUNS] [HISTORY]
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time as clock
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from salon_crm.core import schedule
from salon_crm.core.context import OWNER
from salon_crm.core.db import open_shop
from salon_crm.core.models import (
    Appointment,
    AppointmentService,
    Customer,
    ServiceItem,
    Staff,
    database_proxy,
)
from salon_crm.core.schedule import WeeklyShift
from salon_crm.ui.appointments.grid_data import load_day, load_week
from salon_crm.ui.appointments.time_grid import TimeGrid

STYLISTS = 8
PER_STYLIST = 10  # 80 bookings on the busy day
CUSTOMERS = 5_000
BUSY_DAY = date(2030, 3, 5)


def _fill(history: int) -> None:
    rng = random.Random(7)
    with database_proxy.atomic():
        staff = [Staff.create(name=f"技师{n + 1}", role="stylist", skills="cut,colour", sort_order=n) for n in range(8)]
        for member in staff:
            schedule.set_weekly_shifts(OWNER, member.id, [WeeklyShift(d, time(9, 30), time(21)) for d in range(7)])
        schedule.add_time_off(
            OWNER, staff[3].id, datetime.combine(BUSY_DAY, time(14)), datetime.combine(BUSY_DAY, time(16)), "培训"
        )
        item = ServiceItem.create(name="洗剪吹", category="cut", price=68, duration_minutes=45)
        Customer.insert_many([{"name": f"客户{n}", "phone": f"138{n:08d}"} for n in range(CUSTOMERS)]).execute()
    rows = []
    # two busy days: each stylist back to back, 10 bookings of 45-60 minutes from 10:00
    for member, day in [(m, d) for m in staff for d in (BUSY_DAY, BUSY_DAY + timedelta(days=1))]:
        start = datetime.combine(day, time(10))
        for _ in range(PER_STYLIST):
            length = timedelta(minutes=rng.choice((45, 60)))
            rows.append((member.id, start, start + length, rng.choice(("booked", "arrived", "completed"))))
            start += length
    first = BUSY_DAY - timedelta(days=730)
    for _ in range(history):
        day = first + timedelta(days=rng.randrange(730))
        start = datetime.combine(day, time(10)) + timedelta(minutes=15 * rng.randrange(40))
        rows.append((rng.choice(staff).id, start, start + timedelta(minutes=45), "completed"))
    with database_proxy.atomic():
        for chunk in range(0, len(rows), 2_000):
            part = rows[chunk : chunk + 2_000]
            Appointment.insert_many(
                [
                    {"customer": rng.randint(1, CUSTOMERS), "stylist": s, "starts_at": a, "ends_at": b, "status": st}
                    for s, a, b, st in part
                ]
            ).execute()
        ids = [row.id for row in Appointment.select(Appointment.id)]
        for chunk in range(0, len(ids), 2_000):
            AppointmentService.insert_many(
                [
                    {"appointment": n, "service_item": item.id, "duration_minutes": 45, "price": 68}
                    for n in ids[chunk : chunk + 2_000]
                ]
            ).execute()


def _median_ms(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = clock.perf_counter()
        work()
        times.append((clock.perf_counter() - started) * 1000)
    return statistics.median(times)


def _paint(grid: TimeGrid) -> None:
    image = QImage(grid.size(), QImage.Format.Format_ARGB32_Premultiplied)
    grid.render(image)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    history = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        shop = open_shop(Path(folder))
        try:
            _fill(history)
            data = load_day(BUSY_DAY)
            blocks = sum(len(column.blocks) for column in data.columns)
            grid = TimeGrid()
            grid.resize(1366, 768)
            grid.set_data(data)
            grid.resize(max(1366, grid.minimumWidth()), grid.minimumHeight())
            read = _median_ms(runs, lambda: load_day(BUSY_DAY))
            paint = _median_ms(runs, lambda: (grid.set_data(data), _paint(grid)))
            days = [BUSY_DAY + timedelta(days=n % 2) for n in range(runs)]
            switch = _median_ms(runs, lambda: (grid.set_data(load_day(days.pop())), _paint(grid)))
            week = _median_ms(runs, lambda: (grid.set_data(load_week(BUSY_DAY, None)), _paint(grid)))
        finally:
            shop.close()
    print(f"busy day: {len(data.columns)} stylists, {blocks} bookings; {history:,} other appointments on file")
    print(f"read the day (SQL + layout), median of {runs}: {read:.1f} ms")
    print(f"paint the day at {grid.width()}×{grid.height()}, median of {runs}: {paint:.1f} ms")
    print(f"switch to another day (read + paint), median of {runs}: {switch:.1f} ms")
    print(f"week view, all stylists (read + paint), median of {runs}: {week:.1f} ms")
    del app


if __name__ == "__main__":
    main()
