"""The newsletter's pages: subscribing, the confirmation link's page and unsubscribing."""

from allauth.core import ratelimit
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from newsletter import services
from newsletter.forms import SubscribeForm

RATE_LIMITED = gettext_lazy(
    "Too many subscriptions have come from your network or for this address in the last "
    "hour. Please try again later."
)


@require_http_methods(["GET", "POST"])
def subscribe(request: HttpRequest) -> HttpResponse:
    """Whatever the address's state, a valid form gets the same answer: the page tells
    nobody who is subscribed."""
    form = SubscribeForm(request.POST or None, initial={"language": request.LANGUAGE_CODE})
    limited = False
    if form.is_valid():
        email = form.cleaned_data["email"]
        # The limits are ACCOUNT_RATE_LIMITS' "subscribe_to_newsletter".
        budget = {"action": "subscribe_to_newsletter", "key": email.lower()}
        # Asked first, spent only when both limits allow: a refusal spends nothing.
        limited = not ratelimit.consume(request, **budget, dry_run=True)
        if limited:
            form.add_error(None, RATE_LIMITED)
        else:
            ratelimit.consume(request, **budget)
            services.request_subscription(email, form.cleaned_data["language"])
            messages.success(
                request,
                _(
                    "Almost done: open the link we have sent to %(email)s to confirm your "
                    "subscription. Until then you receive nothing."
                )
                % {"email": email},
            )
            return redirect("newsletter:subscribe")
    status = 429 if limited else 400 if form.errors else 200
    return render(request, "newsletter/subscribe.html", {"form": form}, status=status)


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """The signed link of the confirmation mail. Its button subscribes: opening it alone does
    not, as mail scanners open the links of the mails they check."""
    try:
        found = services.confirmation(token)
    except services.LinkExpired:
        return render(request, "newsletter/confirm.html", {"expired": True}, status=404)
    if found is None:
        return render(request, "newsletter/confirm.html", {"forged": True}, status=404)
    done = request.method == "POST"
    if done:
        services.confirm(found["email"], found["language"])
    context = {**found, "done": done, "language_name": language_name(found["language"])}
    return render(request, "newsletter/confirm.html", context)


@csrf_exempt  # the signed token is the credential; mail clients POST here for one-click
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    email = services.unsubscribed_email(token)
    if email is None:
        return render(request, "newsletter/unsubscribe.html", {"forged": True}, status=404)
    done = request.method == "POST"
    if done:
        services.unsubscribe(email)
    return render(request, "newsletter/unsubscribe.html", {"email": email, "done": done})


def language_name(code: str) -> str:
    return dict(SubscribeForm.base_fields["language"].choices)[code]
