"""The admin of ICLEI staff for news articles and their topics."""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from news import services
from news.models import COVER_SIZES, Article, ArticleStatus, Topic
from procura.images import ReencodedImagesForm
from procura.translation_admin import TranslationStatusAdmin
from procura.uploads import RemovesFilesOnFailureAdmin

COLUMNS = ["en", "ko", "ja", "zh_hans"]
# Addresses under /news/ that are not articles.
RESERVED_SLUGS = {"feed"}


class ArticleForm(ReencodedImagesForm):
    images = {"cover": (COVER_SIZES, "JPEG")}

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if slug in RESERVED_SLUGS:
            raise ValidationError(_("This address is taken by another page; choose another."))
        return slug

    def clean(self):
        data = super().clean()
        if data.get("status") == ArticleStatus.PUBLISHED and not data.get("published_at"):
            self.add_error("published_at", _("A published article needs a publication date."))
        return data


class YearFilter(admin.SimpleListFilter):
    title = _("year")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = Article.objects.dates("published_at", "year", order="DESC")
        return [(str(moment.year), str(moment.year)) for moment in years]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(published_at__year=int(self.value()))
        return queryset


@admin.register(Article)
class ArticleAdmin(RemovesFilesOnFailureAdmin, TranslationStatusAdmin, TabbedTranslationAdmin):
    form = ArticleForm
    list_display = ["title", "published_at", "status", "sample", "languages", "on_site"]
    list_filter = ["status", YearFilter, "topics", "sample"]
    search_fields = [f"{field}_{code}" for field in ("title", "summary") for code in COLUMNS]
    search_fields += ["slug"]
    prepopulated_fields = {"slug": ["title_en"]}
    autocomplete_fields = ["members", "events"]
    filter_horizontal = ["topics", "award_editions"]
    date_hierarchy = "published_at"
    actions = ["publish", "withdraw"]
    status_fields = ["title", "summary", "body", "author", "cover_alt", "cover_credit"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "status", "published_at", "sample"]}),
        (_("Text"), {"fields": ["summary", "body", "author"]}),
        (_("Cover"), {"fields": ["cover", "cover_alt", "cover_credit"]}),
        (_("What it concerns"), {"fields": ["topics", "members", "events", "award_editions"]}),
    ]

    @admin.display(description=_("page"))
    def on_site(self, article):
        label = _("View") if article.is_public else _("Preview")
        return format_html('<a href="{}">{}</a>', article.get_absolute_url(), label)

    @admin.action(description=_("Publish the selected articles"), permissions=["change"])
    def publish(self, request, queryset):
        for article in queryset:
            services.publish(article)
        self.message_user(request, _("Articles published: %(count)d.") % {"count": len(queryset)})

    @admin.action(description=_("Put the selected articles back to draft"), permissions=["change"])
    def withdraw(self, request, queryset):
        for article in queryset:
            services.withdraw(article)
        self.message_user(
            request, _("Articles back to draft: %(count)d.") % {"count": len(queryset)}
        )


@admin.register(Topic)
class TopicAdmin(TranslationStatusAdmin, TabbedTranslationAdmin):
    list_display = ["name", "slug", "order", "languages"]
    search_fields = ["name_en", "name_ko", "name_ja", "name_zh_hans", "slug"]
    prepopulated_fields = {"slug": ["name_en"]}
    status_fields = ["name"]
