"""The library's list with its filters and counts, and a resource's page, in each of the
four languages."""

import pytest
from django.utils import translation

from resources.models import Resource
from tests.helpers import in_language, page, visible_text
from tests.resources.conftest import CRITERIA_TITLES

pytestmark = pytest.mark.django_db

IT = {"en": "IT equipment", "ko": "IT 기기", "ja": "IT機器", "zh-hans": "IT设备"}


def titles(response) -> list[str]:
    return [text for _attrs, text in page(response).find_all("a", class_="resource-link")]


def options(response, name: str) -> dict[str, str]:
    """value -> label of the filter's choices, from the `select` named `name`."""
    html = page(response)
    elements = html.elements
    start = next(i for i, (tag, attrs, _t) in enumerate(elements) if attrs.get("name") == name)
    found = {}
    for tag, attrs, text in elements[start + 1 :]:
        if tag != "option":
            break
        found[attrs["value"]] = text.strip()
    return found


def test_list_in_the_visitors_language(client, criteria, basic_policy, language):
    response = client.get(f"/{language}/resources/")

    assert response.status_code == 200
    assert page(response).html_lang() == language
    shown = titles(response)
    assert CRITERIA_TITLES[language] in shown
    assert len(shown) == 3
    with translation.override(language):
        assert translation.gettext("Resource library") in visible_text(response)
        criteria_label = translation.gettext("GPP criteria")
        policy_label = translation.gettext("Policy")
    assert options(response, "kind") == {
        "": options(response, "kind")[""],
        "criteria": f"{criteria_label} (2)",
        "policy": f"{policy_label} (1)",
    }
    assert options(response, "language") == {
        "": options(response, "language")[""],
        "en": "English (2)",
        "ja": "日本語 (1)",
        "zh-hans": "简体中文 (1)",
    }
    assert options(response, "year")["2021"] == "2021 (1)"
    assert list(options(response, "year")) == ["", "2024", "2021", "2016"]


def test_filters_narrow_the_list_and_the_other_counts(client, criteria, basic_policy, language):
    response = client.get(f"/{language}/resources/?kind=criteria")

    assert response.status_code == 200
    assert set(titles(response)) == {
        CRITERIA_TITLES[language],
        "EU GPP criteria for office IT equipment",
    }
    # Each filter counts along with the others, but not with itself.
    assert set(options(response, "language")) == {"", "en", "zh-hans"}
    assert options(response, "language")["en"] == "English (2)"
    assert set(options(response, "kind")) == {"", "criteria", "policy"}
    assert options(response, "group") == {
        "": options(response, "group")[""],
        "it-equipment": f"{IT[language]} (2)",
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("language=ja", {"japan-basic-policy"}),
        ("language=zh-hans", {"eu-gpp-criteria-computers"}),
        ("group=paper", {"japan-basic-policy"}),
        ("year=2016", {"eu-gpp-criteria-office-it-2016"}),
        ("kind=criteria&language=en&year=2021", {"eu-gpp-criteria-computers"}),
        ("kind=guide", set()),
    ],
)
def test_each_filter(client, criteria, basic_policy, query, expected):
    response = client.get(f"/en/resources/?{query}")

    links = page(response).find_all("a", class_="resource-link")
    assert {attrs["href"].split("/")[-2] for attrs, _text in links} == expected
    if not expected:
        assert "No resource matches your choice." in visible_text(response)


def test_a_chosen_value_that_finds_nothing_stays_chosen(client, criteria):
    response = client.get("/en/resources/?kind=criteria&language=ko")

    assert options(response, "language")["ko"] == "한국어 (0)"
    assert titles(response) == []


@pytest.mark.parametrize(
    "query",
    [
        "kind=nonsense",
        "year=abc",
        "year=1066",
        "year=-1",
        "year=%F0%9F%99%82",
        "group=%27%22",
        "group=%25_%5C",
        "language=xx",
        "language=%3Cscript%3E",
        "kind=" + "x" * 1000,
        "page=99",
        "page=-1",
    ],
)
def test_junk_in_the_address_is_ignored_and_not_cached(client, criteria, query):
    response = client.get(f"/en/resources/?{query}")

    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert CRITERIA_TITLES["en"] in titles(response)


def test_unpublished_resources_are_not_listed(client, criteria, draft_guide):
    assert "Unfinished guide" not in titles(client.get("/en/resources/"))
    assert client.get("/en/resources/draft-guide/").status_code == 404


def test_staff_preview_an_unpublished_resource(staff_client, draft_guide):
    response = staff_client.get("/en/resources/draft-guide/")

    assert response.status_code == 200
    assert "visitors do not see this resource yet" in visible_text(response)


