"""CSV files that staff open in spreadsheet programs, and the admin action that writes them
from a list of columns."""

import csv
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpResponse
from django.utils.functional import Promise

# A cell starting with one of these is a formula to a spreadsheet program.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# A column: its header, and the dotted path of attributes (following foreign keys) or the
# function that gives its cell for an object.
Column = tuple[str | Promise, str | Callable[[Any], Any]]


def cell(value):
    """The value as a spreadsheet should show it: numbers stay numbers, dates are ISO 8601,
    and typed text never becomes a formula."""
    if value is None:
        return ""
    if isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class CellWriter:
    def __init__(self, response: HttpResponse):
        self.writer = csv.writer(response)

    def writerow(self, row) -> None:
        self.writer.writerow([cell(value) for value in row])

    def write_table(self, columns: list[Column], objects: Iterable) -> None:
        """A header row, then a row per object."""
        self.writerow(header for header, _value in columns)
        for item in objects:
            self.writerow(value_of(item, value) for _header, value in columns)


def csv_response(filename: str) -> tuple[HttpResponse, CellWriter]:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so that spreadsheet programs read CJK names as UTF-8
    return response, CellWriter(response)


def value_of(item, value: str | Callable[[Any], Any]):
    """The cell of `item` in a column; a path through an empty foreign key gives an empty
    cell."""
    if callable(value):
        return value(item)
    for name in value.split("."):
        if item is None:
            return None
        item = getattr(item, name)
    return item


def followed_relations(columns: list[Column]) -> list[str]:
    """The foreign keys the columns' dotted paths follow, to fetch them in the same query."""
    return sorted(
        {
            value.rpartition(".")[0].replace(".", "__")
            for _header, value in columns
            if isinstance(value, str) and "." in value
        }
    )


def export_action(
    filename: str,
    columns: list[Column],
    *,
    description: str | Promise,
    order_by: tuple[str, ...] = (),
):
    """An admin action that downloads the selected objects as a CSV file, in one query."""

    @admin.action(description=description)
    def export_csv(modeladmin: admin.ModelAdmin, request, queryset: QuerySet) -> HttpResponse:
        response, writer = csv_response(filename)
        selected = queryset.select_related(*followed_relations(columns))
        writer.write_table(columns, selected.order_by(*order_by) if order_by else selected)
        return response

    return export_csv
