"""The admin's view of translations: which languages a record is written in, which are
missing or stale, filters for both, and the action that confirms translations as still valid."""

from django.conf import settings
from django.contrib import admin, messages
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.utils import build_localized_fieldname

from procura import translations
from procura.languages import SWITCHER_LABELS

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def missing_in(fields: list[str], language: str) -> Q:
    """Records with an English text in `fields` that has no translation into `language`."""
    missing = Q()
    for field in fields:
        english, other = (
            build_localized_fieldname(field, code) for code in (settings.LANGUAGE_CODE, language)
        )
        missing |= (
            ~Q(**{f"{english}__isnull": True})
            & ~Q(**{english: ""})
            & (Q(**{f"{other}__isnull": True}) | Q(**{other: ""}))
        )
    return missing


def language_labels(codes) -> str:
    return ", ".join(SWITCHER_LABELS[code] for code, _name in settings.LANGUAGES if code in codes)


class TranslationStatusAdmin(admin.ModelAdmin):
    """Adds the column "EN ✓ KR ⚠ JP ✓ CN ✗" (written, stale, missing), the filters
    "missing translation in …" and "stale translation in …", a warning on the edit page of a
    record with stale translations, and the action "translations still valid", for the fields
    named in `status_fields`."""

    status_fields: list[str] = []

    def source_language(self, instance) -> str:
        return translations.source_language(instance)

    def get_queryset(self, request):
        # Whether each language is stale, in the list's one query.
        stale = {
            f"stale_{code.replace('-', '_')}": ExpressionWrapper(
                translations.stale_in(self.model, self.status_fields, code),
                output_field=BooleanField(),
            )
            for code in OTHER_LANGUAGES
        }
        return super().get_queryset(request).annotate(**stale)

    @admin.display(description=_("languages"))
    def languages(self, instance):
        filled = translations.filled_languages(
            instance, self.status_fields, self.source_language(instance)
        )
        marks = []
        for code, _name in settings.LANGUAGES:
            stale = getattr(instance, f"stale_{code.replace('-', '_')}", False)
            mark = "⚠" if stale and code in filled else "✓" if code in filled else "✗"
            marks.append(f"{SWITCHER_LABELS[code]} {mark}")
        return "  ".join(marks)

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), MissingTranslationFilter, StaleTranslationFilter]

    def get_actions(self, request):
        actions = super().get_actions(request)
        if self.has_change_permission(request):
            action = TranslationStatusAdmin.confirm_translations
            actions["confirm_translations"] = (
                action,
                "confirm_translations",
                action.short_description,
            )
        return actions

    @admin.display(description=_("Mark the translations as still valid"))
    def confirm_translations(self, request, queryset):
        for instance in queryset:
            translations.confirm(instance)
        count = len(queryset)
        self.message_user(
            request,
            ngettext(
                "The translations of %(count)d record are marked as still valid.",
                "The translations of %(count)d records are marked as still valid.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        instance = self.get_object(request, object_id)
        if request.method == "GET" and instance is not None:
            stale_pairs = translations.stale_translations(instance, self.status_fields)
            stale = {code for _field, code in stale_pairs}
            extra_context = {
                **(extra_context or {}),
                # For the tabs' marks (procura/admin-tabs.js).
                "stale_translations": sorted(
                    build_localized_fieldname(field, code) for field, code in stale_pairs
                ),
            }
            if stale:
                self.message_user(
                    request,
                    _(
                        "The source text changed after these translations were made: "
                        "%(languages)s. Translate them again, or mark them as still valid "
                        "from the list."
                    )
                    % {"languages": language_labels(stale)},
                    messages.WARNING,
                )
        return super().change_view(request, object_id, form_url, extra_context)


class LanguageFilter(admin.SimpleListFilter):
    def lookups(self, request, model_admin):
        return [(code, SWITCHER_LABELS[code]) for code in OTHER_LANGUAGES]

    def __init__(self, request, params, model, model_admin):
        self.model_admin = model_admin
        super().__init__(request, params, model, model_admin)


class MissingTranslationFilter(LanguageFilter):
    title = _("missing translation in")
    parameter_name = "missing"

    def queryset(self, request, queryset):
        if self.value() not in OTHER_LANGUAGES:
            return queryset
        return queryset.filter(missing_in(self.model_admin.status_fields, self.value()))


class StaleTranslationFilter(LanguageFilter):
    title = _("stale translation in")
    parameter_name = "stale"

    def queryset(self, request, queryset):
        if self.value() not in OTHER_LANGUAGES:
            return queryset
        return queryset.filter(
            translations.stale_in(
                self.model_admin.model, self.model_admin.status_fields, self.value()
            )
        )
