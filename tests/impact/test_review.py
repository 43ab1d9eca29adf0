"""ICLEI staff validate or return the reports officials submit, in the admin; the officials
hear of it in their language. Stella reviews; Li speaks for Beijing, in Chinese."""

import threading
import time

import pytest
from django.core import mail
from django.db import connection

from impact import services
from impact.admin import ReportAdmin
from impact.models import Report, ReportLine, ReportStatus
from tests.helpers import form_data, visible_text
from tests.impact.conftest import it_line, make_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(beijing, li, it_equipment):
    return make_report(beijing, 2023, [it_line(it_equipment)], ReportStatus.SUBMITTED)


def review_url(report, language="en"):
    return f"/{language}/admin/impact/report/{report.pk}/change/"


def decide(client, report, **data):
    """Post the review form as the browser shows it, with the reviewer's comment and button."""
    shown = form_data(client.get(review_url(report)))
    return client.post(review_url(report), {**shown, **data})


def test_staff_see_the_submitted_report_in_each_language(client, stella, submitted, language):
    client.force_login(stella)

    response = client.get(review_url(submitted, language))

    assert response.status_code == 200
    assert "PC-1" in visible_text(response)
    assert "1,000.00" in visible_text(response)  # the total spend, beside no published one
    assert 'name="_validate"' in response.content.decode()


def test_validating_publishes_and_tells_the_officials_in_their_language(
    client, stella, submitted, li
):
    client.force_login(stella)

    response = decide(client, submitted, comment="", _validate="1")

    assert response.status_code == 302
    report = Report.objects.get()
    assert (report.status, report.published, report.reviewer) == (
        ReportStatus.VALIDATED,
        True,
        stella,
    )
    assert ReportLine.objects.public().count() == 1
    [message] = mail.outbox
    assert message.to == [li.email]
    assert "/zh-hans/members/beijing/" in message.body


def test_returning_needs_a_comment_and_opens_a_new_draft(client, stella, submitted, li):
    client.force_login(stella)

    refused = decide(client, submitted, comment=" ", _return="1")
    assert refused.status_code == 200
    assert Report.objects.get().status == ReportStatus.SUBMITTED

    response = decide(client, submitted, comment="请附上合同。", _return="1")

    assert response.status_code == 302
    returned, draft = Report.objects.order_by("number")
    assert (returned.status, returned.published) == (ReportStatus.RETURNED, False)
    assert (draft.status, draft.number, draft.comment) == (ReportStatus.DRAFT, 2, "请附上合同。")
    assert draft.lines.get().tender == "PC-1"
    [message] = mail.outbox
    assert message.to == [li.email]
    assert "请附上合同。" in message.body
    assert "/zh-hans/members/beijing/impact/2023/" in message.body
    assert not ReportLine.objects.public().exists()


def test_a_validated_report_is_locked_and_corrected_in_a_new_version(client, stella, submitted, li):
    services.validate(submitted, stella)
    client.force_login(li)

    assert client.get(review_url(submitted)).status_code == 302  # not staff
    response = client.post("/en/members/beijing/impact/2023/correct/")

    assert response.status_code == 302
    validated, draft = Report.objects.order_by("number")
    assert (validated.status, validated.published) == (ReportStatus.VALIDATED, True)
    assert (draft.status, draft.published) == (ReportStatus.DRAFT, False)
    # The validated version stays in the figures until its correction is validated.
    assert list(ReportLine.objects.public().values_list("report", flat=True)) == [validated.pk]
    services.submit(draft, li, draft.edits)
    services.validate(draft, stella)
    assert list(ReportLine.objects.public().values_list("report", flat=True)) == [draft.pk]


def test_correct_pressed_twice_opens_one_new_version_and_says_so(client, stella, submitted, li):
    services.validate(submitted, stella)
    client.force_login(li)

    client.post("/en/members/beijing/impact/2023/correct/")
    again = client.post("/en/members/beijing/impact/2023/correct/", follow=True)

    assert again.status_code == 200
    assert "Someone else has already opened a correction" in visible_text(again)
    assert list(Report.objects.order_by("number").values_list("number", "status")) == [
        (1, ReportStatus.VALIDATED),
        (2, ReportStatus.DRAFT),
    ]


@pytest.mark.django_db(transaction=True)
def test_correct_pressed_twice_at_once_opens_one_new_version(stella, submitted, li, monkeypatch):
    services.validate(submitted, stella)
    copy = services.new_version

    def slow_copy(report):
        time.sleep(0.5)  # the other press arrives while this one copies
        return copy(report)

    monkeypatch.setattr(services, "new_version", slow_copy)
    outcomes = []

    def press():
        try:
            services.reopen(submitted, li)
            outcomes.append("opened")
        except services.Conflict:
            outcomes.append("conflict")
        except Exception as error:  # what went wrong, to show it
            outcomes.append(type(error).__name__)
        finally:
            connection.close()

    presses = [threading.Thread(target=press) for _ in range(2)]
    for thread in presses:
        thread.start()
        time.sleep(0.1)
    for thread in presses:
        thread.join()

    assert sorted(outcomes) == ["conflict", "opened"]
    assert list(Report.objects.order_by("number").values_list("number", "status")) == [
        (1, ReportStatus.VALIDATED),
        (2, ReportStatus.DRAFT),
    ]


def test_staff_without_the_permission_cannot_review(client, sam, submitted, totp_login):
    totp_login(sam)

    response = decide(client, submitted, comment="", _validate="1")

    assert response.status_code == 403
    assert Report.objects.get().status == ReportStatus.SUBMITTED


def test_a_report_is_decided_only_once(stella, submitted):
    services.validate(submitted, stella)

    with pytest.raises(services.Conflict):
        services.return_report(submitted, stella, "Too late.")
    assert Report.objects.get().status == ReportStatus.VALIDATED


def test_two_reviewers_deciding_at_once_the_second_is_told_not_failed(
    client, stella, submitted, li, monkeypatch
):
    client.force_login(stella)
    shown = form_data(client.get(review_url(submitted)))
    services.validate(Report.objects.get(), stella)  # another reviewer, a moment earlier
    mail.outbox.clear()
    opened = ReportAdmin.get_object

    def read_before_that(self, request, object_id, from_field=None):
        """The report as this request read it, just before the other decision committed."""
        report = opened(self, request, object_id, from_field)
        report.status = ReportStatus.SUBMITTED
        return report

    monkeypatch.setattr(ReportAdmin, "get_object", read_before_that)
    response = client.post(review_url(submitted), {**shown, "comment": "Fix it.", "_return": "1"})

    assert response.status_code == 302
    assert response["Location"] == review_url(submitted)
    monkeypatch.undo()
    shown = visible_text(client.get(response["Location"]))
    assert "Another reviewer has decided this report meanwhile" in shown
    assert [(report.status, report.comment) for report in Report.objects.all()] == [
        (ReportStatus.VALIDATED, "")
    ]
    assert mail.outbox == []
