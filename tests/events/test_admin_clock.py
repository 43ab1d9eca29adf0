"""The events admin shows and reads times on the event's own clock, not the server's (Seoul).

The symposium happens in Beijing (Asia/Shanghai, an hour behind Seoul); the Tokyo forum in
Asia/Tokyo, on Seoul's offset but a zone of its own."""

import datetime
import zoneinfo

import pytest
from django.utils import translation

from events.models import Event, Session
from tests.factories import EventFactory, RegistrationFactory
from tests.helpers import form_data, page, visible_text

pytestmark = pytest.mark.django_db

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")


@pytest.fixture
def tokyo_forum(db):
    return EventFactory(
        slug="tokyo-forum",
        title_en="Tokyo Green Purchasing Forum",
        starts=datetime.datetime(2019, 11, 20, 10, 0, tzinfo=TOKYO),
        ends=datetime.datetime(2019, 11, 20, 17, 0, tzinfo=TOKYO),
        time_zone="Asia/Tokyo",
        audience="anyone",
        registration_opens=datetime.datetime(2019, 10, 1, 9, 0, tzinfo=TOKYO),
    )


def change_url(event) -> str:
    return f"/en/admin/events/event/{event.pk}/change/"


def field_values(response, name: str) -> tuple[str, str]:
    """The date and the time a split date-time field shows."""
    data = form_data(response)
    return data[f"{name}_0"], data[f"{name}_1"]


def test_the_admin_shows_the_2014_symposium_at_nine_asia_shanghai(staff_client, symposium):
    response = staff_client.get(change_url(symposium))

    assert response.status_code == 200
    assert field_values(response, "starts") == ("2014-10-30", "09:00:00")
    assert field_values(response, "ends") == ("2014-10-31", "17:30:00")
    assert field_values(response, "sessions-0-starts") == ("2014-10-30", "09:00:00")
    assert "On the event's clock: Asia/Shanghai." in visible_text(response)

    listing = staff_client.get("/en/admin/events/event/")
    cells = [
        text
        for attrs, text in page(listing).find_all("td")
        if "field-local_starts" in attrs.get("class", "")
    ]
    assert cells == ["30 October 2014, 09:00 (Beijing time)"]


def test_a_tokyo_event_shows_and_keeps_its_own_times(staff_client, tokyo_forum, symposium):
    response = staff_client.get(change_url(tokyo_forum))

    assert field_values(response, "starts") == ("2019-11-20", "10:00:00")
    assert field_values(response, "registration_opens") == ("2019-10-01", "09:00:00")
    assert "On the event's clock: Asia/Tokyo." in visible_text(response)

    saved = staff_client.post(change_url(tokyo_forum), form_data(response))

    assert saved.status_code == 302
    tokyo_forum.refresh_from_db()
    assert tokyo_forum.starts == datetime.datetime(2019, 11, 20, 10, 0, tzinfo=TOKYO)
    assert tokyo_forum.registration_opens == datetime.datetime(2019, 10, 1, 9, 0, tzinfo=TOKYO)
    listing = visible_text(staff_client.get("/en/admin/events/event/"))
    assert "20 November 2019, 10:00 (Japan time)" in listing
    assert "30 October 2014, 09:00 (Beijing time)" in listing


def test_times_typed_by_staff_in_beijing_are_beijing_times(staff_client, symposium):
    data = form_data(staff_client.get(change_url(symposium)))

    response = staff_client.post(
        change_url(symposium),
        {**data, "starts_1": "08:30", "sessions-0-starts_1": "08:30", "sessions-0-ends_1": "09:15"},
    )

    assert response.status_code == 302
    symposium.refresh_from_db()
    assert symposium.starts == datetime.datetime(2014, 10, 30, 8, 30, tzinfo=SHANGHAI)
    session = Session.objects.get(event=symposium)
    assert (session.starts, session.ends) == (
        datetime.datetime(2014, 10, 30, 8, 30, tzinfo=SHANGHAI),
        datetime.datetime(2014, 10, 30, 9, 15, tzinfo=SHANGHAI),
    )
    page_text = visible_text(staff_client.get("/en/events/symposium/"))
    assert "08:30" in page_text


def test_changing_the_time_zone_reads_the_times_in_the_new_one(staff_client, symposium):
    data = form_data(staff_client.get(change_url(symposium)))

    staff_client.post(change_url(symposium), {**data, "time_zone": "Asia/Tokyo"})

    symposium.refresh_from_db()
    assert symposium.starts == datetime.datetime(2014, 10, 30, 9, 0, tzinfo=TOKYO)


def test_a_new_event_reads_its_times_in_the_time_zone_chosen_in_the_form(staff_client):
    data = form_data(staff_client.get("/en/admin/events/event/add/"))
    assert "On the event's clock: Asia/Shanghai." in visible_text(
        staff_client.get("/en/admin/events/event/add/")
    )
    typed = {
        "title_en": "Tokyo Workshop",
        "slug": "tokyo-workshop",
        "kind": "workshop",
        "time_zone": "Asia/Tokyo",
        "starts_0": "2031-05-12",
        "starts_1": "09:30",
        "ends_0": "2031-05-12",
        "ends_1": "12:00",
    }

    response = staff_client.post("/en/admin/events/event/add/", {**data, **typed})

    assert response.status_code == 302
    event = Event.objects.get(slug="tokyo-workshop")
    assert event.starts == datetime.datetime(2031, 5, 12, 9, 30, tzinfo=TOKYO)
    assert event.ends == datetime.datetime(2031, 5, 12, 12, 0, tzinfo=TOKYO)


def test_a_bad_time_is_refused_in_the_events_zone_and_nothing_changes(
    staff_client, tokyo_forum, language
):
    url = change_url(tokyo_forum).replace("/en/", f"/{language}/")
    data = form_data(staff_client.get(url))

    response = staff_client.post(url, {**data, "starts_1": "25:00", "ends_1": "18:00"})

    assert response.status_code == 200
    with translation.override(language):
        assert translation.gettext("Enter a valid time.") in visible_text(response)
    # The page with the error still shows the event's clock.
    assert field_values(response, "ends")[1] == "18:00"
    assert "Asia/Tokyo" in visible_text(response)
    tokyo_forum.refresh_from_db()
    assert tokyo_forum.ends == datetime.datetime(2019, 11, 20, 17, 0, tzinfo=TOKYO)


def test_the_event_list_and_the_registrations_are_on_each_events_clock(
    staff_client, symposium, tokyo_forum, django_assert_max_num_queries
):
    # Jun's place at the Tokyo forum is held until 18:00 Tokyo time (17:00 in Beijing).
    RegistrationFactory(
        event=tokyo_forum,
        name="Jun",
        status="pending",
        held_until=datetime.datetime(2019, 11, 1, 18, 0, tzinfo=TOKYO),
    )
    RegistrationFactory.create_batch(3, event=symposium)

    with django_assert_max_num_queries(12):
        events = staff_client.get("/en/admin/events/event/")
    with django_assert_max_num_queries(12):
        registrations = staff_client.get("/en/admin/events/registration/")

    assert events.status_code == registrations.status_code == 200
    assert "20 November 2019, 10:00 (Japan time)" in visible_text(events)
    assert "1 November 2019, 18:00 (Japan time)" in visible_text(registrations)
