"""Possible duplicates on file (issue 13): the import's and the form's rule, pair by pair, owner only."""

from __future__ import annotations

import pytest

from salon_crm.core import duplicate_pairs, merging, profiles
from salon_crm.core.context import OWNER, Actor
from salon_crm.core.db import Shop
from salon_crm.core.duplicates import NAME_BIRTHDAY, PHONE
from salon_crm.core.enums import UserRole
from salon_crm.core.errors import PermissionDeniedError


def _file(name: str, phone: str = "", year: int | None = None, month: int | None = None, day: int | None = None) -> int:
    data = profiles.CustomerInput(name, phone=phone, birth_year=year, birth_month=month, birth_day=day)
    return profiles.create_customer(OWNER, data, allow_duplicate=True).id


def _pairs() -> list[tuple[int, int, str]]:
    return [(p.first.id, p.second.id, p.reason) for p in duplicate_pairs.possible_duplicates(OWNER)]


def test_pairs_follow_the_duplicate_rule(shop: Shop) -> None:
    wang = _file("王芳", "13800000001", 1990, 5, 3)
    wang_again = _file("王芳", "13800000001")  # same phone, no birthday
    wang_1985 = _file("王芳", "13900000002", 1985, 5, 3)  # same name and day, another year: another person
    li = _file("李娜", "", 1988, 7, 9)
    li_no_year = _file("李娜", "", None, 7, 9)  # no year: the day is enough
    li_phone_and_day = _file("李娜", "13700000003", 1988, 7, 9)
    _file("张三", "13600000004", 1990, 5, 3)  # shares nothing with anyone
    assert _pairs() == [
        (wang, wang_again, PHONE),
        (li, li_no_year, NAME_BIRTHDAY),
        (li, li_phone_and_day, NAME_BIRTHDAY),
        (li_no_year, li_phone_and_day, NAME_BIRTHDAY),
    ]
    assert wang_1985 not in {one for pair in _pairs() for one in pair[:2]}
    first = duplicate_pairs.possible_duplicates(OWNER)[0].first
    assert (first.name, first.phone, first.birth_year, first.birth_month, first.birth_day) == (
        "王芳", "13800000001", 1990, 5, 3,
    )  # fmt: skip


def test_a_merged_file_leaves_the_list_and_a_limit_holds(shop: Shop) -> None:
    files = [_file("陈静", "13500000005") for _ in range(5)]  # ten pairs by one phone
    assert len(_pairs()) == 10
    assert len(duplicate_pairs.possible_duplicates(OWNER, limit=3)) == 3
    merging.merge_customers(OWNER, files[0], files[1])
    assert len(_pairs()) == 6
    assert all(files[1] not in pair[:2] for pair in _pairs())


@pytest.mark.parametrize("role", [UserRole.FRONT_DESK, UserRole.STYLIST])
def test_only_the_owner_sees_the_pairs(shop: Shop, role: UserRole) -> None:
    _file("王芳", "13800000001")
    _file("王芳", "13800000001")
    with pytest.raises(PermissionDeniedError):
        duplicate_pairs.possible_duplicates(Actor("前台小李", role))
