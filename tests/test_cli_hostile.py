"""The command line with hostile arguments (issue 13): one line on stderr, no traceback, values shortened."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from salon_crm.__main__ import main


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err


@pytest.mark.parametrize("month", ["9999-12", "x" * 100_000, "2026-13"])
def test_an_impossible_report_month_is_one_line(tmp_path: Path, month: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "report", "--month", month, "-o", str(tmp_path / "r.xlsx")]) != 0
    assert len(_one_line(capsys)) < 300


def test_a_huge_phone_in_an_imported_csv_is_shortened_when_echoed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.csv"
    path.write_text(f"姓名,手机\n王芳,{'1' * 100_000}\n", encoding="utf-8")
    main(["--data-dir", str(tmp_path / "d"), "import", str(path), "--dry-run"])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    assert "1" * 100 not in out.out + out.err


def test_an_unexpected_error_is_one_line_and_debug_shows_the_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from salon_crm import cli

    def broken(*_: object) -> int:
        raise RuntimeError("x" * 10_000)

    monkeypatch.setattr(cli, "run_command", broken)
    assert main(["--data-dir", str(tmp_path), "check"]) == 2
    assert len(_one_line(capsys)) < 400
    with pytest.raises(RuntimeError):
        main(["--data-dir", str(tmp_path), "--debug", "check"])


def test_a_workbook_that_kills_its_reader_is_one_line_from_a_real_process(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["姓名", "手机"])
    workbook.active["XFD1048576"] = "x"
    workbook.save(tmp_path / "far.xlsx")
    done = subprocess.run(
        [sys.executable, "-m", "salon_crm", "--data-dir", str(tmp_path / "d"), "import", str(tmp_path / "far.xlsx")],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert "Traceback" not in done.stderr
    assert "panicked" not in done.stderr
    assert done.returncode in (0, 1, 2)


@pytest.mark.parametrize(
    "words",
    [
        ["import", "\x85"],  # NEL: a line break to str.splitlines and to some terminals
        ["import", "a\u2028b.xlsx", "--dry-run"],
        ["export", "customers", "x" * 100_000],  # "File name too long", the name once printed whole
        ["restore", "y" * 5_000 + "\n.db"],
    ],
)
def test_an_odd_path_is_echoed_on_one_line_and_shortened(
    tmp_path: Path, words: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # found by tests/test_cli_fuzz.py
    assert main(["--data-dir", str(tmp_path / "d"), *words]) in (1, 2)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert all(len(line) < 300 for line in err.splitlines()), err[:500]
    assert err.splitlines()[-1].startswith("salon-crm: ")
