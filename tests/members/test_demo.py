"""The demo member governments: four languages, marked as samples, an official who can sign in."""

import re

import pytest

from demo.accounts import ACCOUNTS
from demo.members import governments
from members.models import Commitment, Country, MemberGovernment, MembershipStatus, Official

pytestmark = pytest.mark.django_db

COLUMNS = ["en", "ko", "ja", "zh_hans"]
SAMPLE_PHRASES = {
    "en": "This is a sample profile for demonstration.",
    "ko": "이 프로필은 시연용 예시입니다.",
    "ja": "このプロフィールはデモ用のサンプルです。",
    "zh_hans": "本简介为演示用示例。",
}
LANGUAGE_OF_COUNTRY = {Country.CHINA: "zh-hans", Country.KOREA: "ko", Country.JAPAN: "ja"}


def test_loading_twice_duplicates_nothing(demo_output):
    assert MemberGovernment.objects.count() == len(governments())
    assert Commitment.objects.count() == sum(len(record["commitments"]) for record in governments())
    assert Official.objects.count() == len(ACCOUNTS["officials"])


def test_the_directory_lists_governments_of_china_korea_and_japan(demo_output):
    listed = MemberGovernment.objects.listed()

    assert listed.count() >= 15
    assert {Country.CHINA, Country.KOREA, Country.JAPAN} <= set(
        listed.values_list("country", flat=True)
    )
    former = MemberGovernment.objects.filter(status=MembershipStatus.FORMER)
    assert former.exists()
    assert not listed.filter(pk__in=former).exists()


def test_every_listed_profile_is_written_in_four_languages_and_marked_as_a_sample(demo_output):
    for government in MemberGovernment.objects.listed():
        for column in COLUMNS:
            for field in ["name", "summary", "gpp_policy"]:
                assert getattr(government, f"{field}_{column}").strip(), (government.slug, field)
            assert SAMPLE_PHRASES[column] in getattr(government, f"summary_{column}"), (
                government.slug,
                column,
            )


def test_every_commitment_has_a_title_in_four_languages(demo_output):
    for commitment in Commitment.objects.all():
        for column in COLUMNS:
            assert getattr(commitment, f"title_{column}").strip(), (commitment.title_en, column)


def test_the_demo_content_passes_the_models_validation(demo_output):
    for government in MemberGovernment.objects.all():
        government.full_clean()
    for commitment in Commitment.objects.all():
        commitment.full_clean()
    for official in Official.objects.select_related("government"):
        assert official.language == LANGUAGE_OF_COUNTRY[official.government.country]


def test_the_printed_official_signs_in_and_edits_the_profile_of_beijing(client, demo_output):
    account = re.search(
        r"Official account: (\S+) / (\S+) \(edits the profile of Beijing at (\S+)\)", demo_output
    )
    assert account, demo_output
    email, password, edit_url = account.groups()
    assert edit_url == "/en/members/beijing/edit/"

    response = client.post("/en/accounts/login/", {"login": email, "password": password})

    assert response.status_code == 302
    assert client.get(edit_url).status_code == 200
