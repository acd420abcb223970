"""A second backup folder (a USB stick, a synced folder): each backup copied there, verified; a missing one said."""

from __future__ import annotations

from pathlib import Path

import pytest

from salon_crm.core import backup
from salon_crm.core import shop as shop_service
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop, open_shop
from salon_crm.core.errors import ValidationError
from salon_crm.core.models import AuditEntry
from tests.core.test_backup import add_customers


def test_each_backup_is_also_copied_to_the_second_folder(shop: Shop, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    add_customers(50)
    assert backup.second_folder_of(shop.db_path) is None
    shop_service.set_second_backup_folder(OWNER, stick)
    assert shop_service.get_second_backup_folder() == stick
    info = shop.back_up(backup.AT_EXIT)
    assert info.second_problem is None
    assert info.second_copy == stick / info.path.name
    assert backup.verify(info.second_copy) == info.counts
    assert sorted(path.name for path in stick.iterdir()) == [info.path.name]  # no partial file, no probe left
    risky = backup.back_up_open_file(None, backup.BEFORE_MERGE)  # before a risky act too
    assert risky is not None and (stick / risky.name).is_file()


def test_a_missing_second_folder_is_said_and_the_backup_still_written(shop: Shop, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    shop_service.set_second_backup_folder(OWNER, stick)
    stick.rmdir()  # the stick was pulled out
    shop_service.set_second_backup_folder(OWNER, stick)  # saving the settings again is not refused for it
    info = shop.back_up()
    assert backup.verify(info.path) == info.counts
    assert info.second_copy is None
    assert info.second_problem is not None
    assert (info.second_problem.code, info.second_problem.values) == ("second_folder_missing", {"folder": str(stick)})
    assert not stick.exists()  # its path is never made on this disk


def test_the_first_start_of_the_day_copies_too(tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    first = open_shop(tmp_path / "data")
    try:
        add_customers(5)
        shop_service.set_second_backup_folder(OWNER, stick)
    finally:
        first.close()
    again = open_shop(tmp_path / "data", daily_backup=True)
    try:
        assert again.backup_problem is None
        assert [path.name for path in stick.iterdir()] == [path.name for path in again.backup_dir.iterdir()]
    finally:
        again.close()


def test_the_setting_is_checked_audited_and_can_be_cleared(shop: Shop, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as relative:
        shop_service.set_second_backup_folder(OWNER, Path("usb"))
    assert relative.value.code == "second_folder_not_absolute"
    with pytest.raises(ValidationError) as missing:
        shop_service.set_second_backup_folder(OWNER, tmp_path / "nowhere")
    assert missing.value.code == "second_folder_not_found"
    assert shop_service.get_second_backup_folder() is None
    shop_service.set_second_backup_folder(OWNER, tmp_path)
    shop_service.set_second_backup_folder(OWNER, None)
    assert shop_service.get_second_backup_folder() is None
    assert shop.back_up().second_copy is None
    entries = AuditEntry.select().where(AuditEntry.record_id == backup.SECOND_FOLDER_KEY).count()
    assert entries == 2
