"""The portal's URLs and one that hands a private file to nginx, as the portal's own file
views do once they have checked who asks."""

from django.urls import path
from django_sendfile import sendfile

from procura.urls import urlpatterns as portal_urlpatterns


def private_file(request, name):
    response = sendfile(request, name, attachment=True, attachment_filename=name)
    response["Cache-Control"] = "private"
    return response


urlpatterns = [path("private-file/<str:name>", private_file), *portal_urlpatterns]
