"""One customer's file (客户档案): key facts and warnings over the timeline of everything.

Opened from the customer list (double-click or Enter). From here the desk edits
the profile, enters, edits or voids a bill, tops up the card, redeems points,
tags the customer and logs care calls; every change reloads the file.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import clock, customer_file, erasure, profiles, tags, when
from salon_crm.core.customer_file import CustomerFile
from salon_crm.core.enums import AutoTag, Gender
from salon_crm.core.permissions import Action
from salon_crm.core.timeline import EventKind, TimelineEvent
from salon_crm.ui import session, tasks, vocabulary
from salon_crm.ui.appointments.booking_dialog import BookingDialog
from salon_crm.ui.customers import segment_words
from salon_crm.ui.customers.ledger_dialogs import (
    CareContactDialog,
    RedeemPointsDialog,
    RefundDialog,
    TopUpDialog,
    VoidRecordDialog,
)
from salon_crm.ui.customers.package_dialogs import PackageHistoryDialog, RefundPackageDialog, SellPackageDialog
from salon_crm.ui.customers.profile_dialog import CustomerDialog
from salon_crm.ui.customers.record_dialog import ServiceRecordDialog
from salon_crm.ui.customers.timeline_model import TimelineColumn, TimelineModel
from salon_crm.ui.errors import describe_any
from salon_crm.ui.widgets import formatting, layouts
from salon_crm.ui.widgets.form_dialog import FormDialog
from salon_crm.ui.widgets.row_model import ROW_ROLE
from salon_crm.ui.widgets.table_view import ReadOnlyTable

WARNING_STYLE = "color: #c0392b; font-weight: bold;"
# Amber, not red: notices (dormant, no-shows, consent) are worth knowing, not a reason to stop a service.
NOTICE_STYLE = "color: #b9770e; font-weight: bold;"
# Hidden from users who may not see money (a stylist): their captions go too, not only their values.
MONEY_FACTS = frozenset({"balance", "points", "spent", "average"})
NAME_STYLE = "font-size: 20px; font-weight: bold;"
# Manual tags are buttons (a click removes one), automatic ones plain labels: the shape says which
# can be taken off.
MANUAL_TAG_STYLE = (
    "QPushButton { background: #eaf2f8; border: 1px solid #aed6f1; border-radius: 9px; padding: 1px 8px; }"
)
AUTO_TAG_STYLE = "background: #fef5e7; border: 1px solid #f8c471; border-radius: 9px; padding: 1px 8px;"


class CustomerFileView(QDialog):
    """A customer's file in its own window.

    Signals:
        changed(): something of this customer was written (the list may reload).
        loaded(): the header and the timeline show the current data.
    """

    changed = Signal()
    loaded = Signal()

    def __init__(self, parent: QWidget | None, customer_id: int) -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self.file: CustomerFile | None = None
        self.last_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Customer file"))
        # A long history reads better full screen; a QDialog offers no maximise button by default.
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._build_header()
        self._build_buttons()
        self.timeline = TimelineModel(customer_id, self)
        self.table = ReadOnlyTable(self)
        self.table.setModel(self.timeline)
        # A double click on a bill opens it for correction; edit_record ignores other lines.
        self.table.doubleClicked.connect(lambda _index: self.edit_record())
        # a visit's own rows open with Right, Space or a click on its ▸, and close with Left
        self.table.clicked.connect(self._timeline_clicked)
        # Filtered here rather than in a table subclass: the keys fall back to the table's own moves
        # whenever there is nothing to open or close.
        self.table.installEventFilter(self)
        # an opened visit's rows are indented: widen the event column to them (it was fitted without them)
        self.timeline.rowsInserted.connect(lambda *_args: self.table.refit())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._enable())
        # The header and the timeline load in two tasks; ``loaded`` waits for both (see _maybe_loaded).
        self.timeline.loaded.connect(self._timeline_loaded)
        # What an export or an erasure answered: its own line, so it neither hides the customer's
        # warnings (an allergy) by writing over them nor goes unseen when there are none.
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # a path to copy
        self.result_label.hide()
        # The customer's own text (name, notes, allergies) and paths as typed, never read as HTML.
        for label in (self.name_label, self.identity_label, self.warnings_label, self.notices_label, self.result_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(self.button_row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.table, 1)
        self.resize(1100, 720)
        # Nothing is offered before the file is read: a click meanwhile would open a form with no name
        # (and "Refund package" even after a read that failed).
        self._enable()
        self.refresh()

    # --- layout -------------------------------------------------------------------

    def _build_header(self) -> None:
        self.header = QFrame(self)
        self.header.setFrameShape(QFrame.Shape.StyledPanel)
        self.name_label = QLabel(self.header)
        self.name_label.setStyleSheet(NAME_STYLE)
        self.identity_label = QLabel(self.header)
        # Selectable, so the desk can copy a mobile or WeChat id without retyping it.
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings_label = QLabel(self.header)
        self.warnings_label.setStyleSheet(WARNING_STYLE)
        # Wrapped: a long allergy note must push the facts down, not widen the window past the screen.
        self.warnings_label.setWordWrap(True)
        self.notices_label = QLabel(self.header)
        self.notices_label.setStyleSheet(NOTICE_STYLE)
        self.notices_label.setWordWrap(True)
        # The facts sit in a widget of their own, never handed to another layout with addLayout:
        # PySide wraps the items of a layout added that way, and _show_facts re-places the labels
        # (which deletes those items in C++); a wrapper left alive was later handed out for a new
        # object at the same address ("'QWidgetItem' object has no attribute 'hide'").
        self.facts_box = QWidget(self.header)
        self.facts = QGridLayout(self.facts_box)
        self.facts.setContentsMargins(0, 0, 0, 0)
        self.fact_labels: dict[str, QLabel] = {}
        titles = {
            "balance": self.tr("Stored value"),
            "points": self.tr("Points"),
            "visits": self.tr("Visits"),
            "spent": self.tr("Total spent"),
            "average": self.tr("Average ticket"),
            "last_visit": self.tr("Last visit"),
            "segment": self.tr("Segment"),
            "satisfaction": self.tr("Satisfaction"),
            "stylist": self.tr("Preferred stylist"),
            "packages": self.tr("Packages"),
        }
        self.fact_captions: dict[str, QLabel] = {}
        self._facts_order = list(titles)
        for index, (key, title) in enumerate(titles.items()):
            caption = QLabel(title + self.tr(":"), self.facts_box)
            self.fact_captions[key] = caption
            # Grey captions, so the eye goes to the figures under them.
            caption.setStyleSheet("color: #666;")
            value = QLabel(self.facts_box)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = value
            if key == "packages":  # opens each package's ledger
                value.setTextFormat(Qt.TextFormat.RichText)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
                value.linkActivated.connect(self.package_history)
            # Five facts a row, caption over value: ten facts in two rows keep the header short and
            # leave the height of a 768 px screen to the timeline.
            row, column = divmod(index, 5)
            self.facts.addWidget(caption, row * 2, column)
            self.facts.addWidget(value, row * 2 + 1, column)
        layout = QVBoxLayout(self.header)
        # the desk sees 138****8000; showing the whole number is a deliberate, audited act
        self.reveal_button = QPushButton(self.tr("S&how number"), self.header)
        self.reveal_button.setToolTip(self.tr("Show the whole phone number (noted in the audit log)"))
        self.reveal_button.clicked.connect(self.reveal_phone)
        # Shown by _show only when the number is masked for this user and they may reveal it.
        self.reveal_button.hide()
        self._revealed_phone = ""
        self._revealed_for: int | None = None
        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addWidget(self.identity_label)
        top.addWidget(self.reveal_button)  # beside the number it shows
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.notices_label)
        layout.addWidget(self.facts_box)
        layout.addLayout(self._build_tag_row())

    def _build_tag_row(self) -> QHBoxLayout:
        self.manual_tags = QHBoxLayout()
        self.auto_tags = QHBoxLayout()
        self.tag_edit = QLineEdit(self.header)
        self.tag_edit.setPlaceholderText(self.tr("New tag"))
        # Tags are a word or two; a box left to stretch would push the automatic tags off the row.
        self.tag_edit.setMaximumWidth(160)
        # Enter adds the tag, so the desk can type tag after tag without the mouse.
        self.tag_edit.returnPressed.connect(self.add_tag)
        self.add_tag_button = QPushButton(self.tr("Add &tag"), self.header)
        self.add_tag_button.clicked.connect(self.add_tag)
        self.tag_message = QLabel(self.header)
        self.tag_message.setStyleSheet("color: #c0392b;")
        tag_row = QHBoxLayout()
        tag_row.addWidget(QLabel(self.tr("Tags:"), self.header))
        tag_row.addLayout(self.manual_tags)
        tag_row.addWidget(self.tag_edit)
        tag_row.addWidget(self.add_tag_button)
        tag_row.addWidget(self.tag_message)
        tag_row.addSpacing(24)
        tag_row.addWidget(QLabel(self.tr("Automatic:"), self.header))
        tag_row.addLayout(self.auto_tags)
        tag_row.addStretch(1)
        self.tag_row = tag_row  # the customer's own requests (export, erase) join it at its right end
        return tag_row

    def _build_buttons(self) -> None:
        self.edit_button = QPushButton(self.tr("&Edit profile…"), self)
        self.edit_button.clicked.connect(self.edit_profile)
        self.book_button = QPushButton(self.tr("&Book…"), self)
        # The next quarter hour because that is the booking grid's step (see when.next_quarter_hour).
        self.book_button.setToolTip(self.tr("A new booking for this customer, at the next quarter hour"))
        self.book_button.clicked.connect(self.book)
        self.record_button = QPushButton(self.tr("&New service record…"), self)
        self.record_button.clicked.connect(self.new_record)
        self.edit_record_button = QPushButton(self.tr("Edit &record…"), self)
        self.edit_record_button.clicked.connect(self.edit_record)
        self.void_button = QPushButton(self.tr("&Void record…"), self)
        self.void_button.clicked.connect(self.void_record)
        self.top_up_button = QPushButton(self.tr("Top &up…"), self)
        self.top_up_button.clicked.connect(self.top_up)
        self.redeem_button = QPushButton(self.tr("Redeem &points…"), self)
        self.redeem_button.clicked.connect(self.redeem_points)
        self.package_button = QPushButton(self.tr("Sell pac&kage…"), self)
        self.package_button.clicked.connect(self.sell_package)
        self.refund_package_button = QPushButton(self.tr("Refund p&ackage…"), self)
        self.refund_package_button.clicked.connect(self.refund_package)
        self.care_button = QPushButton(self.tr("Log &care call…"), self)
        self.care_button.clicked.connect(self.log_care)
        self.erase_button = QPushButton(self.tr("Erase personal data…"), self)
        self.erase_button.setToolTip(self.tr("On the customer's request: the bills stay, anonymous"))
        self.erase_button.clicked.connect(self.erase)
        self.refund_button = QPushButton(self.tr("Re&fund card…"), self)
        self.refund_button.setToolTip(self.tr("Give back the unspent principal; the bonus lapses"))
        self.refund_button.clicked.connect(self.refund)
        self.export_button = QPushButton(self.tr("E&xport all their data…"), self)
        self.export_button.setToolTip(self.tr("On the customer's request: every record about them in one workbook"))
        self.export_button.clicked.connect(lambda: self.export_data())  # noqa: PLW0108 - clicked sends a bool
        self.button_row = QHBoxLayout()
        for button in (
            self.edit_button,
            self.book_button,
            self.record_button,
            self.edit_record_button,
            self.void_button,
            self.top_up_button,
            self.redeem_button,
            self.package_button,
            self.refund_button,
            self.refund_package_button,
            self.care_button,
        ):
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)
        # asked for by the customer, rarely: beside the tags, so the daily buttons fit 1366 px in one row
        self.tag_row.addWidget(self.export_button)
        self.tag_row.addWidget(self.erase_button)
        # what the person at the desk may not do is not offered (core refuses it anyway)
        offered: QWidget
        for offered, needs in (
            (self.edit_button, Action.EDIT_CUSTOMERS),
            (self.tag_edit, Action.EDIT_CUSTOMERS),
            (self.add_tag_button, Action.EDIT_CUSTOMERS),
            (self.record_button, Action.BILL),
            (self.book_button, Action.BOOK),
            (self.top_up_button, Action.TOP_UP),
            (self.redeem_button, Action.REDEEM_POINTS),
            (self.package_button, Action.BILL),
            (self.refund_package_button, Action.REFUND_CARD),
            (self.care_button, Action.CARE_CALLS),
            (self.edit_record_button, Action.CHANGE_PAST_BILLS),
            (self.void_button, Action.CHANGE_PAST_BILLS),
            (self.erase_button, Action.ERASE_CUSTOMERS),
            (self.refund_button, Action.REFUND_CARD),
            (self.export_button, Action.EXPORT_PERSONAL_DATA),
        ):
            offered.setVisible(session.may(needs))

    # --- loading ------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the file and its timeline again."""
        customer_id = self._id()
        # Both halves start again: ``loaded`` (which the tests wait on) must not fire on the old timeline.
        self._header_ready = False
        self._timeline_ready = False
        tasks.run_in_background(
            self, lambda: customer_file.load_customer_file(customer_id), self._show, self._load_failed
        )
        self.timeline.reload()

    def _id(self) -> int:
        return self.customer_id

    def _load_failed(self, error: BaseException) -> None:
        self.warnings_label.setText(describe_any(error))
        self.warnings_label.show()  # hidden by an earlier load that had nothing to warn about
        # Nothing may be done to a file that could not be read: a top-up would go to a customer the desk
        # cannot see. Forgetting what an earlier load showed disables every action through _enable,
        # the ones _enable decides case by case (refund a package) too.
        self.file = None
        self._enable()

    def _show(self, opened: CustomerFile) -> None:
        self.file = opened
        profile = opened.profile
        self.setWindowTitle(self.tr("Customer file — {name}").format(name=profile.name))
        self.name_label.setText(profile.name)
        if self._revealed_for != profile.id:  # another customer: their number starts masked
            self._revealed_phone, self._revealed_for = "", profile.id
        self.identity_label.setText("   ".join(part for part in self._identity(opened) if part))
        masked = bool(profile.phone) and not session.may(Action.SEE_PHONES) and not self._revealed_phone
        # Nothing to reveal when the number is already whole for this user, or was revealed a moment ago.
        self.reveal_button.setVisible(masked and session.may(Action.REVEAL_PHONE))
        self.warnings_label.setText("\n".join(self._warnings(opened)))
        # Hidden when empty, so a customer with nothing to warn about gets no blank band.
        self.warnings_label.setVisible(bool(self.warnings_label.text()))
        self.notices_label.setText("   ".join(self._notices(opened)))
        self.notices_label.setVisible(bool(self.notices_label.text()))
        self._show_facts(opened)
        self._show_tags(opened)
        self._header_ready = True
        self._enable()
        self._maybe_loaded()

    def _timeline_loaded(self) -> None:
        self._timeline_ready = True
        self._maybe_loaded()

    def _maybe_loaded(self) -> None:
        if self._header_ready and self._timeline_ready:
            self.loaded.emit()

    def _identity(self, opened: CustomerFile) -> list[str]:
        profile = opened.profile
        gender = vocabulary.word(Gender, profile.gender) if profile.gender != Gender.UNKNOWN.value else ""
        birthday = ""
        if profile.birth_month is not None:
            # A day not on file shows as "?" rather than a made-up 1st; with no year it reads "birthday", not "born".
            birthday = self.tr("birthday {month}-{day}").format(month=profile.birth_month, day=profile.birth_day or "?")
            if profile.birth_year is not None:
                birthday = self.tr("born {year}-{month}-{day}").format(
                    year=profile.birth_year, month=profile.birth_month, day=profile.birth_day or "?"
                )
        wechat = self.tr("WeChat {id}").format(id=profile.wechat) if profile.wechat else ""
        # Through tr() though it looks like a mere dot: Chinese brackets the level instead, 【金卡】.
        level = self.tr("· {level}").format(level=opened.level_name) if opened.level_name else ""
        phone = self._revealed_phone or formatting.phone(profile.phone)
        others = ", ".join(formatting.phone(number) for number in profile.other_phones)
        also = self.tr("also {phones}").format(phones=others) if others else ""
        return [level, gender, birthday, phone, also, wechat]

    def reveal_phone(self) -> None:
        customer_id = self.customer_id
        # Disabled while the worker asks: a second click would note a second reveal in the audit log.
        self.reveal_button.setEnabled(False)
        tasks.run_in_background(
            self,
            lambda: profiles.reveal_phone(session.acting_user(), customer_id),
            self._phone_revealed,
            self._reveal_failed,
        )

    def _phone_revealed(self, phone: str) -> None:
        self._revealed_phone = phone
        self.reveal_button.setEnabled(True)
        # The whole number is on screen now; the button has nothing left to do for this customer.
        self.reveal_button.hide()
        if self.file is not None:
            self.identity_label.setText("   ".join(part for part in self._identity(self.file) if part))

    def _reveal_failed(self, error: BaseException) -> None:
        self.reveal_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Customer file"), describe_any(error))

    def _warnings(self, opened: CustomerFile) -> list[str]:
        found = []
        if opened.profile.allergies:
            found.append(self.tr("⚠ Allergies: {allergies}").format(allergies=opened.profile.allergies))
        # Due today counts: the desk should make the call today, not learn of it tomorrow.
        if opened.follow_up_due is not None and opened.follow_up_due <= clock.today():
            found.append(self.tr("⚠ Follow-up call due since {day}").format(day=formatting.day(opened.follow_up_due)))
        segment = opened.segment
        # The usual gap is an average, shown whole: "every 27.4 days" would be false precision.
        if segment.churn_warning:
            found.append(
                self.tr("⚠ At risk: {days} days since the last visit; usually every {gap} days").format(
                    days=segment.days_since_last_visit, gap=f"{segment.usual_gap_days:.0f}"
                )
            )
        if opened.open_tickets:
            found.append(self.tr("⚠ Open complaints or feedback: {count}").format(count=opened.open_tickets))
        return found

    def _notices(self, opened: CustomerFile) -> list[str]:
        found = []
        # Only these lifecycles are news at the desk; "active" or "new" would be noise on every file.
        if opened.segment.lifecycle in ("dormant", "lost"):
            found.append(segment_words.lifecycle(opened.segment.lifecycle))
        if opened.no_shows:
            found.append(self.tr("No-shows: {count}").format(count=opened.no_shows))
        if opened.profile.marketing_consent:
            found.append(self.tr("Agrees to marketing"))
        return found

    def _show_facts(self, opened: CustomerFile) -> None:
        balance, figures, segment = opened.balance, opened.figures, opened.segment
        stored = formatting.money(balance.stored_value)
        if balance.bonus:
            stored += " " + self.tr("(bonus {bonus})").format(bonus=formatting.money(balance.bonus))
        parts = [segment_words.lifecycle(segment.lifecycle)]
        if segment.grade:
            parts.append(self.tr("grade {grade}").format(grade=segment.grade))
        if segment.rfm:
            parts.append(segment_words.rfm(segment.rfm))  # in words: "RFM 555" meant nothing to an owner
        # Each package with what is left, so the desk can tell the customer without opening the ledger.
        packages = ", ".join(
            self.tr("{service} ×{left}").format(service=package.service, left=package.remaining)
            for package in opened.packages
        )
        none_yet = self.tr("none (history)")
        values = {
            "balance": stored,
            "points": formatting.whole_number(balance.points),
            "visits": formatting.whole_number(figures.visits),
            "spent": formatting.money(figures.total_spent),
            "average": formatting.money(figures.average_ticket),
            "last_visit": formatting.day(figures.last_visit) or self.tr("never"),
            "segment": " · ".join(parts),
            "satisfaction": segment_words.satisfaction(opened.satisfaction),
            "stylist": opened.stylist_name or "—",
            # a link to each package's ledger (sold, used, given back, refunded)
            "packages": f'<a href="packages">{html.escape(packages or none_yet)}</a>',
        }
        money_shown = session.may(Action.SEE_MONEY)  # a stylist sees the visits, not the money
        shown = [key for key in values if money_shown or key not in MONEY_FACTS]
        for key, text in values.items():
            self.fact_labels[key].setText(text)
            self.fact_labels[key].setVisible(key in shown)
            self.fact_captions[key].setVisible(key in shown)
        if shown == self._facts_order:
            return  # already in place: re-placing would only delete and remake the grid's items
        self._facts_order = shown
        for index, key in enumerate(shown):  # the shown ones close up, without holes
            row, column = divmod(index, 5)
            self.facts.addWidget(self.fact_captions[key], row * 2, column)
            self.facts.addWidget(self.fact_labels[key], row * 2 + 1, column)

    def _show_tags(self, opened: CustomerFile) -> None:
        for layout in (self.manual_tags, self.auto_tags):
            layouts.clear(layout)
        for name in opened.tags.manual:
            chip = QPushButton(f"{name} ×", self.header)
            chip.setStyleSheet(MANUAL_TAG_STYLE)
            chip.setToolTip(self.tr("Remove the tag “{name}”").format(name=name))
            chip.setProperty("tag", name)
            # ``_checked`` takes clicked's bool; ``tag=name`` binds this chip's name now, where a plain
            # closure would remove the last tag of the loop whichever chip was clicked.
            chip.clicked.connect(lambda _checked=False, tag=name: self.remove_tag(tag))
            self.manual_tags.addWidget(chip)
        for code in opened.tags.automatic:
            label = QLabel(vocabulary.word(AutoTag, code), self.header)
            label.setStyleSheet(AUTO_TAG_STYLE)
            label.setToolTip(self.tr("Set by the shop's rules from the records"))
            self.auto_tags.addWidget(label)
        if not opened.tags.automatic:
            # A dash rather than nothing, so "Automatic:" is not read as cut off.
            self.auto_tags.addWidget(QLabel("—", self.header))

    def manual_tag_names(self) -> list[str]:
        return [str(chip.property("tag")) for chip in layouts.widgets_in(self.manual_tags)]

    def auto_tag_names(self) -> list[str]:
        names = layouts.widgets_in(self.auto_tags)
        return [label.text() for label in names if isinstance(label, QLabel) and label.text() != "—"]

    # --- actions ------------------------------------------------------------------

    def _buttons(self) -> list[QPushButton]:
        return [
            self.edit_button,
            self.book_button,
            self.record_button,
            self.edit_record_button,
            self.void_button,
            self.top_up_button,
            self.redeem_button,
            self.package_button,
            self.refund_button,
            self.care_button,
            self.add_tag_button,
            self.erase_button,
            self.export_button,
        ]

    def _timeline_clicked(self, index: QModelIndex) -> None:
        # Only the Event column toggles (it holds the ▸): a click elsewhere just selects the line.
        if index.column() == TimelineColumn.EVENT:
            self.timeline.toggle(index.row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            row = self.table.currentIndex().row()
            key = event.key()
            if key == Qt.Key.Key_Right and self.timeline.set_open(row, True):
                return True
            if key == Qt.Key.Key_Left and row >= 0:
                # Read before closing: the own row under the cursor disappears with it.
                visit = self.timeline.visit_row_of(row)
                if self.timeline.set_open(row, False):
                    self.table.selectRow(visit)  # back on the visit's line, where the keyboard user was
                    return True
            if key == Qt.Key.Key_Space and self.timeline.toggle(row):
                return True
        return super().eventFilter(watched, event)

    def selected_event(self) -> TimelineEvent | None:
        rows = self.table.selectionModel().selectedRows()
        return self.timeline.data(rows[0], ROW_ROLE) if rows else None

    def _selected_open_visit(self) -> TimelineEvent | None:
        event = self.selected_event()
        # A voided bill is history: there is nothing left to correct or void.
        if event is None or event.kind is not EventKind.VISIT or event.voided:
            return None
        return event

    def _enable(self) -> None:
        ready = self.file is not None
        for button in self._buttons():
            button.setEnabled(ready)
        self.tag_edit.setEnabled(ready)  # Enter in it adds a tag, as its button does
        has_visit = ready and self._selected_open_visit() is not None
        self.edit_record_button.setEnabled(has_visit)
        self.void_button.setEnabled(has_visit)
        # Offered only when there is something to take, rather than opening a dialog that can only refuse.
        self.redeem_button.setEnabled(ready and self.file is not None and self.file.balance.points > 0)
        self.refund_button.setEnabled(ready and self.file is not None and self.file.balance.principal > 0)
        self.refund_package_button.setEnabled(ready and self.file is not None and bool(self.file.packages))

    def _open(self, dialog: QDialog) -> QDialog:
        """Show ``dialog``; when it saves, reload this file and tell the list."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(dialog, FormDialog):
            # Every saved form reloads the whole file: a bill changes the balance, the points, the
            # segment and the timeline at once, and asking for all of it is simpler than patching.
            dialog.saved.connect(lambda _record: self._written())
        self.last_dialog = dialog
        # open(), not exec(): window-modal, and it returns at once, so callers (and the tests) get the
        # dialog back to drive.
        dialog.open()
        return dialog

    def _written(self) -> None:
        self.refresh()
        self.changed.emit()

    def edit_profile(self) -> QDialog:
        return self._open(CustomerDialog.edit(self, self.customer_id))

    def book(self) -> QDialog:
        """The booking form with this customer chosen, focus on the services (the customer is done)."""
        start = when.next_quarter_hour(clock.now())
        dialog = BookingDialog.book(self, start=start, customer_id=self.customer_id)
        dialog.service_filter.setFocus()
        return self._open(dialog)

    def new_record(self) -> QDialog:
        return self._open(ServiceRecordDialog.create(self, self.customer_id))

    def edit_record(self) -> QDialog | None:
        event = self._selected_open_visit()
        if event is None:
            return None
        return self._open(ServiceRecordDialog.edit(self, event.ref_id))

    def void_record(self) -> QDialog | None:
        event = self._selected_open_visit()
        if event is None:
            return None
        summary = f"{formatting.date_time(event.at)}  {event.detail}  {formatting.money(event.amount or 0)}"  # type: ignore[arg-type]
        return self._open(VoidRecordDialog(self, event.ref_id, summary))

    def top_up(self) -> QDialog:
        name = self.file.profile.name if self.file is not None else ""
        return self._open(TopUpDialog(self, self.customer_id, name))

    def sell_package(self) -> QDialog:
        name = self.file.profile.name if self.file is not None else ""
        return self._open(SellPackageDialog(self, self.customer_id, name))

    def package_history(self, _link: str = "") -> QDialog:
        name = self.file.profile.name if self.file is not None else ""
        return self._open(PackageHistoryDialog(self, self.customer_id, name))

    def refund_package(self) -> QDialog:
        name = self.file.profile.name if self.file is not None else ""
        return self._open(RefundPackageDialog(self, self.customer_id, name))

    def redeem_points(self) -> QDialog:
        points = self.file.balance.points if self.file is not None else 0
        return self._open(RedeemPointsDialog(self, self.customer_id, points))

    def refund(self) -> QDialog | None:
        if self.file is None:
            return None
        return self._open(RefundDialog(self, self.customer_id, self.file.balance))

    def log_care(self) -> QDialog:
        name = self.file.profile.name if self.file is not None else ""
        return self._open(CareContactDialog(self, self.customer_id, name=name))

    def add_tag(self) -> None:
        name, customer_id = self.tag_edit.text(), self.customer_id
        # An empty tag is not worth a message: Enter on an empty box does nothing.
        if not name.strip():
            return
        self.tag_message.clear()
        tasks.run_in_background(
            self,
            lambda: tags.add_tag(session.acting_user(), customer_id, name),
            lambda _tags: self._tag_done(),
            self._tag_failed,
        )

    def remove_tag(self, name: str) -> None:
        customer_id = self.customer_id
        tasks.run_in_background(
            self,
            lambda: tags.remove_tag(session.acting_user(), customer_id, name),
            lambda _tags: self._tag_done(),
            self._tag_failed,
        )

    def _tag_done(self) -> None:
        self.tag_edit.clear()
        self._written()

    def _tag_failed(self, error: BaseException) -> None:
        self.tag_message.setText(describe_any(error))

    def erase(self) -> QMessageBox:
        """Ask the owner to confirm, then erase the customer's personal data."""
        name = self.file.profile.name if self.file is not None else ""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Erase personal data"),
            self.tr(
                "Erase the personal data of {name}? Name, phone, WeChat, address, birthday, notes and "
                "tags are cleared for good; the bills stay in the shop's figures, anonymous."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        # Cancel by default: erasure cannot be undone, and an Enter pressed out of habit must not do it.
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(self._erase_confirmed)
        self.last_dialog = box
        box.open()
        return box

    def _erase_confirmed(self) -> None:
        customer_id = self.customer_id
        tasks.run_in_background(
            self,
            lambda: erasure.erase_personal_data(session.acting_user(), customer_id),
            lambda _none: self._erased(),
            lambda error: self._tell(describe_any(error), problem=True),
        )

    def export_data(self, out: Path | None = None) -> None:
        """Every record about the customer to one workbook, for their request (PIPL art. 45)."""
        # ``out`` is given by the tests; a user always goes through the save dialog.
        if out is None:
            name = self.file.profile.name if self.file is not None else str(self.customer_id)
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export all their data"), f"{name}.xlsx", self.tr("Excel workbook (*.xlsx)")
            )
            if not chosen:
                return
            out = Path(chosen)
        actor, customer_id, target = session.acting_user(), self.customer_id, out

        def write() -> int:
            from salon_crm.core import privacy
            from salon_crm.excel.dossier import write_dossier  # openpyxl loads on first use

            return write_dossier(privacy.customer_dossier(actor, customer_id), customer_id, target)

        tasks.run_in_background(
            self,
            write,
            lambda rows: self._tell(self.tr("{rows} records written to {path}").format(rows=rows, path=target)),
            lambda error: self._tell(describe_any(error), problem=True),
        )

    def _tell(self, text: str, *, problem: bool = False) -> None:
        """Show what an action answered on the result line; a refusal or failure in red."""
        self.result_label.setStyleSheet(WARNING_STYLE if problem else "")
        self.result_label.setText(text)
        self.result_label.show()

    def _erased(self) -> None:
        self.changed.emit()
        # The file no longer holds anyone's name: keeping it open would only invite edits to an erased customer.
        self.close()
