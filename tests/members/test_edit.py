"""Officials edit their own government's profile, and only their own."""

import pytest
from django.utils import translation

from members.models import MemberGovernment, ProfileRevision
from members.revisions import snapshot
from tests.factories import PASSWORD, CommitmentFactory
from tests.helpers import form_data, page, visible_text

pytestmark = pytest.mark.django_db

EDIT = "/{language}/members/{slug}/edit/"


@pytest.fixture
def li_client(client, li):
    """Li, signed in through the real sign-in form."""
    response = client.post("/en/accounts/login/", {"login": li.email, "password": PASSWORD})
    assert response.status_code == 302
    return client


def edit_form(client, slug="beijing", language="en"):
    response = client.get(EDIT.format(language=language, slug=slug))
    assert response.status_code == 200
    return form_data(response)


def test_the_editor_in_the_officials_language(
    li_client, beijing, language, django_assert_max_num_queries
):
    with django_assert_max_num_queries(12):
        response = li_client.get(EDIT.format(language=language, slug="beijing"))

    assert response.status_code == 200
    html = page(response)
    assert html.html_lang() == language
    # A tab per language for every translated field.
    tabs = [attrs["lang"] for attrs, _ in html.find_all("fieldset", class_="language-tab")]
    # The profile, its commitment, a blank commitment, and the template scripts copy.
    assert tabs == ["en", "ko", "ja", "zh-hans"] * 4
    with translation.override(language):
        assert translation.gettext("Submit for review") in visible_text(response)


@pytest.mark.parametrize("count", [1, 10])
def test_editor_queries_do_not_grow_with_the_commitments(
    client, li, beijing, django_assert_max_num_queries, count
):
    commitments = CommitmentFactory.create_batch(count, government=beijing)
    client.force_login(li)

    with django_assert_max_num_queries(12):
        response = client.get(EDIT.format(language="en", slug="beijing"))

    assert response.status_code == 200
    titles = {value for name, value in form_data(response).items() if name.endswith("title_en")}
    assert {commitment.title_en for commitment in commitments} <= titles
    assert "Green office paper" in titles


def test_saving_proposes_a_revision_and_the_public_page_stays(li_client, beijing):
    data = edit_form(li_client)
    data["summary_en"] = "The capital buys greener every year."
    data["commitments-0-status"] = "achieved"

    response = li_client.post("/en/members/beijing/edit/", data)

    assert response.status_code == 302
    revision = ProfileRevision.objects.get()
    assert (revision.status, revision.author.email) == ("pending", "li@beijing.example")
    assert revision.proposal["fields"]["summary_en"] == "The capital buys greener every year."
    assert revision.proposal["commitments"][0]["status"] == "achieved"
    public = visible_text(li_client.get("/en/members/beijing/"))
    assert "The capital buys green." in public
    assert "greener" not in public
    # The official sees their pending changes, in the form and in a notice.
    again = li_client.get("/en/members/beijing/edit/")
    assert form_data(again)["summary_en"] == "The capital buys greener every year."
    assert page(again).find_all("p", class_="notice notice-pending")


def test_saving_again_replaces_the_pending_revision(li_client, beijing):
    for summary in ["First try.", "Second try."]:
        data = edit_form(li_client)
        data["summary_en"] = summary
        li_client.post("/en/members/beijing/edit/", data)

    assert ProfileRevision.objects.get().proposal["fields"]["summary_en"] == "Second try."


def test_commitments_are_added_edited_and_removed_in_one_form(li_client, beijing):
    CommitmentFactory(government=beijing, title_en="Old target")
    data = edit_form(li_client)
    data["commitments-0-title_en"] = "Green office paper and envelopes"
    data["commitments-1-DELETE"] = "on"
    data.update(
        {
            "commitments-2-title_en": "LED street lights",
            "commitments-2-title_ja": "LED街路灯",
            "commitments-2-target_year": "2027",
            "commitments-2-status": "in_progress",
        }
    )

    li_client.post("/en/members/beijing/edit/", data)

    proposed = ProfileRevision.objects.get().proposal["commitments"]
    assert [(c["title_en"], c["title_ja"]) for c in proposed] == [
        ("Green office paper and envelopes", ""),
        ("LED street lights", "LED街路灯"),
    ]
    assert proposed[1]["id"] is None


def test_bad_input_shows_translated_errors_and_keeps_what_was_typed(li_client, beijing):
    data = edit_form(li_client, language="zh-hans")
    data["name_en"] = ""
    data["population"] = "many"
    data["summary_ko"] = "베이징은 녹색 제품을 삽니다."

    response = li_client.post("/zh-hans/members/beijing/edit/", data)

    assert response.status_code == 400
    text = visible_text(response)
    with translation.override("zh-hans"):
        assert translation.gettext("This field is required.") in text
        assert translation.gettext("Enter a whole number.") in text
        assert (
            translation.gettext("The changes were not saved. Please correct the errors below.")
            in text
        )
    assert form_data(response)["summary_ko"] == "베이징은 녹색 제품을 삽니다."
    assert not ProfileRevision.objects.exists()


def test_a_commitment_of_another_government_cannot_be_slipped_in(li_client, beijing, seoul):
    data = edit_form(li_client)
    data["commitments-0-id"] = str(seoul.commitments.get().pk)

    response = li_client.post("/en/members/beijing/edit/", data)

    assert response.status_code == 400
    assert not ProfileRevision.objects.exists()


@pytest.fixture(params=["minji", "sam", "stella"])
def outsider(request):
    """An official of Seoul, a staff member, a superuser: none speaks for Beijing."""
    return request.getfixturevalue(request.param)


@pytest.mark.parametrize("method", ["get", "post"])
def test_no_one_else_can_edit_a_government(client, outsider, beijing, li, method):
    before = snapshot(beijing)
    client.force_login(outsider)

    response = getattr(client, method)("/en/members/beijing/edit/", {"name_en": "Hacked"})

    assert response.status_code == 404
    assert snapshot(MemberGovernment.objects.get(slug="beijing")) == before
    assert not ProfileRevision.objects.exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_are_sent_to_sign_in(client, beijing, method):
    response = getattr(client, method)("/ko/members/beijing/edit/")

    assert response.status_code == 302
    assert response["Location"] == "/ko/accounts/login/?next=/ko/members/beijing/edit/"
    assert not ProfileRevision.objects.exists()


def test_an_official_of_one_government_cannot_edit_another(li_client, seoul, language):
    for method in ["get", "post"]:
        response = getattr(li_client, method)(EDIT.format(language=language, slug="seoul"))
        assert response.status_code == 404
    assert not ProfileRevision.objects.exists()
