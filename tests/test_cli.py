"""The command line: help, version, data folder choice, and refusals worded for people."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from salon_crm import __version__
from salon_crm.__main__ import main
from salon_crm.core.db import open_shop
from salon_crm.paths import ENV_VAR, resolve_data_dir


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "salon_crm", *args], capture_output=True, text=True, check=False, timeout=120
    )


def test_help_and_version() -> None:
    helped = run_cli("--help")
    assert helped.returncode == 0
    for option in ("--data-dir", "--lang", "--version", "demo"):
        assert option in helped.stdout
    versioned = run_cli("--version")
    assert versioned.stdout.strip() == f"salon-crm {__version__}"


def test_data_folder_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env"))
    assert resolve_data_dir(None) == tmp_path / "from-env"
    assert resolve_data_dir(str(tmp_path / "from-flag")) == tmp_path / "from-flag"
    monkeypatch.delenv(ENV_VAR)
    assert resolve_data_dir(None).name == "SalonCRM"


def test_an_unknown_language_is_refused() -> None:
    result = run_cli("--lang", "fr", "demo")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_demo_refuses_a_locked_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    holder = open_shop(tmp_path)
    try:
        assert main(["--data-dir", str(tmp_path), "demo"]) == 2
    finally:
        holder.close()
    assert "in use by salon-crm on computer" in capsys.readouterr().err
