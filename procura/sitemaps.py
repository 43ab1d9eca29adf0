"""The sitemap: every public page, in each language, with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from events.models import Event
from members.models import MemberGovernment


class PortalSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class PagesSitemap(PortalSitemap):
    def items(self):
        return ["home", "about", "members:directory", "events:list"]

    def location(self, item):
        return reverse(item)


class MembersSitemap(PortalSitemap):
    def items(self):
        return [
            "members:directory",
            *MemberGovernment.objects.listed().values_list("slug", flat=True),
        ]

    def location(self, item):
        if item == "members:directory":
            return reverse(item)
        return reverse("members:profile", args=[item])


class EventsSitemap(PortalSitemap):
    def items(self):
        return Event.objects.published().order_by("pk")


SITEMAPS = {"pages": PagesSitemap, "members": MembersSitemap, "events": EventsSitemap}
