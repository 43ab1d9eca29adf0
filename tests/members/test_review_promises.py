"""What the review promises by mail and on the form: reviewers hear of every proposal, a
rejection always says why, and the official revises their own proposal, not the published one."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import formats, timezone, translation

from members import services
from members.models import Commitment, ProfileRevision
from members.revisions import snapshot
from tests.conftest import verified_user
from tests.factories import CommitmentFactory
from tests.helpers import form_data, in_language, visible_text

pytestmark = pytest.mark.django_db

REJECTION = (
    "Say why the changes are not published: the official reads this comment with the "
    "decision, and their proposal comes back to them to revise."
)


@pytest.fixture
def reviewer_group():
    group = Group.objects.create(name="Reviewers")
    group.permissions.add(Permission.objects.get(codename="review_profilerevision"))
    return group


def propose(beijing, li, summary="The capital buys greener every year."):
    proposal = snapshot(beijing)
    proposal["fields"]["summary_en"] = summary
    return services.propose_revision(beijing, li, proposal)


def test_a_proposal_is_mailed_to_every_reviewer_with_the_review_page(
    beijing, li, stella, sam, reviewer_group
):
    reviewer = verified_user(email="rev@iclei.example", name="Rev", is_staff=True)
    reviewer.groups.add(reviewer_group)
    sam.groups.add(reviewer_group)
    sam.is_active = False  # left ICLEI: no mail
    sam.save()
    verified_user(email="kim@iclei.example", is_staff=True)  # staff who do not review

    revision = propose(beijing, li)

    assert sorted(message.to[0] for message in mail.outbox) == [reviewer.email, stella.email]
    message = mail.outbox[0]
    assert "Beijing" in message.subject
    assert "Li Wei proposed changes to the profile of Beijing" in message.body
    assert f"http://testserver/en/admin/members/profilerevision/{revision.pk}/change/" in (
        message.body
    )


def test_rejecting_without_a_comment_is_refused_and_changes_nothing(
    client, stella, beijing, li, language
):
    revision = propose(beijing, li)
    mail.outbox.clear()
    client.force_login(stella)
    url = f"/{language}/admin/members/profilerevision/{revision.pk}/change/"

    response = client.post(url, {"comment": "  ", "_reject": "1"})

    assert response.status_code == 200
    assert in_language(language, REJECTION) in visible_text(response)
    revision.refresh_from_db()
    assert (revision.status, revision.reviewer) == ("pending", None)
    assert mail.outbox == []
    with pytest.raises(ValidationError) as refused:
        services.reject_revision(revision, stella, "")
    assert refused.value.error_dict["comment"][0].code == "required"


def test_the_editor_starts_from_the_rejected_proposal_and_says_why(client, stella, beijing, li):
    buses = CommitmentFactory(government=beijing, title_en="Electric buses")
    proposal = snapshot(beijing)
    proposal["fields"]["summary_en"] = "Greener every year."
    for commitment in proposal["commitments"]:
        commitment["unit"] = "lots" if commitment["id"] == buses.pk else commitment["unit"]
    revision = services.propose_revision(beijing, li, proposal)
    services.reject_revision(revision, stella, "Please add a source.")
    buses.delete()  # staff removed it since: the proposal's edit of it comes back as a new one

    client.force_login(li)
    response = client.get("/en/members/beijing/edit/")

    assert response.status_code == 200
    date = formats.date_format(timezone.localtime(revision.created), "DATETIME_FORMAT")
    assert (
        f"Your proposal of {date} was not accepted: Please add a source. "
        "It is shown here so you can revise it."
    ) in visible_text(response)
    data = form_data(response)
    assert data["summary_en"] == "Greener every year."
    titles = {data[f"commitments-{n}-title_en"]: data[f"commitments-{n}-id"] for n in range(2)}
    assert titles == {"Green office paper": str(beijing.commitments.get().pk), "Electric buses": ""}

    # Saving it again as it is proposes it anew, the unchanged commitment kept by its id.
    assert client.post("/en/members/beijing/edit/", data).status_code == 302
    pending = ProfileRevision.objects.pending().get()
    assert pending.proposal["fields"]["summary_en"] == "Greener every year."
    assert [c["title_en"] for c in pending.proposal["commitments"]] == [
        "Green office paper",
        "Electric buses",
    ]
    assert Commitment.objects.filter(government=beijing).count() == 1


def test_the_rejection_notice_in_the_officials_language(client, stella, beijing, li, language):
    revision = propose(beijing, li)
    services.reject_revision(revision, stella, "출처를 추가해 주세요.")
    client.force_login(li)

    text = visible_text(client.get(f"/{language}/members/beijing/edit/"))

    notice = in_language(
        language,
        "Your proposal of %(date)s was not accepted: %(comment)s. "
        "It is shown here so you can revise it.",
    )
    with translation.override(language):
        date = formats.date_format(timezone.localtime(revision.created), "DATETIME_FORMAT")
    # The comment's own full stop gives way to the sentence's.
    assert notice % {"date": date, "comment": "출처를 추가해 주세요"} in text
