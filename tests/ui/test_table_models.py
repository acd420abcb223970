"""Every table model passes Qt's own model checks, with rows loaded."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from salon_crm.core.db import Shop
from salon_crm.ui.appointments.table_model import AppointmentTableModel
from salon_crm.ui.customers.table_model import CustomerTableModel
from salon_crm.ui.satisfaction.table_model import SurveyTableModel
from salon_crm.ui.settings.service_model import ServiceTableModel
from salon_crm.ui.settings.staff_model import StaffTableModel
from salon_crm.ui.tickets.table_model import TicketTableModel
from salon_crm.ui.widgets.row_model import ROW_ROLE, RowTableModel

MODELS = [
    CustomerTableModel,
    AppointmentTableModel,
    TicketTableModel,
    SurveyTableModel,
    StaffTableModel,
    ServiceTableModel,
]


@pytest.mark.parametrize("model_class", MODELS, ids=lambda cls: cls.__name__)
def test_model_passes_qt_checks(
    model_class: type[RowTableModel],
    filled_shop: Shop,
    qtmodeltester: ModelTester,
    settle: Callable[[], None],
) -> None:
    model = model_class()
    qtmodeltester.check(model)  # empty, before anything loaded
    model.reload()
    settle()
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    for row in range(model.rowCount()):
        assert model.index(row, 0).data(ROW_ROLE) is model.row_at(row)
        for column in range(model.columnCount()):
            assert isinstance(model.index(row, column).data(), str)
    assert len(model.headers()) == model.columnCount()


def test_a_reload_drops_a_late_page_of_the_old_query(filled_shop: Shop, settle: Callable[[], None]) -> None:
    model = CustomerTableModel()
    model.set_search("zs")
    model.set_search("ls")  # before the first answer arrives
    settle()
    assert [row.name for row in model.rows()] == ["李四"]


def test_sort_after_a_reset_keeps_the_tester_happy(
    filled_shop: Shop, qtmodeltester: ModelTester, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    model = CustomerTableModel()
    qtmodeltester.check(model)
    model.reload()
    settle()
    model.sort(5)
    settle()
    assert model.rowCount() == 5
