"""The admin of the newsletter: staff compose an issue with a tab per language, with the
articles published since the last issue and the upcoming events already ticked, preview it
as a reader of each language will read it, and send it through the mailings' Send page,
which asks first with the recipients per language."""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from events import mailings
from events.models import Delivery, Event, MailingStatus
from news.models import Article
from newsletter import services
from newsletter.models import Newsletter, Subscriber
from procura.admin_views import admin_object_or_404
from procura.languages import LANGUAGE_NAMES
from procura.translation_admin import TranslationStatusAdmin


class NewsletterForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only what readers can open: published articles, and published events to come
        # (plus whatever the issue already holds).
        articles = Q(pk__in=Article.objects.published().values("pk"))
        events = Q(pk__in=Event.objects.published().upcoming().values("pk"))
        if self.instance.pk:
            articles |= Q(pk__in=self.instance.articles.values("pk"))
            events |= Q(pk__in=self.instance.events.values("pk"))
        self.fields["articles"].queryset = Article.objects.filter(articles)
        self.fields["events"].queryset = Event.objects.filter(events).order_by("starts")


@admin.register(Newsletter)
class NewsletterAdmin(TranslationStatusAdmin, TabbedTranslationAdmin):
    form = NewsletterForm
    list_display = ["subject", "status", "created", "languages"]
    search_fields = ["subject_en", "subject_ko", "subject_ja", "subject_zh_hans"]
    status_fields = ["subject", "introduction"]
    fields = ["subject", "introduction", "articles", "events", "to_officials", "scheduled"]
    filter_horizontal = ["articles"]
    change_form_template = "admin/newsletter/newsletter/change_form.html"

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "events":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("mailing")

    @admin.display(description=_("status"))
    def status(self, newsletter):
        return newsletter.get_status_display()

    def has_change_permission(self, request, obj=None):
        # What has been sent stays as it was sent.
        editable = obj is None or obj.status == MailingStatus.DRAFT
        return editable and super().has_change_permission(request, obj)

    def get_changeform_initial_data(self, request):
        """A new issue starts with the articles published since the last one was sent, and
        the events to come."""
        initial = super().get_changeform_initial_data(request)
        articles = Article.objects.published()
        last = services.last_sent()
        if last is not None:
            articles = articles.filter(published_at__gt=last.mailing.started)
        initial.setdefault("articles", list(articles.values_list("pk", flat=True)))
        events = Event.objects.published().upcoming()
        initial.setdefault("events", list(events.values_list("pk", flat=True)))
        return initial

    def has_delete_permission(self, request, obj=None):
        # A sent issue stays as the record of what went to whom.
        deletable = obj is None or obj.status in services.DELETABLE
        return deletable and super().has_delete_permission(request, obj)

    def delete_view(self, request, object_id, extra_context=None):
        """A sent issue, or one that started sending while the page was open, is not
        deleted: its page says why."""
        newsletter = self.get_object(request, unquote(object_id))
        allowed = super().has_delete_permission(request, newsletter)
        if newsletter is None or not allowed or newsletter.status in services.DELETABLE:
            try:
                return super().delete_view(request, object_id, extra_context)
            except ValidationError:
                pass
        self.message_user(request, services.ALREADY_SENT, messages.ERROR)
        return redirect("admin:newsletter_newsletter_change", newsletter.pk)

    def delete_model(self, request, newsletter):
        services.delete(newsletter)

    def delete_queryset(self, request, queryset):
        for newsletter in queryset.select_related("mailing"):
            try:
                services.delete(newsletter)
            except ValidationError:
                self.message_user(request, f"{newsletter}: {services.ALREADY_SENT}", messages.ERROR)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.write_mailing(form.instance, request.user)

    def get_urls(self):
        return [
            path(
                "<path:pk>/preview/<str:language>/",
                self.admin_site.admin_view(self.preview_view),
                name="newsletter_newsletter_preview",
            ),
            path(
                "<path:pk>/send/",
                self.admin_site.admin_view(self.send_view),
                name="newsletter_newsletter_send",
            ),
            *super().get_urls(),
        ]

    def newsletter_or_404(self, request, pk: str, allowed: bool) -> Newsletter:
        return admin_object_or_404(self, request, pk, allowed)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), "preview_languages": settings.LANGUAGES}
        return super().change_view(request, object_id, form_url, extra_context)

    def preview_view(self, request, pk, language):
        """The mail as a subscriber who reads `language` will get it, HTML and text."""
        newsletter = self.newsletter_or_404(
            request, pk, self.has_view_or_change_permission(request)
        )
        if language not in LANGUAGE_NAMES:
            raise Http404
        # Viewing writes nothing: an issue without a mailing yet is shown as Send will make it.
        mailing = services.composed(newsletter, request.user)
        delivery = Delivery(
            mailing=mailing,
            email=request.user.email,
            language=language,
            reason=mailings.usual_reason(mailing),
        )
        message = mailings.Composer(mailing).message(delivery)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "newsletter": newsletter,
            "title": _("Preview"),
            "language": language,
            "language_name": LANGUAGE_NAMES[language],
            "preview_languages": settings.LANGUAGES,
            "subject": message.subject,
            "html": message.alternatives[0][0],
            "text": message.body,
        }
        return TemplateResponse(request, "admin/newsletter/newsletter/preview.html", context)

    def send_view(self, request, pk):
        """Send goes through the mailings' own page, which asks first."""
        # Sent issues too: has_change_permission(request) asks about the model only.
        newsletter = self.newsletter_or_404(request, pk, self.has_change_permission(request))
        mailing = newsletter.mailing or services.write_mailing(newsletter, request.user)
        return redirect("admin:events_mailing_send", mailing.pk)


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    """Subscribers come only by their own confirmation: staff see, filter and delete."""

    list_display = ["email", "language", "status", "subscribed", "unsubscribed"]
    list_filter = ["status", "language"]
    search_fields = ["email"]
    readonly_fields = ["email", "language", "status", "subscribed", "unsubscribed"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
