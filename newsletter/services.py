"""Subscribing, confirming and unsubscribing, and what the newsletter adds to mailings.

Subscribing is confirmed twice: the form only mails a signed link, which carries the address
and the language chosen, and the subscription exists once that link's button is pressed.
So an address typed in by someone else receives one mail and nothing after it, a second
subscription of the same address changes its language only through its own link, and the
form says the same whatever the address's state.

The newsletter and the network's mailings to officials are two lists. Unsubscribing from
the newsletter ends the subscription and is recorded as an `Unsubscribe` of the newsletter,
which keeps later issues from reaching the address as an official too; confirming a new
subscription lifts it, and leaves an unsubscribe from the network's mailings as it was.
"""

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from events import mailings
from events.models import (
    Mailing,
    MailingKind,
    MailingStatus,
    Unsubscribe,
    UnsubscribeList,
)
from newsletter.models import Newsletter, Subscriber, SubscriberStatus
from procura.languages import LANGUAGE_NAMES
from procura.mail import send_in_language
from procura.models import Suppression

CONFIRM_SALT = "newsletter.subscription.confirm"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"
# How long a confirmation link works.
CONFIRM_MAX_AGE = 7 * 24 * 3600


# Subscribing


def request_subscription(email: str, language: str) -> None:
    """Mail the link that confirms the subscription, in the language chosen; nothing is
    stored until it is used."""
    token = signing.dumps({"email": email, "language": language}, salt=CONFIRM_SALT, compress=True)
    with translation.override(language):
        confirm_url = reverse("newsletter:confirm", args=[token])
    send_in_language(
        language,
        "newsletter/email/confirm",
        email,
        {"email": email, "confirm_url": confirm_url, "max_days": CONFIRM_MAX_AGE // 86400},
    )


class LinkExpired(Exception):
    """A confirmation link that was valid, but is older than CONFIRM_MAX_AGE."""


def confirmation(token: str) -> dict[str, str] | None:
    """The address and language a confirmation link carries; None if it was tampered
    with; raises LinkExpired once it is too old."""
    try:
        found = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.SignatureExpired as error:
        raise LinkExpired from error
    except signing.BadSignature:
        return None
    valid = (
        isinstance(found, dict)
        and isinstance(found.get("email"), str)
        and found.get("language") in LANGUAGE_NAMES
    )
    return found if valid else None


@transaction.atomic
def confirm(email: str, language: str) -> Subscriber:
    """Subscribe the address in `language`, or change the language of its subscription; a
    newer confirmation lifts an earlier unsubscribe from the newsletter."""
    # Two presses of the button at once make one subscriber (the unique constraint decides).
    subscriber, _created = Subscriber.objects.get_or_create(
        email__iexact=email, defaults={"email": email, "language": language}
    )
    subscriber.language = language
    subscriber.status = SubscriberStatus.SUBSCRIBED
    subscriber.subscribed = timezone.now()
    subscriber.unsubscribed = None
    subscriber.save()
    Unsubscribe.objects.filter(
        email__iexact=email, mailing_list=UnsubscribeList.NEWSLETTER
    ).delete()
    return subscriber


# Unsubscribing


def unsubscribe_url(email: str, language: str) -> str:
    token = signing.dumps(email.lower(), salt=UNSUBSCRIBE_SALT, compress=True)
    with translation.override(language):
        return settings.SITE_URL + reverse("newsletter:unsubscribe", args=[token])


def unsubscribed_email(token: str) -> str | None:
    try:
        found = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return found if isinstance(found, str) else None


@transaction.atomic
def unsubscribe(email: str) -> None:
    """No more newsletters to this address, as a subscriber or as an official."""
    Subscriber.objects.filter(email__iexact=email, status=SubscriberStatus.SUBSCRIBED).update(
        status=SubscriberStatus.UNSUBSCRIBED, unsubscribed=timezone.now()
    )
    Unsubscribe.objects.get_or_create(
        email__iexact=email, mailing_list=UnsubscribeList.NEWSLETTER, defaults={"email": email}
    )


# What the newsletter adds to mailings (registered in NewsletterConfig.ready)


def subscribers(mailing: Mailing) -> list[mailings.Recipient]:
    """The subscribers a mailing reaches, without addresses that bounced for good."""
    suppressed = Suppression.objects.annotate(address=Lower("email")).values("address")
    found = Subscriber.objects.subscribed().annotate(address=Lower("email"))
    found = found.exclude(address__in=suppressed).order_by("subscribed", "pk")
    return [
        mailings.Recipient(email, "", language, "subscriber")
        for email, language in found.values_list("email", "language")
    ]


def issue(mailing: Mailing) -> dict:
    """What a newsletter's mail shows besides its introduction: its articles, newest first,
    and its events, soonest first; those unpublished since the issue was composed are left
    out, as readers could not open them."""
    try:
        newsletter = mailing.newsletter
    except Newsletter.DoesNotExist:
        return {"articles": [], "events": []}
    return {
        "newsletter": newsletter,
        "articles": list(newsletter.articles.published().order_by("-published_at", "-pk")),
        "events": list(newsletter.events.published().order_by("starts")),
    }


# Composing and sending


def last_sent() -> Newsletter | None:
    return (
        Newsletter.objects.exclude(mailing__started__isnull=True)
        .order_by("-mailing__started")
        .first()
    )


def composed(newsletter: Newsletter, user=None) -> Mailing:
    """The newsletter's mailing as Send would find it, without writing anything: a draft's
    texts are the newsletter's; an issue without a mailing yet gets an unsaved one."""
    mailing = newsletter.mailing or Mailing(kind=MailingKind.NEWSLETTER, created_by=user)
    if mailing.status != MailingStatus.DRAFT:
        return mailing
    mailing.to_subscribers = True
    mailing.to_officials = newsletter.to_officials
    mailing.scheduled = newsletter.scheduled
    for code, _name in settings.LANGUAGES:
        column = code.replace("-", "_")
        setattr(mailing, f"subject_{column}", getattr(newsletter, f"subject_{column}") or "")
        setattr(mailing, f"body_{column}", getattr(newsletter, f"introduction_{column}") or "")
    # So that `issue` finds the newsletter of a mailing not saved yet.
    Mailing.newsletter.related.set_cached_value(mailing, newsletter)
    return mailing


@transaction.atomic
def write_mailing(newsletter: Newsletter, user=None) -> Mailing:
    """The newsletter's mailing, created or brought up to date with its texts while it is
    a draft: the mailing is what Send, the outbox and the deliveries list work on."""
    mailing = composed(newsletter, user)
    if mailing.status != MailingStatus.DRAFT:
        return mailing
    mailing.save()
    if newsletter.mailing_id != mailing.pk:
        newsletter.mailing = mailing
        newsletter.save(update_fields=["mailing"])
    return mailing


# A newsletter can be deleted until its mailing starts; then it is the record of what went to
# whom.
DELETABLE = (MailingStatus.DRAFT, MailingStatus.SCHEDULED)
ALREADY_SENT = _("This issue has been sent: it stays as the record of what went to whom.")


@transaction.atomic
def delete(newsletter: Newsletter) -> None:
    """Delete an issue before its mailing starts; raises ValidationError once it has.

    The mailing's row is locked as `mailings.send` locks it, so neither beat nor Send can
    start it meanwhile. A draft mailing goes with the issue; a scheduled one stays, cancelled,
    so that beat, which may already be waiting for the row, finds it and leaves it."""
    mailing = None
    if newsletter.mailing_id is not None:
        mailing = Mailing.objects.select_for_update().get(pk=newsletter.mailing_id)
        if mailing.status not in DELETABLE:
            raise ValidationError(ALREADY_SENT)
    newsletter.delete()
    if mailing is None:
        return
    if mailing.status == MailingStatus.DRAFT:
        mailing.delete()
    else:
        mailing.status = MailingStatus.CANCELLED
        mailing.save(update_fields=["status"])
