"""EcoProcura events: symposia, forums, workshops, webinars and exchange programmes."""

import zoneinfo

from django.conf import settings
from django.contrib.postgres.aggregates import ArrayAgg
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

# The mailings live in a module of their own; importing them here keeps them events' models.
from events.mailing_models import (  # noqa: F401
    Delivery,
    DeliveryReason,
    DeliveryStatus,
    Mailing,
    MailingKind,
    MailingStatus,
    Unsubscribe,
    UnsubscribeList,
)
from members.models import Country, MemberGovernment, WebsiteField
from procura.images import reencode
from procura.languages import in_every_language
from procura.uploads import store
from procura.zones import ZONE_NAMES

# The time zones of the network's events; an event's times are shown in its own.
TIME_ZONES = list(ZONE_NAMES.items())


# The longest side of a cover: the event's page shows `cover`, lists `cover_small`.
COVER_SIZES = {"cover": 1600, "cover_small": 640}


class EventKind(models.TextChoices):
    SYMPOSIUM = "symposium", _("Symposium")
    FORUM = "forum", _("Forum")
    WORKSHOP = "workshop", _("Workshop")
    WEBINAR = "webinar", _("Webinar")
    EXCHANGE = "exchange", _("Exchange programme")


class Audience(models.TextChoices):
    NOBODY = "nobody", _("Nobody (no registration on the portal)")
    OFFICIALS = "officials", _("Officials of member governments")
    ANYONE = "anyone", _("Anyone")


class RegistrationState(models.TextChoices):
    """Where an event's registration stands; the registration button shows it."""

    NONE = "none", _("No registration on the portal")
    NOT_OPEN = "not_open", _("Registration is not open yet")
    OPEN = "open", _("Registration is open")
    WAITING_LIST = "waiting_list", _("Fully booked: registrations go to the waiting list")
    FULL = "full", _("Fully booked")
    CLOSED = "closed", _("Registration is closed")


def held(prefix: str = "") -> Q:
    """Pending registrations whose place is still kept for them (`prefix` reaches them from
    another model, e.g. "registrations__")."""
    return Q(**{f"{prefix}status": "pending", f"{prefix}held_until__gt": timezone.now()})


class EventQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def with_confirmed_count(self):
        """Events with their confirmed seats and the places held for people who have yet to
        confirm their address; both count against the capacity."""
        return self.annotate(
            confirmed_count=models.Count(
                "registrations", filter=Q(registrations__status="confirmed")
            ),
            held_count=models.Count("registrations", filter=held("registrations__")),
        )

    def upcoming(self):
        return self.filter(ends__gte=timezone.now()).order_by("starts")

    def past(self):
        return self.filter(ends__lt=timezone.now()).order_by("-starts")


