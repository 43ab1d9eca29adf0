"""Logos: real images only, at most 2 MB and 4000 × 4000 pixels, re-encoded on the server."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from demo.pictures import emblem
from members import services
from members.models import MemberGovernment, ProfileRevision
from procura.images import reencode
from tests.helpers import form_data, image_file, media_files, png_claiming, visible_text

pytestmark = pytest.mark.django_db


def twenty_megabytes() -> SimpleUploadedFile:
    """A real PNG of about 20 MB (stored without compression)."""
    return image_file((2600, 2600), compress_level=0)


@pytest.fixture
def signed_in(client, li):
    client.force_login(li)
    return client


def submit(client, logo, language="en"):
    data = form_data(client.get(f"/{language}/members/beijing/edit/"))
    data["summary_ko"] = "베이징은 녹색 제품을 삽니다."
    return client.post(f"/{language}/members/beijing/edit/", {**data, "logo": logo})


BAD_UPLOADS = {
    "text renamed to .png": (
        lambda: SimpleUploadedFile("logo.png", b"GPP policy, not a picture", "image/png"),
        "The file is not an image.",
    ),
    "20 MB image": (twenty_megabytes, "it may be at most"),
    "30000 × 30000 pixels": (lambda: png_claiming(30000, 30000), "it may have at most"),
    "5000 × 4000 pixels": (lambda: png_claiming(5000, 4000), "it may have at most"),
    "a PDF": (
        lambda: SimpleUploadedFile("logo.pdf", b"%PDF-1.7\n%", "application/pdf"),
        "The file is not an image.",
    ),
}


@pytest.mark.parametrize("upload", BAD_UPLOADS.values(), ids=BAD_UPLOADS.keys())
def test_a_bad_file_gives_a_form_error_and_changes_nothing(signed_in, beijing, upload, language):
    make_file, message = upload

    response = submit(signed_in, make_file(), language)

    assert response.status_code == 400
    with translation.override(language):
        error = {
            "The file is not an image.": translation.gettext("The file is not an image."),
            "it may be at most": translation.gettext(
                "The file is %(size)s; it may be at most %(limit)s."
            ).split("%(size)s")[0],
            "it may have at most": translation.gettext(
                "The image has too many pixels: it may have at most %(limit)s."
            )
            % {"limit": "4000 × 4000"},
        }[message]
    assert error in visible_text(response)
    assert (
        form_data(response)["summary_ko"] == "베이징은 녹색 제품을 삽니다."
    )  # nothing typed is lost
    assert not ProfileRevision.objects.exists()
    assert not MemberGovernment.objects.get(slug="beijing").logo


def test_a_good_logo_is_re_encoded_and_published_in_two_sizes(signed_in, beijing, stella):
    upload = image_file((1200, 800), "JPEG", name="logo.jpg", exif=b"Exif\x00\x00secret")

    assert submit(signed_in, upload).status_code == 302

    revision = ProfileRevision.objects.get()
    with Image.open(revision.logo) as proposed:
        assert (proposed.format, proposed.size) == ("PNG", (480, 320))
        assert "exif" not in proposed.info
    services.approve_revision(revision, stella)
    beijing.refresh_from_db()
    sizes = {}
    for field in ("logo", "logo_small"):
        with Image.open(getattr(beijing, field)) as stored:
            sizes[field] = stored.size
    assert sizes == {"logo": (480, 320), "logo_small": (160, 107)}
    assert beijing.logo_small.url in signed_in.get("/en/members/").content.decode()


def test_staff_uploads_are_checked_too(client, stella, beijing):
    client.force_login(stella)
    url = f"/en/admin/members/membergovernment/{beijing.pk}/change/"
    data = form_data(client.get(url))

    response = client.post(url, {**data, "logo": png_claiming(30000, 30000)})

    assert response.status_code == 200  # the admin shows the form again, with the error
    assert "it may have at most" in visible_text(response)
    assert not MemberGovernment.objects.get(slug="beijing").logo


def test_a_new_logo_proposal_removes_the_previous_one_but_never_the_published_logo(
    signed_in, beijing, stella, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(signed_in, image_file((600, 400), name="first.png"))
        services.approve_revision(ProfileRevision.objects.get(), stella)
    beijing.refresh_from_db()
    published = {beijing.logo.name, beijing.logo_small.name}
    approved = ProfileRevision.objects.get().logo.name

    with django_capture_on_commit_callbacks(execute=True):
        submit(signed_in, image_file((900, 600), name="second.png"))
        replaced = ProfileRevision.objects.get(status="pending").logo.name
        submit(signed_in, image_file((300, 200), name="third.png"))

    pending = ProfileRevision.objects.get(status="pending").logo.name
    assert set(media_files(settings.MEDIA_ROOT)) == {*published, approved, pending}
    assert replaced not in media_files(settings.MEDIA_ROOT)


def test_a_proposal_failing_after_its_logo_was_written_leaves_no_file(
    signed_in, beijing, settings, monkeypatch
):
    def broken_save(revision, *args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(ProfileRevision, "save", broken_save)

    with pytest.raises(RuntimeError):
        submit(signed_in, image_file((600, 400)))

    assert media_files(settings.MEDIA_ROOT) == []


def test_an_approved_logo_replaces_the_published_one_and_the_history_keeps_the_proposal(
    signed_in, beijing, stella, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for name in ("first.png", "second.png"):
            submit(signed_in, image_file((600, 400), name=name))
            services.approve_revision(ProfileRevision.objects.get(status="pending"), stella)

    beijing.refresh_from_db()
    published = {beijing.logo.name, beijing.logo_small.name}
    # Each decided revision keeps the logo it proposed, as its history shows it.
    proposals = {revision.logo.name for revision in ProfileRevision.objects.all()}
    assert len(published) == len(proposals) == 2
    assert set(media_files(settings.MEDIA_ROOT)) == published | proposals


def test_a_small_logo_keeps_its_transparency_in_a_palette_of_a_quarter_of_the_bytes():
    drawn = emblem("BJ", 0)
    full_colour = BytesIO()
    with Image.open(drawn) as image:
        image.thumbnail((160, 160), Image.Resampling.LANCZOS)
        image.save(full_colour, "PNG", optimize=True)

    [stored] = reencode(drawn, "emblem", {"logo_small": 160}).values()

    with Image.open(stored) as image:
        assert (image.format, image.mode, image.size) == ("PNG", "P", (160, 160))
        rgba = image.convert("RGBA")
        assert rgba.getpixel((0, 0))[3] == 0  # the corner stays transparent
        assert rgba.getpixel((80, 10))[3] > 250  # the ring is opaque
    assert stored.size < len(full_colour.getvalue()) / 4
