"""Uploaded images: checked for real content, size and pixel count, then re-encoded.

Pillow reads only the header to learn an image's size, so a decompression bomb is refused
before a single pixel is decoded, and so are the images of one request that together have
more pixels than a worker decodes within its time budget. An image within the limits is
then decoded once, to re-encode it, so that a damaged file is refused too. Re-encoding drops
whatever else the file carried (metadata, trailing data) and gives the sizes the pages show,
once, at upload time.
"""

import math
import secrets
from io import BytesIO

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from procura.uploads import check_size, delete_on_commit, store

FORMATS = {"PNG", "JPEG", "GIF", "WEBP"}
ACCEPT = "image/png,image/jpeg,image/gif,image/webp"
# Decoding and re-encoding take 30 to 45 ms per million pixels on one core of a two-core
# server (single-colour PNGs, noisy PNGs and photographs as JPEG alike): 100 million pixels
# take 3 to 4.5 s alone, under 10 s with the other worker busy, well within gunicorn's 30 s.
MAX_REQUEST_PIXELS = 100_000_000
# 6000 × 6000 (36 million pixels, 24 MP photographs are 6000 × 4000) rather than 8000 × 8000:
# an 8000 × 8000 image decodes to 256 MB and is copied twice while re-encoded, per worker.
MAX_SIDE = 6000
NOT_AN_IMAGE = _("The file is not an image.")


def check(upload, *, max_bytes: int, max_side: int) -> None:
    """Raise ValidationError unless `upload` is a PNG, JPEG, GIF or WebP image within limits,
    as its header says: nothing is decoded."""
    check_size(upload, max_bytes)
    too_many_pixels = ValidationError(
        _("The image has too many pixels: it may have at most %(limit)s."),
        code="too_many_pixels",
        params={"limit": f"{max_side} × {max_side}"},
    )
    try:
        with Image.open(upload) as image:
            kind, (width, height) = image.format, image.size
    except Image.DecompressionBombError:
        raise too_many_pixels from None
    except (UnidentifiedImageError, OSError, SyntaxError):
        raise ValidationError(NOT_AN_IMAGE, code="not_an_image") from None
    finally:
        upload.seek(0)
    if kind not in FORMATS:
        raise ValidationError(_("Upload a PNG, JPEG, GIF or WebP image."), code="format")
    if width * height > max_side * max_side:
        raise too_many_pixels


def decode(upload) -> None:
    """Raise ValidationError if the image, within the pixel limit, cannot be decoded."""
    try:
        with Image.open(upload) as image:
            image.load()
    except (OSError, SyntaxError, ValueError):
        raise ValidationError(NOT_AN_IMAGE, code="not_an_image") from None
    finally:
        upload.seek(0)


def pixels_of(upload) -> int:
    """The image's pixel count from its header; 0 for a file that is not an image."""
    try:
        with Image.open(upload) as image:
            width, height = image.size
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError):
        return 0  # its own field refuses it
    finally:
        upload.seek(0)
    return width * height


