"""Numbers and money in templates, as the reader's language writes them (procura.numbers)."""

from django import template

from procura import numbers

register = template.Library()


@register.simple_tag
def number(value, digits: int = 1) -> str:
    return numbers.number(value, digits)


@register.simple_tag
def percent(share) -> str:
    return numbers.percent(share)


@register.filter
def figure(value) -> str:
    return numbers.figure(value)


@register.filter
def currency_name(currency: str) -> str:
    return numbers.currency_name(currency)


@register.filter
def money(amount, currency: str) -> str:
    return numbers.money(amount, currency)
