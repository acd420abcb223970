"""A moment's text is remembered per moment (imports write one moment 180,000 times), and must be
exactly what each reader wrote before: the seals of every stored row hash these texts."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from salon_crm.core import audit, chain, stamps
from salon_crm.core.models import LedgerEntry


def test_a_stored_moment_reads_as_the_standard_adapter_wrote_it(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "t.db")
    connection.execute("CREATE TABLE t (at DATETIME)")
    for moment in (datetime(2026, 12, 5, 10, 30), datetime(2026, 12, 5, 10, 30, 0, 250)):
        connection.execute("INSERT INTO t VALUES (?)", (moment,))
        # the standard library's adapter (sqlite3.dbapi2) wrote isoformat(" "); ours must match it byte for byte
        assert stamps.stored_text(moment) == moment.isoformat(" ")
    assert [row[0] for row in connection.execute("SELECT at FROM t")] == [
        "2026-12-05 10:30:00",
        "2026-12-05 10:30:00.000250",
    ]


def test_equal_moments_in_two_zones_keep_their_own_text() -> None:
    # equal (and hashing alike) yet written differently: a cache keyed on the moment would mix them up
    utc = datetime(2026, 12, 5, 2, 0, tzinfo=UTC)
    shanghai = utc.astimezone(timezone(timedelta(hours=8)))
    assert utc == shanghai
    assert stamps.stored_text(utc) == "2026-12-05 02:00:00+00:00"
    assert stamps.stored_text(shanghai) == "2026-12-05 10:00:00+08:00"
    assert stamps.iso_text(utc) == "2026-12-05T02:00:00+00:00"
    assert stamps.iso_text(shanghai) == "2026-12-05T10:00:00+08:00"


def test_the_audit_and_the_seals_read_a_moment_as_before() -> None:
    moment = datetime(2026, 12, 5, 10, 30, 15)
    assert audit.snapshot(LedgerEntry(at=moment))["at"] == "2026-12-05T10:30:15"
    # a ledger row's seal hashes the stored text of its time: the same seal whatever form it was given in
    values = {"customer_id": 1, "at": moment, "kind": "top_up", "points_delta": 0, "imported": False, "note": ""}
    as_text = {**values, "at": "2026-12-05 10:30:15"}
    assert chain.ledger_seal(chain.GENESIS, values) == chain.ledger_seal(chain.GENESIS, as_text)
