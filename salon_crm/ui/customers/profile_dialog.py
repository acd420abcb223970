"""The customer profile form (客户档案): every field of PRODUCT.md section 1.

The input is checked as it is typed with the core's own rules (phones normalised,
birthdays with or without the year). Saving a likely duplicate shows who it
matches, with a jump to that customer and a "Save anyway" choice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import clock, profiles, staff
from salon_crm.core.birthdays import EARLIEST_YEAR
from salon_crm.core.enums import Gender, SourceChannel
from salon_crm.core.errors import ConflictError, ValidationError
from salon_crm.core.permissions import Action
from salon_crm.core.profiles import CustomerInput, CustomerProfile, DuplicateMatch, LevelChoice
from salon_crm.core.rows import StaffMember
from salon_crm.ui import session, tasks, vocabulary
from salon_crm.ui.errors import describe_any
from salon_crm.ui.widgets import formatting, layouts, qdates
from salon_crm.ui.widgets.customer_picker import CustomerPicker
from salon_crm.ui.widgets.form_dialog import FormDialog

NO_YEAR = EARLIEST_YEAR - 1  # the year box's "not given"
HINT_STYLE = "color: #666;"
# A soft orange panel, not the red of errors: a likely duplicate is a question, not a refusal.
DUPLICATE_STYLE = "QFrame#duplicates { background: #fdf2e9; border: 1px solid #e59866; border-radius: 4px; }"


@dataclass(frozen=True)
class ProfileChoices:
    """What the form offers, and the profile being edited."""

    profile: CustomerProfile | None
    staff: tuple[StaffMember, ...]
    levels: tuple[LevelChoice, ...]


def load_choices(customer_id: int | None) -> ProfileChoices:
    """Runs on the worker thread."""
    profile = profiles.get_customer(customer_id) if customer_id is not None else None
    keep = profile.preferred_stylist_id if profile is not None else None
    # A stylist who has left is still offered when this customer prefers them, or editing the
    # file would silently drop the preference.
    people = tuple(member for member in staff.list_staff() if member.active or member.id == keep)
    return ProfileChoices(profile, people, tuple(profiles.list_levels()))


class CustomerDialog(FormDialog):
    """Create or edit a customer file.

    Signals:
        saved(object): the ``CustomerProfile`` saved (from ``FormDialog``).
        openCustomer(int): the user chose to open an existing customer instead.
    """

    openCustomer = Signal(int)

    def __init__(self, parent: QWidget | None, customer_id: int | None = None) -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self.setWindowTitle(self.tr("New customer") if customer_id is None else self.tr("Edit customer file"))
        self.matches: list[DuplicateMatch] = []
        self._build_basics()
        self._build_beauty()
        self._build_duplicates()
        for edit in (self.name_edit, self.phone_edit, self.wechat_edit, self.email_edit, self.address_edit):
            edit.textChanged.connect(self._changed)
        for edit in (self.occupation_edit, self.skin_edit, self.hair_edit):
            edit.textChanged.connect(self._changed)
        for spin in (self.year_spin, self.day_spin):
            spin.valueChanged.connect(self._changed)
        for combo in (self.month_combo, self.gender_combo, self.source_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.consent_box.toggled.connect(self._changed)
        self.health_box.toggled.connect(self._changed)
        self.allergies_edit.textChanged.connect(self._changed)
        self.consent_date.dateChanged.connect(self._changed)
        # Two columns (basics, beauty) at 920 x 500: the whole form fits a 1366x768 screen unscrolled.
        self.resize(920, 500)
        # The hints and the grey "what is still needed" line show before the user types anything.
        self._changed()
        self.load(lambda: load_choices(customer_id), self._fill)

    @classmethod
    def create(cls, parent: QWidget | None) -> CustomerDialog:  # type: ignore[override]  # a form for a new record; Qt's create(window) is never called on it
        """An empty form for a new customer (not shown yet)."""
        return cls(parent)

    @classmethod
    def edit(cls, parent: QWidget | None, customer_id: int) -> CustomerDialog:
        """The form filled with the customer's file once it is read."""
        return cls(parent, customer_id)

    # --- layout -------------------------------------------------------------------

    def _build_phone_row(self) -> None:
        self.phone_edit = QLineEdit(self)
        # A landline is allowed and stored as typed; only a mainland mobile is reduced to its 11 digits.
        self.phone_edit.setPlaceholderText(self.tr("138 0013 8000, +86…, or a landline"))
        self.phone_hint = QLabel(self)
        self.phone_hint.setStyleSheet(HINT_STYLE)
        # a role that sees 138****8000 edits the number only after showing it (an audited act)
        self.reveal_button = QPushButton(self.tr("Show n&umber"), self)
        self.reveal_button.setToolTip(self.tr("Show the whole phone number (noted in the audit log)"))
        self.reveal_button.clicked.connect(self.reveal_phone)
        self.reveal_button.hide()
        self._masked_phone: str | None = None  # the stored number while the field shows it masked
        self.phone_row = QWidget(self)
        phone_line = QHBoxLayout(self.phone_row)
        phone_line.setContentsMargins(0, 0, 0, 0)
        phone_line.addWidget(self.phone_edit, 1)
        phone_line.addWidget(self.reveal_button)

    def _build_basics(self) -> None:
        self.name_edit = QLineEdit(self)
        # A little over the core's limit, so an over-long paste is refused with the core's message rather
        # than silently cut to a name that looks right.
        self.name_edit.setMaxLength(profiles.NAME_MAX + 10)
        self.gender_combo = QComboBox(self)
        for code, word in vocabulary.choices(Gender):
            self.gender_combo.addItem(word, code)
        self.gender_combo.setCurrentIndex(self.gender_combo.findData(Gender.UNKNOWN.value))
        self.year_spin = QSpinBox(self)
        # The year is optional (many customers give a birthday, not an age); the lowest value means "not given".
        self.year_spin.setRange(NO_YEAR, clock.today().year)
        self.year_spin.setSpecialValueText(self.tr("year not given"))
        self.year_spin.setValue(NO_YEAR)
        self.month_combo = QComboBox(self)
        self.month_combo.addItem(self.tr("—"), None)
        for month in range(1, 13):
            # The locale's month names: 1月 in the Chinese UI, Jan in the English one.
            self.month_combo.addItem(QLocale().monthName(month, QLocale.FormatType.ShortFormat), month)
        self.day_spin = QSpinBox(self)
        # 31 for every month: the core checks the day against the month (29 February is allowed
        # without a year) and says what is wrong in a sentence, which a spin box limit could not.
        self.day_spin.setRange(0, 31)
        self.day_spin.setSpecialValueText(self.tr("—"))
        birthday = QHBoxLayout()
        birthday.setContentsMargins(0, 0, 0, 0)
        for widget in (self.year_spin, self.month_combo, self.day_spin):
            birthday.addWidget(widget)
        self.birthday_row = QWidget(self)
        self.birthday_row.setLayout(birthday)
        self._build_phone_row()
        self.wechat_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.address_edit = QLineEdit(self)
        self.occupation_edit = QLineEdit(self)
        self.source_combo = QComboBox(self)
        for code, word in vocabulary.choices(SourceChannel):
            self.source_combo.addItem(word, code)
        self.referrer = CustomerPicker(self)
        self.stylist_combo = QComboBox(self)
        self.level_combo = QComboBox(self)

        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Gender:"), self.gender_combo)
        self.form.addRow(self.tr("&Birthday:"), self.birthday_row)
        self.form.addRow(self.tr("&Mobile:"), self.phone_row)
        self.form.addRow("", self.phone_hint)
        self.form.addRow(self.tr("&WeChat:"), self.wechat_edit)
        self.form.addRow(self.tr("Ema&il:"), self.email_edit)
        self.form.addRow(self.tr("&Address:"), self.address_edit)
        self.form.addRow(self.tr("&Occupation:"), self.occupation_edit)
        self.form.addRow(self.tr("Sour&ce:"), self.source_combo)
        self.form.addRow(self.tr("&Referred by:"), self.referrer)
        self.form.addRow(self.tr("Preferred s&tylist:"), self.stylist_combo)
        self.form.addRow(self.tr("Membership &level:"), self.level_combo)

    def _build_beauty(self) -> None:
        self.beauty = QFormLayout()
        self.skin_edit = QLineEdit(self)
        self.skin_edit.setPlaceholderText(self.tr("for example sensitive, oily"))
        self.hair_edit = QLineEdit(self)
        self.hair_edit.setPlaceholderText(self.tr("for example fine, damaged"))
        self.allergies_edit = QPlainTextEdit(self)
        self.allergies_edit.setPlaceholderText(self.tr("Shown as a warning wherever the customer appears"))
        self.preferences_edit = QPlainTextEdit(self)
        self.preferences_edit.setPlaceholderText(self.tr("Hair-colour formula, products liked"))
        self.notes_edit = QPlainTextEdit(self)
        # allergies and skin are health data: kept only with the customer's own consent (PIPL)
        self.health_box = QCheckBox(self.tr("Agrees to keeping allergy and skin notes (health &data)"), self)
        self.health_hint = QLabel(self.tr("Without this consent the allergy and skin notes are removed on saving."))
        self.health_hint.setStyleSheet(HINT_STYLE)
        self.health_hint.setWordWrap(True)
        self.consent_box = QCheckBox(self.tr("Agrees to marketing messages, since"), self)
        self.consent_date = QDateEdit(qdates.qdate(clock.today()), self)
        # The same year-month-day order in both languages, as every date the app shows (formatting.day).
        self.consent_date.setDisplayFormat("yyyy-MM-dd")
        self.consent_date.setCalendarPopup(True)
        consent = QHBoxLayout()
        consent.setContentsMargins(0, 0, 0, 0)
        consent.addWidget(self.consent_box)
        consent.addWidget(self.consent_date, 1)
        self.consent_row = QWidget(self)
        self.consent_row.setLayout(consent)
        self.consent_row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        for edit in (self.allergies_edit, self.preferences_edit, self.notes_edit):
            # Four lines each: the three notes must fit the right column at 768 px high without a scrollbar.
            edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.beauty.addRow(self.tr("Health data:"), self.health_box)
        self.beauty.addRow("", self.health_hint)
        self.beauty.addRow(self.tr("S&kin type:"), self.skin_edit)
        self.beauty.addRow(self.tr("&Hair type:"), self.hair_edit)
        self.beauty.addRow(self.tr("All&ergies:"), self.allergies_edit)
        self.beauty.addRow(self.tr("&Preferences:"), self.preferences_edit)
        self.beauty.addRow(self.tr("Note&s:"), self.notes_edit)
        self.beauty.addRow(self.tr("Marketing:"), self.consent_row)

        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        # FormDialog put its form first in one column; the form is taken out and set beside the beauty
        # fields, as a single column of twenty-one rows would not fit the screen's height.
        layout.removeItem(self.form)
        columns = QHBoxLayout()
        for index, form in enumerate((self.form, self.beauty)):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)  # rows keep their height; the space goes below them
            if index:
                columns.addSpacing(16)
            columns.addLayout(column, 1)
        layout.insertLayout(0, columns)

    def _build_duplicates(self) -> None:
        self.duplicates = QFrame(self)
        self.duplicates.setObjectName("duplicates")
        self.duplicates.setStyleSheet(DUPLICATE_STYLE)
        self.duplicate_label = QLabel(self.duplicates)
        self.duplicate_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open that customer"), self.duplicates)
        self.open_button.clicked.connect(self.open_match)
        self.save_anyway_button = QPushButton(self.tr("Save &anyway"), self.duplicates)
        self.save_anyway_button.clicked.connect(self.save_anyway)
        row = QHBoxLayout(self.duplicates)
        row.addWidget(self.duplicate_label, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.save_anyway_button)
        self.duplicates.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        # Just above OK / Cancel, where the eye is when saving.
        layout.insertWidget(layout.count() - 1, self.duplicates)

    # --- filling ------------------------------------------------------------------

    def _fill(self, choices: ProfileChoices) -> None:
        # The combos are filled only now: the staff and levels come from the worker with the profile.
        self.stylist_combo.addItem(self.tr("—"), None)
        for member in choices.staff:
            self.stylist_combo.addItem(member.name, member.id)
        self.level_combo.addItem(self.tr("No level"), None)
        for level in choices.levels:
            self.level_combo.addItem(level.name, level.id)
        profile = choices.profile
        if profile is None:
            # A new form starts on the name, the one field every customer must have.
            self.name_edit.setFocus()
            return
        self.name_edit.setText(profile.name)
        # max(0, ...): a code the list no longer offers falls back to the first choice, never to no choice.
        self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(profile.gender)))
        self.year_spin.setValue(profile.birth_year or NO_YEAR)
        self.month_combo.setCurrentIndex(max(0, self.month_combo.findData(profile.birth_month)))
        self.day_spin.setValue(profile.birth_day or 0)
        self.phone_edit.setText(profile.phone)
        if profile.phone and not session.may(Action.SEE_PHONES):
            self._masked_phone = profile.phone
            self.phone_edit.setText(formatting.phone(profile.phone))
            # Read-only while masked: an edit of "138****8000" cannot be saved back as a phone number.
            self.phone_edit.setReadOnly(True)
            self.reveal_button.setVisible(session.may(Action.REVEAL_PHONE))
        self.wechat_edit.setText(profile.wechat)
        self.email_edit.setText(profile.email)
        self.address_edit.setText(profile.address)
        self.occupation_edit.setText(profile.occupation)
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(profile.source)))
        if profile.referrer_id is not None:
            self.referrer.set_customer(profile.referrer_id)
        self.stylist_combo.setCurrentIndex(max(0, self.stylist_combo.findData(profile.preferred_stylist_id)))
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(profile.level_id)))
        self.skin_edit.setText(profile.skin_type)
        self.hair_edit.setText(profile.hair_type)
        self.allergies_edit.setPlainText(profile.allergies)
        self.preferences_edit.setPlainText(profile.preferences)
        self.notes_edit.setPlainText(profile.notes)
        self.consent_box.setChecked(profile.marketing_consent)
        self.health_box.setChecked(profile.health_consent)
        if profile.marketing_consent_on is not None:
            self.consent_date.setDate(qdates.qdate(profile.marketing_consent_on))
        self.name_edit.setFocus()

    def reveal_phone(self) -> None:
        """Show the whole number (an audit entry), after which it can be edited."""
        # A new customer has no stored number to reveal (and the button is never shown for one).
        if self.customer_id is None:
            return
        customer_id = self.customer_id
        self.reveal_button.setEnabled(False)
        tasks.run_in_background(
            self,
            lambda: profiles.reveal_phone(session.acting_user(), customer_id),
            self._phone_revealed,
            self._reveal_failed,
        )

    def _phone_revealed(self, phone: str) -> None:
        self._masked_phone = None
        self.phone_edit.setReadOnly(False)
        self.phone_edit.setText(phone)
        self.reveal_button.hide()
        # The user revealed the number to change it: the cursor goes there.
        self.phone_edit.setFocus()

    def _reveal_failed(self, error: BaseException) -> None:
        self.reveal_button.setEnabled(True)
        # Under the phone, next to the button that failed, rather than in the form's message line.
        self.phone_hint.setText(describe_any(error))

    # --- input --------------------------------------------------------------------

    def customer_input(self) -> CustomerInput:
        """The profile as typed (no checks)."""
        month = self.month_combo.currentData()
        source = str(self.source_combo.currentData())
        return CustomerInput(
            name=self.name_edit.text(),
            gender=str(self.gender_combo.currentData()),
            birth_year=self.year_spin.value() if self.year_spin.value() != NO_YEAR else None,
            birth_month=month,
            birth_day=self.day_spin.value() or None,
            # While masked, the stored number is saved back unchanged, never the masked text.
            phone=self._masked_phone if self._masked_phone is not None else self.phone_edit.text(),
            wechat=self.wechat_edit.text(),
            email=self.email_edit.text(),
            address=self.address_edit.text(),
            occupation=self.occupation_edit.text(),
            source=source,
            # A referrer only counts for the "referral" source; one picked and then left behind is dropped.
            referrer_id=self.referrer.customer_id() if source == SourceChannel.REFERRAL.value else None,
            preferred_stylist_id=self.stylist_combo.currentData(),
            level_id=self.level_combo.currentData(),
            notes=self.notes_edit.toPlainText(),
            # Skin type and allergies are health data and are kept only with consent (PIPL); hair type is not.
            skin_type=self.skin_edit.text() if self.health_box.isChecked() else "",
            hair_type=self.hair_edit.text(),
            allergies=self.allergies_edit.toPlainText() if self.health_box.isChecked() else "",
            preferences=self.preferences_edit.toPlainText(),
            health_consent=self.health_box.isChecked(),
            marketing_consent=self.consent_box.isChecked(),
            marketing_consent_on=self.consent_date.date().toPython() if self.consent_box.isChecked() else None,  # type: ignore[arg-type]
        )

    def _changed(self, *_args: object) -> None:
        self.referrer.setEnabled(self.source_combo.currentData() == SourceChannel.REFERRAL.value and not self._busy)
        self.consent_date.setEnabled(self.consent_box.isChecked() and not self._busy)
        health = self.health_box.isChecked()
        for edit in (self.skin_edit, self.allergies_edit):
            edit.setEnabled(health and not self._busy)
        typed_health = bool(self.skin_edit.text().strip() or self.allergies_edit.toPlainText().strip())
        # Only when there is something to lose: those notes, on file or typed, are removed on saving.
        self.health_hint.setVisible(not health and typed_health)
        # Any change may make the duplicate question moot; the core asks again on the next save.
        self.duplicates.hide()
        self.revalidate()
        try:
            clean = profiles.clean_input(self.customer_input(), today=clock.today())
        except ValidationError:  # the message line already says what is wrong
            self.phone_hint.clear()
            return
        # "Saved as" only when the core would store the number differently from what was typed (say,
        # spaces or +86 taken out of a mobile), so the desk is not surprised by the list.
        typed = " ".join(self.phone_edit.text().split())
        if self._masked_phone is not None:  # the field shows 138****8000: never spell the number out
            self.phone_hint.clear()
        elif clean.phone and clean.phone != typed:
            self.phone_hint.setText(self.tr("Saved as {phone}").format(phone=clean.phone))
        else:
            self.phone_hint.clear()

    def check(self) -> None:
        # the core's rules that need no database; it checks the links again on save
        profiles.clean_input(self.customer_input(), today=clock.today())

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        for widget in layouts.widgets_in(self.beauty):
            widget.setEnabled(not busy)
        if not busy:
            self._changed()  # the referrer and consent date follow their switches again

    def save_op(self, *, allow_duplicate: bool = False) -> Callable[[], Any]:
        data, customer_id = self.customer_input(), self.customer_id
        if customer_id is None:
            return lambda: profiles.create_customer(session.acting_user(), data, allow_duplicate=allow_duplicate)
        return lambda: profiles.update_customer(
            session.acting_user(), customer_id, data, allow_duplicate=allow_duplicate
        )

    # --- duplicates ---------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        if isinstance(error, ConflictError) and error.code == "customer_duplicate":
            self.matches = list(error.values.get("matches", []))
            # The panel says it all; a red line under it as well would read as an error.
            self.message.clear()
            lines = [self._match_text(match) for match in self.matches]
            self.duplicate_label.setText(
                self.tr("This looks like a customer already on file:") + "\n" + "\n".join(lines)
            )
            self.open_button.show()
            self.duplicates.show()
            # Enter now opens the existing file: the safer choice, as a second file splits the customer's history.
            self.open_button.setFocus()
        elif isinstance(error, ConflictError) and error.code == "customer_phone_doubtful":
            self.matches = []
            self.message.clear()
            self.duplicate_label.setText(
                self.tr("The phone {phone} is too short to be anyone's number. Save it anyway?").format(
                    phone=error.values.get("phone", "")
                )
            )
            self.open_button.hide()
            self.duplicates.show()
            # No file to open here: Enter confirms the number, and an edit to it hides the question.
            self.save_anyway_button.setFocus()

    def _match_text(self, match: DuplicateMatch) -> str:
        if match.reason == "phone":
            return self.tr("{name} ({phone}): the same mobile").format(
                name=match.name, phone=formatting.phone(match.phone)
            )
        return self.tr("{name} ({phone}): the same name and birthday").format(
            name=match.name, phone=formatting.phone(match.phone) or self.tr("no phone")
        )

    def open_match(self) -> None:
        """Leave this form and open the first matching customer instead."""
        if self.matches:
            self.openCustomer.emit(self.matches[0].customer_id)
            # This form is dropped, not saved: the point is to use the file already there.
            self.reject()

    def save_anyway(self) -> None:
        """The user saw the match and keeps both files."""
        # The input may have been made invalid since the panel showed; the same checks as OK apply.
        if self._busy or self.problem():
            return
        self.duplicates.hide()
        self.set_busy(True)
        tasks.run_in_background(self, self.save_op(allow_duplicate=True), self._saved, self._failed)
