"""The text of a PDF is searched: read once, kept in the cache, and nothing for a file that
is no PDF or is missing."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, models
from django.db.models.fields.files import FieldFile

from demo.resources import sample_pdf
from members.models import MemberGovernment
from search import index, pdf
from search.models import Entry
from tests.factories import GovernmentFactory

pytestmark = pytest.mark.django_db


def stored(name: str, content: bytes) -> FieldFile:
    saved = default_storage.save(name, ContentFile(content))
    return FieldFile(None, models.FileField(), saved)


def test_the_text_of_a_pdf_is_read():
    text = pdf.pdf_text(io.BytesIO(sample_pdf("Tender model for electric buses")))

    assert "Tender model for electric buses" in text


def test_a_file_that_is_no_pdf_has_no_text():
    assert pdf.pdf_text(io.BytesIO(b"%PDF-1.4 broken")) == ""
    assert pdf.stored_pdf_text(FieldFile(None, models.FileField(), "library/missing.pdf")) == ""


def test_a_stored_pdf_is_read_once(monkeypatch):
    file = stored("library/criteria.pdf", sample_pdf("Criteria for cleaning services"))
    assert "cleaning services" in pdf.stored_pdf_text(file)

    monkeypatch.setattr(pdf, "pdf_text", lambda opened: pytest.fail("read twice"))

    assert "cleaning services" in pdf.stored_pdf_text(file)


def test_a_documents_pdf_files_are_searched_in_their_language():
    government = GovernmentFactory(slug="town")
    file = stored("library/guide.pdf", sample_pdf("Guide to procuring induction cookers"))
    kind = index.Kind(
        "pdf_test",
        "PDF test",
        MemberGovernment,
        objects=MemberGovernment.objects.all,
        document=lambda found: index.Document(titles={"en": "Guide"}, files={"ko": [file]}),
    )

    index.write(kind, [government])

    entry = Entry.objects.get(kind="pdf_test")
    assert "induction cookers" in entry.texts["ko"]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM search_entry"
            " WHERE kind = 'pdf_test' AND document @@ plainto_tsquery('english', 'cooker')"
        )
        assert cursor.fetchone()[0] == 1
