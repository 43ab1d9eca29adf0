"""Procura+ Awards: yearly editions, their categories and criteria, applications and the
jury's scores."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import Event
from members.models import MemberGovernment, Official


class Phase(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open for applications")
    JUDGING = "judging", _("Judging")
    ANNOUNCED = "announced", _("Winners announced")


class AwardEdition(models.Model):
    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    introduction = models.TextField(_("introduction"), blank=True)
    opens = models.DateTimeField(_("call opens"))
    closes = models.DateTimeField(_("call closes"), help_text=_("The deadline for applications."))
    ceremony = models.ForeignKey(
        Event,
        verbose_name=_("ceremony"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="award_editions",
    )
    phase = models.CharField(_("phase"), max_length=20, choices=Phase.choices)

    class Meta:
        ordering = ["-year"]
        verbose_name = _("award edition")
        verbose_name_plural = _("award editions")
        permissions = [("view_ranking", _("Can see the jury's progress and ranking"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes__gt=models.F("opens")), name="award_call_closes_after_opening"
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("awards:edition", args=[self.year])

    def accepts_applications(self, now=None) -> bool:
        now = now or timezone.now()
        return self.phase == Phase.OPEN and self.opens <= now < self.closes

    @property
    def is_announced(self) -> bool:
        return self.phase == Phase.ANNOUNCED


class AwardCategoryManager(models.Manager):
    def get_queryset(self):
        # A category names its year ("… of the Year 2019"): lists and choices need the edition.
        return super().get_queryset().select_related("edition")


class AwardCategory(models.Model):
    edition = models.ForeignKey(
        AwardEdition,
        verbose_name=_("edition"),
        on_delete=models.CASCADE,
        related_name="categories",
    )
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), help_text=_("The category's address, in ASCII."))
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = AwardCategoryManager()

    class Meta:
        ordering = ["edition", "order", "pk"]
        verbose_name = _("award category")
        verbose_name_plural = _("award categories")
        constraints = [
            models.UniqueConstraint(fields=["edition", "slug"], name="unique_award_category_slug")
        ]

    def __str__(self):
        return f"{self.name} {self.edition.year}"


class Criterion(models.Model):
    """One of the judging criteria of a category; the jury scores each from 1 to 5."""

    category = models.ForeignKey(
        AwardCategory,
        verbose_name=_("category"),
        on_delete=models.CASCADE,
        related_name="criteria",
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["category", "order", "pk"]
        verbose_name = _("judging criterion")
        verbose_name_plural = _("judging criteria")

    def __str__(self):
        return self.name


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    WINNER = "winner", _("Winner")
    RUNNER_UP = "runner_up", _("Runner-up")
    HONOURABLE_MENTION = "honourable_mention", _("Honourable mention")
    NOT_SELECTED = "not_selected", _("Not selected")


# The statuses shown to the public once an edition is announced, in the order of the results.
RESULTS = [
    ApplicationStatus.WINNER,
    ApplicationStatus.RUNNER_UP,
    ApplicationStatus.HONOURABLE_MENTION,
    ApplicationStatus.SHORTLISTED,
]


# "Winner, Sustainable Procurement of the Year 2019": computed, never typed.
BADGES = {
    ApplicationStatus.WINNER: _("Winner, %(category)s %(year)s"),
    ApplicationStatus.RUNNER_UP: _("Runner-up, %(category)s %(year)s"),
    ApplicationStatus.HONOURABLE_MENTION: _("Honourable mention, %(category)s %(year)s"),
    ApplicationStatus.SHORTLISTED: _("Shortlisted, %(category)s %(year)s"),
}


class Currency(models.TextChoices):
    CNY = "CNY", _("Chinese yuan (CNY)")
    KRW = "KRW", _("South Korean won (KRW)")
    JPY = "JPY", _("Japanese yen (JPY)")
    MNT = "MNT", _("Mongolian tögrög (MNT)")
    HKD = "HKD", _("Hong Kong dollar (HKD)")
    MOP = "MOP", _("Macanese pataca (MOP)")
    TWD = "TWD", _("New Taiwan dollar (TWD)")
    USD = "USD", _("US dollar (USD)")
    EUR = "EUR", _("Euro (EUR)")


# The texts of an application, written in its one language and translated for case studies.
TEXT_FIELDS = [
    "title",
    "summary",
    "purchase",
    "environmental_outcome",
    "social_outcome",
    "economic_outcome",
    "innovation",
]


class ApplicationQuerySet(models.QuerySet):
    def submitted(self):
        """Applications the jury sees: every one that left the draft stage."""
        return self.exclude(status=ApplicationStatus.DRAFT)

    def in_results(self):
        """Shortlisted and awarded applications of announced editions."""
        return self.filter(edition__phase=Phase.ANNOUNCED, status__in=RESULTS)

    def by_category(self) -> dict[int, "Application"]:
        """The applications by their category's id, as a government has one per category."""
        return {application.category_id: application for application in self}


