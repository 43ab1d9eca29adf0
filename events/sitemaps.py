"""The list of events and every published event, for the sitemap."""

from events.models import Event
from procura.sitemaps import PortalSitemap


class EventsSitemap(PortalSitemap):
    def items(self):
        return ["events:list", *Event.objects.published().only("slug").order_by("pk")]
