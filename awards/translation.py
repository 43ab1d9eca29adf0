"""The fields of the awards that are written in each of the four languages."""

from modeltranslation.translator import TranslationOptions, register

from awards.models import TEXT_FIELDS, Application, AwardCategory, AwardEdition, Criterion

# An application is written in one language and translated later, if it wins: until then
# every language shows the one it was written in.
ANY_LANGUAGE = {"default": ("en", "zh-hans", "ko", "ja")}


@register(AwardEdition)
class AwardEditionTranslationOptions(TranslationOptions):
    fields = ["title", "introduction"]


@register(AwardCategory)
class AwardCategoryTranslationOptions(TranslationOptions):
    fields = ["name", "description"]


@register(Criterion)
class CriterionTranslationOptions(TranslationOptions):
    fields = ["name", "description"]


@register(Application)
class ApplicationTranslationOptions(TranslationOptions):
    fields = TEXT_FIELDS
    fallback_languages = ANY_LANGUAGE
    required_languages = ()
