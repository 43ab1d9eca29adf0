"""Four languages: how visitors land in theirs, and the catalogues behind it."""

import datetime
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.utils import translation

from procura.templatetags.procura import date_range

CATALOGUES = sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po"))
# Names that stay in Latin letters in every language.
# Names that read the same in every language: the brand and the formats of files.
PROPER_NAMES = {"Procura+ East Asia", "Procura+ Awards", "–", "j"}
PROPER_NAMES |= {"HTML", "PDF", "Word", "Excel", "PowerPoint"}


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ko-KR,ko;q=0.9,en;q=0.5", "/ko/"),
        ("ja,en-US;q=0.7", "/ja/"),
        ("zh-CN,zh;q=0.9", "/zh-hans/"),
        ("zh-Hans", "/zh-hans/"),
        ("de-DE,de;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_to_the_best_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == expected


def test_language_cookie_comes_before_accept_language(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ja"

    response = client.get("/", headers={"accept-language": "ko"})

    assert response["Location"] == "/ja/"


def test_unprefixed_inner_page_redirects_into_a_language(client):
    response = client.get("/about/", headers={"accept-language": "zh-CN"})

    assert response["Location"] == "/zh-hans/about/"


def test_the_three_catalogues_exist():
    assert [path.parent.parent.name for path in CATALOGUES] == ["ja", "ko", "zh_Hans"]


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parent.parent.name)
def test_catalogue_is_complete(path):
    with path.open("rb") as file:
        catalogue = read_po(file)

    messages = [message for message in catalogue if message.id]
    assert messages
    assert [m.id for m in messages if m.fuzzy] == []
    assert [m.id for m in messages if not m.string] == []
    untranslated = [m.id for m in messages if m.string == m.id and m.id not in PROPER_NAMES]
    assert untranslated == []


OCTOBER_30 = datetime.date(2014, 10, 30)


@pytest.mark.parametrize(
    ("end", "language", "expected"),
    [
        (datetime.date(2014, 10, 31), "en", "30–31 October 2014"),
        (datetime.date(2014, 10, 31), "ko", "2014년 10월 30–31일"),
        (datetime.date(2014, 10, 31), "ja", "2014年10月30日～31日"),
        (datetime.date(2014, 10, 31), "zh-hans", "2014年10月30日至31日"),
        (datetime.date(2014, 11, 2), "en", "30 October–2 November 2014"),
        (datetime.date(2014, 11, 2), "ko", "2014년 10월 30일–11월 2일"),
        (datetime.date(2014, 11, 2), "ja", "2014年10月30日～11月2日"),
        (datetime.date(2014, 11, 2), "zh-hans", "2014年10月30日至11月2日"),
        (datetime.date(2015, 1, 2), "en", "30 October 2014–2 January 2015"),
    ],
)
def test_date_range_in_each_locale(end, language, expected):
    with translation.override(language):
        assert date_range(OCTOBER_30, end) == expected


def test_single_day_is_one_date():
    with translation.override("ko"):
        assert (
            date_range(datetime.date(2018, 5, 16), datetime.date(2018, 5, 16)) == "2018년 5월 16일"
        )
