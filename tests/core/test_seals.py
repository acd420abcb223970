"""The audit log and the ledger are sealed: edits made with sqlite3 are found by `salon-crm check`."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from salon_crm.__main__ import main
from salon_crm.cli import finding_sentence
from salon_crm.core import erasure, integrity, loyalty, profiles
from salon_crm.core.context import OWNER
from salon_crm.core.db import DB_FILENAME, open_shop
from salon_crm.core.profiles import CustomerInput


@pytest.fixture(scope="module")
def sealed_shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A shop with customers, edits and money rows, written through the services."""
    folder = tmp_path_factory.mktemp("sealed") / "data"
    shop = open_shop(folder)
    try:
        for n in range(4):
            person = profiles.create_customer(OWNER, CustomerInput(name=f"客人{n}", phone=f"1380013800{n}"))
            loyalty.top_up(OWNER, person.id, Decimal("500"), bonus=Decimal("100"))
            loyalty.spend_stored_value(OWNER, person.id, Decimal("120.50"))
            loyalty.adjust(OWNER, person.id, note="welcome", points=30)
            profiles.update_customer(OWNER, person.id, CustomerInput(name=f"客人{n}", phone=f"1390013900{n}"))
    finally:
        shop.close()
    return folder


def _copy(folder: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    target.mkdir()
    (target / DB_FILENAME).write_bytes((folder / DB_FILENAME).read_bytes())
    return target / DB_FILENAME


def _tamper(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def _codes(path: Path) -> list[str]:
    return [finding.code for finding in integrity.check_file(path).findings]


def test_a_file_written_by_the_app_passes(sealed_shop: Path, tmp_path: Path) -> None:
    report = integrity.check_file(_copy(sealed_shop, tmp_path))
    assert report.ok, report.findings
    assert {integrity.AUDIT_CHAIN, integrity.LEDGER_CHAIN} <= set(report.checks)


def test_an_edited_audit_entry_is_found_with_its_time(
    sealed_shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _copy(sealed_shop, tmp_path)
    _tamper(path, "UPDATE audit_entry SET actor = 'desk' WHERE id = 5")
    [finding] = integrity.check_file(path).findings
    assert finding.code == "audit_entry_changed"
    assert finding.detail.startswith("#5 20")  # the entry and when it was written
    assert main(["--data-dir", str(path.parent), "check"]) == 1
    assert "entry #5" in capsys.readouterr().out and "changed outside the app" in finding_sentence(finding)


def test_an_edited_before_copy_is_found(sealed_shop: Path, tmp_path: Path) -> None:
    path = _copy(sealed_shop, tmp_path)
    _tamper(
        path,
        "UPDATE audit_entry SET after = replace(after, '13900139000', '13700000000') WHERE after LIKE '%13900139000%'",
    )
    assert _codes(path) == ["audit_entry_changed"]


def test_a_deleted_audit_entry_is_found(sealed_shop: Path, tmp_path: Path) -> None:
    path = _copy(sealed_shop, tmp_path)
    _tamper(path, "DELETE FROM audit_entry WHERE id = 7")
    [finding] = integrity.check_file(path).findings
    assert finding.code == "audit_entry_missing"
    assert finding.detail.startswith("#8 ") and "after #6" in finding.detail


def test_deleting_the_newest_entries_is_found(sealed_shop: Path, tmp_path: Path) -> None:
    path = _copy(sealed_shop, tmp_path)
    _tamper(path, "DELETE FROM audit_entry WHERE id >= (SELECT max(id) - 1 FROM audit_entry)")
    assert _codes(path) == ["audit_entry_missing_at_end"]


def test_an_inserted_audit_entry_is_found(sealed_shop: Path, tmp_path: Path) -> None:
    path = _copy(sealed_shop, tmp_path)
    _tamper(
        path,
        "INSERT INTO audit_entry (at, actor, action, table_name, record_id, before, after, seal) "
        "SELECT at, actor, action, table_name, record_id, before, after, seal FROM audit_entry WHERE id = 3",
    )
    assert _codes(path) == ["audit_entry_added"]


def test_an_entry_inserted_into_a_gap_is_found(sealed_shop: Path, tmp_path: Path) -> None:
    path = _copy(sealed_shop, tmp_path)
    _tamper(
        path,
        "DELETE FROM audit_entry WHERE id = 6",
        "INSERT INTO audit_entry (id, at, actor, action, table_name, record_id, before, after, seal) "
        "SELECT 6, at, 'desk', action, table_name, record_id, before, after, seal FROM audit_entry WHERE id = 5",
    )
    assert _codes(path) == ["audit_entry_added"]


def test_a_balance_raised_in_sqlite_is_found(
    sealed_shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _copy(sealed_shop, tmp_path)
    # the fraud the owner fears: ¥1,000 more on a card, delta and balance both, so the sums still agree
    _tamper(
        path,
        "UPDATE ledger_entry SET principal_delta = principal_delta + 1000, principal_after = principal_after + 1000 "
        "WHERE id = (SELECT min(id) FROM ledger_entry WHERE customer_id = 2)",
        "UPDATE ledger_entry SET principal_after = principal_after + 1000 "
        "WHERE customer_id = 2 AND id > (SELECT min(id) FROM ledger_entry WHERE customer_id = 2)",
    )
    findings = integrity.check_file(path).findings
    # the seals catch it, and the kept card (schema 13) no longer matches the raised row
    assert [f.code for f in findings] == ["kept_balance_differs", "ledger_entry_changed"]
    assert findings[1].detail.startswith("customer #2: row #")
    assert main(["--data-dir", str(path.parent), "check"]) == 1
    assert "changed outside the app" in capsys.readouterr().out


def test_a_balance_edited_alone_is_found_three_ways(sealed_shop: Path, tmp_path: Path) -> None:
    path = _copy(sealed_shop, tmp_path)
    last = "(SELECT max(id) FROM ledger_entry)"
    _tamper(path, f"UPDATE ledger_entry SET principal_after = principal_after + 1000 WHERE id = {last}")
    assert sorted(_codes(path)) == ["kept_balance_differs", "ledger_entry_changed", "ledger_sum_differs"]


def test_a_deleted_money_row_is_found(sealed_shop: Path, tmp_path: Path) -> None:
    path = _copy(sealed_shop, tmp_path)
    # the last spend of a customer gone: the balance goes back up, the sums still agree
    _tamper(path, "DELETE FROM ledger_entry WHERE id = (SELECT max(id) FROM ledger_entry)")
    assert "ledger_entry_missing" in _codes(path)


def test_erasure_blanks_old_copies_and_the_chain_still_holds(sealed_shop: Path, tmp_path: Path) -> None:
    path = _copy(sealed_shop, tmp_path)
    shop = open_shop(path.parent)
    try:
        erasure.erase_personal_data(OWNER, 1)
    finally:
        shop.close()
    with sqlite3.connect(path) as conn:
        copies = " ".join(str(row) for row in conn.execute("SELECT before, after FROM audit_entry"))
    conn.close()
    assert "13800138000" not in copies and "13900139000" not in copies and "客人0" not in copies
    assert "13900139001" in copies  # other customers' entries are untouched
    assert integrity.check_file(path).ok
    # the purge is exact: another edit of a purged entry is still found
    _tamper(
        path,
        "UPDATE audit_entry SET after = '{}' WHERE table_name = 'customer' AND record_id = '1' AND action = 'update'",
    )
    assert _codes(path) == ["audit_entry_changed"]


def test_an_old_file_is_sealed_when_upgraded(tmp_path: Path) -> None:
    from tests.core.test_migrations import make_v1_file

    folder = tmp_path / "old"
    path = make_v1_file(folder)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO audit_entry (at, actor, action, table_name, record_id, before, after) "
            "VALUES ('2025-03-01 10:00:00', 'owner', 'create', 'customer', '1', NULL, '{\"name\": \"张三\"}')"
        )
    conn.close()
    open_shop(folder).close()
    assert integrity.check_file(path).ok
    _tamper(path, "UPDATE audit_entry SET actor = 'x' WHERE id = 1")
    assert _codes(path) == ["audit_entry_changed"]


def test_an_upgrade_seals_in_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from salon_crm.core import chain
    from tests.core.test_migrations import make_v1_file

    monkeypatch.setattr(chain, "RESEAL_BATCH", 3)  # seven entries: three batches
    path = make_v1_file(tmp_path / "old")
    with sqlite3.connect(path) as conn:
        for n in range(7):
            conn.execute(
                "INSERT INTO audit_entry (at, actor, action, table_name, record_id, before, after) "
                "VALUES (?, 'owner', 'update', 'customer', '1', NULL, ?)",
                (f"2025-03-0{n + 1} 10:00:00", f'{{"n": {n}}}'),
            )
    conn.close()
    open_shop(path.parent).close()
    assert integrity.check_file(path).ok
    _tamper(path, "UPDATE audit_entry SET after = '{}' WHERE id = 5")
    assert _codes(path) == ["audit_entry_changed"]
