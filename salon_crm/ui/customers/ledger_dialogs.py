"""Small forms of the customer file: top up or refund the card, redeem points, void a bill, log a care call."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from salon_crm.core import care, loyalty, service_records
from salon_crm.core.enums import CareKind
from salon_crm.core.errors import ValidationError
from salon_crm.core.money import to_money
from salon_crm.ui import session, vocabulary
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.form_dialog import FormDialog
from salon_crm.ui.widgets.seller_box import SellerBox

# the spin box's ceiling only; the real limit is the customer's points, checked below and again in core
MAX_POINTS = 10_000_000


class TopUpDialog(FormDialog):
    """Money onto the stored-value card (储值), with the shop's bonus (赠送金).

    Signals: those of ``FormDialog`` (``saved`` carries a ``LedgerRow``).
    """

    def __init__(self, parent: QWidget | None, customer_id: int, name: str = "") -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self.setWindowTitle(self.tr("Top up stored value — {name}").format(name=name).rstrip(" —"))
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setPlaceholderText(self.tr("for example 1000"))
        self.bonus_edit = QLineEdit(self)
        self.bonus_edit.setPlaceholderText(self.tr("for example 200 (pay 1,000, get 200)"))
        self.note_edit = QLineEdit(self)
        self.seller_combo = SellerBox(self)  # credited the shop's sale commission
        self.form.addRow(self.tr("&Paid (¥):"), self.amount_edit)
        self.form.addRow(self.tr("&Bonus (¥):"), self.bonus_edit)
        self.form.addRow(self.tr("&Sold by:"), self.seller_combo)
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        for edit in (self.amount_edit, self.bonus_edit):
            edit.textChanged.connect(self.revalidate)
        # the shop's bonus rule (Settings → Rules) fills the bonus until the desk types one
        self.bonus_tiers = loyalty.top_up_bonus_tiers()
        self._bonus_by_hand = False
        self.bonus_edit.textEdited.connect(self._bonus_typed)
        self.amount_edit.textChanged.connect(self._offer_bonus)
        self.setMinimumWidth(380)
        self.revalidate()

    def _bonus_typed(self, _text: str) -> None:
        # textEdited, not textChanged: only the desk's own typing counts, not the bonus filled in
        # by _offer_bonus, so the rule stops overwriting once the desk has had a say
        self._bonus_by_hand = True

    def _offer_bonus(self, text: str) -> None:
        if self._bonus_by_hand or not self.bonus_tiers:
            return
        try:
            bonus = loyalty.bonus_for(text, self.bonus_tiers) if text.strip() else Decimal(0)
        except ValidationError:
            return  # the message line says what is wrong with the amount
        # blank rather than 0.00 below the first tier: the field then reads as "no bonus"
        self.bonus_edit.setText(f"{bonus:.2f}" if bonus else "")

    def check(self) -> None:
        # the same rules as loyalty.top_up; the limit above which only the owner may top up
        # (TOP_UP_OVER_LIMIT) is checked by loyalty.top_up alone
        if not self.amount_edit.text().strip():
            raise ValidationError("amount_not_positive", field="amount", value="")
        amount = to_money(self.amount_edit.text(), field="amount")
        if amount <= 0:
            raise ValidationError("amount_not_positive", field="amount", value=str(amount))
        bonus = self.bonus_edit.text().strip()
        if bonus and to_money(bonus, field="bonus") < 0:
            raise ValidationError("amount_not_positive", field="bonus", value=bonus)

    def save_op(self) -> Callable[[], Any]:
        customer_id, note = self.customer_id, self.note_edit.text()
        amount, bonus = self.amount_edit.text(), self.bonus_edit.text().strip() or "0"
        seller = self.seller_combo.seller_id()
        return lambda: loyalty.top_up(
            session.acting_user(), customer_id, amount, bonus=bonus, note=note, seller_id=seller
        )


class RefundDialog(FormDialog):
    """Give back unspent principal (退卡); refunding all of it closes the card and the bonus lapses.

    Signals: those of ``FormDialog`` (``saved`` carries a ``LedgerRow``).
    """

    def __init__(self, parent: QWidget | None, customer_id: int, balance: loyalty.Balance) -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self.balance = balance
        self.setWindowTitle(self.tr("Refund the stored-value card"))
        self.available = QLabel(
            self.tr("Unspent principal {principal}; bonus {bonus} lapses if all the principal is refunded.").format(
                principal=formatting.money(balance.principal), bonus=formatting.money(balance.bonus)
            ),
            self,
        )
        self.available.setWordWrap(True)
        # all the principal by default, the usual 退卡; the bonus is never refunded (PRODUCT.md §3)
        self.amount_edit = QLineEdit(f"{balance.principal:.2f}", self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Why, and how the money was paid back"))
        self.form.addRow("", self.available)
        self.form.addRow(self.tr("&Refund (¥):"), self.amount_edit)
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.amount_edit.textChanged.connect(self.revalidate)
        self.setMinimumWidth(420)
        self.revalidate()

    def check(self) -> None:
        # against the balance shown when the form opened; refund_stored_value checks again in its
        # transaction, so a spend made meanwhile cannot take the card below zero
        amount = to_money(self.amount_edit.text() or "0", field="amount")
        if amount <= 0 or amount > self.balance.principal:
            raise ValidationError("refund_exceeds_principal", principal=str(self.balance.principal), amount=str(amount))

    def save_op(self) -> Callable[[], Any]:
        actor, customer_id = session.acting_user(), self.customer_id
        amount, note = self.amount_edit.text(), self.note_edit.text()
        return lambda: loyalty.refund_stored_value(actor, customer_id, amount, note=note)


class RedeemPointsDialog(FormDialog):
    """Points (积分) taken off for a gift or a discount; never more than the customer has."""

    def __init__(self, parent: QWidget | None, customer_id: int, points: int) -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self.points = points
        self.setWindowTitle(self.tr("Redeem points"))
        self.available = QLabel(self.tr("Points now: {points}").format(points=formatting.whole_number(points)), self)
        self.points_spin = QSpinBox(self)
        self.points_spin.setRange(0, MAX_POINTS)
        self.points_spin.setGroupSeparatorShown(True)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("What the points paid for"))
        self.form.addRow("", self.available)
        self.form.addRow(self.tr("&Points:"), self.points_spin)
        self.form.addRow(self.tr("&For:"), self.note_edit)
        self.points_spin.valueChanged.connect(self.revalidate)
        self.setMinimumWidth(360)
        self.revalidate()

    def check(self) -> None:
        wanted = self.points_spin.value()
        if wanted <= 0:
            raise ValidationError("points_not_positive", value=str(wanted))
        # an early word for the desk: loyalty's ledger refuses it anyway, so points never go negative
        if wanted > self.points:
            raise ValidationError("points_insufficient", points=self.points, wanted=wanted)

    def save_op(self) -> Callable[[], Any]:
        customer_id, points, note = self.customer_id, self.points_spin.value(), self.note_edit.text()
        return lambda: loyalty.redeem_points(session.acting_user(), customer_id, points, note=note)


class VoidRecordDialog(FormDialog):
    """Void a bill: it stays in the history, its payment and points are reversed."""

    def __init__(self, parent: QWidget | None, record_id: int, summary: str = "") -> None:
        super().__init__(parent)
        self.record_id = record_id
        self.setWindowTitle(self.tr("Void service record"))
        explanation = QLabel(
            self.tr("The record stays in the history, marked void; its stored-value payment and points are returned."),
            self,
        )
        explanation.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        # 200: what void_service_record keeps of the reason
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("for example entered twice, wrong customer"))
        self.form.addRow("", explanation)
        if summary:
            self.form.addRow(self.tr("Record:"), QLabel(summary, self))
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.reason_edit.textChanged.connect(self.revalidate)
        self.setMinimumWidth(420)
        self.revalidate()

    def check(self) -> None:
        # a void must say why (the core refuses a blank reason): the bill stays in the history with it
        if not self.reason_edit.text().strip():
            raise ValidationError("void_needs_reason")

    def save_op(self) -> Callable[[], Any]:
        record_id, reason = self.record_id, self.reason_edit.text()
        return lambda: service_records.void_service_record(session.acting_user(), record_id, reason)


class CareContactDialog(FormDialog):
    """A care call or message made (回访, birthday greeting, win-back): its kind and what was said."""

    def __init__(
        self,
        parent: QWidget | None,
        customer_id: int,
        kind: str = CareKind.FOLLOW_UP.value,
        service_record_id: int | None = None,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self.service_record_id = service_record_id
        self.setWindowTitle(self.tr("Care contact — {name}").format(name=name).rstrip(" —"))
        self.kind_combo = QComboBox(self)
        for code, word in vocabulary.choices(CareKind):
            self.kind_combo.addItem(word, code)
        # preset by the opener (a care list passes its own kind); the desk may pick another
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setPlaceholderText(self.tr("What the customer said"))
        self.note_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.note_edit.textChanged.connect(self.revalidate)
        self.setMinimumWidth(420)
        self.revalidate()

    def check(self) -> None:
        # a blank note is allowed, as record_contact allows it: a greeting sent may have nothing to add
        if len(self.note_edit.toPlainText().strip()) > care.NOTE_MAX:
            raise ValidationError("care_note_too_long", max=care.NOTE_MAX)

    def save_op(self) -> Callable[[], Any]:
        customer_id, kind = self.customer_id, str(self.kind_combo.currentData())
        note, record_id = self.note_edit.toPlainText(), self.service_record_id
        return lambda: care.record_contact(
            session.acting_user(), customer_id, kind, note=note, service_record_id=record_id
        )
