"""The public awards pages: the awards, a year's categories and results, case studies, badges."""

import html
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from awards.models import ApplicationStatus, Phase
from procura import caching
from tests.factories import ApplicationFactory, CategoryFactory, EditionFactory, GovernmentFactory
from tests.helpers import page, visible_text

pytestmark = pytest.mark.django_db

HEADINGS = {
    "en": "Procura+ Awards",
    "ko": "Procura+ 어워드",
    "ja": "Procura+アワード",
    "zh-hans": "Procura+奖",
}
WINNER = {
    "en": "Winner, Circular Procurement of the Year 2019",
    "ko": "2019년 '올해의 순환 조달' 부문 수상",
    "ja": "2019年「年間循環型調達賞」受賞",
    "zh-hans": "2019年“年度循环采购奖”获奖",
}


@pytest.fixture
def announced(beijing, seoul):
    """2019: announced. Beijing won, Seoul was runner-up, Tianjin was not selected."""
    edition = EditionFactory(
        year=2019, phase=Phase.ANNOUNCED, title_en="Procura+ Awards 2019", title_ja="2019年度"
    )
    category = CategoryFactory(
        edition=edition,
        slug="circular",
        name_en="Circular Procurement of the Year",
        name_ko="올해의 순환 조달",
        name_ja="年間循環型調達賞",
        name_zh_hans="年度循环采购奖",
    )
    ApplicationFactory(
        category=category,
        government=beijing,
        status=ApplicationStatus.WINNER,
        title_en="Reused office furniture",
        title_zh_hans="办公家具再利用",
    )
    ApplicationFactory(
        category=category,
        government=seoul,
        status=ApplicationStatus.RUNNER_UP,
        language="ko",
        title_en="",
        title_ko="재사용 컴퓨터",
        summary_en="",
        summary_ko="중고 컴퓨터를 다시 씁니다.",
    )
    ApplicationFactory(
        category=category,
        government=GovernmentFactory(slug="tianjin", name_en="Tianjin"),
        status=ApplicationStatus.NOT_SELECTED,
        title_en="Recycled asphalt",
    )
    return edition


def test_the_awards_page_shows_the_current_call_and_the_archive(client, announced, call, language):
    response = client.get(f"/{language}/awards/")

    assert response.status_code == 200
    assert page(response).html_lang() == language
    assert page(response).find_all("h1")[0][1] == HEADINGS[language]
    current = page(response).find_all("section", class_="card edition-current")[0][1]
    assert ("2031 Procura+ 어워드" if language == "ko" else "Procura+ Awards 2031") in current
    assert "/awards/2031/apply/" in response.content.decode()
    archive = [text for _attrs, text in page(response).find_all("ul", class_="edition-list")]
    assert "2019" in archive[0]


def test_a_year_shows_its_results_in_order_once_announced(client, announced, language):
    response = client.get(f"/{language}/awards/2019/")

    assert response.status_code == 200
    results = [text for _attrs, text in page(response).find_all("h3")]
    # The winner first, then the runner-up; no one who was not selected.
    assert results[1] == "재사용 컴퓨터"
    assert results[0] == ("办公家具再利用" if language == "zh-hans" else "Reused office furniture")
    assert "Recycled asphalt" not in response.content.decode()
    # Seoul wrote in Korean only: other languages show the Korean, marked as such.
    marked = re.search(r'lang="ko"[^>]*>재사용 컴퓨터', response.content.decode())
    assert bool(marked) == (language != "ko")


@pytest.mark.parametrize("phase", [Phase.OPEN, Phase.JUDGING])
def test_no_applicant_is_shown_before_the_announcement(
    client, announced, olivia, stella, totp_login, phase
):
    announced.phase = phase
    announced.save()

    for visitor in [None, olivia]:
        if visitor:
            client.force_login(visitor)
        response = client.get("/en/awards/2019/")
        assert response.status_code == 200
        assert "Reused office furniture" not in response.content.decode()
        assert "Beijing" not in visible_text(response)
        assert "Preview for ICLEI staff" not in visible_text(response)
        case_study = client.get("/en/awards/2019/beijing-circular/")
        assert case_study.status_code == 404

    totp_login(stella)  # staff prepare the announcement
    response = client.get("/en/awards/2019/")
    assert "Reused office furniture" in response.content.decode()
    assert "Preview for ICLEI staff" in visible_text(response)


