"""The fields of the newsletter that are written in each of the four languages."""

from modeltranslation.translator import TranslationOptions, register

from newsletter.models import Newsletter


@register(Newsletter)
class NewsletterTranslationOptions(TranslationOptions):
    fields = ["subject", "introduction"]
    required_languages = ["en"]
