"""The fields that are written in each of the four languages."""

from modeltranslation.translator import TranslationOptions, register

from members.models import Commitment, MemberGovernment, User


@register(MemberGovernment)
class MemberGovernmentTranslationOptions(TranslationOptions):
    fields = ["name", "summary", "gpp_policy", "contact_name", "contact_position"]


@register(Commitment)
class CommitmentTranslationOptions(TranslationOptions):
    fields = ["title", "description"]


@register(User)
class UserTranslationOptions(TranslationOptions):
    fields = ["name"]
    # A name is typed in the language of the page: every other language shows it until
    # someone writes it in theirs.
    fallback_languages = {"default": ("en", "ko", "ja", "zh-hans")}
