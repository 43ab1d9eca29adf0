from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = _("Newsletter")

    def ready(self):
        from events import mailings
        from events.models import DeliveryReason, MailingKind
        from newsletter import services

        # Mailings reach the subscribers, and a newsletter's mail shows its articles and
        # events, through the hooks events offers: events never imports this app.
        mailings.register_audience(
            DeliveryReason.SUBSCRIBER,
            mailings.Audience("to_subscribers", services.subscribers, services.unsubscribe_url),
        )
        mailings.register_content(
            MailingKind.NEWSLETTER, mailings.Content("newsletter/email/newsletter", services.issue)
        )
