"""Government logos: at most 2 MB and 4000 × 4000 pixels, stored as PNG in two sizes."""

from functools import partial

from procura import images

MAX_BYTES = 2 * 1024 * 1024
MAX_SIDE = 4000
# The largest side of each stored size: the profile shows `logo`, lists `logo_small`.
SIZES = {"logo": 480, "logo_small": 160}

LogoField = partial(images.ImageUploadField, max_bytes=MAX_BYTES, max_side=MAX_SIDE)


def reencode(upload, slug: str):
    return images.reencode(upload, slug, SIZES)
