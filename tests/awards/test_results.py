"""When staff announce an edition, each applicant is told their own result by mail, in their
language, once; an application without a decided result stops the announcement."""

import pytest
from django.core import mail
from django.utils import translation

from awards import results
from awards.models import ApplicationStatus, AwardEdition, Phase
from tests.factories import ApplicationFactory
from tests.helpers import form_data, in_language, visible_text, wait_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def decided(beijing_entry, seoul_entry, li, minji, judged):
    """Beijing's application, sent by Li, won; Seoul's, sent by Minji, was not selected.
    Shanghai's draft was never submitted."""
    beijing_entry.official, beijing_entry.status = li.official, ApplicationStatus.WINNER
    seoul_entry.official, seoul_entry.status = minji.official, ApplicationStatus.NOT_SELECTED
    beijing_entry.save()
    seoul_entry.save()
    ApplicationFactory(category=judged, status=ApplicationStatus.DRAFT, submitted=None)
    return judged.edition


def announce(client, edition, captured):
    change = f"/en/admin/awards/awardedition/{edition.pk}/change/"
    data = form_data(client.get(change)) | {"phase": Phase.ANNOUNCED}
    with captured(execute=True):
        return client.post(change, data, follow=True)


def test_each_applicant_gets_their_own_result_in_their_language_once(
    staff_client, decided, beijing_entry, li, minji, django_capture_on_commit_callbacks
):
    response = announce(staff_client, decided, django_capture_on_commit_callbacks)

    assert response.status_code == 200
    assert "2 applicants were told theirs by mail." in visible_text(response)
    assert AwardEdition.objects.get(pk=decided.pk).phase == Phase.ANNOUNCED
    by_address = {message.to[0]: message for message in mail.outbox}
    assert sorted(by_address) == [li.email, minji.email]
    chinese = by_address[li.email]
    assert chinese.subject.endswith(
        in_language("zh-hans", "The results of the Procura+ Awards %(year)s") % {"year": 2030}
    )
    with translation.override("zh-hans"):
        assert translation.gettext("Winner") in chinese.body
    assert f"http://testserver/zh-hans/awards/2030/{beijing_entry.slug}/" in chinese.body
    korean = by_address[minji.email]
    assert in_language("ko", "We hope you will apply again. The results of the year are here:") in (
        korean.body
    )
    assert "http://testserver/ko/awards/2030/" in korean.body

    # Saving the announced edition again, or announcing it anew, tells nobody twice.
    mail.outbox.clear()
    change = f"/en/admin/awards/awardedition/{decided.pk}/change/"
    staff_client.post(change, form_data(staff_client.get(change)))
    assert announce(staff_client, decided, django_capture_on_commit_callbacks).status_code == 200
    assert mail.outbox == []


def test_an_application_without_a_result_stops_the_announcement(
    staff_client, decided, seoul_entry, django_capture_on_commit_callbacks
):
    seoul_entry.status = ApplicationStatus.SUBMITTED
    seoul_entry.save()

    response = announce(staff_client, decided, django_capture_on_commit_callbacks)

    assert response.status_code == 200
    assert "1 submitted application has no result yet" in visible_text(response)
    assert AwardEdition.objects.get(pk=decided.pk).phase == Phase.JUDGING
    assert mail.outbox == []


@pytest.mark.django_db(transaction=True)
def test_the_result_reaches_the_mail_server_through_the_worker(
    decided, li, smtp_server, celery_worker
):
    with celery_worker():
        assert results.announce(decided) == 2
        wait_for(lambda: len(smtp_server.messages) == 2)

    assert sorted(message["To"] for message in smtp_server.messages) == [
        "li@beijing.example",
        "minji@seoul.example",
    ]
