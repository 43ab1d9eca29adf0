"""Registration mail leaves through a real Celery worker to an SMTP server on loopback."""

import re

import icalendar
import pytest
from django.utils import translation

from tests.helpers import wait_for

# The worker closes the test's database connection, which a test transaction would not survive.
pytestmark = pytest.mark.django_db(transaction=True)


def test_the_confirmation_arrives_in_the_registrants_language_with_the_ics(
    client, webinar, smtp_server, celery_worker
):
    client.post(
        "/ko/events/webinar/register/",
        {"name": "Kim Minji", "email": "minji@suwon.example", "language": "ko"},
    )
    assert smtp_server.envelopes == []  # the request only queued it

    with celery_worker():
        wait_for(lambda: smtp_server.envelopes)
        [request] = smtp_server.messages
        assert list(request.iter_attachments()) == []
        body = request.get_body(("plain",)).get_content()
        client.post(re.search(r"http://testserver(/ko/\S+/confirm/)", body).group(1))
        wait_for(lambda: len(smtp_server.envelopes) == 2)

    message = smtp_server.messages[1]
    assert message["To"] == "minji@suwon.example"
    with translation.override("ko"):
        subject = translation.gettext("Your registration for %(title)s is confirmed")
        assert subject % {"title": webinar.title} in message["Subject"]
    body = message.get_body(("plain",)).get_content()
    assert "/ko/events/registration/" in body
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "webinar.ics"
    [event] = icalendar.Calendar.from_ical(attachment.get_content()).walk("VEVENT")
    assert str(event["dtstart"].dt.tzinfo) == "Asia/Seoul"
