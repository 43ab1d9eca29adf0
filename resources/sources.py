"""Documents published elsewhere on the portal that the library lists without a second upload:
each event's documents and each award case study stand in it as a resource that links to them,
kept in step whenever they, their event or their award year are saved."""

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from awards.models import RESULTS, Application, ApplicationStatus, AwardEdition
from events.models import Document, DocumentKind, Event
from procura.caching import bump
from resources.models import Resource, ResourceKind

DOCUMENT_KINDS = {
    DocumentKind.PRESENTATION: ResourceKind.PRESENTATION,
    DocumentKind.REPORT: ResourceKind.REPORT,
    DocumentKind.OTHER: ResourceKind.OTHER,
}
CODES = [code for code, _name in settings.LANGUAGES]


def in_each_language(instance, field: str) -> dict[str, str]:
    """The field's column in each language, English falling back to the first one written."""
    values = {
        code: getattr(instance, build_localized_fieldname(field, code)) or "" for code in CODES
    }
    values["en"] = values["en"] or next((text for text in values.values() if text), "")
    return values


def columns(field: str, values: dict[str, str]) -> dict[str, str]:
    return {build_localized_fieldname(field, code): text for code, text in values.items()}


def sync_event_document(document: Document) -> Resource:
    """The resource that lists an event's document, created or brought up to date."""
    event = document.event
    event_titles = in_each_language(event, "title")
    summaries = {}
    for code in CODES:
        with translation.override(code):
            summaries[code] = _("A document of %(event)s.") % {
                "event": event_titles[code] or event_titles["en"]
            }
    defaults = {
        "slug": f"{event.slug[:90]}-document-{document.pk}",
        "kind": DOCUMENT_KINDS.get(document.kind, ResourceKind.OTHER),
        "year": event.starts.year,
        "published": event.published,
        "available_in": [document.language],
        **columns("title", in_each_language(document, "title")),
        **columns("summary", summaries),
    }
    resource, _created = Resource.objects.update_or_create(
        event_document=document, defaults=defaults
    )
    resource.events.set([event])
    return resource


def sync_case_study(application: Application) -> Resource | None:
    """The resource that lists a case study once its application is among the announced
    results; withdrawn from the library when it no longer is."""
    shown = application.status in RESULTS and application.edition.is_announced
    if not shown:
        withdrawn = Resource.objects.filter(case_study=application, published=True)
        if withdrawn.update(published=False):
            # An update sends no signal: the cached library must forget the case study too.
            transaction.on_commit(lambda: bump("resources"))
        return None
    titles = in_each_language(application, "title")
    summaries = in_each_language(application, "summary")
    summaries = {code: summaries[code] or titles[code] for code in CODES}
    defaults = {
        "slug": f"case-study-{application.edition.year}-{application.slug}"[:120],
        "kind": ResourceKind.CASE_STUDY,
        "year": application.edition.year,
        "published": True,
        "available_in": [code for code in CODES if code == application.language or titles[code]],
        **columns("title", titles),
        **columns("summary", summaries),
        **columns("publisher", in_each_language(application.government, "name")),
    }
    resource, _created = Resource.objects.update_or_create(
        case_study=application, defaults=defaults
    )
    resource.members.set([application.government])
    return resource


def sync_all() -> int:
    """Bring every event document and every case study into the library; their number."""
    documents = Document.objects.select_related("event")
    for document in documents:
        sync_event_document(document)
    applications = Application.objects.filter(status__in=RESULTS).select_related(
        "edition", "government"
    )
    for application in applications:
        sync_case_study(application)
    return len(documents) + len(applications)


def bring_in_missing(sender=None, **kwargs) -> None:
    """Bring into the library the event documents and case studies that are not in it yet:
    those that were there before the library, or were written without their signals."""
    documents = Document.objects.filter(resource__isnull=True).select_related("event")
    for document in documents:
        sync_event_document(document)
    applications = Application.objects.in_results().filter(resource__isnull=True)
    for application in applications.select_related("edition", "government"):
        sync_case_study(application)


def connect() -> None:
    """Keep the library in step with the event documents and case studies it lists."""
    from django.db.models.signals import post_save

    def on_save(function):
        # A fixture being loaded (raw) brings its own rows.
        return lambda sender, instance, raw=False, **kwargs: raw or function(instance)

    def event_saved(event: Event):
        for document in event.documents.select_related("event"):
            sync_event_document(document)

    def edition_saved(edition: AwardEdition):
        for application in edition.applications.filter(status__in=RESULTS).select_related(
            "edition", "government"
        ):
            sync_case_study(application)

    def application_saved(application: Application):
        # A draft, saved often while it is written, was never among the results.
        if application.status != ApplicationStatus.DRAFT:
            sync_case_study(application)

    for model, function in [
        (Document, sync_event_document),
        (Event, event_saved),
        (AwardEdition, edition_saved),
        (Application, application_saved),
    ]:
        post_save.connect(on_save(function), sender=model, weak=False)
