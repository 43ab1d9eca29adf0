"""Staff previews of what visitors do not see yet, such as unpublished events and results
before they are announced: one rule for every public page that has such a preview."""

from allauth.account.authentication import get_authentication_records
from django.conf import settings
from django.contrib.auth import get_permission_codename
from django.db.models import Model
from django.http import HttpRequest


def second_factor_done(request: HttpRequest) -> bool:
    """Whether the signed-in user gave a second factor (a TOTP or recovery code) in this
    session, as allauth records it when they sign in or reauthenticate."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def can_preview(request: HttpRequest, model: type[Model]) -> bool:
    """Whether the request may see `model`'s content before visitors do: active staff who
    may view it in the admin, in a session that passed the second factor where staff must
    have one. A stolen password alone shows what an anonymous visitor sees."""
    user = request.user
    if not (user.is_active and user.is_staff):
        return False
    if settings.STAFF_REQUIRE_TWO_FACTOR and not second_factor_done(request):
        return False
    # As the admin's "View on site": staff who may change an object may also view it there.
    options = model._meta
    return any(
        user.has_perm(f"{options.app_label}.{get_permission_codename(action, options)}")
        for action in ("view", "change")
    )
