"""What the search finds of the portal's own apps: member governments, events, news articles
and award case studies. The resource library registers itself (resources/apps.py)."""

import html

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from awards.models import Application, AwardEdition
from events.models import Event, Session, Speaker
from members.models import Commitment, MemberGovernment
from news.models import Article, ArticleStatus
from procura.text import sanitized_markdown
from search.index import Document, gathered, register, translations


def plain(texts: dict[str, str]) -> dict[str, str]:
    """Markdown texts as the words a reader sees."""
    return {
        code: html.unescape(strip_tags(sanitized_markdown(value))) for code, value in texts.items()
    }


def with_names(texts: dict[str, list[str]], names: list[str]) -> dict[str, list[str]]:
    """Names written once for every language, added to each language's texts."""
    names = [name for name in names if name]
    for code in texts or {"en": []}:
        texts.setdefault(code, []).extend(names)
    return texts


def government_document(government: MemberGovernment) -> Document:
    commitments = government.commitments.all()
    return Document(
        titles=translations(government, "name"),
        texts=gathered(
            translations(government, "summary"),
            translations(government, "gpp_policy"),
            *(translations(commitment, "title") for commitment in commitments),
            *(translations(commitment, "description") for commitment in commitments),
        ),
    )


def event_document(event: Event) -> Document:
    sessions, speakers = event.sessions.all(), event.speakers.all()
    texts = gathered(
        translations(event, "summary"),
        plain(translations(event, "description")),
        translations(event, "topics"),
        translations(event, "city"),
        *(translations(session, "title") for session in sessions),
        *(translations(session, "description") for session in sessions),
        *(translations(speaker, "position") for speaker in speakers),
        *(translations(speaker, "organisation") for speaker in speakers),
    )
    return Document(
        titles=translations(event, "title"),
        texts=with_names(texts, [event.series, *(speaker.name for speaker in speakers)]),
    )


def article_document(article: Article) -> Document:
    return Document(
        titles=translations(article, "title"),
        texts=gathered(translations(article, "summary"), plain(translations(article, "body"))),
        public_from=article.published_at,
    )


CASE_STUDY_TEXTS = [
    "summary",
    "purchase",
    "environmental_outcome",
    "social_outcome",
    "economic_outcome",
    "innovation",
]


def case_study_document(application: Application) -> Document:
    titles = translations(application, "title") or {application.language: str(application)}
    return Document(
        titles=titles,
        texts=gathered(
            translations(application.government, "name"),
            *(translations(application, name) for name in CASE_STUDY_TEXTS),
        ),
    )


def register_kinds() -> None:
    register(
        "members",
        _("Member governments"),
        MemberGovernment,
        objects=lambda: MemberGovernment.objects.filter(published=True).prefetch_related(
            "commitments"
        ),
        document=government_document,
        follows={Commitment: lambda commitment: [commitment.government]},
        order=10,
    )
    register(
        "events",
        _("Events"),
        Event,
        objects=lambda: Event.objects.published().prefetch_related("sessions", "speakers"),
        document=event_document,
        follows={
            Session: lambda session: [session.event],
            Speaker: lambda speaker: [speaker.event],
        },
        order=20,
    )
    register(
        "news",
        _("News"),
        Article,
        # A scheduled article is indexed now and found from its publication on.
        objects=lambda: Article.objects.filter(
            status=ArticleStatus.PUBLISHED, published_at__isnull=False
        ),
        document=article_document,
        order=30,
    )
    register(
        "case_studies",
        _("Award case studies"),
        Application,
        objects=lambda: Application.objects.in_results().select_related(
            "edition", "category__edition", "government"
        ),
        document=case_study_document,
        follows={AwardEdition: lambda edition: edition.applications.all()},
        order=40,
    )
