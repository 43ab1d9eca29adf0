from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AwardsConfig(AppConfig):
    name = "awards"
    verbose_name = _("Procura+ Awards")

    def ready(self):
        from awards import home, models, profiles
        from procura import sections
        from procura.caching import stale_on_change

        stale_on_change(
            "awards",
            models.AwardEdition,
            models.AwardCategory,
            models.Criterion,
            models.Application,
            models.Attachment,
        )
        sections.register("member", "awards/profile_section.html", profiles.awards_of, ("awards",))
        sections.register("home_figures", "awards/home_figures.html", home.figures, ("awards",))
        sections.register("home", "awards/home_section.html", home.latest_winners, ("awards",), 3)
