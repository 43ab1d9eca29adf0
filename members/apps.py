from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Members")

    def ready(self):
        from members.models import Commitment, MemberGovernment
        from procura.caching import stale_on_change

        stale_on_change("members", MemberGovernment, Commitment)
