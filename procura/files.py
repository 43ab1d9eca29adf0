"""Private files: stored under MEDIA_ROOT/private/ and answered only after a view has checked
who asks. The view's app decides who may see a file; this module hands it over.

In production the answer carries only an X-Accel-Redirect to /protected/, an internal location
of nginx that serves the private folder; in development and tests Django sends the file itself.
"""

import mimetypes
import re
import unicodedata
from functools import partial
from pathlib import PurePosixPath
from urllib.parse import quote

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


def content_disposition(disposition: str, name: str) -> str:
    """The header naming the file `name`: browsers that do not read filename* get the name's
    ASCII letters, or a plain "file" when it has none (a Chinese or Korean name)."""
    path = PurePosixPath(name)
    ascii_stem = unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore").decode()
    ascii_stem = re.sub(r"[^\w\- ]", "", ascii_stem, flags=re.ASCII).strip() or "file"
    ascii_name = ascii_stem + path.suffix
    header = f'{disposition}; filename="{ascii_name}"'
    if ascii_name != name:
        header += f"; filename*=UTF-8''{quote(name)}"
    return header


def serve_private(
    request: HttpRequest,
    field: FieldFile,
    name: str,
    *,
    mimetype: str | None = None,
    shared: bool = False,
    max_age: int = 3600,
) -> HttpResponse:
    """The private file of `field`, offered as `name`, to a request already allowed to see it.
    `mimetype` is the type the file was checked to be, if known; `shared` lets shared caches
    keep a file anyone may download."""
    path = private_path(field)
    mimetype = mimetype or mimetypes.guess_type(path)[0] or "application/octet-stream"
    response = sendfile(request, path, attachment_filename=False, mimetype=mimetype)
    disposition = "inline" if mimetype in INLINE_TYPES else "attachment"
    response["Content-Disposition"] = content_disposition(disposition, download_name(name, path))
    response["X-Content-Type-Options"] = "nosniff"
    # Unless anyone may have it, only the browser of the person allowed may keep it.
    response["Cache-Control"] = f"{'public' if shared else 'private'}, max-age={max_age}"
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
