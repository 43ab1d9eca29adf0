"""Mailings: a message to many people, sent once to each of them, and the addresses that asked
for no more. A mailing is about an event, or the network's newsletter, which belongs to no
event; events.models imports this module, so `from events.models import Mailing` works."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class MailingKind(models.TextChoices):
    INVITATION = "invitation", _("Invitation")
    REMINDER = "reminder", _("Reminder")
    ANNOUNCEMENT = "announcement", _("Announcement")
    FOLLOW_UP = "follow_up", _("Follow-up")
    NEWSLETTER = "newsletter", _("Newsletter")


class MailingStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SCHEDULED = "scheduled", _("Scheduled")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    CANCELLED = "cancelled", _("Cancelled")


class Mailing(models.Model):
    """A message to the people around an event, or to the network's readers, sent once to
    each of them."""

    event = models.ForeignKey(
        "events.Event",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="mailings",
        verbose_name=_("event"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=MailingKind.choices)
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("message"), help_text=_("Markdown: **bold**, lists, links."))
    to_confirmed = models.BooleanField(_("confirmed registrants"), default=False)
    to_waiting = models.BooleanField(_("the waiting list"), default=False)
    to_officials = models.BooleanField(_("officials of member governments"), default=False)
    official_countries = models.JSONField(
        _("only officials from"),
        default=list,
        blank=True,
        help_text=_('Country codes such as ["CN", "KR"]; empty: every country.'),
    )
    to_speakers = models.BooleanField(_("speakers and contacts of the event"), default=False)
    to_subscribers = models.BooleanField(_("subscribers of the newsletter"), default=False)
    scheduled = models.DateTimeField(
        _("send at"), null=True, blank=True, help_text=_("Empty: when you press Send.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=MailingStatus.choices, default=MailingStatus.DRAFT
    )
    reminder_days = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sent by"),
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    started = models.DateTimeField(_("sending started"), null=True, blank=True)
    finished = models.DateTimeField(_("sending finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("mailing")
        verbose_name_plural = _("mailings")
        ordering = ["-created"]
        constraints = [
            # An automatic reminder is created once per event and offset, even if
            # beat runs twice.
            models.UniqueConstraint(
                "event",
                "reminder_days",
                condition=Q(reminder_days__isnull=False),
                name="one_reminder_per_event_and_offset",
            )
        ]

    def __str__(self):
        return self.subject

    def clean(self):
        # Registrants, the waiting list, speakers and the contact exist only around an event.
        if self.event_id is None and (self.to_confirmed or self.to_waiting or self.to_speakers):
            raise ValidationError(
                {"event": _("Registrants, the waiting list and speakers need an event.")}
            )


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class DeliveryReason(models.TextChoices):
    """Why someone gets a mailing: officials get it as the network's and subscribers as the
    newsletter, both unsubscribable; the others about their own part in an event."""

    REGISTRANT = "registrant", _("registered for the event")
    SPEAKER = "speaker", _("speaker or contact of the event")
    OFFICIAL = "official", _("official of a member government")
    SUBSCRIBER = "subscriber", _("subscriber of the newsletter")


class Delivery(models.Model):
    """One recipient of a mailing; the outbox row that a worker turns into one message."""

    mailing = models.ForeignKey(
        Mailing, on_delete=models.CASCADE, related_name="deliveries", verbose_name=_("mailing")
    )
    email = models.EmailField(_("email address"))
    name = models.CharField(_("name"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    reason = models.CharField(
        _("receives it as"), max_length=20, choices=DeliveryReason, default=DeliveryReason.OFFICIAL
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=DeliveryStatus.choices,
        default=DeliveryStatus.PENDING,
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    retry_after = models.DateTimeField(null=True, blank=True)
    queued = models.DateTimeField(null=True, blank=True)
    sent = models.DateTimeField(_("sent"), null=True, blank=True)
    message_id = models.CharField(_("Message-ID"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                "mailing", Lower("email"), name="one_delivery_per_email_and_mailing"
            )
        ]
        indexes = [models.Index(fields=["mailing", "status"])]

    def __str__(self):
        return self.email


class UnsubscribeList(models.TextChoices):
    """What an address unsubscribed from. The network's mailings reach officials without
    their asking; the newsletter reaches those who subscribed, and officials when staff send
    it to them too. Unsubscribing from one leaves the other as it was."""

    NETWORK = "network", _("the network's mailings to officials")
    NEWSLETTER = "newsletter", _("the newsletter")


class Unsubscribe(models.Model):
    """An address that asked for no more mailings of one list."""

    email = models.EmailField(_("email address"))
    mailing_list = models.CharField(
        _("unsubscribed from"),
        max_length=20,
        choices=UnsubscribeList.choices,
        default=UnsubscribeList.NETWORK,
    )
    created = models.DateTimeField(_("unsubscribed"), auto_now_add=True)

    class Meta:
        verbose_name = _("unsubscribed address")
        verbose_name_plural = _("unsubscribed addresses")
        constraints = [
            models.UniqueConstraint(
                Lower("email"), "mailing_list", name="unique_unsubscribed_email"
            )
        ]

    def __str__(self):
        return self.email
