"""The public directory and profiles, the profile editor of officials, and invitations."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from members import services
from members.forms import AcceptInvitationForm, CommitmentFormSet, DirectoryFilterForm, ProfileForm
from members.models import (
    Country,
    Invitation,
    MemberGovernment,
    ProfileRevision,
    RevisionStatus,
    User,
)
from members.revisions import snapshot
from procura import sections
from procura.caching import public_page, shows_asked_page
from procura.files import serve_private
from procura.previews import can_preview

PAGE_SIZE = 24
PROPOSED = gettext_lazy(
    "Thank you. ICLEI East Asia will review your changes before they are published."
)


@public_page("members", params=["q", "country", "level", "page"])
def directory(request: HttpRequest) -> HttpResponse:
    form = DirectoryFilterForm(request.GET)
    found = form.filter(MemberGovernment.objects.listed(), by_country=False)
    counts = dict(found.order_by().values_list("country").annotate(Count("id")))
    page = Paginator(form.filter(found), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "on_map": form.filter(found).on_map(),
        "query": query.urlencode(),
        "countries": [
            (code, label, counts[code]) for code, label in Country.choices if code in counts
        ],
    }
    response = render(request, "members/directory.html", context)
    # A search's or a junk value's page is rarely asked again: it must not crowd the cache.
    if (
        "q" in request.GET
        or not form.is_valid()
        or not shows_asked_page(page, request.GET.get("page"))
    ):
        patch_cache_control(response, private=True)
    return response


@public_page("members", sections=["member"])
def profile(request: HttpRequest, slug: str) -> HttpResponse:
    government = get_object_or_404(MemberGovernment.objects.filter(published=True), slug=slug)
    official = getattr(request.user, "official", None)
    context = {
        "government": government,
        "commitments": government.commitments.all(),
        "sections": sections.for_page("member", government),
        "is_official": official is not None and official.government_id == government.pk,
    }
    return render(request, "members/profile.html", context)


def official_government_or_404(request: HttpRequest, slug: str) -> MemberGovernment:
    """The government at `slug`, if the signed-in user is one of its officials."""
    official = getattr(request.user, "official", None)
    if official is None or official.government.slug != slug:
        raise Http404
    return official.government


@login_required
@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, slug: str) -> HttpResponse:
    government = official_government_or_404(request, slug)
    revisions = government.revisions.select_related("author", "government")
    pending = revisions.pending().first()
    decided = None if pending else revisions.decided().first()
    rejected = decided if decided and decided.status == RevisionStatus.REJECTED else None
    proposal = starting_proposal(government, pending or rejected)
    data = request.POST if request.method == "POST" else None
    form = ProfileForm(data, request.FILES or None, initial=proposal["fields"], record=government)
    commitments = CommitmentFormSet(
        data, initial=proposal["commitments"], prefix="commitments", government=government
    )
    if data is not None and form.is_valid() and commitments.is_valid():
        form.propose(government, request.user, commitments)
        messages.success(request, PROPOSED)
        return redirect("members:edit", slug)
    if data is not None:
        messages.error(request, _("The changes were not saved. Please correct the errors below."))
    context = {
        "government": government,
        "form": form,
        "commitments": commitments,
        "pending": pending,
        "decided": decided,
        # The notice ends the comment with its own full stop.
        "rejection_comment": rejected.comment.strip().rstrip(".。!！") if rejected else "",
    }
    return render(request, "members/edit.html", context, status=400 if data is not None else 200)


def starting_proposal(government: MemberGovernment, revision: ProfileRevision | None) -> dict:
    """What the editor starts from: the pending or rejected proposal, to go on with or revise,
    else the published profile. A commitment deleted since counts as a new one."""
    if revision is None:
        return snapshot(government)
    known = {commitment.pk for commitment in government.commitments.all()}
    return {
        "fields": revision.proposal["fields"],
        "commitments": [
            {**commitment, "id": commitment["id"] if commitment["id"] in known else None}
            for commitment in revision.proposal["commitments"]
        ],
    }


@require_http_methods(["GET", "POST"])
def invitation(request: HttpRequest, key: str) -> HttpResponse:
    invitation = get_object_or_404(Invitation.objects.select_related("government"), key=key)
    if invitation.accepted or invitation.is_expired:
        return render(
            request, "members/invitation_unusable.html", {"invitation": invitation}, status=410
        )
    account = User.objects.filter(email__iexact=invitation.email).first()
    if account is not None:
        return join_with_account(request, invitation, account)
    form = AcceptInvitationForm(request.POST or None, email=invitation.email)
    if form.is_valid():
        user = services.create_official_account(
            invitation,
            name=form.cleaned_data["name"],
            password=form.cleaned_data["password1"],
            position=form.cleaned_data["position"],
        )
        return welcome(request, user, invitation)
    context = {"invitation": invitation, "form": form}
    return render(request, "members/invitation.html", context, status=400 if form.is_bound else 200)


def join_with_account(request: HttpRequest, invitation: Invitation, account: User) -> HttpResponse:
    """Someone who already has an account signs in as it, then accepts."""
    if request.user != account:
        return render(
            request, "members/invitation.html", {"invitation": invitation, "account": account}
        )
    context = {"invitation": invitation, "account": account}
    if request.method == "POST":
        try:
            services.accept_invitation(invitation, account)
        except ValidationError as refusal:
            context["refusal"] = refusal.messages[0]
            return render(request, "members/invitation.html", context, status=409)
        return welcome(request, account, invitation)
    return render(request, "members/invitation.html", context)


def welcome(request: HttpRequest, user: User, invitation: Invitation) -> HttpResponse:
    if request.user != user:
        login(request, user, backend="allauth.account.auth_backends.AuthenticationBackend")
    messages.success(
        request,
        _("Welcome! You are now an official of %(government)s.")
        % {"government": invitation.government},
    )
    return redirect("members:edit", invitation.government.slug)


def proposed_logo_or_404(request: HttpRequest, slug: str, pk: int) -> ProfileRevision:
    """The revision `pk` of the government at `slug` with a proposed logo, if the request may
    see it: the government's officials, and staff who may see revisions in the admin."""
    revisions = ProfileRevision.objects.exclude(logo="").select_related("government")
    if can_preview(request, ProfileRevision):
        return get_object_or_404(revisions, government__slug=slug, pk=pk)
    government = official_government_or_404(request, slug)
    return get_object_or_404(revisions, government=government, pk=pk)


@require_GET
def proposed_logo(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """A logo proposed in a revision: private until staff approve it, which publishes a copy."""
    revision = proposed_logo_or_404(request, slug, pk)
    return serve_private(request, revision.logo, f"{revision.government.slug}-proposed-logo")
