"""A data folder in a synced folder or with another computer's -wal: one warning line on stderr, then the work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from salon_crm.__main__ import main


def test_a_synced_data_folder_is_warned_about_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "Dropbox" / "salon"
    assert main(["--data-dir", str(data), "demo", "--seed", "3"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "check"]) == 0
    captured = capsys.readouterr()
    warnings = [line for line in captured.err.splitlines() if "warning" in line]
    assert warnings == [
        f"salon-crm: warning: the data folder {data} is in a Dropbox folder; SQLite files there can be damaged. "
        "Keep the data on this computer and send backups there (Settings: second backup folder)."
    ]
    assert "no problem found" in captured.out


def test_a_wal_left_by_another_computer_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "salon"
    assert main(["--data-dir", str(data), "demo", "--seed", "3"]) == 0
    (data / "salon.db-wal").write_bytes(b"")  # an empty one is what a clean close may leave: no warning
    (data / "salon.lock").write_text(json.dumps({"pid": 7, "computer": "RECEPTION-PC", "since": "2026-12-01"}))
    capsys.readouterr()
    assert main(["--data-dir", str(data), "check"]) == 0
    assert "warning" not in capsys.readouterr().err
    (data / "salon.db-shm").write_bytes(b"\0" * 32768)
    (data / "salon.lock").write_text(json.dumps({"pid": 7, "computer": "RECEPTION-PC", "since": "2026-12-01"}))
    assert main(["--data-dir", str(data), "check"]) == 0
    err = capsys.readouterr().err
    assert "holds unfinished changes left by the computer RECEPTION-PC" in err
    assert len(err.strip().splitlines()) == 1
