"""Staff see which translations are missing or stale: a record edited in English shows as
stale in the other languages until they are translated again or confirmed; the dashboard
counts what the records hold; a translator's batch goes out and comes back as a spreadsheet
and changes exactly the translated texts."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.forms.models import model_to_dict
from django.test.utils import CaptureQueriesContext

from members.models import MemberGovernment
from procura import translations
from tests.factories import GovernmentFactory
from tests.helpers import in_language, page, visible_text

pytestmark = pytest.mark.django_db

CHANGELIST = "/en/admin/members/membergovernment/"


def rewrite_english(government, summary="The capital buys green, and reports it."):
    government.summary_en = summary
    government.save()


def test_an_english_edit_makes_the_translations_stale_until_translated_again(beijing):
    assert translations.stale_languages(beijing, ["summary"]) == set()

    rewrite_english(beijing)
    assert translations.stale_languages(beijing, ["summary"]) == {"zh-hans"}

    beijing.summary_zh_hans = "首都实行绿色采购，并报告成果。"
    beijing.save()
    assert translations.stale_languages(beijing, ["summary"]) == set()


def test_the_list_marks_filters_and_confirms_stale_translations(staff_client, beijing, seoul):
    beijing.gpp_policy_en = ""  # so that Chinese has every text, one of them stale
    rewrite_english(beijing)

    listing = visible_text(staff_client.get(CHANGELIST))
    assert "CN ⚠" in listing
    stale = staff_client.get(CHANGELIST + "?stale=zh-hans")
    assert "Beijing" in visible_text(stale)
    assert "Seoul" not in visible_text(stale)

    response = staff_client.post(
        CHANGELIST,
        {"action": "confirm_translations", "_selected_action": [beijing.pk]},
        follow=True,
    )

    assert "The translations of 1 record are marked as still valid." in visible_text(response)
    assert translations.stale_languages(beijing, ["summary"]) == set()
    assert MemberGovernment.objects.get(pk=beijing.pk).summary_zh_hans == "首都实行绿色采购。"
    assert "Beijing" not in visible_text(staff_client.get(CHANGELIST + "?stale=zh-hans"))


def test_the_edit_page_warns_of_stale_translations_in_the_staffs_language(staff_client, beijing):
    rewrite_english(beijing)

    response = staff_client.get(f"/ko/admin/members/membergovernment/{beijing.pk}/change/")

    assert response.status_code == 200
    warning = in_language(
        "ko",
        "The source text changed after these translations were made: %(languages)s. "
        "Translate them again, or mark them as still valid from the list.",
    )
    assert warning % {"languages": "CN"} in visible_text(response)


def dashboard_counts(response) -> dict[tuple[str, str], int]:
    return {
        (row["name"], state): language[state].number
        for row in response.context["rows"]
        for language in row["languages"][:1]  # Korean
        for state in ("missing", "stale")
    }


def test_the_dashboard_counts_what_the_records_hold(staff_client, beijing, seoul):
    GovernmentFactory(
        name_ko="녹색시", summary_ko="녹색 구매를 합니다.", gpp_policy_ko="녹색 우선."
    )
    GovernmentFactory()  # nothing in Korean
    seoul.summary_ko = "서울은 녹색 구매를 합니다."
    seoul.save()
    rewrite_english(seoul, "Seoul buys green, and says so.")

    response = staff_client.get("/en/admin/translations/")

    assert response.status_code == 200
    counts = dashboard_counts(response)
    missing = [
        g
        for g in MemberGovernment.objects.all()
        if not all(
            getattr(g, f"{field}_ko")
            for field in ("name", "summary", "gpp_policy")
            if getattr(g, f"{field}_en")
        )
    ]
    assert counts["member governments", "missing"] == len(missing) == 3  # Beijing, Seoul, one
    assert counts["member governments", "stale"] == 1  # Seoul's Korean summary
    assert f'href="{CHANGELIST}?stale=ko"' in response.content.decode()


def read_export(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_a_batch_goes_to_a_translator_and_comes_back(staff_client, beijing):
    rewrite_english(beijing)
    untouched = model_to_dict(beijing)

    with CaptureQueriesContext(connection) as exporting:
        exported = read_export(staff_client.get("/en/admin/translations/ja.csv"))
    GovernmentFactory.create_batch(3)  # more records needing Japanese: no more queries
    with CaptureQueriesContext(connection) as exporting_more:
        staff_client.get("/en/admin/translations/ja.csv")
    assert len(exporting_more) == len(exporting)

    rows = [row for row in exported if row["record"] == "members.MemberGovernment"]
    assert {(row["field"], row["source"], row["translation"]) for row in rows} == {
        ("summary", "The capital buys green, and reports it.", ""),  # missing
        ("gpp_policy", "Green products first.", ""),  # missing
    }
    japanese = {
        "summary": "首都はグリーン購入を行い、その成果を報告しています。",
        "gpp_policy": "環境に配慮した製品を優先します。",
    }
    for row in rows:
        row["translation"] = japanese[row["field"]]
    # A translator's slips: an id that names nothing, and one that is no number.
    slips = [{**rows[0], "id": "99999999999999999999"}, {**rows[0], "id": "Beijing"}]
    back = io.StringIO()
    writer = csv.DictWriter(back, fieldnames=exported[0].keys())
    writer.writeheader()
    writer.writerows(rows + slips)
    upload = SimpleUploadedFile("ja.csv", back.getvalue().encode(), content_type="text/csv")

    response = staff_client.post("/en/admin/translations/ja/import/", {"file": upload}, follow=True)

    assert "2 translations imported. 2 rows skipped." in visible_text(response)
    beijing.refresh_from_db()
    changed = {k: v for k, v in model_to_dict(beijing).items() if untouched[k] != v}
    assert changed == {f"{field}_ja": text for field, text in japanese.items()}
    assert "ja" not in translations.stale_languages(beijing, ["summary", "gpp_policy"])


def test_a_file_that_is_no_export_is_refused_and_changes_nothing(staff_client, beijing):
    before = model_to_dict(beijing)
    upload = SimpleUploadedFile("notes.csv", b"name,value\nBeijing,x\n", content_type="text/csv")

    response = staff_client.post("/en/admin/translations/ko/import/", {"file": upload}, follow=True)

    assert "This file is not a translation file exported from this page." in visible_text(response)
    beijing.refresh_from_db()
    assert model_to_dict(beijing) == before


def test_the_dashboard_is_for_staff_only(client, olivia):
    client.force_login(olivia)

    response = client.get("/en/admin/translations/")

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_officials_see_which_of_their_profiles_texts_are_stale(client, li, beijing):
    rewrite_english(beijing)
    client.force_login(li)

    response = client.get("/ja/members/beijing/edit/")

    assert response.status_code == 200
    tabs = [
        attrs for attrs, _text in page(response).find_all("fieldset") if "data-tab-label" in attrs
    ]
    profile = {attrs["lang"]: attrs.get("data-tab-status") for attrs in tabs[:4]}
    assert profile == {"en": None, "ko": "missing", "ja": "missing", "zh-hans": "stale"}


def test_a_save_of_other_columns_reads_no_translation(beijing):
    beijing.published = False
    with CaptureQueriesContext(connection) as saving:
        beijing.save(update_fields=["published"])

    sql = " ".join(query["sql"] for query in saving.captured_queries)
    assert "translationsource" not in sql
