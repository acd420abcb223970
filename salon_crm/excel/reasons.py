"""Why a row was rejected, in words, for the error report and the command line (no Qt here).

The window words the same codes through ``salon_crm.ui.excel.messages``.
"""

from __future__ import annotations

import re
from typing import Any

# code: (English, Chinese)
REASONS: dict[str, tuple[str, str]] = {
    "customer_name_required": ("The name is missing.", "缺少姓名。"),
    "customer_name_too_long": ("The name is longer than {max} characters.", "姓名超过 {max} 个字。"),
    "phone_invalid": ("The phone number {phone} is not valid.", "电话号码 {phone} 无效。"),
    "date_unreadable": ("The date {value} cannot be read.", "无法识别日期 {value}。"),
    "gender_unreadable": ("The gender {value} cannot be read.", "无法识别性别 {value}。"),
    "money_invalid": ("The amount {value} cannot be read.", "无法识别金额 {value}。"),
    "money_negative": ("The amount {value} is negative.", "金额 {value} 为负数。"),
    "money_too_precise": ("The amount {value} has more than two decimals.", "金额 {value} 超过两位小数。"),
    "money_too_large": ("The amount {value} is too large.", "金额 {value} 过大。"),
    "number_invalid": ("The number {value} is not a whole number of at least 0.", "{value} 不是非负整数。"),
    "email_invalid": ("The email address {email} is not valid.", "邮箱 {email} 无效。"),
    "text_too_long": (
        "The {field} has {length} characters; at most {max} are allowed.",
        "{field} 有 {length} 个字，最多 {max} 个。",
    ),
    "phone_doubtful": (
        "The phone {phone} is too short to be anyone's number: imported as written, check it.",
        "电话 {phone} 太短，不像真实号码：已按原样导入，请核对。",
    ),
    "import_possible_duplicate": (
        "A customer named {name} with the same birthday is already on file: imported as a new customer; "
        "merge the two if they are one person.",
        "已有同名同生日的客户 {name}：已作为新客户导入；如是同一人请合并。",
    ),
    "import_possible_duplicate_in_file": (
        "Same name and birthday as row {line}: imported as a separate customer; merge them if they are one person.",
        "与第 {line} 行同名同生日：已作为另一位客户导入；如是同一人请合并。",
    ),
    "birthday_invalid": ("The birthday is not a real date.", "生日不是有效日期。"),
    "birthday_in_future": ("The birthday is in the future.", "生日晚于今天。"),
    "birthday_too_early": ("The birth year {year} is before 1900.", "出生年份 {year} 早于 1900 年。"),
    "import_level_unknown": (
        "There is no membership level named {level}: it is kept in the notes.",
        "没有名为“{level}”的会员等级：已记入备注。",
    ),
    "import_file_not_found": ("The file {file} does not exist.", "文件 {file} 不存在。"),
    "import_file_unreadable": ("The file {file} cannot be read: {reason}.", "无法读取文件 {file}：{reason}。"),
    "import_file_empty": ("The file {file} is empty.", "文件 {file} 是空的。"),
    "import_file_damaged": (
        "The file {file} is damaged or not a workbook (was it copied completely?).",
        "文件 {file} 已损坏或不是工作簿（是否完整复制？）。",
    ),
    "import_not_a_workbook": (
        "The file {file} is not an .xlsx workbook or a CSV file.",
        "文件 {file} 不是 .xlsx 工作簿或 CSV 文件。",
    ),
    "import_legacy_xls": (
        "The file {file} is an old-style .xls workbook: open it in Excel or WPS and save it as .xlsx, "
        "then import that.",
        "文件 {file} 是旧版 .xls 工作簿：请在 Excel 或 WPS 中打开并另存为 .xlsx 后再导入。",
    ),
    "import_file_encrypted": (
        "The file {file} is protected by a password: open it in Excel or WPS, remove the password, save, "
        "and import again.",
        "文件 {file} 设有密码：请在 Excel 或 WPS 中打开、取消密码并保存后再导入。",
    ),
    "import_file_too_large": (
        "The file {file} is larger than {megabytes} MB unpacked.",
        "文件 {file} 解压后超过 {megabytes} MB。",
    ),
    "import_too_many_rows": (
        "The sheet in {file} has more than {max} rows; split it into smaller files.",
        "{file} 的工作表超过 {max} 行，请拆分成较小的文件。",
    ),
    "import_rows_after_gap": (
        "Row {row} of {file} has values after {empty} empty rows: delete that row or move it up, then import again.",
        "{file} 的第 {row} 行在 {empty} 个空行之后还有内容：请删除该行或把它移到上面，再重新导入。",
    ),
    "import_row_not_flagged": (
        "Row {line} is not a possible duplicate: there is nothing to decide for it.",
        "第 {line} 行不是可能重复的客户，无需选择。",
    ),
    "import_too_many_columns": (
        "Row {row} of {file} has values after its first {max} columns, which are all that is read: "
        "move or delete them, then import again.",
        "{file} 的第 {row} 行在前 {max} 列之后还有内容（只读取前 {max} 列）：请移动或删除这些内容后再导入。",
    ),
    "import_too_many_cells": (
        "The sheet in {file} has {cells} cells, more than {max}; split it into smaller files.",
        "{file} 的工作表有 {cells} 个单元格，超过 {max} 个，请拆分成较小的文件。",
    ),
    "import_reader_failed": (
        "The file {file} could not be read within {megabytes} MB of memory: open it in Excel or WPS, "
        "save it again as .xlsx (or CSV UTF-8), and import that.",
        "无法在 {megabytes} MB 内存内读取文件 {file}：请在 Excel 或 WPS 中打开，另存为 .xlsx（或 CSV UTF-8）后再导入。",
    ),
    "import_no_rows": ("The file {file} has no rows to import.", "文件 {file} 中没有可导入的行。"),
    "import_sheet_not_found": (
        "The file {file} has no sheet named {sheet}.",
        "文件 {file} 中没有名为 {sheet} 的工作表。",
    ),
    "import_encoding_unknown": (
        "The text encoding of {file} is not UTF-8 or GB18030/GBK; save it again as CSV UTF-8.",
        "{file} 的编码既不是 UTF-8 也不是 GB18030/GBK，请另存为 “CSV UTF-8”。",
    ),
    "import_encoding_foreign": (
        "The text of {file} looks like {seen}, not Chinese or UTF-8: save it again as CSV UTF-8 and import that.",
        "{file} 的文字看来是 {seen} 编码，不是中文或 UTF-8：请另存为 “CSV UTF-8” 后再导入。",
    ),
    "import_no_customer_columns": (
        "No customer columns (a name, a phone…) were found in {file}: is it a customer list?",
        "在 {file} 中找不到客户信息列（姓名、手机等），这是客户名单吗？",
    ),
    "export_text_too_long": (
        "A text of {length} characters is longer than an Excel cell holds ({max}); nothing was written.",
        "有一段文字长 {length} 字，超过 Excel 单元格上限（{max}），未写入文件。",
    ),
    "import_no_record_columns": (
        "No service-record columns (a date, a service, an amount, and a name or mobile) were found in {file}.",
        "在 {file} 中找不到消费记录列（日期、项目、金额，以及姓名或手机）。",
    ),
    "record_date_required": ("The date of the visit is missing.", "缺少消费日期。"),
    "visit_in_future": ("The visit on {visited_at} is in the future.", "消费时间 {visited_at} 晚于现在。"),
    "record_customer_unknown": (
        "No single customer matches {name} {phone}: import the customers first.",
        "找不到唯一对应 {name} {phone} 的客户，请先导入客户。",
    ),
    "service_item_unknown": ("There is no service item named {item}.", "没有名为“{item}”的服务项目。"),
    "stylist_unknown": ("There is no member of staff named {name}.", "没有名为“{name}”的员工。"),
    "no_package_for_item": (
        "Paid by package, but the customer holds no session of {item} left on that day.",
        "标明次卡支付，但客户当天没有可用的“{item}”次卡次数。",
    ),
    "payment_method_invalid": ("The payment method {method} cannot be read.", "无法识别支付方式 {method}。"),
    "ledger_not_empty": (
        "A customer being imported already has balance entries; nothing was written.",
        "要导入的客户已有余额记录，未写入任何数据。",
    ),
    "report_month_invalid": ("The month {month} is not a month like 2026-10.", "月份 {month} 无效，应写作 2026-10。"),
}


