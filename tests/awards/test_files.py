"""Attachments are private until their application is announced: the applicant's officials,
the edition's jury and staff get them through a view that hands the file to the web server."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django_sendfile.utils import _get_sendfile

from awards.models import Application, ApplicationStatus, Attachment, Phase
from procura.files import move_into_private
from tests.factories import ApplicationFactory
from tests.helpers import image_file, media_files, page

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n% tender documents\n"


def attach(application, name="Tender documents (final).pdf", content=PDF) -> Attachment:
    attachment = Attachment(application=application, name=name, size=len(content))
    attachment.file.save("tender.pdf", ContentFile(content), save=False)
    attachment.save()
    return attachment


@pytest.fixture
def draft_attachment(call, beijing, li):
    draft = ApplicationFactory(
        category=call, government=beijing, status=ApplicationStatus.DRAFT, submitted=None
    )
    return attach(draft)


def url(attachment):
    return f"/en/awards/attachments/{attachment.pk}/"


def test_a_drafts_attachment_is_not_found_anonymously_and_its_official_gets_it(
    client, draft_attachment, li, settings
):
    assert client.get(url(draft_attachment)).status_code == 404

    client.force_login(li)
    response = client.get(url(draft_attachment))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="Tender documents final.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "private" in response["Cache-Control"]
    # Stored in the folder the web server never serves under /media/.
    assert media_files(settings.MEDIA_ROOT) == [draft_attachment.file.name]
    assert draft_attachment.file.name.startswith("private/awards/")


def test_another_governments_official_and_staff_without_permission_get_404(
    client, draft_attachment, minji, sam, totp_login
):
    client.force_login(minji)
    assert client.get(url(draft_attachment)).status_code == 404

    assert totp_login(sam).get(url(draft_attachment)).status_code == 404


def test_staff_who_may_see_applications_get_it(staff_client, draft_attachment):
    response = staff_client.get(url(draft_attachment))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF


def test_the_jury_gets_submitted_attachments_but_not_drafts_nor_when_recused(
    client, beijing_entry, seoul_entry, jae, kenji, call
):
    draft = ApplicationFactory(
        category=call, government=beijing_entry.government, status=ApplicationStatus.DRAFT
    )
    beijing_file, seoul_file, draft_file = attach(beijing_entry), attach(seoul_entry), attach(draft)

    client.force_login(kenji)
    assert [client.get(url(a)).status_code for a in [beijing_file, seoul_file, draft_file]] == [
        200,
        200,
        404,
    ]
    client.force_login(jae)  # works for Seoul
    assert [client.get(url(a)).status_code for a in [beijing_file, seoul_file]] == [200, 404]


def test_an_announced_result_is_public_and_a_not_selected_one_is_not(
    client, judged, beijing, seoul
):
    judged.edition.phase = Phase.ANNOUNCED
    judged.edition.save()
    winner = ApplicationFactory(category=judged, government=beijing, status="winner")
    not_selected = ApplicationFactory(category=judged, government=seoul, status="not_selected")
    image = Attachment(application=winner, name="Buses.jpg", is_image=True)
    image.file.save("buses.jpg", ContentFile(image_file(kind="JPEG").read()), save=False)
    image.save()

    case_study = client.get(f"/en/awards/2030/{winner.slug}/")
    response = client.get(url(image))

    assert (case_study.status_code, response.status_code) == (200, 200)
    assert [attrs["src"] for attrs, _ in page(case_study).find_all("img")][-1] == url(image)
    assert "/media/" not in case_study.content.decode()
    assert response["Content-Type"] == "image/jpeg"
    assert response["Content-Disposition"] == 'inline; filename="Buses.jpg"'
    assert client.get(url(attach(not_selected))).status_code == 404


def test_in_production_nginx_sends_the_file(client, draft_attachment, li, settings):
    settings.SENDFILE_BACKEND = "django_sendfile.backends.nginx"
    _get_sendfile.cache_clear()
    client.force_login(li)
    try:
        response = client.get(url(draft_attachment))
    finally:
        _get_sendfile.cache_clear()

    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/protected/" + draft_attachment.file.name[8:]
    assert response.content == b""
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_missing_file_answers_404(client, draft_attachment, li):
    default_storage.delete(draft_attachment.file.name)
    client.force_login(li)

    assert client.get(url(draft_attachment)).status_code == 404


def test_files_stored_before_they_were_private_move_into_the_private_folder(
    beijing_entry, settings, django_capture_on_commit_callbacks
):
    old = default_storage.save("awards/report.pdf", ContentFile(PDF))
    attachment = Attachment.objects.create(application=beijing_entry, name="r.pdf", file=old)
    missing = Attachment.objects.create(
        application=beijing_entry, name="m.pdf", file="awards/m.pdf"
    )

    with django_capture_on_commit_callbacks(execute=True):
        moved = move_into_private(Attachment, "file")

    attachment.refresh_from_db()
    missing.refresh_from_db()
    assert moved == 2
    assert (attachment.file.name, missing.file.name) == (
        "private/awards/report.pdf",
        "private/awards/m.pdf",
    )
    assert media_files(settings.MEDIA_ROOT) == ["private/awards/report.pdf"]
    assert attachment.file.read() == PDF
    assert move_into_private(Attachment, "file") == 0  # run again, nothing left to move


def test_uploads_through_the_form_are_private(client, call, beijing, li, settings):
    client.force_login(li)
    draft = ApplicationFactory(
        category=call, government=beijing, status=ApplicationStatus.DRAFT, submitted=None
    )
    page_url = f"/en/awards/2031/apply/{draft.pk}/"
    upload = ContentFile(PDF, name="report.pdf")

    client.post(page_url, {"language": "en", "save": "", "attachments": [upload]})

    [attachment] = Application.objects.get(pk=draft.pk).attachments.all()
    assert attachment.file.name.startswith("private/awards/report-")
    assert client.get(url(attachment)).status_code == 200
