"""The demo awards: an announced edition with winners in every category and case studies in
four languages, last year's edition in judging, and this year's open call."""

import pytest
from django.utils import timezone

from awards.models import TEXT_FIELDS, Application, ApplicationStatus, AwardEdition, Phase, Score
from demo.accounts import JURY_EMAIL, OFFICIAL_PASSWORD
from tests.helpers import page, visible_text

pytestmark = pytest.mark.django_db

COLUMNS = ["en", "ko", "ja", "zh_hans"]


def test_three_editions_in_each_phase(demo_output):
    phases = dict(AwardEdition.objects.values_list("year", "phase"))
    this_year = timezone.localdate().year
    assert phases[this_year] == Phase.OPEN
    assert phases[this_year - 1] == Phase.JUDGING
    assert Phase.ANNOUNCED in [phase for year, phase in phases.items() if year < this_year - 1]
    assert f"{JURY_EMAIL} / {OFFICIAL_PASSWORD}" in demo_output
    assert AwardEdition.objects.get(year=this_year).accepts_applications()


def test_every_category_of_the_announced_edition_has_a_winner_with_a_case_study(demo_output):
    announced = AwardEdition.objects.get(phase=Phase.ANNOUNCED)
    for category in announced.categories.all():
        assert category.applications.filter(status=ApplicationStatus.WINNER).count() == 1
    case_studies = Application.objects.in_results()
    assert case_studies.count() >= 4
    for application in case_studies:
        for field in TEXT_FIELDS:
            for column in COLUMNS:
                assert getattr(application, f"{field}_{column}"), (application.slug, field, column)


def test_the_announced_pages_and_case_studies_read_in_every_language(client, demo_output, language):
    announced = AwardEdition.objects.get(phase=Phase.ANNOUNCED)
    response = client.get(f"/{language}/awards/{announced.year}/")
    assert response.status_code == 200
    links = [attrs["href"] for attrs, _text in page(response).find_all("a") if "href" in attrs]
    case_studies = [
        link for link in links if link.count("/") == 5 and f"/{announced.year}/" in link
    ]
    assert len(case_studies) >= 4
    for link in case_studies:
        assert client.get(link).status_code == 200


def test_the_demo_official_sees_a_badge_and_a_draft(client, demo_output):
    beijing = client.get("/zh-hans/members/beijing/")
    assert "award-badge badge-winner" in beijing.content.decode()

    draft = Application.objects.get(government__slug="beijing", status=ApplicationStatus.DRAFT)
    assert draft.edition.phase == Phase.OPEN
    assert draft.official.user.email == "official@beijing.example"


def test_the_demo_jury_member_has_scoring_left_and_a_recusal(client, demo_output):
    judging = AwardEdition.objects.get(phase=Phase.JUDGING)
    member = judging.jury.get(user__email=JURY_EMAIL)
    assert not member.scores.exists()
    assert Score.objects.filter(jury_member__edition=judging).exists()  # the others began
    client.force_login(member.user)

    response = client.get(f"/en/awards/{judging.year}/jury/")

    assert "Recused: your government" in visible_text(response)
    seoul = judging.applications.get(government__slug="seoul")
    assert client.get(f"/en/awards/{judging.year}/jury/{seoul.pk}/").status_code == 403
