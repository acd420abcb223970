"""Settings → Membership levels (owner): the list of levels, and the form to add or edit one.

A level is never deleted (bills and customers name it); "Retire" stops anyone
reaching it, and its members keep it. The rules live in ``core.levels``.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import levels
from salon_crm.core.enums import LevelBasis
from salon_crm.core.errors import NotFoundError
from salon_crm.core.levels import LevelInput, LevelRow
from salon_crm.ui import session, tasks, vocabulary
from salon_crm.ui.errors import describe_any
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.form_dialog import FormDialog
from salon_crm.ui.widgets.row_model import ROW_ROLE, PageQuery, RowTableModel
from salon_crm.ui.widgets.table_view import ReadOnlyTable

RETIRED_TEXT = QColor("#777777")


def _find_level(level_id: int) -> LevelRow:
    # the whole list, not a lookup by id: a handful of levels, and the row is the one the table shows
    for row in levels.list_level_rows():
        if row.id == level_id:
            return row
    raise NotFoundError("level_not_found", level_id=level_id)


def _plain(number: object) -> str:
    """12.0 → "12", 1.5 → "1.5": what the owner typed, without trailing zeros."""
    # :f first: a normalized Decimal such as 1E+1 would otherwise print in exponent form
    text = f"{number:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class LevelDialog(FormDialog):
    """Add or edit one level: name, discount, points rate, and the threshold that reaches it.

    Signals: those of ``FormDialog`` (``saved`` carries a ``LevelRow``).
    """

    def __init__(self, parent: QWidget | None, level_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add level") if level_id is None else self.tr("Edit level"))
        self.level_id = level_id
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(levels.NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("for example Silver, Gold"))
        # the owner types the discount ("12" for 12% off); core stores the share paid (0.88)
        self.discount_edit = QLineEdit("0", self)
        self.discount_edit.setPlaceholderText(self.tr("12 means 12% off"))
        # 1 point a yuan, the default a customer earns without a level (levels.base_points_per_yuan)
        self.points_edit = QLineEdit("1", self)
        self.threshold_edit = QLineEdit("0", self)
        self.basis_combo = QComboBox(self)
        for code, word in vocabulary.choices(LevelBasis):
            self.basis_combo.addItem(word, code)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Discount (%):"), self.discount_edit)
        self.form.addRow(self.tr("&Points per yuan:"), self.points_edit)
        self.form.addRow(self.tr("Reached at (¥):"), self.threshold_edit)
        self.form.addRow(self.tr("&Counting:"), self.basis_combo)
        self.form.addRow("", self.hint)
        self.setMinimumWidth(460)
        for edit in (self.name_edit, self.discount_edit, self.points_edit, self.threshold_edit):
            edit.textChanged.connect(self._changed)
        self.basis_combo.currentIndexChanged.connect(self._changed)
        # the hint shows at once, and while an edited level loads the fields wait (FormDialog.load)
        self._changed()
        if level_id is not None:
            self.load(lambda: _find_level(level_id), self._fill)
        else:
            self.name_edit.setFocus()

    def level_input(self) -> LevelInput:
        return LevelInput(
            name=self.name_edit.text(),
            discount_percent=self.discount_edit.text(),
            points_per_yuan=self.points_edit.text(),
            threshold=self.threshold_edit.text(),
            basis=str(self.basis_combo.currentData()),
        )

    def _changed(self, *_args: object) -> None:
        # the hint says the rule in the owner's words, so a slip shows before saving: 9 typed for 九折
        # (10% off) reads as 9% off, and the hint says members pay 91%
        data = self.level_input()
        basis = vocabulary.word(LevelBasis, data.basis)
        self.hint.setText(
            self.tr(
                "Members pay {rate}% of the list price; a customer moves up when {basis} reaches ¥{amount}."
            ).format(rate=self._rate(data.discount_percent), basis=basis, amount=data.threshold or "0")
        )
        self.revalidate()

    @staticmethod
    def _rate(discount: object) -> str:
        # "12%" reads as 12, as bounded_decimal reads it; a half-typed figure shows "?", never an error
        try:
            return _plain(Decimal(100) - Decimal(str(discount).strip().rstrip("%") or "0"))
        except ArithmeticError:
            return "?"

    def check(self) -> None:
        # the core's own checks that need no database (a taken name is found on saving)
        data = self.level_input()
        levels.check_level_input(data)

    def save_op(self) -> Callable[[], Any]:
        # the form's values are read now, on the UI thread; the lambdas run on the worker
        data, level_id = self.level_input(), self.level_id
        if level_id is None:
            return lambda: levels.add_level(session.acting_user(), data)
        return lambda: levels.update_level(session.acting_user(), level_id, data)

    def _fill(self, row: LevelRow) -> None:
        self.name_edit.setText(row.name)
        self.discount_edit.setText(_plain(row.discount_percent))
        self.points_edit.setText(_plain(row.points_per_yuan))
        # money keeps its cents; the rates above drop trailing zeros, as the owner typed them
        self.threshold_edit.setText(f"{row.threshold:.2f}")
        # an unknown basis (a damaged row) shows the first choice rather than an empty combo
        self.basis_combo.setCurrentIndex(max(0, self.basis_combo.findData(row.basis)))
        self.name_edit.setFocus()


class LevelColumn(IntEnum):
    NAME = 0
    DISCOUNT = 1
    POINTS = 2
    THRESHOLD = 3
    MEMBERS = 4
    ACTIVE = 5


class LevelTableModel(RowTableModel):
    """Every level, lowest first; retired ones in grey."""

    columns = LevelColumn

    def headers(self) -> list[str]:
        return [
            self.tr("Level"),
            self.tr("Discount"),
            self.tr("Points per yuan"),
            self.tr("Reached at"),
            self.tr("Members"),
            self.tr("Active"),
        ]

    def page_query(self) -> PageQuery:
        # a handful of levels: one page, the whole list
        return lambda _offset, _limit: levels.list_level_rows()

    def cell(self, row: LevelRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, LevelColumn(column))
        # retired, not deleted (bills name the level): greyed so the owner can bring it back
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return RETIRED_TEXT
        return None

    def _text(self, row: LevelRow, column: LevelColumn) -> str:
        match column:
            case LevelColumn.NAME:
                return row.name
            case LevelColumn.DISCOUNT:
                return (
                    self.tr("{percent}% off").format(percent=_plain(row.discount_percent))
                    if row.discount_percent
                    else "—"
                )
            case LevelColumn.POINTS:
                return _plain(row.points_per_yuan)
            case LevelColumn.THRESHOLD:
                # the basis beside the amount: the same ¥ spent or topped up is not the same threshold
                basis = vocabulary.word(LevelBasis, row.basis)
                return f"{formatting.money(row.threshold)} ({basis})"
            case LevelColumn.MEMBERS:
                return formatting.whole_number(row.members)
            case LevelColumn.ACTIVE:
                return self.tr("Yes") if row.active else self.tr("Retired")


class LevelListDialog(QDialog):
    """The levels with Add, Edit and Retire (or bring back)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Membership levels"))
        self.model = LevelTableModel(self)
        self.table = ReadOnlyTable(self)
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(self._edit_row)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.retire_button = QPushButton(self.tr("&Retire / bring back"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.add_button, self.edit_button, self.retire_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add_level)
        self.edit_button.clicked.connect(self.edit_selected)
        self.retire_button.clicked.connect(self.toggle_selected)
        note = QLabel(
            self.tr(
                "A member pays the level's share of the list price on every bill. Customers move up on their own "
                "when they reach a higher level; a retired level is not reached any more, and its members keep it."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.model.reload()

    def selected_level(self) -> LevelRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def add_level(self) -> LevelDialog:
        dialog = LevelDialog(self)
        dialog.saved.connect(lambda _row: self.model.reload())
        dialog.open()
        return dialog

    def edit_selected(self) -> LevelDialog | None:
        row = self.selected_level()
        if row is None:
            return None
        dialog = LevelDialog(self, row.id)
        dialog.saved.connect(lambda _row: self.model.reload())
        dialog.open()
        return dialog

    def toggle_selected(self) -> None:
        row = self.selected_level()
        if row is None:
            return
        # one button both ways: a level is never deleted, so retiring must be undoable
        actor, level_id, active = session.acting_user(), row.id, not row.active
        tasks.run_in_background(
            self,
            lambda: levels.set_level_active(actor, level_id, active),
            lambda _row: self.model.reload(),
            lambda error: QMessageBox.warning(self, self.tr("Membership levels"), describe_any(error)),
        )

    def _edit_row(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self.edit_selected()
