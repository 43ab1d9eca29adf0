"""The admin of member governments: a tab per language, translation status, CSV export."""

import csv
import io
from pathlib import Path

import pytest
from django.utils import translation
from PIL import Image

from members import services
from members.models import MemberGovernment
from members.revisions import snapshot
from tests.factories import GovernmentFactory
from tests.helpers import form_data, image_file, media_files, page, visible_text

pytestmark = pytest.mark.django_db

CHANGELIST = "/{language}/admin/members/membergovernment/"


def test_the_list_shows_which_languages_are_filled(staff_client, beijing, seoul, language):
    beijing.summary_ko = "수도는 녹색 제품을 삽니다."
    beijing.gpp_policy_ko = beijing.gpp_policy_ja = "녹색 제품 우선"
    beijing.save()

    response = staff_client.get(CHANGELIST.format(language=language))

    assert response.status_code == 200
    rows = {
        " ".join(text.split())
        for attrs, text in page(response).find_all("td")
        if "field-languages" in attrs.get("class", "")
    }
    assert rows == {"EN ✓ KR ✓ JP ✗ CN ✗", "EN ✓ KR ✗ JP ✗ CN ✗"}


def test_filter_governments_missing_a_translation(staff_client, beijing, seoul):
    for government in (beijing, seoul):
        for field in ("name", "summary", "gpp_policy"):
            setattr(government, f"{field}_ja", "日本語")
        government.save()
    seoul.summary_ja = ""
    seoul.save()

    response = staff_client.get(CHANGELIST.format(language="en"), {"missing": "ja"})

    assert "Seoul" in visible_text(response)
    assert "Beijing" not in visible_text(response)


@pytest.mark.parametrize("count", [2, 20])
def test_list_queries_do_not_grow_with_the_governments(
    staff_client, django_assert_max_num_queries, count
):
    governments = GovernmentFactory.create_batch(count)

    with django_assert_max_num_queries(12):
        response = staff_client.get(CHANGELIST.format(language="en"))

    assert response.status_code == 200
    text = visible_text(response)
    assert all(government.name_en in text for government in governments)
    assert f"{count} member governments" in text


def test_a_tab_per_language_for_every_translated_field(staff_client, beijing, language):
    response = staff_client.get(f"/{language}/admin/members/membergovernment/{beijing.pk}/change/")

    body = response.content.decode()
    for field in ("name", "summary", "gpp_policy", "contact_name", "contact_position"):
        for code in ("en", "ko", "ja", "zh_hans"):
            assert f'name="{field}_{code}"' in body
    assert 'name="commitments-0-title_zh_hans"' in body
    scripts = [attrs["src"] for attrs, _ in page(response).find_all("script") if "src" in attrs]
    assert any("modeltranslation/js/tabbed_translation_fields.js" in src for src in scripts)
    # Everything from our own host, nothing from a CDN.
    assert all(src.startswith("/") and not src.startswith("//") for src in scripts)


def test_a_person_is_named_in_each_language(staff_client, li, language):
    li.name_zh_hans = "李伟"
    li.save()

    form = staff_client.get(f"/{language}/admin/members/user/{li.pk}/change/")
    listed = staff_client.get(f"/{language}/admin/members/user/", {"q": "李伟"})

    body = form.content.decode()
    for code in ("en", "ko", "ja", "zh_hans"):
        assert f'name="name_{code}"' in body
    assert 'name="first_name"' not in body
    # Found by the name in any language; the list marks the languages still to write.
    text = visible_text(listed)
    assert "li@beijing.example" in text
    assert "EN ✓ KR ✗ JP ✗ CN ✓" in text


def test_export_the_directory_as_csv(staff_client, beijing, seoul, language):
    """The columns keep their names in every language of the admin: scripts read them."""
    response = staff_client.post(
        CHANGELIST.format(language=language),
        {"action": "export_csv", "_selected_action": [beijing.pk, seoul.pk]},
    )

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [(row["slug"], row["name_ko"], row["country"]) for row in rows] == [
        ("beijing", "베이징", "CN"),
        ("seoul", "서울특별시", "KR"),
    ]


def test_the_admin_menu_in_the_staff_language(staff_client, language):
    response = staff_client.get(f"/{language}/admin/")

    with translation.override(language):
        for name in ("member governments", "profile revisions", "invitations", "officials"):
            assert translation.gettext(name).capitalize()[:3] in visible_text(response)


@pytest.mark.parametrize("count", [1, 10])
def test_the_revision_history_of_a_government_takes_no_query_per_revision(
    staff_client, beijing, li, stella, django_assert_max_num_queries, count
):
    for _ in range(count):
        services.reject_revision(
            services.propose_revision(beijing, li, snapshot(beijing)), stella, "Add a source."
        )

    with django_assert_max_num_queries(25):
        response = staff_client.get(f"/en/admin/members/membergovernment/{beijing.pk}/change/")

    assert visible_text(response).count("Li Wei Rejected Stella") == count


def test_a_save_failing_after_the_logo_was_written_leaves_no_file(
    staff_client, beijing, settings, monkeypatch
):
    change = f"/en/admin/members/membergovernment/{beijing.pk}/change/"
    data = form_data(staff_client.get(change))

    def broken_save(government, *args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(MemberGovernment, "save", broken_save)

    with pytest.raises(RuntimeError):
        staff_client.post(change, {**data, "logo": image_file((600, 400))})

    assert media_files(settings.MEDIA_ROOT) == []


def test_a_new_logo_replaces_the_stored_files_and_no_other(
    staff_client, beijing, settings, django_capture_on_commit_callbacks
):
    change = f"/en/admin/members/membergovernment/{beijing.pk}/change/"
    # A file that happens to bear the upload's name is no file of the government's.
    unrelated = Path(settings.MEDIA_ROOT, "logo.png")
    unrelated.write_bytes(b"someone else's file")

    for side in (600, 900):
        data = form_data(staff_client.get(change))
        with django_capture_on_commit_callbacks(execute=True):
            response = staff_client.post(change, {**data, "logo": image_file((side, side))})
        assert response.status_code == 302

    beijing.refresh_from_db()
    assert media_files(settings.MEDIA_ROOT) == sorted(
        ["logo.png", beijing.logo.name, beijing.logo_small.name]
    )
    assert unrelated.read_bytes() == b"someone else's file"
    with Image.open(beijing.logo) as large, Image.open(beijing.logo_small) as small:
        assert (large.size, small.size) == ((480, 480), (160, 160))


def test_clearing_the_logo_removes_it_in_every_size(
    staff_client, beijing, settings, django_capture_on_commit_callbacks
):
    change = f"/en/admin/members/membergovernment/{beijing.pk}/change/"
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(change, {**form_data(staff_client.get(change)), "logo": image_file()})
    beijing.refresh_from_db()
    small = beijing.logo_small.url

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            change, {**form_data(staff_client.get(change)), "logo-clear": "on"}
        )

    assert response.status_code == 302
    beijing.refresh_from_db()
    assert (beijing.logo.name, beijing.logo_small.name) == ("", "")
    assert media_files(settings.MEDIA_ROOT) == []
    directory = staff_client.get("/en/members/")
    assert directory.status_code == 200
    assert "Beijing" in visible_text(directory)
    assert small not in directory.content.decode()
