"""Numbers of the impact pages, written as the reader's language writes them."""

from django import template

from impact import charts

register = template.Library()


@register.simple_tag
def number(value, digits: int = 1) -> str:
    return charts.number(value, digits)


@register.simple_tag
def percent(share) -> str:
    return charts.percent(share)
