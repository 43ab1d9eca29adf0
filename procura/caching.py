"""Whole pages for anonymous visitors, kept in the cache until their content changes.

Each page names the kinds of content it shows ("members", "events", ...). Saving or deleting
such content bumps that kind's version; a cached page keeps the versions it was rendered with
and is served only while they are current, so a change reaches the next visitor at once
without a list of keys to delete. One read (MGET) fetches a page and every version.

A page is keyed on its path and the query parameters its view reads, never the host: its
absolute links name SITE_URL. The cache holds the response as the whole middleware stack
left it, headers included, so that PageCacheMiddleware can answer a visitor without a
session before the stack runs, with the same headers. A response marked
`Cache-Control: private` (a search, an invalid filter, a page number other than the page
shown) or setting a cookie (a form's CSRF token) is never kept, so junk values cannot fill
the cache either. Kept pages say `Cache-Control: public` with a short shared lifetime, which
the proxy in front uses to micro-cache them. Each process keeps the pages it served lately
for a second (PUBLIC_PAGE_LOCAL_SECONDS), so that a busy page costs no round trip at all.

A page that misses (its time is up, or a kind it shows changed) may still find the parts of
it that did not change: a fragment (the `fragment` tag of procura's template tags) is kept
per language under the versions of the kinds it shows alone, read from the same MGET.
"""

import hashlib
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache as cache_per_process
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.paginator import Page
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils.cache import patch_cache_control
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from procura import sections as page_sections

TIMEOUT = 24 * 60 * 60
# Changes with the shape of what the cache holds, so that a release whose code reads
# another shape never meets the previous one's entries.
FORMAT = 2
# Every kind of content a page may show: a lookup reads all their versions at once.
KINDS: set[str] = set()
# Pages this process read lately, by key: (monotonic time they expire, page). A busy page
# costs no round trip to Redis; another process's change shows here PUBLIC_PAGE_LOCAL_SECONDS
# later at most, this process's own at once. Emptied when it holds LOCAL_LIMIT pages.
local_pages: dict[str, tuple[float, "CachedPage"]] = {}
LOCAL_LIMIT = 256


@dataclass(frozen=True)
class CachedPage:
    """A page as the middleware stack answered it, and the content versions it shows.

    `headers` are kept as Django's ResponseHeaders holds them ({lower-case name: (name,
    value)}), to be put back whole: setting a dozen headers one by one, each checked and
    encoded again, would cost an early answer a good part of its time."""

    versions: dict[str, str]
    headers: dict[str, tuple[str, str]]
    content: bytes

    def response(self) -> HttpResponse:
        response = HttpResponse(self.content)
        response.headers._store = dict(self.headers)
        return response


@dataclass(frozen=True)
class PendingPage:
    """What public_page leaves on the request for the middleware to keep its final response."""

    key: str
    versions: dict[str, str]
    timeout: int


def version_key(kind: str) -> str:
    return f"content-version:{kind}"


def bump(kind: str) -> None:
    """Mark every cached page that shows `kind` as stale."""
    cache.set(version_key(kind), uuid.uuid4().hex, None)
    local_pages.clear()


def clear() -> None:
    """Forget every cached page, in the cache and in this process."""
    cache.clear()
    local_pages.clear()


def forget_page(path: str, secure: bool = False) -> None:
    """Forget the page at `path`, not the fragments it is made of."""
    cache.delete(page_key(path, secure))
    local_pages.clear()


def stale_on_change(kind: str, *models) -> None:
    """Bump `kind` once a change to any of `models` is committed."""
    KINDS.add(kind)

    def receiver(sender, **kwargs):
        transaction.on_commit(lambda: bump(kind))

    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(receiver, sender=model, weak=False)


@cache_per_process
def release() -> str:
    """Changes with each release's styles and scripts, whose hashed names cached pages hold:
    a new release must not serve the previous one's pages. A process serves one release:
    asked once, as every request's key needs it."""
    return getattr(staticfiles_storage, "manifest_hash", "")


def page_key(path: str, secure: bool = False) -> str:
    """The key of the page at `path`, asked over HTTPS or not: the security middleware's
    answer to HTTPS holds Strict-Transport-Security."""
    digest = hashlib.sha256(f"{FORMAT}|{release()}|{secure:d}|{path}".encode())
    return f"page:{digest.hexdigest()}"


def lookup(key: str) -> tuple[CachedPage | None, dict[str, str]]:
    """The page cached at `key` if its content is current, and every kind's current
    version (None for one the cache has lost), in one round trip."""
    kinds = sorted(KINDS)
    found = cache.get_many([key, *(version_key(kind) for kind in kinds)])
    versions = {kind: found.get(version_key(kind)) for kind in kinds}
    page = found.get(key)
    if page is not None and all(versions.get(k) == v for k, v in page.versions.items()):
        return page, versions
    return None, versions


