"""A member government's public profile."""

import pytest
from django.utils import translation

from tests.factories import CommitmentFactory, GovernmentFactory
from tests.helpers import page, visible_text

pytestmark = pytest.mark.django_db


def test_profile_in_the_visitors_language(client, beijing, language):
    response = client.get(f"/{language}/members/beijing/")

    assert response.status_code == 200
    html = page(response)
    assert html.html_lang() == language
    text = visible_text(response)
    with translation.override(language):
        assert html.find_all("h1")[0][1] == beijing.name
        assert html.find_all("h3")[0][1] == beijing.commitments.get().title
        for label in [beijing.get_country_display(), beijing.get_level_display(), "Commitments"]:
            assert translation.gettext(label) in text


def test_text_missing_in_a_language_falls_back_to_english_marked_as_such(client, beijing):
    html = page(client.get("/ko/members/beijing/"))

    assert "The capital buys green." in [
        text for attrs, text in html.find_all("div") if attrs.get("lang") == "en"
    ]
    assert html.find_all("h1")[0] == ({}, "베이징")  # written in Korean: no lang="en"
    assert html.find_all("h3", lang="en")[0][1] == "Green office paper"


def test_text_in_the_visitors_language_is_not_marked(client, beijing):
    beijing.gpp_policy_zh_hans = "绿色产品优先。"
    beijing.save()

    html = page(client.get("/zh-hans/members/beijing/"))

    assert html.find_all("h3")[0] == ({}, "绿色办公用纸")
    assert not [
        attrs
        for _tag, attrs, _text in html.elements
        if attrs.get("lang") == "en" and _tag in {"h1", "h3", "div"}
    ]


def test_a_commitment_shows_its_target_and_progress(client, beijing):
    text = visible_text(client.get("/en/members/beijing/"))

    assert "Target: 100 % by 2025" in text
    assert "Planned" in text


def test_contact_is_shown_only_when_the_government_publishes_it(
    client, beijing, django_capture_on_commit_callbacks
):
    beijing.contact_name = "Wang Fang"
    beijing.contact_email = "gpp@beijing.example"
    beijing.save()

    assert "gpp@beijing.example" not in visible_text(client.get("/en/members/beijing/"))

    beijing.publish_contact = True
    with django_capture_on_commit_callbacks(execute=True):
        beijing.save()

    assert "gpp@beijing.example" in visible_text(client.get("/en/members/beijing/"))


def test_the_contact_is_named_as_each_language_writes_it(client, beijing):
    beijing.contact_name_en, beijing.contact_name_ja = "Zhang Min", "張敏"
    beijing.contact_email, beijing.publish_contact = "gpp@beijing.example", True
    beijing.save()

    japanese = page(client.get("/ja/members/beijing/"))
    korean = page(client.get("/ko/members/beijing/"))

    assert ({}, "張敏") in japanese.find_all("span")
    # Not yet written in Korean: the English name, marked as such.
    [(attributes, name)] = korean.find_all("span", lang="en")
    assert name == "Zhang Min"
    assert attributes["data-fallback"] == "영어 원문"


def test_text_from_officials_is_escaped(client):
    GovernmentFactory(slug="x", summary_en='<script>alert("x")</script>\n\nSecond paragraph')

    body = client.get("/en/members/x/").content.decode()

    assert "<script>alert" not in body
    assert "&lt;script&gt;alert" in body
    assert "<p>Second paragraph</p>" in body


def test_unpublished_or_unknown_governments_are_not_found(client):
    GovernmentFactory(slug="draft", published=False)

    assert client.get("/en/members/draft/").status_code == 404
    assert client.get("/en/members/nowhere/").status_code == 404


@pytest.mark.parametrize("count", [2, 20])
def test_queries_do_not_grow_with_the_commitments(
    client, beijing, django_assert_max_num_queries, count
):
    CommitmentFactory.create_batch(count, government=beijing)

    # The government, its commitments and their targets, the events it took part in, its
    # awards, its news and its reported figures.
    with django_assert_max_num_queries(7):
        response = client.get("/ja/members/beijing/")

    assert len(page(response).find_all("li", class_="commitment")) == count + 1


def test_officials_see_a_link_to_edit_their_profile(client, li, beijing, seoul):
    client.force_login(li)

    assert page(client.get("/en/members/beijing/")).find_all("a", href="/en/members/beijing/edit/")
    assert not page(client.get("/en/members/seoul/")).find_all("a", href="/en/members/seoul/edit/")
    # and on every page, in the menu
    assert page(client.get("/ja/about/")).find_all("a", href="/ja/members/beijing/edit/")


def test_people_who_are_not_officials_have_no_profile_to_edit(client, olivia):
    client.force_login(olivia)

    assert "/edit/" not in client.get("/en/about/").content.decode()
