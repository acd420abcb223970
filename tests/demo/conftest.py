"""Fixtures for the demo shop tests: a real, freshly migrated SQLite data folder per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from salon_crm.core.db import Shop, open_shop


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    opened = open_shop(tmp_path / "data")
    yield opened
    opened.close()
