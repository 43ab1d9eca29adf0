"""Events of the tests.

The symposium is over and has a full page of content; the webinar is ahead, open
to anyone, with 10 seats and a waiting list; the workshop is for officials only.
"""

import datetime

import pytest

from events.models import Organisation, Partner, Quote, Session, Speaker
from tests.factories import BEIJING, EventFactory, in_days


@pytest.fixture
def symposium(db):
    event = EventFactory(
        slug="symposium",
        title_en="International Symposium on Municipal Green Procurement",
        title_ko="지방정부 녹색공공구매 국제 심포지엄",
        kind="symposium",
        starts=datetime.datetime(2014, 10, 30, 9, 0, tzinfo=BEIJING),
        ends=datetime.datetime(2014, 10, 31, 17, 30, tzinfo=BEIJING),
        venue_en="Beijing International Hotel",
        topics_en="Costs and benefits of GPP\nGPP practice at the local level",
        participants=60,
    )
    speaker = Speaker.objects.create(event=event, name="Ying Wang", position_en="Director")
    session = Session.objects.create(
        event=event,
        title_en="Opening",
        starts=event.starts,
        ends=event.starts + datetime.timedelta(hours=1),
    )
    session.speakers.add(speaker)
    Quote.objects.create(event=event, person="Junqing Xi", text_en="Green buying pays off.")
    igpn = Organisation.objects.create(name_en="International Green Purchasing Network")
    Partner.objects.create(event=event, organisation=igpn, role="supporter")
    return event


@pytest.fixture
def webinar(db):
    return EventFactory(
        slug="webinar",
        title_en="Webinar: electric buses",
        kind="webinar",
        starts=in_days(20, hour=10),
        ends=in_days(20, hour=12),
        time_zone="Asia/Seoul",
        audience="anyone",
        registration_opens=in_days(-1),
        capacity=10,
        waiting_list=True,
    )


@pytest.fixture
def workshop(db):
    return EventFactory(
        slug="workshop",
        title_en="Workshop for officials",
        kind="workshop",
        starts=in_days(40),
        ends=in_days(40, hour=17),
        audience="officials",
    )
