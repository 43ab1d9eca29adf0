"""Numbers and money as the reader's language writes them, from Babel's locale data:
21,850,000 in English; 2,185만 in Korean and 2,185万 in Japanese and Chinese where the
figure is for people to read; 74억 4,000만 원 rather than "7440000000 KRW"."""

from functools import cache

from babel import Locale
from babel.numbers import NumberPattern, format_currency, get_currency_name, parse_pattern
from django.conf import settings
from django.utils.translation import get_language, to_locale

# Korean, Japanese and Chinese count large numbers in myriads (10⁴), then 10⁸, then 10¹².
MYRIADS = {
    "ko": ("만", "억", "조"),
    "ja": ("万", "億", "兆"),
    "zh-hans": ("万", "亿", "万亿"),
}
# Korean writes a space between the parts (74억 4,000만), Japanese and Chinese none.
PART_SEPARATOR = {"ko": " "}
# The word a reader puts after an amount where Babel's is a long name ("대한민국 원").
CURRENCY_WORDS = {
    "ko": {"KRW": "원", "CNY": "위안", "JPY": "엔", "USD": "달러"},
    "ja": {"KRW": "ウォン", "CNY": "人民元", "JPY": "円", "USD": "米ドル"},
    "zh-hans": {"CNY": "元"},
}


# Parsed once per process: a page writes a few hundred numbers.
@cache
def babel_locale(language: str) -> Locale:
    return Locale.parse(to_locale(language))


@cache
def pattern(digits: int, percent: bool = False) -> NumberPattern:
    return parse_pattern(
        "#,##0" + ("." + "#" * digits if digits else "") + ("%" if percent else "")
    )


def language() -> str:
    return get_language() or settings.LANGUAGE_CODE


def number(value, digits: int = 1) -> str:
    """`value` grouped as the reader's language groups digits, with at most `digits` decimals."""
    if value is None:
        return "–"
    return pattern(digits).apply(value, babel_locale(language()))


def percent(share) -> str:
    if share is None:
        return "–"
    return pattern(1, percent=True).apply(share, babel_locale(language()))


def figure(value) -> str:
    """A whole count for people to read: exact, and in myriads where the language counts so
    (21850000 → 2,185万; 7440000000 → 74억 4,000만)."""
    if value is None:
        return "–"
    units = MYRIADS.get(language())
    whole = round(value)
    if units is None or abs(whole) < 10_000:
        return number(whole, 0)
    rest, parts = abs(whole), []
    for unit in ("", *units[:-1]):
        rest, part = divmod(rest, 10_000)
        parts.append((part, unit))
    parts.append((rest, units[-1]))
    written = PART_SEPARATOR.get(language(), "").join(
        number(part, 0) + unit for part, unit in reversed(parts) if part
    )
    return ("-" if whole < 0 else "") + written


def currency_name(currency: str) -> str:
    """An ISO 4217 code as the reader's language names the currency: 人民币, 중국 위안화."""
    return get_currency_name(currency, locale=babel_locale(language()))


def money(amount, currency: str) -> str:
    """An amount in its currency: CN¥1,234,567 in English, 123만 4,567 위안 in Korean; in
    Korean, Japanese and Chinese to the whole unit, as a figure for people."""
    if amount is None:
        return "–"
    if not currency:
        return figure(amount)
    code = language()
    if code not in MYRIADS:
        return format_currency(
            amount, currency, "¤#,##0.##", locale=babel_locale(code), currency_digits=False
        )
    word = CURRENCY_WORDS[code].get(currency) or get_currency_name(
        currency, locale=babel_locale(code)
    )
    return figure(amount) + PART_SEPARATOR.get(code, "") + word
