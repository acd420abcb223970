"""Staff: the people who work in the shop. A leaver is made inactive, never deleted."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from salon_crm.core import audit
from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction, ServiceCategory, StaffRole
from salon_crm.core.errors import NotFoundError, ValidationError
from salon_crm.core.models import Staff, database_proxy
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.rows import StaffMember

NAME_MAX = 40
PHONE_MAX = 32


@dataclass(frozen=True)
class StaffInput:
    """What the staff dialog submits."""

    name: str
    role: str
    skills: tuple[str, ...] = ()
    phone: str = ""
    active: bool = True


def _row(staff: Staff) -> StaffMember:
    skills = tuple(skill for skill in staff.skills.split(",") if skill)
    return StaffMember(staff.id, staff.name, staff.role, skills, staff.phone, bool(staff.active))


def _validated(data: StaffInput) -> dict[str, object]:
    name = data.name.strip()
    if not name:
        raise ValidationError("staff_name_required")
    if len(name) > NAME_MAX:
        raise ValidationError("staff_name_too_long", max=NAME_MAX)
    if data.role not in {role.value for role in StaffRole}:
        raise ValidationError("staff_role_invalid", role=data.role)
    categories = {category.value for category in ServiceCategory}
    for skill in data.skills:
        if skill not in categories:
            raise ValidationError("staff_skill_invalid", skill=skill)
    phone = data.phone.strip()
    if len(phone) > PHONE_MAX:
        raise ValidationError("phone_too_long", max=PHONE_MAX)
    skills = ",".join(sorted(set(data.skills), key=[c.value for c in ServiceCategory].index))
    return {
        "name": name,
        "role": data.role,
        "skills": skills,
        "phone": phone,
        "active": data.active,
    }


def list_staff(*, include_inactive: bool = True) -> list[StaffMember]:
    """Staff in their display order, active ones first."""
    query = Staff.select().order_by(Staff.active.desc(), Staff.sort_order, Staff.id)
    if not include_inactive:
        query = query.where(Staff.active == True)  # noqa: E712 - peewee expression
    return [_row(staff) for staff in query]


@guarded(Action.CHANGE_STAFF)
def add_staff(actor: Actor, data: StaffInput) -> StaffMember:
    values = _validated(data)
    with database_proxy.atomic():
        next_order = (Staff.select(fn.MAX(Staff.sort_order)).scalar() or 0) + 1
        staff = Staff.create(sort_order=next_order, **values)
        audit.record(actor, AuditAction.CREATE, "staff", staff.id, None, audit.snapshot(staff))
    return _row(staff)


@guarded(Action.CHANGE_STAFF)
def update_staff(actor: Actor, staff_id: int, data: StaffInput) -> StaffMember:
    values = _validated(data)
    with database_proxy.atomic():
        staff = Staff.get_or_none(Staff.id == staff_id)
        if staff is None:
            raise NotFoundError("staff_not_found", staff_id=staff_id)
        before = audit.snapshot(staff)
        for key, value in values.items():
            setattr(staff, key, value)
        staff.save()
        after = audit.snapshot(staff)
        if after != before:
            audit.record(actor, AuditAction.UPDATE, "staff", staff.id, before, after)
    return _row(staff)
