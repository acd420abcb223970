"""Settings → Automatic tags (owner): the thresholds of the tags the shop computes from its records.

``core.tags`` checks the values as typed and again on saving (an audited setting);
after a save every customer's automatic tags are worked out again, in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from salon_crm.core import tags
from salon_crm.core.enums import AutoTag
from salon_crm.core.tags import TagRules
from salon_crm.ui import session, vocabulary
from salon_crm.ui.widgets.form_dialog import FormDialog


class TagRulesDialog(FormDialog):
    """One row per rule, named by the tag it sets, each with the shop's default until changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Automatic tags"))
        intro = QLabel(
            self.tr(
                "The shop sets these tags from each customer's bills; they cannot be set by hand. "
                "Saving works them out again for every customer."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.spend_edit = QLineEdit(self)
        self.spend_edit.setToolTip(self.tr("Spent in the last 365 days, in yuan"))
        self.spend_edit.textChanged.connect(self.revalidate)
        self.regular_spin = self._spin("regular_visits", self.tr(" visits in 180 days"))
        self.absent_spin = self._spin("absent_days", self.tr(" days without a visit"))
        self.new_spin = self._spin("new_days", self.tr(" days since the first visit"))
        self.category_spin = self._spin("category_days", self.tr(" days of such a service"))
        self._row(AutoTag.HIGH_SPENDER, self.tr("spent at least (¥):"), self.spend_edit)
        self._row(AutoTag.REGULAR, self.tr("at least:"), self.regular_spin)
        self._row(AutoTag.ABSENT, self.tr("after:"), self.absent_spin)
        self._row(AutoTag.NEW_CUSTOMER, self.tr("for:"), self.new_spin)
        colour, perm, skin = (vocabulary.word(AutoTag, code) for code in (AutoTag.COLOUR, AutoTag.PERM, AutoTag.SKIN))
        label = QLabel(self.tr("{colour}, {perm}, {skin} — within:").format(
            colour=colour, perm=perm, skin=skin
        ), self)  # fmt: skip
        label.setBuddy(self.category_spin)
        self.form.addRow(label, self.category_spin)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setMinimumWidth(680)
        self.load(tags.tag_rules, self._fill)

    def _spin(self, name: str, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(*tags.TAG_RULE_RANGES[name])
        spin.setSuffix(suffix)
        spin.setAccelerated(True)
        spin.setMinimumWidth(spin.sizeHint().width())  # the suffix whole, in either language
        return spin

    def _row(self, code: AutoTag, condition: str, field: QWidget) -> None:
        # the tag's own word (in the UI's language) leads each row: the owner thinks of the tag, not the rule
        label = QLabel(f"{vocabulary.word(AutoTag, code)} — {condition}", self)
        label.setBuddy(field)
        self.form.addRow(label, field)

    def rules(self) -> TagRules:
        return TagRules(
            high_spend=self.spend_edit.text().strip() or "0",  # type: ignore[arg-type]
            regular_visits=self.regular_spin.value(),
            absent_days=self.absent_spin.value(),
            new_days=self.new_spin.value(),
            category_days=self.category_spin.value(),
        )

    def check(self) -> None:
        tags.check_tag_rules(self.rules())

    def save_op(self) -> Callable[[], Any]:
        rules = self.rules()
        actor = session.acting_user()

        def save() -> TagRules:
            saved = tags.save_tag_rules(actor, rules)
            tags.refresh_auto_tags()  # on the worker thread: the window stays free meanwhile
            return saved

        return save

    def _fill(self, rules: TagRules) -> None:
        self.spend_edit.setText(f"{rules.high_spend:.2f}")
        self.regular_spin.setValue(rules.regular_visits)
        self.absent_spin.setValue(rules.absent_days)
        self.new_spin.setValue(rules.new_days)
        self.category_spin.setValue(rules.category_days)
        self.spend_edit.setFocus()
