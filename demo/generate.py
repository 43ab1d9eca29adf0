"""A network N times the demo's size, for benchmarks: the demo content, completed with what it
leaves out, and N-1 copies of it.

Copied: member governments with their commitments and officials; events with their programme,
speakers, partners, quotes, photos, documents and registrations; award applications with
their attachments and the jury's scores. Not copied: partner organisations (a bigger network
meets the same partners more often), award editions with their categories, criteria and
jury (it does not get more years). Copy k of a government or an event has the slug
`<slug>-gen<k>`; generated people write from generated.example and generated files are
named generated/…, with no file behind them.
"""

from datetime import timedelta
from functools import partial

from django.conf import settings
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.db import models, transaction
from django.utils import timezone, translation
from modeltranslation.utils import build_localized_fieldname

from awards.models import RESULTS, Application, Attachment, Score
from demo.events import events as event_records
from demo.members import governments as government_records
from events.models import (
    Audience,
    Document,
    DocumentKind,
    Event,
    Partner,
    Photo,
    Quote,
    Registration,
    RegistrationStatus,
    Session,
    Speaker,
)
from impact.models import CommitmentTarget, Report, ReportLine
from members.models import Commitment, MemberGovernment, Official, User
from procura import caching
from resources.sources import bring_in_missing as bring_into_library
from search import index as search_index

GENERATED_SLUG = r"-gen[0-9]+$"
DOMAIN = "generated.example"
FILES = "generated/"
LANGUAGES = [code for code, _name in settings.LANGUAGES]

# What each scale multiplies, in the order `counts` reports them.
MODELS = [
    MemberGovernment,
    Commitment,
    Official,
    Event,
    Session,
    Speaker,
    Partner,
    Quote,
    Photo,
    Document,
    Registration,
    Application,
    Report,
    ReportLine,
    Attachment,
    Score,
]

CACHED_KINDS = ["members", "events", "awards", "impact", "resources"]
REPORT = {"en": "report", "ko": "보고서", "ja": "報告書", "zh-hans": "报告"}


def generate(scale: int) -> dict[str, int]:
    """Leave `scale` times the demo content (completed) in the database; return the counts.

    Runs any number of times: copies from an earlier run are replaced, so scale 1 after
    scale 10 shrinks the network back."""
    if scale < 1:
        raise ValueError("The scale is a whole number from 1.")
    # The original column of a translated field takes the default language's text.
    with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        governments = list(demo_governments())
        if len(governments) != len(government_records()):
            raise LookupError("The demo content is not loaded: run load_demo first.")
        remove_generated()
        complete_demo(governments)
        for k in range(2, scale + 1):
            copy_demo(k)
        # Rows made by bulk_create send no signals: the events' documents join the library,
        # the search index is written again and the cached pages are made stale here.
        bring_into_library()
        search_index.rebuild()
        for kind in CACHED_KINDS:
            transaction.on_commit(partial(caching.bump, kind))
    return counts()


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS}


def demo_governments():
    slugs = [record["slug"] for record in government_records()]
    return MemberGovernment.objects.filter(slug__in=slugs).order_by("pk")


def demo_events():
    slugs = [record["slug"] for record in event_records()]
    return Event.objects.filter(slug__in=slugs).order_by("pk")


def remove_generated() -> None:
    """Everything an earlier run made; the demo content stays as it is."""
    Event.objects.filter(slug__regex=GENERATED_SLUG).delete()
    MemberGovernment.objects.filter(slug__regex=GENERATED_SLUG).delete()
    User.objects.filter(email__endswith=f"@{DOMAIN}").delete()
    Registration.objects.filter(email__endswith=f"@{DOMAIN}").delete()
    Document.objects.filter(file__startswith=FILES).delete()
    Attachment.objects.filter(file__startswith=FILES).delete()


def complete_demo(governments: list[MemberGovernment]) -> None:
    """What the demo leaves out and the pages show: registrations, documents, attachments."""
    registrations, documents = [], []
    now = timezone.now()
    for event in demo_events().prefetch_related("sessions__speakers"):
        if event.audience != Audience.NOBODY:
            registrations += registrations_for(event, governments)
        if event.ends < now:
            documents += documents_for(event)
    Registration.objects.bulk_create(registrations)
    Document.objects.bulk_create(documents)
    attachments = []
    for application in Application.objects.filter(
        government__in=governments, status__in=RESULTS
    ).order_by("pk"):
        attachments += attachments_for(application)
    Attachment.objects.bulk_create(attachments)


