"""A layout's widgets, read and cleared without asking the layout for its items.

PySide keeps a Python wrapper of a ``QLayoutItem`` (from ``itemAt``/``takeAt``) that Qt
can delete behind its back: re-adding a widget to its grid, or clearing a layout,
frees the C++ item while the wrapper lives on. A new object later allocated at the same
address is then handed out as that stale wrapper — a suite run at 2028-02-29 23:55 failed
with "'QWidgetItem' object has no attribute 'hide'" on a brand-new table header. Here
the layout is only asked ``indexOf(widget)``: no item ever reaches Python.

PySide also wraps (and keeps) the items of a layout handed to ``addLayout`` while it
holds widgets (checked: two labels in a grid, two ``QWidgetItem`` wrappers after
``addLayout``). A layout whose widgets are later moved or removed belongs in a widget of
its own (``QGridLayout(container)`` + ``addWidget(container)``), as the customer file's
facts are.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget


def widgets_in(layout: QLayout) -> list[QWidget]:
    """The widgets placed directly in ``layout`` (nested layouts' too), in the layout's order."""
    owner = layout.parentWidget()
    if owner is None:
        return []
    placed = [(layout.indexOf(widget), widget) for widget in owner.findChildren(QWidget)]
    return [widget for index, widget in sorted(placed, key=lambda pair: pair[0]) if index >= 0]


def clear(layout: QLayout) -> None:
    """Take every widget out of ``layout`` and delete it (later, on the event loop)."""
    for widget in widgets_in(layout):
        layout.removeWidget(widget)
        widget.deleteLater()
