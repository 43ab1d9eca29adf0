"""The network's results and their methodology, for the sitemap."""

from procura.sitemaps import PortalSitemap


class ImpactSitemap(PortalSitemap):
    def items(self):
        return ["impact:index", "impact:methodology"]
