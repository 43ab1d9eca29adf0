"""What the portal's search finds of the library: each resource's titles, summaries, publisher
and product groups, and the text of the latest PDF in each language. The case studies it lists
are found as case studies already."""

from django.db.models.signals import m2m_changed
from django.utils.translation import gettext_lazy as _

from resources.models import FileType, Resource, ResourceFile
from search.index import Document, follow, gathered, register, translations


def latest_pdfs(resource: Resource) -> dict[str, list]:
    """The stored file of each language's latest version, where it is a PDF; an event's
    document is read where it is stored."""
    latest: dict[str, ResourceFile] = {}
    for item in resource.files.all():  # newest version first
        latest.setdefault(item.language, item)
    files = {code: [item.file] for code, item in latest.items() if item.file_type == FileType.PDF}
    document = resource.event_document
    if document and document.file.name.lower().endswith(".pdf"):
        files[document.language] = [document.file]
    return files


def resource_document(resource: Resource) -> Document:
    groups = resource.product_groups.all()
    return Document(
        titles=translations(resource, "title"),
        texts=gathered(
            translations(resource, "summary"),
            translations(resource, "publisher"),
            *(translations(group, "name") for group in groups),
        ),
        files=latest_pdfs(resource),
    )


def register_resources() -> None:
    kind = register(
        "resources",
        _("Resources"),
        Resource,
        objects=lambda: (
            Resource.objects.published().filter(case_study=None).prefetch_related("product_groups")
        ),
        document=resource_document,
        follows={ResourceFile: lambda item: [item.resource]},
    )

    def groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
        if action.startswith("post_"):
            follow(kind, (pk_set or []) if reverse else [instance.pk])

    m2m_changed.connect(groups_changed, sender=Resource.product_groups.through, weak=False)
