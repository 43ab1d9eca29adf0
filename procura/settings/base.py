"""Settings of the portal, read strictly from the environment.

Every variable is documented in the README. A missing or malformed value stops
start-up with ImproperlyConfigured instead of running with a silent default.
"""

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import environ
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


class StrictEnv(environ.Env):
    """django-environ, but a value it cannot parse is an error that names the variable."""

    BOOLEANS = {"true": True, "yes": True, "on": True, "1": True}
    BOOLEANS |= {"false": False, "no": False, "off": False, "0": False}

    def bool(self, var, default=environ.Env.NOTSET):
        raw = self.str(var, default=default if default is self.NOTSET else str(default))
        try:
            return self.BOOLEANS[raw.strip().lower()]
        except KeyError:
            raise ImproperlyConfigured(f"{var} must be true or false, not {raw!r}.") from None

    def get_value(self, var, cast=None, default=environ.Env.NOTSET, parse_default=False):
        try:
            return super().get_value(var, cast=cast, default=default, parse_default=parse_default)
        except ValueError as error:
            raise ImproperlyConfigured(f"{var} has an invalid value: {error}") from None


def url_setting(var: str, schemes: set[str], default=environ.Env.NOTSET) -> str:
    """Read a URL variable and refuse schemes the portal cannot use."""
    url = env.str(var, default=default)
    if url and urlsplit(url).scheme not in schemes:
        allowed = ", ".join(sorted(schemes))
        raise ImproperlyConfigured(f"{var} must be a URL with one of the schemes {allowed}.")
    return url


def redis_database(url: str, offset: int) -> str:
    """The same Redis server, another database number."""
    parts = urlsplit(url)
    number = int(parts.path.strip("/") or 0) + offset
    return urlunsplit(parts._replace(path=f"/{number}"))


env = StrictEnv()

DEBUG = env.bool("DEBUG", default=False)


def dev_default(value):
    """A default for development; in production the variable must be set."""
    return value if DEBUG else environ.Env.NOTSET


SECRET_KEY = env.str("SECRET_KEY", default=dev_default("insecure-development-key-" + "x" * 40))
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=dev_default(["localhost", "127.0.0.1", "[::1]"]))
SITE_URL = url_setting(
    "SITE_URL", {"http", "https"}, default=dev_default("http://127.0.0.1:8000")
).rstrip("/")
CSRF_TRUSTED_ORIGINS = [SITE_URL]

INSTALLED_APPS = [
    "modeltranslation",  # before the admin, so that translated fields get their tabs
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
    "procura",
    "members",
    "events",
    "awards",
    "news",
    "newsletter",
    "impact",
    "resources",
    "search",
]
if DEBUG:
    # The demo content and its commands (load_demo, generate_data): never in production.
    INSTALLED_APPS.append("demo")

MIDDLEWARE = [
    # First: a cached page for a visitor without a session is answered here, with the
    # headers the rest of the stack gave it.
    "procura.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "procura.middleware.StaffTwoFactorMiddleware",
]

ROOT_URLCONF = "procura.urls"
WSGI_APPLICATION = "procura.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Data

DATABASE_URL = url_setting("DATABASE_URL", {"postgres", "postgresql"}, default=dev_default(""))
if DATABASE_URL:
    DATABASES = {"default": env.db_url_config(DATABASE_URL)}
else:
    # Development: an embedded PostgreSQL server in the project folder, started when it is
    # not running. Imported here only, since production installs no dev dependency.
    from procura.devdatabase import database_settings

    DEV_DATABASE_DIR = env.path("DEV_DATABASE_DIR", default=BASE_DIR / ".postgres")
    DATABASES = {"default": database_settings(Path(DEV_DATABASE_DIR))}
# A pool per process, opened after gunicorn or Celery has forked.
DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
    "min_size": 1,
    "max_size": 8,
    "timeout": 10,
}
# The pool tests a connection before lending it, so that after a database restart
# no request gets a dead one.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = url_setting("REDIS_URL", {"redis", "rediss"}, default=dev_default(""))
# The cache's own Redis, whose memory limit may evict cached pages but never a queued task.
# Without it, the database after the broker's on the same server, so that clearing the
# cache (FLUSHDB) can never drop queued tasks.
CACHE_URL = url_setting(
    "CACHE_URL", {"redis", "rediss"}, default=redis_database(REDIS_URL, 1) if REDIS_URL else ""
)
if CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": "procura",
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
                # A cache outage slows pages down; it must never break them.
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Anonymous public pages say `Cache-Control: public, max-age=0, s-maxage=10`: browsers ask
# again each time (a visitor who signs in must not see the page they had before), the proxy
# in front keeps them this long at most (nginx/portal.conf micro-caches them), and that is
# how long a change may take to show there.
PUBLIC_PAGE_MAX_AGE = 0
PUBLIC_PAGE_SHARED_MAX_AGE = 10
# A gunicorn worker serves a page it read from the cache this long without asking again: a
# change made through another worker reaches its visitors that much later.
PUBLIC_PAGE_LOCAL_SECONDS = 1

MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "/media/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATIC_URL = "/static/"
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "procura.staticfiles.JQueryUIFinder",
]
# Files not everyone may see (attachments of applications, proposed logos) live under
# MEDIA_ROOT/private/: a view checks who asks and hands the file to nginx, whose internal
# /protected/ location serves that folder and whose /media/ refuses it.
SENDFILE_ROOT = Path(MEDIA_ROOT) / "private"
SENDFILE_URL = "/protected"
SENDFILE_BACKEND = (
    "django_sendfile.backends.development" if DEBUG else "django_sendfile.backends.nginx"
)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Languages

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ko", "한국어"),
    ("ja", "日本語"),
    ("zh-hans", "简体中文"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["procura.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Seoul"  # ICLEI East Asia's secretariat

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_REQUIRED_LANGUAGES = ("en",)
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# The tabbed admin would load jQuery UI from a CDN (see procura/staticfiles.py).
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

# Accounts

AUTH_USER_MODEL = "members.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ["email", "name"]},
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_ADAPTER = "members.accounts.AccountAdapter"
ACCOUNT_LOGOUT_REDIRECT_URL = "home"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Procura+ East Asia] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = urlsplit(SITE_URL).scheme
# allauth keeps its own limits beside these, which events/views.py spends.
ACCOUNT_RATE_LIMITS = {
    # Registrations for events that mail an address not yet confirmed, per client address
    # across events (an office registering its colleagues); this bounds the mail to strangers.
    "register_for_event": "10/h/ip",
    # Places held for such registrants, per client address and per event: past these, a
    # registration waits for its confirmation without holding a place, so that made-up
    # addresses cannot fill an event, and nobody is refused for someone else's flood.
    "hold_event_place": "3/2h/ip,30/h/key",
    # Each subscription to the newsletter mails a confirmation to the address typed in: per
    # client address, and per address so that nobody floods one mailbox from many networks.
    "subscribe_to_newsletter": "10/h/ip,3/h/key",
    # Messages to the secretariat through the contact page, per client address.
    "contact_secretariat": "5/h/ip",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Procura+ East Asia"
MFA_TOTP_TOLERANCE = 1  # one 30-second step either way, for phones whose clock drifts
# Staff must protect the admin with a TOTP code; the demo staff account of a
# development machine may go without.
STAFF_REQUIRE_TWO_FACTOR = env.bool("STAFF_REQUIRE_TWO_FACTOR", default=not DEBUG)
# Per-IP rate limits count the client, not the proxy: the client's address is the entry of
# X-Forwarded-For this many from the end, each of our proxies having appended one. Compose
# puts one proxy in front of gunicorn; runserver has none, and trusting the header there
# would let any client pick its address.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0 if DEBUG else 1)
if ALLAUTH_TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured("TRUSTED_PROXY_COUNT must be 0 or more.")

# Mail: every message is written to the outbox (procura.mail) in the transaction of the
# change it is about; a Celery worker hands it to the backend that EMAIL_URL names.

EMAIL_BACKEND = "procura.mail.TaskEmailBackend"
EMAIL_URL = url_setting(
    "EMAIL_URL", set(environ.Env.EMAIL_SCHEMES), default=dev_default("consolemail://")
)
_email = env.email_url_config(EMAIL_URL)
EMAIL_DELIVERY_BACKEND = _email.pop("EMAIL_BACKEND")
globals().update(_email)
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default=dev_default("Procura+ East Asia <noreply@localhost>")
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where the contact page's messages go: ICLEI East Asia's secretariat.
SECRETARIAT_EMAIL = env.str("SECRETARIAT_EMAIL", default="iclei-eastasia@iclei.org")

# Celery

CELERY_BROKER_URL = REDIS_URL or "memory://"
# Without Redis (the quickstart) tasks run in-process, at once.
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_TIME_LIMIT = 5 * 60
CELERY_TASK_SOFT_TIME_LIMIT = 4 * 60
# A task whose worker died is delivered again: tasks must be idempotent, or
# (like a single mail) accept that the one in flight may run twice.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A request that hands a mail to a broker that is down must not wait: one quick retry
# (a connection Redis dropped when it restarted), connections that give up after two
# seconds; the mail waits in the outbox for beat's next round.
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0.1,
    "interval_step": 0.2,
    "interval_max": 0.2,
}
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": 60 * 60,
    "socket_connect_timeout": 2,
    "socket_timeout": 10,
}
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    # Mail written while Redis was down, or whose task was lost.
    "resume-outgoing-mail": {"task": "procura.tasks.resume_outgoing_mail", "schedule": 60.0},
    "forget-sent-mail": {
        "task": "procura.tasks.forget_sent_mail",
        "schedule": crontab(hour=3, minute=45),
    },
    "clear-expired-sessions": {
        "task": "procura.tasks.clear_expired_sessions",
        "schedule": crontab(hour=3, minute=30),
    },
    # Mailings that are due, or whose tasks were lost (Redis restarted, a worker died).
    "resume-mailings": {"task": "events.tasks.resume_mailings", "schedule": 60.0},
    "send-reminders": {"task": "events.tasks.send_reminders", "schedule": 15 * 60.0},
    # Places held for registrants who did not confirm their address in time.
    "release-lapsed-holds": {"task": "events.tasks.release_lapsed_holds", "schedule": 5 * 60.0},
    # Articles whose publication time has come, with nobody saving them: stale pages.
    "show-scheduled-articles": {"task": "news.tasks.show_scheduled_articles", "schedule": 60.0},
}
# A pending mail or delivery enqueued longer ago than this is enqueued again by beat.
MAILING_STALE_SECONDS = env.int("MAILING_STALE_SECONDS", default=10 * 60)

# Security

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain HTTP
SECURE_HSTS_SECONDS = 0 if DEBUG else 365 * 24 * 3600
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],  # data: for the TOTP QR code
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}