def test_a_resource_page_in_the_visitors_language(client, criteria, language):
    response = client.get(f"/{language}/resources/eu-gpp-criteria-computers/")

    assert response.status_code == 200
    html = page(response)
    assert html.html_lang() == language
    assert html.find_all("h1")[0][1] == CRITERIA_TITLES[language]
    downloads = [attrs["href"] for attrs, _text in html.find_all("a", class_="resource-download")]
    assert downloads == [
        f"/{language}/resources/eu-gpp-criteria-computers/download/en/",
        f"/{language}/resources/eu-gpp-criteria-computers/download/zh-hans/",
    ]
    older = [attrs["href"] for attrs, _text in html.find_all("a", class_="resource-version")]
    assert older == [f"/{language}/resources/eu-gpp-criteria-computers/download/en/1/"]
    text = visible_text(response)
    assert "EU criteria computers revised.pdf" in text
    with translation.override(language):
        assert translation.gettext("PDF") in text
    assert IT[language] in text


def test_file_sizes_follow_the_locale(client, criteria):
    item = criteria.files.get(language="zh-hans")
    type(item).objects.filter(pk=item.pk).update(size=1_234_567)

    assert "1.2 MB" in visible_text(client.get("/en/resources/eu-gpp-criteria-computers/"))
    assert "1.2 MB" in visible_text(client.get("/zh-hans/resources/eu-gpp-criteria-computers/"))


def test_a_missing_translation_shows_english_marked_as_such(client, criteria):
    response = client.get("/ja/resources/eu-gpp-criteria-computers/")

    summary = [attrs for attrs, _text in page(response).find_all("div", class_="lead")]
    assert summary == [
        {"class": "lead", "lang": "en", "data-fallback": in_language("ja", "in English")}
    ]
    assert "Criteria for computers, monitors" in visible_text(response)


def test_a_superseded_resource_links_to_the_newer_one(client, old_criteria, criteria, language):
    response = client.get(f"/{language}/resources/eu-gpp-criteria-office-it-2016/")

    assert response.status_code == 200
    links = page(response).find_all("a", class_="superseded-by")
    assert links == [
        (
            {"class": "superseded-by", "href": f"/{language}/resources/eu-gpp-criteria-computers/"},
            CRITERIA_TITLES[language],
        )
    ]
    newer = client.get(f"/{language}/resources/eu-gpp-criteria-computers/")
    assert page(newer).find_all("a", class_="superseded-by") == []


def test_the_list_is_cached_until_a_resource_changes(
    client, criteria, django_capture_on_commit_callbacks
):
    assert CRITERIA_TITLES["en"] in titles(client.get("/en/resources/"))
    with django_capture_on_commit_callbacks(execute=True):
        criteria.title_en = "EU GPP criteria for computers (2021)"
        criteria.save()

    assert "EU GPP criteria for computers (2021)" in titles(client.get("/en/resources/"))


def test_the_list_comes_a_page_at_a_time_with_the_filters_kept(client, language):
    for number in range(25):
        Resource.objects.create(
            slug=f"guide-{number:02}",
            title_en=f"Guide {number:02}",
            summary_en="A guide.",
            kind="guide",
            year=2020,
            published=True,
        )

    first = client.get(f"/{language}/resources/?kind=guide")
    second = client.get(f"/{language}/resources/?kind=guide&page=2")

    assert len(titles(first)) == 20
    assert titles(second) == [f"Guide {number}" for number in range(20, 25)]
    following = [attrs["href"] for attrs, _text in page(first).find_all("a", rel="next")]
    assert following == ["?kind=guide&page=2"]
    assert "private" not in second.get("Cache-Control", "")


def test_an_unpublished_newer_resource_is_not_named(client, old_criteria, criteria):
    criteria.published = False
    criteria.save()

    response = client.get("/en/resources/eu-gpp-criteria-office-it-2016/")

    assert page(response).find_all("a", class_="superseded-by") == []
    assert "computers, monitors" not in response.content.decode()


def test_staff_see_the_unpublished_newer_resource(staff_client, old_criteria, criteria):
    criteria.published = False
    criteria.save()

    preview = staff_client.get("/en/resources/eu-gpp-criteria-office-it-2016/")

    assert len(page(preview).find_all("a", class_="superseded-by")) == 1


def test_language_names_come_from_one_place_and_djangos_own_filter(client, basic_policy):
    from django.template import engines

    from procura.languages import LANGUAGE_NAMES

    assert LANGUAGE_NAMES == {
        "en": "English",
        "ko": "한국어",
        "ja": "日本語",
        "zh-hans": "简体中文",
    }
    assert "resources" not in engines["django"].engine.template_libraries
    languages = page(client.get("/en/resources/")).find_all("p", class_="meta resource-languages")
    assert [" ".join(text.split()) for _attrs, text in languages] == ["日本語"]
