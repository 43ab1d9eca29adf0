"""Uploaded files, recognised by their content rather than their names."""

import zipfile

from django import forms
from django.core.exceptions import ValidationError
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


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleUploadsMixin:
    """Makes a file field take several files at once, each checked on its own."""

    def clean(self, data, initial=None):
        uploads = data if isinstance(data, list | tuple) else [data] if data else []
        clean_one = super().clean
        return [clean_one(upload) for upload in uploads]
