"""nginx/portal.conf, the proxy Compose puts in front of the portal: it agrees with the
settings and with Compose, nginx accepts it, and in front of a live gunicorn it micro-caches
anonymous pages only, compresses them, serves static and public media files, and hands out
private files only through the portal's X-Accel-Redirect."""

import gzip
import http.client
import os
import re
import ssl
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage

from bench import proxy
from bench.processes import Gunicorn
from tests.test_deployment import SERVICES, image_command

ROOT = Path(settings.BASE_DIR)
CONFIG = proxy.CONFIG.read_text()
COMPOSE_FILE = "./nginx/portal.conf"


def directive(name: str, text: str = CONFIG) -> list[str]:
    """The arguments of every `name ...;` in the configuration."""
    return [match.strip() for match in re.findall(rf"^\s*{name}\s+([^;{{]*);", text, re.M)]


def block(location: str) -> str:
    """The text of `location <location> { ... }`."""
    start = CONFIG.index(f"location {location} {{")
    return CONFIG[start : CONFIG.index("}", start)]


# Agreement with the settings and Compose


def test_compose_runs_nginx_with_this_file_in_front_of_web():
    nginx = SERVICES["nginx"]

    assert f"{COMPOSE_FILE}:/etc/nginx/nginx.conf:ro" in nginx["volumes"]
    assert sorted(nginx["ports"]) == ["443:443", "80:80"]
    assert nginx["depends_on"]["web"]["condition"] == "service_healthy"
    assert nginx["healthcheck"]["test"]


def test_nginx_reaches_gunicorn_where_the_image_binds_it():
    bind = image_command()[image_command().index("--bind") + 1]

    assert directive("server") == [f"web:{bind.rsplit(':', 1)[1]}"]
    assert "ports" not in SERVICES["web"]  # only the proxy reaches it


def test_nginx_serves_the_folders_the_portal_writes():
    media = SERVICES["web"]["environment"]["MEDIA_ROOT"]
    static = "/app/" + Path(settings.BASE_DIR / "staticfiles").name  # the image's STATIC_ROOT

    assert f"alias {static}/;" in block(settings.STATIC_URL)
    assert f"alias {media}/;" in block(settings.MEDIA_URL)
    assert f"{'media'}:{media}:ro" in SERVICES["nginx"]["volumes"]


def test_private_files_only_through_the_portals_x_accel_redirect():
    private = Path(settings.SENDFILE_ROOT).relative_to(settings.MEDIA_ROOT)
    protected = block(f"{settings.SENDFILE_URL}/")

    assert "internal;" in protected
    assert f"alias {SERVICES['web']['environment']['MEDIA_ROOT']}/{private}/;" in protected
    assert "return 404;" in block(f"^~ {settings.MEDIA_URL}{private}/")


def test_the_micro_cache_keeps_pages_as_long_as_the_portal_says():
    [valid] = directive("proxy_cache_valid")
    [path] = directive("proxy_cache_path")
    inactive = re.search(r"inactive=(\d+)s", path).group(1)

    assert valid == f"200 {settings.PUBLIC_PAGE_SHARED_MAX_AGE}s"
    assert int(inactive) <= settings.PUBLIC_PAGE_SHARED_MAX_AGE


def test_the_micro_cache_is_skipped_for_the_cookies_that_make_a_page_personal():
    [pattern] = re.findall(r'"~[^"]*"', block("/") + CONFIG[CONFIG.index("map $http_cookie") :])
    names = set(re.search(r"\((\w+(?:\|\w+)*)\)=", pattern).group(1).split("|"))

    assert names == {settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name}
    assert directive("proxy_cache_bypass") == directive("proxy_no_cache") == ["$has_session"]


def test_nginx_sends_what_the_settings_trust_from_one_proxy():
    header, value = settings.SECURE_PROXY_SSL_HEADER
    name = header.removeprefix("HTTP_").replace("_", "-").title()
    headers = dict(arguments.split(None, 1) for arguments in directive("proxy_set_header"))

    assert headers[name] == "$scheme"
    assert value == "https"
    # One address appended: the client's, the one TRUSTED_PROXY_COUNT=1 takes.
    assert headers["X-Forwarded-For"] == "$proxy_add_x_forwarded_for"
    assert SERVICES["web"]["environment"]["TRUSTED_PROXY_COUNT"] == "${TRUSTED_PROXY_COUNT:-1}"


def test_nginx_accepts_the_configuration(tmp_path):
    path = proxy.write_configuration(
        tmp_path, upstream=1, http=2, https=3, static_root=tmp_path, media_root=tmp_path
    )

    result = proxy.check(path)

    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def test_the_template_step_refuses_a_file_it_no_longer_understands(monkeypatch, tmp_path):
    monkeypatch.setattr(proxy, "UPSTREAM", "server portal:9000;")

    with pytest.raises(ValueError, match="no longer says"):
        proxy.configuration(tmp_path, 1, 2, 3, tmp_path, tmp_path)


# In front of a live gunicorn


