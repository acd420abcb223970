"""Whatever the desk tries, in any order, no stylist and no customer is ever in two places."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import combinations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_appointments import MONDAY, NOW, Salon, at, salon

from salon_crm.core import appointments
from salon_crm.core.appointments import BookingInput
from salon_crm.core.context import OWNER
from salon_crm.core.errors import ConflictError, ValidationError
from salon_crm.core.models import Appointment, database_proxy

__all__ = ["salon"]

attempt = st.tuples(
    st.sampled_from(["book", "move", "resize", "cancel"]),
    st.integers(min_value=9 * 4, max_value=21 * 4),  # a quarter hour of the day
    st.integers(min_value=0, max_value=2),  # stylist: 王芳, 李强 or any free
    st.booleans(),  # 张三 or 赵六
    st.integers(min_value=1, max_value=8),  # quarters, for a resize
)


def live_spans(field: str) -> dict[int, list[tuple[datetime, datetime]]]:
    spans: dict[int, list[tuple[datetime, datetime]]] = {}
    for row in Appointment.select().where(Appointment.status.in_(appointments.LIVE)):
        spans.setdefault(int(row.__data__[field]), []).append((row.starts_at, row.ends_at))
    return spans


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(attempts=st.lists(attempt, min_size=1, max_size=12))
def test_no_double_booking_whatever_the_order(salon: Salon, attempts: list[tuple[str, int, int, bool, int]]) -> None:
    with database_proxy.atomic() as transaction:  # each example starts from the empty book
        for action, quarter, stylist, first_customer, quarters in attempts:
            start = at(0) + timedelta(minutes=15 * quarter)
            existing = [row.id for row in Appointment.select(Appointment.id).order_by(Appointment.id)]
            try:
                if action == "book" or not existing:
                    stylist_id = (salon.wang, salon.li, None)[stylist]
                    customer = salon.zhang if first_customer else salon.zhao
                    appointments.book_appointment(
                        OWNER, BookingInput(start, (salon.cut,), customer, stylist_id), now=NOW
                    )
                elif action == "move":
                    appointments.move_appointment(OWNER, existing[quarter % len(existing)], start, now=NOW)
                elif action == "resize":
                    target = Appointment.get_by_id(existing[quarter % len(existing)])
                    end = target.starts_at + timedelta(minutes=15 * quarters)
                    appointments.resize_appointment(OWNER, target.id, end, now=NOW)
                else:
                    appointments.cancel_appointment(OWNER, existing[quarter % len(existing)], "改天", now=NOW)
            except (ConflictError, ValidationError):
                pass  # refused: the book must be as it was, checked below
            shifts = {salon.wang: (at(10), at(19)), salon.li: (at(12), at(21)), salon.nails: (at(10), at(19))}
            for stylist_id, spans in live_spans("stylist").items():
                assert all(shifts[stylist_id][0] <= s and e <= shifts[stylist_id][1] for s, e in spans)
            for spans in (*live_spans("stylist").values(), *live_spans("customer").values()):
                for (a_start, a_end), (b_start, b_end) in combinations(spans, 2):
                    assert a_end <= b_start or b_end <= a_start
                assert all(s.date() == MONDAY and e > s for s, e in spans)
        transaction.rollback()
