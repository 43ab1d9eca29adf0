"""The translation dashboard of the admin: per kind of record and language, how many are
missing or stale, each count a link to those records; and the round trip through a
spreadsheet that lets an outside translator do a batch of one language."""

import csv
import io
from dataclasses import dataclass

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import BooleanField, Count, ExpressionWrapper
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from modeltranslation.utils import build_localized_fieldname

from procura import translations
from procura.exports import FORMULA_STARTS, csv_response
from procura.languages import SWITCHER_LABELS
from procura.translation_admin import OTHER_LANGUAGES, TranslationStatusAdmin, missing_in

COLUMNS = ["record", "id", "field", "source", "translation"]
# A translator's file: at most this many bytes.
MAX_IMPORT_BYTES = 5 * 1024 * 1024


@dataclass
class Tally:
    number: int
    url: str


def status_admins(request) -> list[TranslationStatusAdmin]:
    """The admins of translated records this member of staff may see."""
    return [
        model_admin
        for model_admin in admin.site._registry.values()
        if isinstance(model_admin, TranslationStatusAdmin)
        and model_admin.has_view_permission(request)
    ]


def dashboard(request):
    rows = []
    for model_admin in status_admins(request):
        model, fields = model_admin.model, model_admin.status_fields
        counts = model._default_manager.aggregate(
            **{
                f"{state}_{code}": Count("pk", filter=condition(model, fields, state, code))
                for state in ("missing", "stale")
                for code in OTHER_LANGUAGES
            }
        )
        changelist = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        rows.append(
            {
                "name": model._meta.verbose_name_plural,
                "url": changelist,
                "languages": [
                    {
                        state: Tally(counts[f"{state}_{code}"], f"{changelist}?{state}={code}")
                        for state in ("missing", "stale")
                    }
                    for code in OTHER_LANGUAGES
                ],
            }
        )
    context = {
        **admin.site.each_context(request),
        "title": _("Translations"),
        "labels": [SWITCHER_LABELS[code] for code in OTHER_LANGUAGES],
        "languages": [(code, SWITCHER_LABELS[code]) for code in OTHER_LANGUAGES],
        "rows": rows,
        "max_megabytes": MAX_IMPORT_BYTES // (1024 * 1024),
    }
    return TemplateResponse(request, "admin/translations.html", context)


def condition(model, fields, state: str, code: str):
    return (
        missing_in(fields, code)
        if state == "missing"
        else translations.stale_in(model, fields, code)
    )


def export(request, language: str):
    """What is missing or stale in `language`, with its source text, as a spreadsheet."""
    if language not in OTHER_LANGUAGES:
        raise Http404
    response, writer = csv_response(f"translations-{language}.csv")
    writer.writerow(COLUMNS)
    for model_admin in status_admins(request):
        model, fields = model_admin.model, model_admin.status_fields
        needed = missing_in(fields, language) | translations.stale_in(model, fields, language)
        # Which of its fields is stale, in the same query as the records.
        stale = {
            f"stale_{field}": ExpressionWrapper(
                translations.stale_in(model, [field], language), output_field=BooleanField()
            )
            for field in fields
        }
        for instance in model._default_manager.filter(needed).annotate(**stale).order_by("pk"):
            for field in fields:
                source = getattr(instance, build_localized_fieldname(field, settings.LANGUAGE_CODE))
                translation = getattr(instance, build_localized_fieldname(field, language))
                if source and (not translation or getattr(instance, f"stale_{field}")):
                    writer.writerow([model._meta.label, instance.pk, field, source, translation])
    return response


def unquoted(text: str) -> str:
    """A cell's text as written before the export kept it from being read as a formula."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


@require_POST
def import_translations(request, language: str):
    """The translator's file back: each filled "translation" cell replaces the record's text
    in `language`, taken as made from the "source" cell, so that a source changed meanwhile
    leaves it stale. Rows naming something else, or that staff may not change, are skipped."""
    if language not in OTHER_LANGUAGES:
        raise Http404
    upload = request.FILES.get("file")
    if upload is None or upload.size > MAX_IMPORT_BYTES:
        messages.error(
            request,
            _("Choose a CSV file of at most %(limit)s MB exported from this page.")
            % {"limit": MAX_IMPORT_BYTES // (1024 * 1024)},
        )
        return redirect("admin:translations")
    try:
        rows = list(csv.DictReader(io.StringIO(upload.read().decode("utf-8-sig"))))
    except (UnicodeDecodeError, csv.Error):
        rows = None
    if rows is None or (rows and set(COLUMNS) - set(rows[0])):
        messages.error(request, _("This file is not a translation file exported from this page."))
        return redirect("admin:translations")
    admins = {
        model_admin.model._meta.label: model_admin
        for model_admin in status_admins(request)
        if model_admin.has_change_permission(request)
    }
    imported = skipped = 0
    with transaction.atomic():
        for row in rows:
            model_admin = admins.get(row["record"])
            text = unquoted(row["translation"] or "").strip()
            if model_admin is None or row["field"] not in model_admin.status_fields or not text:
                skipped += 1
                continue
            pk = row["id"] or ""
            number = pk.isdigit() and len(pk) < 19  # within the table's integers
            instance = model_admin.model._default_manager.filter(pk=pk).first() if number else None
            if instance is None:
                skipped += 1
                continue
            setattr(instance, build_localized_fieldname(row["field"], language), text)
            instance.save()
            translations.save_sources(instance, {(row["field"], language): unquoted(row["source"])})
            imported += 1
    messages.success(
        request,
        ngettext("%(count)d translation imported.", "%(count)d translations imported.", imported)
        % {"count": imported}
        + (
            " "
            + ngettext("%(count)d row skipped.", "%(count)d rows skipped.", skipped)
            % {"count": skipped}
            if skipped
            else ""
        ),
    )
    return redirect("admin:translations")


def staff_only(view):
    """The admin's login and two-factor checks, and a refusal for staff without any
    translated records to see."""

    def checked(request, *args, **kwargs):
        if not status_admins(request):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return admin.site.admin_view(checked)
