"""jQuery UI for the admin's language tabs, served from our own static files.

modeltranslation's tabbed admin loads jQuery UI from a CDN by default; CDNs are
blocked for many of our users. The script comes from the pinned xstatic package
instead. Only that one file: the package's theme CSS has references that break
the hashing of collectstatic.
"""

import posixpath

import xstatic.pkg.jquery_ui
from django.conf import settings
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage

SCRIPT = "jquery-ui.min.js"


class JQueryUIFinder(BaseFinder):
    """Finds settings.JQUERY_UI_URL (the path modeltranslation asks for) in the package."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.storage = FileSystemStorage(location=xstatic.pkg.jquery_ui.BASE_DIR)
        self.storage.prefix = posixpath.dirname(settings.JQUERY_UI_URL)

    def find(self, path, find_all=False, **kwargs):
        if path == settings.JQUERY_UI_URL:
            match = self.storage.path(SCRIPT)
            return [match] if find_all else match
        return [] if find_all else None

    def list(self, ignore_patterns):
        yield SCRIPT, self.storage
