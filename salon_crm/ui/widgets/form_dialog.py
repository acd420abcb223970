"""The base of every edit dialog: validate as the user types, save in the background."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core.errors import ValidationError
from salon_crm.ui import shortcuts, tasks
from salon_crm.ui.errors import describe, describe_any
from salon_crm.ui.widgets import layouts

ERROR_STYLE = "color: #c0392b;"
# what a fresh form still needs, before the user has typed anything: a hint, not an error
HINT_STYLE = "color: #6b6b6b;"


class _FirstTouch(QObject):
    """Watches the form's fields for the user's first key or click, after which problems show in red."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the form is the Qt parent, not a Python attribute: no reference cycle for the collector to free
        form = self.parent()
        pressed = event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress)
        if pressed and isinstance(form, FormDialog) and not form.touched:
            form.touched = True
            form.revalidate()
        return False


class _Saves(QObject):
    """Tells whoever listens (the main window's counts) that some form saved something."""

    saved = Signal()


_saves: _Saves | None = None


def any_form_saved() -> _Saves:
    """The one object whose ``saved`` fires after every form's successful save."""
    global _saves  # noqa: PLW0603 - one for the application, made on first use on the UI thread
    if _saves is None:
        _saves = _Saves()
    return _saves


class FormDialog(QDialog):
    """A form over OK / Cancel. OK stays disabled, with the reason in red, while
    the input is invalid; a refusal from the core on save is shown the same way.

    Signals:
        saved(object): the record the core returned after a successful save.
    """

    saved = Signal(object)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Held from the start: looking a C++-made button up again later has once (1 run in 6 of the
        # any-hour suite) handed back a stale wrapper of another type that had used the same address.
        self._ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Ctrl+S saves from any field, as OK does (a multi-line note keeps Enter for new lines)
        save = QShortcut(shortcuts.SAVE.sequence(), self)
        save.activated.connect(self.accept)
        self._busy = False
        self.touched = False  # the user has typed or clicked in a field: problems are errors now
        self._first_touch = _FirstTouch(self)  # a child: Qt deletes it with the form
        self._tab_order_fixed = False
        self._focus_before_busy: QWidget | None = None

    @property
    def ok_button(self) -> QPushButton:
        return self._ok

    # --- for subclasses ---------------------------------------------------------

    def check(self) -> None:
        """Raise ``ValidationError`` for the first thing wrong with the input."""

    def save_op(self) -> Callable[[], Any]:
        """The core call that saves the input; runs on the worker thread."""
        raise NotImplementedError

    # --- behaviour --------------------------------------------------------------

    def problem(self) -> str:
        """Why the input cannot be saved, in a sentence; empty when it can."""
        try:
            self.check()
        except ValidationError as error:
            return describe(error)
        return ""

    def revalidate(self) -> None:
        """Connect every field's change signal here."""
        problem = self.problem()
        self.show_message(problem, error=self.touched)
        self.ok_button.setEnabled(not problem and not self._busy)

    def show_message(self, text: str, *, error: bool = True) -> None:
        """``text`` under the fields: red for an error, grey for what a fresh form still needs."""
        self.message.setStyleSheet(ERROR_STYLE if error else HINT_STYLE)
        self.message.setText(text)

    def set_busy(self, busy: bool) -> None:
        """While loading or saving, the fields and OK wait.

        Disabling the field that has the focus hands it to the next enabled widget:
        Cancel. Left there, the next Enter would cancel the form and throw away what
        was typed, so the focus goes back to a field when the wait is over.
        """
        focused = QApplication.focusWidget()
        if busy and focused is not None and self.isAncestorOf(focused) and not isinstance(focused, QPushButton):
            self._focus_before_busy = focused
        self._busy = busy
        for widget in layouts.widgets_in(self.form):
            widget.setEnabled(not busy)
        self.revalidate()
        if not busy:
            self._focus_a_field()

    def _focus_a_field(self) -> None:
        """The field that had the focus before the wait, else the form's first one that takes it."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused) and not isinstance(focused, QPushButton):
            return  # the user is already in a field
        before = self._focus_before_busy
        if before is not None and before.isEnabled() and before.isVisible():
            before.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        for widget in layouts.widgets_in(self.form):
            if not widget.isEnabled() or not widget.isVisible():
                continue
            target = widget if widget.focusPolicy() & Qt.FocusPolicy.TabFocus else widget.focusProxy()
            if target is None:
                # a composite field (a picker, a row of stars): its first child that takes the focus
                target = next(
                    (child for child in widget.findChildren(QWidget) if child.focusPolicy() & Qt.FocusPolicy.TabFocus),
                    None,
                )
            if target is not None and not isinstance(target, QLabel):
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def showEvent(self, event: QShowEvent) -> None:
        if not self._tab_order_fixed:
            self._tab_order_fixed = True
            self._buttons_last_in_tab_order()
            for child in self.findChildren(QWidget):  # built by now: the subclass made its fields
                if child.focusPolicy() != Qt.FocusPolicy.NoFocus and not isinstance(child, QPushButton):
                    child.installEventFilter(self._first_touch)
        super().showEvent(event)

    def _buttons_last_in_tab_order(self) -> None:
        """The buttons were made before the subclass's fields: move them after those."""
        cancel = self._cancel
        last: QWidget = cancel
        widget = cancel.nextInFocusChain()
        while widget is not cancel and widget is not self.ok_button:
            if not isinstance(widget, QWidget):
                return  # a wrapper of another type (see __init__): keep Qt's own order rather than fail
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and self.isAncestorOf(widget):
                last = widget
            widget = widget.nextInFocusChain()
        QWidget.setTabOrder(last, self.ok_button)
        QWidget.setTabOrder(self.ok_button, cancel)

    def accept(self) -> None:
        if self._busy or self.problem():
            self.touched = True  # Enter on an unfinished form: say in red what is missing
            self.revalidate()
            return
        self.set_busy(True)
        tasks.run_in_background(self, self.save_op(), self._saved, self._failed)

    def _saved(self, record: object) -> None:
        self._busy = False
        self.saved.emit(record)
        any_form_saved().saved.emit()
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False)  # the user may fix the input, or try again
        self.show_message(describe_any(error))

    def load(self, op: Callable[[], Any], fill: Callable[[Any], None]) -> None:
        """Read the record to edit in the background, then ``fill`` the fields."""
        self.set_busy(True)
        tasks.run_in_background(self, op, lambda record: self._loaded(fill, record), self._load_failed)

    def _loaded(self, fill: Callable[[Any], None], record: object) -> None:
        fill(record)
        self.set_busy(False)

    def _load_failed(self, error: BaseException) -> None:
        self.set_busy(False)
        self.show_message(describe_any(error))
        self.ok_button.setEnabled(False)  # nothing to save over
