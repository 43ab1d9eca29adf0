"""The event list and an event's page, in each of the four languages."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from events.models import Document, Organisation, Partner, Photo, Quote, Session, Speaker
from tests.factories import EventFactory, RegistrationFactory, in_days
from tests.helpers import page, visible_text

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [text for _attrs, text in page(response).find_all("a", class_="event-link")]


def test_list_in_the_visitors_language(client, symposium, webinar, language):
    response = client.get(f"/{language}/events/")

    assert response.status_code == 200
    assert page(response).html_lang() == language
    text = visible_text(response)
    with translation.override(language):
        for heading in ["Upcoming events", "Past events"]:
            assert translation.gettext(heading) in text
        assert titles(response) == [webinar.title, symposium.title]


def test_list_filters_by_year_kind_and_country(client, symposium, webinar):
    EventFactory(slug="kyoto", title_en="Kyoto exchange", kind="exchange", country="JP")

    assert titles(client.get("/en/events/", {"year": 2014})) == [symposium.title]
    assert titles(client.get("/en/events/", {"kind": "webinar"})) == [webinar.title]
    assert titles(client.get("/en/events/", {"country": "JP"})) == ["Kyoto exchange"]


def test_unpublished_events_are_not_listed(client, webinar):
    EventFactory(slug="draft", title_en="Draft", published=False)

    assert titles(client.get("/en/events/")) == [webinar.title]
    assert client.get("/en/events/draft/").status_code == 404


def test_staff_preview_an_unpublished_event(staff_client):
    EventFactory(slug="draft", title_en="Draft", published=False)

    response = staff_client.get("/en/events/draft/")

    assert response.status_code == 200
    assert "Preview: this event is not published." in visible_text(response)


@pytest.mark.parametrize("count", [3, 30])
def test_list_queries_do_not_grow_with_the_events(client, django_assert_max_num_queries, count):
    events = [
        EventFactory(starts=in_days(-number - 1), ends=in_days(-number - 1, hour=17))
        for number in range(count)
    ]

    with django_assert_max_num_queries(5):
        response = client.get("/ko/events/")

    assert response.status_code == 200
    # Newest first, 20 to a page.
    assert titles(response) == [event.title_en for event in events[:20]]


def test_event_page_in_the_visitors_language(client, symposium, language):
    response = client.get(f"/{language}/events/symposium/")

    assert response.status_code == 200
    html = page(response)
    assert html.html_lang() == language
    text = visible_text(response)
    with translation.override(language):
        for heading in ["Key topics", "Programme", "Speakers", "Voices from the corridor"]:
            assert translation.gettext(heading) in text
        assert html.find_all("h1")[0][1] == symposium.title
        assert translation.gettext("Supporter") in text
    assert "Green buying pays off." in text
    assert "GPP practice at the local level" in text


def test_times_are_shown_on_the_clock_of_the_place(client, symposium):
    text = visible_text(client.get("/en/events/symposium/"))

    assert "30–31 October 2014" in text
    assert "09:00–17:30 (Beijing time)" in text
    assert "over 60 participants" in text


def fill(event, count):
    """`count` of every kind of content, with files that need not exist for the page."""
    speakers = Speaker.objects.bulk_create(
        Speaker(event=event, name=f"Speaker {n}", position_en="Director") for n in range(count)
    )
    sessions = Session.objects.bulk_create(
        Session(
            event=event,
            title_en=f"Session {n}",
            starts=event.starts + datetime.timedelta(minutes=n),
            ends=event.starts + datetime.timedelta(minutes=n + 1),
        )
        for n in range(count)
    )
    for session, speaker in zip(sessions, speakers, strict=True):
        session.speakers.add(speaker)
    organisations = Organisation.objects.bulk_create(
        Organisation(name_en=f"Organisation {n}") for n in range(count)
    )
    Partner.objects.bulk_create(
        Partner(event=event, organisation=organisation, role="partner")
        for organisation in organisations
    )
    Photo.objects.bulk_create(
        Photo(event=event, image=f"photos/{n}.jpg", thumbnail=f"photos/{n}-t.jpg")
        for n in range(count)
    )
    Quote.objects.bulk_create(
        Quote(event=event, person=f"P{n}", text_en="Yes.") for n in range(count)
    )
    Document.objects.bulk_create(
        Document(event=event, title_en=f"Slides {n}", file=f"documents/{n}.pdf", language="en")
        for n in range(count)
    )


@pytest.mark.parametrize("count", [5, 500])
def test_event_page_queries_do_not_grow_with_its_content(
    client, webinar, django_assert_max_num_queries, count
):
    fill(webinar, count)

    with django_assert_max_num_queries(10):
        response = client.get("/en/events/webinar/")

    assert len(page(response).find_all("a", class_="gallery-link")) == count


def test_description_markdown_is_rendered_and_sanitized(client):
    EventFactory(
        slug="md",
        description_en=(
            "**Green** [ok](https://iclei.org) <script>alert(1)</script> "
            '[x](javascript:alert(1)) <img src=x onerror="alert(1)">'
        ),
    )

    body = client.get("/en/events/md/").content.decode()

    assert "<strong>Green</strong>" in body
    assert 'href="https://iclei.org"' in body
    assert "alert(1)" not in body
    assert "onerror" not in body


REGISTRATION_STATES = {
    "not open yet": (
        {"registration_opens": in_days(2)},
        "Registration opens on %(date)s.",
    ),
    "open": ({}, "Registration is open."),
    "waiting list": ({"capacity": 1}, "Join the waiting list"),
    "full": ({"capacity": 1, "waiting_list": False}, "The event is fully booked."),
    "closed": ({"registration_closes": in_days(-1, hour=1)}, "Registration is closed."),
}


@pytest.mark.parametrize("state", REGISTRATION_STATES.values(), ids=REGISTRATION_STATES.keys())
def test_the_registration_button_shows_its_state(client, webinar, state, language):
    changes, message = state
    for name, value in changes.items():
        setattr(webinar, name, value)
    webinar.save()
    RegistrationFactory(event=webinar)

    text = visible_text(client.get(f"/{language}/events/webinar/"))

    with translation.override(language):
        assert translation.gettext(message).split("%(")[0].strip() in text


def test_a_member_profile_lists_the_events_it_took_part_in(client, symposium, webinar, beijing):
    Speaker.objects.filter(event=symposium).update(government=beijing)
    RegistrationFactory(event=webinar, government=beijing)
    RegistrationFactory(event=EventFactory(slug="other"), government=beijing, status="cancelled")

    response = client.get("/en/members/beijing/")

    section = page(response).find_all("section", **{"aria-labelledby": "events-title"})
    assert symposium.title in section[0][1]
    assert webinar.title in section[0][1]
    assert "Forum" not in section[0][1]


def test_gallery_thumbnails_open_the_full_image(client, webinar):
    Photo.objects.create(
        event=webinar,
        image=SimpleUploadedFile("a.jpg", b"x"),
        thumbnail=SimpleUploadedFile("a-t.jpg", b"x"),
        caption_en="Opening",
    )

    [(link, _text)] = page(client.get("/en/events/webinar/")).find_all("a", class_="gallery-link")

    assert link["href"].endswith(".jpg")
    assert "a-t" not in link["href"]
