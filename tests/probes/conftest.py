"""The probes' world: the suite's personas, last year's jury, and one object of each
kind in each state that matters, most of them Beijing's."""

from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation

from awards.models import ApplicationStatus, Attachment, Phase
from events import mailings, services
from events.models import Delivery, Mailing, Organisation, Unsubscribe
from members.models import Invitation
from members.revisions import snapshot
from members.services import propose_revision
from procura.models import OutgoingMail, Suppression
from tests.factories import (
    ApplicationFactory,
    CategoryFactory,
    EditionFactory,
    EventFactory,
    GovernmentFactory,
    RegistrationFactory,
    UserFactory,
    in_days,
)
from tests.helpers import image_file
from tests.probes import content


def attachment(application) -> Attachment:
    """A PDF attached to `application`, stored as uploads are: in the private folder."""
    attachment = Attachment(application=application, name="Tender.pdf", size=9)
    attachment.file.save("tender.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
    attachment.save()
    return attachment


# Everyone who knocks: nobody, Beijing's official, Seoul's official, two of last year's
# jury (Jae works for Seoul), staff without permissions, and a superuser.
PERSONAS = ["anonymous", "li", "minji", "kenji", "jae", "sam", "stella"]


@pytest.fixture
def act_as(client, totp_login, request):
    """`act_as(persona)`: the client, signed in afresh as that persona (or no one); staff
    give their TOTP code, as they must to sign in."""

    def sign_in(persona: str):
        client.logout()
        user = None if persona == "anonymous" else request.getfixturevalue(persona)
        if user is not None and user.is_staff:
            totp_login(user)
        elif user is not None:
            client.force_login(user)
        return client

    return sign_in


@pytest.fixture
def world(beijing, li, minji, kenji, jae, sam, stella, call, judged, beijing_entry, seoul_entry):
    """Published and hidden, open and closed, announced and not; the news, newsletter,
    impact reports and library of tests.probes.content; and the secret links that the
    portal mails (a registration's, an invitation's, a password reset's, the newsletter's)."""
    forum = EventFactory(slug="forum", audience="anyone")
    registration = RegistrationFactory(event=forum)
    pending = RegistrationFactory(event=forum, status="pending")
    mailing = Mailing.objects.create(event=forum, kind="invitation", subject_en="News")
    Delivery.objects.create(mailing=mailing, email=registration.email, language="en")
    Unsubscribe.objects.create(email="gone@example.org")
    Suppression.objects.create(email="bounced@example.org", reason="550 5.1.1 No such user")
    OutgoingMail.objects.create(message={}, to=registration.email, subject="Welcome")
    Organisation.objects.create(name_en="IGPN")
    Group.objects.create(name="Editors")
    beijing_entry.status = ApplicationStatus.SHORTLISTED
    beijing_entry.save()
    announced = CategoryFactory(edition=EditionFactory(year=2029, phase=Phase.ANNOUNCED))
    newcomer = UserFactory(email="newcomer@beijing.example")
    address = EmailAddress.objects.create(user=newcomer, email=newcomer.email, primary=True)
    invitation = Invitation.objects.create(government=beijing, email="wang@beijing.example")
    draft_entry = ApplicationFactory(
        category=call, government=beijing, status=ApplicationStatus.DRAFT, submitted=None
    )
    winner = ApplicationFactory(
        category=announced, government=beijing, status=ApplicationStatus.WINNER
    )
    articles = content.articles()
    newsletter = content.newsletter_issue(articles.published)
    with translation.override("en"):
        return SimpleNamespace(
            beijing=beijing,
            hidden=GovernmentFactory(slug="hidden", published=False),
            invitation=invitation,
            revision=propose_revision(beijing, li, snapshot(beijing), logo=image_file()),
            forum=forum,
            draft=EventFactory(slug="draft", audience="anyone", published=False),
            summit=EventFactory(slug="summit", audience="officials", starts=in_days(40)),
            mailing=mailing,
            call=call,
            judged=judged,
            beijing_entry=beijing_entry,
            seoul_entry=seoul_entry,
            draft_entry=draft_entry,
            winner=winner,
            attachments=SimpleNamespace(
                draft=attachment(draft_entry),
                beijing=attachment(beijing_entry),
                seoul=attachment(seoul_entry),
                winner=attachment(winner),
            ),
            address=address,
            articles=articles,
            newsletter=newsletter,
            reports=content.reports(beijing, minji.official.government, li, minji, stella),
            resources=content.resources(),
            links=SimpleNamespace(
                invitation=reverse("members:invitation", args=[invitation.key]),
                cancel=reverse("events:cancel", args=[services.cancel_token(registration)]),
                confirm_registration=reverse(
                    "events:confirm", args=[services.confirm_token(pending)]
                ),
                unsubscribe=urlsplit(mailings.unsubscribe_url(registration.email, "en")).path,
                confirm=reverse("account_confirm_email", args=[EmailConfirmationHMAC(address).key]),
                reset=reverse(
                    "account_reset_password_from_key",
                    kwargs={
                        "uidb36": user_pk_to_url_str(newcomer),
                        "key": default_token_generator.make_token(newcomer),
                    },
                ),
                newsletter_confirm=newsletter.confirm,
                newsletter_unsubscribe=newsletter.unsubscribe,
            ),
        )
