"""The painted calendar grid of the day and week views: time down the side, a column each.

Painted in ``paintEvent`` (only the exposed part), so a busy day of 8 stylists and
80 bookings draws in a few milliseconds. Blocks are dragged to move them (in time
or to another column) and their lower edge to change the length; the grid only
asks (signals), the tab calls the core and shows its answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QToolTip, QWidget

from salon_crm.core import clock
from salon_crm.core.appointment_rows import SERVICE_SEPARATOR, AppointmentBlock
from salon_crm.core.enums import AppointmentStatus
from salon_crm.ui import vocabulary
from salon_crm.ui.appointments.grid_data import SLOT_MINUTES, GridColumn, GridData, PlacedBlock
from salon_crm.ui.widgets import formatting

# Room for "09:30" in the time column, right-aligned against the first column.
TIME_WIDTH = 54
HEADER_HEIGHT = 42
# About a line of text per quarter hour, so a 30-minute booking has room for two lines.
SLOT_HEIGHT = 20
# A day view's columns shrink no further: with many stylists the grid scrolls sideways rather
# than squeezing every block to "…".
MIN_COLUMN = 118
# A week's seven columns share whatever width there is (Sunday never behind a scrollbar):
# 1366 px less today's arrivals leaves about 115 px a day, this is the floor on a narrower window.
WEEK_MIN_COLUMN = 64
EDGE = 6  # pixels above a block's lower edge that grab it for resizing
# A press that moves less than this is a click: a shaky hand must not move a booking by a slot.
DRAG_START = 4

# (text, fill, border) per status: light fills for dark text, distinct at a glance
STATUS_PAINT = {
    AppointmentStatus.BOOKED.value: ("#1f4e8c", "#dbe8f8", "#4a7cc0"),
    AppointmentStatus.ARRIVED.value: ("#7a4b00", "#fbe7c2", "#d9a13b"),
    AppointmentStatus.COMPLETED.value: ("#1e6b34", "#d8f0dd", "#4f9e64"),
    AppointmentStatus.CANCELLED.value: ("#666666", "#ececec", "#aaaaaa"),
    AppointmentStatus.NO_SHOW.value: ("#a01f1f", "#f8d9d9", "#cc5555"),
}
# Off shift is a flat grey, time off the same grey hatched: both say "not bookable", the hatching says why.
OFF_SHIFT = QColor("#ececec")
TIME_OFF = QColor("#c9c9c9")
GRID_LINE = QColor("#eeeeee")
HOUR_LINE = QColor("#cfcfcf")
NOW_LINE = QColor("#d0021b")
TODAY_TINT = QColor("#fff8e1")  # a pale yellow under today's column of a week


@dataclass(frozen=True)
class Drag:
    """A block being dragged: moved (``resize`` False) or its end pulled."""

    column: int
    placed: PlacedBlock
    resize: bool
    origin: QPointF


class TimeGrid(QWidget):
    """Columns of bookings on a 15-minute grid.

    Signals:
        slotActivated(object, object): double-click on free time: the column's
            stylist id (or None) and the start as a ``datetime``.
        blockActivated(int): double-click on a booking.
        blockSelected(int): a booking was clicked.
        moveRequested(int, object, object): a booking dropped: its id, the new
            start and the new stylist id (None: the same stylist).
        resizeRequested(int, object): a booking's lower edge dropped: id and new end.
        contextRequested(int, QPoint): right-click on a booking (global position).
        dayStepRequested(int): PgUp (-1) or PgDn (+1).
        todayRequested(): T.

    Keys: Up/Down choose a booking, Enter opens it, the menu key its actions.
    """

    slotActivated = Signal(object, object)
    blockActivated = Signal(int)
    blockSelected = Signal(int)
    moveRequested = Signal(int, object, object)
    resizeRequested = Signal(int, object)
    contextRequested = Signal(int, QPoint)
    dayStepRequested = Signal(int)
    todayRequested = Signal()

    def __init__(self, parent: QWidget | None = None, *, min_column: int = MIN_COLUMN) -> None:
        super().__init__(parent)
        self.min_column = min_column
        self.data: GridData | None = None
        self.selected_id: int | None = None
        self._drag: Drag | None = None
        self._ghost: tuple[int, int, int] | None = None  # column, first minute, last minute
        # Tracked without a button held, so the cursor can turn into the resize arrow over a lower edge.
        self.setMouseTracking(True)
        # Tab and a click both give the grid the keys: PgUp/PgDn, T, the arrows and Enter work on it.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The height is the day's slots (the scroll area scrolls it); the width takes what the window has.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(False)

    # --- data and geometry ----------------------------------------------------------

    def set_data(self, data: GridData | None) -> None:
        self.data = data
        # New data (a reload after a move, a day change) ends any drag: its block may no longer exist.
        self._drag, self._ghost = None, None
        # The minimum is the size hint, so the scroll area scrolls instead of squeezing the slots.
        self.setMinimumSize(self.sizeHint())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        if self.data is None:
            return QSize(TIME_WIDTH + self.min_column, HEADER_HEIGHT + 4 * SLOT_HEIGHT)
        slots = (self.data.last_minute - self.data.first_minute) // SLOT_MINUTES
        columns = max(1, len(self.data.columns))
        return QSize(TIME_WIDTH + columns * self.min_column, HEADER_HEIGHT + slots * SLOT_HEIGHT + 1)

    def column_width(self) -> float:
        count = max(1, len(self.data.columns)) if self.data else 1
        # Floating point, so the columns fill the width exactly instead of leaving a few pixels at the end.
        return max(float(self.min_column), (self.width() - TIME_WIDTH) / count)

    def y_of(self, minute: int) -> float:
        first = self.data.first_minute if self.data else 0
        return HEADER_HEIGHT + (minute - first) / SLOT_MINUTES * SLOT_HEIGHT

    def minute_at(self, y: float) -> int:
        """The minute of the day at ``y``, down to its 15-minute slot."""
        first = self.data.first_minute if self.data else 0
        slot = int((y - HEADER_HEIGHT) // SLOT_HEIGHT)
        return first + slot * SLOT_MINUTES

    def column_at(self, x: float) -> int | None:
        if self.data is None or x < TIME_WIDTH:
            return None
        index = int((x - TIME_WIDTH) // self.column_width())
        return index if 0 <= index < len(self.data.columns) else None

    def column_rect(self, index: int) -> QRectF:
        width = self.column_width()
        return QRectF(TIME_WIDTH + index * width, HEADER_HEIGHT, width, self.y_of(self._last()) - HEADER_HEIGHT)

    def _last(self) -> int:
        return self.data.last_minute if self.data else 0

    def block_rect(self, index: int, placed: PlacedBlock) -> QRectF:
        column = self.column_rect(index)
        lane_width = (column.width() - 6) / placed.lanes
        day = self.data.columns[index].day if self.data else placed.block.starts_at.date()
        top = self.y_of(_minute_of(day, placed.block.starts_at))
        bottom = self.y_of(_minute_of(day, placed.block.ends_at))
        return QRectF(column.left() + 2 + placed.lane * lane_width, top + 1, lane_width - 2, max(6.0, bottom - top - 2))

    def block_at(self, point: QPointF) -> tuple[int, PlacedBlock] | None:
        index = self.column_at(point.x())
        if index is None or self.data is None:
            return None
        # Last painted is on top: a click goes to the block the user sees.
        for placed in reversed(self.data.columns[index].blocks):
            if self.block_rect(index, placed).contains(point):
                return index, placed
        return None

    def find_block(self, appointment_id: int) -> tuple[int, PlacedBlock] | None:
        """Where a booking is drawn (for tests and keyboard use)."""
        for index, column in enumerate(self.data.columns if self.data else ()):
            for placed in column.blocks:
                if placed.block.id == appointment_id:
                    return index, placed
        return None

    def moment_at(self, index: int, y: float) -> datetime:
        day = self.data.columns[index].day if self.data else clock.today()
        return datetime.combine(day, time.min) + timedelta(minutes=self.minute_at(y))

    # --- painting ------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("white"))
        if self.data is None:
            return
        exposed = QRectF(event.rect())
        today = clock.today()
        for index, column in enumerate(self.data.columns):
            rect = self.column_rect(index)
            # Only the exposed part is painted: a scroll or a hover repaints a strip, not 80 bookings.
            if rect.right() < exposed.left() or rect.left() > exposed.right():
                continue
            if column.day == today and not column.title:  # a week: today stands out
                painter.fillRect(rect, TODAY_TINT)
            self._paint_shades(painter, rect, column)
        self._paint_lines(painter, exposed)
        # Smooth edges for the blocks, the ghost and the now line; grid lines and header stay sharp without it.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index, column in enumerate(self.data.columns):
            for placed in column.blocks:
                rect = self.block_rect(index, placed)
                if rect.intersects(exposed):
                    self._paint_block(painter, rect, placed)
        self._paint_ghost(painter)
        self._paint_now(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        # The header last, over everything: it stays at the top of the view while the slots scroll under it.
        self._paint_header(painter)
        painter.end()

    def _paint_shades(self, painter: QPainter, rect: QRectF, column: GridColumn) -> None:
        for shade in column.shades:
            top, bottom = self.y_of(max(shade.start, self._first())), self.y_of(min(shade.end, self._last()))
            if bottom <= top:
                continue
            area = QRectF(rect.left(), top, rect.width(), bottom - top)
            painter.fillRect(area, OFF_SHIFT)
            if shade.time_off:
                painter.fillRect(area, QBrush(TIME_OFF, Qt.BrushStyle.BDiagPattern))
            # The reason only where a line of text fits; a short shade is left plain rather than clipped.
            if shade.reason and bottom - top >= SLOT_HEIGHT:
                painter.setPen(QColor("#777777"))
                painter.drawText(
                    area.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, shade.reason
                )

    def _first(self) -> int:
        return self.data.first_minute if self.data else 0

    def _paint_lines(self, painter: QPainter, exposed: QRectF) -> None:
        right = TIME_WIDTH + self.column_width() * len(self.data.columns if self.data else ())
        metrics = painter.fontMetrics()
        for minute in range(self._first(), self._last() + 1, SLOT_MINUTES):
            y = self.y_of(minute)
            if y < exposed.top() - SLOT_HEIGHT or y > exposed.bottom() + SLOT_HEIGHT:
                continue
            painter.setPen(HOUR_LINE if minute % 60 == 0 else GRID_LINE)
            painter.drawLine(QPointF(TIME_WIDTH, y), QPointF(right, y))
            # Labels every half hour, as every quarter would crowd the column; none at the last line, where
            # the label (drawn under its line) would hang below the grid.
            if minute % 30 == 0 and minute < self._last():
                painter.setPen(QColor("#333333") if minute % 60 == 0 else QColor("#999999"))
                label = f"{minute // 60:02d}:{minute % 60:02d}"
                painter.drawText(
                    QPointF(TIME_WIDTH - 6 - metrics.horizontalAdvance(label), y + metrics.ascent()), label
                )
        painter.setPen(HOUR_LINE)
        for index in range(len(self.data.columns if self.data else ()) + 1):
            x = TIME_WIDTH + index * self.column_width()
            painter.drawLine(QPointF(x, 0), QPointF(x, self.y_of(self._last())))

    def _paint_block(self, painter: QPainter, rect: QRectF, placed: PlacedBlock) -> None:
        block = placed.block
        text, fill, border = STATUS_PAINT.get(block.status, STATUS_PAINT[AppointmentStatus.BOOKED.value])
        selected = block.id == self.selected_id
        painter.setPen(QPen(QColor(border), 2.5 if selected else 1))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(rect, 3, 3)
        painter.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), QColor(border))
        inner = _inner(rect)
        plain = QFont(self.font())
        bold = QFont(plain)
        bold.setBold(True)
        painter.setPen(QColor(text))
        y, height = inner.top(), _line_height(plain)
        for line, strong in self.block_lines(rect, block):
            painter.setFont(bold if strong else plain)
            painter.drawText(QPointF(inner.left(), y + painter.fontMetrics().ascent()), line)
            y += height
        painter.setFont(plain)

    def block_lines(self, rect: QRectF, block: AppointmentBlock) -> list[tuple[str, bool]]:
        """What a booking's block of ``rect`` says, line by line (bold or not).

        The time and the customer come first and whole: on one line when they fit, else
        the time over the name (wrapped at its spaces); a block one line high keeps the
        name, its time is on the side. Then the services and the status, while there is room.
        """
        inner = _inner(rect)
        width = int(inner.width())
        plain = QFont(self.font())
        bold = QFont(plain)
        bold.setBold(True)
        strong, normal = QFontMetrics(bold), QFontMetrics(plain)
        height = _line_height(plain)
        room = max(1, 1 + int((inner.height() + 2 - height) // height))
        start = f"{block.starts_at:%H:%M}"
        both = f"{start} {block.customer_name}"
        lines: list[tuple[str, bool]]
        if strong.horizontalAdvance(both) <= width:
            lines = [(both, True)]
        elif room == 1:
            lines = [(strong.elidedText(block.customer_name, Qt.TextElideMode.ElideRight, width), True)]
        else:
            lines = [(start, True)] + [(part, True) for part in _wrap(block.customer_name, strong, width, room - 1)]
        status = vocabulary.word(AppointmentStatus, block.status)
        if len(lines) < room and block.services:
            # the services take the lines there are, one kept for the status (the colour says it too)
            most = max(1, room - len(lines) - 1)
            lines += [(part, False) for part in _wrap(block.services, normal, width, most, SERVICE_SEPARATOR)]
        if len(lines) < room:
            lines.append((normal.elidedText(status, Qt.TextElideMode.ElideRight, width), False))
        return lines

    def _paint_ghost(self, painter: QPainter) -> None:
        if self._ghost is None:
            return
        index, first, last = self._ghost
        column = self.column_rect(index)
        rect = QRectF(column.left() + 2, self.y_of(first), column.width() - 4, self.y_of(last) - self.y_of(first))
        painter.setPen(QPen(QColor("#333333"), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(60, 120, 200, 40))
        painter.drawRoundedRect(rect, 3, 3)

    def _paint_now(self, painter: QPainter) -> None:
        now = clock.now()
        for index, column in enumerate(self.data.columns if self.data else ()):
            if column.day != now.date():
                continue
            minute = now.hour * 60 + now.minute
            if not self._first() <= minute <= self._last():
                continue
            # The seconds move the line too, so it does not jump a pixel at each minute.
            rect, y = self.column_rect(index), self.y_of(minute) + (now.second / 60) * SLOT_HEIGHT / SLOT_MINUTES
            painter.setPen(QPen(NOW_LINE, 2))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setBrush(NOW_LINE)
            painter.drawEllipse(QPointF(rect.left() + 3, y), 3, 3)

    def header_top(self) -> int:
        """Where the header is drawn: the top of the visible part, so it stays in view."""
        visible = self.visibleRegion()
        return 0 if visible.isEmpty() else visible.boundingRect().top()

    def _paint_header(self, painter: QPainter) -> None:
        top = self.header_top()
        painter.fillRect(QRectF(0, top, self.width(), HEADER_HEIGHT), QColor("#f6f6f6"))
        painter.setPen(HOUR_LINE)
        painter.drawLine(QPointF(0, top + HEADER_HEIGHT - 1), QPointF(self.width(), top + HEADER_HEIGHT - 1))
        metrics = painter.fontMetrics()
        today = clock.now().date()
        for index, column in enumerate(self.data.columns if self.data else ()):
            width = self.column_width()
            left = TIME_WIDTH + index * width
            title = column.title or formatting.day_with_weekday(column.day)
            font = QFont(painter.font())
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(NOW_LINE if not column.title and column.day == today else QColor("#222222"))
            painter.drawText(
                QRectF(left + 4, top + 3, width - 8, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(width - 8)),
            )
            font.setBold(False)
            painter.setFont(font)
            painter.setPen(QColor("#777777"))
            painter.drawText(
                QRectF(left + 4, top + 4 + metrics.height(), width - 8, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                self.subtitle(column),
            )

    def subtitle(self, column: GridColumn) -> str:
        """Under a column's title: the shift, or that it is the stylist's day off."""
        if column.day_off and not column.subtitle:
            return self.tr("Day off")
        return column.subtitle

    # --- mouse and keys --------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A click anywhere on the grid, block or not, gives it the keys (PgUp/PgDn, T, Enter).
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        hit = self.block_at(event.position())
        if hit is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        index, placed = hit
        # The lower EDGE pixels resize, the rest moves: the same strip where the cursor turned to the arrow.
        resize = event.position().y() >= self.block_rect(index, placed).bottom() - EDGE
        self._drag = Drag(index, placed, resize, event.position())
        self.selected_id = placed.block.id
        self.blockSelected.emit(placed.block.id)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        if self._drag is None:
            hit = self.block_at(point)
            edge = hit is not None and point.y() >= self.block_rect(*hit).bottom() - EDGE
            self.setCursor(Qt.CursorShape.SizeVerCursor if edge else Qt.CursorShape.ArrowCursor)
            return
        if (point - self._drag.origin).manhattanLength() < DRAG_START and self._ghost is None:
            return
        self._ghost = self._target(point)
        self.update()

    def _target(self, point: QPointF) -> tuple[int, int, int]:
        drag = self._drag
        assert drag is not None
        day = self.data.columns[drag.column].day if self.data else clock.today()
        start = _minute_of(day, drag.placed.block.starts_at)
        end = _minute_of(day, drag.placed.block.ends_at)
        if drag.resize:
            # Half a slot added so the end snaps to the nearest line, not the one above; one slot at least,
            # and never past the grid's last minute.
            last = max(start + SLOT_MINUTES, self.minute_at(point.y() + SLOT_HEIGHT / 2))
            return drag.column, start, min(last, self._last())
        # Moved by whole slots from where it was grabbed, so the block does not jump to put its top
        # under the cursor.
        slots = round((point.y() - drag.origin.y()) / SLOT_HEIGHT)
        first = start + slots * SLOT_MINUTES
        index = self.column_at(point.x())
        return (drag.column if index is None else index), first, first + (end - start)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, ghost = self._drag, self._ghost
        self._drag, self._ghost = None, None
        self.update()
        if drag is None or ghost is None or self.data is None:
            super().mouseReleaseEvent(event)
            return
        index, first, last = ghost
        block = drag.placed.block
        column = self.data.columns[index]
        midnight = datetime.combine(column.day, time.min)
        if drag.resize:
            end = midnight + timedelta(minutes=last)
            if end != block.ends_at:
                self.resizeRequested.emit(block.id, end)
            return
        start = midnight + timedelta(minutes=first)
        # None for "the same stylist": the core then keeps the booking's own (a week's columns are all one stylist).
        stylist = column.stylist_id if column.stylist_id != block.stylist_id else None
        # A drop where it started asks nothing: no audit entry, no reload.
        if start != block.starts_at or stylist is not None:
            self.moveRequested.emit(block.id, start, stylist)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.block_at(event.position())
        if hit is not None:
            self.blockActivated.emit(hit[1].block.id)
            return
        index = self.column_at(event.position().x())
        # The header floats at the top of the view (see header_top): a double click on it is not a slot.
        if index is None or self.data is None or event.position().y() < self.header_top() + HEADER_HEIGHT:
            return
        # Below the last slot (the closing line) there is no time to book.
        if self.minute_at(event.position().y()) >= self._last():
            return
        self.slotActivated.emit(self.data.columns[index].stylist_id, self.moment_at(index, event.position().y()))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        hit = self.block_at(QPointF(event.pos()))
        if hit is not None:
            self.selected_id = hit[1].block.id
            self.update()
            self.contextRequested.emit(hit[1].block.id, event.globalPos())

    def event(self, event: QEvent) -> bool:
        """A booking's details on hover: the block shows only what fits."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.block_at(QPointF(event.pos()))
            if hit is None:
                # No booking under the mouse: a tip still shown from one is hidden.
                QToolTip.hideText()
                event.ignore()
                return True
            QToolTip.showText(event.globalPos(), self.block_tooltip(hit[1].block), self)
            return True
        return super().event(event)

    def block_tooltip(self, block: AppointmentBlock) -> str:
        when, phone = formatting.time_span(block.starts_at, block.ends_at), formatting.phone(block.customer_phone)
        lines = [
            f"{when}  {block.customer_name}  {phone}",
            block.services,
            f"{block.stylist_name} · {vocabulary.word(AppointmentStatus, block.status)}",
        ]
        if block.note:
            lines.append(self.tr("Note: {note}").format(note=block.note))
        return "\n".join(line for line in lines if line.strip())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_PageUp:
            self.dayStepRequested.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.dayStepRequested.emit(1)
        # T alone (the keypad flag allowed): with Ctrl, Alt or Shift the key is left to the window.
        elif key == Qt.Key.Key_T and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.todayRequested.emit()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.select_next(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.find_block(self.selected_id or 0):
            self.blockActivated.emit(self.selected_id)
        elif key == Qt.Key.Key_Menu and self.find_block(self.selected_id or 0):
            index, placed = self.find_block(self.selected_id or 0) or (0, None)
            if placed is not None:
                center = self.block_rect(index, placed).center().toPoint()
                self.contextRequested.emit(placed.block.id, self.mapToGlobal(center))
        else:
            super().keyPressEvent(event)

    def select_next(self, step: int) -> int | None:
        """Up and Down walk the bookings by start time (then column); returns the chosen id."""
        order = sorted(
            (
                (placed.block.starts_at, index, placed.block.id)
                for index, column in enumerate(self.data.columns if self.data else ())
                for placed in column.blocks
            ),
        )
        if not order:
            return None
        ids = [item[2] for item in order]
        if self.selected_id in ids:
            position = max(0, min(len(ids) - 1, ids.index(self.selected_id) + step))
        else:
            position = 0 if step > 0 else len(ids) - 1
        self.selected_id = ids[position]
        self.blockSelected.emit(self.selected_id)
        self.update()
        index, placed = self.find_block(self.selected_id) or (0, None)
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if placed is not None and isinstance(area, QScrollArea):
            rect = self.block_rect(index, placed)
            # The margin counts the floating header, or the chosen block could scroll in under it.
            area.ensureVisible(int(rect.center().x()), int(rect.center().y()), 0, int(rect.height()) + HEADER_HEIGHT)
        return self.selected_id


def _minute_of(day: date, moment: datetime) -> int:
    """Minutes from ``day``'s midnight (a booking ending at midnight is 24:00)."""
    return int((moment - datetime.combine(day, time.min)).total_seconds() // 60)


def _inner(rect: QRectF) -> QRectF:
    """Where a block's text goes: clear of its coloured left edge and its border."""
    return rect.adjusted(6, 2, -3, -2)


def _line_height(font: QFont) -> int:
    bold = QFont(font)
    bold.setBold(True)
    return max(QFontMetrics(font).height(), QFontMetrics(bold).height())


def _wrap(text: str, metrics: QFontMetrics, width: int, most: int, separator: str = " ") -> list[str]:
    """``text`` in at most ``most`` lines of ``width``, broken after ``separator``; what does not fit ends in "…"."""
    words = text.split(separator)
    if separator == " ":
        pieces, joiner = [word for word in words if word], " "
    else:  # a list such as 洗剪吹、染发 keeps its separator at the end of a line
        pieces, joiner = [word + separator for word in words[:-1]] + words[-1:], ""
    lines: list[str] = []
    for piece in pieces:
        if lines and metrics.horizontalAdvance(lines[-1] + joiner + piece) <= width:
            lines[-1] = lines[-1] + joiner + piece
        else:
            lines.append(piece)
    if len(lines) > most:
        # What is over goes into the last line, which the eliding below then ends in "…".
        lines = [*lines[: most - 1], joiner.join(lines[most - 1 :])]
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines] or [""]
