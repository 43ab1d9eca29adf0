"""The library's page and every published resource, for the sitemap."""

from procura.sitemaps import PortalSitemap
from resources.models import Resource


class ResourcesSitemap(PortalSitemap):
    def items(self):
        resources = Resource.objects.published().only("slug", "updated").order_by("pk")
        return ["resources:list", *resources]

    def lastmod(self, item):
        return None if isinstance(item, str) else item.updated
