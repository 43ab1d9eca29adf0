"""A proposed logo is private: only the government's officials and staff who review see it,
until approval publishes a copy of it as the profile's logo."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from members import services
from members.models import ProfileRevision
from members.revisions import snapshot
from procura.files import move_into_private
from tests.helpers import image_file, media_files, page

pytestmark = pytest.mark.django_db


@pytest.fixture
def revision(beijing, li):
    return services.propose_revision(beijing, li, snapshot(beijing), logo=image_file())


def test_the_proposed_logo_is_stored_privately_and_shown_to_its_official(
    client, revision, li, settings
):
    client.force_login(li)

    edit = client.get("/en/members/beijing/edit/")
    response = client.get(revision.logo_url)

    assert revision.logo.name.startswith("private/logos/proposed/")
    assert media_files(settings.MEDIA_ROOT) == [revision.logo.name]
    assert revision.logo_url in [attrs["src"] for attrs, _ in page(edit).find_all("img")]
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"] == 'inline; filename="beijing-proposed-logo.png"'
    assert (response["X-Content-Type-Options"], response["Cache-Control"]) == (
        "nosniff",
        "private, max-age=3600",
    )


def test_anonymous_visitors_other_officials_and_staff_without_permission_get_404(
    client, revision, minji, sam, totp_login
):
    assert client.get(revision.logo_url).status_code == 404
    client.force_login(minji)
    assert client.get(revision.logo_url).status_code == 404
    # Minji's own government's address does not open Beijing's revision either.
    assert client.get(f"/en/members/seoul/revisions/{revision.pk}/logo/").status_code == 404
    assert totp_login(sam).get(revision.logo_url).status_code == 404


def test_reviewers_see_it_on_the_review_page(staff_client, revision):
    review = staff_client.get(f"/en/admin/members/profilerevision/{revision.pk}/change/")
    response = staff_client.get(revision.logo_url)

    assert review.status_code == 200
    assert revision.logo_url in [attrs["src"] for attrs, _ in page(review).find_all("img")]
    assert response.status_code == 200


def test_approval_publishes_a_public_copy_and_the_proposal_stays_private(
    client, revision, stella, settings
):
    services.approve_revision(revision, stella)
    government = revision.government
    government.refresh_from_db()

    assert government.logo.name.startswith("logos/")
    assert client.get(revision.logo_url).status_code == 404
    assert set(media_files(settings.MEDIA_ROOT)) == {
        revision.logo.name,
        government.logo.name,
        government.logo_small.name,
    }


def test_logos_proposed_before_they_were_private_move_into_the_private_folder(
    revision, django_capture_on_commit_callbacks
):
    old = default_storage.save("logos/proposed/beijing.png", ContentFile(b"\x89PNG"))
    ProfileRevision.objects.filter(pk=revision.pk).update(logo=old)

    with django_capture_on_commit_callbacks(execute=True):
        assert move_into_private(ProfileRevision, "logo") == 1

    revision.refresh_from_db()
    assert revision.logo.name == "private/logos/proposed/beijing.png"
    assert not default_storage.exists(old)
