"""CSV files that staff open in spreadsheet programs."""

import csv
from decimal import Decimal

from django.http import HttpResponse

# A cell starting with one of these is a formula to a spreadsheet program.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value):
    """The value as a spreadsheet should show it: numbers stay numbers, and typed text never
    becomes a formula."""
    if value is None:
        return ""
    if isinstance(value, int | float | Decimal):
        return value
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class CellWriter:
    def __init__(self, response: HttpResponse):
        self.writer = csv.writer(response)

    def writerow(self, row) -> None:
        self.writer.writerow([cell(value) for value in row])


def csv_response(filename: str) -> tuple[HttpResponse, CellWriter]:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so that spreadsheet programs read CJK names as UTF-8
    return response, CellWriter(response)
