"""The admin's own pages beside a change form (a mailing's preview, test, progress,
sending and retry; an edition's ranking; a newsletter's preview and sending) find their
object as the admin does: a malformed or missing id is a 404, and staff without the
permission get the same 403 whether the object exists or not, so that they cannot tell
which ids exist.
"""

import pytest

from events.models import Mailing
from newsletter import services as newsletter_services
from newsletter.models import Newsletter

pytestmark = pytest.mark.django_db

MALFORMED = "abc"
MISSING = "999999"


@pytest.fixture
def mailing(webinar):
    return Mailing.objects.create(
        event=webinar,
        kind="reminder",
        subject_en="See you soon",
        body_en="Tomorrow.",
        to_confirmed=True,
    )


def mailing_pages(pk) -> list[tuple[str, str]]:
    base = f"/en/admin/events/mailing/{pk}"
    return [
        ("get", f"{base}/change/"),
        ("get", f"{base}/preview/ko/"),
        ("get", f"{base}/progress/"),
        ("post", f"{base}/test/"),
        ("post", f"{base}/send/"),
        ("post", f"{base}/retry/"),
    ]


def ranking_pages(pk) -> list[tuple[str, str]]:
    base = f"/en/admin/awards/awardedition/{pk}"
    return [("get", f"{base}/ranking/"), ("get", f"{base}/ranking.csv")]


def newsletter_pages(pk) -> list[tuple[str, str]]:
    base = f"/en/admin/newsletter/newsletter/{pk}"
    return [("get", f"{base}/preview/ko/"), ("post", f"{base}/send/")]


@pytest.fixture
def newsletter(db):
    issue = Newsletter.objects.create(subject_en="Network news", introduction_en="Hello.")
    newsletter_services.write_mailing(issue)
    return issue


def statuses(client, pages) -> list[int]:
    return [getattr(client, method)(url).status_code for method, url in pages]


@pytest.mark.parametrize("pk", [MALFORMED, MISSING, "1.5", "-1"])
def test_a_malformed_or_missing_id_is_not_found(totp_login, stella, pk):
    staff = totp_login(stella)
    pages = mailing_pages(pk) + ranking_pages(pk) + newsletter_pages(pk)

    assert statuses(staff, pages) == [404] * len(pages)


def test_the_pages_of_an_existing_mailing_and_ranking_open(totp_login, stella, mailing, judged):
    staff = totp_login(stella)

    assert statuses(staff, [mailing_pages(mailing.pk)[i] for i in (0, 1, 2)]) == [200] * 3
    assert statuses(staff, ranking_pages(judged.edition_id)) == [200] * 2


def test_staff_without_permission_cannot_tell_existing_ids_from_missing_ones(
    totp_login, sam, mailing, judged, newsletter
):
    staff = totp_login(sam)
    existing = mailing_pages(mailing.pk) + ranking_pages(judged.edition_id)
    existing += newsletter_pages(newsletter.pk)
    missing = mailing_pages(MISSING) + ranking_pages(MISSING) + newsletter_pages(MISSING)
    malformed = mailing_pages(MALFORMED) + ranking_pages(MALFORMED) + newsletter_pages(MALFORMED)

    assert statuses(staff, existing) == [403] * len(existing)
    assert statuses(staff, missing) == statuses(staff, existing)
    assert statuses(staff, malformed) == statuses(staff, existing)
    assert set(Mailing.objects.values_list("status", flat=True)) == {"draft"}


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/en/admin/events/delivery/?mailing__id__exact=abc", 200),  # an empty list
        ("/en/admin/members/profilerevision/abc/change/", 302),
        ("/en/admin/members/membergovernment/abc/change/", 302),
        ("/en/admin/awards/awardedition/abc/change/", 302),
    ],
)
def test_the_admins_own_pages_do_not_fail_on_a_malformed_id(totp_login, stella, url, status):
    """Django's admin answers these itself: a change form sends staff back with a message."""
    assert totp_login(stella).get(url).status_code == status
