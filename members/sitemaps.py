"""The directory and the profiles of the governments it lists, for the sitemap."""

from members.models import MemberGovernment
from procura.sitemaps import PortalSitemap


class MembersSitemap(PortalSitemap):
    def items(self):
        return ["members:directory", *MemberGovernment.objects.listed().only("slug")]
