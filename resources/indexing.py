"""What the portal's search finds of the library: each resource's titles, summaries, publisher
and product groups. The case studies it lists are found as case studies already."""

from django.db.models.signals import m2m_changed
from django.utils.translation import gettext_lazy as _

from resources.models import Resource, ResourceFile
from search.index import Document, gathered, index, register, translations


def resource_document(resource: Resource) -> Document:
    groups = resource.product_groups.all()
    return Document(
        titles=translations(resource, "title"),
        texts=gathered(
            translations(resource, "summary"),
            translations(resource, "publisher"),
            *(translations(group, "name") for group in groups),
        ),
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
            index(kind, (pk_set or []) if reverse else [instance.pk])

    m2m_changed.connect(groups_changed, sender=Resource.product_groups.through, weak=False)
