"""Markup typed into any text field comes out as text on every public page, in every language.

Every CharField and TextField of the portal's models, each translated column too, is found
in the models' _meta and filled with a payload of script; a field added later is probed
with no change here. Each public page must show the payloads of the fields it displays
escaped (Markdown: sanitized), and a field that no public page displays must be declared
private below.
"""

from dataclasses import dataclass
from xml.etree import ElementTree

import icalendar
import pytest
from django.apps import apps
from django.db import models
from django.utils.html import escape
from modeltranslation.fields import TranslationField
from modeltranslation.utils import build_localized_fieldname

from awards.models import (
    Application,
    ApplicationStatus,
    Attachment,
    AwardCategory,
    AwardEdition,
    Criterion,
    JuryMember,
    Phase,
    Score,
)
from events import mailings
from events.models import (
    Delivery,
    Document,
    Event,
    Mailing,
    Organisation,
    Partner,
    Photo,
    Quote,
    Registration,
    Session,
    Speaker,
    Unsubscribe,
)
from impact.models import EmissionFactor, Evidence, ExchangeRate, ProductGroup, Report, ReportLine
from members.models import Commitment, Invitation, MemberGovernment, Official, ProfileRevision, User
from members.revisions import snapshot
from members.services import propose_revision
from news.models import COVER_SIZES, Article, Topic
from newsletter import services as newsletter_services
from newsletter.models import Newsletter, Subscriber
from procura.images import reencode
from procura.templatetags.procura import markdown
from procura.text import sanitized_markdown
from procura.uploads import store
from resources.models import Resource
from tests.factories import (
    ApplicationFactory,
    EditionFactory,
    EventFactory,
    GovernmentFactory,
    RegistrationFactory,
    UserFactory,
    in_days,
)
from tests.helpers import Page, image_file

# Stored hashed: nobody reads it back. Currencies are ISO 4217 codes, checked against its list.
NOT_TEXT = {"members.User.password", "impact.ExchangeRate.currency", "impact.Report.currency"}
# Typed, but meant for staff, the jury or the mailbox, never for a public page.
PRIVATE = {
    "members.User.name",
    "members.User.email",
    "members.Official.position",
    "members.Official.phone",
    "members.Invitation.email",
    "members.ProfileRevision.comment",
    "events.Speaker.email",
    "events.Registration.name",
    "events.Registration.email",
    "events.Registration.organisation",
    "events.Mailing.subject",
    "events.Mailing.body",
    "events.Delivery.email",
    "events.Delivery.name",
    "events.Delivery.last_error",
    "events.Delivery.message_id",
    "events.Unsubscribe.email",
    "awards.Criterion.name",
    "awards.Criterion.description",
    "awards.Score.comment",
    "newsletter.Subscriber.email",
    "newsletter.Newsletter.subject",  # the newsletter's mail
    "newsletter.Newsletter.introduction",
    "impact.Report.comment",  # the government's officials and the reviewers
    "impact.ReportLine.tender",
    "impact.Evidence.name",
}
# Rendered from Markdown: sanitized, not escaped.
MARKDOWN = {"events.Event.description", "news.Article.body"}
# The apps whose models people type text into; the search index only copies theirs.
APPS = ["members", "events", "awards", "news", "newsletter", "impact", "resources"]


@dataclass(frozen=True)
class Column:
    """A database column that people type text into, and the payload probing it."""

    model: type[models.Model]
    field: models.Field
    payload: str

    @property
    def field_name(self) -> str:
        """app.Model.field, the same for every translated column of the field."""
        original = getattr(self.field, "translated_field", self.field)
        return f"{self.model._meta.label}.{original.name}"

    @property
    def column(self) -> str:
        """app.Model.field_ko: the column itself."""
        return f"{self.model._meta.label}.{self.field.name}"

    def shown_in(self, language: str) -> bool:
        return (
            self.field_name not in PRIVATE and getattr(self.field, "language", language) == language
        )

    @property
    def rendered(self) -> str:
        """The payload as a public page must show it."""
        return markdown(self.payload) if self.field_name in MARKDOWN else escape(self.payload)


def payload(field: models.Field, n: int) -> str:
    """Markup with quotes, & and a javascript: link, numbered, that the field's form accepts."""
    if isinstance(field, models.EmailField):
        return f'"<script>alert({n})</script>&\'"@evil.example'
    if isinstance(field, models.URLField):
        return f"https://evil.example/?{n}\"><script>alert({n})</script>&'"
    text = f'<script>alert("{n}")</script><img src=x onerror=alert({n})>'
    text += f"[&'{n}](javascript:alert({n}))"
    if field.max_length and len(text) > field.max_length:
        return f"\"'&<img src=x onerror=alert({n})>"
    return text


