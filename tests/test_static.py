"""Static files in production: hashed names, compressed copies, served by WhiteNoise."""

import pytest
from django.core.management import call_command


@pytest.fixture
def collected(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    return settings.STATIC_ROOT


def test_collectstatic_writes_hashed_and_compressed_files(collected):
    stylesheets = sorted(path.name for path in (collected / "procura").glob("site.*.css*"))

    assert len(stylesheets) == 3  # site.<hash>.css, .css.gz and .css.br
    assert {name.rsplit(".css", 1)[1] for name in stylesheets} == {"", ".gz", ".br"}
    assert (collected / "vendor/jquery-ui/jquery-ui.min.js").exists()
    assert (collected / "staticfiles.json").exists()
