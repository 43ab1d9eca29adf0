"""The admin of the awards: editions with categories, applications, the jury's ranking."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission

from awards import judging
from awards.models import ApplicationStatus, Phase
from tests.factories import ApplicationFactory, GovernmentFactory
from tests.helpers import form_data, page, visible_text

pytestmark = pytest.mark.django_db

APPLICATIONS = "/{language}/admin/awards/application/"


def languages_column(response) -> list[str]:
    cells = page(response).find_all("td")
    return [" ".join(text.split()) for attrs, text in cells if "field-languages" in attrs["class"]]


@pytest.fixture
def scored(kenji, jae, beijing_entry, seoul_entry, judged):
    """Kenji scored both applications; Jae scored Beijing's and is recused from Seoul's."""
    first, second = judged.criteria.all()
    for email, application, values in [
        ("kenji@igpn.example", beijing_entry, (4, 5)),
        ("jae@seoul.example", beijing_entry, (2, 3)),
        ("kenji@igpn.example", seoul_entry, (5, 5)),
    ]:
        member = judged.edition.jury.get(user__email=email)
        judging.save_scores(
            member, application, {first.pk: (values[0], ""), second.pk: (values[1], "")}
        )
    return judged.edition


def test_editions_have_a_tab_per_language_and_their_categories_inline(staff_client, call, language):
    response = staff_client.get(f"/{language}/admin/awards/awardedition/{call.edition.pk}/change/")

    assert response.status_code == 200
    names = {attrs.get("name") for attrs, _text in page(response).find_all("input")}
    assert {"title_en", "title_ko", "title_ja", "title_zh_hans"} <= names
    assert "categories-0-name_zh_hans" in names
    assert "jury-TOTAL_FORMS" in names
    listing = staff_client.get(f"/{language}/admin/awards/awardedition/")
    columns = [
        text
        for attrs, text in page(listing).find_all("td")
        if "field-languages" in attrs.get("class", "")
    ]
    assert [" ".join(text.split()) for text in columns] == ["EN ✓ KR ✓ JP ✗ CN ✗"]


def test_applications_are_filtered_and_their_status_set_in_the_list(
    staff_client, beijing_entry, seoul_entry, django_capture_on_commit_callbacks
):
    seoul_entry.language, seoul_entry.title_ko = "ko", "녹색 사무실"
    seoul_entry.save()

    response = staff_client.get(APPLICATIONS.format(language="en") + "?government__country=KR")
    assert response.status_code == 200
    assert "Green offices" in visible_text(response)
    assert "Electric buses" not in visible_text(response)
    # Written in Korean and translated into English: the other two are missing.
    [languages] = [
        text
        for attrs, text in page(response).find_all("td")
        if "field-languages" in attrs.get("class", "")
    ]
    assert " ".join(languages.split()) == "EN ✓ KR ✓ JP ✗ CN ✗"

    changelist = staff_client.get(APPLICATIONS.format(language="en"))
    data = form_data(changelist)
    for key, value in data.items():
        if key.endswith("-status") and value == "submitted":
            row = key.removesuffix("-status")
            if data[f"{row}-id"] == str(beijing_entry.pk):
                data[key] = ApplicationStatus.WINNER
    data["_save"] = "Save"
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(APPLICATIONS.format(language="en"), data)
    assert response.status_code == 302
    beijing_entry.refresh_from_db()
    assert beijing_entry.status == ApplicationStatus.WINNER


def test_the_application_list_needs_few_queries(
    staff_client, judged, django_assert_max_num_queries
):
    for number in range(20):
        ApplicationFactory(category=judged, government=GovernmentFactory(slug=f"town-{number}"))
    with django_assert_max_num_queries(12):
        assert staff_client.get(APPLICATIONS.format(language="en")).status_code == 200


def test_staff_see_the_progress_and_the_ranking(staff_client, scored, language):
    response = staff_client.get(f"/{language}/admin/awards/awardedition/{scored.pk}/ranking/")

    assert response.status_code == 200
    rows = [" ".join(text.split()) for _attrs, text in page(response).find_all("tr")]
    assert any(row.startswith("Kenji") and "2 / 2" in row for row in rows)
    assert any(row.startswith("Jae") and "1 / 1" in row and row.endswith("1") for row in rows)
    ranked = [row for row in rows if row[:1].isdigit()]
    assert ranked[0].startswith("1 Green offices")
    assert "5.0" in ranked[0]
    assert ranked[1].startswith("2 Electric buses")
    assert "3.5" in ranked[1]


def test_unscored_applications_are_listed_apart_without_a_rank(
    staff_client, scored, judged, beijing
):
    unscored = ApplicationFactory(category=judged, title_en="Solar roofs")

    response = staff_client.get(f"/en/admin/awards/awardedition/{scored.pk}/ranking/")
    rows = [" ".join(text.split()) for _attrs, text in page(response).find_all("tr")]
    csv_rows = list(
        csv.reader(
            io.StringIO(
                staff_client.get(
                    f"/en/admin/awards/awardedition/{scored.pk}/ranking.csv"
                ).content.decode("utf-8-sig")
            )
        )
    )

    assert response.status_code == 200
    assert [row.split()[0] for row in rows if row[:1].isdigit()] == ["1", "2"]
    assert not any("Solar roofs" in row for row in rows)
    assert "Not scored yet: no jury member has scored every criterion" in visible_text(response)
    assert f"Solar roofs · {unscored.government.name}" in visible_text(response)
    assert [(row[1], row[2]) for row in csv_rows[1:]] == [
        ("1", "Green offices"),
        ("2", "Electric buses"),
        ("", "Solar roofs"),
    ]


def test_the_ranking_is_exported_as_csv(staff_client, scored):
    first, second = scored.categories.get().criteria.all()
    response = staff_client.get(f"/en/admin/awards/awardedition/{scored.pk}/ranking.csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:8] == [
        "category",
        "rank",
        "application",
        "member government",
        "country or region",
        "status",
        "overall average",
        "jury members",
    ]
    assert rows[1][1:4] == ["1", "Green offices", "Seoul"]
    assert rows[1][6:] == ["5.0", "1", first.name, "5.0", second.name, "5.0"]
    assert rows[2][2] == "Electric buses"
    assert rows[2][6] == "3.5"


def test_staff_without_the_permission_see_no_ranking(client, sam, scored, settings):
    settings.STAFF_REQUIRE_TWO_FACTOR = False
    sam.user_permissions.add(Permission.objects.get(codename="view_awardedition"))
    client.force_login(sam)
    assert client.get(f"/en/admin/awards/awardedition/{scored.pk}/change/").status_code == 200
    assert client.get(f"/en/admin/awards/awardedition/{scored.pk}/ranking/").status_code == 403
    assert client.get(f"/en/admin/awards/awardedition/{scored.pk}/ranking.csv").status_code == 403


def test_unannounced_results_stay_out_of_public_pages_until_staff_announce(
    client, stella, scored, beijing_entry, seoul_entry, django_capture_on_commit_callbacks
):
    beijing_entry.status = ApplicationStatus.WINNER
    beijing_entry.save()
    seoul_entry.status = ApplicationStatus.NOT_SELECTED  # announcing needs every result
    seoul_entry.save()
    assert "Electric buses" not in client.get("/en/awards/2030/").content.decode()

    client.force_login(stella)
    change = f"/en/admin/awards/awardedition/{scored.pk}/change/"
    data = form_data(client.get(change)) | {"phase": Phase.ANNOUNCED}
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(change, data).status_code == 302
    client.logout()

    assert "Electric buses" in client.get("/en/awards/2030/").content.decode()


def test_a_second_application_of_a_government_in_a_category_is_refused_in_the_admin(
    staff_client, beijing_entry
):
    add = "/en/admin/awards/application/add/"
    data = form_data(staff_client.get(add)) | {
        "category": beijing_entry.category_id,
        "government": beijing_entry.government_id,
        "status": "draft",
        "language": "en",
        "title_en": "Again",
    }

    response = staff_client.post(add, data)

    assert response.status_code == 200
    assert "This government has already applied in this category." in visible_text(response)
    assert beijing_entry.edition.applications.count() == 1


def test_typed_text_never_becomes_a_spreadsheet_formula(staff_client, scored, beijing_entry):
    beijing_entry.title_en = '=HYPERLINK("http://evil.example","Click")'
    beijing_entry.save()

    response = staff_client.get(f"/en/admin/awards/awardedition/{scored.pk}/ranking.csv")

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[2][2] == '\'=HYPERLINK("http://evil.example","Click")'


@pytest.mark.parametrize("count", [1, 12])
def test_the_ranking_needs_few_queries(staff_client, judged, count, django_assert_max_num_queries):
    from tests.factories import JuryMemberFactory

    for number in range(count):
        ApplicationFactory(category=judged, government=GovernmentFactory(slug=f"town-{number}"))
        JuryMemberFactory(edition=judged.edition)

    with django_assert_max_num_queries(12):
        url = f"/en/admin/awards/awardedition/{judged.edition.pk}/ranking/"
        assert staff_client.get(url).status_code == 200
    with django_assert_max_num_queries(20):
        url = f"/en/admin/awards/awardedition/{judged.edition.pk}/change/"
        assert staff_client.get(url).status_code == 200
