"""Impact monitoring of the demo (demo/data/impact.yaml): product groups, emission factors,
exchange rates, validated sample reports 2016–2024 and the commitments they measure."""

from decimal import Decimal

from django.urls import reverse
from django.utils import translation

from demo.load import columns, read
from impact.models import (
    CommitmentTarget,
    EmissionFactor,
    ExchangeRate,
    ProductGroup,
    Report,
    ReportLine,
    ReportStatus,
)
from impact.services import compute_all
from members.models import MemberGovernment

LAST_YEAR = 2024
FIRST_RATE_YEAR = 2016


def load(stdout) -> None:
    data = read("impact")
    groups = load_groups(data)
    load_factors(data, groups)
    for currency, rates in data["rates"].items():
        for offset, rate in enumerate(rates):
            ExchangeRate.objects.update_or_create(
                currency=currency,
                year=FIRST_RATE_YEAR + offset,
                defaults={"rate_to_usd": Decimal(str(rate)), "source": data["rate_source"]},
            )
    reports = sum(
        load_reports(record, groups, data["sample_note"]["en"]) for record in data["reports"]
    )
    for target in data["targets"]:
        government = MemberGovernment.objects.get(slug=target["government"])
        CommitmentTarget.objects.update_or_create(
            commitment=government.commitments.get(title_en=target["commitment"]),
            defaults={
                "indicator": target["indicator"],
                "product_group": groups.get(target["group"]),
                "target_value": Decimal(str(target["value"])),
            },
        )
    with translation.override("en"):
        url = reverse("impact:index")
        reporting = reverse("impact:reports", args=["beijing"])
    stdout.write(
        f"Impact monitoring: {reports} sample reports (results at {url}; the Beijing official "
        f"reports at {reporting})"
    )


def load_groups(data: dict) -> dict[str, ProductGroup]:
    groups = {}
    for order, record in enumerate(data["product_groups"], start=1):
        values = columns({"name": record["name"], "units": record["units"]}, ["name"])
        groups[record["slug"]], _created = ProductGroup.objects.update_or_create(
            slug=record["slug"], defaults={**values, "order": order}
        )
    return groups


def load_factors(data: dict, groups: dict[str, ProductGroup]) -> None:
    for country, factors in data["factors"].items():
        for slug, unit, co2e, energy in factors:
            EmissionFactor.objects.update_or_create(
                product_group=groups[slug],
                country=country,
                year=data["factor_year"],
                unit=unit,
                defaults={
                    "co2e_per_unit": Decimal(str(co2e)),
                    "energy_per_unit": Decimal(str(energy)),
                    "source": data["factor_sources"][country],
                    "source_year": data["factor_source_year"],
                },
            )


def load_reports(record: dict, groups: dict[str, ProductGroup], note: str) -> int:
    """The member's validated reports, one per year; returns how many."""
    government = MemberGovernment.objects.get(slug=record["government"])
    years = range(record["first_year"], LAST_YEAR + 1)
    for index, year in enumerate(years):
        report, _created = Report.objects.update_or_create(
            government=government,
            year=year,
            number=1,
            defaults={
                "currency": record["currency"],
                "status": ReportStatus.VALIDATED,
                "published": True,
                "comment": note,
            },
        )
        lines = [yearly_line(report, line, groups, index) for line in record["lines"]]
        lines += [
            tender_line(report, tender, groups)
            for tender in record.get("tenders", [])
            if tender["year"] == year
        ]
        compute_all(report, lines)
        report.lines.all().delete()
        ReportLine.objects.bulk_create(lines)
    if "draft_year" in record:
        draft, _created = Report.objects.update_or_create(
            government=government,
            year=record["draft_year"],
            number=1,
            defaults={"currency": record["currency"], "status": ReportStatus.DRAFT},
        )
        lines = [yearly_line(draft, line, groups, len(years) - 1) for line in record["lines"]]
        compute_all(draft, lines)
        draft.lines.all().delete()
        ReportLine.objects.bulk_create(lines)
    return len(years)


def yearly_line(report: Report, line: dict, groups, index: int) -> ReportLine:
    share = Decimal(line["share"][index]) / 100
    return ReportLine(
        report=report,
        product_group=groups[line["group"]],
        method=line["method"],
        unit=line["unit"],
        total_spend=Decimal(line["total"]),
        green_spend=(Decimal(line["total"]) * share).quantize(Decimal(1)),
        total_units=Decimal(line["units"]),
        green_units=(Decimal(line["units"]) * share).quantize(Decimal(1)),
    )


def tender_line(report: Report, tender: dict, groups) -> ReportLine:
    return ReportLine(
        report=report,
        product_group=groups[tender["group"]],
        method="tender",
        tender=tender["tender"],
        green_spend=Decimal(tender["green"]),
        total_spend=Decimal(tender["total"]),
        baseline_co2e=Decimal(tender["baseline"]),
        awarded_co2e=Decimal(tender["awarded"]),
        baseline_energy=Decimal(tender["baseline_mwh"]),
        awarded_energy=Decimal(tender["awarded_mwh"]),
    )
