"""The portal's own pages: home, about, joining, privacy, the contact form, health,
robots.txt, favicon, and the admin's "View on site" redirect."""

from datetime import date

from allauth.core import ratelimit
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from procura import health, sections
from procura.caching import public_page
from procura.forms import ContactForm
from procura.languages import LANGUAGE_NAMES
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


@public_page(sections=["home_figures", "home"])
def home(request: HttpRequest) -> HttpResponse:
    """The home page: the network's key figures and the blocks the apps give it."""
    context = {
        **NETWORK_LAUNCH,
        "figures": sections.for_page("home_figures", None),
        "blocks": sections.for_page("home", None),
    }
    return render(request, "procura/home.html", context)


@require_http_methods(["GET", "POST"])
def contact(request: HttpRequest) -> HttpResponse:
    """A message to the secretariat, mailed through the outbox with the visitor's address
    to reply to; a few per hour from one client address."""
    subject = request.GET.get("subject")
    form = ContactForm(request.POST or None, initial={"subject": subject})
    limited = False
    if form.is_valid():
        limited = not ratelimit.consume(request, action="contact_secretariat")
        if limited:
            form.add_error(
                None,
                _(
                    "Too many messages have come from your network in the last hour. "
                    "Please try again later."
                ),
            )
        else:
            mail_secretariat(form.cleaned_data, request.LANGUAGE_CODE)
            messages.success(
                request,
                _(
                    "Thank you: your message has reached the secretariat, which answers by "
                    "email, usually within a week."
                ),
            )
            return redirect("contact")
    status = 429 if limited else 400 if form.errors else 200
    return render(request, "procura/contact.html", {"form": form}, status=status)


def mail_secretariat(data: dict, language: str) -> None:
    """The secretariat reads its mail in English, with the visitor's language named."""
    with translation.override("en"):
        subject = dict(ContactForm.base_fields["subject"].choices)[data["subject"]]
        body = render_to_string(
            "procura/email/contact.txt", {**data, "language": LANGUAGE_NAMES[language]}
        )
        EmailMessage(
            f"[Procura+ East Asia] {subject}: {data['name']}",
            body,
            to=[settings.SECRETARIAT_EMAIL],
            reply_to=[data["email"]],
        ).send()


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
