"""Uploaded images: checked for real content, size and pixel count, then re-encoded.

Pillow reads only the header to learn an image's size, so a decompression bomb
is refused before a single pixel is decoded; an image within the limits is then
decoded once, so that a damaged file is refused too. Re-encoding drops whatever else the
file carried (metadata, trailing data) and gives the sizes the pages show, once,
at upload time.
"""

import secrets
from io import BytesIO

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from procura.uploads import check_size

FORMATS = {"PNG", "JPEG", "GIF", "WEBP"}
ACCEPT = "image/png,image/jpeg,image/gif,image/webp"


def check(upload, *, max_bytes: int, max_side: int) -> None:
    """Raise ValidationError unless `upload` is a PNG, JPEG, GIF or WebP image within limits."""
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
        raise ValidationError(_("The file is not an image."), code="not_an_image") from None
    finally:
        upload.seek(0)
    if kind not in FORMATS:
        raise ValidationError(_("Upload a PNG, JPEG, GIF or WebP image."), code="format")
    if width * height > max_side * max_side:
        raise too_many_pixels
    # Within the pixel limit it is safe to decode: a damaged file fails here, not later.
    try:
        with Image.open(upload) as image:
            image.load()
    except (OSError, SyntaxError, ValueError):
        raise ValidationError(_("The file is not an image."), code="not_an_image") from None
    finally:
        upload.seek(0)


def reencode(upload, name: str, sizes: dict[str, int], kind: str = "PNG") -> dict[str, ContentFile]:
    """The image, fitted into each of `sizes` (field -> longest side), as fresh files.

    PNG keeps transparency (logos); JPEG suits photographs."""
    with Image.open(upload) as original:
        image = ImageOps.exif_transpose(original)
        transparent = "A" in image.getbands() or "transparency" in image.info
        image = image.convert("RGBA" if transparent and kind == "PNG" else "RGB")
    upload.seek(0)
    token = secrets.token_hex(4)  # a new name on each change, so browsers never show a stale image
    files = {}
    for field, side in sizes.items():
        copy = image.copy()
        copy.thumbnail((side, side), Image.Resampling.LANCZOS)
        buffer = BytesIO()
        options = {"optimize": True} if kind == "PNG" else {"quality": 85, "optimize": True}
        copy.save(buffer, kind, **options)
        extension = "png" if kind == "PNG" else "jpg"
        files[field] = ContentFile(buffer.getvalue(), name=f"{name}-{token}-{side}.{extension}")
    return files


class ImageUploadField(forms.FileField):
    """A file field that accepts only images within the given limits."""

    widget = forms.ClearableFileInput(attrs={"accept": ACCEPT})

    def __init__(self, *, max_bytes: int, max_side: int, **kwargs):
        self.max_bytes, self.max_side = max_bytes, max_side
        super().__init__(**kwargs)

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is not None:
            check(upload, max_bytes=self.max_bytes, max_side=self.max_side)
        return upload


class ReencodedImagesForm(forms.ModelForm):
    """A model form whose image uploads are checked, then stored re-encoded in each size.

    `images` maps an upload field to (sizes, format): {"photo": ({"photo": 320}, "JPEG")}.
    """

    images: dict[str, tuple[dict[str, int], str]] = {}
    max_bytes = 10 * 1024 * 1024
    max_side = 8000

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
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

    def save(self, commit=True):
        # The raw upload is replaced before the model is saved, so it is never stored.
        instance = super().save(commit=False)
        for name, (sizes, kind) in self.images.items():
            upload = self.cleaned_data.get(name)
            if isinstance(upload, UploadedFile):
                stem = slugify(getattr(instance, "slug", "") or name)
                for field, content in reencode(upload, stem, sizes, kind).items():
                    getattr(instance, field).save(content.name, content, save=False)
        if commit:
            instance.save()
            self.save_m2m()
        return instance
