"""The appointments, complaints and satisfaction tabs: ranges, words and colours."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from salon_crm.core import clock
from salon_crm.core.db import Shop
from salon_crm.ui.appointments.tab import AppointmentsTab
from salon_crm.ui.appointments.table_model import Column as Booking
from salon_crm.ui.satisfaction.tab import SatisfactionTab
from salon_crm.ui.satisfaction.table_model import Column as Survey
from salon_crm.ui.tickets.tab import TicketsTab
from salon_crm.ui.tickets.table_model import Column as Ticket


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_appointments_default_to_the_next_two_weeks(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    tab = AppointmentsTab()
    qtbot.addWidget(tab)
    tab.reload()
    settle()
    today = clock.today()
    assert (tab.first_day.date(), tab.last_day.date()) == (qdate(today), qdate(today + timedelta(days=14)))
    model = tab.model
    assert [model.index(row, Booking.STATUS).data() for row in range(model.rowCount())] == [
        "Booked",
        "Arrived",
        "Cancelled",
    ]
    colour = model.index(0, Booking.STATUS).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(colour, QColor)
    assert colour != model.index(2, Booking.STATUS).data(Qt.ItemDataRole.BackgroundRole)
    assert model.index(0, Booking.SERVICES).data() == "洗剪吹"
    assert tab.count_label.text() == "Appointments: 3"


def test_appointments_follow_the_chosen_days(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = AppointmentsTab()
    qtbot.addWidget(tab)
    tab.reload()
    settle()
    tomorrow = clock.today() + timedelta(days=1)
    tab.last_day.setDate(qdate(tomorrow))
    settle()
    assert tab.model.rowCount() == 2
    tab.first_day.setDate(qdate(tomorrow + timedelta(days=3)))  # past the last day: the last day follows
    settle()
    assert tab.last_day.date() == tab.first_day.date()
    assert tab.model.rowCount() == 0
    tab.next_weeks_button.click()
    settle()
    assert tab.model.rowCount() == 3


def test_overdue_tickets_are_red_and_first(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = TicketsTab()
    qtbot.addWidget(tab)
    tab.reload()
    settle()
    model = tab.model
    first, second = model.rows()
    assert first.overdue and not second.overdue
    assert model.index(0, Ticket.STATUS).data() == "Investigating"
    assert model.index(0, Ticket.CATEGORY).data() == "Waiting time"
    assert model.index(0, Ticket.DESCRIPTION).data() == "等了四十分钟"  # the first line only
    assert model.index(0, Ticket.CUSTOMER).data(Qt.ItemDataRole.ForegroundRole) == QColor("#b00020")
    assert "Overdue" in model.index(0, Ticket.KIND).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, Ticket.CUSTOMER).data(Qt.ItemDataRole.ForegroundRole) is None
    assert tab.count_label.text() == "Tickets shown: 2, overdue: 1"


def test_survey_scores_are_shown_and_low_ones_stand_out(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    tab = SatisfactionTab()
    qtbot.addWidget(tab)
    tab.reload()
    settle()
    model = tab.model
    assert [model.index(0, column).data() for column in (Survey.CUSTOMER, Survey.STYLIST, Survey.OVERALL)] == [
        "张三",
        "王芳",
        "4",
    ]
    assert model.index(0, Survey.WAITING).data(Qt.ItemDataRole.ForegroundRole) is not None  # a 2
    assert model.index(0, Survey.OVERALL).data(Qt.ItemDataRole.ForegroundRole) is None
