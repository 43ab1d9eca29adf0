"""Uploads to the library are recognised by their bytes, not their names: PDF and the Office
Open XML formats with their main part, at most the size the settings allow, with a name safe
in a header and on disk. Staff see a translated error, and nothing is stored."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from procura.uploads import office_document_type
from resources.models import ResourceFile
from tests.helpers import image_file
from tests.resources.conftest import checked, office, pdf

MB = 1024 * 1024


@pytest.mark.parametrize(
    ("name", "main_part", "expected"),
    [
        ("notes.docx", "word/document.xml", "docx"),
        ("figures.xlsx", "xl/workbook.xml", "xlsx"),
        ("slides.pptx", "ppt/presentation.xml", "pptx"),
    ],
)
def test_office_documents_are_recognised_by_their_main_part(name, main_part, expected):
    upload = office(name, main_part)

    assert office_document_type(upload) == expected
    assert upload.tell() == 0
    assert checked(upload).file_type == expected


def test_a_plain_zip_is_no_office_document():
    assert office_document_type(office("notes.docx", None)) is None
    assert office_document_type(pdf()) is None


def errors(upload, language="en") -> list[str]:
    with translation.override(language):
        with pytest.raises(ValidationError) as raised:
            checked(upload)
        # The messages are lazy: they are read in the language of the page that shows them.
        return [str(message) for message in raised.value.messages]


@pytest.mark.parametrize(
    "upload",
    [
        image_file(name="criteria.pdf"),
        office("notes.docx", None),
        office("notes.docx", "xl/workbook.xml"),
    ],
    ids=["png-named-pdf", "plain-zip-named-docx", "spreadsheet-named-docx"],
)
def test_a_file_is_judged_by_its_bytes(upload):
    messages = errors(upload)

    assert messages in (
        ["Upload a PDF, Word, Excel or PowerPoint file."],
        ["The file's name ends in .docx, but its content is in Excel format."],
    )


def test_a_pdf_under_another_name_is_refused():
    assert errors(pdf("criteria.docx")) == [
        "The file's name ends in .docx, but its content is in PDF format."
    ]


def test_a_file_too_large_is_refused(settings):
    settings.RESOURCE_FILE_MAX_BYTES = 1 * MB
    upload = pdf()
    upload.size = 2 * MB

    assert errors(upload) == ["The file is 2.0\xa0MB; it may be at most 1.0\xa0MB."]


def test_errors_are_translated(language):
    with translation.override(language):
        expected = translation.gettext("Upload a PDF, Word, Excel or PowerPoint file.")

    assert errors(image_file(name="x.pdf"), language) == [expected]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ('a"b;c\r\nX-Header: 1.pdf', "abcX-Header 1.pdf"),
        ("C:\\Users\\kim\\기준.pdf", "CUserskim기준.pdf"),
        ("   .pdf", "file.pdf"),
        ("no extension", "no extension.pdf"),
        ("x" * 300 + ".pdf", "x" * 80 + ".pdf"),
    ],
)
def test_file_names_are_sanitized(name, expected):
    assert checked(pdf(name)).name == expected


@pytest.mark.django_db
def test_staff_see_a_translated_error_and_nothing_is_stored(staff_client, criteria, settings):
    url = f"/en/admin/resources/resource/{criteria.pk}/change/"
    form = staff_client.get(url)
    assert form.status_code == 200
    before = ResourceFile.objects.count()
    data = admin_data(criteria)
    data["files-2-0-language"] = "ko"
    data["files-2-0-file"] = image_file(name="criteria.pdf")

    response = staff_client.post(url, data)

    assert response.status_code == 200
    assert "Upload a PDF, Word, Excel or PowerPoint file." in response.content.decode()
    assert ResourceFile.objects.count() == before


@pytest.mark.django_db
def test_staff_upload_a_new_version(staff_client, criteria):
    url = f"/en/admin/resources/resource/{criteria.pk}/change/"
    data = admin_data(criteria)
    data["files-2-0-language"] = "en"
    data["files-2-0-file"] = pdf("EU criteria 2023.pdf", "third version")

    response = staff_client.post(url, data)

    assert response.status_code == 302
    versions = list(criteria.files.filter(language="en").values_list("version", "original_name"))
    assert versions == [
        (3, "EU criteria 2023.pdf"),
        (2, "EU criteria computers revised.pdf"),
        (1, "EU criteria computers.pdf"),
    ]


def admin_data(resource) -> dict:
    """The change form's fields as they are, with the two inlines' management forms."""
    files = list(resource.files.all())
    data = {
        "slug": resource.slug,
        "kind": resource.kind,
        "published": "on",
        "year": resource.year,
        "title_en": resource.title_en,
        "summary_en": resource.summary_en,
        "product_groups": [group.pk for group in resource.product_groups.all()],
        "files-TOTAL_FORMS": len(files),
        "files-INITIAL_FORMS": len(files),
        "files-2-TOTAL_FORMS": 1,
        "files-2-INITIAL_FORMS": 0,
    }
    for index, item in enumerate(files):
        data[f"files-{index}-id"] = item.pk
        data[f"files-{index}-resource"] = resource.pk
    return data
