"""Staff add jury members in the admin: the government they work for, or "no government", is
an explicit choice, and the user picker shows name and address, exact matches first."""

import json

import pytest

from awards.models import JuryMember
from tests.conftest import verified_user
from tests.helpers import form_data, in_language, page, visible_text

pytestmark = pytest.mark.django_db

NOT_CHOSEN = (
    "Choose the government this jury member works for, or tick “no government”: "
    "the jury member is recused from the applications of that government."
)


def change_url(edition, language="en"):
    return f"/{language}/admin/awards/awardedition/{edition.pk}/change/"


def add_jury_member(client, edition, language="en", **member):
    data = form_data(client.get(change_url(edition, language)))
    total = int(data["jury-TOTAL_FORMS"])
    data |= {f"jury-{total}-{name}": value for name, value in member.items()}
    data["jury-TOTAL_FORMS"] = str(total + 1)
    return client.post(change_url(edition, language), data)


def test_a_jury_member_without_a_government_choice_is_refused(
    staff_client, judged, minji, language
):
    response = add_jury_member(staff_client, judged.edition, language, user=minji.pk)

    assert response.status_code == 200
    assert in_language(language, NOT_CHOSEN) in visible_text(response)
    assert not JuryMember.objects.filter(user=minji).exists()


def test_a_government_or_no_government_is_recorded_as_chosen(
    staff_client, judged, minji, olivia, seoul
):
    assert add_jury_member(staff_client, judged.edition, user=minji.pk, government=seoul.pk)
    response = add_jury_member(staff_client, judged.edition, user=olivia.pk, no_government="on")

    assert response.status_code == 302
    assert dict(JuryMember.objects.values_list("user__email", "government__slug")) == {
        "minji@seoul.example": "seoul",
        "olivia@beijing.example": None,
    }
    # Both at once is refused.
    kim = verified_user(email="kim@example.org")
    response = add_jury_member(
        staff_client, judged.edition, user=kim.pk, government=seoul.pk, no_government="on"
    )
    assert response.status_code == 200
    assert "Choose a government or “no government”, not both." in visible_text(response)


def test_a_recorded_no_government_stays_ticked(staff_client, kenji, judged):
    response = staff_client.get(change_url(judged.edition))

    ticked = [
        attrs["name"]
        for attrs, _text in page(response).find_all("input")
        if attrs.get("type") == "checkbox" and "checked" in attrs
    ]
    assert "jury-0-no_government" in ticked
    # Saving the page as it is keeps Kenji's seat as it was.
    assert staff_client.post(change_url(judged.edition), form_data(response)).status_code == 302


def test_the_picker_shows_name_and_address_and_exact_matches_first(staff_client, judged):
    for email, name, korean in [
        ("li.na@example.org", "Na Li", ""),
        ("li@example.org", "Li Wei", ""),
        ("lina.park@example.org", "Lina Park", "박리나"),
    ]:
        verified_user(email=email, name_en=name, name_ko=korean)
    search = "/en/admin/awards/awardedition/jury-users/"
    query = {"app_label": "awards", "model_name": "jurymember", "field_name": "user"}

    response = staff_client.get(search, {**query, "term": "li@example.org"})
    exact_name = staff_client.get(search, {**query, "term": "Li Wei"})
    by_korean_name = staff_client.get(search, {**query, "term": "박리나"})

    assert response.status_code == 200
    texts = [result["text"] for result in json.loads(response.content)["results"]]
    assert texts[0] == "Li Wei <li@example.org>"
    assert json.loads(exact_name.content)["results"][0]["text"] == "Li Wei <li@example.org>"
    # A name in any language finds its person, shown in the admin's.
    [found] = json.loads(by_korean_name.content)["results"]
    assert found["text"] == "Lina Park <lina.park@example.org>"
    # The chosen user is shown the same way on the form.
    JuryMember.objects.create(
        edition=judged.edition, user_id=json.loads(response.content)["results"][0]["id"]
    )
    assert (
        "Li Wei &lt;li@example.org&gt;"
        in staff_client.get(change_url(judged.edition)).content.decode()
    )


def test_the_picker_needs_the_right_to_see_users(client, sam, judged, totp_login):
    search = "/en/admin/awards/awardedition/jury-users/"
    query = {"app_label": "awards", "model_name": "jurymember", "field_name": "user", "term": "li"}

    assert totp_login(sam).get(search, query).status_code == 403
