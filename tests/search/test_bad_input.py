"""Whatever is typed in the search box, the page answers with results or a translated
message: never an error, and never text read as SQL or as a search operator."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from search.models import Entry
from tests.factories import GovernmentFactory
from tests.search.conftest import search

pytestmark = pytest.mark.django_db

TYPE_A_WORD = (
    "Type a word or a name to search the member governments, events, news, award case "
    "studies and resources, in any of the four languages."
)
TOO_SHORT = "Type at least two characters: one character alone is not searched."
NO_LETTERS = "Your search has no letters or numbers to look for. Try a word."
LONG = "Your search was long: only its first %(count)s characters and eight words were looked for."
NOTHING = "Nothing matches “%(typed)s”. Try another word, or fewer words."

# What is typed, and the message the page must show (None: results or "nothing matches").
INPUTS = [
    ("", TYPE_A_WORD),
    ("   ", TYPE_A_WORD),
    ("a", TOO_SHORT),
    ("绿", TOO_SHORT),
    ("서", TOO_SHORT),
    ("%", NO_LETTERS),
    ("_", NO_LETTERS),
    ("%%__", NO_LETTERS),
    ('"', NO_LETTERS),
    ("'", NO_LETTERS),
    ("\\", NO_LETTERS),
    ("((", NO_LETTERS),
    ("))) & | ! <->", NO_LETTERS),
    ("🙂🌱", NO_LETTERS),
    ("green'", None),
    ('"green buses', None),
    ("green\\", None),
    ("(green | buses", None),
    ("green & !buses <-> :*", None),
    ("'; DROP TABLE search_entry; --", None),
    ("SELECT * FROM members_membergovernment WHERE 1=1", None),
    ("绿色 🙂 采购", None),
    ("x" * 1000, LONG),
    ("green " * 200, LONG),
]


@pytest.fixture
def green_city(db):
    return GovernmentFactory(slug="green-city", name_en="Green City", summary_en="Green buses.")


@pytest.mark.parametrize(("typed", "message"), INPUTS)
def test_bad_input_gets_a_translated_message_or_results(
    client, green_city, language, typed, message
):
    response = search(client, language, typed)

    assert response.status_code == 200
    html = response.content.decode()
    if message is not None:
        with translation.override(language):
            expected = gettext(message) % {"count": 100} if "%(" in message else gettext(message)
        assert expected in html
    assert Entry.objects.filter(kind="members", object_id=green_city.pk).exists()


def test_a_query_that_finds_nothing_says_so(client, green_city, language):
    response = search(client, language, "zeppelin")

    with translation.override(language):
        expected = gettext(NOTHING) % {"typed": "zeppelin"}
    assert expected in response.content.decode()


def test_operators_and_quotes_are_no_more_than_the_words_around_them(client, green_city):
    for typed in ['"green buses', "(green | buses", "green & !buses <-> :*", "green'"]:
        response = search(client, "en", typed)
        assert "/en/members/green-city/" in response.content.decode(), typed


def test_a_long_query_is_searched_by_its_beginning(client, green_city):
    response = search(client, "en", "green " + "x" * 1000)

    assert response.status_code == 200
    assert 'value="green xxx' in response.content.decode()
    assert len(response.content.decode().split('value="')[1].split('"')[0]) == 100


def test_a_kind_or_page_that_does_not_exist_is_no_error(client, green_city):
    for params in ({"kind": "nonsense"}, {"kind": "members", "page": "x"}, {"page": "-1"}):
        response = search(client, "en", "green", **params)
        assert response.status_code == 200
        assert "/en/members/green-city/" in response.content.decode()


def test_a_kind_with_nothing_found_shows_the_other_kinds_results(client, green_city):
    response = search(client, "en", "green", kind="events")

    assert response.status_code == 200
    assert "/en/members/green-city/" in response.content.decode()
