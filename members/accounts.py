"""How allauth behaves on this portal."""

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.utils import translation

from members.models import Official
from procura.site import absolute_url, current_site


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request) -> bool:
        # Accounts are created by accepting an invitation (members.views.invitation).
        return False

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        # allauth counts failed sign-ins per address and host name: each name in
        # ALLOWED_HOSTS would grant five more guesses.
        return credentials.get("email", "").lower()

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
