"""How allauth behaves on this portal."""

import logging

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.utils import translation

from members.models import Official
from procura.site import absolute_url, current_site

logger = logging.getLogger(__name__)


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request) -> bool:
        # Accounts are created by accepting an invitation (members.views.invitation).
        return False

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        # allauth counts failed sign-ins per address and host name: each name in
        # ALLOWED_HOSTS would grant five more guesses.
        return credentials.get("email", "").lower()

    def get_client_ip(self, request) -> str:
        """The address every per-IP limit counts (ALLAUTH_TRUSTED_PROXY_COUNT decides)."""
        try:
            return super().get_client_ip(request)
        except (ImproperlyConfigured, PermissionDenied) as error:
            # X-Forwarded-For is shorter than the trusted proxies would make it, or its
            # entry is no address: the request did not come through them, so the
            # connection's own address is the client's. A header must not make sign-in
            # answer 500.
            address = request.META.get("REMOTE_ADDR")
            if not address:
                raise PermissionDenied("The client's address is unknown.") from error
            logger.warning("X-Forwarded-For does not match TRUSTED_PROXY_COUNT.")
            return address

    def send_mail(self, template_prefix, email, context):
        """Officials get allauth's mail, too, in the language they chose. Its links (reset,
        confirmation, sign-up) lead to SITE_URL: allauth builds them on the host the request
        named, which any name in ALLOWED_HOSTS may be."""
        official = Official.objects.filter(user__email__iexact=email).only("language").first()
        language = official.language if official else translation.get_language()
        links = {name: absolute_url(url) for name, url in context.items() if name.endswith("_url")}
        context = {
            **context,
            **links,
            "current_site": current_site(),
            "site_url": settings.SITE_URL,
        }
        with translation.override(language):
            super().send_mail(template_prefix, email, context)
