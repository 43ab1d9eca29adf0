"""Every validated line as open data, in CSV and JSON, under CC BY 4.0."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation

from impact.models import ReportLine
from procura import exports
from procura.site import absolute_url

LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
ATTRIBUTION = "Procura+ East Asia, ICLEI East Asia"
COLUMNS = [
    "government",
    "government_name",
    "country",
    "year",
    "version",
    "product_group",
    "product_group_name",
    "method",
    "tender",
    "currency",
    "green_spend",
    "total_spend",
    "usd_rate",
    "green_spend_usd",
    "total_spend_usd",
    "unit",
    "green_units",
    "total_units",
    "baseline_co2e_t",
    "awarded_co2e_t",
    "baseline_energy_mwh",
    "awarded_energy_mwh",
    "co2e_avoided_t",
    "energy_saved_mwh",
    "emission_factor_source",
]


def records() -> list[dict]:
    """The validated lines in the public figures, one dict of COLUMNS each."""
    lines = (
        ReportLine.objects.public()
        .with_usd()
        .select_related("report__government", "product_group", "factor")
        .order_by("report__government__slug", "report__year", "product_group__order", "id")
    )
    return [
        {
            "government": line.report.government.slug,
            "government_name": line.report.government.name_en,
            "country": line.report.government.country,
            "year": line.report.year,
            "version": line.report.number,
            "product_group": line.product_group.slug,
            "product_group_name": line.product_group.name_en,
            "method": line.method,
            "tender": line.tender,
            "currency": line.report.currency,
            "green_spend": line.green_spend,
            "total_spend": line.total_spend,
            "usd_rate": line.usd_rate,
            "green_spend_usd": line.green_spend_usd,
            "total_spend_usd": line.total_spend_usd,
            "unit": line.unit,
            "green_units": line.green_units,
            "total_units": line.total_units,
            "baseline_co2e_t": line.baseline_co2e,
            "awarded_co2e_t": line.awarded_co2e,
            "baseline_energy_mwh": line.baseline_energy,
            "awarded_energy_mwh": line.awarded_energy,
            "co2e_avoided_t": line.co2e_avoided,
            "energy_saved_mwh": line.energy_saved,
            "emission_factor_source": (
                f"{line.factor.source} ({line.factor.source_year})" if line.factor else ""
            ),
        }
        for line in lines
    ]


def methodology_url() -> str:
    with translation.override("en"):
        return reverse("impact:methodology")


def csv_response() -> HttpResponse:
    """The lines for spreadsheet programs: typed text (tender references, names, sources)
    never becomes a formula."""
    response, writer = exports.csv_response("procura-impact.csv")
    response["Link"] = f'<{LICENCE_URL}>; rel="license"'
    writer.writerow(COLUMNS)
    for record in records():
        writer.writerow(record[name] for name in COLUMNS)
    return response


def json_response() -> HttpResponse:
    document = {
        "licence": LICENCE,
        "licence_url": LICENCE_URL,
        "attribution": ATTRIBUTION,
        "methodology": absolute_url(methodology_url()),
        "columns": COLUMNS,
        "lines": records(),
    }
    response = HttpResponse(
        json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False),
        content_type="application/json",
    )
    response["Link"] = f'<{LICENCE_URL}>; rel="license"'
    return response
