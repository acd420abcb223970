"""Sentences for the appointment and schedule error codes (registered on import)."""

from __future__ import annotations

from salon_crm.ui.translate import QT_TRANSLATE_NOOP

TEMPLATES: dict[str, str] = {
    # booking
    "booking_needs_a_customer": QT_TRANSLATE_NOOP("Errors", "Choose a customer, or enter the walk-in's name."),
    "booking_needs_a_service": QT_TRANSLATE_NOOP("Errors", "Choose at least one service."),
    "service_item_retired": QT_TRANSLATE_NOOP("Errors", "“{item}” is no longer offered."),
    "stylist_inactive": QT_TRANSLATE_NOOP("Errors", "{stylist} no longer works here."),
    "booking_in_past": QT_TRANSLATE_NOOP("Errors", "A booking cannot start on a day that is over ({start})."),
    "booking_end_before_start": QT_TRANSLATE_NOOP("Errors", "The booking must end after it starts ({start}–{end})."),
    "booking_too_short": QT_TRANSLATE_NOOP("Errors", "A booking lasts at least {minutes} minutes."),
    "booking_spans_days": QT_TRANSLATE_NOOP("Errors", "A booking must end on the day it starts."),
    "note_too_long": QT_TRANSLATE_NOOP("Errors", "The note can have at most {max} characters."),
    # conflicts
    "shop_closed": QT_TRANSLATE_NOOP("Errors", "The shop is closed on {day}."),
    "outside_opening_hours": QT_TRANSLATE_NOOP(
        "Errors", "The shop is open from {opens} to {closes}; the booking must fit in those hours."
    ),
    "stylist_not_working": QT_TRANSLATE_NOOP("Errors", "{stylist} does not work on {day}."),
    "outside_shift": QT_TRANSLATE_NOOP(
        "Errors", "{stylist} works from {start} to {end} that day; the booking must fit in the shift."
    ),
    "stylist_time_off": QT_TRANSLATE_NOOP("Errors", "{stylist} is off from {start} to {end} ({reason})."),
    "stylist_double_booked": QT_TRANSLATE_NOOP(
        "Errors", "{stylist} is already booked from {start} to {end} (with {customer})."
    ),
    "customer_double_booked": QT_TRANSLATE_NOOP(
        "Errors", "{customer} is already booked from {start} to {end} (with {stylist})."
    ),
    "no_stylist_free": QT_TRANSLATE_NOOP("Errors", "No stylist who does these services is free from {start} to {end}."),
    # statuses
    "appointment_not_movable": QT_TRANSLATE_NOOP("Errors", "Only a booked or arrived appointment can be moved."),
    "appointment_already_arrived": QT_TRANSLATE_NOOP("Errors", "The customer has already arrived."),
    "appointment_already_completed": QT_TRANSLATE_NOOP("Errors", "This appointment is already completed."),
    "appointment_already_cancelled": QT_TRANSLATE_NOOP("Errors", "This appointment was cancelled."),
    "appointment_already_no_show": QT_TRANSLATE_NOOP("Errors", "This appointment was marked as a no-show."),
    "arrival_not_today": QT_TRANSLATE_NOOP("Errors", "The customer can only arrive on the day of the booking ({day})."),
    "cancel_needs_reason": QT_TRANSLATE_NOOP("Errors", "Say why the appointment is cancelled."),
    "no_show_before_start": QT_TRANSLATE_NOOP(
        "Errors", "A no-show can only be marked once the booked time has begun ({start})."
    ),
    "completion_before_day": QT_TRANSLATE_NOOP("Errors", "A visit can only be completed on its day ({day}) or later."),
    "record_customer_mismatch": QT_TRANSLATE_NOOP("Errors", "The bill must be for the customer of the appointment."),
    # recurring bookings
    "recurrence_weeks_invalid": QT_TRANSLATE_NOOP("Errors", "Repeat every {low} to {high} weeks."),
    "recurrence_times_invalid": QT_TRANSLATE_NOOP("Errors", "Repeat {low} to {high} times."),
    "recurring_clashes": QT_TRANSLATE_NOOP("Errors", "{count} of the {total} dates clash; nothing was booked."),
    "recurring_all_clash": QT_TRANSLATE_NOOP("Errors", "All {total} dates clash; nothing was booked."),
    # shifts and time off
    "shift_end_before_start": QT_TRANSLATE_NOOP("Errors", "A shift must end after it starts ({start}–{end})."),
    "weekday_invalid": QT_TRANSLATE_NOOP("Errors", "Each weekday can have one shift only."),
    "shift_change_not_found": QT_TRANSLATE_NOOP("Errors", "This shift change no longer exists."),
    "time_off_end_before_start": QT_TRANSLATE_NOOP("Errors", "Time off must end after it starts ({start}–{end})."),
    "time_off_not_found": QT_TRANSLATE_NOOP("Errors", "This time off no longer exists."),
}
