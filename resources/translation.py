"""The fields of resources that are written in each of the four languages."""

from modeltranslation.translator import TranslationOptions, register

from resources.models import Resource


@register(Resource)
class ResourceTranslationOptions(TranslationOptions):
    fields = ["title", "summary", "publisher"]
    required_languages = {"en": ["title", "summary"]}
