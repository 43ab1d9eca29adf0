"""ICLEI staff review the changes officials propose, in the admin."""

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.utils import translation
from django.utils.text import capfirst

from members import services
from members.models import MemberGovernment, ProfileRevision
from members.revisions import snapshot
from tests.helpers import page, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def revision(beijing, li):
    proposal = snapshot(beijing)
    proposal["fields"]["summary_en"] = "The capital buys greener every year."
    proposal["commitments"][0]["status"] = "achieved"
    proposal["commitments"].append(
        {**proposal["commitments"][0], "id": None, "title_en": "Electric buses", "unit": ""}
    )
    revision = services.propose_revision(beijing, li, proposal)
    mail.outbox.clear()  # the reviewers' notice; these tests are about the decision
    return revision


def review_url(revision):
    return f"/en/admin/members/profilerevision/{revision.pk}/change/"


def test_staff_see_the_changes_field_by_field(client, stella, revision, language):
    client.force_login(stella)

    response = client.get(review_url(revision).replace("/en/", f"/{language}/"))

    assert response.status_code == 200
    rows = [" ".join(text.split()) for _attrs, text in page(response).find_all("tr")]
    with translation.override(language):
        summary, planned, achieved = (
            capfirst(translation.gettext(text)) for text in ["summary", "Planned", "Achieved"]
        )
    assert f"{summary} (EN) The capital buys green. The capital buys greener every year." in rows
    assert any("Green office paper" in row and f"{planned} {achieved}" in row for row in rows)
    assert any("Electric buses" in row for row in rows)
    assert [attrs["name"] for attrs, _ in page(response).find_all("input", type="submit")] == [
        "_approve",
        "_reject",
    ]


def test_approval_publishes_and_tells_the_official_in_their_language(client, stella, revision, li):
    client.force_login(stella)

    response = client.post(review_url(revision), {"comment": "谢谢！", "_approve": "1"})

    assert response.status_code == 302
    beijing = MemberGovernment.objects.get(slug="beijing")
    assert beijing.summary_en == "The capital buys greener every year."
    assert [(c.title_en, c.status) for c in beijing.commitments.all()] == [
        ("Green office paper", "achieved"),
        ("Electric buses", "achieved"),
    ]
    assert "greener" in visible_text(client.get("/en/members/beijing/"))
    revision.refresh_from_db()
    assert (revision.status, revision.reviewer, revision.comment) == ("approved", stella, "谢谢！")
    [message] = mail.outbox
    assert message.to == [li.email]
    with translation.override("zh-hans"):
        assert "北京市" in message.subject
        assert translation.gettext("Comment from ICLEI East Asia:") in message.body
    assert "谢谢！" in message.body
    assert "/zh-hans/members/beijing/" in message.body


def test_rejection_keeps_the_public_profile_and_tells_the_official(client, stella, revision, li):
    client.force_login(stella)

    client.post(review_url(revision), {"comment": "Please add a source.", "_reject": "1"})

    assert MemberGovernment.objects.get(slug="beijing").summary_en == "The capital buys green."
    revision.refresh_from_db()
    assert revision.status == "rejected"
    [message] = mail.outbox
    assert "Please add a source." in message.body
    client.force_login(li)
    notice = visible_text(client.get("/en/members/beijing/edit/"))
    assert "Please add a source." in notice


def test_approved_revisions_stay_as_history(client, stella, revision):
    client.force_login(stella)
    client.post(review_url(revision), {"comment": "", "_approve": "1"})

    response = client.get(review_url(revision))

    assert response.status_code == 200
    assert not page(response).find_all("input", type="submit")  # decided: nothing to change
    assert "The capital buys greener every year." in visible_text(response)
    history = visible_text(
        client.get(f"/en/admin/members/membergovernment/{revision.government_id}/change/")
    )
    assert "Li Wei" in history


def test_staff_without_the_permission_cannot_review(client, sam, revision, settings):
    settings.STAFF_REQUIRE_TWO_FACTOR = False
    sam.user_permissions.add(Permission.objects.get(codename="view_profilerevision"))
    client.force_login(sam)

    assert not page(client.get(review_url(revision))).find_all("input", type="submit")
    response = client.post(review_url(revision), {"comment": "", "_approve": "1"})

    assert response.status_code == 403
    revision.refresh_from_db()
    assert revision.status == "pending"
    assert MemberGovernment.objects.get(slug="beijing").summary_en == "The capital buys green."
    assert mail.outbox == []


def test_a_revision_is_decided_only_once(stella, revision):
    services.reject_revision(revision, stella, "No.")

    with pytest.raises(ValueError, match="already been reviewed"):
        services.approve_revision(ProfileRevision.objects.get(), stella)
    assert MemberGovernment.objects.get(slug="beijing").summary_en == "The capital buys green."
