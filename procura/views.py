"""The portal's own pages: home, about, health, robots.txt, favicon, and the admin's
"View on site" redirect."""

from datetime import date

from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from procura import health
from procura.caching import public_page
from procura.site import absolute_url

# EcoProcura China 2018 in Beijing, where the network was launched.
NETWORK_LAUNCH = {"launch_start": date(2018, 5, 16), "launch_end": date(2018, 5, 17)}


def page(template_name: str):
    """A page of the portal's own, with the facts its text quotes. Its text changes only
    with a release, so anonymous visitors get it from the cache."""

    @public_page()
    def view(request: HttpRequest) -> HttpResponse:
        return render(request, template_name, NETWORK_LAUNCH)

    return view


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    checks = health.report()
    status = 200 if all(checks.values()) else 503
    body = {name: "ok" if up else "down" for name, up in checks.items()}
    return JsonResponse(body, status=status)


@require_GET
def favicon(request: HttpRequest) -> HttpResponseRedirect:
    """Browsers ask for /favicon.ico on pages that name no icon, such as the admin's."""
    return HttpResponseRedirect(static("procura/favicon.svg"))


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /*/accounts/",
        "Disallow: /*/admin/",
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def view_on_site(request: HttpRequest, content_type_id: str, object_id: str) -> HttpResponse:
    """The admin's "View on site", only for staff who may view the object in the admin: some
    objects' addresses are secrets, such as the link of an invitation."""
    found = content_type_id.isdigit() and ContentType.objects.filter(pk=content_type_id).first()
    model = found.model_class() if found else None
    if model is None or not admin.site.is_registered(model):
        raise Http404
    if not admin.site.get_model_admin(model).has_view_or_change_permission(request):
        raise PermissionDenied
    return shortcut(request, content_type_id, object_id)