def test_a_case_study_shows_the_procurement_and_its_outcomes(client, announced, language):
    response = client.get(f"/{language}/awards/2019/beijing-circular/")

    assert response.status_code == 200
    text = html.unescape(visible_text(response))
    assert WINNER[language] in text
    # Money in the reader's words, in myriads in Korean, Japanese and Chinese.
    contract = {
        "en": "CN¥120,000,000",
        "ko": "1억 2,000만 위안",
        "ja": "1億2,000万人民元",
        "zh-hans": "1亿2,000万元",
    }
    assert contract[language] in text
    assert "4,200" in text
    assert page(response).find_all("h1")[0][1] == (
        "办公家具再利用" if language == "zh-hans" else "Reused office furniture"
    )


def test_only_shortlisted_and_awarded_applications_have_a_case_study(client, announced):
    assert client.get("/en/awards/2019/seoul-circular/").status_code == 200
    assert client.get("/en/awards/2019/tianjin-circular/").status_code == 404
    assert client.get("/en/awards/2019/nowhere/").status_code == 404
    assert client.get("/en/awards/2018/beijing-circular/").status_code == 404
    assert client.get("/en/awards/1999/").status_code == 404


def test_text_typed_by_officials_is_escaped(client, announced):
    application = announced.applications.get(government__slug="beijing")
    application.title_en = '<script>alert("x")</script>'
    application.purchase_en = "<img src=x onerror=alert(1)>"
    application.save()

    for url in ["/en/awards/2019/", "/en/awards/2019/beijing-circular/", "/en/members/beijing/"]:
        content = client.get(url).content.decode()
        assert "<script>alert" not in content
        assert "<img src=x" not in content
        assert "&lt;script&gt;alert" in content


@pytest.mark.parametrize("count", [1, 30])
def test_queries_do_not_grow_with_the_applications(
    client, announced, django_assert_max_num_queries, count
):
    category = announced.categories.get()
    for number in range(count):
        ApplicationFactory(
            category=category,
            status=ApplicationStatus.SHORTLISTED,
            government=GovernmentFactory(slug=f"city-{number}"),
        )

    with django_assert_max_num_queries(1):
        assert client.get("/ko/awards/").status_code == 200
    # The edition, its categories, the results with their governments, and the news about it.
    with django_assert_max_num_queries(4):
        response = client.get("/ko/awards/2019/")
    assert len(page(response).find_all("h3")) == count + 2
    # The application with its edition, category and government, and its attachments.
    with django_assert_max_num_queries(2):
        assert client.get("/ja/awards/2019/city-0-circular/").status_code == 200


def test_a_profile_shows_the_badges_of_its_government(client, announced, language):
    response = client.get(f"/{language}/members/beijing/")

    badges = [
        text for _attrs, text in page(response).find_all("span", class_="award-badge badge-winner")
    ]
    assert badges == [WINNER[language]]
    assert f"/{language}/awards/2019/beijing-circular/" in response.content.decode()
    # Tianjin was not selected: no badge.
    tianjin = client.get(f"/{language}/members/tianjin/")
    assert "award-badge" not in tianjin.content.decode()


def test_a_profile_reads_its_awards_in_one_query_however_many(client, announced, beijing):
    def profile_queries() -> int:
        caching.clear()
        with CaptureQueriesContext(connection) as captured:
            assert "award-badge" in client.get("/en/members/beijing/").content.decode()
        return len(captured)

    one = profile_queries()
    for slug in ("energy", "food"):
        category = CategoryFactory(edition=announced, slug=slug)
        ApplicationFactory(
            category=category,
            government=beijing,
            slug=f"beijing-{slug}",
            status=ApplicationStatus.SHORTLISTED,
        )

    assert profile_queries() == one


def test_announcing_reaches_the_cached_pages_at_once(
    client, announced, django_capture_on_commit_callbacks
):
    announced.phase = Phase.JUDGING
    with django_capture_on_commit_callbacks(execute=True):
        announced.save()
    assert "award-badge" not in client.get("/en/members/beijing/").content.decode()
    assert "Reused office furniture" not in client.get("/en/awards/2019/").content.decode()

    announced.phase = Phase.ANNOUNCED
    with django_capture_on_commit_callbacks(execute=True):
        announced.save()

    assert "award-badge" in client.get("/en/members/beijing/").content.decode()
    assert "Reused office furniture" in client.get("/en/awards/2019/").content.decode()


def test_the_menu_and_the_sitemap_lead_to_the_awards(client, announced):
    home = client.get("/en/")
    assert "/en/awards/" in [attrs.get("href") for attrs, _text in page(home).find_all("a")]

    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/en/awards/2019/" in sitemap
    assert "http://testserver/zh-hans/awards/2019/beijing-circular/" in sitemap
    assert "tianjin-circular" not in sitemap
