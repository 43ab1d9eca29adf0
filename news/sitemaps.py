"""The news page and every public article, for the sitemap."""

from news.models import Article
from procura.sitemaps import PortalSitemap


class NewsSitemap(PortalSitemap):
    def items(self):
        return ["news:list", *Article.objects.published().only("slug", "updated").order_by("pk")]

    def lastmod(self, item):
        return None if isinstance(item, str) else item.updated
