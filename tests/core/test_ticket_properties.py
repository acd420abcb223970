"""Property: any sequence of actions keeps a ticket on the manuals' paths, and a refusal writes nothing."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salon_crm.core import ticket_workflow as wf
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import SalonError
from salon_crm.core.models import AuditEntry, ComplaintTicket, Customer, LedgerEntry, ServiceRecord, TicketEvent
from salon_crm.core.ticket_intake import TicketInput, create_ticket

NOW = datetime(2026, 3, 2, 10, 0)
# the workflow of PRODUCT.md section 5, written out independently of the code's tables
LEGAL = {
    ("received", "classified"),
    ("received", "closed"),  # a suggestion or consultation answered
    ("classified", "escalated"),
    ("classified", "investigating"),
    ("investigating", "escalated"),
    ("escalated", "investigating"),
    ("investigating", "solution_proposed"),
    ("solution_proposed", "solution_proposed"),
    ("solution_proposed", "solution_agreed"),
    ("solution_agreed", "implemented"),
    ("implemented", "followed_up"),
    ("followed_up", "closed"),
    ("closed", "investigating"),
    ("closed", "received"),
}
GRAVE = {"high", "critical"}

steps = st.one_of(
    st.builds(
        wf.Classify,
        st.sampled_from(["price", "service_quality", ""]),
        st.sampled_from(["low", "high", "critical", "x"]),
    ),
    st.builds(wf.Escalate, st.sampled_from(["上报店长", ""])),
    st.builds(wf.Investigate, st.just("核实")),
    st.builds(
        wf.ProposeSolution,
        st.sampled_from(["道歉并送积分", ""]),
        st.one_of(
            st.builds(wf.Compensation, st.just("points"), st.just(0), st.sampled_from([0, 100, 5000])),
            st.builds(wf.Compensation, st.just("refund"), st.sampled_from(["20", "500"])),
            st.builds(wf.Compensation, st.just("stored_value"), st.sampled_from(["30", "1000"])),
            st.just(wf.Compensation("apology")),
        ),
    ),
    st.builds(wf.AgreeSolution, st.sampled_from(["张三", ""]), st.sampled_from(["电话确认", ""])),
    st.builds(wf.Implement),
    st.builds(wf.FollowUp, st.integers(-1, 7), st.sampled_from(["满意", ""])),
    st.builds(wf.Close),
    st.builds(wf.Answer, st.sampled_from(["已解答", ""])),
    st.builds(wf.Reopen, st.sampled_from(["顾客追问", ""])),
)


# a plausible next step for each status, so that sequences reach the far end of the workflow
LIKELY: dict[str, list[wf.StepData]] = {
    "received": [wf.Classify("price", "low"), wf.Classify("service_quality", "critical"), wf.Answer("已解答")],
    "classified": [wf.Escalate("上报店长"), wf.Investigate("核实")],
    "escalated": [wf.Investigate("核实")],
    "investigating": [
        wf.ProposeSolution("送积分", wf.Compensation("points", points=200)),
        wf.ProposeSolution("退到卡里", wf.Compensation("refund", amount="100")),
        wf.Escalate("上报店长"),
    ],
    "solution_proposed": [wf.AgreeSolution("张三", "电话确认")],
    "solution_agreed": [wf.Implement()],
    "implemented": [wf.FollowUp(4, "满意")],
    "followed_up": [wf.Close()],
    "closed": [wf.Reopen("顾客追问")],
}


def counts() -> tuple[int, int, int]:
    return TicketEvent.select().count(), AuditEntry.select().count(), LedgerEntry.select().count()


def fresh_customer_and_visit() -> tuple[int, int]:
    """A new customer and visit for each example: earlier examples' refunds must not shape this one."""
    zhang = Customer.create(name="张三", phone="13800138000")
    record = ServiceRecord.create(
        customer=zhang, visited_at=NOW - timedelta(days=1), payment_method="stored_value", subtotal=300, total=300
    )
    return zhang.id, record.id


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(["complaint", "suggestion", "consultation"]), length=st.integers(0, 30), data=st.data())
def test_random_actions_never_leave_the_rules(shop: Shop, kind: str, length: int, data: st.DataObject) -> None:
    customer_id, record_id = fresh_customer_and_visit()
    ticket_id = create_ticket(
        OWNER,
        TicketInput(kind, "phone", "等了很久", customer_id=customer_id, service_record_id=record_id),
        now=NOW,
    ).id
    for _ in range(length):
        ticket = ComplaintTicket.get_by_id(ticket_id)
        action = data.draw(st.one_of(st.sampled_from(LIKELY[ticket.status]), steps))
        before_row, before = ticket.__data__.copy(), counts()
        try:
            wf.advance(OWNER, ticket_id, action, now=NOW)
        except SalonError:
            assert counts() == before
            assert ComplaintTicket.get_by_id(ticket_id).__data__ == before_row
            continue
        after = ComplaintTicket.get_by_id(ticket_id)
        assert (ticket.status, after.status) in LEGAL
        assert counts()[0] == before[0] + 1
        if after.status == "closed" and ticket.status == "received":
            assert kind != "complaint"
        if after.status in ("solution_proposed", "closed") and after.severity in GRAVE:
            assert after.escalated_at is not None
        if after.status != "received":
            assert after.first_response_at is not None
