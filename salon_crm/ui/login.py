"""Logging in: the first start creates the owner; later starts ask who is at the desk.

Both dialogs are small and modal; checking a password takes Argon2id a few tens of
milliseconds, short enough to do on the UI thread while the dialog waits.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import users
from salon_crm.core.context import Actor
from salon_crm.core.enums import UserRole
from salon_crm.core.errors import SalonError
from salon_crm.ui import vocabulary
from salon_crm.ui.errors import describe
from salon_crm.ui.widgets.form_dialog import ERROR_STYLE

LAST_USER_KEY = "login/last_user"


class _Dialog(QDialog):
    """A form over OK / Cancel with a red line for what went wrong."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.actor: Actor | None = None
        self.form = QFormLayout()
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _password_edit(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit


class LoginDialog(_Dialog):
    """Who is at the desk: a user from the list and their password (or a stylist's PIN)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Login — Salon CRM"))
        self.user_combo = QComboBox(self)
        for row in users.list_users(active_only=True):
            role = vocabulary.word(UserRole, row.role)
            self.user_combo.addItem(f"{row.display_name}  ({row.username}, {role})", row.username)
        last = QSettings().value(LAST_USER_KEY, "")
        self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(last)))
        self.password_edit = self._password_edit()
        self.password_edit.textEdited.connect(lambda _text: self.message.clear())
        self.form.addRow(self.tr("&User:"), self.user_combo)
        self.form.addRow(self.tr("&Password:"), self.password_edit)
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # the name is usually right already
        self.resize(420, self.sizeHint().height())

    def accept(self) -> None:
        username = str(self.user_combo.currentData() or "")
        try:
            self.actor = users.log_in(username, self.password_edit.text())
        except SalonError as error:
            self.message.setText(describe(error))
            self.password_edit.selectAll()
            self.password_edit.setFocus()
            return
        QSettings().setValue(LAST_USER_KEY, username)
        super().accept()


class FirstOwnerDialog(_Dialog):
    """The first start of a shop: the owner chooses a name and a password (twice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create the owner's login — Salon CRM"))
        intro = QLabel(
            self.tr(
                "This login can do everything, including adding logins for the front desk and the stylists. "
                "Choose a password of at least {minimum} characters and keep it safe: nobody can read it back."
            ).format(minimum=users.MIN_PASSWORD),
            self,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.name_edit = QLineEdit(self)
        self.name_edit.setText("owner")
        self.password_edit = self._password_edit()
        self.again_edit = self._password_edit()
        self.form.addRow(self.tr("&Login name:"), self.name_edit)
        self.form.addRow(self.tr("&Password:"), self.password_edit)
        self.form.addRow(self.tr("Password &again:"), self.again_edit)
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        try:
            self.actor = users.create_first_owner(
                self.name_edit.text(), self.password_edit.text(), self.again_edit.text()
            )
        except SalonError as error:
            self.message.setText(describe(error))
            return
        QSettings().setValue(LAST_USER_KEY, self.actor.username)
        super().accept()


def ask_who_is_at_the_desk(parent: QWidget | None = None) -> Actor | None:
    """The login (or, in a shop without users, the owner's creation); None when cancelled."""
    dialog: _Dialog = LoginDialog(parent) if users.has_users() else FirstOwnerDialog(parent)
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
