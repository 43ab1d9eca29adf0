"""Logo uploads: checked for real image content, size and pixel count, then re-encoded.

Pillow reads only the header to learn an image's size, so a decompression bomb is
refused before a single pixel is decoded.
"""

import secrets
from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 2 * 1024 * 1024
MAX_PIXELS = 4000 * 4000
FORMATS = {"PNG", "JPEG", "GIF", "WEBP"}
# The largest side of each stored size: the profile shows `logo`, lists `logo_small`.
SIZES = {"logo": 480, "logo_small": 160}


def check(upload) -> None:
    """Raise ValidationError unless `upload` is a PNG, JPEG, GIF or WebP image we accept."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("The file is %(size)s; a logo may be at most %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_BYTES)},
        )
    too_many_pixels = ValidationError(
        _("The image has too many pixels: a logo may have at most %(limit)s."),
        code="too_many_pixels",
        params={"limit": "4000 × 4000"},
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
    if width * height > MAX_PIXELS:
        raise too_many_pixels


def reencode(upload, slug: str) -> dict[str, ContentFile]:
    """The logo in each of SIZES, as fresh PNG files without the upload's metadata."""
    with Image.open(upload) as original:
        image = ImageOps.exif_transpose(original)
        image = image.convert(
            "RGBA" if "A" in image.getbands() or "transparency" in image.info else "RGB"
        )
    upload.seek(0)
    token = secrets.token_hex(4)  # a new name on each change, so browsers never show a stale logo
    files = {}
    for field, side in SIZES.items():
        copy = image.copy()
        copy.thumbnail((side, side), Image.Resampling.LANCZOS)
        buffer = BytesIO()
        copy.save(buffer, "PNG", optimize=True)
        files[field] = ContentFile(buffer.getvalue(), name=f"{slug}-{token}-{side}.png")
    return files