def recent(key: str) -> CachedPage | None:
    """The page cached at `key`, from this process if it read it lately, else as lookup()
    finds it (and then kept here briefly)."""
    now = time.monotonic()
    held = local_pages.get(key)
    if held is not None and held[0] > now:
        return held[1]
    page, _versions = lookup(key)
    if page is not None and settings.PUBLIC_PAGE_LOCAL_SECONDS:
        if len(local_pages) >= LOCAL_LIMIT:
            local_pages.clear()
        local_pages[key] = (now + settings.PUBLIC_PAGE_LOCAL_SECONDS, page)
    return page


def fragment(request: HttpRequest | None, kinds: Sequence[str], name: str, render: Callable):
    """The part of a page called `name` (with its object's key), showing content of `kinds`
    alone: from the cache while those kinds are unchanged, else rendered and kept. Only on a
    public page's anonymous render, whose versions are known; a fragment must hold nothing
    of the visitor's own."""
    versions = getattr(request, "content_versions", None)
    if versions is None or any(versions.get(kind) is None for kind in kinds):
        return render()
    shown = "|".join(f"{kind}={versions[kind]}" for kind in sorted(kinds))
    digest = hashlib.sha256(f"{FORMAT}|{release()}|{get_language()}|{name}|{shown}".encode())
    key = f"fragment:{digest.hexdigest()}"
    content = cache.get(key)
    if content is None:
        content = str(render())
        cache.set(key, content, TIMEOUT)
    return mark_safe(content)


def current_versions(kinds: Sequence[str], known: dict[str, str | None]) -> dict[str, str]:
    """The versions of `kinds`, giving a kind the cache has lost (or never had) a new one."""
    versions = {}
    for kind in kinds:
        version = known.get(kind)
        if version is None:
            version = uuid.uuid4().hex
            if not cache.add(version_key(kind), version, None):
                version = cache.get(version_key(kind), version)
        versions[kind] = version
    return versions


def keep(request: HttpRequest, response: HttpResponse) -> None:
    """Keep the response to a public page, as the middleware stack left it, if nothing in it
    belongs to this visitor alone."""
    pending = getattr(request, "pending_page", None)
    if (
        pending is None
        or response.status_code != 200
        or response.streaming
        or response.cookies
        or "public" not in response.get("Cache-Control", "")
    ):
        return
    headers = dict(response.headers._store)
    cache.set(pending.key, CachedPage(pending.versions, headers, response.content), pending.timeout)


def mark_private(response: HttpResponse) -> None:
    """Signed-in pages, forms and anything not made public: for this browser alone."""
    if response.cookies and "public" in response.get("Cache-Control", ""):
        del response["Cache-Control"]
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True)


def mark_public(response: HttpResponse, timeout: int) -> None:
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PUBLIC_PAGE_MAX_AGE,
        s_maxage=min(settings.PUBLIC_PAGE_SHARED_MAX_AGE, timeout),
    )


def canonical_query(query: QueryDict, params: Sequence[str]) -> str:
    """The query string of `params` alone, by name, each with the one value a form reads (the
    last) and empty ones left out: every spelling of the same question gives the same string."""
    return urlencode([(name, query[name]) for name in sorted(params) if query.get(name)])


def shows_asked_page(page: Page, asked: str | None) -> bool:
    """Whether `page` is the page `asked` names: Paginator.get_page shows the last page for a
    number past it and the first for anything else that is not a page number."""
    return asked is None or asked == str(page.number)


def public_page(
    *kinds: str, params: Sequence[str] = (), timeout: int = TIMEOUT, sections: Sequence[str] = ()
):
    """Serve the view's page from the cache to anonymous visitors, for `timeout` seconds at most.

    The page shows content of `kinds`, and of those of the sections of `sections` (the kinds
    of page of procura.sections whose sections it shows), which the apps register once
    every app is ready.

    `params` are the query parameters the view reads; it sees no other, so that junk added
    to the address neither makes a page of its own nor shows in the cached page's links.
    The view must return a rendered response (not a TemplateResponse), marked private when
    its parameters' values make a page no other visitor is likely to ask for."""
    KINDS.update(kinds)

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
            key = page_key(request.get_full_path(), request.is_secure())
            page, known = lookup(key)
            if page is not None:
                return page.response()
            versions = current_versions([*kinds, *page_sections.kinds(*sections)], known)
            request.content_versions = known | versions  # for the page's fragments
            response = view(request, *args, **kwargs)
            # A page with a CSRF token is tied to one visitor's cookie.
            if (
                response.status_code == 200
                and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
                and "private" not in response.get("Cache-Control", "")
            ):
                mark_public(response, timeout)
                request.pending_page = PendingPage(key, versions, timeout)
            return response

        return cached_view

    return decorator
