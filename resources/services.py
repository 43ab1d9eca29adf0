"""Changes to the library: a new version of a resource's file in one language."""

from django.conf import settings
from django.db import transaction
from django.db.models import Max

from procura.uploads import store
from resources.models import Resource, ResourceFile


def next_version(resource: Resource, language: str) -> int:
    latest = resource.files.filter(language=language).aggregate(Max("version"))["version__max"]
    return (latest or 0) + 1


def add_file(resource: Resource, language: str, upload, *, sample: bool = False) -> ResourceFile:
    """Store a checked upload (resources.forms.ResourceFileField) as the newest version of the
    resource's file in `language`; the earlier versions stay listed."""
    with transaction.atomic():
        # One upload at a time per resource, so that two never take the same number.
        Resource.objects.select_for_update().filter(pk=resource.pk).first()
        item = ResourceFile(
            resource=resource,
            language=language,
            version=next_version(resource, language),
            size=upload.size,
            file_type=upload.file_type,
            original_name=upload.name,
            sample=sample,
        )
        store(item, {"file": upload})
        item.save()
    return item


def refresh_languages(resource_id: int) -> None:
    """Record the languages a resource's files are in, in the order of the settings."""
    found = set(
        ResourceFile.objects.filter(resource_id=resource_id).values_list("language", flat=True)
    )
    languages = [code for code, _name in settings.LANGUAGES if code in found]
    Resource.objects.filter(pk=resource_id, event_document=None, case_study=None).update(
        available_in=languages
    )
