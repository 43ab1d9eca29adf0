"""Fragments of public pages: a page rendered again finds the parts whose content did not
change in the cache, in the visitor's language, and shows a change at once; signed-in
visitors always get a fresh render. Choice labels read quickly are the models' own."""

import pytest
from django.utils import translation

from awards.models import ApplicationStatus, Phase
from events.models import Document, Event, Session
from members.models import MemberGovernment
from procura import caching
from procura.templatetags.procura import display
from tests.factories import ApplicationFactory, CategoryFactory, EditionFactory
from tests.helpers import page, visible_text

pytestmark = pytest.mark.django_db


def rename_quietly(session: Session, **titles) -> None:
    """Change the session in the database without telling the cache (no signal)."""
    Session.objects.filter(pk=session.pk).update(**titles)


def test_an_event_page_rendered_again_takes_its_programme_from_the_cache(
    client, symposium, language, django_assert_max_num_queries
):
    path = f"/{language}/events/symposium/"
    client.get(path)
    caching.forget_page(path)
    rename_quietly(symposium.sessions.get(), title_en="Renamed")

    # The event with its seats taken, and the news about it.
    with django_assert_max_num_queries(2):
        response = client.get(path)

    assert response.status_code == 200
    text = visible_text(response)
    assert "Opening" in text
    assert "Renamed" not in text
    assert "Ying Wang" in text
    assert "Green buying pays off." in text
    assert "International Green Purchasing Network" in text


def test_a_change_to_an_event_shows_at_once(client, symposium, django_capture_on_commit_callbacks):
    client.get("/en/events/symposium/")
    session = symposium.sessions.get()
    session.title_en = "Renamed"
    with django_capture_on_commit_callbacks(execute=True):
        session.save()

    assert "Renamed" in visible_text(client.get("/en/events/symposium/"))


def test_a_change_to_a_speakers_government_shows_at_once(
    client, symposium, beijing, django_capture_on_commit_callbacks
):
    symposium.speakers.update(government=beijing)
    client.get("/en/events/symposium/")
    beijing.name_en = "Beijing Municipality"
    with django_capture_on_commit_callbacks(execute=True):
        beijing.save()

    assert "Beijing Municipality" in visible_text(client.get("/en/events/symposium/"))


def test_a_profile_rendered_again_takes_its_sections_from_the_cache(
    client,
    symposium,
    beijing,
    language,
    django_assert_max_num_queries,
    django_capture_on_commit_callbacks,
):
    """A change to the government itself renders its page again, but not the events,
    awards and news about it, which did not change."""
    symposium.speakers.update(government=beijing)
    path = f"/{language}/members/beijing/"
    client.get(path)
    Event.objects.filter(pk=symposium.pk).update(title_en="Renamed", title_ko="새 이름")
    for code in ("en", "ko", "ja", "zh_hans"):
        setattr(beijing, f"summary_{code}", "A city of 21 million.")
    with django_capture_on_commit_callbacks(execute=True):
        beijing.save()

    # The government, its commitments and its figures (which name governments too).
    with django_assert_max_num_queries(4):
        response = client.get(path)

    assert response.status_code == 200
    text = visible_text(response)
    assert "A city of 21 million." in text
    assert symposium.title in text
    assert "Renamed" not in text
    assert "새 이름" not in text


def test_fragments_are_kept_in_each_language(client, symposium):
    client.get("/en/events/symposium/")
    rename_quietly(symposium.sessions.get(), title_en="Renamed", title_ko="새 이름")
    caching.forget_page("/en/events/symposium/")

    assert "Opening" in visible_text(client.get("/en/events/symposium/"))
    assert "새 이름" in visible_text(client.get("/ko/events/symposium/"))


def test_signed_in_visitors_get_a_fresh_render(client, symposium, li):
    client.get("/en/events/symposium/")
    rename_quietly(symposium.sessions.get(), title_en="Renamed")
    client.force_login(li)

    assert "Renamed" in visible_text(client.get("/en/events/symposium/"))


def test_each_session_lists_its_own_speakers_and_documents(client, symposium):
    opening = symposium.sessions.get()
    closing = Session.objects.create(
        event=symposium, title_en="Closing", starts=opening.ends, ends=opening.ends
    )
    closing.speakers.add(symposium.speakers.create(name="Kenji Sato", order=1))
    Document.objects.create(
        event=symposium, session=closing, title_en="Closing slides", file="c.pdf", language="en"
    )

    sessions = page(client.get("/en/events/symposium/")).find_all("li", class_="session")
    speakers = page(client.get("/en/events/symposium/")).find_all("p", class_="meta")

    assert [text for _attrs, text in speakers if text.startswith("Speakers:")] == [
        "Speakers: Ying Wang",
        "Speakers: Kenji Sato",
    ]
    assert "Closing slides" not in sessions[0][1]
    assert "Closing slides" in sessions[1][1]


def test_an_award_year_rendered_again_takes_its_results_from_the_cache(
    client, language, django_assert_max_num_queries
):
    edition = EditionFactory(year=2019, phase=Phase.ANNOUNCED)
    category = CategoryFactory(edition=edition)
    ApplicationFactory(category=category, status=ApplicationStatus.WINNER, title_en="Buses")
    path = f"/{language}/awards/2019/"
    client.get(path)
    caching.forget_page(path)

    # The edition, and the news about it.
    with django_assert_max_num_queries(2):
        response = client.get(path)

    assert response.status_code == 200
    assert "Buses" in visible_text(response)


@pytest.mark.parametrize(
    ("model", "field"),
    [
        (MemberGovernment, "country"),
        (MemberGovernment, "level"),
        (MemberGovernment, "status"),
        (Event, "kind"),
        (Event, "country"),
        (Document, "language"),
    ],
)
def test_choice_labels_are_the_models_own(language, model, field):
    values = [value for value, _label in model._meta.get_field(field).flatchoices]
    with translation.override(language):
        for value in [*values, "", "unknown"]:
            instance = model(**{field: value})
            getter = getattr(instance, f"get_{field}_display")
            assert display(instance, field) == getter()
