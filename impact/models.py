"""Impact monitoring: what member governments buy green each year, and what it saves.

A government's report for a year is kept in versions: officials fill in a draft and submit
it; staff validate it, which locks it, or return it with a comment, which keeps it as history
and opens a new draft from it. Correcting a validated report opens a new draft too; the public
figures come from the latest validated version of each government's year alone.
"""

from decimal import Decimal

from babel.numbers import list_currencies
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from members.models import Commitment, Country, MemberGovernment

FIRST_YEAR = 2000
CURRENCIES = frozenset(list_currencies())
AMOUNT = {"max_digits": 18, "decimal_places": 2}
QUANTITY = {"max_digits": 16, "decimal_places": 3}
NOT_NEGATIVE = [MinValueValidator(Decimal(0))]


def validate_currency(code: str) -> None:
    if code not in CURRENCIES:
        raise ValidationError(
            _("%(code)s is not a currency code of ISO 4217, such as CNY, KRW or JPY."),
            code="unknown_currency",
            params={"code": code},
        )


def validate_past_year(year: int) -> None:
    if year > timezone.localdate().year:
        raise ValidationError(
            _("%(year)s has not come yet: report a year that has begun."),
            code="future_year",
            params={"year": year},
        )


class Unit(models.TextChoices):
    PIECE = "piece", _("pieces")
    VEHICLE = "vehicle", _("vehicles")
    LUMINAIRE = "luminaire", _("luminaires")
    TONNE = "t", _("tonnes")
    REAM = "ream", _("reams of paper")
    MEAL = "meal", _("meals")
    SQUARE_METRE = "m2", _("square metres")
    KWH = "kWh", _("kilowatt hours (kWh)")
    MWH = "MWh", _("megawatt hours (MWh)")
    LITRE = "l", _("litres")


class ProductGroup(models.Model):
    """A group of products bought under one set of green criteria, such as IT equipment."""

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=100)
    units = models.JSONField(
        _("allowed units"),
        default=list,
        blank=True,
        help_text=_("The units in which the group's purchases are counted."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("product group")
        verbose_name_plural = _("product groups")
        ordering = ["order", "slug"]

    def __str__(self):
        return self.name

    @property
    def unit_labels(self) -> list[str]:
        return [str(Unit(unit).label) for unit in self.units if unit in Unit.values]

    def clean(self):
        unknown = set(self.units) - set(Unit.values)
        if unknown:
            raise ValidationError(
                {"units": _("Unknown units: %(units)s.") % {"units": ", ".join(sorted(unknown))}}
            )


class EmissionFactor(models.Model):
    """What buying one unit green instead of conventional saves, in a country and year."""

    product_group = models.ForeignKey(
        ProductGroup,
        on_delete=models.CASCADE,
        related_name="factors",
        verbose_name=_("product group"),
    )
    country = models.CharField(_("country or region"), max_length=2, choices=Country.choices)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(2100)]
    )
    unit = models.CharField(_("unit"), max_length=20, choices=Unit.choices)
    co2e_per_unit = models.DecimalField(
        _("CO2e avoided per unit (t)"), max_digits=14, decimal_places=6, validators=NOT_NEGATIVE
    )
    energy_per_unit = models.DecimalField(
        _("energy saved per unit (MWh)"),
        max_digits=14,
        decimal_places=6,
        default=0,
        validators=NOT_NEGATIVE,
    )
    source = models.CharField(_("source"), max_length=300)
    source_year = models.PositiveSmallIntegerField(_("year of the source"))

    class Meta:
        verbose_name = _("emission factor")
        verbose_name_plural = _("emission factors")
        ordering = ["product_group", "country", "-year"]
        constraints = [
            models.UniqueConstraint(
                "product_group", "country", "year", "unit", name="one_factor_per_group_country_year"
            )
        ]

    def __str__(self):
        return f"{self.product_group} · {self.country} · {self.year}"

    def clean(self):
        group = getattr(self, "product_group", None)
        if group is not None and self.unit and self.unit not in group.units:
            raise ValidationError(
                {
                    "unit": _("%(group)s is counted in %(units)s.")
                    % {"group": group.name, "units": ", ".join(group.units) or "–"}
                }
            )


