"""What officials do with their government's applications: start, save, attach, submit."""

import secrets

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from awards.models import TEXT_FIELDS, Application, ApplicationStatus, Attachment, AwardCategory
from members.models import Official
from procura.images import reencode
from procura.mail import send_in_language
from procura.uploads import delete_on_commit, is_pdf, removed_on_failure, store

# What a complete application has; a draft may lack any of them.
REQUIRED_TO_SUBMIT = [
    "title",
    "summary",
    "purchase",
    "contract_value",
    "currency",
    "tender_date",
    "environmental_outcome",
    "innovation",
]
MAX_ATTACHMENTS = 10
IMAGE_SIDE = 2000


class Locked(ValidationError):
    """The application can no longer be changed: it was submitted, or the call closed."""

    @property
    def text(self) -> str:
        return self.message % self.params


def start(category: AwardCategory, official: Official) -> Application:
    """The government's application in `category`, started as a draft if there is none."""
    application, _created = Application.objects.get_or_create(
        category=category,
        government=official.government,
        defaults={"edition": category.edition, "official": official, "language": official.language},
    )
    return application


def text_of(application: Application) -> dict[str, str]:
    """The texts of the application, in the language it is written in."""
    return {
        field: getattr(application, build_localized_fieldname(field, application.language)) or ""
        for field in TEXT_FIELDS
    }


def lock_of(application: Application) -> Locked | None:
    """Why the application can no longer be changed, or None while it can."""
    try:
        check_open(application)
    except Locked as lock:
        return lock
    return None


def check_open(application: Application, now=None) -> None:
    if not application.is_draft:
        raise Locked(
            _("This application was submitted on %(date)s and can no longer be changed."),
            code="submitted",
            params={
                "date": date_format(
                    timezone.localtime(application.submitted or application.updated), "DATE_FORMAT"
                )
            },
        )
    edition = application.edition
    if not edition.accepts_applications(now):
        raise Locked(
            _(
                "The call for applications closed on %(date)s. "
                "Your changes were not saved and nothing was submitted."
            ),
            code="closed",
            params={"date": date_format(timezone.localtime(edition.closes), "DATETIME_FORMAT")},
        )


def save(
    application: Application,
    official: Official,
    data: dict,
    attachments: list[tuple[Attachment, ContentFile]] = (),
    removed=(),
    *,
    submitting: bool = False,
) -> Application:
    """Store the official's changes and the attachments `prepare` made of the uploads in a
    still open draft, and submit it if asked: all of it, or none, files included."""
    with removed_on_failure(), transaction.atomic():
        return store_changes(application, official, data, attachments, removed, submitting)


def store_changes(
    application: Application,
    official: Official,
    data: dict,
    attachments: list[tuple[Attachment, ContentFile]],
    removed,
    submitting: bool,
) -> Application:
    """The body of `save`, within its transaction."""
    application = Application.objects.select_for_update().get(pk=application.pk)
    check_open(application)
    language = data.pop("language")
    for field in TEXT_FIELDS:
        value = data.pop(field)
        if language != application.language:
            setattr(application, build_localized_fieldname(field, application.language), "")
        setattr(application, build_localized_fieldname(field, language), value)
    for field, value in data.items():
        setattr(application, field, value)
    application.language = language
    application.official = official
    application.save()
    for attachment in application.attachments.filter(pk__in=[item.pk for item in removed]):
        attachment.delete()
        # Only once the removal is committed: a failure later in the save keeps the file.
        delete_on_commit(attachment.file)
    for attachment, content in attachments:
        attachment.application = application
        store(attachment, {"file": content})
        attachment.save()
    return submit(application, official) if submitting else application


def prepare(upload) -> tuple[Attachment, ContentFile]:
    """The attachment of a checked upload, unsaved, and its content in memory: a PDF as it is,
    an image re-encoded, which drops its metadata (a damaged one raises ValidationError).
    Done before `save`, so that its lock waits for no decoding."""
    stem = get_valid_filename(upload.name.rsplit(".", 1)[0])[:60] or "attachment"
    if is_pdf(upload):
        # An unguessable name: drafts are not public, and files are served without a check.
        content = ContentFile(upload.read(), name=f"{stem}-{secrets.token_hex(8)}.pdf")
        is_image = False
    else:
        content = reencode(upload, f"{stem}-{secrets.token_hex(4)}", {"file": IMAGE_SIDE}, "JPEG")
        content = content["file"]
        is_image = True
    attachment = Attachment(name=upload.name[:200], is_image=is_image, size=content.size)
    return attachment, content


@transaction.atomic
def submit(application: Application, official: Official, now=None) -> Application:
    """Submit a complete draft before the deadline and confirm it to the official by mail."""
    application = (
        Application.objects.select_for_update()
        .select_related("edition", "category", "government")
        .get(pk=application.pk)
    )
    check_open(application, now)
    missing = [field for field in REQUIRED_TO_SUBMIT if not complete(application, field)]
    if missing:
        raise ValidationError(
            {
                field: ValidationError(_("Fill in this field to submit."), code="required")
                for field in missing
            }
        )
    application.status = ApplicationStatus.SUBMITTED
    application.submitted = now or timezone.now()
    application.official = official
    application.save()
    send_in_language(
        official.language,
        "awards/email/submitted",
        official.user.email,
        {"application": application, "edition": application.edition, "official": official},
    )
    return application


def complete(application: Application, field: str) -> bool:
    if field in TEXT_FIELDS:
        return bool(text_of(application)[field].strip())
    return getattr(application, field) not in (None, "")
