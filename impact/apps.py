from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImpactConfig(AppConfig):
    name = "impact"
    verbose_name = _("Impact monitoring")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from impact import figures, models, pages
        from members.models import Commitment, MemberGovernment
        from procura import sections
        from procura.caching import stale_on_change

        stale_on_change(
            "impact",
            models.ProductGroup,
            models.EmissionFactor,
            models.ExchangeRate,
            models.CommitmentTarget,
            MemberGovernment,
            Commitment,
        )
        # A profile's list of commitments tells which are measured.
        stale_on_change("members", models.CommitmentTarget)
        # Drafts and reviews change no public page: only a version that enters the figures.
        post_save.connect(published_report_saved, sender=models.Report, weak=False)
        for signal in (post_save, post_delete):
            signal.connect(mark_measured, sender=models.CommitmentTarget, weak=False)
        sections.register(
            "member", "impact/profile_section.html", pages.profile_section, ("impact",)
        )
        sections.register(
            "home_figures", "impact/home_figures.html", figures.co2e_avoided, ("impact",)
        )


def published_report_saved(sender, instance, **kwargs) -> None:
    from django.db import transaction

    from procura.caching import bump

    if instance.published:
        transaction.on_commit(lambda: bump("impact"))


def mark_measured(sender, instance, **kwargs) -> None:
    """Tell the commitment whether it is measured, for the profile's list of commitments."""
    from members.models import Commitment

    Commitment.objects.filter(pk=instance.commitment_id).update(
        measured=sender.objects.filter(commitment=instance.commitment_id).exists()
    )
