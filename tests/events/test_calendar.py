"""iCalendar files: parsed with the icalendar library, in the event's time zone."""

import datetime
import zoneinfo

import icalendar
import pytest

from tests.factories import EventFactory, in_days

pytestmark = pytest.mark.django_db


def parse(response) -> list[icalendar.Event]:
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content).walk("VEVENT")


def test_one_event_with_its_time_zone_a_reminder_and_its_page(client, symposium, language):
    [event] = parse(client.get(f"/{language}/events/symposium/calendar.ics"))

    start = event.decoded("dtstart")
    assert start == datetime.datetime(2014, 10, 30, 9, 0, tzinfo=zoneinfo.ZoneInfo("Asia/Shanghai"))
    assert str(start.tzinfo) == "Asia/Shanghai"
    assert event.decoded("dtend").astimezone(datetime.UTC) == datetime.datetime(
        2014, 10, 31, 9, 30, tzinfo=datetime.UTC
    )
    assert str(event["url"]) == f"http://testserver/{language}/events/symposium/"
    [alarm] = event.walk("VALARM")
    assert alarm.decoded("trigger") == datetime.timedelta(days=-1)


def test_calendar_has_the_time_zone_definition(client, webinar):
    calendar = icalendar.Calendar.from_ical(client.get("/en/events/webinar/calendar.ics").content)

    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["Asia/Seoul"]


def test_all_upcoming_events_in_one_calendar(client, symposium, webinar, workshop):
    EventFactory(slug="draft", starts=in_days(5), ends=in_days(5, hour=17), published=False)

    events = parse(client.get("/ko/events/calendar.ics"))

    assert [str(event["url"]) for event in events] == [
        "http://testserver/ko/events/webinar/",
        "http://testserver/ko/events/workshop/",
    ]
