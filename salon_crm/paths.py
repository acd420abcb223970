"""Where the shop's data folder is: ``--data-dir``, ``SALON_CRM_DATA_DIR``, or the OS default.

Kept out of ``core`` on purpose: core receives a ``Path`` and never asks the OS.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

ENV_VAR = "SALON_CRM_DATA_DIR"
APP_DIR_NAME = "SalonCRM"


def default_data_dir() -> Path:
    """The per-user application data folder (``%LOCALAPPDATA%\\SalonCRM`` on Windows)."""
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def resolve_data_dir(cli_value: str | None) -> Path:
    """The data folder to use: the command line wins, then the environment, then the OS."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env_value = os.environ.get(ENV_VAR, "").strip()
    if env_value:
        return Path(env_value).expanduser().resolve()
    return default_data_dir()
