"""The awards, every edition, and the case studies of announced ones, for the sitemap."""

from awards.models import Application, AwardEdition
from procura.sitemaps import PortalSitemap


class AwardsSitemap(PortalSitemap):
    def items(self):
        return [
            "awards:index",
            *AwardEdition.objects.order_by("year"),
            *Application.objects.in_results().select_related("edition").order_by("pk"),
        ]
