"""The search page: what a visitor typed in the header's box, found in every language."""

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from search import text
from search.results import find


def search(request: HttpRequest) -> HttpResponse:
    typed = request.GET.get("q", "")
    found = find(typed, get_language(), request.GET.get("kind", ""), request.GET.get("page"))
    context = {
        "search": found,
        "typed": found.query.text,
        "max_length": text.MAX_QUERY,
        "query": urlencode({"q": found.query.text, "kind": found.kind}),
    }
    response = render(request, "search/results.html", context)
    # Every visitor asks their own question: no answer is kept for the next.
    patch_cache_control(response, private=True)
    return response
