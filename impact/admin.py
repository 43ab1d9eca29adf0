"""The admin of ICLEI staff: product groups, emission factors, exchange rates, and the review
of the reports officials submit."""

from django import forms
from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from impact import services
from impact.models import (
    CommitmentTarget,
    EmissionFactor,
    Evidence,
    ExchangeRate,
    ProductGroup,
    Report,
    ReportLine,
    ReportStatus,
    Unit,
)
from procura.translation_admin import TranslationStatusAdmin


class ProductGroupForm(forms.ModelForm):
    units = forms.MultipleChoiceField(
        label=_("allowed units"),
        choices=Unit.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = ProductGroup
        fields = ["slug", "name", "units", "order"]


@admin.register(ProductGroup)
class ProductGroupAdmin(TranslationStatusAdmin, TabbedTranslationAdmin):
    form = ProductGroupForm
    list_display = ["name", "slug", "order", "languages"]
    status_fields = ["name"]
    prepopulated_fields = {"slug": ["name_en"]}
    search_fields = ["name_en", "name_ko", "name_ja", "name_zh_hans", "slug"]


@admin.register(EmissionFactor)
class EmissionFactorAdmin(admin.ModelAdmin):
    list_display = [
        "product_group",
        "country",
        "year",
        "unit",
        "co2e_per_unit",
        "energy_per_unit",
        "source",
        "source_year",
    ]
    list_filter = ["country", "product_group", "year"]
    list_select_related = ["product_group"]


@admin.register(ExchangeRate)
class ExchangeRateAdmin(admin.ModelAdmin):
    list_display = ["currency", "year", "rate_to_usd", "source"]
    list_filter = ["currency"]


class LineInline(admin.TabularInline):
    model = ReportLine
    fields = [
        "product_group",
        "method",
        "tender",
        "green_spend",
        "total_spend",
        "unit",
        "green_units",
        "total_units",
        "baseline_co2e",
        "awarded_co2e",
        "co2e_avoided",
        "energy_saved",
        "factor",
    ]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("product_group", "factor")

    def has_add_permission(self, request, obj=None):
        return False


class ReviewForm(forms.ModelForm):
    """The reviewer's comment, which returning requires: the officials must learn why."""

    returning = False

    def clean_comment(self):
        comment = self.cleaned_data["comment"].strip()
        if self.returning and not comment:
            raise forms.ValidationError(services.RETURN_NEEDS_A_COMMENT, code="required")
        return comment


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    """Staff review the reports officials submit: validate locks and publishes a version,
    return sends it back with a comment as a new draft."""

    form = ReviewForm
    list_display = ["government", "year", "number", "status", "published", "submitted", "reviewed"]
    list_filter = ["status", "published", "year", "government__country"]
    list_select_related = ["government"]
    search_fields = ["government__name_en", "government__slug"]
    fields = [
        "government",
        "year",
        "number",
        "status",
        "published",
        "currency",
        "submitted_by",
        "submitted",
        "reviewer",
        "reviewed",
        "evidence_links",
        "totals_table",
        "comment",
    ]
    readonly_fields = [name for name in fields if name != "comment"]
    inlines = [LineInline]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        may_review = request.user.has_perm("impact.review_report")
        return may_review and (obj is None or obj.status == ReportStatus.SUBMITTED)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return type(form.__name__, (form,), {"returning": "_return" in request.POST})

    @admin.display(description=_("evidence"))
    def evidence_links(self, report):
        items = Evidence.objects.filter(report=report)
        return format_html_join(
            ", ",
            '<a href="{}">{}</a>',
            (
                (reverse("impact:evidence", args=[report.government.slug, item.pk]), item.name)
                for item in items
            ),
        ) or format_html("{}", "–")

    @admin.display(description=_("totals"))
    def totals_table(self, report):
        """This version's sums beside those of the version the public figures count now."""
        published = (
            Report.objects.filter(government=report.government_id, year=report.year, published=True)
            .exclude(pk=report.pk)
            .first()
        )
        mine = services.totals(list(report.lines.all()))
        theirs = services.totals(list(published.lines.all())) if published else {}
        labels = [
            ("green_spend", _("Green spend")),
            ("total_spend", _("Total spend")),
            ("co2e_avoided", _("CO2e avoided (t)")),
            ("energy_saved", _("Energy saved (MWh)")),
        ]
        return format_html(
            "<table><thead><tr><th></th> <th>{}</th> <th>{}</th></tr></thead><tbody>{}</tbody>"
            "</table>",
            _("This version"),
            _("Published version"),
            format_html_join(
                "",
                "<tr><th>{}</th> <td>{}</td> <td>{}</td></tr>",
                ((label, shown(mine.get(name)), shown(theirs.get(name))) for name, label in labels),
            ),
        )

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except services.Conflict:
            # Another reviewer decided between the page's reading and this one's decision;
            # nothing of this one was saved.
            self.message_user(
                request,
                _("Another reviewer has decided this report meanwhile: it is as they left it."),
                messages.ERROR,
            )
            return HttpResponseRedirect(request.path)

    def save_model(self, request, report, form, change):
        comment = form.cleaned_data["comment"]
        if "_validate" in request.POST:
            services.validate(report, request.user, comment)
        elif "_return" in request.POST:
            services.return_report(report, request.user, comment)

    def response_change(self, request, report):
        report.refresh_from_db()
        if report.status == ReportStatus.SUBMITTED:
            self.message_user(request, _("Choose Validate or Return."), messages.WARNING)
            return HttpResponseRedirect(request.path)
        message = {
            ReportStatus.VALIDATED: _(
                "The report of %(government)s for %(year)s is validated; its officials have "
                "been told."
            ),
            ReportStatus.RETURNED: _(
                "The report of %(government)s for %(year)s is returned; its officials have "
                "been told."
            ),
        }[report.status]
        self.message_user(request, message % {"government": report.government, "year": report.year})
        return HttpResponseRedirect(reverse("admin:impact_report_changelist"))


def shown(value) -> str:
    return "–" if value is None else f"{value:,}"


@admin.register(CommitmentTarget)
class CommitmentTargetAdmin(admin.ModelAdmin):
    list_display = ["commitment", "indicator", "product_group", "target_value"]
    list_filter = ["indicator", "product_group"]
    list_select_related = ["commitment", "product_group"]
    search_fields = ["commitment__title_en", "commitment__government__name_en"]
