"""A commitment measured by an indicator: its progress on the profile comes from the
validated reports, with its trend. Li speaks for Beijing, whose commitment is green paper."""

from decimal import Decimal

import pytest

from impact.models import CommitmentTarget, ReportStatus
from procura import caching
from tests.helpers import page, visible_text
from tests.impact.conftest import make_report

pytestmark = pytest.mark.django_db


def paper_line(paper, green, total=100):
    return {"product_group": paper, "green_spend": Decimal(green), "total_spend": Decimal(total)}


def test_an_official_measures_a_commitment_in_each_language(client, li, beijing, paper, language):
    client.force_login(li)
    commitment = beijing.commitments.get()
    url = f"/{language}/members/beijing/impact/targets/"
    assert client.get(url).status_code == 200
    prefix = f"c{commitment.pk}"

    response = client.post(
        url,
        {
            f"{prefix}-indicator": "green_share",
            f"{prefix}-product_group": str(paper.pk),
            f"{prefix}-target_value": "100",
        },
    )

    assert response.status_code == 302
    target = CommitmentTarget.objects.get()
    assert (target.commitment, target.product_group, target.target_value) == (
        commitment,
        paper,
        100,
    )


def test_a_measured_commitment_needs_its_target_value(client, li, beijing):
    client.force_login(li)
    prefix = f"c{beijing.commitments.get().pk}"

    response = client.post("/en/members/beijing/impact/targets/", {f"{prefix}-indicator": "co2e"})

    assert response.status_code == 400
    assert "A measured commitment needs its target value." in visible_text(response)
    assert not CommitmentTarget.objects.exists()


def test_another_governments_targets_are_not_found(client, minji, beijing):
    client.force_login(minji)

    assert client.get("/en/members/beijing/impact/targets/").status_code == 404


def test_the_profile_shows_progress_from_validated_reports(client, beijing, paper, language):
    CommitmentTarget.objects.create(
        commitment=beijing.commitments.get(),
        indicator="green_share",
        product_group=paper,
        target_value=100,
    )
    make_report(beijing, 2022, [paper_line(paper, 40)])
    make_report(beijing, 2023, [paper_line(paper, 80)])
    make_report(beijing, 2024, [paper_line(paper, 100)], ReportStatus.SUBMITTED)
    caching.clear()

    response = client.get(f"/{language}/members/beijing/")

    assert response.status_code == 200
    [(meter, _text)] = page(response).find_all("meter")
    assert Decimal(meter["value"]) == Decimal("0.8")
    text = visible_text(response)
    assert "2022: 40 · 2023: 80" in text
    assert "2024: 100" not in text


def test_officials_find_their_reports_from_their_profile(client, li, beijing, seoul):
    client.force_login(li)

    own = page(client.get("/ko/members/beijing/"))
    other = page(client.get("/ko/members/seoul/"))

    assert own.find_all("a", href="/ko/members/beijing/impact/")
    assert own.find_all("a", href="/ko/members/beijing/impact/targets/")
    assert not other.find_all("a", href="/ko/members/seoul/impact/")


def test_a_measured_commitment_shows_its_computed_progress_instead_of_the_typed_one(
    client, li, beijing, seoul, paper, language
):
    client.force_login(li)
    commitment = beijing.commitments.get()
    url = "/en/members/beijing/impact/targets/"
    prefix = f"c{commitment.pk}"
    client.post(url, {f"{prefix}-indicator": "co2e", f"{prefix}-target_value": "10"})
    client.logout()

    beijing_page = page(client.get(f"/{language}/members/beijing/"))
    seoul_page = page(client.get(f"/{language}/members/seoul/"))

    assert beijing_page.find_all("a", href="#impact-title")
    assert not beijing_page.find_all("span", class_="progress progress-planned")
    assert seoul_page.find_all("span", class_="progress progress-planned")
    # No longer measured: the typed progress is back.
    client.force_login(li)
    client.post(url, {f"{prefix}-indicator": ""})
    client.logout()
    caching.clear()
    assert page(client.get(f"/{language}/members/beijing/")).find_all(
        "span", class_="progress progress-planned"
    )


def test_a_renamed_product_group_reaches_the_cached_profile_at_once(
    client, beijing, paper, django_capture_on_commit_callbacks
):
    CommitmentTarget.objects.create(
        commitment=beijing.commitments.get(),
        indicator="green_share",
        product_group=paper,
        target_value=100,
    )
    assert "Paper" in visible_text(client.get("/en/members/beijing/"))
    paper.name_en = "Office paper"

    with django_capture_on_commit_callbacks(execute=True):
        paper.save()

    assert "Office paper" in visible_text(client.get("/en/members/beijing/"))
