"""Settings → Users (owner only): who may log in, with which role; add, disable, reset a password."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import shop, staff, users
from salon_crm.core.enums import UserRole
from salon_crm.core.errors import ValidationError
from salon_crm.core.users import UserRow
from salon_crm.ui import session, tasks, vocabulary
from salon_crm.ui.errors import describe_any
from salon_crm.ui.widgets.form_dialog import FormDialog


class UserDialog(FormDialog):
    """A new login: name, role, password twice (a stylist may use a 4-6 digit PIN), linked staff."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add login"))
        self.name_edit = QLineEdit(self)
        # Cut at the core's limit, so the owner never meets a refusal for the name's length.
        self.name_edit.setMaxLength(users.NAME_MAX)
        self.display_edit = QLineEdit(self)
        self.role_combo = QComboBox(self)
        for code, word in vocabulary.choices(UserRole):
            self.role_combo.addItem(word, code)
        # Front desk by default: a safer slip than owner, who may manage users and every setting.
        self.role_combo.setCurrentIndex(self.role_combo.findData(UserRole.FRONT_DESK.value))
        self.staff_combo = QComboBox(self)
        self.staff_combo.addItem(self.tr("—"), None)
        for member in staff.list_staff():
            # A login is made for someone working here now; staff who have left are not offered.
            if member.active:
                self.staff_combo.addItem(member.name, member.id)
        self.password_edit = QLineEdit(self)
        # Masked, hence typed twice: a typo no one can see would lock the new user out.
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit(self)
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("&Login name:"), self.name_edit)
        self.form.addRow(self.tr("&Shown as:"), self.display_edit)
        self.form.addRow(self.tr("&Role:"), self.role_combo)
        self.form.addRow(self.tr("S&taff member:"), self.staff_combo)
        self.form.addRow(self.tr("&Password or PIN:"), self.password_edit)
        self.form.addRow(self.tr("Password &again:"), self.again_edit)
        for edit in (self.name_edit, self.password_edit, self.again_edit):
            edit.textChanged.connect(self.revalidate)
        self.setMinimumWidth(420)
        # Only the name is checked as typed; the password's rules (both fields alike, length, whether a
        # PIN is allowed for the role) are the core's and come back in red on OK.
        self.revalidate()

    def check(self) -> None:
        if not self.name_edit.text().strip():
            raise ValidationError("username_required")

    def save_op(self) -> Callable[[], Any]:
        actor = session.acting_user()
        name, role = self.name_edit.text(), str(self.role_combo.currentData())
        secret, again, shown = self.password_edit.text(), self.again_edit.text(), self.display_edit.text()
        staff_id = self.staff_combo.currentData()
        return lambda: users.add_user(actor, name, role, secret, again, display_name=shown, staff_id=staff_id)


class PasswordDialog(FormDialog):
    """A new password (or PIN) for a user who forgot theirs."""

    def __init__(self, parent: QWidget | None, user: UserRow) -> None:
        super().__init__(parent)
        self.user = user
        self.setWindowTitle(self.tr("New password for {name}").format(name=user.display_name))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit(self)
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("&Password or PIN:"), self.password_edit)
        self.form.addRow(self.tr("Password &again:"), self.again_edit)

    def save_op(self) -> Callable[[], Any]:
        actor, user_id = session.acting_user(), self.user.id
        secret, again = self.password_edit.text(), self.again_edit.text()
        # The role decides whether a PIN will do, so the core checks it against the stored user.
        return lambda: users.reset_password(actor, user_id, secret, again)


class UsersDialog(QDialog):
    """The shop's logins in a table, with Add, Disable/Enable and New password."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Users"))
        self.rows: list[UserRow] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Shown as"), self.tr("Role"), self.tr("Active")]
        )
        # Row numbers mean nothing here and cost width in a 560 px window.
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # Four short columns share the width evenly; there is nothing long to elide.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.clicked.connect(self.add_user)
        # Disable rather than delete: a login stays in the audit history of everything it did.
        self.active_button = QPushButton(self.tr("&Disable"), self)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button = QPushButton(self.tr("New &password…"), self)
        self.password_button.clicked.connect(self.new_password)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.active_button, self.password_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # a PIN is quick at a busy chair but easy to watch being typed: the owner decides
        self.pins_box = QCheckBox(self.tr("Stylists may log in with a 4–6 digit P&IN instead of a password"), self)
        # Set before ``toggled`` is connected, so showing the current setting writes nothing.
        self.pins_box.setChecked(users.pins_allowed())
        self.pins_box.toggled.connect(self.set_pins_allowed)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.pins_box)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.resize(560, 360)
        self.reload()

    def reload(self) -> None:
        # Owners first, then by login name (the core's order); ``rows`` keeps it so a table row maps to its user.
        self.rows = users.list_users()
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            cells = (
                row.username,
                row.display_name,
                vocabulary.word(UserRole, row.role),
                self.tr("yes") if row.active else self.tr("no"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self._selection_changed()

    def selected(self) -> UserRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selection_changed(self) -> None:
        user = self.selected()
        self.active_button.setEnabled(user is not None)
        self.password_button.setEnabled(user is not None)
        # One button that says what it will do to the chosen login.
        self.active_button.setText(self.tr("&Enable") if user is not None and not user.active else self.tr("&Disable"))

    def set_pins_allowed(self, allowed: bool) -> None:
        actor = session.acting_user()
        self.message.clear()
        tasks.run_in_background(
            self,
            lambda: shop.set_setting(actor, users.PINS_KEY, allowed),
            lambda _done: None,
            self._pins_failed,
        )

    def _pins_failed(self, error: BaseException) -> None:
        # The box goes back to what is stored, without toggling a second write.
        self.pins_box.blockSignals(True)
        self.pins_box.setChecked(users.pins_allowed())
        self.pins_box.blockSignals(False)
        self.message.setText(describe_any(error))

    def add_user(self) -> UserDialog:
        dialog = UserDialog(self)
        dialog.saved.connect(lambda _row: self.reload())
        dialog.open()
        return dialog

    def new_password(self) -> PasswordDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = PasswordDialog(self, user)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        actor, user_id, active = session.acting_user(), user.id, not user.active
        tasks.run_in_background(
            self,
            # The core refuses to disable the last active owner: the shop could never manage users again.
            lambda: users.set_active(actor, user_id, active),
            lambda _row: self.reload(),
            lambda error: self._refused(describe_any(error)),
        )

    def _refused(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        # The refusal (say, the last owner) in a box the owner must close: the toggle changed nothing.
        QMessageBox.warning(self, self.tr("Users"), text)
