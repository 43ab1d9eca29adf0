"""The sitemap's shape, shared by the apps' sitemaps, and the portal's own pages."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from procura.site import site_domain, site_scheme


class PortalSitemap(Sitemap):
    """Pages in each language, with hreflang alternates. An item is a page's URL name or an
    object with its own address. Every address is on SITE_URL, whatever host was asked."""

    i18n = True
    alternates = True
    x_default = True

    def get_protocol(self, protocol=None) -> str:
        return site_scheme()

    def get_domain(self, site=None) -> str:
        return site_domain()

    def location(self, item):
        return reverse(item) if isinstance(item, str) else item.get_absolute_url()


class PagesSitemap(PortalSitemap):
    def items(self):
        return ["home", "about", "join", "contact", "privacy"]
