"""The service catalogue (项目): name, category, price, duration.

An item that any visit, booking or package used is retired (made inactive) rather
than deleted, so history keeps its name and price.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from salon_crm.core import audit
from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction, ServiceCategory
from salon_crm.core.errors import ConflictError, NotFoundError, ValidationError
from salon_crm.core.models import (
    AppointmentService,
    PackagePlan,
    ServiceItem,
    ServicePackage,
    ServiceRecordLine,
    database_proxy,
)
from salon_crm.core.money import to_money
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.rows import ServiceItemRow

NAME_MAX = 60
DURATION_MIN, DURATION_MAX, DURATION_STEP = 5, 720, 5


@dataclass(frozen=True)
class ServiceItemInput:
    """What the catalogue dialog submits; price as typed or as a Decimal."""

    name: str
    category: str
    price: Decimal | str
    duration_minutes: int
    active: bool = True


def _in_use(item_id: int) -> bool:
    return any(
        model.select().where(model.service_item == item_id).exists()
        for model in (ServiceRecordLine, AppointmentService, ServicePackage, PackagePlan)
    )


def _row(item: ServiceItem, in_use: bool) -> ServiceItemRow:
    return ServiceItemRow(
        item.id, item.name, item.category, Decimal(item.price).quantize(Decimal("0.01")),
        item.duration_minutes, bool(item.active), in_use,
    )  # fmt: skip


def checked_item(data: ServiceItemInput) -> dict[str, object]:
    """The item's values as stored, by every rule that needs no database (the form checks as the
    owner types with this; saving checks it again, and that the name is free)."""
    name = data.name.strip()
    if not name:
        raise ValidationError("service_name_required")
    if len(name) > NAME_MAX:
        raise ValidationError("service_name_too_long", max=NAME_MAX)
    if data.category not in {category.value for category in ServiceCategory}:
        raise ValidationError("service_category_invalid", category=data.category)
    # empty before unreadable: "enter the price" is the clearer message on a fresh form
    if not str(data.price).strip():
        raise ValidationError("price_required")
    price = to_money(data.price, field="price")
    if price < 0:
        raise ValidationError("price_negative", value=str(price))
    duration = data.duration_minutes
    # in whole steps of DURATION_STEP, what the form's box steps by: a typed 62 is refused
    if not DURATION_MIN <= duration <= DURATION_MAX or duration % DURATION_STEP:
        raise ValidationError("duration_invalid", minutes=duration, low=DURATION_MIN, high=DURATION_MAX)
    return {
        "name": name,
        "category": data.category,
        "price": price,
        "duration_minutes": duration,
        "active": data.active,
    }


def _validated(data: ServiceItemInput, item_id: int | None) -> dict[str, object]:
    values = checked_item(data)
    name = str(values["name"])
    clash = ServiceItem.select().where(fn.lower(ServiceItem.name) == name.lower())
    if item_id is not None:
        clash = clash.where(ServiceItem.id != item_id)
    if clash.exists():
        raise ConflictError("service_name_taken", name=name)
    return values


def list_service_items(*, include_inactive: bool = True) -> list[ServiceItemRow]:
    """The catalogue by category and display order, with whether each item is in use."""
    used: set[int] = set()
    for model in (ServiceRecordLine, AppointmentService, ServicePackage):
        used.update(model.select(model.service_item).distinct().scalars())
    query = ServiceItem.select().order_by(ServiceItem.active.desc(), ServiceItem.category, ServiceItem.sort_order)
    if not include_inactive:
        query = query.where(ServiceItem.active == True)  # noqa: E712 - peewee expression
    return [_row(item, item.id in used) for item in query]


@guarded(Action.CHANGE_CATALOGUE)
def add_service_item(actor: Actor, data: ServiceItemInput) -> ServiceItemRow:
    with database_proxy.atomic():
        values = _validated(data, None)
        next_order = (ServiceItem.select(fn.MAX(ServiceItem.sort_order)).scalar() or 0) + 1
        item = ServiceItem.create(sort_order=next_order, **values)
        audit.record(
            actor,
            AuditAction.CREATE,
            "service_item",
            item.id,
            None,
            audit.snapshot(item),
        )
    return _row(item, False)


def _get(item_id: int) -> ServiceItem:
    item = ServiceItem.get_or_none(ServiceItem.id == item_id)
    if item is None:
        raise NotFoundError("service_item_not_found", item_id=item_id)
    return item


@guarded(Action.CHANGE_CATALOGUE)
def update_service_item(actor: Actor, item_id: int, data: ServiceItemInput) -> ServiceItemRow:
    with database_proxy.atomic():
        item = _get(item_id)
        values = _validated(data, item_id)
        before = audit.snapshot(item)
        for key, value in values.items():
            setattr(item, key, value)
        item.save()
        after = audit.snapshot(item)
        if after != before:
            audit.record(actor, AuditAction.UPDATE, "service_item", item.id, before, after)
        return _row(item, _in_use(item_id))


@guarded(Action.CHANGE_CATALOGUE)
def remove_service_item(actor: Actor, item_id: int) -> str:
    """Delete an unused item; retire one that history uses. Returns "deleted" or "retired"."""
    with database_proxy.atomic():
        item = _get(item_id)
        before = audit.snapshot(item)
        if _in_use(item_id):
            item.active = False
            item.save()
            audit.record(
                actor,
                AuditAction.UPDATE,
                "service_item",
                item_id,
                before,
                audit.snapshot(item),
            )
            return "retired"
        item.delete_instance()
        audit.record(actor, AuditAction.DELETE, "service_item", item_id, before, None)
        return "deleted"
