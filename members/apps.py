from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Members")

    def ready(self):
        from members import home
        from members.models import Commitment, MemberGovernment
        from procura import sections
        from procura.caching import stale_on_change

        stale_on_change("members", MemberGovernment, Commitment)
        sections.register("home_figures", "members/home_figures.html", home.figures, ("members",))
        sections.register("home", "members/home_section.html", home.map_block, ("members",))
