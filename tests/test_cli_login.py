"""The command line acts as a login too: --user, the password from the environment, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from salon_crm.__main__ import main
from salon_crm.core import users
from salon_crm.core.db import open_shop


@pytest.fixture
def demo_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo", "--seed", "5"]) == 0
    return folder


def test_the_owner_exports_and_the_front_desk_may_not(
    demo_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "customers.xlsx"
    assert main(["--data-dir", str(demo_folder), "export", "customers", str(out)]) == 0  # the owner, by default
    out.unlink()
    assert main(["--data-dir", str(demo_folder), "--user", "desk", "export", "customers", str(out)]) == 1
    assert "The login's role (front_desk) may not do this (export_personal_data)" in capsys.readouterr().err
    assert not out.exists()


def test_a_wrong_password_is_refused(
    demo_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SALON_CRM_PASSWORD", "guess")
    assert main(["--data-dir", str(demo_folder), "report", "--month", "2026-10", "-o", str(tmp_path / "r.xlsx")]) == 1
    assert "The user name or the password is wrong." in capsys.readouterr().err
    assert not (tmp_path / "r.xlsx").exists()


def test_without_a_password_or_a_terminal_the_command_says_how(
    demo_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SALON_CRM_PASSWORD")
    assert main(["--data-dir", str(demo_folder), "export", "tickets", str(tmp_path / "t.xlsx")]) == 1
    assert "or set $SALON_CRM_PASSWORD" in capsys.readouterr().err


def test_a_shop_without_logins_acts_as_its_owner_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "new"
    open_shop(folder).close()
    assert main(["--data-dir", str(folder), "export", "customers", str(tmp_path / "c.xlsx")]) == 0
    assert "this shop has no logins yet; acting as its owner" in capsys.readouterr().err
    shop = open_shop(folder)
    try:
        assert not users.has_users()  # acting as the owner made no login
    finally:
        shop.close()
