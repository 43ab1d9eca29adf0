"""A URLconf with a view that fails, for the 500 page."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from procura.urls import urlpatterns as portal_urlpatterns


def broken(request):
    raise RuntimeError("The page is broken on purpose.")


urlpatterns = [*portal_urlpatterns, *i18n_patterns(path("broken/", broken))]
