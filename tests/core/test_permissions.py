"""Who may do what: every service that changes the shop is guarded, as every role, by one table."""

from __future__ import annotations

import ast
import importlib
import inspect
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import salon_crm.core
from salon_crm.core import loyalty, permissions, profiles
from salon_crm.core import shop as shop_service
from salon_crm.core.context import OWNER, Actor
from salon_crm.core.db import Shop
from salon_crm.core.enums import UserRole
from salon_crm.core.errors import PermissionDeniedError
from salon_crm.core.models import AuditEntry, Customer, LedgerEntry
from salon_crm.core.permissions import GUARDS, RULES, Action

CORE = Path(salon_crm.core.__file__).parent
# Writing the audit log is part of every change, and the table's own functions are the check.
NOT_SERVICES = {
    "salon_crm.core.audit.record",
    "salon_crm.core.audit.record_many",
    "salon_crm.core.permissions.allowed",
    "salon_crm.core.permissions.require",
}
ROLES = list(UserRole)


def services_taking_an_actor() -> list[str]:
    """Every public function of core whose first parameter is the acting user."""
    found = []
    for path in sorted(CORE.rglob("*.py")):
        module = "salon_crm.core." + ".".join(path.relative_to(CORE).with_suffix("").parts)
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            public = isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
            if public and node.args.args and node.args.args[0].arg == "actor":  # type: ignore[attr-defined]
                found.append(f"{module}.{node.name}")  # type: ignore[attr-defined]
    return found


def service(name: str) -> Callable[..., Any]:
    module, function = name.rsplit(".", 1)
    return getattr(importlib.import_module(module), function)  # type: ignore[no-any-return]


def call_with_junk(function: Callable[..., Any], actor: Actor) -> None:
    """Call ``function`` as ``actor`` with placeholder values for everything it requires."""
    signature = inspect.signature(inspect.unwrap(function))
    args: list[object] = [actor]
    kwargs: dict[str, object] = {}
    for parameter in list(signature.parameters.values())[1:]:
        if parameter.default is not inspect.Parameter.empty:
            continue
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = None
        else:
            args.append(None)
    function(*args, **kwargs)


def test_every_service_has_a_rule() -> None:
    for name in services_taking_an_actor():
        service(name)  # importing it registers its guard
    unguarded = sorted(set(services_taking_an_actor()) - set(GUARDS) - NOT_SERVICES)
    assert unguarded == [], "add @guarded(Action...) and a line in permissions.RULES"
    assert set(RULES) == set(Action)
    assert all(UserRole.OWNER in roles for roles in RULES.values())  # the owner does everything


CASES = [(name, role) for name in sorted(set(services_taking_an_actor()) - NOT_SERVICES) for role in ROLES]


@pytest.mark.parametrize(
    ("name", "role"), CASES, ids=[f"{name.rsplit('.', 2)[-2]}.{name.rsplit('.', 1)[-1]}-{role}" for name, role in CASES]
)
def test_each_role_is_let_through_or_refused_by_the_table(shop: Shop, name: str, role: UserRole) -> None:
    function = service(name)
    action = GUARDS[name]
    actor = Actor(f"a {role}", role)
    audit_before = AuditEntry.select().count()
    if role in RULES[action]:
        try:
            call_with_junk(function, actor)
        except PermissionDeniedError:
            pytest.fail(f"{role} may {action} but {name} refused")
        except Exception:  # placeholders make the service refuse for other reasons: fine
            pass
    else:
        with pytest.raises(PermissionDeniedError) as refused:
            call_with_junk(function, actor)
        assert refused.value.values == {"action": action.value, "user_role": role.value}
        assert AuditEntry.select().count() == audit_before  # refused before anything is written


def test_a_large_top_up_needs_the_owner(shop: Shop) -> None:
    desk = Actor("前台小李", UserRole.FRONT_DESK)
    customer = profiles.create_customer(OWNER, profiles.CustomerInput(name="张三")).id
    loyalty.top_up(desk, customer, permissions.DEFAULT_TOP_UP_LIMIT)  # up to the limit: fine
    with pytest.raises(PermissionDeniedError) as refused:
        loyalty.top_up(desk, customer, "5000")
    assert refused.value.values["action"] == "top_up_over_limit"
    loyalty.top_up(OWNER, customer, "5000")
    shop_service.set_setting(OWNER, permissions.TOP_UP_LIMIT_KEY, "10000")
    loyalty.top_up(desk, customer, "5000")  # the owner raised the limit
    assert loyalty.balance_of(customer).stored_value == Decimal("13000.00")
    assert LedgerEntry.select().count() == 3
    assert Customer.select().count() == 1
