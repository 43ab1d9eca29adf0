"""The sitemap: every public page, in each language, with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class PortalSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class PagesSitemap(PortalSitemap):
    def items(self):
        return ["home", "about"]

    def location(self, item):
        return reverse(item)


SITEMAPS = {"pages": PagesSitemap}
