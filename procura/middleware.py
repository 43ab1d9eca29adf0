"""Middleware of the portal."""

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _


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