class Application(models.Model):
    edition = models.ForeignKey(
        AwardEdition,
        verbose_name=_("edition"),
        on_delete=models.CASCADE,
        related_name="applications",
    )
    category = models.ForeignKey(
        AwardCategory,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="applications",
    )
    government = models.ForeignKey(
        MemberGovernment,
        verbose_name=_("member government"),
        on_delete=models.CASCADE,
        related_name="applications",
    )
    official = models.ForeignKey(
        Official,
        verbose_name=_("official"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="applications",
        help_text=_("The official who submitted the application, or who started it."),
    )
    slug = models.SlugField(
        _("slug"), max_length=110, help_text=_("The case study's address, in ASCII.")
    )
    language = models.CharField(
        _("written in"), max_length=10, choices=settings.LANGUAGES, default="en"
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.DRAFT,
    )

    title = models.CharField(_("title"), max_length=200, blank=True)
    summary = models.TextField(
        _("short summary"),
        max_length=600,
        blank=True,
        help_text=_("Two or three sentences for the list of results."),
    )
    purchase = models.TextField(
        _("what was bought"),
        max_length=4000,
        blank=True,
        help_text=_("The goods, services or works, and how the tender was run."),
    )
    contract_value = models.DecimalField(
        _("contract value"),
        max_digits=16,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, blank=True)
    tender_date = models.DateField(_("tender date"), null=True, blank=True)
    co2e_avoided = models.DecimalField(
        _("CO2e avoided (tonnes per year)"),
        max_digits=12,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    savings_value = models.DecimalField(
        _("energy or resources saved per year"),
        max_digits=14,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    savings_unit = models.CharField(
        _("unit of the savings"),
        max_length=40,
        blank=True,
        help_text=_("For example MWh, m³ of water or tonnes of paper."),
    )
    environmental_outcome = models.TextField(
        _("environmental outcome"), max_length=4000, blank=True
    )
    social_outcome = models.TextField(_("social outcome"), max_length=4000, blank=True)
    economic_outcome = models.TextField(_("economic outcome"), max_length=4000, blank=True)
    innovation = models.TextField(_("what was innovative"), max_length=4000, blank=True)

    created = models.DateTimeField(_("started"), auto_now_add=True)
    updated = models.DateTimeField(_("last saved"), auto_now=True)
    submitted = models.DateTimeField(_("submitted"), null=True, blank=True)
    result_mailed = models.DateTimeField(
        _("result mailed"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the applicant was told the result; it is told once."),
    )

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-edition__year", "category__order", "government__slug"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "category", "government"],
                name="one_application_per_government_and_category",
            ),
            models.UniqueConstraint(fields=["edition", "slug"], name="unique_application_slug"),
        ]

    def __str__(self):
        return self.title or _("Application of %(government)s for %(category)s") % {
            "government": self.government,
            "category": self.category.name,
        }

    def save(self, *args, **kwargs):
        self.edition_id = self.category.edition_id
        if not self.slug:
            self.slug = f"{self.government.slug}-{self.category.slug}"
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("awards:case_study", args=[self.edition.year, self.slug])

    @property
    def source_language(self) -> str:
        """An application is written in one language; the others translate it."""
        return self.language

    @property
    def is_draft(self) -> bool:
        return self.status == ApplicationStatus.DRAFT

    @property
    def is_announced(self) -> bool:
        """Whether it is among the results everyone sees, with its attachments."""
        return self.edition.is_announced and self.status in RESULTS

    def badge(self) -> str:
        return BADGES[self.status] % {"category": self.category.name, "year": self.edition.year}


class Attachment(models.Model):
    """A PDF or an image that supports an application; shown on its case study."""

    application = models.ForeignKey(
        Application,
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    # Private until its application is announced: served through `awards.views.attachment`.
    file = models.FileField(_("file"), upload_to="private/awards/")
    name = models.CharField(_("name"), max_length=200)
    is_image = models.BooleanField(_("image"), default=False)
    size = models.PositiveIntegerField(_("size in bytes"), default=0)
    uploaded = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        ordering = ["uploaded", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.name


class JuryMember(models.Model):
    edition = models.ForeignKey(
        AwardEdition,
        verbose_name=_("edition"),
        on_delete=models.CASCADE,
        related_name="jury",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.PROTECT,  # deleting the account would silently drop its scores
        related_name="juries",
    )
    government = models.ForeignKey(
        MemberGovernment,
        verbose_name=_("works for"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_(
            "The jury member is recused from this government's applications, and from those "
            "of the government they are an official of. Empty only for someone who works for "
            "no member government."
        ),
    )

    class Meta:
        ordering = ["edition", "user__email"]
        verbose_name = _("jury member")
        verbose_name_plural = _("jury")
        constraints = [
            models.UniqueConstraint(fields=["edition", "user"], name="unique_jury_member")
        ]

    def __str__(self):
        return self.user.get_full_name() or self.user.email

    def is_recused_from(self, application: Application) -> bool:
        """A jury member never scores an application of the government they work for, nor
        of the one they are an official of today."""
        official = getattr(self.user, "official", None)
        governments = {self.government_id, official.government_id if official else None}
        return application.government_id in governments - {None}


class Score(models.Model):
    jury_member = models.ForeignKey(
        JuryMember, verbose_name=_("jury member"), on_delete=models.CASCADE, related_name="scores"
    )
    application = models.ForeignKey(
        Application, verbose_name=_("application"), on_delete=models.CASCADE, related_name="scores"
    )
    criterion = models.ForeignKey(
        Criterion, verbose_name=_("criterion"), on_delete=models.CASCADE, related_name="scores"
    )
    value = models.PositiveSmallIntegerField(
        _("score"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("comment"), max_length=2000, blank=True)
    updated = models.DateTimeField(_("last saved"), auto_now=True)

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [
            models.UniqueConstraint(
                fields=["jury_member", "application", "criterion"], name="one_score_per_criterion"
            ),
            models.CheckConstraint(
                condition=Q(value__gte=1, value__lte=5), name="score_from_one_to_five"
            ),
        ]

    def __str__(self):
        return f"{self.jury_member} · {self.criterion}: {self.value}"
