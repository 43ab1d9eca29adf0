"""The events admin: tabs, translation status, photos, documents, registrations."""

import csv
import io
from io import BytesIO

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from events.models import Document, Event, Photo, Registration
from tests.factories import RegistrationFactory
from tests.helpers import form_data, large_png, media_files, page, too_many_megapixels, visible_text

pytestmark = pytest.mark.django_db


def jpeg(size=(2400, 1600), name="photo.jpg") -> SimpleUploadedFile:
    buffer = BytesIO()
    Image.new("RGB", size, "#1f6f43").save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def change_url(event):
    return f"/en/admin/events/event/{event.pk}/change/"


def test_a_tab_per_language_and_a_translation_status(staff_client, symposium, language):
    response = staff_client.get(change_url(symposium).replace("/en/", f"/{language}/"))

    body = response.content.decode()
    for field in ("title", "summary", "description", "topics"):
        for code in ("en", "ko", "ja", "zh_hans"):
            assert f'name="{field}_{code}"' in body
    assert 'name="sessions-0-title_zh_hans"' in body
    with translation.override(language):
        gallery_help = translation.gettext(
            "Choose several images at once; each may be at most 10 MB, and together at most "
            "%(limit)s megapixels."
        ) % {"limit": 100}
    assert gallery_help in visible_text(response)
    listing = staff_client.get(f"/{language}/admin/events/event/")
    cells = [
        text
        for attrs, text in page(listing).find_all("td")
        if "field-languages" in attrs.get("class", "")
    ]
    assert [" ".join(cell.split()) for cell in cells] == ["EN ✓ KR ✗ JP ✗ CN ✗"]


def test_several_photos_are_uploaded_at_once_and_resized_once(staff_client, symposium):
    data = form_data(staff_client.get(change_url(symposium)))

    response = staff_client.post(
        change_url(symposium),
        {**data, "new_photos": [jpeg(), jpeg(name="b.jpg"), jpeg(name="c.jpg")]},
    )

    assert response.status_code == 302
    photos = list(Photo.objects.filter(event=symposium))
    assert len(photos) == 3
    for photo in photos:
        with Image.open(photo.image) as full, Image.open(photo.thumbnail) as small:
            assert (full.size, small.size) == ((1600, 1067), (480, 320))


def test_a_bad_photo_is_refused_and_nothing_is_saved(staff_client, symposium):
    data = form_data(staff_client.get(change_url(symposium)))
    fake = SimpleUploadedFile("photo.jpg", b"not a photo", content_type="image/jpeg")

    response = staff_client.post(
        change_url(symposium), {**data, "title_en": "Changed", "new_photos": [jpeg(), fake]}
    )

    assert response.status_code == 200
    assert "The file is not an image." in visible_text(response)
    assert not Photo.objects.exists()
    assert Event.objects.get(pk=symposium.pk).title_en != "Changed"


def test_documents_are_checked_by_content(staff_client, symposium):
    data = form_data(staff_client.get(change_url(symposium)))
    document = {
        "documents-TOTAL_FORMS": "1",
        "documents-0-title_en": "Slides",
        "documents-0-kind": "presentation",
        "documents-0-language": "zh-hans",
    }
    renamed = SimpleUploadedFile("slides.pdf", b"MZ\x90\x00 an executable", "application/pdf")

    refused = staff_client.post(
        change_url(symposium), {**data, **document, "documents-0-file": renamed}
    )
    accepted = staff_client.post(
        change_url(symposium),
        {
            **data,
            **document,
            "documents-0-file": SimpleUploadedFile("slides.pdf", b"%PDF-1.7\n", "application/pdf"),
        },
    )

    assert "Upload a PDF, Word, PowerPoint or Excel file." in visible_text(refused)
    assert accepted.status_code == 302
    assert Document.objects.get().title_en == "Slides"


def test_registrations_per_event_with_status_changes(staff_client, webinar):
    confirmed = RegistrationFactory(event=webinar)
    waiting = RegistrationFactory(event=webinar, status="waiting")
    url = "/en/admin/events/registration/"

    listing = staff_client.get(url, {"event__id__exact": webinar.pk, "status__exact": "waiting"})
    assert waiting.email in visible_text(listing)
    assert confirmed.email not in visible_text(listing)

    staff_client.post(url, {"action": "cancel", "_selected_action": [confirmed.pk]})

    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {confirmed.email: "cancelled", waiting.email: "confirmed"}
    # Each told once: the cancellation, then the freed seat.
    assert [message.to for message in mail.outbox] == [[confirmed.email], [waiting.email]]

    staff_client.post(url, {"action": "move_to_waiting_list", "_selected_action": [waiting.pk]})
    assert Registration.objects.get(pk=waiting.pk).status == "waiting"


def test_export_registrations_as_csv(staff_client, webinar):
    RegistrationFactory(event=webinar, name="김민지", email="minji@suwon.example")

    response = staff_client.post(
        "/en/admin/events/registration/",
        {
            "action": "export_csv",
            "_selected_action": list(Registration.objects.values_list("pk", flat=True)),
        },
    )

    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [(row["event"], row["name"], row["status"]) for row in rows] == [
        ("webinar", "김민지", "confirmed")
    ]


def test_staff_preview_unpublished_events_from_the_admin(staff_client, symposium):
    symposium.published = False
    symposium.save()

    response = staff_client.get(change_url(symposium))

    [(link, _text)] = [
        item for item in page(response).find_all("a") if "viewsitelink" in item[0].get("class", "")
    ]
    assert staff_client.get(link["href"], follow=True).status_code == 200


def test_photos_beyond_the_request_bound_are_refused_and_nothing_is_stored(
    staff_client, symposium, settings
):
    data = form_data(staff_client.get(change_url(symposium)))
    photos = [large_png(name=f"photo-{number}.png") for number in range(4)]  # 4 × 36 MP

    response = staff_client.post(change_url(symposium), {**data, "new_photos": photos})

    assert response.status_code == 200
    assert too_many_megapixels("en", 144) in visible_text(response)
    assert not Photo.objects.exists()
    assert media_files(settings.MEDIA_ROOT) == []


def test_a_save_failing_after_photos_were_written_leaves_no_file(
    staff_client, symposium, settings, monkeypatch
):
    data = form_data(staff_client.get(change_url(symposium)))
    saved = Photo.save

    def save_then_fail(photo, *args, **kwargs):
        if Photo.objects.exists():
            raise RuntimeError("the disk is full")
        saved(photo, *args, **kwargs)

    monkeypatch.setattr(Photo, "save", save_then_fail)

    with pytest.raises(RuntimeError):
        staff_client.post(change_url(symposium), {**data, "new_photos": [jpeg(), jpeg()]})

    assert not Photo.objects.exists()
    assert media_files(settings.MEDIA_ROOT) == []