def check_request_pixels(files) -> None:
    """Raise ValidationError if the images uploaded in one request, every field and form of it
    together, have more pixels than one request may decode; only their headers are read."""
    uploads = [upload for name in files for upload in files.getlist(name)]
    pixels = sum(pixels_of(upload) for upload in uploads)
    if pixels > MAX_REQUEST_PIXELS:
        raise ValidationError(
            _(
                "These images have %(pixels)s megapixels in all; one save may carry at most "
                "%(limit)s megapixels of images. Upload fewer or smaller images at a time."
            ),
            code="too_many_pixels_in_request",
            params={
                "pixels": number_format(math.ceil(pixels / 1e6), force_grouping=True),
                "limit": number_format(MAX_REQUEST_PIXELS // 10**6, force_grouping=True),
            },
        )


def within_request_pixels(form: forms.BaseForm) -> bool:
    """Whether the request bound to `form` stays within the pixel bound; if not, the form
    carries the error."""
    try:
        check_request_pixels(form.files)
    except ValidationError as error:
        form.add_error(None, error)
        return False
    return True


def reencode(upload, name: str, sizes: dict[str, int], kind: str = "PNG") -> dict[str, ContentFile]:
    """The image, fitted into each of `sizes` (field -> longest side), as fresh files in memory.

    PNG keeps transparency (logos); JPEG suits photographs. A damaged file raises
    ValidationError."""
    try:
        with Image.open(upload) as original:
            image = ImageOps.exif_transpose(original)
            transparent = "A" in image.getbands() or "transparency" in image.info
            image = image.convert("RGBA" if transparent and kind == "PNG" else "RGB")
    except (OSError, SyntaxError, ValueError):
        raise ValidationError(NOT_AN_IMAGE, code="not_an_image") from None
    finally:
        upload.seek(0)
    token = secrets.token_hex(4)  # a new name on each change, so browsers never show a stale image
    files = {}
    for field, side in sizes.items():
        copy = image.copy()
        copy.thumbnail((side, side), Image.Resampling.LANCZOS)
        buffer = BytesIO()
        if kind == "PNG":
            # Logos are drawings: a palette of 256 colours keeps them sharp in a quarter of
            # the bytes, transparency included.
            copy = copy.quantize(256, method=Image.Quantize.FASTOCTREE)
            copy.save(buffer, kind, optimize=True)
        else:
            copy.save(buffer, kind, quality=85, optimize=True)
        extension = "png" if kind == "PNG" else "jpg"
        files[field] = ContentFile(buffer.getvalue(), name=f"{name}-{token}-{side}.{extension}")
    return files


class ImageUploadField(forms.FileField):
    """A file field that accepts only images within the given limits, from their headers;
    `decode` also decodes the image, for a form that stores it without re-encoding it first."""

    widget = forms.ClearableFileInput(attrs={"accept": ACCEPT})

    def __init__(self, *, max_bytes: int, max_side: int, decode: bool = False, **kwargs):
        self.max_bytes, self.max_side, self.decode = max_bytes, max_side, decode
        super().__init__(**kwargs)

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is not None:
            check(upload, max_bytes=self.max_bytes, max_side=self.max_side)
            if self.decode:
                decode(upload)
        return upload


class ReencodedImagesForm(forms.ModelForm):
    """A model form whose image uploads are checked, re-encoded in memory while the form is
    cleaned, within the request's pixel bound, then stored in each size with the row.

    `images` maps an upload field to (sizes, format): {"photo": ({"photo": 320}, "JPEG")}.
    """

    images: dict[str, tuple[dict[str, int], str]] = {}
    max_bytes = 10 * 1024 * 1024
    max_side = MAX_SIDE

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.reencoded: dict[str, ContentFile] = {}
        self.replaced: list = []
        for name in self.images:
            if name in self.fields:
                field = self.fields[name]
                self.fields[name] = ImageUploadField(
                    max_bytes=self.max_bytes,
                    max_side=self.max_side,
                    label=field.label,
                    help_text=field.help_text,
                    required=field.required,
                )

    def uploads(self) -> dict:
        """The uploads of this form's fields (a list for a field taking several)."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if isinstance(value, UploadedFile) or (isinstance(value, list) and value)
        }

    def clean(self):
        data = super().clean()
        # Every form of an admin page sees the whole request's files: only the forms that
        # carry uploads of their own refuse them, and nothing is decoded then.
        if self.uploads() and within_request_pixels(self):
            for name, (sizes, kind) in self.images.items():
                if isinstance(data.get(name), UploadedFile):
                    files = self.reencode(name, data[name], self.stem(), sizes, kind)
                    self.reencoded.update(files)
                    # The stored files, before the upload replaces them on the instance.
                    self.replaced += [getattr(self.instance, field) for field in files]
        return data

    def stem(self) -> str:
        """The start of the stored files' names."""
        slug = self.cleaned_data.get("slug") or getattr(self.instance, "slug", "")
        return slugify(slug or "image")

    def reencode(self, name: str, upload, stem: str, sizes, kind: str) -> dict[str, ContentFile]:
        """The upload re-encoded in memory; a damaged file becomes the field's error."""
        try:
            return reencode(upload, stem, sizes, kind)
        except ValidationError as error:
            self.add_error(name, error)
            return {}

    def save(self, commit=True):
        # The raw upload is replaced before the model is saved, so it is never stored.
        instance = super().save(commit=False)
        for field_file in self.replaced:  # before `store` renames the ones it writes into
            delete_on_commit(field_file)
        store(instance, self.reencoded)
        if commit:
            instance.save()
            self.save_m2m()
        return instance
