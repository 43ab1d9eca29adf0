"""The fields of events that are written in each of the four languages."""

from modeltranslation.translator import TranslationOptions, register

from events.models import (
    Document,
    Event,
    Mailing,
    Organisation,
    Photo,
    Quote,
    Session,
    Speaker,
)


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = [
        "title",
        "venue",
        "city",
        "summary",
        "description",
        "topics",
        "contact_name",
        "contact_position",
    ]


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ["name"]


@register(Speaker)
class SpeakerTranslationOptions(TranslationOptions):
    # A name too: each language writes people in its own script and order (森武志,
    # 모리 다케시, Takeshi Mori).
    fields = ["name", "position", "organisation"]


@register(Session)
class SessionTranslationOptions(TranslationOptions):
    fields = ["title", "description", "room"]


@register(Quote)
class QuoteTranslationOptions(TranslationOptions):
    fields = ["person", "position", "organisation", "text"]


@register(Photo)
class PhotoTranslationOptions(TranslationOptions):
    fields = ["caption"]


@register(Document)
class DocumentTranslationOptions(TranslationOptions):
    fields = ["title"]


@register(Mailing)
class MailingTranslationOptions(TranslationOptions):
    fields = ["subject", "body"]
