"""The normalised search column of a customer: pinyin, initials, phone digits, WeChat.

张三 is found by "zs" and "zhangsan"; a surname with several readings is found by
each of them (曾 zeng/ceng, 单 shan/dan, 仇 qiu/chou), because a front desk types
the reading it hears, not the one a dictionary puts first.

The list sorts by the name's pinyin, stored right after the name (``pinyin_sort_key``):
syllable by syllable, with the surname's own reading for the surnames in
``SURNAME_READINGS``, so 曾 files under Z with 张, not under C where a dictionary's first
reading (ceng) put it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from pypinyin import Style, lazy_pinyin, pinyin

_NON_DIGIT = re.compile(r"\D+")


# Surnames read otherwise than a dictionary's first reading of the character (《百家姓》 and the
# registry's readings): 曾 is zēng as a surname, céng ("once") in a dictionary. Only characters
# whose surname reading is settled; 乐 (yuè or lè) and 尉 (wèi, or yù in 尉迟) keep pypinyin's order.
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "朴": "piao", "区": "ou", "查": "zha",
    "盖": "ge", "翟": "zhai", "覃": "qin", "召": "shao", "缪": "miao", "种": "chong", "折": "she",
    "繁": "po", "员": "yun",
}  # fmt: skip


@lru_cache(maxsize=4096)
def _readings(char: str) -> tuple[str, ...]:
    options = pinyin(char, style=Style.NORMAL, heteronym=True, errors="default")
    readings = [reading.lower() for reading in options[0]] if options else [char.lower()]
    return tuple(dict.fromkeys(readings))


def _surname_readings(char: str) -> tuple[str, ...]:
    """The readings of a name's first character, the surname's own first where it differs."""
    readings = _readings(char)
    surname = SURNAME_READINGS.get(char)
    return readings if surname is None else tuple(dict.fromkeys((surname, *readings)))


def name_keys(name: str) -> list[str]:
    """Search keys of a name: itself, full pinyin and initials, one per surname reading."""
    return list(_name_keys(name))


# An import of 20,000 rows repeats names and surnames a lot: pypinyin was most of its commit.
@lru_cache(maxsize=32768)
def _pinyin_parts(name: str) -> tuple[str, tuple[str, ...]]:
    """The name as searched (NFKC, trimmed, lower case) and the pinyin of all but its first
    character: what the search keys and the sort key are both made of, worked out once."""
    clean = unicodedata.normalize("NFKC", name).strip().lower()
    return clean, tuple(lazy_pinyin(clean[1:], style=Style.NORMAL)) if clean else ()


@lru_cache(maxsize=32768)
def _name_keys(name: str) -> tuple[str, ...]:
    clean, rest_full = _pinyin_parts(name)
    if not clean:
        return ()
    rest_initials = "".join(part[:1] for part in rest_full)
    keys = [clean]
    for reading in _surname_readings(clean[0]):
        keys.append(reading + "".join(rest_full))
        keys.append(reading[:1] + rest_initials)
    return tuple(dict.fromkeys(keys))


@lru_cache(maxsize=32768)
def pinyin_sort_key(name: str) -> str:
    """What the customer list sorts a name by: its pinyin, syllables apart, the surname's reading first.

    Apart, because run together the letters of the given name compete with the surname's:
    "chenhongxia" (陈红霞) came after "chengruoxi" (程若曦), splitting the 陈 files around the
    程 ones; "chen hong xia" comes before "cheng ruo xi", as in a phone book.
    """
    clean, rest_full = _pinyin_parts(name)
    if not clean:
        return ""
    surname = _surname_readings(clean[0])[0]
    if surname == clean[0]:  # not a Chinese character (Anna): letters have no syllables to keep apart
        return " ".join(lazy_pinyin(clean, style=Style.NORMAL))
    return " ".join([surname, *rest_full])


def customer_search_text(name: str, phone: str = "", wechat: str = "", other_phones: Iterable[str] = ()) -> str:
    """The text stored in ``Customer.search_text``; searched with LIKE '%term%'.

    It starts with the name and then its sort key (``pinyin_sort_key``): the list's order is
    everything after the name (``models.PINYIN_ORDER``), so a search and the sort share one index.
    """
    keys = name_keys(name)
    keys[1:1] = [pinyin_sort_key(name)] if keys else []
    for number in (phone, *other_phones):  # a customer's other numbers find them too
        digits = _NON_DIGIT.sub("", unicodedata.normalize("NFKC", number))
        if digits:
            keys.append(digits)
    if wechat.strip():
        keys.append(unicodedata.normalize("NFKC", wechat).strip().lower())
    return " ".join(dict.fromkeys(keys))  # a one-syllable name's sort key is its pinyin key too


def normalise_query(text: str) -> str:
    """What the user typed, in the form the search column is stored in."""
    return unicodedata.normalize("NFKC", text).strip().lower()


def name_matches(name: str, typed: str) -> bool:
    """Whether ``typed`` finds ``name`` as the customer search does: in the name, its pinyin or initials.

    Used for short lists filtered as the user types (the services of a booking: "jf" finds 剪发).
    """
    needle = normalise_query(typed).replace(" ", "")
    return not needle or any(needle in key for key in name_keys(name))
