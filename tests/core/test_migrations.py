"""Schema migrations: upgrade with a backup, refuse newer files, replay equals fresh."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from salon_crm.core import migrations
from salon_crm.core.db import DB_FILENAME, open_shop
from salon_crm.core.errors import DataFileError
from salon_crm.core.models import (
    ALL_MODELS,
    BALANCE_TRIGGERS,
    RHYTHM_TRIGGERS,
    STATS_TRIGGERS,
    Customer,
    ServiceRecord,
    database_proxy,
)

FIXTURES = Path(__file__).parents[1] / "fixtures"


def make_v1_file(folder: Path) -> Path:
    """A real data file at schema version 1, built from the committed SQL dump."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / DB_FILENAME
    conn = sqlite3.connect(path)
    conn.executescript((FIXTURES / "salon_v1.sql").read_text(encoding="utf-8"))
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    return path


def schema_of(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT type || ' ' || name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
    finally:
        conn.close()
    return {name: " ".join(sql.split()) for name, sql in rows}


def test_an_old_file_is_upgraded_after_a_backup(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    make_v1_file(folder)
    shop = open_shop(folder)
    try:
        assert shop.upgraded_from == 1
        assert migrations.current_version(shop.db) == migrations.CURRENT_VERSION
        assert Customer.get_by_id(1).name == "张三"
        assert ServiceRecord.select().count() == 1
        backups = list(shop.backup_dir.glob("salon-v1-before-upgrade-*.db"))
        assert len(backups) == 1
    finally:
        shop.close()
    conn = sqlite3.connect(backups[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT name FROM customer").fetchall() == [("张三",)]
    conn.close()


def test_a_newer_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    path = make_v1_file(folder)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DataFileError) as caught:
        open_shop(folder)
    assert caught.value.code == "data_file_newer"
    assert caught.value.values["file_version"] == migrations.CURRENT_VERSION + 1
    assert path.read_bytes() == before
    assert not (folder / "backups").exists()
    assert not (folder / f"{DB_FILENAME}-wal").exists()
    with pytest.raises(DataFileError) as again:  # refused again for the same reason: not left locked
        open_shop(folder)
    assert again.value.code == "data_file_newer"


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    folder.mkdir()
    (folder / DB_FILENAME).write_bytes(b"PK\x03\x04 this is a zip, not a shop")
    with pytest.raises(DataFileError) as caught:
        open_shop(folder)
    assert caught.value.code == "data_file_not_sqlite"


def test_replaying_every_step_gives_the_schema_of_the_models(tmp_path: Path) -> None:
    replayed = tmp_path / "replayed"
    open_shop(replayed).close()
    fresh_path = tmp_path / "fresh.db"
    fresh = SqliteDatabase(str(fresh_path))
    database_proxy.initialize(fresh)
    fresh.create_tables(ALL_MODELS)
    # the models' triggers, which create_tables does not know
    for trigger in STATS_TRIGGERS + RHYTHM_TRIGGERS + BALANCE_TRIGGERS:
        fresh.execute_sql(trigger)
    fresh.close()
    assert schema_of(replayed / DB_FILENAME) == schema_of(fresh_path)


def test_each_step_commits_with_its_version(tmp_path: Path) -> None:
    db = SqliteDatabase(str(tmp_path / "steps.db"))
    assert migrations.upgrade(db) == [step.version for step in migrations.STEPS]
    assert migrations.current_version(db) == migrations.CURRENT_VERSION
    assert migrations.upgrade(db) == []


def test_a_failing_step_leaves_the_previous_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = SqliteDatabase(str(tmp_path / "broken.db"))

    def broken(database: SqliteDatabase) -> None:
        database.execute_sql('CREATE TABLE "half_done" ("id" INTEGER)')
        raise RuntimeError("power cut")

    steps = [*migrations.STEPS, migrations.Step(migrations.CURRENT_VERSION + 1, "broken", broken)]
    monkeypatch.setattr(migrations, "STEPS", steps)
    monkeypatch.setattr(migrations, "CURRENT_VERSION", migrations.CURRENT_VERSION + 1)
    with pytest.raises(RuntimeError):
        migrations.upgrade(db)
    assert migrations.current_version(db) == migrations.CURRENT_VERSION - 1
    tables = {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "half_done" not in tables
