"""The network's newsletter: its subscribers, who confirmed their address, and its issues,
each sent as a mailing (events' outbox of deliveries)."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import MailingStatus


class SubscriberStatus(models.TextChoices):
    SUBSCRIBED = "subscribed", _("Subscribed")
    UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")


class SubscriberQuerySet(models.QuerySet):
    def subscribed(self):
        return self.filter(status=SubscriberStatus.SUBSCRIBED)


class Subscriber(models.Model):
    """An address that confirmed, by the link mailed to it, that it wants the newsletter.

    Nothing is stored before that: an address someone typed in and nobody confirmed is not
    a subscriber, and receives nothing but the one confirmation mail."""

    email = models.EmailField(_("email address"))
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=SubscriberStatus.choices,
        default=SubscriberStatus.SUBSCRIBED,
    )
    subscribed = models.DateTimeField(_("subscription confirmed"), default=timezone.now)
    unsubscribed = models.DateTimeField(_("unsubscribed"), null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-subscribed"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="one_subscriber_per_email"),
        ]

    def __str__(self):
        return self.email


class Newsletter(models.Model):
    """One issue: an introduction, the news articles and the upcoming events it points to."""

    subject = models.CharField(_("subject"), max_length=200)
    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("Markdown: **bold**, lists, links.")
    )
    articles = models.ManyToManyField(
        "news.Article",
        blank=True,
        related_name="newsletters",
        verbose_name=_("news articles"),
        help_text=_("A new issue starts with the articles published since the last one."),
    )
    events = models.ManyToManyField(
        "events.Event",
        blank=True,
        related_name="newsletters",
        verbose_name=_("upcoming events"),
    )
    to_officials = models.BooleanField(
        _("also to officials of member governments"),
        default=True,
        help_text=_(
            "Officials who receive the network's mailings get it too; a subscriber who is "
            "also an official gets it once."
        ),
    )
    scheduled = models.DateTimeField(
        _("send at"), null=True, blank=True, help_text=_("Empty: when you press Send.")
    )
    mailing = models.OneToOneField(
        "events.Mailing",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="newsletter",
        verbose_name=_("mailing"),
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("newsletter")
        verbose_name_plural = _("newsletters")
        ordering = ["-created"]

    def __str__(self):
        return self.subject

    @property
    def status(self) -> str:
        return self.mailing.status if self.mailing else MailingStatus.DRAFT

    def get_status_display(self) -> str:
        return MailingStatus(self.status).label
