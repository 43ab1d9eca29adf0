"""The demo's sample reports: 2016–2024, Chinese, Korean and Japanese members, loaded twice
without a duplicate, and the network's totals are the sums of the open data."""

import csv
import io
from decimal import Decimal

import pytest

from impact.models import CommitmentTarget, ProductGroup, Report, ReportLine
from tests.helpers import page

pytestmark = pytest.mark.django_db


def test_loading_twice_duplicates_nothing(demo_output):
    assert "sample reports" in demo_output
    assert ProductGroup.objects.count() == 9
    assert Report.objects.values("government", "year").distinct().count() == Report.objects.count()
    assert CommitmentTarget.objects.count() == 10


def test_sample_reports_of_chinese_korean_and_japanese_members(demo):
    public = Report.objects.public()

    assert {2016, 2024} <= set(public.values_list("year", flat=True))
    assert set(public.values_list("government__country", flat=True)) == {"CN", "KR", "JP"}
    assert all(report.comment == "Sample data for demonstration." for report in public)
    assert ReportLine.objects.filter(method="tender").exists()
    draft = Report.objects.get(government__slug="beijing", year=2025)
    assert (draft.status, draft.published) == ("draft", False)
    assert draft.lines.exists()
    assert not ReportLine.objects.filter(method="factor", co2e_avoided__isnull=True).exists()
    for group in ProductGroup.objects.all():
        assert all([group.name_en, group.name_ko, group.name_ja, group.name_zh_hans])


def test_the_network_totals_are_the_sums_of_the_demos_open_data(client, demo):
    opened = client.get("/en/impact/data.csv").content.decode("utf-8-sig")
    lines = list(csv.DictReader(io.StringIO(opened)))
    response = client.get("/en/impact/")
    shown = {
        attrs["data-total"]: attrs["data-value"]
        for attrs, _ in page(response).find_all("dd")
        if "data-total" in attrs
    }

    co2e = sum(Decimal(line["co2e_avoided_t"]) for line in lines if line["co2e_avoided_t"])
    assert Decimal(shown["co2e"]) == co2e > 0
    assert int(shown["members"]) == len({line["government"] for line in lines}) == 8


def test_a_demo_profile_shows_its_measured_commitments(client, demo, language):
    response = client.get(f"/{language}/members/beijing/")

    assert response.status_code == 200
    assert len(page(response).find_all("meter")) == 2
    assert len(page(response).find_all("svg", role="img")) == 3