def text_fields(model: type[models.Model]) -> list[models.Field]:
    fields = model._meta.concrete_fields
    # The translated columns stand in for the field they translate.
    translated = {f.translated_field.name for f in fields if isinstance(f, TranslationField)}
    return [
        field
        for field in fields
        if isinstance(field, models.CharField | models.TextField)
        and field.editable
        and not field.choices
        and not isinstance(field, models.SlugField)  # the object's address: ASCII only
        and field.name not in translated
        and f"{model._meta.label}.{field.name}" not in NOT_TEXT
    ]


COLUMNS = [
    Column(model, field, payload(field, n))
    for n, (model, field) in enumerate(
        (
            (model, field)
            for label in APPS
            for model in apps.get_app_config(label).get_models()
            for field in text_fields(model)
        ),
        start=100,
    )
]


def texts(model: type[models.Model]) -> dict[str, str]:
    return {column.field.name: column.payload for column in COLUMNS if column.model is model}


@pytest.fixture
def defaced(db):
    """One of everything, published and announced, with every text a payload."""
    government = GovernmentFactory(slug="defaced", publish_contact=True, **texts(MemberGovernment))
    Commitment.objects.create(
        government=government, target_year=2030, target_value=100, **texts(Commitment)
    )
    official = Official.objects.create(
        user=UserFactory(**texts(User)), government=government, **texts(Official)
    )
    Invitation.objects.create(government=government, **texts(Invitation))
    ProfileRevision.objects.create(government=government, proposal={}, **texts(ProfileRevision))

    event = EventFactory(slug="defaced", **texts(Event))
    speaker = Speaker.objects.create(event=event, government=government, **texts(Speaker))
    session = Session.objects.create(
        event=event, starts=event.starts, ends=event.ends, **texts(Session)
    )
    session.speakers.add(speaker)
    organisation = Organisation.objects.create(**texts(Organisation))
    Partner.objects.create(event=event, organisation=organisation, role="organiser")
    Quote.objects.create(event=event, **texts(Quote))
    Photo.objects.create(
        event=event, image="photos/a.jpg", thumbnail="photos/b.jpg", **texts(Photo)
    )
    Document.objects.create(event=event, file="documents/a.pdf", language="en", **texts(Document))
    RegistrationFactory(event=event, government=government, **texts(Registration))
    mailing = Mailing.objects.create(event=event, kind="invitation", **texts(Mailing))
    Delivery.objects.create(mailing=mailing, language="en", **texts(Delivery))
    Unsubscribe.objects.create(**texts(Unsubscribe))

    edition = EditionFactory(
        year=2029,
        phase=Phase.ANNOUNCED,
        ceremony=event,
        opens=in_days(-300),
        closes=in_days(-200),
        **texts(AwardEdition),
    )
    category = AwardCategory.objects.create(edition=edition, slug="defaced", **texts(AwardCategory))
    criterion = Criterion.objects.create(category=category, **texts(Criterion))
    application = ApplicationFactory(
        category=category,
        government=government,
        official=official,
        status=ApplicationStatus.WINNER,
        savings_value=12,
        **texts(Application),
    )
    Attachment.objects.create(application=application, file="awards/a.pdf", **texts(Attachment))
    juror = JuryMember.objects.create(edition=edition, user=UserFactory())
    Score.objects.create(
        jury_member=juror, application=application, criterion=criterion, value=5, **texts(Score)
    )
    deface_the_newer_apps(government, event)
    return application


def deface_the_newer_apps(government: MemberGovernment, event: Event) -> None:
    """A published article with its cover, topic and newsletter; a validated impact report
    with a line and evidence; a published resource."""
    article = Article.objects.create(
        slug="defaced",
        status="published",
        published_at=in_days(-1),
        **texts(Article),
    )
    store(article, reencode(image_file(), "defaced", COVER_SIZES, "JPEG"))
    article.save()
    article.topics.add(Topic.objects.create(slug="defaced", **texts(Topic)))
    article.members.add(government)
    article.events.add(event)
    Subscriber.objects.create(language="en", **texts(Subscriber))
    issue = Newsletter.objects.create(**texts(Newsletter))
    issue.articles.add(article)
    issue.events.add(event)
    newsletter_services.write_mailing(issue)

    group = ProductGroup.objects.create(slug="defaced", units=["piece"], **texts(ProductGroup))
    EmissionFactor.objects.create(
        product_group=group,
        country=government.country,
        year=2023,
        unit="piece",
        co2e_per_unit=1,
        source_year=2022,
        **texts(EmissionFactor),
    )
    ExchangeRate.objects.create(currency="CNY", year=2023, rate_to_usd=1, **texts(ExchangeRate))
    report = Report.objects.create(
        government=government,
        year=2023,
        currency="CNY",
        status="validated",
        published=True,
        **texts(Report),
    )
    ReportLine.objects.create(
        report=report, product_group=group, green_spend=5, total_spend=10, **texts(ReportLine)
    )
    Evidence.objects.create(report=report, file="private/impact/evidence/a.pdf", **texts(Evidence))
    Resource.objects.create(slug="defaced", kind="guide", published=True, **texts(Resource))


