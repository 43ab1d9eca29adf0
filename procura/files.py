"""Private files: stored under MEDIA_ROOT/private/ and answered only after a view has checked
who asks. The view's app decides who may see a file; this module hands it over.

In production the answer carries only an X-Accel-Redirect to /protected/, an internal location
of nginx that serves the private folder; in development and tests Django sends the file itself.
"""

import mimetypes
import re
from functools import partial
from pathlib import PurePosixPath

from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models.fields.files import FieldFile
from django.http import Http404, HttpRequest, HttpResponse
from django_sendfile import sendfile

PRIVATE = "private/"

# Shown in the browser; every other file is offered as a download.
INLINE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"}


def private_path(field: FieldFile) -> str:
    """The file's path within the private folder; a file stored elsewhere is not served."""
    if not field or not field.name.startswith(PRIVATE):
        raise Http404
    return field.name.removeprefix(PRIVATE)


def download_name(name: str, stored: str) -> str:
    """A name safe in a header and on the visitor's disk, with the stored file's extension."""
    stem = re.sub(r"[^\w\- ]", "", PurePosixPath(name).stem).strip()[:80] or "file"
    return stem + PurePosixPath(stored).suffix.lower()


def serve_private(request: HttpRequest, field: FieldFile, name: str) -> HttpResponse:
    """The private file of `field`, offered as `name`, to a request already allowed to see it."""
    path = private_path(field)
    mimetype = mimetypes.guess_type(path)[0] or "application/octet-stream"
    response = sendfile(
        request,
        path,
        attachment=mimetype not in INLINE_TYPES,
        attachment_filename=download_name(name, path),
        mimetype=mimetype,
    )
    response["X-Content-Type-Options"] = "nosniff"
    # Only the browser of the person allowed may keep it, never a shared cache.
    response["Cache-Control"] = "private, max-age=3600"
    return response


def move_into_private(model, field: str) -> int:
    """Move the files of `model.field` that are stored outside the private folder into it,
    under the same name, and point the rows at them. The old files go once the migration that
    runs this commits; a file already missing is only renamed in its row, so it stays private."""
    moved = 0
    rows = model.objects.exclude(**{field: ""}).exclude(**{f"{field}__startswith": PRIVATE})
    for pk, old in rows.values_list("pk", field).iterator():
        new = PRIVATE + old
        if default_storage.exists(old):
            with default_storage.open(old) as content:
                new = default_storage.save(new, content)
            transaction.on_commit(partial(default_storage.delete, old))
        model.objects.filter(pk=pk).update(**{field: new})
        moved += 1
    return moved
