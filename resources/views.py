"""Library pages: the list with its filters and their counts, a resource with its files, and
the downloads of a file's latest version in a language or of any earlier version."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control

from impact.models import ProductGroup
from procura.caching import public_page, shows_asked_page
from procura.files import serve_private
from procura.languages import LANGUAGE_NAMES
from procura.previews import can_preview
from resources.forms import ResourceFilterForm
from resources.models import Resource, ResourceFile

PAGE_SIZE = 20


def visible_resources(request: HttpRequest):
    """Published resources; staff who may preview resources also see unpublished ones."""
    resources = Resource.objects.all()
    return resources if can_preview(request, Resource) else resources.published()


def narrowed(resources, chosen: dict, leave_out: str = ""):
    """`resources` narrowed by the chosen filters, but the one named `leave_out`."""
    lookups = {
        "kind": lambda value: Q(kind=value),
        "group": lambda value: Q(product_groups__slug=value),
        "language": lambda value: Q(available_in__contains=[value]),
        "year": lambda value: Q(year=value),
    }
    for name, value in chosen.items():
        if name != leave_out:
            resources = resources.filter(lookups[name](value))
    return resources


def facet_counts(published, chosen: dict) -> dict[str, dict]:
    """For each filter, how many resources each of its values finds along with the other
    filters chosen: one aggregate query per filter, whatever the number of resources."""

    def by(name: str, column: str) -> dict:
        rows = narrowed(published, chosen, name).values(column).annotate(n=Count("pk"))
        return {row[column]: row["n"] for row in rows.order_by() if row[column] is not None}

    in_language = narrowed(published, chosen, "language").aggregate(
        **{code: Count("pk", filter=Q(available_in__contains=[code])) for code in LANGUAGE_NAMES}
    )
    return {
        "kind": by("kind", "kind"),
        "group": by("group", "product_groups__slug"),
        "language": {code: n for code, n in in_language.items() if n},
        "year": by("year", "year"),
    }


@public_page("resources", params=["kind", "group", "language", "year", "page"])
def resource_list(request: HttpRequest) -> HttpResponse:
    published = Resource.objects.published()
    groups = {group.slug: group.name for group in ProductGroup.objects.all()}
    form = ResourceFilterForm(request.GET, groups=groups)
    chosen = form.chosen
    form.show_counts(facet_counts(published, chosen))
    # A product group is one slug: filtering on it joins one row per resource.
    resources = narrowed(published, chosen).prefetch_related("product_groups")
    page = Paginator(resources, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "query": query.urlencode(),
    }
    response = render(request, "resources/list.html", context)
    # A junk value's page is rarely asked again: it must not crowd the cache.
    if not form.is_valid() or not shows_asked_page(page, request.GET.get("page")):
        patch_cache_control(response, private=True)
    return response


def files_by_language(resource: Resource) -> list[tuple[str, str, list[ResourceFile]]]:
    """(code, name, versions newest first) for each language the resource has files in."""
    files: dict[str, list[ResourceFile]] = {}
    for item in resource.files.all():
        files.setdefault(item.language, []).append(item)
    return [(code, name, files[code]) for code, name in settings.LANGUAGES if code in files]


@public_page("resources", "events", "members", "news", "awards")
def detail(request: HttpRequest, slug: str) -> HttpResponse:
    resources = (
        visible_resources(request)
        .with_links()
        .select_related("superseded_by", "event_document__event", "case_study__edition")
    )
    resource = get_object_or_404(resources.prefetch_related("files"), slug=slug)
    newer = resource.superseded_by
    context = {
        "resource": resource,
        "files": files_by_language(resource),
        # A newer resource not published yet is not named to visitors.
        "newer": newer if newer and (newer.published or can_preview(request, Resource)) else None,
    }
    return render(request, "resources/detail.html", context)


def serve(request: HttpRequest, item: ResourceFile) -> HttpResponse:
    """The file, offered for download under its own name and as the type it was checked to
    be. The stable address names the latest version, which a new upload changes; a preview
    of an unpublished resource is for its staff member alone."""
    return serve_private(
        request,
        item.file,
        item.original_name,
        mimetype=item.content_type,
        shared=item.resource.published,
        max_age=300,
    )


def download(request: HttpRequest, slug: str, language: str) -> HttpResponse:
    resource = get_object_or_404(
        visible_resources(request).select_related("event_document"), slug=slug
    )
    if resource.event_document_id and resource.event_document.language == language:
        return redirect(resource.event_document.file.url)
    item = resource.files.filter(language=language).order_by("-version").first()
    if item is None:
        raise Http404
    item.resource = resource
    return serve(request, item)


def version(request: HttpRequest, slug: str, language: str, number: int) -> HttpResponse:
    item = get_object_or_404(
        ResourceFile.objects.select_related("resource"),
        resource__in=visible_resources(request),
        resource__slug=slug,
        language=language,
        version=number,
    )
    return serve(request, item)
