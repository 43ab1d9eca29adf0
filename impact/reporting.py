"""The reporting page of a government's year: the draft's form, or the report as submitted
or validated, and what saving and submitting do."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy

from impact import services
from impact.forms import LINE_FIELDS, LineFormSet, ReportForm, evidence_content
from impact.models import ProductGroup, Report
from members.models import MemberGovernment
from procura.uploads import removed_on_failure

CONFLICT = gettext_lazy(
    "Someone else saved this report while you were editing it, and nothing of yours was "
    "saved. Their version is shown below the form; your values are still in the form. "
    "Compare them, then save again to keep yours."
)
MOVED_ON = gettext_lazy(
    "This report was submitted or reviewed while you were editing it, and nothing of yours "
    "was saved. It is shown below as it is now."
)
NOT_SAVED = gettext_lazy("The report was not saved. Please correct the errors below.")
SAVED = gettext_lazy("The draft is saved.")
SUBMITTED = gettext_lazy(
    "Thank you. The report is submitted: ICLEI East Asia will validate it or return it to "
    "you with a comment."
)


def initial_lines(report: Report | None) -> list[dict]:
    if report is None:
        return []
    return [
        {
            name: getattr(line, f"{name}_id" if name == "product_group" else name)
            for name in LINE_FIELDS
        }
        for line in report.lines.all()
    ]


def report_page(request: HttpRequest, government: MemberGovernment, year: int) -> HttpResponse:
    report = services.current_report(government, year)
    data = request.POST if request.method == "POST" else None
    form = ReportForm(
        data,
        request.FILES or None,
        initial={
            "currency": report.currency if report else default_currency(government),
            "edits": report.edits if report else None,
        },
    )
    groups = list(ProductGroup.objects.all())
    lines = LineFormSet(data, initial=initial_lines(report), prefix="lines", groups=groups)
    editable = report is None or report.is_editable
    theirs, status = None, 200
    if data is not None and not editable:
        messages.error(request, MOVED_ON)
        status = 409
    elif data is not None and form.is_valid() and lines.is_valid():
        try:
            return save(request, government, year, form, lines)
        except services.Conflict as conflict:
            theirs, report, status = conflict.report, conflict.report, 409
            editable = theirs.is_editable
            messages.error(request, CONFLICT if editable else MOVED_ON)
            # Saving again keeps the values in the form, knowing theirs.
            form.data = form.data.copy()
            form.data["edits"] = theirs.edits
        except ValidationError as refusal:
            form.add_error(None, refusal)
            status = 400
    elif data is not None:
        messages.error(request, NOT_SAVED)
        status = 400
    shown = (
        list(report.lines.select_related("product_group", "factor")) if report and report.pk else []
    )
    context = {
        "government": government,
        "year": year,
        "report": report,
        "form": form,
        "lines": lines,
        "editable": editable,
        "theirs": theirs,
        "shown": shown,
        "totals": services.totals(shown),
        "evidence": list(report.evidence.all()) if report and report.pk else [],
        "versions": list(government.impact_reports.filter(year=year).order_by("-number")),
    }
    return render(request, "impact/report.html", context, status=status)


def default_currency(government: MemberGovernment) -> str:
    return {"CN": "CNY", "KR": "KRW", "JP": "JPY", "MN": "MNT"}.get(government.country, "USD")


def save(request, government, year, form, lines) -> HttpResponse:
    uploads = [evidence_content(upload) for upload in form.cleaned_data["evidence"]]
    submitting = "_submit" in request.POST
    with removed_on_failure(), transaction.atomic():
        report = services.save_draft(
            government,
            year,
            request.user,
            edits=form.cleaned_data["edits"],
            currency=form.cleaned_data["currency"],
            lines=lines.lines(),
            evidence=uploads,
        )
        if submitting:
            services.submit(report, request.user, report.edits)
    messages.success(request, SUBMITTED if submitting else SAVED)
    return redirect("impact:report", government.slug, year)
