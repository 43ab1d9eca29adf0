"""The portal's URLs, plus /media/ as the proxy in front of the portal serves it."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from procura.urls import urlpatterns


def media(request, path):
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [*urlpatterns, re_path(r"^media/(?P<path>.+)$", media)]
