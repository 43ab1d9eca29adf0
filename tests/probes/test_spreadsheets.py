"""Text typed into the portal never becomes a formula in a CSV file someone opens in a
spreadsheet program, as procura.exports writes them: the open data of the impact results is
downloaded by anyone, and its tender references and names are typed by officials."""

import csv
import io
from decimal import Decimal

import pytest

from impact.models import EmissionFactor, ProductGroup, Report, ReportLine
from procura.exports import FORMULA_STARTS
from tests.factories import GovernmentFactory

pytestmark = pytest.mark.django_db

FORMULAS = ['=HYPERLINK("https://evil.example","Open")', "+1+1", "-1+1", "@SUM(1)", "\t=1"]


@pytest.fixture
def formulas(db):
    """A validated report whose typed texts are formulas: the government's name, the tender
    references of its lines, and the source of the emission factor one line uses."""
    government = GovernmentFactory(slug="formulas", name_en=FORMULAS[0], country="CN")
    group = ProductGroup.objects.create(slug="paper", name_en=FORMULAS[1], units=["piece"])
    factor = EmissionFactor.objects.create(
        product_group=group,
        country="CN",
        year=2023,
        unit="piece",
        co2e_per_unit=1,
        source=FORMULAS[3],
        source_year=2022,
    )
    report = Report.objects.create(
        government=government, year=2023, currency="CNY", status="validated", published=True
    )
    for tender in FORMULAS:
        ReportLine.objects.create(
            report=report,
            product_group=group,
            green_spend=Decimal(5),
            total_spend=Decimal(10),
            method="factor",
            unit="piece",
            green_units=Decimal(2),
            tender=tender,
            factor=factor,
        )
    return report


def test_the_open_data_holds_no_formula(client, formulas):
    response = client.get("/en/impact/data.csv")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == len(FORMULAS)

    formula_cells = [
        (name, value)
        for row in rows
        for name, value in row.items()
        if value.startswith(FORMULA_STARTS)
    ]
    assert formula_cells == []
    # The text itself is all there, as the spreadsheet shows it.
    assert sorted(row["tender"].removeprefix("'") for row in rows) == sorted(FORMULAS)
