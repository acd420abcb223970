"""salon-crm backup / restore / check: real files, the real command line, exit codes a script can use."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from salon_crm.__main__ import main
from salon_crm.core.db import open_shop


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(folder), "demo", "--seed", "3"]) == 0
    return folder


def _copy_of(folder: Path, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    (data / "salon.db").write_bytes((folder / "salon.db").read_bytes())
    return data


def test_backup_check_and_restore(demo_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _copy_of(demo_folder, tmp_path)
    assert main(["--data-dir", str(data), "backup"]) == 0
    assert "verified: 600 customers" in capsys.readouterr().out
    [rotated] = (data / "backups").glob("salon-manual-*.db")
    out = tmp_path / "usb" / "salon-copy.db"
    assert main(["--data-dir", str(data), "backup", str(out)]) == 0
    assert out.exists() and not list(out.parent.glob("*.partial"))
    assert main(["--data-dir", str(data), "check"]) == 0
    assert "no problem found" in capsys.readouterr().out
    with sqlite3.connect(data / "salon.db") as conn:
        conn.execute("DELETE FROM survey_response")
    assert main(["--data-dir", str(data), "restore", str(out)]) == 0
    assert "Restored" in capsys.readouterr().out
    with sqlite3.connect(data / "salon.db") as conn:
        assert conn.execute("SELECT count(*) FROM survey_response").fetchone()[0] > 0
    assert len(list((data / "backups").glob("salon-before-restore-*.db"))) == 1
    assert rotated.exists()


def test_a_bad_backup_is_refused_with_exit_1_and_changes_nothing(
    demo_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _copy_of(demo_folder, tmp_path)
    cut = tmp_path / "cut.db"
    cut.write_bytes((data / "salon.db").read_bytes()[:300_000])
    before = (data / "salon.db").read_bytes()
    assert main(["--data-dir", str(data), "restore", str(cut)]) == 1
    assert "fails the check" in capsys.readouterr().err
    assert (data / "salon.db").read_bytes() == before


def test_check_exit_codes(demo_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _copy_of(demo_folder, tmp_path)
    with sqlite3.connect(data / "salon.db") as conn:
        customer = conn.execute("SELECT customer_id FROM ledger_entry ORDER BY id DESC LIMIT 1").fetchone()[0]
        conn.execute("UPDATE ledger_entry SET points_after = points_after + 7 WHERE customer_id = ?", (customer,))
    assert main(["--data-dir", str(data), "check"]) == 1
    out = capsys.readouterr().out
    assert f"ledger: a balance differs from the sum of its rows: customer #{customer}" in out
    assert f"ledger_chain: a stored value / points row was changed outside the app: customer #{customer}" in out
    (data / "salon.db").write_bytes(b"this is not a database at all" * 200)
    assert main(["--data-dir", str(data), "check"]) == 2
    assert main(["--data-dir", str(tmp_path / "nowhere"), "check"]) == 2


def test_restore_refuses_a_folder_in_use(demo_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _copy_of(demo_folder, tmp_path)
    holder = open_shop(data)
    try:
        assert main(["--data-dir", str(data), "restore", str(demo_folder / "salon.db")]) == 2
    finally:
        holder.close()
    assert "in use" in capsys.readouterr().err
