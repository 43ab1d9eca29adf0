"""What the demo's data files (demo/data/*.yaml) need beyond plain fixtures: reading them,
translated texts as model columns, dates counted from the day of loading, and accounts.

Texts are maps of the four languages: {en: …, ko: …, ja: …, zh-hans: …}. A date is written as
a date (2014-10-30) or counted from the day the demo is loaded, so that a demo loaded on any
day has an upcoming event and an open call:
  {days: 30}                         30 days after the day of loading (-30: before it)
  {years: -2, month: 3, day: 18}     18 March two years before the year of loading
A year is a number or {years: N}. A moment in an event's programme is {day: N, time: "HH:MM"},
N days after the event's first day, in its time zone. Records link to each other by slug or
key; every loader updates the rows it finds, so the demo loads any number of times."""

from datetime import date, timedelta
from functools import cache
from pathlib import Path

import yaml
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from modeltranslation.utils import build_localized_fieldname

DATA = Path(__file__).resolve().parent / "data"
# libyaml's parser where it is built, Python's otherwise: the same data either way.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def read(name: str) -> dict:
    """The content of demo/data/<name>.yaml; shared by every caller, so never changed."""
    with open(DATA / f"{name}.yaml", encoding="utf-8") as file:
        return yaml.load(file, Loader=Loader)


def columns(record: dict, translated: list[str]) -> dict:
    """Model field values of a record: each translated text becomes one column per language."""
    values = {}
    for name, value in record.items():
        if name in translated:
            for code, text in value.items():
                values[build_localized_fieldname(name, code)] = text
        else:
            values[name] = value
    return values


def translated(record: dict, fields: list[str]) -> dict:
    """Like `columns`, with an empty column for every language a record leaves out."""
    blank = {
        build_localized_fieldname(field, code): ""
        for field in fields
        for code, _name in settings.LANGUAGES
    }
    return blank | columns(record, fields)


def day(value: date | dict, today: date) -> date:
    """A date of the data files: as written, or counted from `today`."""
    if isinstance(value, date):
        return value
    if "years" in value:
        return date(today.year + value["years"], value["month"], value["day"])
    return today + timedelta(days=value["days"])


def year(value: int | dict, today: date) -> int:
    return value if isinstance(value, int) else today.year + value["years"]


def account(record: dict, password: str, **flags: bool):
    """The user of an account record with a verified address; the password is set only when
    the user is new, so that one changed by hand survives a reload."""
    email = record["email"]
    names = columns({"name": record["name"]}, ["name"])
    user, created = get_user_model().objects.update_or_create(email=email, defaults=names | flags)
    if created:
        user.set_password(password)
        user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user