class Event(models.Model):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), unique=True, help_text=_("The event's address, in ASCII."))
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    series = models.CharField(
        _("series"), max_length=100, blank=True, help_text=_("For example EcoProcura China.")
    )
    starts = models.DateTimeField(_("starts"))
    ends = models.DateTimeField(_("ends"))
    time_zone = models.CharField(
        _("time zone"), max_length=40, choices=TIME_ZONES, default="Asia/Shanghai"
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = models.CharField(
        _("country or region"), max_length=2, choices=Country.choices, blank=True
    )
    summary = models.TextField(_("summary"), blank=True)
    description = models.TextField(
        _("description"), blank=True, help_text=_("Markdown: **bold**, lists, links, headings.")
    )
    topics = models.TextField(_("key topics"), blank=True, help_text=_("One topic per line."))
    participants = models.PositiveIntegerField(
        _("reported participants"),
        null=True,
        blank=True,
        help_text=_("Shown as “over N participants”."),
    )
    cover = models.ImageField(_("cover image"), upload_to="events/", blank=True)
    cover_small = models.ImageField(upload_to="events/", blank=True, editable=False)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_position = models.CharField(_("contact person's position"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    published = models.BooleanField(_("published"), default=False)
    sample = models.BooleanField(
        _("sample"),
        default=False,
        help_text=_("Made for the demonstration: the page says its pictures are illustrations."),
    )

    audience = models.CharField(
        _("who may register"), max_length=20, choices=Audience.choices, default=Audience.NOBODY
    )
    registration_opens = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes = models.DateTimeField(_("registration closes"), null=True, blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Empty: no limit.")
    )
    waiting_list = models.BooleanField(_("keep a waiting list"), default=True)
    reminder_days = models.JSONField(
        _("reminders"),
        default=list,
        blank=True,
        help_text=_(
            "Days before the start when confirmed registrants get a reminder, e.g. [7, 1]."
        ),
    )

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-starts"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends__gte=models.F("starts")), name="event_ends_after_it_starts"
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:detail", args=[self.slug])

    @cached_property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    def local(self, moment):
        """A moment in the event's own time zone."""
        return timezone.localtime(moment, self.zone) if moment else None

    @property
    def zone_name(self) -> str:
        """The event's clock as its readers name it: "Beijing time", 北京时间."""
        return self.get_time_zone_display()

    def registration_state(self, now=None) -> str:
        """Needs `confirmed_count` and `held_count` (see EventQuerySet.with_confirmed_count)."""
        now = now or timezone.now()
        if self.audience == Audience.NOBODY:
            return RegistrationState.NONE
        if self.registration_opens and now < self.registration_opens:
            return RegistrationState.NOT_OPEN
        if now >= (self.registration_closes or self.starts):
            return RegistrationState.CLOSED
        taken = self.confirmed_count + self.held_count
        if self.capacity is not None and taken >= self.capacity:
            return RegistrationState.WAITING_LIST if self.waiting_list else RegistrationState.FULL
        return RegistrationState.OPEN

    @property
    def topic_list(self) -> list[str]:
        return [line.strip() for line in self.topics.splitlines() if line.strip()]

    def load_programme(self) -> None:
        """What the event's page shows below its facts, in 6 queries: sessions with their
        speakers' ids, speakers, partners, quotes, photos and documents (the sessions' among
        them), which the page's view sorts out."""
        speaker_ids = ArrayAgg("speakers", filter=Q(speakers__isnull=False), default=[])
        models.prefetch_related_objects(
            [self],
            models.Prefetch("sessions", Session.objects.annotate(speaker_ids=speaker_ids)),
            models.Prefetch(
                "speakers",
                # The page links a speaker's government by its name.
                Speaker.objects.select_related("government").defer(
                    *(f"government__{name}" for name in in_every_language("summary", "gpp_policy"))
                ),
            ),
            models.Prefetch("partners", Partner.objects.select_related("organisation")),
            "quotes",
            "photos",
            "documents",
        )


# The longest side of a partner organisation's logo, in pixels.
LOGO_SIZES = {"logo": 320}


class Organisation(models.Model):
    """A partner organisation, which may take part in several events."""

    name = models.CharField(_("name"), max_length=200)
    website = WebsiteField(_("website"), blank=True)
    logo = models.ImageField(_("logo"), upload_to="organisations/", blank=True)

    class Meta:
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        ordering = ["name_en"]

    def __str__(self):
        return self.name


class PartnerRole(models.TextChoices):
    ORGANISER = "organiser", _("Organiser")
    CO_ORGANISER = "co_organiser", _("Co-organiser")
    PARTNER = "partner", _("Partner")
    SUPPORTER = "supporter", _("Supporter")


class Partner(models.Model):
    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="partners", verbose_name=_("event")
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="+", verbose_name=_("organisation")
    )
    role = models.CharField(_("role"), max_length=20, choices=PartnerRole.choices)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["order", "id"]

    def __str__(self):
        return f"{self.organisation} ({self.get_role_display()})"


class Speaker(models.Model):
    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="speakers", verbose_name=_("event")
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(
        _("email address"), blank=True, help_text=_("Not shown; for the event's mailings.")
    )
    position = models.CharField(_("position"), max_length=200, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    photo = models.ImageField(_("photo"), upload_to="speakers/", blank=True)
    government = models.ForeignKey(
        MemberGovernment,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="speakers",
        verbose_name=_("member government"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        ordering = ["order", "name_en"]

    def __str__(self):
        return self.name


class Session(models.Model):
    """A slot of the programme."""

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="sessions", verbose_name=_("event")
    )
    starts = models.DateTimeField(_("starts"))
    ends = models.DateTimeField(_("ends"))
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    room = models.CharField(_("room"), max_length=100, blank=True)
    speakers = models.ManyToManyField(
        Speaker, blank=True, related_name="sessions", verbose_name=_("speakers")
    )

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("programme")
        ordering = ["starts", "id"]

    def __str__(self):
        return self.title


class Quote(models.Model):
    """A voice from the corridor."""

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="quotes", verbose_name=_("event")
    )
    person = models.CharField(_("person"), max_length=200)
    position = models.CharField(_("position"), max_length=200, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    text = models.TextField(_("quote"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("quote")
        verbose_name_plural = _("voices from the corridor")
        ordering = ["order", "id"]

    def __str__(self):
        return self.person


# The longest side of a gallery photo and of its thumbnail, in pixels.
PHOTO_SIZES = {"image": 1600, "thumbnail": 480}


class Photo(models.Model):
    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="photos", verbose_name=_("event")
    )
    image = models.ImageField(_("image"), upload_to="photos/")
    thumbnail = models.ImageField(_("thumbnail"), upload_to="photos/", editable=False)
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("photo")
        verbose_name_plural = _("photo gallery")
        ordering = ["order", "id"]

    def __str__(self):
        return self.caption or self.image.name

    def set_image(self, upload) -> None:
        """Keep the upload re-encoded, at full size and as a thumbnail (saved with the photo)."""
        store(self, reencode(upload, self.event.slug, PHOTO_SIZES, "JPEG"))


class DocumentKind(models.TextChoices):
    PRESENTATION = "presentation", _("Presentation")
    REPORT = "report", _("Report")
    OTHER = "other", _("Other material")


class Document(models.Model):
    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="documents", verbose_name=_("event")
    )
    session = models.ForeignKey(
        Session,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("session"),
    )
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=20, choices=DocumentKind.choices, default=DocumentKind.PRESENTATION
    )
    file = models.FileField(_("file"), upload_to="documents/")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["kind", "id"]

    def __str__(self):
        return self.title


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("Address not confirmed yet")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class Registration(models.Model):
    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registrations",
        verbose_name=_("account"),
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email address"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    government = models.ForeignKey(
        MemberGovernment,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registrations",
        verbose_name=_("member government"),
    )
    language = models.CharField(
        _("preferred language"), max_length=10, choices=settings.LANGUAGES, default="en"
    )
    status = models.CharField(_("status"), max_length=20, choices=RegistrationStatus.choices)
    # A pending registrant's place, kept from others until they confirm their address.
    held_until = models.DateTimeField(_("place held until"), null=True, blank=True)
    created = models.DateTimeField(_("registered"), default=timezone.now)
    # The waiting list is served in the order people joined it, which is not always the order
    # they registered in (an address confirmed late, a move by staff).
    waiting_since = models.DateTimeField(_("on the waiting list since"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created", "id"]
        constraints = [
            models.UniqueConstraint(
                "event",
                Lower("email"),
                condition=~Q(status="cancelled"),
                name="one_registration_per_email_and_event",
                violation_error_message=_("This email address is already registered."),
            )
        ]

    def __str__(self):
        return f"{self.name} · {self.event}"

    @property
    def is_held(self) -> bool:
        """A pending registrant whose place is still kept for them."""
        return (
            self.status == RegistrationStatus.PENDING
            and self.held_until is not None
            and self.held_until > timezone.now()
        )

    def held_until_local(self) -> str:
        """Until when the place is held, on the event's clock, as the active language writes
        a date and a time."""
        moment = self.event.local(self.held_until)
        date = formats.date_format(moment, "DATE_FORMAT")
        return f"{date} {formats.time_format(moment, 'TIME_FORMAT')} ({self.event.zone_name})"
