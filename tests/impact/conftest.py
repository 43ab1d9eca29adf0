"""Impact monitoring's own fixtures: product groups, a factor, exchange rates, and reports.

IT equipment is counted in pieces, office paper in reams or tonnes. Beijing reports in yuan,
Seoul in won; both currencies have a rate for 2023.
"""

from decimal import Decimal

import pytest

from impact.models import (
    EmissionFactor,
    ExchangeRate,
    ProductGroup,
    Report,
    ReportLine,
    ReportStatus,
)


@pytest.fixture
def it_equipment(db):
    return ProductGroup.objects.create(
        slug="it-equipment",
        name_en="IT equipment",
        name_ko="IT 기기",
        name_ja="IT機器",
        name_zh_hans="IT设备",
        units=["piece"],
        order=1,
    )


@pytest.fixture
def paper(db):
    return ProductGroup.objects.create(
        slug="paper",
        name_en="Paper",
        name_ko="종이",
        name_ja="紙類",
        name_zh_hans="纸张",
        units=["ream", "t"],
        order=2,
    )


@pytest.fixture
def factor(it_equipment):
    return EmissionFactor.objects.create(
        product_group=it_equipment,
        country="CN",
        year=2020,
        unit="piece",
        co2e_per_unit=Decimal("0.25"),
        energy_per_unit=Decimal("0.4"),
        source="China Environmental Labelling, product LCA",
        source_year=2019,
    )


@pytest.fixture
def rates(db):
    ExchangeRate.objects.create(
        currency="CNY", year=2023, rate_to_usd=Decimal("0.14"), source="IMF, yearly average"
    )
    ExchangeRate.objects.create(
        currency="KRW", year=2023, rate_to_usd=Decimal("0.00077"), source="IMF, yearly average"
    )


def make_report(government, year, lines, status=ReportStatus.VALIDATED, currency="CNY", number=1):
    """A report with `lines` (dicts of ReportLine fields) in `status`; a validated one is in
    the public figures."""
    report = Report.objects.create(
        government=government,
        year=year,
        number=number,
        currency=currency,
        status=status,
        published=status == ReportStatus.VALIDATED,
    )
    ReportLine.objects.bulk_create(ReportLine(report=report, **values) for values in lines)
    return report


def it_line(it_equipment, green=600, total=1000, co2e="12.5", energy="20"):
    return {
        "product_group": it_equipment,
        "green_spend": Decimal(green),
        "total_spend": Decimal(total),
        "method": "tender",
        "tender": "PC-1",
        "baseline_co2e": Decimal("100") + Decimal(co2e),
        "awarded_co2e": Decimal("100"),
        "co2e_avoided": Decimal(co2e),
        "energy_saved": Decimal(energy),
    }


@pytest.fixture
def validated(beijing, seoul, it_equipment, paper, rates):
    """Beijing's and Seoul's validated reports for 2023."""
    make_report(
        beijing,
        2023,
        [
            it_line(it_equipment),
            {
                "product_group": paper,
                "green_spend": Decimal(50),
                "total_spend": Decimal(100),
                "co2e_avoided": Decimal("1.5"),
            },
        ],
    )
    make_report(seoul, 2023, [it_line(it_equipment, 700_000, 1_000_000, "3", "4")], currency="KRW")