def registrations_for(event: Event, governments: list[MemberGovernment]) -> list[Registration]:
    """Two in five seats taken, a few cancellations; every third person from a member."""
    number = (event.capacity or 100) * 2 // 5
    return [
        Registration(
            event=event,
            name=f"Participant {n}",
            email=f"participant{n}.{event.slug}@{DOMAIN}",
            government=governments[n % len(governments)] if n % 3 == 0 else None,
            language=LANGUAGES[n % len(LANGUAGES)],
            status=RegistrationStatus.CANCELLED if n % 8 == 7 else RegistrationStatus.CONFIRMED,
        )
        for n in range(number)
    ]


def documents_for(event: Event) -> list[Document]:
    """The slides of each session with speakers, and the event's report."""
    documents = [
        Document(
            event=event,
            session=session,
            kind=DocumentKind.PRESENTATION,
            file=f"{FILES}{event.slug}-{n}.pdf",
            language=LANGUAGES[n % len(LANGUAGES)],
            **translations(session, "title"),
        )
        for n, session in enumerate(event.sessions.all())
        if session.speakers.all()
    ]
    report = {
        build_localized_fieldname("title", code): f"{text} – {REPORT[code]}"
        for code, text in texts(event, "title").items()
    }
    documents.append(
        Document(
            event=event,
            kind=DocumentKind.REPORT,
            file=f"{FILES}{event.slug}-report.pdf",
            language="en",
            **report,
        )
    )
    return documents


def attachments_for(application: Application) -> list[Attachment]:
    return [
        Attachment(
            application=application,
            file=f"{FILES}{application.slug}.pdf",
            name="Tender documents.pdf",
            size=1_250_000,
        ),
        Attachment(
            application=application,
            file=f"{FILES}{application.slug}.jpg",
            name="Delivery.jpg",
            is_image=True,
            size=420_000,
        ),
    ]


def copy_demo(k: int) -> None:
    """Copy k of the demo governments, events and applications, with all they hold."""
    governments = copy_governments(k)
    copy_events(k, governments)
    copy_applications(k, governments)


def copy_governments(k: int) -> dict[int, MemberGovernment]:
    originals = list(demo_governments())
    copies = MemberGovernment.objects.bulk_create(
        clone(government, slug=f"{government.slug}-gen{k}", **numbered(government, "name", k))
        for government in originals
    )
    by_original = {original.pk: copy for original, copy in zip(originals, copies, strict=True)}
    commitments = copy_rows(
        Commitment.objects.filter(government__in=originals),
        lambda commitment: clone(commitment, government=by_original[commitment.government_id]),
    )
    copy_rows(
        CommitmentTarget.objects.filter(commitment__in=list(commitments)),
        lambda target: clone(target, commitment=commitments[target.commitment_id]),
    )
    reports = copy_rows(
        Report.objects.filter(government__in=originals),
        lambda report: clone(report, government=by_original[report.government_id]),
    )
    copy_rows(
        ReportLine.objects.filter(report__in=list(reports)),
        lambda line: clone(line, report=reports[line.report_id]),
    )
    officials = list(
        Official.objects.filter(government__in=originals).select_related("user").order_by("pk")
    )
    users = User.objects.bulk_create(
        clone(
            official.user,
            email=generated_email(official.user.email, k),
            password=UNUSABLE_PASSWORD_PREFIX,
            last_login=None,
        )
        for official in officials
    )
    Official.objects.bulk_create(
        clone(official, user=user, government=by_original[official.government_id])
        for official, user in zip(officials, users, strict=True)
    )
    return by_original


