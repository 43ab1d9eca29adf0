"""Pages read as their readers write: clocks by the names people use, never a zone's
identifier; one Korean clock; Japanese dates apart from times; digits grouped in every
language; large figures and money in myriads in Korean, Japanese and Chinese."""

import datetime
import re

import pytest
from django.utils import formats, translation

from events.models import Speaker
from procura.numbers import figure, money
from procura.zones import ZONE_NAMES
from tests.helpers import in_language, page, visible_text

pytestmark = pytest.mark.django_db

ZONE_ID = re.compile(r"\b(Asia|Europe)/[A-Z]")


@pytest.mark.parametrize(
    ("language", "population", "contract"),
    [
        ("en", "21,850,000", "₩7,440,000,000"),
        ("ko", "2,185만", "74억 4,000만 원"),
        ("ja", "2,185万", "74億4,000万ウォン"),
        ("zh-hans", "2,185万", "74亿4,000万韩元"),
    ],
)
def test_figures_and_money_read_as_each_language_counts(language, population, contract):
    with translation.override(language):
        assert figure(21_850_000) == population
        assert money(7_440_000_000, "KRW") == contract


@pytest.mark.parametrize(
    ("language", "written"),
    [("ko", "987만 6,543"), ("ja", "987万6,543"), ("zh-hans", "987万6,543"), ("en", "9,876,543")],
)
def test_a_figure_stays_exact(language, written):
    with translation.override(language):
        assert figure(9_876_543) == written
        assert figure(9_999) == "9,999"


def test_money_in_english_takes_the_currency_symbol_and_no_empty_cents():
    with translation.override("en"):
        assert money(1_234_567, "CNY") == "CN¥1,234,567"
        assert money(1_234_567.5, "EUR") == "€1,234,567.5"
        assert money(1_234_567, "") == "1,234,567"


def test_one_clock_in_korean_and_dates_apart_from_times_in_japanese():
    moment = datetime.datetime(2027, 3, 3, 18, 0)
    with translation.override("ko"):
        assert formats.time_format(moment, "TIME_FORMAT") == "오후 6:00"
        assert formats.date_format(moment, "DATETIME_FORMAT") == "2027년 3월 3일 오후 6:00"
    with translation.override("ja"):
        assert formats.date_format(moment, "DATETIME_FORMAT") == "2027年3月3日 18:00"
    with translation.override("zh-hans"):
        assert formats.number_format(21_850_000, force_grouping=True) == "21,850,000"


def test_an_event_names_its_clock_in_the_readers_language(client, symposium, webinar, language):
    for event in (symposium, webinar):
        response = client.get(f"/{language}/events/{event.slug}/")

        assert response.status_code == 200
        text = visible_text(response)
        assert not ZONE_ID.search(text)
        with translation.override("en"):
            english = str(ZONE_NAMES[event.time_zone])
        assert f"({in_language(language, english)})" in text


def test_the_population_is_grouped_in_every_language(client, beijing, language):
    beijing.population = 21_850_000
    beijing.save()

    response = client.get(f"/{language}/members/beijing/")

    assert response.status_code == 200
    expected = {"en": "21,850,000", "ko": "2,185만"}.get(language, "2,185万")
    assert expected in visible_text(response)


def test_the_call_for_applications_closes_on_the_secretariats_clock_by_name(client, call, language):
    response = client.get(f"/{language}/awards/{call.edition.year}/")

    assert response.status_code == 200
    text = visible_text(response)
    assert not ZONE_ID.search(text)
    assert f"({in_language(language, 'Korea time')})" in text


def test_a_contract_value_is_written_in_the_readers_words(client, beijing_entry, language):
    beijing_entry.contract_value = 7_440_000_000
    beijing_entry.currency = "KRW"
    beijing_entry.status = "winner"
    beijing_entry.save()
    edition = beijing_entry.edition
    edition.phase = "announced"
    edition.save()

    response = client.get(f"/{language}/awards/{edition.year}/{beijing_entry.slug}/")

    assert response.status_code == 200
    with translation.override(language):
        assert money(7_440_000_000, "KRW") in visible_text(response)
    assert "KRW" not in visible_text(response)


SPEAKERS = {
    "en": "Speakers: Hannah Park and Ying Wang",
    "ko": "연사: Hannah Park 및 Ying Wang",
    "ja": "登壇者：Hannah Park、Ying Wang",
    "zh-hans": "发言嘉宾：Hannah Park和Ying Wang",
}


def test_lists_and_pairs_take_each_languages_punctuation(client, symposium, language):
    session = symposium.sessions.get()
    session.speakers.add(Speaker.objects.create(event=symposium, name="Hannah Park"))
    symposium.contact_name = "Bong-hee Son"
    symposium.contact_position_en = "Strategy Manager"
    symposium.contact_email = "iclei-eastasia@iclei.org"
    symposium.save()

    response = client.get(f"/{language}/events/symposium/")

    assert SPEAKERS[language] in visible_text(response)
    comma = {"ja": "、", "zh-hans": "，"}.get(language, ", ")
    assert re.search(
        f"Bong-hee Son</span>{comma}<span[^>]*>Strategy Manager<", response.content.decode()
    )


MORI = {"en": "Takeshi Mori", "ko": "모리 다케시", "ja": "森武志", "zh-hans": "森武志"}


def test_people_are_named_in_the_pages_script(client, symposium, language):
    mori = Speaker.objects.create(
        event=symposium,
        name_en=MORI["en"],
        name_ko=MORI["ko"],
        name_ja=MORI["ja"],
        name_zh_hans=MORI["zh-hans"],
    )
    symposium.sessions.get().speakers.add(mori)
    symposium.contact_name_en, symposium.contact_name_ko = "Bong-hee Son", "손봉희"
    symposium.save()

    text = visible_text(client.get(f"/{language}/events/symposium/"))

    assert text.count(MORI[language]) >= 2  # in the programme and among the speakers
    assert ("손봉희" if language == "ko" else "Bong-hee Son") in text
    assert "Ying Wang" in text  # written in English only: shown as written


def test_a_text_in_another_language_says_so_in_the_readers_language(client, beijing, language):
    response = client.get(f"/{language}/members/beijing/")

    assert response.status_code == 200
    headings = page(response).find_all("h3")
    [commitment] = [
        attrs for attrs, text in headings if text in ("Green office paper", "绿色办公用纸")
    ]
    if language in ("en", "zh-hans"):
        assert "lang" not in commitment
        assert "data-fallback" not in commitment
    else:
        assert commitment["lang"] == "en"
        assert commitment["data-fallback"] == in_language(language, "in English")
