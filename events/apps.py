from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from events import home, models, profiles
        from procura import sections
        from procura.caching import stale_on_change

        stale_on_change(
            "events",
            models.Event,
            models.Organisation,
            models.Partner,
            models.Speaker,
            models.Session,
            models.Quote,
            models.Photo,
            models.Document,
            models.Registration,
        )
        sections.register("member", "events/profile_section.html", profiles.events_of, ("events",))
        sections.register("home_figures", "events/home_figures.html", home.figures, ("events",))
        sections.register("home", "events/home_section.html", home.next_events, ("events",), 2)
