"""Uploaded files, recognised by their content rather than their names, and stored only with
the rows that name them."""

import zipfile
from contextlib import contextmanager
from contextvars import ContextVar
from functools import partial

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _


def check_size(upload, max_bytes: int) -> None:
    if upload.size > max_bytes:
        raise ValidationError(
            _("The file is %(size)s; it may be at most %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes)},
        )


def is_pdf(upload) -> bool:
    head = upload.read(5)
    upload.seek(0)
    return head == b"%PDF-"


def is_office_document(upload) -> bool:
    """The Office Open XML formats (.docx, .pptx, .xlsx) are zip files with a content list."""
    try:
        with zipfile.ZipFile(upload) as archive:
            return "[Content_Types].xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False
    finally:
        upload.seek(0)


# The part every file of an Office Open XML format holds, by the format's extension.
OFFICE_MAIN_PARTS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
}


def office_document_type(upload) -> str | None:
    """The extension of the Office Open XML format the upload is in (docx, xlsx or pptx), read
    from its content list and main part; None for any other file, a plain zip included."""
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        return None
    finally:
        upload.seek(0)
    if "[Content_Types].xml" not in names:
        return None
    return next((ext for ext, part in OFFICE_MAIN_PARTS.items() if part in names), None)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleUploadsMixin:
    """Makes a file field take several files at once, each checked on its own."""

    def clean(self, data, initial=None):
        uploads = data if isinstance(data, list | tuple) else [data] if data else []
        clean_one = super().clean
        return [clean_one(upload) for upload in uploads]


# The files stored within the current `removed_on_failure` block, as (storage, name).
_stored: ContextVar[list | None] = ContextVar("stored_files", default=None)


@contextmanager
def removed_on_failure():
    """Remove the files that `store` wrote within the block if the block raises.

    Storage is not transactional and Django offers no hook on rollback: wrapped around the
    outermost transaction, whose rollback only an exception leaving it brings, this undoes on
    disk what the rollback undoes in the database. A nested block joins the outermost one.
    """
    if _stored.get() is not None:
        yield
        return
    stored: list = []
    token = _stored.set(stored)
    try:
        yield
    except BaseException:
        for storage, name in stored:
            storage.delete(name)
        raise
    finally:
        _stored.reset(token)


def store(instance, files: dict[str, ContentFile]) -> None:
    """Write each file into the instance's file field of that name; the caller saves the row."""
    stored = _stored.get()
    for field, content in files.items():
        field_file = getattr(instance, field)
        field_file.save(content.name, content, save=False)
        if stored is not None:
            stored.append((field_file.storage, field_file.name))


def delete_on_commit(field_file: FieldFile) -> None:
    """Delete the file once the transaction that stops naming it commits; a rollback keeps it.
    A raw upload that a form has put on an instance names no stored file: it is never deleted."""
    if field_file and field_file._committed:
        transaction.on_commit(partial(field_file.storage.delete, field_file.name))


class RemovesFilesOnFailureAdmin:
    """An admin whose add and change pages remove the files they stored if the save fails."""

    def changeform_view(self, *args, **kwargs):
        with removed_on_failure():
            return super().changeform_view(*args, **kwargs)
