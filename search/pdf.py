"""The text of PDF files, for the search to find them by what they say.

A stored file never changes (a new version is a new file), so its text is read once and kept
in the cache under its name. A PDF made of scanned pages, or one that cannot be read, has no
text: it is still found by its resource's titles and summaries."""

import hashlib
import logging

from django.core.cache import cache
from django.db.models.fields.files import FieldFile
from pypdf import PdfReader

logger = logging.getLogger(__name__)

# Enough for the criteria, guides and tender models of the library, within the index's limits.
MAX_PAGES = 60
MAX_CHARACTERS = 50_000
TIMEOUT = 30 * 24 * 60 * 60


def pdf_text(file) -> str:
    """The text of the first MAX_PAGES pages of a PDF (a path or an open binary file)."""
    try:
        reader = PdfReader(file)
        parts, length = [], 0
        for page in reader.pages[:MAX_PAGES]:
            part = page.extract_text() or ""
            parts.append(part)
            length += len(part)
            if length >= MAX_CHARACTERS:
                break
    # A damaged or unusual PDF may fail in many ways inside the reader: it has no text then.
    except Exception:
        logger.warning("No text could be read from a PDF.", exc_info=True)
        return ""
    return "\n".join(parts)[:MAX_CHARACTERS]


def stored_pdf_text(file: FieldFile) -> str:
    """The text of a stored PDF, read once and then kept in the cache under its name."""
    if not file:
        return ""
    key = "pdf-text:" + hashlib.sha256(file.name.encode()).hexdigest()
    text = cache.get(key)
    if text is None:
        try:
            with file.storage.open(file.name, "rb") as opened:
                text = pdf_text(opened)
        except OSError:
            logger.warning("A PDF to index is missing: %s", file.name)
            return ""
        cache.set(key, text, TIMEOUT)
    return text
