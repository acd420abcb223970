"""Finding the header row and mapping its columns to customer fields.

Shops put a title row ("丽人美发店 客户资料 2025年") and blank rows above the header,
and other salon systems export English headers; both are recognised here. The
wizard shows the result so the user can correct it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

# The fields an import can fill, in the order the wizard lists them.
FIELDS = (
    "name", "first_name", "last_name", "phone", "gender", "birthday", "email", "wechat", "address",
    "occupation", "level", "notes", "skin_type", "hair_type", "allergies", "preferences", "balance",
    "bonus", "points",
)  # fmt: skip

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "客户姓名", "顾客姓名", "会员姓名", "客户名称", "名字", "name", "full name", "client name",
             "customer name", "customer"),
    "first_name": ("first name", "firstname", "given name", "名"),
    "last_name": ("last name", "lastname", "surname", "family name", "姓"),
    "phone": ("手机", "手机号", "手机号码", "电话", "电话号码", "联系电话", "联系方式", "移动电话", "mobile",
              "mobile number", "mobile phone", "phone", "phone number", "cell", "cell phone", "telephone", "tel"),
    "gender": ("性别", "gender", "sex"),
    "birthday": ("生日", "出生日期", "出生年月", "出生年月日", "birthday", "date of birth", "birthdate", "birth date",
                 "dob"),
    "email": ("邮箱", "电子邮箱", "email", "e-mail", "email address"),
    "wechat": ("微信", "微信号", "wechat", "wechat id"),
    "address": ("地址", "住址", "联系地址", "address"),
    "occupation": ("职业", "occupation", "job"),
    "level": ("会员等级", "等级", "卡类型", "会员卡", "会员类型", "level", "membership", "membership level", "tier"),
    "notes": ("备注", "备注信息", "说明", "note", "notes", "memo", "comment", "comments", "remark", "remarks"),
    "skin_type": ("肤质", "皮肤类型", "skin type", "skin"),
    "hair_type": ("发质", "头发类型", "hair type", "hair"),
    "allergies": ("过敏史", "过敏", "过敏情况", "allergies", "allergy"),
    "preferences": ("偏好", "喜好", "配方", "preferences", "formula"),
    "balance": ("余额", "储值余额", "卡内余额", "储值", "卡余额", "本金", "balance", "stored value", "account balance"),
    "bonus": ("赠送金", "赠送余额", "赠送", "bonus", "bonus balance"),
    "points": ("积分", "会员积分", "可用积分", "points", "loyalty points", "reward points"),
}  # fmt: skip

_BY_HEADER = {word: field for field, words in _SYNONYMS.items() for word in words}
# The header has to be found within the first rows; a title or two and blanks come first.
HEADER_SEARCH_ROWS = 30


def key_of(text: object) -> str:
    """A header cell as compared: NFKC, lower case, no spaces, no ``*`` or ``:``, no unit in brackets."""
    if not isinstance(text, str):
        return ""
    plain = unicodedata.normalize("NFKC", text).lower()
    plain = re.sub(r"[(\[（【].*?[)\]）】]", "", plain)
    plain = plain.replace("_", " ").replace("*", "").replace(":", "").strip()
    return " ".join(plain.split())


def field_for(header: object) -> str | None:
    """The customer field a header names, or None."""
    key = key_of(header)
    return _BY_HEADER.get(key) or _BY_HEADER.get(key.replace(" ", ""))


def find_header(rows: Sequence[Sequence[object]]) -> int:
    """The index of the row that names the most fields (the first such); -1 if none names two."""
    best, best_score = -1, 1
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = len({field for cell in row if (field := field_for(cell)) is not None})
        if score > best_score:
            best, best_score = index, score
    return best


def auto_map(header: Sequence[object]) -> dict[int, str]:
    """Column index → field for the recognised headers (the first column wins a field)."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for column, cell in enumerate(header):
        field = field_for(cell)
        if field is not None and field not in taken:
            mapping[column] = field
            taken.add(field)
    return mapping


def has_name(mapping: dict[int, str]) -> bool:
    """Whether the mapping can name a customer (a name column, or a first or a last name: either alone will do)."""
    fields = set(mapping.values())
    return "name" in fields or bool({"first_name", "last_name"} & fields)
