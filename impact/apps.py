from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImpactConfig(AppConfig):
    name = "impact"
    verbose_name = _("Impact monitoring")

    def ready(self):
        from impact import models, pages
        from members.models import Commitment, MemberGovernment
        from procura import sections
        from procura.caching import stale_on_change

        stale_on_change(
            "impact",
            models.ProductGroup,
            models.EmissionFactor,
            models.ExchangeRate,
            models.Report,
            models.ReportLine,
            models.CommitmentTarget,
            MemberGovernment,
            Commitment,
        )
        # A profile shows the government's charts and measured commitments.
        stale_on_change("members", models.Report, models.ReportLine, models.CommitmentTarget)
        stale_on_change("members", models.ProductGroup)
        sections.register("member", "impact/profile_section.html", pages.profile_section)
