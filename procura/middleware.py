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

    First in the stack, so that a kept page holds every header the others add (the security
    middleware's, CSP, X-Frame-Options, Vary, Content-Language) and a cached answer costs
    none of them. It steps aside where the security middleware would redirect to HTTPS, for
    static files (WhiteNoise's), and for a session cookie (someone signed in, or with
    something kept for them) or a pending message: public_page decides for those, behind
    the whole stack."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.personal_cookies = {settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name}

    def __call__(self, request):
        if self.may_answer_early(request):
            request.get_host()  # refuses a host that is not allowed, as the stack would
            key = caching.page_key(request.get_full_path(), request.is_secure())
            page = caching.recent(key)
            if page is not None:
                return page.response()
        response = self.get_response(request)
        caching.keep(request, response)
        caching.mark_private(response)
        return response

    def may_answer_early(self, request) -> bool:
        return (
            request.method == "GET"
            and self.personal_cookies.isdisjoint(request.COOKIES)
            and not request.path_info.startswith(settings.STATIC_URL)
            and (request.is_secure() or not settings.SECURE_SSL_REDIRECT)
        )


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
