"""The admin's view of translations: which languages a record is written in, and a filter
for the records still missing one."""

from django.conf import settings
from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from procura.languages import SWITCHER_LABELS


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


class TranslationStatusAdmin(admin.ModelAdmin):
    """Adds the column "EN ✓ KR ✓ JP ✗ CN ✓" and the filter "missing translation in …"
    for the fields named in `status_fields`."""

    status_fields: list[str] = []

    def source_language(self, instance) -> str:
        """The language the record is first written in; the others translate it."""
        return settings.LANGUAGE_CODE

    @admin.display(description=_("languages"))
    def languages(self, instance):
        filled = filled_languages(instance, self.status_fields, self.source_language(instance))
        return "  ".join(
            f"{SWITCHER_LABELS[code]} {'✓' if code in filled else '✗'}"
            for code, _name in settings.LANGUAGES
        )

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), MissingTranslationFilter]


class MissingTranslationFilter(admin.SimpleListFilter):
    title = _("missing translation in")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]

    def queryset(self, request, queryset):
        if self.value() not in dict(self.lookups(request, None)):
            return queryset
        missing = Q()
        for field in self.model_admin.status_fields:
            english, other = (
                build_localized_fieldname(field, code) for code in ("en", self.value())
            )
            missing |= (
                ~Q(**{f"{english}__isnull": True})
                & ~Q(**{english: ""})
                & (Q(**{f"{other}__isnull": True}) | Q(**{other: ""}))
            )
        return queryset.filter(missing)

    def __init__(self, request, params, model, model_admin):
        self.model_admin = model_admin
        super().__init__(request, params, model, model_admin)
