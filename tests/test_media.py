"""Media in development: the public files as nginx serves them, never the private ones."""

import importlib

import pytest
from django.urls import clear_url_caches

import procura.urls


@pytest.fixture
def development_urls(settings, tmp_path):
    """The root URLs as DEBUG builds them, with a media folder of this test's own."""
    settings.DEBUG = True
    settings.MEDIA_ROOT = tmp_path
    for name, content in [("logos/beijing.png", b"png logo"), ("private/draft.pdf", b"%PDF")]:
        (tmp_path / name).parent.mkdir(parents=True)
        (tmp_path / name).write_bytes(content)
    importlib.reload(procura.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(procura.urls)
    clear_url_caches()


def test_development_serves_public_media(development_urls, client):
    response = client.get("/media/logos/beijing.png")

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"png logo"


def test_development_never_serves_private_files_by_their_path(development_urls, client):
    assert client.get("/media/private/draft.pdf").status_code == 404
