"""Shop settings: the shop's name and opening hours, kept in the data file."""

from __future__ import annotations

import json
from datetime import time
from pathlib import Path
from typing import Any

from salon_crm.core import audit, backup
from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction
from salon_crm.core.errors import ValidationError
from salon_crm.core.models import ShopSetting, database_proxy
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.rows import OpeningHours, ShopSettings

SHOP_NAME_MAX = 60
DEFAULT_OPENS = time(9, 0)
DEFAULT_CLOSES = time(21, 0)


def get_setting(key: str, default: Any = None) -> Any:
    """One setting's value decoded from JSON, or ``default`` when it is not set."""
    row = ShopSetting.get_or_none(ShopSetting.key == key)
    return default if row is None else json.loads(row.value)


@guarded(Action.CHANGE_SETTINGS)
def set_setting(actor: Actor, key: str, value: Any) -> None:
    """Store one setting (JSON) with its audit entry, in one transaction."""
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
    with database_proxy.atomic():
        row = ShopSetting.get_or_none(ShopSetting.key == key)
        before = None if row is None else {"value": json.loads(row.value)}
        if row is None:
            ShopSetting.create(key=key, value=encoded)
            action = AuditAction.CREATE
        elif row.value != encoded:
            ShopSetting.update(value=encoded).where(ShopSetting.key == key).execute()
            action = AuditAction.UPDATE
        else:
            return
        audit.record(actor, action, "shop_setting", key, before, {"value": value})


def _parse_hours(raw: Any) -> tuple[OpeningHours, ...]:
    days = []
    for weekday in range(7):
        span = raw.get(str(weekday)) if isinstance(raw, dict) else None
        if raw is None:
            days.append(OpeningHours(weekday, DEFAULT_OPENS, DEFAULT_CLOSES))
        elif span:
            days.append(OpeningHours(weekday, time.fromisoformat(span[0]), time.fromisoformat(span[1])))
        else:
            days.append(OpeningHours(weekday, None, None))
    return tuple(days)


def get_shop_settings() -> ShopSettings:
    """The shop's settings, with defaults for what was never set."""
    return ShopSettings(
        shop_name=str(get_setting("shop_name", "")),
        opening_hours=_parse_hours(get_setting("opening_hours")),
    )


def validate_shop_settings(settings: ShopSettings) -> None:
    """Raise ``ValidationError`` for the first thing wrong with ``settings``."""
    name = settings.shop_name.strip()
    if not name:
        raise ValidationError("shop_name_required")
    if len(name) > SHOP_NAME_MAX:
        raise ValidationError("shop_name_too_long", max=SHOP_NAME_MAX)
    if len(settings.opening_hours) != 7:
        raise ValidationError("opening_hours_incomplete")
    for day in settings.opening_hours:
        if (day.opens is None) != (day.closes is None):
            raise ValidationError("opening_hours_incomplete", weekday=day.weekday)
        if day.opens is not None and day.closes is not None and day.closes <= day.opens:
            raise ValidationError("closing_before_opening", weekday=day.weekday)


@guarded(Action.CHANGE_SETTINGS)
def update_shop_settings(actor: Actor, settings: ShopSettings) -> ShopSettings:
    """Validate and store the shop's name and hours; nothing is written if invalid."""
    validate_shop_settings(settings)
    hours = {
        str(day.weekday): [day.opens.strftime("%H:%M"), day.closes.strftime("%H:%M")]
        if day.opens is not None and day.closes is not None
        else None
        for day in settings.opening_hours
    }
    with database_proxy.atomic():
        set_setting(actor, "shop_name", settings.shop_name.strip())
        set_setting(actor, "opening_hours", hours)
    return get_shop_settings()


def get_second_backup_folder() -> Path | None:
    """The folder each backup is also copied to (a USB stick, a synced folder), or None."""
    value = get_setting(backup.SECOND_FOLDER_KEY, "")
    return Path(value) if isinstance(value, str) and value.strip() else None


@guarded(Action.CHANGE_SETTINGS)
def set_second_backup_folder(actor: Actor, folder: Path | None) -> None:
    """Set (after checking a new one can be written to) or clear the second backup folder."""
    if folder is not None and folder != get_second_backup_folder():
        if not folder.is_absolute():
            raise ValidationError("second_folder_not_absolute", folder=str(folder))
        backup.check_second_folder(folder)
    set_setting(actor, backup.SECOND_FOLDER_KEY, "" if folder is None else str(folder))