@pytest.fixture(scope="module")
def front(django_db_setup, tmp_path_factory):
    """gunicorn with the test database, nginx/portal.conf in front; files in a folder of its own."""
    folder = tmp_path_factory.mktemp("proxy")
    for name in ["static/procura", "media/private", "media/logos"]:
        (folder / name).mkdir(parents=True)
    (folder / "static/procura/site.css").write_text("body { color: #222; }\n" * 200)
    (folder / "media/logos/beijing.png").write_bytes(b"\x89PNG logo")
    (folder / "media/private/attachment.pdf").write_bytes(b"%PDF private")
    database = settings.DATABASES["default"]
    environment = {
        "DJANGO_SETTINGS_MODULE": "tests.proxy_settings",
        "DATABASE_URL": f"postgres://{quote(database['USER'])}:{quote(database['PASSWORD'])}"
        f"@{database['HOST']}:{database['PORT']}/{database['NAME']}",
        "REDIS_URL": settings.REDIS_URL,
        "MEDIA_ROOT": str(folder / "media"),
        "PATH": os.environ["PATH"],
    }
    with Gunicorn(folder / "gunicorn.log", environment, workers=2) as gunicorn:
        nginx = proxy.Nginx(folder, gunicorn.port, folder / "static", folder / "media")
        with nginx:
            yield nginx


def fetch(front, path: str, headers: dict | None = None, port: int | None = None):
    if port is None:
        context = ssl._create_unverified_context()
        connection = http.client.HTTPSConnection("127.0.0.1", front.port, context=context)
    else:
        connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


@pytest.mark.django_db
def test_anonymous_pages_come_from_the_micro_cache(front):
    first, first_body = fetch(front, "/en/about/?visit=first")
    second, second_body = fetch(front, "/en/about/?visit=first")

    assert first.status == second.status == 200
    assert first.getheader("X-Cache") in {"MISS", "EXPIRED"}
    assert second.getheader("X-Cache") == "HIT"
    assert second_body == first_body
    assert "About" in second_body.decode()
    assert second.getheader("Cache-Control").startswith("public")
    assert second.getheader("Set-Cookie") is None
    assert "max-age=31536000" in second.getheader("Strict-Transport-Security")


@pytest.mark.django_db
@pytest.mark.parametrize("cookie", ["sessionid=abc", "messages=abc", "a=1; sessionid=abc"])
def test_a_visitor_with_a_session_skips_the_micro_cache(front, cookie):
    fetch(front, "/ko/about/")

    response, body = fetch(front, "/ko/about/", {"Cookie": cookie})

    assert response.status == 200
    assert response.getheader("X-Cache") == "BYPASS"
    assert 'lang="ko"' in body.decode()


@pytest.mark.django_db
def test_a_page_with_a_form_token_is_never_kept(front):
    for _ in range(2):
        response, body = fetch(front, "/en/accounts/login/")

        assert response.status == 200
        assert response.getheader("X-Cache") == "MISS"
        assert "csrfmiddlewaretoken" in body.decode()
        assert "private" in response.getheader("Cache-Control")


@pytest.mark.django_db
@pytest.mark.parametrize("encoding", ["gzip", "br"])
def test_pages_are_compressed(front, encoding):
    response, body = fetch(front, "/en/about/", {"Accept-Encoding": encoding})

    assert response.status == 200
    assert response.getheader("Content-Encoding") == encoding
    if encoding == "gzip":
        assert "About" in gzip.decompress(body).decode()
    assert len(body) < len(fetch(front, "/en/about/")[1]) / 2


@pytest.mark.django_db
def test_static_and_public_media_files_come_from_nginx(front):
    css, css_body = fetch(front, "/static/procura/site.css")
    logo, logo_body = fetch(front, "/media/logos/beijing.png")

    assert css.status == logo.status == 200
    assert css_body.startswith(b"body { color: #222; }")
    assert logo_body == b"\x89PNG logo"
    assert logo.getheader("X-Content-Type-Options") == "nosniff"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/media/private/attachment.pdf",
        "/media//private/attachment.pdf",
        "/media/logos/../private/attachment.pdf",
        "/media/%70rivate/attachment.pdf",
        "/protected/attachment.pdf",
    ],
)
def test_private_files_are_refused_straight(front, path):
    response, body = fetch(front, path)

    assert response.status == 404
    assert b"%PDF" not in body


@pytest.mark.django_db
def test_the_portal_hands_a_private_file_through_x_accel_redirect(front):
    response, body = fetch(front, "/private-file/attachment.pdf")

    assert response.status == 200
    assert body == b"%PDF private"
    assert response.getheader("X-Accel-Redirect") is None
    assert "attachment.pdf" in response.getheader("Content-Disposition")
    assert response.getheader("X-Cache") in {None, "MISS", "BYPASS"}


def test_plain_http_goes_to_https(front):
    response, _body = fetch(front, "/en/about/", {"Host": "procura.test"}, port=front.http_port)

    assert response.status == 301
    assert response.getheader("Location") == "https://procura.test/en/about/"
