"""Fuzzing the import with mutated real workbooks and CSV files (issue 13).

Every input ends in rows or a typed ``SalonError``; after a refusal the data file is
byte-identical; the reading child stays under its ceiling and this process under
``PEAK_BOUND``. CI runs FUZZ_EXAMPLES (default 60 workbooks, 200 CSVs);
``bench/fuzz_import.py`` runs 10,000 and more on demand.
"""

from __future__ import annotations

import os
import random
import resource
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from excel_helpers import SAMPLES, file_digest
from fuzz_mutations import CSV_MUTATIONS, WORKBOOK_MUTATIONS, Mutation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salon_crm.core import customer_imports
from salon_crm.core.db import Shop, open_shop
from salon_crm.core.errors import SalonError
from salon_crm.excel.customer_import import build_rows, read_sheet

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "0")) or None
PEAK_BOUND_MB = 1500  # this process; the reading child is capped at 2 GiB by its own limit
WORKBOOKS = ["sample_customers_messy.xlsx", "sample_customers_libreoffice.xlsx", "sample_clients_english.xlsx"]


@pytest.fixture(scope="module")
def fuzz_shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Shop, Path]]:
    folder = tmp_path_factory.mktemp("fuzz")
    shop = open_shop(folder / "data")
    yield shop, folder
    shop.close()


def try_import(path: Path) -> str:
    """ "ok" or the refusal's code; anything but a ``SalonError`` fails the test."""
    try:
        sheet = read_sheet(path)
        customer_imports.plan_import(build_rows(sheet))
    except SalonError as error:
        return error.code
    return "ok"


def _check(fuzz_shop: tuple[Shop, Path], seed: Path, mutation: Mutation, number: int, suffix: str) -> None:
    shop, folder = fuzz_shop
    files = [shop.db_path, shop.db_path.with_name(shop.db_path.name + "-wal")]
    before = [file_digest(path) if path.exists() else "" for path in files]
    target = folder / f"fuzzed{suffix}"
    target.write_bytes(mutation(seed.read_bytes(), random.Random(number)))
    try_import(target)
    assert [file_digest(path) if path.exists() else "" for path in files] == before
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert peak_mb < PEAK_BOUND_MB


@settings(max_examples=EXAMPLES or 60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(WORKBOOKS), st.sampled_from(WORKBOOK_MUTATIONS), st.integers(0, 2**32))
def test_mutated_workbooks_end_in_rows_or_a_typed_error(
    fuzz_shop: tuple[Shop, Path], seed: str, mutation: Mutation, number: int
) -> None:
    _check(fuzz_shop, SAMPLES / seed, mutation, number, ".xlsx")


@settings(max_examples=EXAMPLES or 200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(CSV_MUTATIONS), st.integers(0, 2**32))
def test_mutated_csv_files_end_in_rows_or_a_typed_error(
    fuzz_shop: tuple[Shop, Path], mutation: Mutation, number: int
) -> None:
    _check(fuzz_shop, SAMPLES / "sample_customers_gbk.csv", mutation, number, ".csv")


def test_the_seeds_import(tmp_path: Path) -> None:
    for name in [*WORKBOOKS, "sample_customers_gbk.csv"]:
        shutil.copy(SAMPLES / name, tmp_path / name)
        assert read_sheet(tmp_path / name).data_rows
