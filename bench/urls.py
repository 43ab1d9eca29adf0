"""The portal's URLs and a bare view, the reference the pages are measured against: the
same gunicorn, settings, middleware and workers serve both."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from procura.urls import urlpatterns as portal

BODY = b"<!DOCTYPE html><html lang=en><title>Bare</title><p>A fixed response.</p></html>\n"


def bare(request: HttpRequest) -> HttpResponse:
    return HttpResponse(BODY, content_type="text/html; charset=utf-8")


urlpatterns = [path("bare/", bare, name="bare"), *portal]
