"""The public results, the open data and the reporting pages of officials."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from impact import opendata, reporting
from impact.figures import network
from impact.forms import StartForm, TargetForm
from impact.models import (
    EmissionFactor,
    Evidence,
    ExchangeRate,
    Indicator,
    ProductGroup,
    Report,
    ReportStatus,
)
from impact.pages import network_charts
from impact.services import Conflict, current_report, reopen, set_targets
from members.views import official_government_or_404
from procura.caching import public_page
from procura.files import serve_private
from procura.previews import can_preview


@public_page("impact")
def index(request: HttpRequest) -> HttpResponse:
    figures = network()
    context = {
        **figures,
        "charts": network_charts(figures),
        "rates": ExchangeRate.objects.all(),
    }
    return render(request, "impact/index.html", context)


@public_page("impact")
def methodology(request: HttpRequest) -> HttpResponse:
    context = {
        "groups": ProductGroup.objects.all(),
        "factors": EmissionFactor.objects.select_related("product_group").order_by(
            "product_group__order", "product_group__slug", "country", "year"
        ),
        "rates": ExchangeRate.objects.all(),
    }
    return render(request, "impact/methodology.html", context)


@public_page("impact")
def data_csv(request: HttpRequest) -> HttpResponse:
    return opendata.csv_response()


@public_page("impact")
def data_json(request: HttpRequest) -> HttpResponse:
    return opendata.json_response()


@login_required
@require_http_methods(["GET", "POST"])
def reports(request: HttpRequest, slug: str) -> HttpResponse:
    """The government's reports, year by year, and the form that starts another year's."""
    government = official_government_or_404(request, slug)
    form = StartForm(request.POST or None)
    if form.is_valid():
        return redirect("impact:report", slug, form.cleaned_data["year"])
    versions = government.impact_reports.order_by("-year", "-number")
    latest = {}
    for report in versions:
        latest.setdefault(report.year, report)
    context = {"government": government, "form": form, "reports": list(latest.values())}
    return render(request, "impact/reports.html", context, status=400 if form.is_bound else 200)


@login_required
@require_http_methods(["GET", "POST"])
def report(request: HttpRequest, slug: str, year: int) -> HttpResponse:
    government = official_government_or_404(request, slug)
    if not 2000 <= year <= timezone.localdate().year:
        raise Http404
    return reporting.report_page(request, government, year)


@login_required
@require_POST
def correct(request: HttpRequest, slug: str, year: int) -> HttpResponse:
    """Open a new draft from the validated report, to correct it."""
    government = official_government_or_404(request, slug)
    if not government.impact_reports.filter(year=year, status=ReportStatus.VALIDATED).exists():
        raise Http404
    try:
        # A correction opened meanwhile (or by a second press) makes this a Conflict.
        reopen(current_report(government, year), request.user)
    except Conflict:
        messages.error(request, _("Someone else has already opened a correction of this report."))
    else:
        messages.success(
            request,
            _(
                "A new version is open for your corrections. The validated one stays public "
                "until ICLEI East Asia validates the new one."
            ),
        )
    return redirect("impact:report", slug, year)


@require_GET
def evidence(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """A report's evidence: for the government's officials and staff who may see reports."""
    items = Evidence.objects.select_related("report__government")
    if can_preview(request, Report):
        item = get_object_or_404(items, report__government__slug=slug, pk=pk)
    else:
        government = official_government_or_404(request, slug)
        item = get_object_or_404(items, report__government=government, pk=pk)
    return serve_private(request, item.file, item.name)


@login_required
@require_http_methods(["GET", "POST"])
def targets(request: HttpRequest, slug: str) -> HttpResponse:
    """How each of the government's commitments is measured by its reports."""
    government = official_government_or_404(request, slug)
    commitments = list(government.commitments.select_related("measure"))
    data = request.POST if request.method == "POST" else None
    forms = [
        TargetForm(
            data,
            prefix=f"c{commitment.pk}",
            commitment=commitment,
            indicators=Indicator.choices,
            initial=target_initial(commitment),
        )
        for commitment in commitments
    ]
    if data is not None and all(form.is_valid() for form in forms):
        set_targets({form.commitment: form.cleaned_data for form in forms})
        messages.success(request, _("The measured targets are saved."))
        return redirect("impact:targets", slug)
    if data is not None:
        messages.error(request, _("The targets were not saved. Please correct the errors below."))
    context = {"government": government, "forms": forms}
    return render(request, "impact/targets.html", context, status=400 if data else 200)


def target_initial(commitment) -> dict:
    measure = getattr(commitment, "measure", None)
    if measure is None:
        return {"target_value": commitment.target_value}
    return {
        "indicator": measure.indicator,
        "product_group": measure.product_group_id,
        "target_value": measure.target_value,
    }
