"""The search shows what visitors may open and nothing else, whoever asks.

Drafts, articles scheduled for later, unpublished resources and events, hidden governments
and applications whose results are not announced are each searched for by their own title:
no result links to them, while a published article is found the same way.
"""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.helpers import page


@pytest.fixture
def hidden(world) -> dict[str, str]:
    """The address of each object visitors may not open, by its title."""
    articles, resources = world.articles, world.resources
    with translation.override("en"):
        return {
            article.title_en: reverse("news:detail", args=[article.slug])
            for article in [articles.draft, articles.scheduled]
        } | {
            resources.unpublished.title_en: resources.unpublished.get_absolute_url(),
            world.hidden.name_en: world.hidden.get_absolute_url(),
            world.draft.title_en: world.draft.get_absolute_url(),
            **{
                entry.title_en: reverse("awards:case_study", args=[entry.edition.year, entry.slug])
                for entry in [world.beijing_entry, world.seoul_entry, world.draft_entry]
            },
        }


def result_links(client, typed: str) -> list[str]:
    response = client.get("/en/search/", {"q": typed})
    assert response.status_code == 200
    return [attrs.get("href", "") for attrs, _text in page(response).find_all("a")]


@pytest.mark.parametrize("persona", ["anonymous", "li", "jae", "sam"])
def test_the_search_finds_nothing_visitors_may_not_open(world, act_as, hidden, persona):
    client = act_as(persona)
    published = world.articles.published

    assert published.get_absolute_url() in result_links(client, published.title_en)
    found = {title: url for title, url in hidden.items() if url in result_links(client, title)}
    assert found == {}
