"""The demo events: EcoProcura China in four languages, and upcoming events to register for."""

import datetime
import html
import io
import re
import zoneinfo

import pytest
from django.core.management import call_command
from django.utils import timezone, translation
from modeltranslation.translator import translator

from demo import events as demo_events
from events.models import Event, Organisation, Partner, Quote, Session, Speaker
from tests.helpers import visible_text

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "ko", "ja", "zh-hans"]
COLUMNS = ["en", "ko", "ja", "zh_hans"]
SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
KOREAN_TITLE_2014 = "EcoProcura China 2014: 지방정부 녹색공공구매 국제 심포지엄"


def load_demo():
    call_command("load_demo", stdout=io.StringIO())


def symposium_2014():
    return Event.objects.get(slug="ecoprocura-china-2014")


def test_loading_twice_duplicates_nothing(demo_output):
    events = demo_events.events()
    assert Event.objects.count() == len(events)
    assert Organisation.objects.count() == len(demo_events.organisations())
    for model, key in [(Partner, "partners"), (Speaker, "speakers"), (Session, "sessions")]:
        assert model.objects.count() == sum(len(record[key]) for record in events), key
    assert Quote.objects.count() == sum(len(record.get("quotes", [])) for record in events)


def test_the_2014_symposium_runs_two_days_in_beijing_time(demo_output):
    event = symposium_2014()

    assert event.time_zone == "Asia/Shanghai"
    assert event.local(event.starts) == datetime.datetime(2014, 10, 30, 9, 0, tzinfo=SHANGHAI)
    assert event.local(event.ends).date() == datetime.date(2014, 10, 31)
    assert event.participants == 60
    assert event.published
    assert event.registration_state() == "none"


def test_the_2014_symposium_has_quotes_partners_and_four_topics(demo_output):
    event = symposium_2014()

    assert [quote.person for quote in event.quotes.all()] == [
        "Ying Wang",
        "Junqing Xi",
        "Wenping Yao",
    ]
    assert event.partners.count() >= 5
    assert event.partners.filter(role="organiser", organisation__name_en="ICLEI East Asia").exists()
    assert event.partners.filter(
        role="co_organiser",
        organisation__name_en="China Environmental United Certification Center",
    ).exists()
    for code in LANGUAGES:
        with translation.override(code):
            assert len(event.topic_list) == 4, code


def test_speakers_of_member_governments_are_linked_to_their_profiles(demo_output):
    assert symposium_2014().speakers.filter(government__slug="beijing").exists()
    guiyang_2015 = Event.objects.get(slug="ecoprocura-china-2015")
    assert guiyang_2015.speakers.filter(government__slug="guiyang").exists()


def translated_records():
    for event in Event.objects.all():
        yield event
        yield from event.quotes.all()
        yield from event.sessions.all()
        yield from event.speakers.all()
    yield from Organisation.objects.all()


def test_every_text_is_written_in_four_languages(demo_output):
    for record in translated_records():
        for field in translator.get_options_for_model(type(record)).fields:
            english = getattr(record, f"{field}_en")
            if not english:
                continue
            for column in COLUMNS[1:]:
                text = getattr(record, f"{field}_{column}")
                assert text.strip(), (record, field, column)
                assert text != english, (record, field, column)


def test_the_demo_content_passes_the_models_validation(demo_output):
    for model in [Event, Organisation, Partner, Speaker, Session, Quote]:
        for record in model.objects.all():
            record.full_clean()
    for session in Session.objects.select_related("event"):
        assert session.event.starts <= session.starts < session.ends <= session.event.ends
        assert all(speaker.event_id == session.event_id for speaker in session.speakers.all())


def test_an_upcoming_event_is_open_for_registration(client, demo_output):
    upcoming = Event.objects.published().upcoming().with_confirmed_count()
    assert "open" in [event.registration_state() for event in upcoming]

    register_url = re.search(r"register for the webinar at (\S+)\)", demo_output).group(1)
    webinar = upcoming.get(slug=demo_events.WEBINAR)
    assert register_url == f"/en/events/{demo_events.WEBINAR}/register/"
    assert webinar.registration_state() == "open"
    assert webinar.audience == "anyone"
    assert webinar.ends - webinar.starts == datetime.timedelta(hours=2)
    assert 44 <= (webinar.starts - timezone.now()).days <= 45
    assert client.get(register_url).status_code == 200

    workshop = upcoming.get(audience="officials")
    assert (workshop.capacity, workshop.time_zone) == (30, "Asia/Tokyo")
    assert workshop.registration_state() == "open"


def test_loading_again_moves_the_upcoming_events_back_into_the_future(demo, settings):
    settings.DEBUG = True  # load_demo runs only in development
    past = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    Event.objects.filter(slug=demo_events.WEBINAR).update(starts=past, ends=past)

    load_demo()

    assert Event.objects.upcoming().filter(slug=demo_events.WEBINAR).exists()


DATES_2014 = {
    "en": "30–31 October 2014",
    "ko": "2014년 10월 30–31일",
    "ja": "2014年10月30日～31日",
    "zh-hans": "2014年10月30日至31日",
}
# Text written in each language's own script.
SCRIPT = {
    "en": re.compile(r"^[\x00-\x7f–’“”]+$"),
    "ko": re.compile(r"[\uac00-\ud7a3]"),
    "ja": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]"),
    "zh-hans": re.compile(r"^[^\uac00-\ud7a3\u3040-\u30ff]*[\u4e00-\u9fff]"),
}


def test_the_2014_page_in_each_language_and_its_script(client, demo_output, language):
    response = client.get(f"/{language}/events/ecoprocura-china-2014/")

    assert response.status_code == 200
    text = html.unescape(visible_text(response))
    assert DATES_2014[language] in text
    with translation.override(language):
        event = symposium_2014()
        written = [event.title, event.city, *event.topic_list]
        written += [quote.text for quote in event.quotes.all()]
        written += [partner.organisation.name for partner in event.partners.all()]
        participants = translation.ngettext(
            "over %(counter)s participant", "over %(counter)s participants", 60
        ) % {"counter": 60}
    assert participants in text
    assert len(written) >= 3 + 4 + 3 + 5
    for piece in written:
        assert " ".join(piece.split()) in text
        assert SCRIPT[language].search(piece), piece
