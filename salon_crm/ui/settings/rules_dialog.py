"""Settings → Rules (owner): how the card is spent, top-up limit and bonus, care calls, the lock, RFM.

Every value is checked by ``core.shop_rules`` as typed and again on saving;
each changed rule is an audited shop setting.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from salon_crm.core import loyalty, shop_rules
from salon_crm.core.enums import ServiceCategory
from salon_crm.core.shop_rules import ShopRules
from salon_crm.ui import session, vocabulary
from salon_crm.ui.widgets.form_dialog import FormDialog


class RulesDialog(FormDialog):
    """The shop's rules in one form, each with its default until the owner changes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shop rules"))
        self.spend_combo = QComboBox(self)
        self.spend_combo.addItem(self.tr("Principal first, then the bonus"), loyalty.PRINCIPAL_FIRST)
        self.spend_combo.addItem(self.tr("Bonus first, then the principal"), loyalty.BONUS_FIRST)
        self.limit_edit = QLineEdit(self)
        self.limit_edit.setToolTip(self.tr("A larger top-up needs the owner's login"))
        self.bonus_edit = QLineEdit(self)
        self.bonus_edit.setPlaceholderText(self.tr("pay : bonus, for example 1000:200, 3000:800"))
        self.follow_up_spin = QSpinBox(self)
        self.follow_up_spin.setRange(0, shop_rules.FOLLOW_UP_DAYS_MAX)
        self.follow_up_spin.setSuffix(self.tr(" days after the visit"))
        self.idle_spin = QSpinBox(self)
        self.idle_spin.setRange(0, shop_rules.IDLE_MINUTES_MAX)
        self.idle_spin.setSpecialValueText(self.tr("never"))
        self.idle_spin.setSuffix(self.tr(" minutes without use"))
        self.window_spin = QSpinBox(self)
        self.window_spin.setRange(*shop_rules.WINDOW_DAYS)
        self.window_spin.setSuffix(self.tr(" days"))
        self.share_spins = []
        shares = QWidget(self)
        row = QHBoxLayout(shares)
        row.setContentsMargins(0, 0, 0, 0)
        for grade in "ABC":
            spin = QSpinBox(shares)
            spin.setRange(1, 99)
            spin.setPrefix(self.tr("{grade} up to ").format(grade=grade))
            spin.setSuffix("%")
            row.addWidget(spin)
            self.share_spins.append(spin)
        self.form.addRow(self.tr("Card payments &use:"), self.spend_combo)
        self.form.addRow(self.tr("Front desk top-up &limit (¥):"), self.limit_edit)
        self.form.addRow(self.tr("Top-up &bonus:"), self.bonus_edit)
        self.points_edit = QLineEdit(self)
        self.points_edit.setToolTip(self.tr("A membership level's own rate comes first"))
        self.category_spins = self._category_spins()
        self.own_days_edit = QLineEdit(self)
        self.own_days_edit.setPlaceholderText(self.tr("name and month-day, for example Anniversary 05-18"))
        self.own_days_edit.setToolTip(self.tr("Greeted like the festivals, two weeks before"))
        self.form.addRow(self.tr("Points per yuan wit&hout a level:"), self.points_edit)
        self.form.addRow(self.tr("&Follow-up call:"), self.follow_up_spin)
        self.form.addRow(self.tr("…or by ca&tegory:"), self.category_spins)
        self.form.addRow(self.tr("The shop's &own days:"), self.own_days_edit)
        self.form.addRow(self.tr("Lock the &window after:"), self.idle_spin)
        self.form.addRow(self.tr("RFM &counts the last:"), self.window_spin)
        self.form.addRow(self.tr("&Grades by spend share:"), shares)
        for edit in (self.limit_edit, self.bonus_edit, self.points_edit, self.own_days_edit):
            edit.textChanged.connect(self.revalidate)
        for spin in self.share_spins:
            spin.valueChanged.connect(self.revalidate)
        self.setMinimumWidth(760)
        self.load(shop_rules.current_rules, self._fill)

    def _category_spins(self) -> QWidget:
        """One box per service category: 0 takes the shop's follow-up days, else the category's own."""
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.by_category: dict[str, QSpinBox] = {}
        for index, (code, word) in enumerate(vocabulary.choices(ServiceCategory)):
            spin = QSpinBox(box)
            spin.setRange(0, shop_rules.FOLLOW_UP_DAYS_MAX)
            spin.setSpecialValueText(self.tr("as above"))
            spin.setSuffix(self.tr(" days"))
            spin.setMinimumWidth(spin.sizeHint().width())  # "as above" whole, in either language
            label = QLabel(word, box)
            label.setBuddy(spin)
            grid.addWidget(label, index // 3, (index % 3) * 2)  # three a row: fits 1366 px in English
            grid.addWidget(spin, index // 3, (index % 3) * 2 + 1)
            self.by_category[code] = spin
        return box

    def rules(self) -> ShopRules:
        """The rules as typed; ``ValidationError`` when the bonus cannot be read."""
        return ShopRules(
            spend_order=str(self.spend_combo.currentData()),
            top_up_limit=self.limit_edit.text().strip() or "0",  # type: ignore[arg-type]
            top_up_bonus=shop_rules.parse_bonus_tiers(self.bonus_edit.text()),
            follow_up_days=self.follow_up_spin.value(),
            idle_minutes=self.idle_spin.value(),
            rfm_window_days=self.window_spin.value(),
            grade_shares=tuple(spin.value() for spin in self.share_spins),  # type: ignore[arg-type]
            base_points_per_yuan=self.points_edit.text().strip() or "0",
            follow_up_by_category=tuple(
                (code, spin.value()) for code, spin in self.by_category.items() if spin.value()
            ),
            own_days=shop_rules.parse_own_days(self.own_days_edit.text()),
        )

    def check(self) -> None:
        shop_rules.check_rules(self.rules())

    def save_op(self) -> Callable[[], Any]:
        rules = self.rules()
        return lambda: shop_rules.save_rules(session.acting_user(), rules)

    def _fill(self, rules: ShopRules) -> None:
        self.spend_combo.setCurrentIndex(max(0, self.spend_combo.findData(rules.spend_order)))
        self.limit_edit.setText(f"{rules.top_up_limit:.2f}")
        self.bonus_edit.setText(shop_rules.bonus_tiers_text(rules.top_up_bonus))
        self.follow_up_spin.setValue(rules.follow_up_days)
        self.idle_spin.setValue(rules.idle_minutes)
        self.window_spin.setValue(rules.rfm_window_days)
        for spin, share in zip(self.share_spins, rules.grade_shares, strict=True):
            spin.setValue(share)
        self.points_edit.setText(f"{Decimal(rules.base_points_per_yuan).normalize():f}")
        for code, days in rules.follow_up_by_category:
            if code in self.by_category:
                self.by_category[code].setValue(days)
        self.own_days_edit.setText(shop_rules.own_days_text(rules.own_days))
        self.spend_combo.setFocus()