class ExchangeRate(models.Model):
    """A currency's yearly average rate to the US dollar, to add up spend across countries."""

    currency = models.CharField(_("currency"), max_length=3, validators=[validate_currency])
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(2100)]
    )
    rate_to_usd = models.DecimalField(
        _("US dollars per unit"), max_digits=16, decimal_places=8, validators=NOT_NEGATIVE
    )
    source = models.CharField(_("source"), max_length=300)

    class Meta:
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        ordering = ["currency", "-year"]
        constraints = [
            models.UniqueConstraint("currency", "year", name="one_rate_per_currency_year")
        ]

    def __str__(self):
        return f"{self.currency} {self.year}"


class ReportStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    VALIDATED = "validated", _("Validated")
    RETURNED = "returned", _("Returned")


OPEN = [ReportStatus.DRAFT, ReportStatus.SUBMITTED]


class ReportQuerySet(models.QuerySet):
    def open(self):
        """The version officials work on, or staff review: one per government and year."""
        return self.filter(status__in=OPEN)

    def public(self):
        """The latest validated version of each government's year."""
        return self.filter(published=True, government__published=True)


class Report(models.Model):
    """One version of a government's report for a year."""

    government = models.ForeignKey(
        MemberGovernment,
        on_delete=models.CASCADE,
        related_name="impact_reports",
        verbose_name=_("government"),
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(FIRST_YEAR), validate_past_year],
    )
    number = models.PositiveSmallIntegerField(_("version"), default=1)
    status = models.CharField(
        _("status"), max_length=20, choices=ReportStatus.choices, default=ReportStatus.DRAFT
    )
    currency = models.CharField(
        _("currency"),
        max_length=3,
        validators=[validate_currency],
        help_text=_("The ISO 4217 code of the currency the spend is given in, such as CNY."),
    )
    # Bumped at each save of the draft: a form posted against an older one is a conflict.
    edits = models.PositiveIntegerField(default=0, editable=False)
    published = models.BooleanField(_("in the public figures"), default=False, editable=False)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last saved by"),
    )
    submitted = models.DateTimeField(_("submitted"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("submitted by"),
    )
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
        _("comment"), blank=True, help_text=_("Sent to the officials with the decision.")
    )

    objects = ReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("impact report")
        verbose_name_plural = _("impact reports")
        ordering = ["government", "-year", "-number"]
        permissions = [("review_report", _("Can validate or return impact reports"))]
        constraints = [
            models.UniqueConstraint(
                "government", "year", "number", name="one_report_version_per_number"
            ),
            models.UniqueConstraint(
                "government",
                "year",
                condition=Q(status__in=["draft", "submitted"]),
                name="one_open_report_per_government_year",
            ),
            models.UniqueConstraint(
                "government",
                "year",
                condition=Q(published=True),
                name="one_published_report_per_government_year",
            ),
        ]

    def __str__(self):
        return f"{self.government} · {self.year} · v{self.number}"

    @property
    def is_editable(self) -> bool:
        return self.status == ReportStatus.DRAFT


class Method(models.TextChoices):
    NONE = "", _("Uptake only")
    EMISSION_FACTOR = "factor", _("Emission factor")
    TENDER = "tender", _("Tender comparison")


class LineQuerySet(models.QuerySet):
    def public(self):
        """The lines of the reports in the public figures."""
        return self.filter(report__published=True, report__government__published=True)

    def with_usd(self):
        """Each line's spend in US dollars, by the rate of its currency and year (None where
        staff have entered no rate)."""
        rate = ExchangeRate.objects.filter(
            currency=OuterRef("report__currency"), year=OuterRef("report__year")
        ).values("rate_to_usd")[:1]
        return self.annotate(usd_rate=Subquery(rate)).annotate(
            green_spend_usd=F("green_spend") * F("usd_rate"),
            total_spend_usd=F("total_spend") * F("usd_rate"),
        )


