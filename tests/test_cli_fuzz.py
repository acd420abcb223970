"""The command line's arguments and customer search fuzzed (issue 13): every answer is a result or
one line on stderr, never a traceback; exit 0, 1 or 2; a refusal leaves the data file as it was.

The commands run in this process (``salon_crm.__main__.main`` with argv lists) against a data
folder in tmp holding an owner login and one customer. ``FUZZ_EXAMPLES`` raises the count.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from salon_crm.__main__ import main
from salon_crm.core import customers, profiles, users
from salon_crm.core.context import OWNER
from salon_crm.core.db import open_shop
from salon_crm.core.errors import ValidationError

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "200"))
PASSWORD = "salon-fuzz-2026"
COMMANDS = ["import", "export", "report", "backup", "restore", "check", "demo"]
OPTIONS = [
    "--month", "--sheet", "--on-duplicate", "--update-existing", "--dry-run", "--error-report", "-o", "--out",
    "--seed", "--version", "--debug", "customers", "records", "appointments", "skip", "update", "zh_CN",
]  # fmt: skip
ODD = [
    "", " ", "-", "--", "---", "=", "%", "%s", "{}", "{month}", "\x00", "\x1b[31m", "\u202e", "王芳", "😀" * 50,
    "x" * 100_000, "9999-12", "0000-00", "2026-02", "-1", "1e308", "NaN", "13800138000", "CON", "nul.xlsx",
    "a.xlsx", "b.csv", "..", ".", "*", "?", "\\", "C:\\\\x.xlsx", "file:///x",
]  # fmt: skip
# Absolute or home paths would write outside the test's folder; "--l…" without a command opens the window;
# "--u…" is --user, whose wrong password is recorded by design (the login's wait, tests/test_cli_login.py).
TOKENS = st.one_of(st.sampled_from(OPTIONS), st.sampled_from(ODD), st.text(max_size=40), st.integers().map(str)).filter(
    lambda word: not word.startswith(("/", "~", "--u", "--da", "--h", "--l")) and "\x00" not in word[:1]
)


def _digest(folder: Path) -> list[str]:
    """The data file and its WAL by content (an empty WAL, left or removed on close, is no change)."""
    return [
        hashlib.sha256(path.read_bytes() if path.exists() else b"").hexdigest()
        for path in (folder / "salon.db", folder / "salon.db-wal")
    ]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    data = tmp_path_factory.mktemp("cli-fuzz") / "data"
    shop = open_shop(data)
    users.create_first_owner("owner", PASSWORD, PASSWORD)
    profiles.create_customer(OWNER, profiles.CustomerInput(name="张三", phone="13800138000"))
    shop.close()
    yield data


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse: --help and --version 0, a refusal 2
        code = exit_.code if isinstance(exit_.code, int) else 2
    return code, capsys.readouterr().err


def _shaped(command: str, values: list[str]) -> list[str]:
    """A well-formed call with odd values, so that most examples get past argparse into the command."""
    one, two = [*values, "", ""][:2]
    return {
        "import": ["import", one, "--dry-run"] if len(values) % 2 else ["import", "records", one, "--sheet", two],
        "export": ["export", "customers", one],
        "report": ["report", "--month", one, "-o", two or "r.xlsx"],
        "backup": ["backup", one] if one else ["backup"],
        "restore": ["restore", one],
        "check": ["check"],
        "demo": ["demo", "--seed", one],
    }[command]


ARGUMENTS = st.one_of(
    st.tuples(st.sampled_from(COMMANDS), st.lists(TOKENS, max_size=6)).map(lambda call: [call[0], *call[1]]),
    st.tuples(st.sampled_from(COMMANDS), st.lists(TOKENS, max_size=3)).map(lambda call: _shaped(*call)),
)
SAMPLE_CSV = "姓名,手机,生日,余额,备注\n王芳,13800138001,1990-02-30,1e308,\x1b[31m\n李四,-13800138000,,NaN,ok\n"


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(words=ARGUMENTS)
def test_any_arguments_end_in_an_answer_or_one_line(
    folder: Path,
    words: list[str],
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SALON_CRM_PASSWORD", PASSWORD)
    monkeypatch.delenv("SALON_CRM_DEBUG", raising=False)
    here = tmp_path_factory.mktemp("cwd")
    monkeypatch.chdir(here)  # whatever a command writes lands here, and the files it may read are here
    (here / "b.csv").write_text(SAMPLE_CSV, encoding="utf-8")
    (here / "a.xlsx").write_bytes(SAMPLE_CSV.encode("gb18030"))  # a CSV under a workbook's name
    before = _digest(folder)
    code, err = _run(["--data-dir", str(folder), *[word for word in words if word != "--debug"]], capsys)
    assert code in (0, 1, 2)
    assert "Traceback" not in err
    event(f"exit {code}")
    if code != 0:
        lines = err.strip().splitlines()
        assert len(lines) == 1, err[:2000]
        assert len(lines[0]) < 600
        assert _digest(folder) == before


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(words=st.lists(TOKENS, max_size=4))
def test_arguments_without_a_command_are_refused_in_one_line(
    words: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SALON_CRM_DATA_DIR", "/nonexistent-salon-crm-fuzz")
    words = [word for word in words if word != "--debug"]
    if not any(word.startswith("-") and word not in ("-", "--") for word in words):
        return  # a bare word is a command argparse refuses, or none at all would open the window
    code, err = _run(words, capsys)
    assert code in (0, 2)
    assert "Traceback" not in err
    if code:
        assert len(err.strip().splitlines()) == 1, err


SEARCH_TEXT = st.one_of(
    st.text(max_size=300),
    st.text(alphabet="%_*?[]^\\'\"()-+:.,;!~ \t\n\u3000", max_size=50),
    st.lists(st.sampled_from(["张", "三", "138", "0013", "%", "_", "OR", "NOT", "*", '"']), max_size=12).map(" ".join),
)


@pytest.fixture(scope="module")
def search_shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    shop = open_shop(tmp_path_factory.mktemp("search-fuzz") / "data")
    profiles.create_customer(OWNER, profiles.CustomerInput(name="张三", phone="13800138000"))
    profiles.create_customer(OWNER, profiles.CustomerInput(name="100% 李_四", phone="13900139000"))
    yield shop.db_path.parent
    shop.close()


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(query=SEARCH_TEXT)
def test_customer_search_answers_any_text_or_refuses_in_words(search_shop: Path, query: str) -> None:
    before = _digest(search_shop)
    try:
        found = customers.list_customers(search=query)
        counted = customers.count_customers(query)
    except ValidationError as error:
        assert error.code == "search_too_long"
        assert _digest(search_shop) == before
        return
    assert counted == len(found) <= 2
    if query.strip() in ("张三", "138"):
        assert [row.name for row in found] == ["张三"]
    if query.strip() == "%":
        assert [row.name for row in found] == ["100% 李_四"]  # a wildcard is a character, not "everything"
