"""Which translations are missing or stale, for every translated field of every model.

Each translation remembers the source text it was made from (its MD5, in TranslationSource).
When a record is saved, a translation that changed is taken as made from the source text
saved with it; a translation left as it was keeps the source it had, so that once the
source changes, it is stale until someone translates it again or confirms it."""

import hashlib

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q, Value
from django.db.models.functions import MD5, Coalesce
from django.db.models.signals import post_save, pre_save
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from procura.models import TranslationSource

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def source_language(instance) -> str:
    """The language a record is first written in; the others translate it."""
    return getattr(instance, "source_language", None) or settings.LANGUAGE_CODE


def filled_languages(instance, fields: list[str], source: str = settings.LANGUAGE_CODE) -> set[str]:
    """The languages in which every field that has text in the source language has text too."""
    written = [
        field for field in fields if getattr(instance, build_localized_fieldname(field, source))
    ]
    return {
        code
        for code, _name in settings.LANGUAGES
        if all(getattr(instance, build_localized_fieldname(field, code)) for field in written)
    }


def digest(text: str | None) -> str:
    return hashlib.md5((text or "").encode(), usedforsecurity=False).hexdigest()


def translated_fields(model) -> list[str]:
    return list(translator.get_options_for_model(model).fields)


def texts(instance, fields: list[str]) -> dict[tuple[str, str], str]:
    """{(field, language): text} of the record as it is in memory."""
    return {
        (field, code): getattr(instance, build_localized_fieldname(field, code)) or ""
        for field in fields
        for code in LANGUAGES
    }


def saves_texts(sender, raw: bool, update_fields) -> bool:
    """Whether a save may change translated texts: not a fixture's, nor one of other columns."""
    if raw:
        return False
    if update_fields is None:
        return True
    fields = translated_fields(sender)
    columns = {build_localized_fieldname(field, code) for field in fields for code in LANGUAGES}
    return not columns.isdisjoint(update_fields) or not set(fields).isdisjoint(update_fields)


def remember_previous(sender, instance, raw=False, update_fields=None, **kwargs):
    """Before a save: the texts as they were, to see which translations the save changes."""
    instance._texts_before = None
    if not saves_texts(sender, raw, update_fields) or instance._state.adding or not instance.pk:
        return
    fields = translated_fields(sender)
    columns = [build_localized_fieldname(field, code) for field in fields for code in LANGUAGES]
    before = sender._base_manager.filter(pk=instance.pk).values(*columns).first()
    instance._texts_before = (
        None
        if before is None
        else {
            (field, code): before[build_localized_fieldname(field, code)] or ""
            for field in fields
            for code in LANGUAGES
        }
    )


def record_sources(sender, instance, raw=False, update_fields=None, **kwargs):
    """After a save: a changed translation was made from today's source; one that was not
    changed and had no record yet was made from the source as it was before this save."""
    if not saves_texts(sender, raw, update_fields):
        return
    source = source_language(instance)
    now, before = texts(instance, translated_fields(sender)), instance.__dict__.get("_texts_before")
    known = set()
    if before is not None:
        known = set(recorded(instance).values_list("field", "language"))
    made_from = {}
    for (field, code), text in now.items():
        if code == source or not text:
            continue
        if before is None or text != before[field, code]:
            made_from[field, code] = now[field, source]
        elif (field, code) not in known:
            made_from[field, code] = before[field, source]
    save_sources(instance, made_from)


def recorded(instance):
    return TranslationSource.objects.filter(
        content_type=ContentType.objects.get_for_model(type(instance)), object_id=instance.pk
    )


def save_sources(instance, made_from: dict[tuple[str, str], str]) -> None:
    """Record, in one statement, the source text each translation was made from."""
    content_type = ContentType.objects.get_for_model(type(instance))
    TranslationSource.objects.bulk_create(
        [
            TranslationSource(
                content_type=content_type,
                object_id=instance.pk,
                field=field,
                language=code,
                source_hash=digest(text),
            )
            for (field, code), text in made_from.items()
        ],
        update_conflicts=True,
        unique_fields=["content_type", "object_id", "field", "language"],
        update_fields=["source_hash"],
    )


def confirm(instance, languages: list[str] | None = None) -> None:
    """Take the record's translations as still valid for its present source text."""
    source = source_language(instance)
    now = texts(instance, translated_fields(type(instance)))
    save_sources(
        instance,
        {
            (field, code): now[field, source]
            for (field, code), text in now.items()
            if code != source and text and (languages is None or code in languages)
        },
    )


def stale_translations(instance, fields: list[str]) -> set[tuple[str, str]]:
    """The (field, language) of each translation made from another source text than today's."""
    source = source_language(instance)
    now = texts(instance, fields)
    return {
        (row.field, row.language)
        for row in recorded(instance).filter(field__in=fields)
        if row.language != source
        and now.get((row.field, row.language))
        and row.source_hash != digest(now[row.field, source])
    }


def stale_languages(instance, fields: list[str]) -> set[str]:
    return {language for _field, language in stale_translations(instance, fields)}


def stale_in(model, fields: list[str], language: str) -> Q:
    """Records of `model` with a translation into `language` made from another English text."""
    content_type = ContentType.objects.get_for_model(model)
    condition = Q()
    for field in fields:
        source = build_localized_fieldname(field, settings.LANGUAGE_CODE)
        translation = build_localized_fieldname(field, language)
        outdated = TranslationSource.objects.filter(
            content_type=content_type,
            object_id=OuterRef("pk"),
            field=field,
            language=language,
        ).exclude(source_hash=MD5(Coalesce(OuterRef(source), Value(""))))
        written = Q(**{f"{translation}__isnull": False}) & ~Q(**{translation: ""})
        condition |= written & Exists(outdated)
    return condition


def connect() -> None:
    """Follow every model registered for translation."""
    for model in translator.get_registered_models(abstract=False):
        pre_save.connect(remember_previous, sender=model, dispatch_uid=f"texts-{model._meta.label}")
        post_save.connect(record_sources, sender=model, dispatch_uid=f"sources-{model._meta.label}")
