"""Selling a package (次卡) from a customer's file: which plan, and how it is paid."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import packages
from salon_crm.core.enums import PackageEntryKind, PaymentMethod
from salon_crm.core.errors import ValidationError
from salon_crm.core.packages import EntryRow, PackageRow, PlanRow
from salon_crm.ui import session, tasks, vocabulary
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.form_dialog import FormDialog
from salon_crm.ui.widgets.seller_box import SellerBox


class SellPackageDialog(FormDialog):
    """The shop's active plans; the sale is paid at once, from the card or otherwise.

    Signals: those of ``FormDialog`` (``saved`` carries a ``PackageRow``).
    """

    def __init__(self, parent: QWidget | None, customer_id: int, name: str = "") -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self.plans: list[PlanRow] = []
        self.setWindowTitle(self.tr("Sell a package — {name}").format(name=name).rstrip(" —"))
        self.plan_combo = QComboBox(self)
        self.payment_combo = QComboBox(self)
        # core's list, not PaymentMethod: a package is never paid "by package", and sell_package
        # refuses any method outside SALE_METHODS
        for code in packages.SALE_METHODS:
            self.payment_combo.addItem(vocabulary.word(PaymentMethod, code), code)
        # who sold it earns the sale commission (售卡提成, PRODUCT.md §8)
        self.seller_combo = SellerBox(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.form.addRow(self.tr("&Package:"), self.plan_combo)
        self.form.addRow(self.tr("Paid &by:"), self.payment_combo)
        self.form.addRow(self.tr("&Sold by:"), self.seller_combo)
        self.form.addRow("", self.summary)
        self.plan_combo.currentIndexChanged.connect(self._changed)
        self.setMinimumWidth(440)
        # a retired plan is no longer sold: sell_package would refuse it (package_plan_retired)
        self.load(lambda: packages.list_plans(include_retired=False), self._fill)

    def _fill(self, plans: list[PlanRow]) -> None:
        self.plans = plans
        for plan in plans:
            self.plan_combo.addItem(f"{plan.name}  {formatting.money(plan.price)}", plan.id)
        self._changed()
        self.plan_combo.setFocus()

    def plan(self) -> PlanRow | None:
        """The chosen plan, or None while the plans load or when the shop has none active."""
        return next((plan for plan in self.plans if plan.id == self.plan_combo.currentData()), None)

    def _changed(self, *_args: object) -> None:
        plan = self.plan()
        if plan is None:
            self.summary.setText("")
        else:
            # the expiry counts from the day of sale (sell_package); 0 or no days means it never expires
            lasts = (
                self.tr("valid {days} days from today").format(days=plan.valid_days)
                if plan.valid_days
                else self.tr("never expires")
            )
            self.summary.setText(
                self.tr("{sessions} × {service} for {price} ({unit} a session), {lasts}.").format(
                    sessions=plan.sessions,
                    # a plan may cover several services, one session each
                    service=plan.service_names or plan.service_name,
                    price=formatting.money(plan.price),
                    unit=formatting.money(plan.unit_price),
                    lasts=lasts,
                )
            )
        self.revalidate()

    def check(self) -> None:
        if self.plan() is None:
            raise ValidationError("package_plan_required")

    def save_op(self) -> Callable[[], Any]:
        # read on the UI thread: the lambda runs on the worker, which must not touch a widget.
        # Paid by stored value, the core takes it through the ledger and refuses a short balance.
        customer_id, plan_id = self.customer_id, int(self.plan_combo.currentData())
        method, seller = str(self.payment_combo.currentData()), self.seller_combo.seller_id()
        return lambda: packages.sell_package(session.acting_user(), customer_id, plan_id, method, seller_id=seller)


class RefundPackageDialog(FormDialog):
    """The owner gives back a package's unused sessions at their unit value; the package ends.

    Signals: those of ``FormDialog`` (``saved`` carries the amount to pay back).
    """

    def __init__(self, parent: QWidget | None, customer_id: int, name: str = "") -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self.rows: list[PackageRow] = []
        self.setWindowTitle(self.tr("Refund a package — {name}").format(name=name).rstrip(" —"))
        self.package_combo = QComboBox(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.form.addRow(self.tr("&Package:"), self.package_combo)
        self.form.addRow("", self.summary)
        self.package_combo.currentIndexChanged.connect(self._changed)
        self.setMinimumWidth(440)
        self.load(lambda: packages.packages_of(customer_id), self._fill)

    def _fill(self, rows: list[PackageRow]) -> None:
        # only what has sessions left can be refunded: the core refuses the rest
        # (package_nothing_to_refund); an expired package with sessions left is still offered
        self.rows = [row for row in rows if row.sessions_left > 0]
        for row in self.rows:
            self.package_combo.addItem(
                self.tr("{service}: {left} of {total} left").format(
                    service=row.service_name, left=row.sessions_left, total=row.sessions_total
                ),
                row.id,
            )
        self._changed()

    def package(self) -> PackageRow | None:
        return next((row for row in self.rows if row.id == self.package_combo.currentData()), None)

    def _changed(self, *_args: object) -> None:
        row = self.package()
        if row is not None:
            # core's refund_value, the function refund_package pays by: the amount shown is the
            # amount paid back, to the cent (price x left / total, PRODUCT.md §3)
            self.summary.setText(
                self.tr("{left} unused sessions of {service}: pay back {amount}. The package then ends.").format(
                    left=row.sessions_left,
                    service=row.service_name,
                    amount=formatting.money(packages.refund_value(row)),
                )
            )
        self.revalidate()

    def check(self) -> None:
        if self.package() is None:
            # no package chosen, so no name to put in the sentence
            raise ValidationError("package_nothing_to_refund", name="")

    def save_op(self) -> Callable[[], Any]:
        package_id = int(self.package_combo.currentData())
        return lambda: packages.refund_package(session.acting_user(), package_id)


class PackageHistoryDialog(QDialog):
    """Every package the customer holds or held, each opening to its ledger: sale, uses, returns, refund,
    with the sessions before and after each (``packages.package_entries``)."""

    def __init__(self, parent: QWidget | None, customer_id: int, name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Packages — {name}").format(name=name).rstrip(" —"))
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [self.tr("Package / when"), self.tr("What"), self.tr("Sessions"), self.tr("Amount"), self.tr("By")]
        )
        self.tree.setColumnWidth(0, 220)
        self.tree.setColumnWidth(1, 240)
        self.empty = QLabel(self.tr("No packages sold to this customer yet."), self)
        self.empty.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(800, 420)
        # one ledger query per package: kept off the UI thread for a long-standing customer
        tasks.run_in_background(self, lambda: _packages_with_entries(customer_id), self._show)

    def kind_words(self) -> dict[str, str]:
        return {
            PackageEntryKind.SALE.value: self.tr("sold"),
            PackageEntryKind.USE.value: self.tr("used on a bill"),
            PackageEntryKind.RETURN.value: self.tr("given back (bill changed)"),
            PackageEntryKind.REFUND.value: self.tr("refunded"),
        }

    def _show(self, held: list[tuple[PackageRow, list[EntryRow]]]) -> None:
        self.tree.clear()
        self.empty.setVisible(not held)
        words = self.kind_words()
        for package, entries in held:
            top = QTreeWidgetItem(
                self.tree,
                [
                    package.service_name,
                    "  ".join(
                        part
                        for part in (
                            self.tr("{left} of {total} left").format(
                                left=package.sessions_left, total=package.sessions_total
                            ),
                            self.tr("until {day}").format(day=formatting.day(package.expires_on))
                            if package.expires_on
                            else "",
                        )
                        if part
                    ),
                    "",
                    formatting.money(package.price_paid),
                    "",
                ],
            )
            for entry in entries:
                row = QTreeWidgetItem(
                    top,
                    [
                        formatting.date_time(entry.at),
                        words.get(entry.kind, entry.kind),
                        f"{entry.sessions_before} → {entry.sessions_after}",
                        formatting.money(entry.amount) if entry.amount else "",
                        entry.actor,
                    ],
                )
                row.setTextAlignment(2, Qt.AlignmentFlag.AlignCenter)
            # packages still in use open; used-up or refunded ones stay folded out of the way
            top.setExpanded(package.sessions_left > 0)


def _packages_with_entries(customer_id: int) -> list[tuple[PackageRow, list[EntryRow]]]:
    return [(row, packages.package_entries(row.id)) for row in packages.packages_of(customer_id)]
