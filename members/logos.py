"""Government logos: at most 2 MB and 4000 × 4000 pixels, stored as PNG in two sizes."""

from functools import partial

from procura import images

MAX_BYTES = 2 * 1024 * 1024
MAX_SIDE = 4000
# The largest side of each stored size: the profile shows `logo`, lists `logo_small`.
SIZES = {"logo": 480, "logo_small": 160}

# A logo is decoded while its field is cleaned, as the admin stores it straight from there:
# one image of at most 16 million pixels stays far within a request's pixel bound.
LogoField = partial(images.ImageUploadField, max_bytes=MAX_BYTES, max_side=MAX_SIDE, decode=True)


def reencode(upload, slug: str, *, proposal: bool = False):
    """The logo in each stored size; a proposal keeps only the larger one, for review."""
    sizes = {"logo": SIZES["logo"]} if proposal else SIZES
    return images.reencode(upload, slug, sizes)
