"""Search and the report's month with hostile input (issue 13): a result or a clear refusal."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salon_crm.core import customers, profiles, reports
from salon_crm.core.context import OWNER
from salon_crm.core.db import open_shop
from salon_crm.core.errors import ValidationError


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    opened = open_shop(tmp_path_factory.mktemp("search") / "data")
    profiles.create_customer(OWNER, profiles.CustomerInput(name="张三", phone="13800138000"))
    yield opened
    opened.close()


def _search(text: str) -> object:
    customers.count_customers(text)
    return customers.list_customers(search=text)


@pytest.mark.parametrize(
    "query",
    ["x" * 100_000, " ".join(["张"] * 20_000), "% " * 50_000, "a" * 201, " ".join("abcdefghijk")],
)
def test_a_huge_query_is_refused_in_words(shop: object, query: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _search(query)
    assert caught.value.code == "search_too_long"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_any_query_gives_a_result_or_a_refusal(shop: object, query: str) -> None:
    try:
        _search(query)
    except ValidationError as error:
        assert error.code == "search_too_long"


@pytest.mark.parametrize("month", ["9999-12", "0000-01", "2026-13", "x" * 100_000, "1899-12"])
def test_an_impossible_month_is_refused(month: str) -> None:
    with pytest.raises(ValidationError) as caught:
        reports.Month.parse(month)
    assert caught.value.code == "report_month_invalid"
    assert len(caught.value.values["month"]) <= 20


def test_the_last_month_there_is_parses() -> None:
    assert reports.Month.parse("9998-12").end.year == 9999
