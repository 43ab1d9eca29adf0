"""Staff previews of an unpublished event and of last year's results before they are
announced: only for staff who may view the content and gave their TOTP code in this
session. Everyone else, a stolen password included, sees what an anonymous visitor sees."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import translation

from awards.models import ApplicationStatus
from events.models import Event
from tests.factories import PASSWORD, EventFactory, UserFactory
from tests.helpers import in_language, totp_code, visible_text

pytestmark = pytest.mark.django_db

EVENT_NOTICE = "Preview: this event is not published."
RESULTS_NOTICE = (
    "Preview for ICLEI staff: these results are not announced yet, and visitors do not see them."
)
CASE_STUDY_NOTICE = (
    "Preview for ICLEI staff: this case study is not announced yet, and visitors do not see it."
)


@pytest.fixture
def draft_event(db):
    return EventFactory(slug="draft", title_en="Draft forum", published=False)


@pytest.fixture
def shortlisted(beijing_entry):
    """Beijing's entry to last year's edition, shortlisted while the jury is still at work."""
    beijing_entry.status = ApplicationStatus.SHORTLISTED
    beijing_entry.save()
    return beijing_entry


def allow_previews(user) -> None:
    """The view permissions of events and applications, as a staff group would give them."""
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_event", "view_application"])
    )


@pytest.fixture(params=["anonymous", "password only", "no permission"])
def outsider(request, client, stella, sam, totp_login):
    """Who must not preview: nobody; Stella's password without her code, as a thief has it;
    Sam, who gave his code but may not view events or applications."""
    if request.param == "password only":
        client.force_login(stella)
    elif request.param == "no permission":
        totp_login(sam)
    return client


@pytest.fixture(params=["superuser", "permitted staff"])
def previewer(request, stella, sam, totp_login):
    """Who previews, with their code given: Stella, and Sam once he may view the content."""
    if request.param == "permitted staff":
        allow_previews(sam)
        return totp_login(sam)
    return totp_login(stella)


def test_others_get_what_an_anonymous_visitor_gets(outsider, draft_event, shortlisted, language):
    assert outsider.get(f"/{language}/events/draft/").status_code == 404
    assert outsider.get(f"/{language}/events/draft/register/").status_code == 404
    assert outsider.get(f"/{language}/awards/2030/{shortlisted.slug}/").status_code == 404
    response = outsider.get(f"/{language}/awards/2030/")
    assert response.status_code == 200
    assert "Electric buses" not in response.content.decode()
    assert in_language(language, RESULTS_NOTICE) not in visible_text(response)


def test_previewers_see_the_event_with_a_notice(previewer, draft_event, language):
    response = previewer.get(f"/{language}/events/draft/")

    assert response.status_code == 200
    assert in_language(language, EVENT_NOTICE) in visible_text(response)


def test_previewers_see_the_results_and_case_study_with_a_notice(previewer, shortlisted, language):
    response = previewer.get(f"/{language}/awards/2030/")
    assert "Electric buses" in response.content.decode()
    assert in_language(language, RESULTS_NOTICE) in visible_text(response)

    response = previewer.get(f"/{language}/awards/2030/{shortlisted.slug}/")

    assert response.status_code == 200
    assert "Electric buses" in visible_text(response)
    assert in_language(language, CASE_STUDY_NOTICE) in visible_text(response)


def test_an_announced_case_study_has_no_preview_notice(staff_client, shortlisted):
    shortlisted.edition.phase = "announced"
    shortlisted.edition.save()

    response = staff_client.get(f"/en/awards/2030/{shortlisted.slug}/")

    assert response.status_code == 200
    assert CASE_STUDY_NOTICE not in visible_text(response)


def test_a_stolen_password_of_staff_without_totp_previews_nothing(
    client, settings, draft_event, shortlisted
):
    """Staff who have not set up TOTP yet sign in with a password alone: what it opens must
    not include what visitors may not see."""
    settings.STAFF_REQUIRE_TWO_FACTOR = True
    newcomer = UserFactory(email="tom@iclei.example", is_staff=True)
    EmailAddress.objects.create(user=newcomer, email=newcomer.email, verified=True, primary=True)
    allow_previews(newcomer)
    response = client.post("/en/accounts/login/", {"login": newcomer.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/en/").context["user"] == newcomer

    assert client.get("/en/events/draft/").status_code == 404
    assert client.get(f"/en/awards/2030/{shortlisted.slug}/").status_code == 404


def test_staff_who_sign_in_with_their_code_preview(client, stella, shortlisted):
    """The sign-in form and its TOTP step mark the session as the previews expect."""
    client.post("/ja/accounts/login/", {"login": stella.email, "password": PASSWORD})
    assert client.get(f"/ja/awards/2030/{shortlisted.slug}/").status_code == 404

    client.post("/ja/accounts/2fa/authenticate/", {"code": totp_code(stella.totp_secret)})

    assert client.get(f"/ja/awards/2030/{shortlisted.slug}/").status_code == 200


def test_where_staff_need_no_second_factor_the_password_is_enough(
    client, settings, stella, draft_event, shortlisted
):
    settings.STAFF_REQUIRE_TWO_FACTOR = False  # as on a development machine
    client.force_login(stella)

    assert client.get("/en/events/draft/").status_code == 200
    assert client.get(f"/en/awards/2030/{shortlisted.slug}/").status_code == 200


def test_a_preview_never_reaches_the_cache(client, staff_client, draft_event, shortlisted):
    urls = ["/ko/events/draft/", f"/ko/awards/2030/{shortlisted.slug}/"]
    assert [staff_client.get(url).status_code for url in urls] == [200, 200]
    assert "Electric buses" in staff_client.get("/ko/awards/2030/").content.decode()

    client.logout()

    assert [client.get(url).status_code for url in urls] == [404, 404]
    assert "Electric buses" not in client.get("/ko/awards/2030/").content.decode()


def test_view_on_site_leads_permitted_staff_to_the_preview(sam, totp_login, draft_event):
    allow_previews(sam)
    content_type = ContentType.objects.get_for_model(Event).pk

    with translation.override("en"):
        url = reverse("admin:view_on_site", args=[content_type, draft_event.pk])

    response = totp_login(sam).get(url, follow=True)

    assert response.status_code == 200
    assert EVENT_NOTICE in visible_text(response)
