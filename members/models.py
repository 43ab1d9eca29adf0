"""The people and governments of the network."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from procura.languages import in_every_language


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("A user needs an email address.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user


class User(AbstractUser):
    """An account of the portal: people sign in with their email address.

    A person's name is one field in each language, as that language writes it (손봉희,
    ソン・ボンヒ, Bong-hee Son): scripts and the order of the parts differ from one language
    to the next, so that first and last names put together would read wrong in most."""

    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("email address"), unique=True)
    name = models.CharField(_("name"), max_length=200, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                name="unique_email_ignoring_case",
                violation_error_message=_("A user with this email address already exists."),
            )
        ]

    def __str__(self):
        return self.name or self.email

    def get_full_name(self):
        return self.name

    def get_short_name(self):
        return self.name


class Country(models.TextChoices):
    CHINA = "CN", _("China")
    KOREA = "KR", _("Republic of Korea")
    JAPAN = "JP", _("Japan")
    MONGOLIA = "MN", _("Mongolia")
    TAIWAN = "TW", _("Taiwan, China")
    HONG_KONG = "HK", _("Hong Kong, China")
    MACAO = "MO", _("Macao, China")
    VIET_NAM = "VN", _("Viet Nam")
    THAILAND = "TH", _("Thailand")
    PHILIPPINES = "PH", _("Philippines")
    INDONESIA = "ID", _("Indonesia")
    MALAYSIA = "MY", _("Malaysia")
    SINGAPORE = "SG", _("Singapore")
    INDIA = "IN", _("India")
    OTHER = "XX", _("Elsewhere in Asia")


class Level(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    PROVINCE = "province", _("Province or prefecture")
    DISTRICT = "district", _("District")
    NATIONAL_AGENCY = "national", _("National agency")


class MembershipStatus(models.TextChoices):
    PARTICIPANT = "participant", _("Participant")
    OBSERVER = "observer", _("Observer")
    FORMER = "former", _("Former member")


class WebsiteField(models.URLField):
    """A URL typed without a scheme ("www.beijing.gov.cn") is taken as https."""

    def formfield(self, **kwargs):
        return super().formfield(**{"assume_scheme": "https", **kwargs})


class MemberGovernmentQuerySet(models.QuerySet):
    def listed(self):
        """The governments the public directory shows."""
        return self.filter(published=True).exclude(status=MembershipStatus.FORMER)

    def on_map(self):
        """The governments with a place on the map, with only what a marker needs."""
        return (
            self.exclude(latitude=None)
            .exclude(longitude=None)
            .only("slug", "latitude", "longitude", *in_every_language("name"))
        )

    def search(self, text: str):
        """Governments whose name, in any of the four languages, contains `text`."""
        condition = Q()
        for code, _name in settings.LANGUAGES:
            condition |= Q(**{f"name_{code.replace('-', '_')}__icontains": text})
        return self.filter(condition)


class MemberGovernment(models.Model):
    """A local government (or national agency) in the network."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"), unique=True, help_text=_("The government's address on the portal, in ASCII.")
    )
    country = models.CharField(_("country or region"), max_length=2, choices=Country.choices)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    status = models.CharField(
        _("membership status"),
        max_length=20,
        choices=MembershipStatus.choices,
        default=MembershipStatus.PARTICIPANT,
    )
    joined = models.DateField(_("date joined"))
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True)
    logo_small = models.ImageField(_("small logo"), upload_to="logos/", blank=True, editable=False)
    website = WebsiteField(_("website"), blank=True)
    population = models.PositiveBigIntegerField(_("population"), null=True, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    gpp_policy = models.TextField(_("green public procurement policy"), blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_position = models.CharField(_("contact person's position"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    publish_contact = models.BooleanField(
        _("publish the contact"),
        default=False,
        help_text=_("Show the contact person, email and phone on the public profile."),
    )
    published = models.BooleanField(_("published"), default=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = MemberGovernmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("member government")
        verbose_name_plural = _("member governments")
        ordering = ["name_en"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("members:profile", args=[self.slug])


class ProgressStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    ACHIEVED = "achieved", _("Achieved")


class Commitment(models.Model):
    """A target a government has set itself, such as 100 % green office paper by 2025."""

    government = models.ForeignKey(
        MemberGovernment,
        on_delete=models.CASCADE,
        related_name="commitments",
        verbose_name=_("government"),
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    target_year = models.PositiveSmallIntegerField(
        _("target year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    status = models.CharField(
        _("progress"), max_length=20, choices=ProgressStatus.choices, default=ProgressStatus.PLANNED
    )
    target_value = models.DecimalField(
        _("target value"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    unit = models.CharField(_("unit"), max_length=40, blank=True, help_text=_("For example %."))
    # Kept by the app that measures commitments: the profile then shows the computed progress
    # instead of the typed one.
    measured = models.BooleanField(
        _("measured by reports"),
        default=False,
        editable=False,
        help_text=_("Its progress is computed from the government's validated reports."),
    )

    class Meta:
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        ordering = ["target_year", "id"]

    def __str__(self):
        return self.title


class Official(models.Model):
    """A person who works for a member government and speaks for it on the portal."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="official",
        verbose_name=_("user"),
    )
    government = models.ForeignKey(
        MemberGovernment,
        on_delete=models.CASCADE,
        related_name="officials",
        verbose_name=_("government"),
    )
    position = models.CharField(_("position"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("Every mail to this official is written in this language."),
    )
    receives_mailings = models.BooleanField(_("receives network mailings"), default=True)

    class Meta:
        verbose_name = _("official")
        verbose_name_plural = _("officials")
        ordering = ["government", "user__email"]

    def __str__(self):
        return str(self.user)


def invitation_key() -> str:
    return secrets.token_urlsafe(32)


def invitation_expiry():
    return timezone.now() + timedelta(days=14)


class Invitation(models.Model):
    """A single-use link that lets a person create an account as an official of a government."""

    email = models.EmailField(_("email address"))
    government = models.ForeignKey(
        MemberGovernment,
        on_delete=models.CASCADE,
        related_name="invitations",
        verbose_name=_("government"),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("The invitation and every later mail are written in this language."),
    )
    key = models.CharField(max_length=64, unique=True, default=invitation_key, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    expires = models.DateTimeField(_("expires"), default=invitation_expiry)
    accepted = models.DateTimeField(_("accepted"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created"]

    def __str__(self):
        return self.email

    def get_absolute_url(self):
        return reverse("members:invitation", args=[self.key])

    @property
    def is_expired(self) -> bool:
        return timezone.now() >= self.expires


class RevisionStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class ProfileRevisionQuerySet(models.QuerySet):
    def pending(self):
        """Revisions awaiting review: at most one per government."""
        return self.filter(status=RevisionStatus.PENDING)

    def decided(self):
        """Revisions staff approved or rejected."""
        return self.exclude(status=RevisionStatus.PENDING)


class ProfileRevision(models.Model):
    """Changes an official proposes to their government's profile, published once staff approve.

    `proposal` holds the whole proposed profile (fields and commitments); `changes`
    records, at review time, what differed from the published profile.
    """

    government = models.ForeignKey(
        MemberGovernment,
        on_delete=models.CASCADE,
        related_name="revisions",
        verbose_name=_("government"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("author"),
    )
    created = models.DateTimeField(_("submitted"), default=timezone.now)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RevisionStatus.choices,
        default=RevisionStatus.PENDING,
    )
    proposal = models.JSONField(_("proposal"), encoder=DjangoJSONEncoder)
    # Private: only the government's officials and staff see it (`members.views.proposed_logo`).
    logo = models.ImageField(_("new logo"), upload_to="private/logos/proposed/", blank=True)
    changes = models.JSONField(_("changes"), encoder=DjangoJSONEncoder, default=list)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewer"),
    )
    reviewed = models.DateTimeField(_("reviewed"), null=True, blank=True)
    comment = models.TextField(
        _("comment"), blank=True, help_text=_("Sent to the official with the decision.")
    )

    objects = ProfileRevisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("profile revision")
        verbose_name_plural = _("profile revisions")
        ordering = ["-created"]
        permissions = [("review_profilerevision", _("Can approve or reject profile revisions"))]
        constraints = [
            models.UniqueConstraint(
                "government",
                condition=Q(status="pending"),
                name="one_pending_revision_per_government",
            )
        ]

    def __str__(self):
        return f"{self.government} · {timezone.localtime(self.created):%Y-%m-%d %H:%M}"

    @property
    def logo_url(self) -> str:
        """Where the proposed logo is served to those who may see it; its file is private."""
        return reverse("members:proposed_logo", args=[self.government.slug, self.pk])
