"""Shop settings: the shop's name, its opening hours on each weekday, and the second backup folder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QTimeEdit, QWidget

from salon_crm.core import shop
from salon_crm.core.rows import OpeningHours, ShopSettings
from salon_crm.ui import session, vocabulary
from salon_crm.ui.backup.second_folder import SecondFolderField, field_label
from salon_crm.ui.widgets.form_dialog import FormDialog

TIME_FORMAT = "HH:mm"


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


class _DayRow:
    """The "open" box and the two times of one weekday."""

    def __init__(self, parent: QWidget, weekday: int) -> None:
        self.weekday = weekday
        self.open_box = QCheckBox(vocabulary.weekday_name(weekday), parent)
        self.opens = QTimeEdit(parent)
        self.closes = QTimeEdit(parent)
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat(TIME_FORMAT)
        self.set_hours(OpeningHours(weekday, shop.DEFAULT_OPENS, shop.DEFAULT_CLOSES))
        self.open_box.toggled.connect(self._enable_times)

    def set_hours(self, hours: OpeningHours) -> None:
        self.open_box.setChecked(hours.is_open)
        self.opens.setTime(_qtime(hours.opens or shop.DEFAULT_OPENS))
        self.closes.setTime(_qtime(hours.closes or shop.DEFAULT_CLOSES))
        self._enable_times(hours.is_open)

    def hours(self) -> OpeningHours:
        if not self.open_box.isChecked():
            return OpeningHours(self.weekday, None, None)
        opens, closes = self.opens.time().toPython(), self.closes.time().toPython()
        return OpeningHours(self.weekday, opens, closes)  # type: ignore[arg-type]

    def _enable_times(self, is_open: bool) -> None:
        self.opens.setEnabled(is_open)
        self.closes.setEnabled(is_open)


class ShopDialog(FormDialog):
    """The shop's name and a row per weekday: open or not, from when, until when.

    Signals: those of ``FormDialog`` (``saved`` carries the new ``ShopSettings``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shop settings"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(shop.SHOP_NAME_MAX + 8)  # room to see "too long"
        hours = QWidget(self)
        grid = QGridLayout(hours)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Open on"), hours), 0, 0)
        grid.addWidget(QLabel(self.tr("Opens"), hours), 0, 1)
        grid.addWidget(QLabel(self.tr("Closes"), hours), 0, 2)
        self.days = [_DayRow(hours, weekday) for weekday in range(7)]
        for day in self.days:
            grid.addWidget(day.open_box, day.weekday + 1, 0)
            grid.addWidget(day.opens, day.weekday + 1, 1)
            grid.addWidget(day.closes, day.weekday + 1, 2)
            day.open_box.toggled.connect(self.revalidate)
            day.opens.timeChanged.connect(self.revalidate)
            day.closes.timeChanged.connect(self.revalidate)
        self.form.addRow(self.tr("Shop &name:"), self.name_edit)
        self.form.addRow(self.tr("Opening hours:"), hours)
        self.second_folder = SecondFolderField(self)
        self.form.addRow(field_label(), self.second_folder)
        self.name_edit.textChanged.connect(self.revalidate)
        self.revalidate()
        self.load(lambda: (shop.get_shop_settings(), shop.get_second_backup_folder()), self._fill)

    @classmethod
    def edit(cls, parent: QWidget | None) -> ShopDialog:
        """The form filled with the shop's settings once they are read."""
        return cls(parent)

    def settings(self) -> ShopSettings:
        return ShopSettings(
            shop_name=self.name_edit.text(),
            opening_hours=tuple(day.hours() for day in self.days),
        )

    def check(self) -> None:
        shop.validate_shop_settings(self.settings())

    def save_op(self) -> Callable[[], Any]:
        settings, folder, actor = self.settings(), self.second_folder.folder(), session.acting_user()

        def save() -> ShopSettings:
            # the folder first: one that cannot be written to is said before anything is stored
            shop.set_second_backup_folder(actor, folder)
            return shop.update_shop_settings(actor, settings)

        return save

    def _fill(self, loaded: tuple[ShopSettings, Path | None]) -> None:
        settings, folder = loaded
        self.second_folder.set_folder(folder)
        self.name_edit.setText(settings.shop_name)
        for day, hours in zip(self.days, settings.opening_hours, strict=True):
            day.set_hours(hours)
        self.name_edit.setFocus()
