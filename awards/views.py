"""Awards pages: the awards and their editions, case studies, applying, and the jury's scoring."""

from collections import defaultdict

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from awards import judging, services
from awards.forms import ApplicationForm, ScoreForm
from awards.models import RESULTS, Application, Attachment, AwardEdition, JuryMember, Phase
from members.models import MembershipStatus, Official
from procura import sections
from procura.caching import public_page
from procura.files import serve_private
from procura.previews import can_preview

# The call opens and closes with the clock; a cached page is at most this old.
TIMEOUT = 60
# The phases in which the jury reads the applications: not while rivals may still apply.
JURY_PHASES = [Phase.JUDGING, Phase.ANNOUNCED]
NOT_SAVED = gettext_lazy(
    "The application was not saved. Please correct the errors below; "
    "attachments must be chosen again."
)


@public_page("awards", timeout=TIMEOUT)
def index(request: HttpRequest) -> HttpResponse:
    editions = list(AwardEdition.objects.select_related("ceremony"))
    current = current_of(editions)
    context = {
        "current": current,
        "archive": [edition for edition in editions if edition != current],
        "jury_years": JuryMember.objects.filter(
            user=request.user.pk, edition__phase=Phase.JUDGING
        ).values_list("edition__year", flat=True)
        if request.user.is_authenticated
        else [],
    }
    return render(request, "awards/index.html", context)


def current_of(editions: list[AwardEdition]) -> AwardEdition | None:
    """The edition the network is working on: the open call, else the newest one not yet
    announced, else the newest one."""
    return (
        next((edition for edition in editions if edition.phase == Phase.OPEN), None)
        or next((edition for edition in editions if not edition.is_announced), None)
        or next(iter(editions), None)
    )


def results_visible(request: HttpRequest, edition: AwardEdition) -> bool:
    """Everyone sees the results once announced; staff who may preview them see them before,
    to prepare."""
    return edition.is_announced or can_preview(request, Application)


@public_page("awards", "members", timeout=TIMEOUT, sections=["award_edition"])
def edition(request: HttpRequest, year: int) -> HttpResponse:
    edition = get_object_or_404(AwardEdition.objects.select_related("ceremony"), year=year)
    shown = results_visible(request, edition)
    context = {
        "edition": edition,
        # Queried only when the page's cached fragment of them is missing.
        "categories": SimpleLazyObject(lambda: categories_with_results(edition, shown)),
        "preview": shown and not edition.is_announced,
        "sections": sections.for_page("award_edition", edition),
    }
    return render(request, "awards/edition.html", context)


def categories_with_results(edition: AwardEdition, shown: bool) -> list[tuple]:
    """Each category of the edition with its shortlisted and awarded applications, if `shown`."""
    categories = list(edition.categories.all())
    results = defaultdict(list)
    if shown:
        order = {status: index for index, status in enumerate(RESULTS)}
        found = Application.objects.filter(edition=edition, status__in=RESULTS).select_related(
            "government"
        )
        for application in sorted(found, key=lambda a: (order[a.status], a.government.name)):
            application.edition = edition  # for its address, without a query each
            results[application.category_id].append(application)
    return [(category, results[category.pk]) for category in categories]


@public_page("awards", "members")
def case_study(request: HttpRequest, year: int, slug: str) -> HttpResponse:
    applications = Application.objects.filter(status__in=RESULTS)
    if not can_preview(request, Application):
        applications = applications.in_results()
    application = get_object_or_404(
        applications.select_related("edition", "category", "government").prefetch_related(
            "attachments"
        ),
        edition__year=year,
        slug=slug,
    )
    context = {"application": application, "preview": not application.edition.is_announced}
    return render(request, "awards/case_study.html", context)


def official_or_403(request: HttpRequest) -> Official:
    official = getattr(request.user, "official", None)
    if official is None or official.government.status == MembershipStatus.FORMER:
        raise PermissionDenied(_("Only officials of member governments can apply for the awards."))
    return official


def official_application_or_404(request: HttpRequest, year: int, pk: int) -> Application:
    """The application `pk` of `year`, if it belongs to the signed-in official's government."""
    official = official_or_403(request)
    return get_object_or_404(
        Application.objects.select_related("edition", "category", "government"),
        edition__year=year,
        pk=pk,
        government=official.government_id,
    )


