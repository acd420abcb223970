"""Every keyboard shortcut, in one table: the main window and the forms register theirs from here,
and Help → Keyboard shortcuts lists the same rows, so the list cannot drift from the keys."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from salon_crm.ui.translate import QT_TRANSLATE_NOOP

WINDOW = QT_TRANSLATE_NOOP("Shortcuts", "Anywhere in the window")
FORMS = QT_TRANSLATE_NOOP("Shortcuts", "In every form")
BOOKING = QT_TRANSLATE_NOOP("Shortcuts", "In the booking form")
LISTS = QT_TRANSLATE_NOOP("Shortcuts", "In lists and a customer's history")


@dataclass(frozen=True)
class Shortcut:
    """``keys`` as ``QKeySequence`` reads them when ``bound`` (registered on a widget), else words of keys."""

    keys: str
    what: str
    section: str
    bound: bool = True

    def sequence(self) -> QKeySequence:
        return QKeySequence(self.keys)

    def shown_keys(self) -> str:
        """The keys as this system writes them (Ctrl+B; ⌘B on a Mac)."""
        if self.bound:
            return self.sequence().toString(QKeySequence.SequenceFormat.NativeText)
        return QCoreApplication.translate("Shortcuts", self.keys)

    def shown_what(self) -> str:
        return QCoreApplication.translate("Shortcuts", self.what)


FIND = Shortcut("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Find a customer: Enter opens the first match"), WINDOW)
NEW_CUSTOMER = Shortcut("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New customer"), WINDOW)
NEW_BOOKING = Shortcut("Ctrl+B", QT_TRANSLATE_NOOP("Shortcuts", "New booking, from any tab"), WINDOW)
REFRESH = Shortcut("F5", QT_TRANSLATE_NOOP("Shortcuts", "Read every list again"), WINDOW)
TABS = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+1 … Ctrl+4"),
    QT_TRANSLATE_NOOP("Shortcuts", "Customers, Appointments, Complaints, Satisfaction tab"),
    WINDOW,
    bound=False,
)
SWITCH_USER = Shortcut("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Switch user"), WINDOW)
HELP = Shortcut("F1", QT_TRANSLATE_NOOP("Shortcuts", "This list of shortcuts"), WINDOW)
SAVE = Shortcut("Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Save the form (as OK does)"), FORMS)
ENTER = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Enter"),
    QT_TRANSLATE_NOOP("Shortcuts", "Save, once OK is ready"),
    FORMS,
    bound=False,
)
ESCAPE = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Esc"), QT_TRANSLATE_NOOP("Shortcuts", "Close without saving"), FORMS, bound=False
)
ALT = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Alt + underlined letter"),
    QT_TRANSLATE_NOOP("Shortcuts", "Go to that field or press that button"),
    FORMS,
    bound=False,
)
SERVICES = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "jf  Enter"),
    QT_TRANSLATE_NOOP(
        "Shortcuts", "Services box: type a name or its pinyin initials, Enter ticks the first shown (usual ones first)"
    ),
    BOOKING,
    bound=False,
)
WHEN = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "15 · 1530 · +15 · +2 9:30"),
    QT_TRANSLATE_NOOP("Shortcuts", "When box: 15:00, 15:30, tomorrow 15:00, in two days 9:30"),
    BOOKING,
    bound=False,
)
OPEN_ROW = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Enter"),
    QT_TRANSLATE_NOOP("Shortcuts", "Open the chosen customer, booking or ticket"),
    LISTS,
    bound=False,
)
VISIT_ROWS = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "→ or Space  /  ←"),
    QT_TRANSLATE_NOOP("Shortcuts", "A customer's history: open / close a visit's own rows"),
    LISTS,
    bound=False,
)

ALL = (
    FIND, NEW_CUSTOMER, NEW_BOOKING, REFRESH, TABS, SWITCH_USER, HELP,
    SAVE, ENTER, ESCAPE, ALT, SERVICES, WHEN, OPEN_ROW, VISIT_ROWS,
)  # fmt: skip
