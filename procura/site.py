"""The portal's own address, SITE_URL. Absolute links name it, never the host a request
came in on: any name in ALLOWED_HOSTS reaches the portal, and a cached page or a mailed
link outlives the request that made it."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings


@dataclass(frozen=True)
class Site:
    """What templates read of a site (allauth's mails: `current_site.domain`)."""

    domain: str
    name: str


def absolute_url(location: str) -> str:
    """`location`, a path or an absolute URL on any host, on SITE_URL's scheme and host."""
    parts = urlsplit(location)
    return settings.SITE_URL + parts._replace(scheme="", netloc="").geturl()


def site_scheme() -> str:
    return urlsplit(settings.SITE_URL).scheme


def site_domain() -> str:
    return urlsplit(settings.SITE_URL).netloc


def current_site() -> Site:
    return Site(domain=site_domain(), name=site_domain())
