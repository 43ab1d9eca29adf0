"""Only staff who may review impact reports decide on them, and only on submitted ones; only
staff who may change newsletters send them, and articles publish them.

Sam may only view reports here: he reads them and their evidence, but his Validate or Return
changes nothing. A reviewer's decision on a draft or a validated version changes nothing either: the
officials' draft is theirs until they submit it, and a validated version is history.
"""

import pytest
from django.contrib.auth.models import Permission

from impact.models import Report

pytestmark = pytest.mark.django_db


def decide(client, report: Report, decision: str):
    return client.post(
        f"/en/admin/impact/report/{report.pk}/change/",
        {decision: "1", "comment": "Please correct line 1."},
    )


def statuses() -> list[tuple[int, str, bool]]:
    return list(Report.objects.order_by("pk").values_list("pk", "status", "published"))


@pytest.mark.parametrize("decision", ["_validate", "_return"])
def test_staff_who_may_only_view_reports_cannot_decide(world, totp_login, sam, decision):
    sam.user_permissions.add(Permission.objects.get(codename="view_report"))
    staff = totp_login(sam)
    submitted = world.reports.submitted
    before = statuses()

    assert staff.get(f"/en/admin/impact/report/{submitted.pk}/change/").status_code == 200
    evidence = world.reports.evidence.submitted.pk
    assert staff.get(f"/en/members/beijing/impact/evidence/{evidence}/").status_code == 200
    assert decide(staff, submitted, decision).status_code == 403
    assert statuses() == before


@pytest.mark.parametrize("decision", ["_validate", "_return"])
@pytest.mark.parametrize("state", ["draft", "validated"])
def test_a_reviewer_cannot_decide_on_a_draft_or_a_validated_version(
    world, staff_client, decision, state
):
    report = getattr(world.reports, state)
    before = statuses()

    assert decide(staff_client, report, decision).status_code == 403
    assert statuses() == before


def test_officials_and_the_jury_cannot_reach_the_review(world, client, li, jae):
    submitted = world.reports.submitted
    before = statuses()
    for person in [li, jae]:
        client.force_login(person)

        response = decide(client, submitted, "_validate")

        assert response.status_code == 302
        assert response["Location"].startswith("/en/admin/login/")
    assert statuses() == before


def test_staff_who_may_only_view_newsletters_preview_but_cannot_send(world, totp_login, sam):
    sam.user_permissions.add(Permission.objects.get(codename="view_newsletter"))
    staff = totp_login(sam)
    issue = world.newsletter.issue
    base = f"/en/admin/newsletter/newsletter/{issue.pk}"

    assert staff.get(f"{base}/preview/ja/").status_code == 200
    assert staff.get(f"{base}/send/").status_code == 403
    assert staff.post(f"{base}/send/").status_code == 403
    assert staff.post(f"/en/admin/events/mailing/{issue.mailing_id}/send/").status_code == 403
    issue.mailing.refresh_from_db()
    assert (issue.mailing.status, issue.mailing.deliveries.count()) == ("draft", 0)


def test_staff_who_may_only_view_articles_cannot_publish_them(world, totp_login, sam, stella):
    sam.user_permissions.add(Permission.objects.get(codename="view_article"))
    draft = world.articles.draft
    action = {"action": "publish", "_selected_action": [draft.pk], "index": 0}

    totp_login(sam).post("/en/admin/news/article/", action)
    draft.refresh_from_db()
    assert draft.status == "draft"

    # The control: the superuser's same request publishes it.
    totp_login(stella).post("/en/admin/news/article/", action)
    draft.refresh_from_db()
    assert draft.status == "published"