SHOWN_VALUE = 60  # characters of a value echoed back; a 100,000-character phone is not printed whole


def shorten(value: object, limit: int = SHOWN_VALUE) -> object:
    """``value`` cut to ``limit`` characters with an ellipsis, control characters and line breaks as "?"
    (non-text values as they are)."""
    if not isinstance(value, str):
        return value
    value = _UNPRINTABLE.sub("?", value)
    return f"{value[: limit - 1]}…" if len(value) > limit else value


# C0 and C1 controls (NEL, 0x85, ends a line for str.splitlines), and the Unicode line and paragraph separators
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_LONG_WORD = re.compile(rf"\S{{{SHOWN_VALUE + 1},}}")


def one_line(text: str) -> str:
    """``text`` as one line for a terminal: controls as "?", a word (a path…) longer than 60 characters cut."""
    return _LONG_WORD.sub(lambda long: str(shorten(long[0])), _UNPRINTABLE.sub("?", text))


def reason_text(code: str, values: dict[str, Any], language: str = "en") -> str:
    """The sentence for ``code``; an unknown code is shown as itself with its values."""
    values = {key: shorten(value) for key, value in values.items()}
    pair = REASONS.get(code)
    if pair is None:
        details = ", ".join(f"{key}={value}" for key, value in values.items())
        return f"{code} ({details})" if details else code
    template = pair[1] if language.startswith("zh") else pair[0]
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template
