"""The complaint workflow: each step with its data, refusals that write nothing, deadlines, compensation."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from salon_crm.core import audit, loyalty, tickets
from salon_crm.core import ticket_workflow as wf
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import SalonError
from salon_crm.core.models import AuditEntry, ComplaintTicket, Customer, LedgerEntry, ServiceRecord, Staff, TicketEvent
from salon_crm.core.ticket_intake import TicketInput, create_ticket
from salon_crm.core.ticket_rules import Step
from salon_crm.core.ticket_settings import get_ticket_settings, update_ticket_settings

NOW = datetime(2026, 3, 2, 10, 0)
Offer, Co = wf.ProposeSolution, wf.Compensation


@pytest.fixture
def salon(shop: Shop) -> dict[str, int]:
    zhang = Customer.create(name="张三", phone="13800138000", search_text="zhangsan zs 13800138000")
    owner = Staff.create(name="店长", role="owner")
    desk = Staff.create(name="小李", role="front_desk")
    card = ServiceRecord.create(
        customer=zhang, visited_at=NOW - timedelta(days=1), payment_method="stored_value", subtotal=300, total=300
    )
    cash = ServiceRecord.create(
        customer=zhang, visited_at=NOW - timedelta(days=2), payment_method="cash", subtotal=88, total=88
    )
    return {"zhang": zhang.id, "owner": owner.id, "desk": desk.id, "card": card.id, "cash": cash.id}


def written() -> tuple[int, int, int, int]:
    return (
        TicketEvent.select().count(),
        AuditEntry.select().count(),
        LedgerEntry.select().count(),
        ComplaintTicket.select().count(),
    )


def complaint(salon: dict[str, int], **changes: Any) -> int:
    data = TicketInput(
        kind="complaint",
        channel="phone",
        description="染发后颜色比说好的深很多",
        customer_id=salon["zhang"],
        received_at=NOW - timedelta(hours=1),
        received_by_id=salon["desk"],
        service_record_id=salon["card"],
    )
    fields = {**data.__dict__, **changes}
    return create_ticket(OWNER, TicketInput(**fields), now=NOW).id


def walk_to(ticket_id: int, until: Step, *, severity: str = "medium", offer: wf.Compensation | None = None) -> None:
    """Take the steps of the usual path up to and including ``until``."""
    path: list[wf.StepData] = [
        wf.Classify("service_quality", severity),
        wf.Escalate("严重，上报店长"),
        wf.Investigate("调取消费记录"),
        Offer("部分退款", offer or Co("points", points=300)),
        wf.AgreeSolution("张三", "电话确认"),
        wf.Implement("已赠送"),
        wf.FollowUp(5, "顾客满意"),
        wf.Close(),
    ]
    for step in path:
        kind = wf.STEP_OF[type(step)]
        if kind is Step.ESCALATE and severity not in ("high", "critical"):
            continue
        wf.advance(OWNER, ticket_id, step, now=NOW)
        if kind is until:
            return


def test_a_complaint_walks_every_step_with_events_and_points_on_the_ledger(salon: dict[str, int]) -> None:
    ticket_id = complaint(salon)
    walk_to(ticket_id, Step.CLOSE, severity="high")
    detail = tickets.get_ticket(ticket_id)
    assert detail.status == "closed" and detail.closed_at == NOW
    assert [e.to_status for e in detail.events] == [
        "received", "classified", "escalated", "investigating", "solution_proposed",
        "solution_agreed", "implemented", "followed_up", "closed",
    ]  # fmt: skip
    assert detail.events[1].data == {"category": "service_quality", "severity": "high"}
    assert detail.first_response_at == NOW
    assert detail.response_due_at == NOW - timedelta(hours=1) + timedelta(hours=4)
    assert detail.resolution_due_at == NOW - timedelta(hours=1) + timedelta(days=3)
    assert (detail.agreed_by, detail.agreed_how, detail.followup_score) == ("张三", "电话确认", 5)
    assert loyalty.balance_of(salon["zhang"]).points == 300
    entry = loyalty.ledger_of(salon["zhang"])[0]
    assert (entry.kind, entry.ticket_id, entry.points_delta) == ("compensation", ticket_id, 300)
    trail = audit.entries_for("complaint_ticket", ticket_id)
    assert len(trail) == 9  # the intake and one per step
    assert detail.next_steps == (Step.REOPEN,)


def test_deadlines_come_from_the_shop_settings(salon: dict[str, int]) -> None:
    settings = get_ticket_settings()
    low = settings.deadline("low")
    assert (low.response, low.resolution) == (timedelta(days=3), timedelta(days=14))
    changed = tuple(
        wf_deadline
        if wf_deadline.severity != "low"
        else type(wf_deadline)("low", timedelta(hours=5), timedelta(days=2))
        for wf_deadline in settings.deadlines
    )
    update_ticket_settings(OWNER, type(settings)(changed, Decimal("100"), 500))
    ticket_id = complaint(salon, category="price", severity="low")
    detail = tickets.get_ticket(ticket_id)
    assert detail.status == "classified"  # classified at intake
    assert detail.resolution_due_at == NOW - timedelta(hours=1) + timedelta(days=2)
    assert get_ticket_settings().escalation_amount == Decimal("100.00")


def test_a_suggestion_may_be_answered_and_closed_at_once(salon: dict[str, int]) -> None:
    ticket_id = complaint(salon, kind="suggestion", description="希望周一也营业", service_record_id=None)
    detail = wf.advance(OWNER, ticket_id, wf.Answer("已采纳，下月起周一营业"), now=NOW)
    assert (detail.status, detail.solution, detail.first_response_at) == ("closed", "已采纳，下月起周一营业", NOW)
    reopened = wf.advance(OWNER, ticket_id, wf.Reopen("顾客追问"), now=NOW)
    assert reopened.status == "received" and reopened.closed_at is None


def test_reopening_a_classified_ticket_goes_back_to_investigating_with_a_new_deadline(salon: dict[str, int]) -> None:
    ticket_id = complaint(salon)
    walk_to(ticket_id, Step.CLOSE)
    later = NOW + timedelta(days=10)
    detail = wf.advance(OWNER, ticket_id, wf.Reopen("颜色又掉了"), now=later)
    assert detail.status == "investigating"
    assert detail.resolution_due_at == later + timedelta(days=7)
    assert detail.events[-1].note == "颜色又掉了"


def test_an_unknown_person_becomes_a_potential_customer(salon: dict[str, int]) -> None:
    detail = create_ticket(
        OWNER,
        TicketInput(
            "consultation", "wechat", "孕期可以做染发吗", new_customer_name="陈女士", new_customer_phone="13911112222"
        ),
        now=NOW,
    )
    customer = Customer.get_by_id(detail.customer_id)
    assert (customer.name, customer.phone) == ("陈女士", "13911112222")
    assert detail.received_at == NOW and detail.status == "received"


def test_stored_value_and_refund_to_card_reach_the_ledger(salon: dict[str, int]) -> None:
    first = complaint(salon)
    walk_to(first, Step.IMPLEMENT, offer=Co("stored_value", amount="50"))
    second = complaint(salon)
    walk_to(second, Step.IMPLEMENT, offer=Co("refund", amount="120"))
    balance = loyalty.balance_of(salon["zhang"])
    assert (balance.principal, balance.bonus) == (Decimal("120.00"), Decimal("50.00"))
    # a cash visit's refund is paid back over the counter: no ledger row
    third = complaint(salon, service_record_id=salon["cash"])
    before = LedgerEntry.select().count()
    walk_to(third, Step.IMPLEMENT, offer=Co("refund", amount="88"))
    assert LedgerEntry.select().count() == before
    assert tickets.get_ticket(third).events[-1].data["refund"] == "paid_back"


def refused(code: str, ticket_id: int, step: wf.StepData) -> None:
    before_row = ComplaintTicket.get_by_id(ticket_id).__data__.copy()
    before = written()
    with pytest.raises(SalonError) as caught:
        wf.advance(OWNER, ticket_id, step, now=NOW)
    assert caught.value.code == code
    assert written() == before
    assert ComplaintTicket.get_by_id(ticket_id).__data__ == before_row


@pytest.mark.parametrize(
    ("until", "step", "code"),
    [
        (None, wf.Classify("", "high"), "ticket_category_required"),
        (None, wf.Classify("price", "urgent"), "ticket_severity_required"),
        (None, wf.Investigate(), "ticket_step_not_allowed"),
        (None, wf.Answer("已解答"), "ticket_complaint_needs_workflow"),
        (Step.INVESTIGATE, Offer("  ", Co("apology")), "ticket_solution_required"),
        (Step.INVESTIGATE, Offer("送积分", Co("points")), "compensation_points_required"),
        (Step.INVESTIGATE, Offer("退款", Co("refund")), "compensation_amount_required"),
        (Step.INVESTIGATE, Offer("免费", Co("free_service")), "compensation_voucher_required"),
        (Step.INVESTIGATE, Offer("道歉", Co("apology", amount=5)), "compensation_not_expected"),
        (Step.INVESTIGATE, Offer("退款", Co("refund", amount="300.01")), "refund_exceeds_paid"),
        (Step.INVESTIGATE, Offer("退款", Co("stored_value", amount="201")),
         "ticket_compensation_needs_escalation"),
        (Step.INVESTIGATE, Offer("积分", Co("points", points=2001)),
         "ticket_compensation_needs_escalation"),
        (Step.PROPOSE, wf.AgreeSolution("", "电话"), "ticket_agreed_by_required"),
        (Step.PROPOSE, wf.AgreeSolution("张三", " "), "ticket_agreed_how_required"),
        (Step.IMPLEMENT, wf.FollowUp(0, "不满意"), "followup_score_out_of_range"),
        (Step.IMPLEMENT, wf.FollowUp(6, "很满意"), "followup_score_out_of_range"),
        (Step.IMPLEMENT, wf.FollowUp(4, ""), "followup_note_required"),
        (Step.IMPLEMENT, wf.Close(), "ticket_step_not_allowed"),
        (Step.CLOSE, wf.Reopen(""), "ticket_reopen_reason_required"),
        (Step.CLASSIFY, wf.Escalate(""), "ticket_escalation_note_required"),
    ],
)  # fmt: skip
def test_a_step_without_its_data_or_out_of_turn_writes_nothing(
    salon: dict[str, int], until: Step | None, step: wf.StepData, code: str
) -> None:
    ticket_id = complaint(salon)
    if until is not None:
        walk_to(ticket_id, until)
    refused(code, ticket_id, step)


def test_a_grave_ticket_must_be_escalated_before_a_solution_or_closing(salon: dict[str, int]) -> None:
    ticket_id = complaint(salon)
    wf.advance(OWNER, ticket_id, wf.Classify("service_quality", "critical"), now=NOW)
    wf.advance(OWNER, ticket_id, wf.Investigate(), now=NOW)
    refused("ticket_escalation_required", ticket_id, Offer("道歉", Co("apology")))
    assert Step.ESCALATE in tickets.get_ticket(ticket_id).next_steps
    assert Step.PROPOSE not in tickets.get_ticket(ticket_id).next_steps


def test_closing_an_unescalated_critical_ticket_is_refused(salon: dict[str, int]) -> None:
    # an old ticket (imported or made before the rule) sits at followed up, never escalated
    ticket_id = complaint(salon)
    ComplaintTicket.update(status="followed_up", severity="critical", category="price").where(
        ComplaintTicket.id == ticket_id
    ).execute()
    refused("ticket_close_unescalated", ticket_id, wf.Close())


def test_a_compensation_the_ledger_cannot_take_is_refused_whole(salon: dict[str, int]) -> None:
    first, second = complaint(salon), complaint(salon)
    walk_to(second, Step.AGREE, offer=Co("refund", amount="150"))  # agreed while the first was open
    walk_to(first, Step.IMPLEMENT, offer=Co("refund", amount="200"))
    refused("refund_exceeds_paid", second, wf.Implement())  # 300 paid, 200 already refunded


def test_unknown_ticket_and_bad_intake(salon: dict[str, int]) -> None:
    with pytest.raises(SalonError) as caught:
        wf.advance(OWNER, 999, wf.Investigate(), now=NOW)
    assert caught.value.code == "ticket_not_found"
    before = written()
    for changes, code in (
        ({"description": "  "}, "ticket_description_required"),
        ({"customer_id": None}, "ticket_customer_required"),
        ({"received_at": NOW + timedelta(hours=1)}, "ticket_received_in_future"),
        ({"category": "price"}, "ticket_classification_incomplete"),
        ({"service_record_id": 999}, "ticket_record_not_customers"),
        ({"appointment_id": 999}, "ticket_appointment_not_customers"),
        ({"received_by_id": 999}, "ticket_staff_not_found"),
        ({"kind": "praise"}, "ticket_kind_invalid"),
    ):
        with pytest.raises(SalonError) as caught:
            complaint(salon, **changes)
        assert caught.value.code == code, changes
    with pytest.raises(SalonError) as caught:
        complaint(salon, customer_id=None, new_customer_name="张三", new_customer_phone="13800138000")
    assert caught.value.code == "customer_duplicate"
    assert written() == before
    assert Customer.select().count() == 1