@login_required
@require_http_methods(["GET", "POST"])
def apply(request: HttpRequest, year: int) -> HttpResponse:
    """The government's applications of the year, and a category to start one in."""
    official = official_or_403(request)
    edition = get_object_or_404(AwardEdition, year=year)
    categories = list(edition.categories.all())
    if request.method == "POST":
        category = next((c for c in categories if str(c.pk) == request.POST.get("category")), None)
        if category is None:
            raise Http404
        if not edition.accepts_applications():
            messages.error(request, _("The call for applications is not open."))
            return redirect("awards:apply", year)
        return redirect("awards:application", year, services.start(category, official).pk)
    mine = (
        Application.objects.filter(edition=edition, government=official.government_id)
        .select_related("category", "government")
        .by_category()
    )
    context = {
        "edition": edition,
        "government": official.government,
        "categories": [(category, mine.get(category.pk)) for category in categories],
        "accepting": edition.accepts_applications(),
    }
    return render(request, "awards/apply.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def application(request: HttpRequest, year: int, pk: int) -> HttpResponse:
    """An official edits, saves and submits their government's application."""
    application = official_application_or_404(request, year, pk)
    lock = services.lock_of(application)
    form = ApplicationForm(
        request.POST or None,
        request.FILES or None,
        application=application,
        submitting="submit" in request.POST,
    )
    status = 200
    if request.method == "POST" and lock is not None:
        messages.error(request, lock.text)
        status = 403
    elif request.method == "POST":
        try:
            saved = form.is_valid() and form.save(request.user.official)
        except services.Locked as error:
            messages.error(request, error.text)
            return redirect("awards:application", year, pk)
        if saved:
            messages.success(request, thanks(form.submitting, request.user.official))
            return redirect("awards:application", year, pk)
        messages.error(request, NOT_SAVED)
        status = 400
    context = {"application": application, "form": form, "locked": lock is not None}
    return render(request, "awards/application.html", context, status=status)


def thanks(submitted: bool, official: Official) -> str:
    if submitted:
        return _(
            "Thank you: your application is submitted. We have sent a confirmation to %(email)s."
        ) % {"email": official.user.email}
    return _("Your draft is saved. You can come back to it until the deadline.")


def saved_scores(application: Application, drafting: bool) -> str:
    if drafting:
        return _(
            "Your draft scores for “%(title)s” are saved. The application counts as scored, "
            "and enters the ranking, once you have scored every criterion."
        ) % {"title": application}
    return _("Your scores for “%(title)s” are saved.") % {"title": application}


def jury_member_or_404(request: HttpRequest, year: int) -> JuryMember:
    """The signed-in user's seat on the jury of `year`, once the call has closed: while it is
    open, officials on the jury must not read their rivals' applications."""
    return get_object_or_404(
        JuryMember.objects.select_related("edition", "user__official"),
        edition__year=year,
        edition__phase__in=JURY_PHASES,
        user=request.user.pk,
    )


@login_required
def jury(request: HttpRequest, year: int) -> HttpResponse:
    """The applications a jury member scores, with what they have done so far."""
    member = jury_member_or_404(request, year)
    scored = judging.scored_by(member)
    criteria = judging.criteria_counts(member.edition)
    rows = [
        {
            "application": application,
            "recused": member.is_recused_from(application),
            "done": scored.get(application.pk, 0) >= criteria[application.category_id] > 0,
            "started": application.pk in scored,
        }
        for application in judging.applications_for(member.edition)
    ]
    return render(request, "awards/jury.html", {"member": member, "rows": rows})


@login_required
@require_http_methods(["GET", "POST"])
def score(request: HttpRequest, year: int, pk: int) -> HttpResponse:
    member = jury_member_or_404(request, year)
    application = get_object_or_404(
        judging.applications_for(member.edition).prefetch_related("attachments"), pk=pk
    )
    if member.is_recused_from(application):
        context = {"member": member, "application": application}
        return render(request, "awards/recused.html", context, status=403)
    judging_open = member.edition.phase == Phase.JUDGING
    if request.method == "POST" and not judging_open:
        raise PermissionDenied(_("The jury scores applications only while judging is under way."))
    drafting = "draft" in request.POST
    form = ScoreForm.of(member, application, request.POST or None, drafting=drafting)
    if form.is_valid():
        judging.save_scores(member, application, form.values())
        messages.success(request, saved_scores(application, drafting))
        return redirect("awards:jury", year)
    if form.is_bound:
        messages.error(
            request,
            _("The draft was not saved: give a score to each comment.")
            if drafting
            else _("The scores were not saved. Please score every criterion."),
        )
    context = {
        "member": member,
        "application": application,
        "form": form,
        "judging_open": judging_open,
    }
    return render(request, "awards/score.html", context, status=400 if form.is_bound else 200)


def attachment_or_404(request: HttpRequest, pk: int) -> Attachment:
    """The attachment `pk`, if the request may see it: anyone once its application is among
    the announced results; else the officials of the applicant government, the edition's
    jury once the application is submitted and the call closed (not a recused member), and
    staff who may preview applications. Everyone else is told it does not exist."""
    attachment = get_object_or_404(Attachment.objects.select_related("application__edition"), pk=pk)
    application = attachment.application
    if application.is_announced or can_preview(request, Application):
        return attachment
    official = getattr(request.user, "official", None)
    if official is not None and official.government_id == application.government_id:
        return attachment
    member = (
        JuryMember.objects.filter(
            edition=application.edition_id, edition__phase__in=JURY_PHASES, user=request.user.pk
        )
        .select_related("user__official")
        .first()
    )
    if member is None or application.is_draft or member.is_recused_from(application):
        raise Http404
    return attachment


@require_GET
def attachment(request: HttpRequest, pk: int) -> HttpResponse:
    """An attachment's file, handed to the web server once the request may see it."""
    attachment = attachment_or_404(request, pk)
    return serve_private(request, attachment.file, attachment.name)
