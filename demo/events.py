"""Demo events (demo/data/events.yaml): their programme, speakers, partners, quotes, and a
cover and a gallery of pictures drawn here, since the demo ships no photographs."""

import zoneinfo
from datetime import datetime, time, timedelta

from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify

from demo.load import day, read, translated
from demo.pictures import emblem, illustration, initials
from events.models import (
    COVER_SIZES,
    LOGO_SIZES,
    Audience,
    Event,
    Organisation,
    Partner,
    Photo,
    Quote,
    Session,
    Speaker,
)
from members.models import MemberGovernment
from procura.images import reencode
from procura.uploads import store

EVENT_TRANSLATED = [
    "title",
    "venue",
    "city",
    "summary",
    "description",
    "topics",
    "contact_name",
    "contact_position",
]
ORGANISATION_TRANSLATED = ["name"]
SPEAKER_TRANSLATED = ["name", "position", "organisation"]
SESSION_TRANSLATED = ["title", "description", "room"]
PHOTO_TRANSLATED = ["caption"]
QUOTE_TRANSLATED = ["person", "position", "organisation", "text"]
# The parts of an event record that are rows of their own.
PARTS = ["slug", "first_day", "partners", "speakers", "sessions", "quotes", "photos"]

# The upcoming event whose registration page the last line of the output points to.
WEBINAR = "webinar-electric-buses"


def events() -> list[dict]:
    return read("events")["events"]


def organisations() -> dict[str, dict]:
    return read("events")["organisations"]


def load(stdout) -> None:
    saved = {}
    for order, (key, record) in enumerate(organisations().items()):
        saved[key], _created = Organisation.objects.update_or_create(
            name_en=record["name"]["en"], defaults=translated(record, ORGANISATION_TRANSLATED)
        )
        logo = saved[key].logo
        if not logo or not logo.storage.exists(logo.name):
            # An emblem with the initials stands in for the organisation's logo.
            drawn = emblem(initials(record["name"]["en"]), order + 3)
            store(saved[key], reencode(drawn, slugify(record["name"]["en"]), LOGO_SIZES))
            saved[key].save()
    now = timezone.now()
    for record in events():
        load_event(record, saved, now)

    with translation.override("en"):
        register_url = reverse("events:register", args=[WEBINAR])
    stdout.write(f"Events: {len(events())} (register for the webinar at {register_url})")


def load_event(record: dict, organisations: dict, now: datetime) -> None:
    zone = zoneinfo.ZoneInfo(record["time_zone"])
    first_day = day(record["first_day"], timezone.localtime(now, zone).date())

    def moment(value: dict) -> datetime:
        """{day: N, time: "HH:MM"} of the programme, in the event's time zone."""
        on = first_day + timedelta(days=value["day"])
        return datetime.combine(on, time.fromisoformat(value["time"]), tzinfo=zone)

    values = {name: value for name, value in record.items() if name not in PARTS}
    values["starts"], values["ends"] = moment(record["starts"]), moment(record["ends"])
    values["topics"] = {code: "\n".join(lines) for code, lines in record["topics"].items()}
    if values.get("audience", Audience.NOBODY) != Audience.NOBODY:
        # Open since yesterday, until the day before the event.
        values["registration_opens"] = now - timedelta(days=1)
        values["registration_closes"] = values["starts"] - timedelta(days=1)
    defaults = {
        "audience": Audience.NOBODY,
        "participants": None,
        "registration_opens": None,
        "registration_closes": None,
        "capacity": None,
        "waiting_list": True,
        "reminder_days": [],
        "published": True,
        "sample": True,
    } | translated(read("events")["contact"] | values, EVENT_TRANSLATED)
    event, _created = Event.objects.update_or_create(slug=record["slug"], defaults=defaults)
    if not event.cover or not event.cover.storage.exists(event.cover.name):
        store(
            event,
            reencode(illustration(sum(map(ord, event.slug))), event.slug, COVER_SIZES, "JPEG"),
        )
        event.save()

    kept = []
    for order, partner in enumerate(record["partners"]):
        saved, _created = Partner.objects.update_or_create(
            event=event,
            organisation=organisations[partner["organisation"]],
            defaults={"role": partner["role"], "order": order},
        )
        kept.append(saved.pk)
    event.partners.exclude(pk__in=kept).delete()

    by_name = load_speakers(event, record["speakers"])
    kept = []
    for session in record["sessions"]:
        values = translated(
            {name: value for name, value in session.items() if name != "speakers"},
            SESSION_TRANSLATED,
        )
        values["starts"], values["ends"] = moment(session["starts"]), moment(session["ends"])
        slot, _created = Session.objects.update_or_create(
            event=event, title_en=values.pop("title_en"), defaults=values
        )
        slot.speakers.set([by_name[name] for name in session["speakers"]])
        kept.append(slot.pk)
    event.sessions.exclude(pk__in=kept).delete()

    kept = []
    for order, quote in enumerate(record.get("quotes", [])):
        person = quote["person"]
        values = translated(
            {"person": person["name"], "position": person["position"]}
            | {"organisation": person["organisation"], "text": quote["text"]},
            QUOTE_TRANSLATED,
        )
        saved, _created = Quote.objects.update_or_create(
            event=event, person_en=values.pop("person_en"), defaults={"order": order} | values
        )
        kept.append(saved.pk)
    event.quotes.exclude(pk__in=kept).delete()

    load_photos(event, record.get("photos", []))


def load_speakers(event: Event, speakers: list[dict]) -> dict[str, Speaker]:
    """The event's speakers by English name; a speaker's `government` links to a member's
    profile."""
    by_name = {}
    for order, speaker in enumerate(speakers):
        government = speaker.get("government")
        values = translated(
            {name: speaker[name] for name in SPEAKER_TRANSLATED}, SPEAKER_TRANSLATED
        ) | {
            "order": order,
            "government": (
                MemberGovernment.objects.filter(slug=government).first() if government else None
            ),
        }
        english = values.pop("name_en")
        by_name[english], _created = Speaker.objects.update_or_create(
            event=event, name_en=english, defaults=values
        )
    event.speakers.exclude(pk__in=[speaker.pk for speaker in by_name.values()]).delete()
    return by_name


def load_photos(event: Event, captions: list[dict]) -> None:
    """The gallery: a picture is drawn for a new photo, or one whose file has gone missing."""
    for order, caption in enumerate(captions):
        values = translated({"caption": caption}, PHOTO_TRANSLATED)
        photo, created = Photo.objects.update_or_create(event=event, order=order, defaults=values)
        if created or not photo.image.storage.exists(photo.image.name):
            photo.set_image(illustration(order + 7))
            photo.save()
    event.photos.filter(order__gte=len(captions)).delete()