class ReportLine(models.Model):
    """What a government bought in a product group, or through one tender, and what it saved."""

    report = models.ForeignKey(
        Report, on_delete=models.CASCADE, related_name="lines", verbose_name=_("report")
    )
    product_group = models.ForeignKey(
        ProductGroup,
        on_delete=models.PROTECT,
        related_name="lines",
        verbose_name=_("product group"),
    )
    green_spend = models.DecimalField(
        _("green spend"), **AMOUNT, null=True, blank=True, validators=NOT_NEGATIVE
    )
    total_spend = models.DecimalField(
        _("total spend"), **AMOUNT, null=True, blank=True, validators=NOT_NEGATIVE
    )
    unit = models.CharField(_("unit"), max_length=20, choices=Unit.choices, blank=True)
    green_units = models.DecimalField(
        _("units bought green"), **QUANTITY, null=True, blank=True, validators=NOT_NEGATIVE
    )
    total_units = models.DecimalField(
        _("units bought"), **QUANTITY, null=True, blank=True, validators=NOT_NEGATIVE
    )
    method = models.CharField(
        _("impact method"), max_length=10, choices=Method.choices, blank=True, default=""
    )
    tender = models.CharField(_("tender reference"), max_length=200, blank=True)
    baseline_co2e = models.DecimalField(
        _("baseline tender's life-cycle CO2e (t)"),
        **QUANTITY,
        null=True,
        blank=True,
        validators=NOT_NEGATIVE,
    )
    awarded_co2e = models.DecimalField(
        _("awarded tender's life-cycle CO2e (t)"),
        **QUANTITY,
        null=True,
        blank=True,
        validators=NOT_NEGATIVE,
    )
    baseline_energy = models.DecimalField(
        _("baseline tender's energy use (MWh)"),
        **QUANTITY,
        null=True,
        blank=True,
        validators=NOT_NEGATIVE,
    )
    awarded_energy = models.DecimalField(
        _("awarded tender's energy use (MWh)"),
        **QUANTITY,
        null=True,
        blank=True,
        validators=NOT_NEGATIVE,
    )
    # Computed when the report is saved and again when it is validated.
    co2e_avoided = models.DecimalField(_("CO2e avoided (t)"), **QUANTITY, null=True, blank=True)
    energy_saved = models.DecimalField(_("energy saved (MWh)"), **QUANTITY, null=True, blank=True)
    factor = models.ForeignKey(
        EmissionFactor,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("emission factor"),
    )

    objects = LineQuerySet.as_manager()

    class Meta:
        verbose_name = _("report line")
        verbose_name_plural = _("report lines")
        ordering = ["report", "product_group", "id"]

    def __str__(self):
        return f"{self.product_group} · {self.tender}" if self.tender else str(self.product_group)


class Evidence(models.Model):
    """A document that backs a report: a PDF or a picture, seen by its officials and staff."""

    report = models.ForeignKey(
        Report, on_delete=models.CASCADE, related_name="evidence", verbose_name=_("report")
    )
    file = models.FileField(_("file"), upload_to="private/impact/evidence/")
    name = models.CharField(_("name"), max_length=200)
    uploaded = models.DateTimeField(_("uploaded"), default=timezone.now)

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["uploaded", "id"]

    def __str__(self):
        return self.name


class Indicator(models.TextChoices):
    GREEN_SHARE = "green_share", _("Green share of spend (%)")
    CO2E = "co2e", _("CO2e avoided (t)")
    ENERGY = "energy", _("Energy saved (MWh)")


class CommitmentTarget(models.Model):
    """What measures a commitment: an indicator of the government's validated reports."""

    commitment = models.OneToOneField(
        Commitment,
        on_delete=models.CASCADE,
        related_name="measure",
        verbose_name=_("commitment"),
    )
    indicator = models.CharField(_("indicator"), max_length=20, choices=Indicator.choices)
    product_group = models.ForeignKey(
        ProductGroup,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("product group"),
        help_text=_("Leave empty for all product groups."),
    )
    target_value = models.DecimalField(
        _("target value"), max_digits=16, decimal_places=3, validators=NOT_NEGATIVE
    )

    class Meta:
        verbose_name = _("measured target")
        verbose_name_plural = _("measured targets")

    def __str__(self):
        return str(self.commitment)
