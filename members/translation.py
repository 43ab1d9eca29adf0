"""The fields that are written in each of the four languages."""

from modeltranslation.translator import TranslationOptions, register

from members.models import Commitment, MemberGovernment


@register(MemberGovernment)
class MemberGovernmentTranslationOptions(TranslationOptions):
    fields = ["name", "summary", "gpp_policy", "contact_position"]


@register(Commitment)
class CommitmentTranslationOptions(TranslationOptions):
    fields = ["title", "description"]
