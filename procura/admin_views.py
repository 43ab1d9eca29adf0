"""The admin's own pages beside an object's change form (a mailing's preview, an
edition's ranking) find their object one way."""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Model
from django.http import Http404


def admin_object_or_404(
    model_admin: admin.ModelAdmin, request, object_id: str, allowed: bool
) -> Model:
    """The object the URL names, for staff whom the permission `allowed` lets in.

    The permission comes first, so that staff without it get the same 403 whether the
    object exists or not; an id that is malformed or names nothing is a 404.
    """
    if not allowed:
        raise PermissionDenied
    found = model_admin.get_object(request, unquote(object_id))
    if found is None:
        raise Http404
    return found
