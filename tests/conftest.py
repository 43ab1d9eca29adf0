"""Personas and fixtures shared by the whole suite.

Stella is on ICLEI East Asia's staff and signs in with a TOTP code.
Olivia has a verified account and no special rights.
Beijing and Seoul are member governments. Li speaks for Beijing and reads mail in
Chinese; Minji speaks for Seoul, in Korean. Sam is on ICLEI's staff and has set up
two-factor authentication like all staff, but has no permissions.
Anonymous visitors need no fixture: they are the `client`.

Events: the symposium is over and has a full page of content; the webinar is ahead, open
to anyone, with 10 seats and a waiting list; the workshop is for officials only.

Awards: this year's call is open, with one category of two criteria. Last year's edition
is in judging: Beijing and Seoul applied to it. Jae sits on last year's jury and works for
Seoul, so he is recused from Seoul's application; Kenji, on the same jury, is from no
government.
"""

import datetime
import email
import email.policy
import io
import socket
from functools import partial

import pytest
from aiosmtpd.controller import Controller
from allauth.account.models import EmailAddress
from allauth.mfa.base.internal.flows import post_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from celery.contrib.testing.worker import start_worker
from django.core.management import call_command
from django.test import RequestFactory, override_settings
from django.utils import translation

from awards.models import Phase
from events.models import Organisation, Partner, Quote, Session, Speaker
from procura import caching
from procura.celery import app as celery_app
from tests.factories import (
    BEIJING,
    ApplicationFactory,
    CategoryFactory,
    CommitmentFactory,
    EditionFactory,
    EventFactory,
    GovernmentFactory,
    JuryMemberFactory,
    OfficialFactory,
    UserFactory,
    in_days,
)

LANGUAGES = ["en", "ko", "ja", "zh-hans"]


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits and cached pages must not leak from one test into the next."""
    caching.clear()
    yield
    caching.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in English: a request through the test client leaves its page's
    language active in the thread, and a URL reversed by the next test would carry it."""
    with translation.override(LANGUAGES[0]):
        yield


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    """Uploaded files go to a fresh folder, private ones to its private/ folder."""
    settings.MEDIA_ROOT = tmp_path
    settings.SENDFILE_ROOT = tmp_path / "private"


@pytest.fixture(params=LANGUAGES)
def language(request):
    return request.param


def verified_user(**fields):
    user = UserFactory(**fields)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@pytest.fixture
def olivia(db):
    return verified_user(email="olivia@beijing.example", name="Olivia")


@pytest.fixture
def stella(db):
    user = verified_user(
        email="stella@iclei.example", name="Stella", is_staff=True, is_superuser=True
    )
    user.totp_secret = generate_totp_secret()
    TOTP.activate(user, user.totp_secret)
    return user


class SMTPRecorder:
    """An aiosmtpd handler that keeps what it receives; `replies` makes it refuse the next
    messages, `refused` refuses recipients (address -> reply)."""

    def __init__(self):
        self.envelopes = []
        self.replies: list[str] = []
        self.refused: dict[str, str] = {}

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refused:
            return self.refused[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.replies:
            return self.replies.pop(0)
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    @property
    def messages(self):
        return [
            email.message_from_bytes(envelope.content, policy=email.policy.default)
            for envelope in self.envelopes
        ]


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on loopback; mail goes there through the Celery task backend."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    recorder = SMTPRecorder()
    recorder.controller = Controller(recorder, hostname="127.0.0.1", port=port)
    recorder.controller.start()
    settings.EMAIL_BACKEND = "procura.mail.TaskEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    yield recorder
    recorder.controller.stop()


@pytest.fixture
def celery_worker():
    """`with celery_worker():` runs a real Celery worker, in a thread, on the real Redis broker."""
    celery_app.control.purge()
    return partial(
        start_worker, celery_app, pool="solo", perform_ping_check=False, shutdown_timeout=10
    )


@pytest.fixture
def demo(db):
    """The demo content, as `make run` loads it (load_demo runs only in development).
    With the live server of the browser tests, the database is a transactional one."""
    with override_settings(DEBUG=True):
        call_command("load_demo", stdout=io.StringIO())


@pytest.fixture
def demo_output(demo):
    """What a second run of load_demo prints: loading twice must duplicate nothing."""
    printed = io.StringIO()
    with override_settings(DEBUG=True):
        call_command("load_demo", stdout=printed)
    return printed.getvalue()


@pytest.fixture
def beijing(db):
    government = GovernmentFactory(
        slug="beijing",
        name_en="Beijing",
        name_ko="베이징",
        name_ja="北京市",
        name_zh_hans="北京市",
        summary_en="The capital buys green.",
        summary_zh_hans="首都实行绿色采购。",
        country="CN",
    )
    CommitmentFactory(
        government=government,
        title_en="Green office paper",
        title_zh_hans="绿色办公用纸",
        target_year=2025,
        target_value=100,
        unit="%",
    )
    return government


@pytest.fixture
def seoul(db):
    government = GovernmentFactory(
        slug="seoul", name_en="Seoul", name_ko="서울특별시", country="KR", summary_en="Seoul."
    )
    CommitmentFactory(government=government, title_en="Electric buses")
    return government


@pytest.fixture
def li(beijing):
    user = verified_user(email="li@beijing.example", name="Li Wei")
    OfficialFactory(user=user, government=beijing, language="zh-hans")
    return user


@pytest.fixture
def minji(seoul):
    user = verified_user(email="minji@seoul.example", name="Minji Kim")
    OfficialFactory(user=user, government=seoul, language="ko")
    return user


@pytest.fixture
def sam(db):
    user = verified_user(email="sam@iclei.example", name="Sam", is_staff=True)
    TOTP.activate(user, generate_totp_secret())
    return user


@pytest.fixture
def totp_login(client):
    """`totp_login(user)`: the client, signed in as `user` with their password and then their
    TOTP code, as allauth's form signs in everyone who has an authenticator."""

    def sign_in(user):
        client.force_login(user)
        request = RequestFactory().get("/")
        request.session, request.user = client.session, user
        post_authentication(request, Authenticator.objects.get(user=user, type="totp"))
        request.session.save()
        return client

    return sign_in


@pytest.fixture
def staff_client(totp_login, stella):
    return totp_login(stella)


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


@pytest.fixture
def call(db):
    """This year's open call and its category."""
    edition = EditionFactory(year=2031, title_ko="2031 Procura+ 어워드")
    return CategoryFactory(
        edition=edition,
        slug="sustainable",
        name_en="Sustainable Procurement of the Year",
        name_ko="올해의 지속가능 조달",
    )


@pytest.fixture
def judged(db):
    """Last year's edition, in judging, with one category."""
    edition = EditionFactory(
        year=2030, phase=Phase.JUDGING, opens=in_days(-200), closes=in_days(-100)
    )
    return CategoryFactory(edition=edition, slug="innovation", name_en="Innovation of the Year")


@pytest.fixture
def beijing_entry(judged, beijing):
    return ApplicationFactory(category=judged, government=beijing, title_en="Electric buses")


@pytest.fixture
def seoul_entry(judged, seoul):
    return ApplicationFactory(category=judged, government=seoul, title_en="Green offices")


@pytest.fixture
def jae(judged, seoul):
    user = verified_user(email="jae@seoul.example", name="Jae")
    JuryMemberFactory(edition=judged.edition, user=user, government=seoul)
    return user


@pytest.fixture
def kenji(judged):
    user = verified_user(email="kenji@igpn.example", name="Kenji")
    JuryMemberFactory(edition=judged.edition, user=user)
    return user
