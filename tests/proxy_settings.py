"""The test settings as production serves private files: through nginx's X-Accel-Redirect,
with a URL that hands one over (tests.proxy_urls), for the tests of nginx in front."""

from procura.settings.test import *  # noqa: F403

ROOT_URLCONF = "tests.proxy_urls"
SENDFILE_BACKEND = "django_sendfile.backends.nginx"