def copy_events(k: int, governments: dict[int, MemberGovernment]) -> None:
    # A few minutes later than the original, so that lists keep a stable order.
    later = timedelta(minutes=k - 1)
    originals = list(demo_events())
    copies = Event.objects.bulk_create(
        clone(
            event,
            slug=f"{event.slug}-gen{k}",
            starts=event.starts + later,
            ends=event.ends + later,
            **numbered(event, "title", k),
        )
        for event in originals
    )
    events = {original.pk: copy for original, copy in zip(originals, copies, strict=True)}

    def government(original_id: int | None) -> int | None:
        return governments[original_id].pk if original_id in governments else original_id

    speakers = copy_rows(
        Speaker.objects.filter(event__in=originals),
        lambda speaker: clone(
            speaker,
            event=events[speaker.event_id],
            government_id=government(speaker.government_id),
        ),
    )
    sessions = copy_rows(
        Session.objects.filter(event__in=originals),
        lambda session: clone(
            session,
            event=events[session.event_id],
            starts=session.starts + later,
            ends=session.ends + later,
        ),
    )
    Through = Session.speakers.through
    Through.objects.bulk_create(
        Through(session_id=sessions[row.session_id].pk, speaker_id=speakers[row.speaker_id].pk)
        for row in Through.objects.filter(session__event__in=originals).order_by("pk")
    )
    for model in (Partner, Quote, Photo):
        copy_rows(
            model.objects.filter(event__in=originals),
            lambda row: clone(row, event=events[row.event_id]),
        )
    copy_rows(
        Document.objects.filter(event__in=originals),
        lambda document: clone(
            document,
            event=events[document.event_id],
            session=sessions[document.session_id] if document.session_id else None,
        ),
    )
    copy_rows(
        Registration.objects.filter(event__in=originals, email__endswith=f"@{DOMAIN}"),
        lambda registration: clone(
            registration,
            event=events[registration.event_id],
            government_id=government(registration.government_id),
        ),
    )


def copy_applications(k: int, governments: dict[int, MemberGovernment]) -> None:
    officials = {
        official.user.email: official
        for official in Official.objects.filter(
            government__in=list(governments.values())
        ).select_related("user")
    }

    def official_copy(official: Official | None) -> Official | None:
        return official and officials.get(generated_email(official.user.email, k))

    applications = copy_rows(
        Application.objects.filter(government__in=list(governments)).select_related(
            "category", "official__user"
        ),
        lambda application: clone(
            application,
            government=governments[application.government_id],
            official=official_copy(application.official),
            slug=f"{governments[application.government_id].slug}-{application.category.slug}",
        ),
    )
    for model in (Attachment, Score):
        copy_rows(
            model.objects.filter(application__in=list(applications)),
            lambda row: clone(row, application=applications[row.application_id]),
        )


def copy_rows(originals: models.QuerySet, make) -> dict[int, models.Model]:
    """bulk_create `make(row)` for each row; the copies by the original's primary key."""
    rows = list(originals.order_by("pk"))
    copies = originals.model.objects.bulk_create(make(row) for row in rows)
    return {row.pk: copy for row, copy in zip(rows, copies, strict=True)}


def clone(instance: models.Model, **changes) -> models.Model:
    """A new, unsaved row with the values of `instance`, but `changes` (by name or attname)."""
    values = {
        field.attname: getattr(instance, field.attname)
        for field in instance._meta.concrete_fields
        if not field.primary_key and field.name not in changes and field.attname not in changes
    }
    return type(instance)(**values, **changes)


def texts(instance: models.Model, field: str) -> dict[str, str]:
    """The non-empty texts of a translated field, by language."""
    texts = {code: getattr(instance, build_localized_fieldname(field, code)) for code in LANGUAGES}
    return {code: text for code, text in texts.items() if text}


def translations(instance: models.Model, field: str) -> dict[str, str]:
    return {
        build_localized_fieldname(field, code): text
        for code, text in texts(instance, field).items()
    }


def numbered(instance: models.Model, field: str, k: int) -> dict[str, str]:
    """A translated field's texts with the copy's number, such as "Beijing 2"."""
    return {
        build_localized_fieldname(field, code): f"{text} {k}"
        for code, text in texts(instance, field).items()
    }


def generated_email(email: str, k: int) -> str:
    local, domain = email.split("@")
    return f"{local}.{domain}.{k}@{DOMAIN}"
