"""Middleware of the portal."""

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from procura import caching


class PageCacheMiddleware:
    """Answers a visitor who has no session from the page cache before the rest of the stack
    runs, and keeps the pages public_page marks, as the rest of the stack answered them.

    Placed right after SecurityMiddleware and WhiteNoise: a cached answer gets the security
    headers from the former, and every other header (CSP, X-Frame-Options, Vary,
    Content-Language) from the cache, where the full answer left them. A session cookie
    (someone signed in, or with something kept for them) or a pending message sends the
    request through the whole stack, where public_page decides."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.personal_cookies = {settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name}

    def __call__(self, request):
        if request.method == "GET" and self.personal_cookies.isdisjoint(request.COOKIES):
            request.get_host()  # refuses a host that is not allowed, as the stack would
            page, _versions = caching.lookup(request.get_full_path())
            if page is not None:
                return page.response()
        response = self.get_response(request)
        caching.keep(request, response)
        caching.mark_private(response)
        return response


class StaffTwoFactorMiddleware:
    """Sends staff who have no TOTP authenticator yet to set one up before the admin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if (
            settings.STAFF_REQUIRE_TWO_FACTOR
            and request.resolver_match.app_name == "admin"
            and user.is_authenticated
            and user.is_staff
            and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        ):
            messages.warning(
                request, _("Please set up two-factor authentication before you use the admin.")
            )
            return redirect("mfa_activate_totp")
        return None
