"""Whole pages for anonymous visitors, kept in the cache until their content changes.

Each page names the kinds of content it shows ("members", "events", ...). Saving
or deleting such content bumps that kind's version, and every cache key holds the
versions, so a change reaches the next visitor at once without a list of keys to
delete. A page is keyed on its path and the query parameters its view reads, never the
host: its absolute links name SITE_URL. A response marked `Cache-Control: private` (a
search, an invalid filter, a page number other than the page shown) is never kept, so junk
values cannot fill the cache either.
"""

import hashlib
import uuid
from collections.abc import Sequence
from functools import wraps
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.paginator import Page
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import QueryDict

TIMEOUT = 24 * 60 * 60


def version_key(kind: str) -> str:
    return f"content-version:{kind}"


def bump(kind: str) -> None:
    """Mark every cached page that shows `kind` as stale."""
    cache.set(version_key(kind), uuid.uuid4().hex, None)


def stale_on_change(kind: str, *models) -> None:
    """Bump `kind` once a change to any of `models` is committed."""

    def receiver(sender, **kwargs):
        transaction.on_commit(lambda: bump(kind))

    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(receiver, sender=model, weak=False)


def release() -> str:
    """Changes with each release's styles and scripts, whose hashed names cached pages hold:
    a new release must not serve the previous one's pages."""
    return getattr(staticfiles_storage, "manifest_hash", "")


def page_key(kinds: tuple[str, ...], path: str) -> str:
    keys = [version_key(kind) for kind in kinds]
    versions = cache.get_many(keys)
    for key in keys:
        if key not in versions:
            versions[key] = uuid.uuid4().hex
            cache.add(key, versions[key], None)
    digest = hashlib.sha256("|".join([release(), path, *(versions[key] for key in keys)]).encode())
    return f"page:{digest.hexdigest()}"


def canonical_query(query: QueryDict, params: Sequence[str]) -> str:
    """The query string of `params` alone, by name, each with the one value a form reads (the
    last) and empty ones left out: every spelling of the same question gives the same string."""
    return urlencode([(name, query[name]) for name in sorted(params) if query.get(name)])


def shows_asked_page(page: Page, asked: str | None) -> bool:
    """Whether `page` is the page `asked` names: Paginator.get_page shows the last page for a
    number past it and the first for anything else that is not a page number."""
    return asked is None or asked == str(page.number)


def public_page(*kinds: str, params: Sequence[str] = (), timeout: int = TIMEOUT):
    """Serve the view's page from the cache to anonymous visitors, for `timeout` seconds at most.

    `params` are the query parameters the view reads; it sees no other, so that junk added
    to the address neither makes a page of its own nor shows in the cached page's links.
    The view must return a rendered response (not a TemplateResponse), marked private when
    its parameters' values make a page no other visitor is likely to ask for."""

    def decorator(view):
        @wraps(view)
        def cached_view(request, *args, **kwargs):
            query = canonical_query(request.GET, params)
            request.GET = QueryDict(query)
            request.META["QUERY_STRING"] = query
            # Signed-in people see their own links; a pending message must be shown.
            if (
                request.method != "GET"
                or request.user.is_authenticated
                or len(messages.get_messages(request))
            ):
                return view(request, *args, **kwargs)
            key = page_key(kinds, request.get_full_path())
            response = cache.get(key)
            if response is None:
                response = view(request, *args, **kwargs)
                # A page with a CSRF token is tied to one visitor's cookie.
                if (
                    response.status_code == 200
                    and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
                    and "private" not in response.get("Cache-Control", "")
                ):
                    cache.set(key, response, timeout)
            return response

        return cached_view

    return decorator
