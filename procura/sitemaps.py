"""The sitemap's shape, shared by the apps' sitemaps, and the portal's own pages."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class PortalSitemap(Sitemap):
    """Pages in each language, with hreflang alternates. An item is a page's URL name or an
    object with its own address."""

    i18n = True
    alternates = True
    x_default = True

    def location(self, item):
        return reverse(item) if isinstance(item, str) else item.get_absolute_url()


class PagesSitemap(PortalSitemap):
    def items(self):
        return ["home", "about"]