def public_pages(application: Application, language: str) -> list[str]:
    year, slug = application.edition.year, application.slug
    paths = ["", "members/", "members/defaced/", "events/", "events/defaced/", "awards/"]
    paths += [f"awards/{year}/", f"awards/{year}/{slug}/"]
    paths += ["news/", "news/defaced/", "resources/", "resources/defaced/"]
    paths += ["impact/", "impact/methodology/"]
    return [f"/{language}/{path}" for path in paths]


def injected(html: str) -> list[str]:
    """Elements that run script: inline <script>, on… handlers, javascript: links."""
    return [
        f"<{tag} {attrs}>"
        for tag, attrs, _text in Page(html).elements
        if (tag == "script" and "src" not in attrs and attrs.get("type") != "application/json")
        or any(name.startswith("on") for name in attrs)
        or any((value or "").strip().lower().startswith("javascript:") for value in attrs.values())
    ]


def test_every_payload_is_text_its_form_accepts():
    for column in COLUMNS:
        column.field.run_validators(column.payload)


def test_every_model_with_text_has_a_defaced_object(defaced):
    models_with_text = {column.model for column in COLUMNS}

    assert [model for model in models_with_text if not model.objects.exists()] == []
    assert len(COLUMNS) > 150


def test_markup_typed_anywhere_is_shown_as_text(client, defaced, language):
    pages = {path: client.get(path) for path in public_pages(defaced, language)}
    assert {path: response.status_code for path, response in pages.items()} == dict.fromkeys(
        pages, 200
    )
    html = {path: response.content.decode() for path, response in pages.items()}

    raw = [(path, c.column) for path, text in html.items() for c in COLUMNS if c.payload in text]
    assert raw == []
    assert [(path, found) for path, text in html.items() if (found := injected(text))] == []
    everything = "".join(html.values())
    shown = {column.column for column in COLUMNS if column.rendered in everything}
    assert shown == {column.column for column in COLUMNS if column.shown_in(language)}


def test_markdown_is_sanitized_not_escaped():
    for column in COLUMNS:
        if column.field_name in MARKDOWN:
            assert not injected(column.rendered), column.rendered
            assert escape(column.payload) not in column.rendered


def test_markup_reaches_the_jury_and_staff_as_text(client, defaced, stella):
    """Officials write what the jury and staff read: their pages escape it too."""
    government, mailing = defaced.government, Mailing.objects.get(event__slug="defaced")
    proposal = snapshot(government)
    proposal["fields"]["summary_en"] = "A new summary."
    revision = propose_revision(government, defaced.official.user, proposal)
    juror = JuryMember.objects.get().user
    report, issue = Report.objects.get(), Newsletter.objects.get()
    official = defaced.official.user
    pages = [
        (official, "/en/members/defaced/impact/2023/", "impact.Evidence.name"),
        (official, "/en/members/defaced/impact/2023/", "impact.ReportLine.tender"),
        (stella, f"/en/admin/impact/report/{report.pk}/change/", "impact.Report.comment"),
        (stella, f"/en/admin/impact/report/{report.pk}/change/", "impact.Evidence.name"),
        (
            stella,
            f"/en/admin/newsletter/newsletter/{issue.pk}/preview/ko/",
            "newsletter.Newsletter.subject_ko",
        ),
        (stella, "/en/admin/newsletter/subscriber/", "newsletter.Subscriber.email"),
        (juror, f"/en/awards/2029/jury/{defaced.pk}/", "awards.Application.purchase_en"),
        (
            stella,
            f"/en/admin/members/profilerevision/{revision.pk}/change/",
            "members.MemberGovernment.summary_en",
        ),
        (
            stella,
            f"/en/admin/awards/awardedition/{defaced.edition_id}/ranking/",
            "awards.Criterion.name_en",
        ),
        (stella, f"/en/admin/events/mailing/{mailing.pk}/preview/ko/", "events.Mailing.subject_ko"),
    ]
    columns = {column.column: column for column in COLUMNS}
    for user, path, shown in pages:
        client.force_login(user)
        html = client.get(path).content.decode()

        assert [column.column for column in COLUMNS if column.payload in html] == [], path
        assert injected(html) == [], path
        assert columns[shown].rendered in html, path


