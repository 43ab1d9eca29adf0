"""The "News" section of a member's profile, an event's page and an award year, and the
home page's latest news: the latest published articles about it, in one query."""

from awards.models import AwardEdition
from events.models import Event
from members.models import MemberGovernment
from news.models import Article
from procura.languages import in_every_language

# How many articles a section lists; the news page has the rest.
LATEST = 3


def latest(**link) -> dict:
    """The latest articles, with what their links and tiles show: not their bodies."""
    shown = ["slug", "published_at", "cover_small", *in_every_language("title", "summary")]
    articles = Article.objects.published().filter(**link).only(*shown)
    return {"articles": list(articles.order_by("-published_at", "-pk")[:LATEST])}


def latest_news(_page) -> dict:
    """The home page's latest articles, whatever they are about."""
    return latest()


def news_of_member(government: MemberGovernment) -> dict:
    return latest(members=government)


def news_of_event(event: Event) -> dict:
    return latest(events=event)


def news_of_edition(edition: AwardEdition) -> dict:
    return latest(award_editions=edition)
