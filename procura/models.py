"""The portal's own tables: the outbox of single mails and the addresses that bounced."""

from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class MailStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class OutgoingMail(models.Model):
    """One message waiting for the worker, written in the transaction of the change it is
    about; the worker sends it once and marks it sent."""

    message = models.JSONField(_("message"))
    to = models.CharField(_("to"), max_length=1000)
    subject = models.CharField(_("subject"), max_length=1000)
    status = models.CharField(
        _("status"), max_length=20, choices=MailStatus.choices, default=MailStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    retry_after = models.DateTimeField(_("next attempt"), null=True, blank=True)
    queued = models.DateTimeField(_("handed to the worker"), null=True, blank=True)
    created = models.DateTimeField(_("written"), auto_now_add=True)
    sent = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing mail")
        verbose_name_plural = _("outgoing mail")
        ordering = ["-created"]
        # Beat looks for pending mail every minute; sent mail is most of the table.
        indexes = [
            models.Index(
                fields=["queued"], condition=Q(status="pending"), name="pending_outgoing_mail"
            )
        ]

    def __str__(self):
        return f"{self.to}: {self.subject}"


class Suppression(models.Model):
    """An address whose mail server refused mail for good: network mailings skip it."""

    email = models.EmailField(_("email address"))
    reason = models.TextField(_("server's reply"), blank=True)
    source = models.CharField(_("refused message"), max_length=200, blank=True)
    created = models.DateTimeField(_("suppressed since"), auto_now_add=True)

    class Meta:
        verbose_name = _("suppressed address")
        verbose_name_plural = _("suppressed addresses")
        ordering = ["-created"]
        constraints = [models.UniqueConstraint(Lower("email"), name="unique_suppressed_email")]

    def __str__(self):
        return self.email

    @classmethod
    def record(cls, bounces: dict[str, str], source: str) -> None:
        """Remember each address (-> the server's reply) that bounced; an address already
        suppressed keeps its first reason."""
        cls.objects.bulk_create(
            [
                cls(email=email, reason=reason, source=source[:200])
                for email, reason in bounces.items()
            ],
            ignore_conflicts=True,
        )


class TranslationSource(models.Model):
    """The source text a translation was made from, as its MD5: the translation of `field`
    into `language` is stale once the record's source text no longer has this digest."""

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    field = models.CharField(max_length=100)
    language = models.CharField(max_length=10)
    source_hash = models.CharField(max_length=32)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"],
                name="one_source_per_translation",
            )
        ]

    def __str__(self):
        return f"{self.content_type} {self.object_id} {self.field} ({self.language})"
