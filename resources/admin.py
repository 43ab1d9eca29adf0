"""The admin of ICLEI staff for the resource library: resources, their files and versions."""

from django import forms
from django.contrib import admin
from django.forms.models import BaseInlineFormSet
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from procura.translation_admin import TranslationStatusAdmin
from procura.uploads import RemovesFilesOnFailureAdmin
from resources import services
from resources.forms import ResourceFileField
from resources.models import Resource, ResourceFile

COLUMNS = ["en", "ko", "ja", "zh_hans"]


class NewFileForm(forms.ModelForm):
    file = ResourceFileField(label=_("file"))

    class Meta:
        model = ResourceFile
        fields = ["language", "file"]


class NewFileFormSet(BaseInlineFormSet):
    def save_new(self, form, commit=True):
        # The service numbers the version under a lock on the resource and stores the file
        # so that a failed save removes it.
        data = form.cleaned_data
        form.instance = services.add_file(self.instance, data["language"], data["file"])
        return form.instance


class NewFileInline(admin.TabularInline):
    """Uploads: each becomes the newest version of the file in its language."""

    model = ResourceFile
    form = NewFileForm
    formset = NewFileFormSet
    extra = 1
    can_delete = False
    verbose_name = _("new file or version")
    verbose_name_plural = _("upload a file or a new version")

    def get_queryset(self, request):
        return super().get_queryset(request).none()


class FileInline(admin.TabularInline):
    """The files uploaded so far, every version of each language."""

    model = ResourceFile
    extra = 0
    fields = ["language", "version", "download", "file_type", "file_size", "uploaded"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description=_("file"))
    def download(self, item):
        return format_html('<a href="{}">{}</a>', item.get_absolute_url(), item.original_name)

    @admin.display(description=_("size"))
    def file_size(self, item):
        return filesizeformat(item.size)


@admin.register(Resource)
class ResourceAdmin(RemovesFilesOnFailureAdmin, TranslationStatusAdmin, TabbedTranslationAdmin):
    list_display = ["title", "kind", "year", "published", "sample", "languages", "on_site"]
    list_filter = ["kind", "published", "year", "product_groups", "sample"]
    search_fields = [f"{field}_{code}" for field in ("title", "summary") for code in COLUMNS]
    search_fields += ["slug", "publisher_en"]
    prepopulated_fields = {"slug": ["title_en"]}
    autocomplete_fields = ["members", "events", "articles", "superseded_by"]
    filter_horizontal = ["product_groups"]
    status_fields = ["title", "summary", "publisher"]
    inlines = [FileInline, NewFileInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "published", "sample"]}),
        (_("Description"), {"fields": ["summary", "publisher", "year", "product_groups"]}),
        (_("What it concerns"), {"fields": ["events", "members", "articles", "superseded_by"]}),
    ]

    @admin.display(description=_("page"))
    def on_site(self, resource):
        label = _("View") if resource.published else _("Preview")
        return format_html('<a href="{}">{}</a>', resource.get_absolute_url(), label)
