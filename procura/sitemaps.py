"""The sitemap: every public page, in each language, with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from awards.models import Application, AwardEdition
from events.models import Event
from members.models import MemberGovernment


class PortalSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class PagesSitemap(PortalSitemap):
    def items(self):
        return ["home", "about", "members:directory", "events:list", "awards:index"]

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


class AwardsSitemap(PortalSitemap):
    """Every edition, and the case studies of announced ones."""

    def items(self):
        return [
            *AwardEdition.objects.order_by("year"),
            *Application.objects.in_results().select_related("edition").order_by("pk"),
        ]


SITEMAPS = {
    "pages": PagesSitemap,
    "members": MembersSitemap,
    "events": EventsSitemap,
    "awards": AwardsSitemap,
}
