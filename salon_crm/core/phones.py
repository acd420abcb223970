"""Phone numbers as the front desk types them.

A mainland mobile is stored as its 11 digits whatever was typed around it
(full-width digits, spaces, dashes, +86 / 0086). Any other number (a landline,
Hong Kong, abroad) is kept as typed when it is plausible: 5 to 15 digits with
only the usual separators. Anything else is refused, a leading minus too (a
number cell of -13800138000 is not a phone). A kept number too short to be anyone's
phone (12345, 10086) is doubtful: the import warns, the profile form asks.
"""

from __future__ import annotations

import re
import unicodedata

from salon_crm.core.errors import ValidationError

MOBILE = re.compile(r"1[3-9]\d{9}")
_SEPARATORS = re.compile(r"[\s\-.()\u00a0]+")
_COUNTRY_PREFIX = re.compile(r"^(?:\+86|0086|86)(?=1[3-9]\d{9}$)")
_PLAUSIBLE_OTHER = re.compile(r"\+?[\d\s\-().]+(?:\s*(?:ext\.?|x|转)\s*\d{1,6})?", re.IGNORECASE)
MIN_DIGITS, MAX_DIGITS = 5, 15
# A landline without its area code has 7 or 8 digits; fewer is a service number or a typo.
MIN_LIKELY_DIGITS = 7
_MINUS = ("-", "\u2212", "\u2013")
# Only mobiles start with 1 at this length (service numbers such as 10086 are shorter).
MOBILE_TYPO_DIGITS = (8, 12)


def normalise_phone(text: str) -> str:
    """The phone to store: 11 digits for a mainland mobile, else the trimmed input.

    Returns "" for an empty input; raises ``ValidationError("phone_invalid")``.
    """
    typed = unicodedata.normalize("NFKC", text).strip()
    if not typed:
        return ""
    if typed.startswith(_MINUS):
        raise ValidationError("phone_invalid", phone=text)
    compact = _COUNTRY_PREFIX.sub("", _SEPARATORS.sub("", typed))
    if MOBILE.fullmatch(compact):
        return compact
    digits = re.sub(r"\D", "", typed)
    if compact.startswith("1") and MOBILE_TYPO_DIGITS[0] <= len(digits) <= MOBILE_TYPO_DIGITS[1]:
        raise ValidationError("phone_invalid", phone=text)  # a mobile with a digit too many or too few
    if _PLAUSIBLE_OTHER.fullmatch(typed) and MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        return " ".join(typed.split())
    raise ValidationError("phone_invalid", phone=text)


def phone_doubt(phone: str) -> str:
    """``"phone_doubtful"`` for a stored phone nobody is likely to answer (12345), else ""."""
    if not phone or MOBILE.fullmatch(phone):
        return ""
    digits = phone_digits(phone)
    if len(digits) < MIN_LIKELY_DIGITS or len(set(digits)) == 1:
        return "phone_doubtful"
    return ""


def phone_digits(text: str) -> str:
    """Only the digits, for searching "digits anywhere in the number"."""
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", text))


def masked_phone(phone: str) -> str:
    """The phone as a role that may not see it reads it: 138****8000, or all but the ends hidden.

    Enough to tell two customers apart on the phone ("the one ending 8000"), not to call
    or copy the number out.
    """
    if not phone:
        return ""
    if MOBILE.fullmatch(phone):
        return f"{phone[:3]}****{phone[-4:]}"
    digits = [i for i, char in enumerate(phone) if char.isdigit()]
    shown = set(digits[:2] + digits[-2:]) if len(digits) > 6 else set(digits[-2:])
    return "".join(char if not char.isdigit() or i in shown else "*" for i, char in enumerate(phone))
