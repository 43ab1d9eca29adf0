"""The fields that are written in each of the four languages."""

from modeltranslation.translator import TranslationOptions, register

from impact.models import ProductGroup


@register(ProductGroup)
class ProductGroupTranslationOptions(TranslationOptions):
    fields = ["name"]
