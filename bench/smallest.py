"""The smallest Django application, the benchmarks' reference: no app, no middleware, no
database, one view that answers a fixed 20 KB page. gunicorn serves it as it serves the
portal (`gunicorn bench.smallest --config procura/gunicorn.conf.py`), so that the portal's
figures read as a share of what Django itself can do on the machine."""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpRequest, HttpResponse
from django.urls import path

PARAGRAPH = b"<p>Green public procurement in East Asia: a fixed paragraph of the reference.</p>\n"
BODY = b"<!DOCTYPE html><html lang=en><title>Reference</title>\n" + PARAGRAPH * (
    20 * 1024 // len(PARAGRAPH)
)

settings.configure(
    DEBUG=False,
    SECRET_KEY="the-reference-signs-nothing",
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
    USE_I18N=False,
)


def page(request: HttpRequest) -> HttpResponse:
    return HttpResponse(BODY, content_type="text/html; charset=utf-8")


urlpatterns = [path("", page)]
application = get_wsgi_application()
