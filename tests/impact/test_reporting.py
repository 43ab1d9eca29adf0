"""Officials report their government's year: drafts, evidence, submission, conflicts and bad
input. Li speaks for Beijing (in Chinese), Minji for Seoul."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from impact import views as impact_views
from impact.models import Evidence, Report, ReportLine, ReportStatus
from members import views as members_views
from tests.helpers import form_data, image_file, page, visible_text
from tests.impact.conftest import it_line, make_report

pytestmark = pytest.mark.django_db

URL = "/{language}/members/beijing/impact/2023/"


def line(group, **values) -> dict:
    data = {
        "lines-0-product_group": str(group.pk),
        "lines-0-green_spend": "600",
        "lines-0-total_spend": "1000",
        "lines-0-unit": "piece",
        "lines-0-green_units": "40",
        "lines-0-total_units": "50",
        "lines-0-method": "factor",
    }
    data.update({f"lines-0-{name}": value for name, value in values.items()})
    return data


def post(client, data, language="en", edits="", **extra):
    return client.post(
        URL.format(language=language),
        {
            "currency": "CNY",
            "edits": edits,
            "lines-TOTAL_FORMS": "2",
            "lines-INITIAL_FORMS": "0",
            "lines-MIN_NUM_FORMS": "0",
            "lines-MAX_NUM_FORMS": "200",
            **data,
            **extra,
        },
    )


def test_an_official_opens_the_report_of_a_year_in_each_language(
    client, li, it_equipment, language
):
    client.force_login(li)

    response = client.get(URL.format(language=language))

    assert response.status_code == 200
    assert page(response).html_lang() == language
    assert page(response).find_all("input", name="currency")[0][0]["value"] == "CNY"
    assert page(response).find_all("select", name="lines-0-product_group")


def test_a_draft_is_saved_and_computed_but_not_public(client, li, it_equipment, factor):
    client.force_login(li)

    response = post(client, line(it_equipment))

    assert response.status_code == 302
    report = Report.objects.get()
    assert (report.status, report.number, report.edits) == (ReportStatus.DRAFT, 1, 1)
    saved = report.lines.get()
    assert saved.co2e_avoided == 10  # 40 pieces × 0.25 t
    assert saved.factor == factor
    assert not ReportLine.objects.public().exists()
    assert client.get("/en/impact/data.csv").content.decode().count("\n") == 1


def test_another_governments_report_is_not_found(client, minji, beijing, it_equipment):
    client.force_login(minji)

    assert client.get(URL.format(language="en")).status_code == 404
    assert post(client, line(it_equipment)).status_code == 404
    assert client.get("/en/members/beijing/impact/").status_code == 404
    assert Report.objects.count() == 0


def test_officials_reach_their_government_s_reports_as_they_reach_its_profile():
    # One rule for who speaks for a government, wherever officials edit it.
    assert impact_views.official_government_or_404 is members_views.official_government_or_404


def test_an_anonymous_visitor_is_asked_to_sign_in(client, beijing):
    response = client.get(URL.format(language="en"))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"green_spend": "-5"}, "green_spend", "greater than or equal to 0"),
        ({"green_spend": "2000"}, "green_spend", "cannot be more than the total spend"),
        ({"unit": "t"}, "unit", "is counted in"),
        (
            {"method": "tender", "baseline_co2e": "5", "awarded_co2e": "9"},
            "baseline_co2e",
            "baseline tender cannot be below",
        ),
    ],
)
def test_bad_lines_are_refused_beside_their_field(
    client, li, it_equipment, values, field, message, language
):
    client.force_login(li)

    response = post(client, line(it_equipment, **values), language=language)

    assert response.status_code == 400
    assert Report.objects.count() == 0
    # The field's own block carries the error.
    [block] = [
        html
        for html in response.content.decode().split('<div class="field')
        if f'name="lines-0-{field}"' in html
    ]
    assert block.startswith(" field-error")
    if language == "en":
        assert message in block


def test_an_unknown_currency_is_refused(client, li, it_equipment):
    client.force_login(li)

    response = post(client, line(it_equipment), currency="XYZ")

    assert response.status_code == 400
    assert "XYZ is not a currency code of ISO 4217" in visible_text(response)
    assert Report.objects.count() == 0


def test_a_future_year_is_refused(client, li):
    client.force_login(li)

    response = client.post("/en/members/beijing/impact/", {"year": "2999"})

    assert response.status_code == 400
    assert "2999 has not come yet" in visible_text(response)
    assert client.get("/en/members/beijing/impact/2999/").status_code == 404


def test_two_officials_saving_at_once_lose_nothing(client, li, beijing, it_equipment, paper):
    client.force_login(li)
    post(client, line(it_equipment))
    opened = form_data(client.get(URL.format(language="en")))
    # A colleague saves meanwhile, with the paper instead.
    post(client, line(paper, unit="ream", method=""), edits="1")

    mine = {**opened, "lines-0-green_spend": "650"}
    response = client.post(URL.format(language="en"), mine)

    assert response.status_code == 409
    assert "Someone else saved this report while you were editing it" in visible_text(response)
    assert "Paper" in visible_text(response)  # their line is shown
    assert page(response).find_all("input", name="lines-0-green_spend")[0][0]["value"] == "650"
    report = Report.objects.get()
    assert report.lines.get().product_group == paper
    # Saving again, knowing theirs, keeps mine.
    again = client.post(URL.format(language="en"), form_data(response))
    assert again.status_code == 302
    assert Report.objects.get().lines.get().green_spend == 650


def test_submitting_tells_the_reviewers_and_locks_the_draft(client, li, stella, it_equipment):
    client.force_login(li)

    response = post(client, line(it_equipment), _submit="1")

    assert response.status_code == 302
    report = Report.objects.get()
    assert report.status == ReportStatus.SUBMITTED
    [message] = mail.outbox
    assert message.to == [stella.email]
    assert f"/en/admin/impact/report/{report.pk}/change/" in message.body
    locked = post(client, line(it_equipment, green_spend="1"), edits=str(report.edits))
    assert locked.status_code == 409
    assert report.lines.get().green_spend == 600


def test_an_empty_report_cannot_be_submitted(client, li, it_equipment):
    client.force_login(li)

    response = post(client, {}, _submit="1")

    assert response.status_code == 400
    assert "Add at least one line" in visible_text(response)
    assert Report.objects.count() == 0


def test_evidence_is_kept_privately(client, li, minji, it_equipment, tmp_path):
    client.force_login(li)
    pdf = SimpleUploadedFile("contract.pdf", b"%PDF-1.4 the contract", "application/pdf")

    response = post(client, line(it_equipment), evidence=[pdf, image_file(name="label.png")])

    assert response.status_code == 302
    pdf_item, image_item = Evidence.objects.order_by("id")
    assert image_item.file.name.endswith(".jpg")
    assert pdf_item.file.name.startswith("private/impact/evidence/contract")
    url = f"/en/members/beijing/impact/evidence/{pdf_item.pk}/"
    assert client.get(url).status_code == 200
    client.force_login(minji)
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 404


def test_evidence_that_is_no_pdf_or_image_is_refused(client, li, it_equipment):
    client.force_login(li)
    text = SimpleUploadedFile("notes.pdf", b"just text", "application/pdf")

    response = post(client, line(it_equipment), evidence=[text])

    assert response.status_code == 400
    assert "Upload a PDF or a PNG, JPEG, GIF or WebP image." in visible_text(response)
    assert Report.objects.count() == 0


def test_an_official_sees_their_reports_in_each_language(
    client, li, beijing, it_equipment, language
):
    from tests.impact.conftest import it_line, make_report

    make_report(beijing, 2022, [it_line(it_equipment)])
    make_report(beijing, 2023, [it_line(it_equipment)], ReportStatus.DRAFT)
    client.force_login(li)

    response = client.get(f"/{language}/members/beijing/impact/")

    assert response.status_code == 200
    assert page(response).html_lang() == language
    links = [attrs["href"] for attrs, _text in page(response).find_all("a")]
    assert f"/{language}/members/beijing/impact/2022/" in links
    assert f"/{language}/members/beijing/impact/2023/" in links
    assert page(response).find_all("input", name="year")


def test_a_validated_report_shows_its_lines_and_the_correction_button(
    client, li, beijing, it_equipment, language
):
    make_report(beijing, 2023, [it_line(it_equipment)])
    client.force_login(li)

    response = client.get(URL.format(language=language))

    assert response.status_code == 200
    assert "PC-1" in visible_text(response)
    assert not page(response).find_all("input", name="currency")
    assert page(response).find_all(
        "form", action=f"/{language}/members/beijing/impact/2023/correct/"
    )


def test_staff_who_may_see_reports_open_the_evidence(client, li, it_equipment, staff_client):
    client.force_login(li)
    pdf = SimpleUploadedFile("contract.pdf", b"%PDF-1.4 the contract", "application/pdf")
    post(client, line(it_equipment), evidence=[pdf])
    url = f"/en/members/beijing/impact/evidence/{Evidence.objects.get().pk}/"

    response = staff_client.get(url)

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, max-age=3600"


def test_a_draft_leaves_the_cached_pages_as_they_are(
    client, li, it_equipment, factor, django_capture_on_commit_callbacks
):
    from procura import caching

    client.force_login(li)
    versions = caching.current_versions(["impact", "members"], {})

    with django_capture_on_commit_callbacks(execute=True):
        post(client, line(it_equipment))

    assert caching.current_versions(["impact", "members"], {}) == versions