def test_calendar_files_carry_the_text_verbatim_and_are_not_web_pages(client, defaced, language):
    event = Event.objects.get(slug="defaced")
    title, venue, city = (
        getattr(event, build_localized_fieldname(name, language))
        for name in ["title", "venue", "city"]
    )

    for path in [f"/{language}/events/defaced/calendar.ics", f"/{language}/events/calendar.ics"]:
        response = client.get(path)

        assert response["Content-Type"] == "text/calendar; charset=utf-8"
        assert response["Content-Disposition"].startswith("attachment;")
        [vevent] = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
        assert (vevent["SUMMARY"], vevent["LOCATION"]) == (title, f"{venue}, {city}")


def test_the_sitemap_lists_the_pages_and_none_of_their_text(client, defaced):
    xml = client.get("/sitemap.xml").content.decode()

    assert "/ko/members/defaced/" in xml
    assert f"/ja/awards/2029/{defaced.slug}/" in xml
    assert [column.column for column in COLUMNS if column.payload in xml] == []


ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_feed_gives_readers_text_that_does_not_run(client, defaced, language):
    """The feed's summaries are declared HTML, which feed readers render: the article's
    text must reach them as the page shows it, its markup as text."""
    article = Article.objects.get(slug="defaced")
    response = client.get(f"/{language}/news/feed/")
    assert response.status_code == 200
    [entry] = ElementTree.fromstring(response.content).iter(f"{ATOM}entry")
    title, summary = entry.find(f"{ATOM}title"), entry.find(f"{ATOM}summary")

    title_typed, summary_typed = (
        getattr(article, build_localized_fieldname(name, language)) for name in ["title", "summary"]
    )

    assert (title.get("type", "text"), title.text) == ("text", title_typed)
    readers_get = summary.text if summary.get("type") == "html" else escape(summary.text)
    assert injected(readers_get) == []
    assert escape(summary_typed) in readers_get


def test_the_newsletter_mail_shows_markup_as_text(defaced, language):
    """Staff write the introduction (Markdown), the articles' texts come from the news: the
    mail's HTML runs none of it."""
    mailing = Newsletter.objects.get().mailing
    delivery = Delivery(
        mailing=mailing,
        email="reader@example.org",
        language=language,
        reason=mailings.usual_reason(mailing),
    )
    html = mailings.Composer(mailing).message(delivery).alternatives[0][0]
    column = language.replace("-", "_")
    columns = {column.column: column for column in COLUMNS}

    assert [column.column for column in COLUMNS if column.payload in html] == []
    assert injected(html) == []
    assert columns[f"news.Article.title_{column}"].rendered in html
    assert columns[f"news.Article.summary_{column}"].rendered in html
    introduction = columns[f"newsletter.Newsletter.introduction_{column}"].payload
    assert sanitized_markdown(introduction) in html
    assert not injected(sanitized_markdown(introduction))


@pytest.mark.parametrize("typed", ['<script>alert("q")</script>', "onerror", "javascript alert"])
def test_a_search_shows_the_query_and_the_matches_as_text(client, defaced, language, typed):
    """What was typed comes back in the box and the messages, and the matches are marked
    inside texts full of markup, all of it as text."""
    response = client.get(f"/{language}/search/", {"q": typed})
    html = response.content.decode()

    assert response.status_code == 200
    assert injected(html) == []
    assert [column.column for column in COLUMNS if column.payload in html] == []
    assert f'value="{escape(typed)}"' in html


REFLECTED = '"><script>alert("r")</script><img src=x onerror=alert(1)>'


@pytest.mark.parametrize(
    ("path", "names"),
    [
        ("search/", ["q", "kind", "page"]),
        ("news/", ["year", "topic", "page"]),
        ("resources/", ["kind", "group", "language", "year", "page"]),
        ("impact/", ["year", "group"]),
    ],
)
def test_filters_typed_into_the_address_come_back_as_text(client, defaced, language, path, names):
    response = client.get(f"/{language}/{path}", dict.fromkeys(names, REFLECTED))
    html = response.content.decode()

    assert response.status_code in (200, 400)
    assert REFLECTED not in html
    assert injected(html) == []
