"""Settings for the test suite: the real services, with a few speed-ups."""

import os

os.environ.setdefault("SECRET_KEY", "test-secret-key-" + "x" * 40)
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("SITE_URL", "http://testserver")
os.environ.setdefault("DEFAULT_FROM_EMAIL", "Procura+ East Asia <noreply@procura.test>")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
# The local services, unless told otherwise.
os.environ.setdefault("DATABASE_URL", "postgres://root@127.0.0.1:5432/procura")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/14")
os.environ.setdefault("EMAIL_URL", "consolemail://")

from procura.settings.base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Hashed names need collectstatic; one test checks the production storage.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Static files come straight from the apps, as with runserver; the live
# server of the browser tests needs them too.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
# Private files come from Django itself: there is no nginx in front of the test server.
SENDFILE_BACKEND = "django_sendfile.backends.development"
# The demo content and generate_data, whatever DEBUG says (the base adds them with DEBUG=true).
if "demo" not in INSTALLED_APPS:  # noqa: F405
    INSTALLED_APPS.append("demo")  # noqa: F405
