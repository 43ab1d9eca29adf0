"""The application services on their own: whether an application is still open to change."""

import datetime

import pytest
from django.utils import timezone

from awards import services
from awards.models import ApplicationStatus
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


def test_a_draft_of_an_open_call_has_no_lock(call):
    assert (
        services.lock_of(
            ApplicationFactory(category=call, status=ApplicationStatus.DRAFT, submitted=None)
        )
        is None
    )


def test_a_submitted_application_is_locked_and_says_since_when(call):
    application = ApplicationFactory(
        category=call,
        status=ApplicationStatus.SUBMITTED,
        submitted=timezone.make_aware(datetime.datetime(2031, 3, 2, 10, 0)),
    )

    lock = services.lock_of(application)

    assert lock.code == "submitted"
    assert lock.text == (
        "This application was submitted on 2 March 2031 and can no longer be changed."
    )


def test_a_draft_is_locked_once_the_call_closes(call):
    call.edition.closes = timezone.now() - datetime.timedelta(minutes=1)
    call.edition.save()

    lock = services.lock_of(
        ApplicationFactory(category=call, status=ApplicationStatus.DRAFT, submitted=None)
    )

    assert lock.code == "closed"
    assert "Your changes were not saved" in lock.text
