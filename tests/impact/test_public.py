"""The network's results, a member's charts and the open data: validated reports alone."""

import csv
import io
import json
from decimal import Decimal

import pytest

from impact.models import ReportStatus
from procura import caching
from tests.helpers import page, visible_text
from tests.impact.conftest import it_line, make_report

pytestmark = pytest.mark.django_db


def csv_lines(client) -> list[dict]:
    response = client.get("/en/impact/data.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def totals(client) -> dict[str, str]:
    response = client.get("/en/impact/")
    assert response.status_code == 200
    return {
        attrs["data-total"]: attrs["data-value"]
        for attrs, _ in page(response).find_all("dd")
        if "data-total" in attrs
    }


def column_sum(lines, name) -> Decimal:
    return sum((Decimal(line[name]) for line in lines if line[name]), Decimal(0))


def test_the_network_totals_are_the_sums_of_the_open_data(client, validated):
    lines = csv_lines(client)
    shown = totals(client)

    assert len(lines) == 3
    assert Decimal(shown["co2e"]) == column_sum(lines, "co2e_avoided_t") == Decimal("17")
    assert Decimal(shown["energy"]) == column_sum(lines, "energy_saved_mwh") == Decimal("24")
    assert int(shown["members"]) == len({line["government"] for line in lines}) == 2
    share = column_sum(lines, "green_spend_usd") / column_sum(lines, "total_spend_usd")
    assert Decimal(shown["share"]) == pytest.approx(share)


def test_text_typed_by_officials_never_becomes_a_formula_in_the_open_data(
    client, beijing, it_equipment, rates
):
    typed = ['=HYPERLINK("https://evil.example")', "+1", "-1+1", "@SUM(1)"]
    make_report(
        beijing,
        2023,
        [it_line(it_equipment) | {"tender": tender} for tender in typed]
        + [it_line(it_equipment, co2e="-2")],
    )

    response = client.get("/en/impact/data.csv")

    assert response.content.startswith("\ufeff".encode())  # CJK names read as UTF-8
    lines = csv_lines(client)
    assert sorted(line["tender"] for line in lines) == sorted(
        [f"'{text}" for text in typed] + ["PC-1"]
    )
    # Numbers stay numbers, negative ones included.
    assert {Decimal(line["co2e_avoided_t"]) for line in lines} == {Decimal("12.5"), Decimal(-2)}


def test_drafts_submitted_and_returned_reports_change_neither_page_nor_exports(
    client, validated, beijing, it_equipment
):
    before_page, before_csv = totals(client), csv_lines(client)
    json_before = client.get("/api/impact.json").json()["lines"]
    for number, status in enumerate([ReportStatus.RETURNED, ReportStatus.DRAFT], start=2):
        make_report(beijing, 2023, [it_line(it_equipment, co2e="999")], status, number=number)
    make_report(beijing, 2022, [it_line(it_equipment, co2e="555")], ReportStatus.SUBMITTED)
    caching.clear()  # as the commit would: the pages are rendered anew

    assert totals(client) == before_page
    assert csv_lines(client) == before_csv
    assert client.get("/api/impact.json").json()["lines"] == json_before


def test_a_corrected_year_counts_once_by_its_latest_validated_version(
    client, validated, beijing, it_equipment
):
    from impact.models import Report

    Report.objects.filter(government=beijing).update(published=False)
    make_report(beijing, 2023, [it_line(it_equipment, co2e="20")], number=2)
    caching.clear()

    lines = csv_lines(client)

    assert [line["version"] for line in lines if line["government"] == "beijing"] == ["2"]
    assert Decimal(totals(client)["co2e"]) == Decimal("23")


def test_the_json_parses_and_matches_the_csv(client, validated):
    response = client.get("/api/impact.json")

    assert response.status_code == 200
    document = json.loads(response.content)
    assert document["licence"] == "CC BY 4.0"
    lines = csv_lines(client)
    assert len(document["lines"]) == len(lines)
    for from_json, from_csv in zip(document["lines"], lines, strict=True):
        assert {
            name: "" if value is None else str(value) for name, value in from_json.items()
        } == from_csv
    assert 'rel="license"' in response["Link"]


def test_the_results_page_in_each_language(client, validated, language):
    response = client.get(f"/{language}/impact/")

    assert response.status_code == 200
    assert page(response).html_lang() == language
    svgs = page(response).find_all("svg", role="img")
    assert len(svgs) == 6
    for attrs, _text in svgs:
        title, desc = attrs["aria-labelledby"].split()
        assert page(response).find_all("title", id=title)
        assert page(response).find_all("desc", id=desc)
    assert len(page(response).find_all("caption")) >= 6
    text = visible_text(response)
    name = {"en": "IT equipment", "ko": "IT 기기", "ja": "IT機器", "zh-hans": "IT设备"}[language]
    assert name in text
    assert "IMF, yearly average" in text
    # Currencies by their name in the reader's language, rates without trailing zeros.
    cells = [cell for _attrs, cell in page(response).find_all("td")]
    assert CURRENCY_NAMES[language] in cells
    assert "0.00077" in cells
    assert "0.000770" not in cells


CURRENCY_NAMES = {
    "en": "Chinese Yuan CNY",
    "ko": "중국 위안화 CNY",
    "ja": "中国人民元 CNY",
    "zh-hans": "人民币 CNY",
}


def test_numbers_are_written_the_readers_way(client, validated, beijing, it_equipment):
    make_report(beijing, 2022, [it_line(it_equipment, co2e="12345.5", energy="0")])

    assert "12,345.5" in visible_text(client.get("/en/impact/"))


def test_the_results_page_with_no_reports(client, language):
    response = client.get(f"/{language}/impact/")

    assert response.status_code == 200
    assert page(response).find_all("svg", role="img")


def test_the_methodology_in_each_language(client, factor, rates, paper, language):
    response = client.get(f"/{language}/impact/methodology/")

    assert response.status_code == 200
    assert page(response).html_lang() == language
    text = visible_text(response)
    assert "CC BY 4.0" in text
    assert "China Environmental Labelling, product LCA (2019)" in text
    if language == "en":
        assert "reams of paper or tonnes" in text
    assert {"en": "Paper", "ko": "종이", "ja": "紙類", "zh-hans": "纸张"}[language] in text
    assert "IMF, yearly average" in text
    # The factors as the language writes numbers, without trailing zeros.
    cells = [cell for _attrs, cell in page(response).find_all("td")]
    assert [cell for cell in cells if cell.startswith("0.")] == ["0.25", "0.4", "0.14", "0.00077"]


def test_a_profile_shows_the_governments_charts(client, validated, language):
    response = client.get(f"/{language}/members/beijing/")

    assert response.status_code == 200
    svgs = page(response).find_all("svg", role="img")
    assert len(svgs) == 3
    cells = [attrs.get("data-value") for attrs, _ in page(response).find_all("td")]
    assert "14.000" in cells  # CO2e avoided in 2023: 12.5 + 1.5


def more_data(years, governments, groups):
    """Validated reports for `years`; the cached pages are forgotten, as a commit would."""
    caching.clear()
    for year in years:
        for government in governments:
            make_report(
                government,
                year,
                [it_line(groups[0]), {"product_group": groups[1], "co2e_avoided": Decimal(1)}],
            )


def test_the_results_page_makes_as_many_queries_with_ten_times_the_data(
    client, validated, beijing, seoul, it_equipment, paper, django_assert_max_num_queries
):
    more_data([2000], [beijing, seoul], [it_equipment, paper])
    with django_assert_max_num_queries(6):
        response = client.get("/en/impact/")
    assert response.status_code == 200
    assert "2000" in visible_text(response)

    more_data(range(2001, 2011), [beijing, seoul], [paper, it_equipment])
    with django_assert_max_num_queries(6):
        response = client.get("/en/impact/data.csv")
    with django_assert_max_num_queries(6):
        response = client.get("/en/impact/")
    assert response.status_code == 200
    assert "2009" in visible_text(response)


def test_a_profile_makes_as_many_queries_with_ten_times_the_data(
    client, validated, beijing, seoul, it_equipment, paper, django_assert_max_num_queries
):
    more_data([2000], [beijing], [it_equipment, paper])
    with django_assert_max_num_queries(12) as first:
        response = client.get("/en/members/beijing/")
    assert response.status_code == 200
    more_data(range(2001, 2011), [beijing], [paper, it_equipment])

    with django_assert_max_num_queries(len(first.captured_queries)):
        response = client.get("/en/members/beijing/")
    assert response.status_code == 200
    assert "2009" in visible_text(response)


def test_a_validated_report_reaches_the_cached_pages_at_once(
    client, validated, stella, beijing, it_equipment, django_capture_on_commit_callbacks
):
    from impact import services

    assert Decimal(totals(client)["co2e"]) == Decimal("17")
    client.get("/en/members/beijing/")  # both pages are now cached
    report = make_report(beijing, 2022, [it_line(it_equipment, co2e="5")], ReportStatus.SUBMITTED)

    with django_capture_on_commit_callbacks(execute=True):
        services.validate(report, stella)

    assert Decimal(totals(client)["co2e"]) == Decimal("22")
    profile = client.get("/en/members/beijing/")
    assert "2022" in [text for _attrs, text in page(profile).find_all("th")]
