"""The admin of mailings: staff compose in four languages, preview, test in the language they
choose, confirm who gets it before it goes, follow the progress and retry what failed.

A retry is recorded in the admin's log of each delivery it sends again; a delivery that
failed and has such an entry failed again after a retry, which the mailing's page says."""

import ast
from collections import Counter

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import CharField, Exists, OuterRef, QuerySet
from django.db.models.functions import Cast
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from modeltranslation.admin import TabbedTranslationAdmin

from events import mailings
from events.models import (
    Delivery,
    DeliveryStatus,
    Mailing,
    MailingKind,
    MailingStatus,
    Unsubscribe,
)
from members.models import Country
from procura.admin_views import admin_object_or_404
from procura.translation_admin import TranslationStatusAdmin

LANGUAGE_NAMES = dict(settings.LANGUAGES)


class MailingForm(forms.ModelForm):
    official_countries = forms.MultipleChoiceField(
        label=capfirst(_("only officials from")),
        choices=Country.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None ticked: officials of every country."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A newsletter is composed as one (newsletter admin), which writes its mailing.
        if "kind" in self.fields:
            self.fields["kind"].choices = [
                choice
                for choice in self.fields["kind"].choices
                if choice[0] != MailingKind.NEWSLETTER
            ]


def server_reply(error: str) -> str:
    """The mail server's reply as staff read it, "550 5.1.1 mailbox unavailable", from an SMTP
    error as it was stored: "{'a@b.example': (550, b'5.1.1 …')}" or "(554, b'…')". Any other
    text (a refused connection, a timeout) is already readable and stays as it is."""
    try:
        value = ast.literal_eval(error)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return error
    replies = list(value.values()) if isinstance(value, dict) else [value]
    if not replies or not all(is_reply(reply) for reply in replies):
        return error
    return "; ".join(
        f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"
        for code, text in dict.fromkeys(replies)
    )


def is_reply(value) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], int)


def retried() -> Exists:
    """Whether the delivery of the row was sent again by a retry (see the module's docstring)."""
    return Exists(
        LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Delivery),
            action_flag=CHANGE,
            object_id=Cast(OuterRef("pk"), CharField()),
        )
    )


def retry(request, mailing: Mailing) -> int:
    """Send the mailing's failed deliveries again, each noted in the admin's log."""
    failed = Delivery.objects.filter(mailing=mailing, status=DeliveryStatus.FAILED)
    LogEntry.objects.log_actions(
        request.user.pk, failed, CHANGE, [{"changed": {"fields": ["status"]}}]
    )
    return mailings.retry_failed(mailing)


def recipients_per_language(mailing: Mailing) -> list[tuple[str, int]]:
    """(language's name, how many recipients read it), in the order of LANGUAGES."""
    counts = Counter(person.language for person in mailings.recipients(mailing))
    return [(name, counts[code]) for code, name in settings.LANGUAGES if counts[code]]


@admin.register(Mailing)
class MailingAdmin(TranslationStatusAdmin, TabbedTranslationAdmin):
    """Staff compose in four languages, preview, test, send and follow the progress."""

    form = MailingForm
    list_display = ["subject", "event", "kind", "status", "scheduled", "languages"]
    list_filter = ["status", "kind", "event"]
    list_select_related = ["event"]
    search_fields = ["subject_en", "subject_ko", "subject_ja", "subject_zh_hans"]
    autocomplete_fields = ["event"]
    status_fields = ["subject", "body"]
    readonly_fields = ["status", "created_by", "sent_by", "started", "finished"]
    change_form_template = "admin/events/mailing/change_form.html"
    fieldsets = [
        (None, {"fields": ["event", "kind", "subject", "body"]}),
        (
            _("Recipients"),
            {
                "fields": [
                    "to_confirmed",
                    "to_waiting",
                    "to_officials",
                    "official_countries",
                    "to_speakers",
                    "to_subscribers",
                ]
            },
        ),
        (
            _("When to send"),
            {"fields": ["scheduled", "status", "created_by", "sent_by", "started", "finished"]},
        ),
    ]

    def has_change_permission(self, request, obj=None):
        # What has been sent stays as it was sent.
        editable = obj is None or obj.status == MailingStatus.DRAFT
        return editable and super().has_change_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        # A newsletter's mailing is written from the newsletter: edited there, sent here.
        if obj is not None and obj.kind == MailingKind.NEWSLETTER:
            return [field.name for field in Mailing._meta.fields if field.editable]
        return self.readonly_fields

    def save_model(self, request, mailing, form, change):
        if not change:
            mailing.created_by = request.user
        super().save_model(request, mailing, form, change)

    def get_urls(self):
        def view(function, name):
            return path(
                f"<path:pk>/{name}/",
                self.admin_site.admin_view(function),
                name=f"events_mailing_{name.split('/')[0]}",
            )

        return [
            view(self.send_view, "send"),
            view(self.test_view, "test"),
            view(self.retry_view, "retry"),
            view(self.progress_view, "progress"),
            path(
                "<path:pk>/preview/<str:language>/",
                self.admin_site.admin_view(self.preview_view),
                name="events_mailing_preview",
            ),
            *super().get_urls(),
        ]

    def mailing_or_404(self, request, pk: str) -> Mailing:
        # Sent mailings too: has_change_permission(request) asks about the model only.
        return admin_object_or_404(self, request, pk, self.has_change_permission(request))

    def missing_languages(self, mailing: Mailing) -> list[str]:
        if mailing.status != MailingStatus.DRAFT:
            return []
        return [LANGUAGE_NAMES[code] for code in mailings.missing_translations(mailing)]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        mailing = admin_object_or_404(
            self, request, object_id, self.has_view_or_change_permission(request)
        )
        if request.method == "GET":
            self.warn_of_failures_after_retry(request, mailing)
        extra_context = {
            **(extra_context or {}),
            "mailing": mailing,
            "counts": mailings.progress(mailing),
            "missing": self.missing_languages(mailing),
            "preview_languages": settings.LANGUAGES,
            "current_language": translation.get_language(),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def warn_of_failures_after_retry(self, request, mailing: Mailing) -> None:
        again = mailing.deliveries.filter(retried(), status=DeliveryStatus.FAILED).count()
        if again:
            message = ngettext(
                "%(count)d delivery failed again after a retry; its last error is the server's "
                "reply.",
                "%(count)d deliveries failed again after a retry; their last error is the "
                "server's reply.",
                again,
            )
            self.message_user(request, message % {"count": again}, messages.WARNING)

    def send_view(self, request, pk):
        """GET asks first: who gets it, in which language, and what is not translated."""
        mailing = self.mailing_or_404(request, pk)
        if request.method == "POST":
            return self.send(request, mailing)
        if mailing.status != MailingStatus.DRAFT:
            self.message_user(request, _("Only a draft can be sent."), messages.ERROR)
            return redirect("admin:events_mailing_change", pk)
        per_language = recipients_per_language(mailing)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "mailing": mailing,
            "title": _("Send this mailing?"),
            "per_language": per_language,
            "total": sum(count for _name, count in per_language),
            "missing": self.missing_languages(mailing),
            "preview_languages": settings.LANGUAGES,
            "current_language": translation.get_language(),
        }
        return TemplateResponse(request, "admin/events/mailing/send.html", context)

    def send(self, request, mailing: Mailing):
        try:
            mailing = mailings.start(mailing, request.user)
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
        else:
            self.message_user(
                request,
                _("The mailing is scheduled.")
                if mailing.status == MailingStatus.SCHEDULED
                else _("The mailing is being sent."),
            )
        return redirect("admin:events_mailing_change", mailing.pk)

    @method_decorator(require_POST)
    def test_view(self, request, pk):
        """A test in the language the staff member chose (theirs if they chose none)."""
        mailing = self.mailing_or_404(request, pk)
        language = request.POST.get("language") or translation.get_language()
        if language not in LANGUAGE_NAMES:
            self.message_user(request, _("Choose one of the languages."), messages.ERROR)
            return redirect("admin:events_mailing_change", pk)
        delivery = Delivery(
            mailing=mailing,
            email=request.user.email,
            name=str(request.user),
            language=language,
            reason=mailings.usual_reason(mailing),
        )
        mailings.Composer(mailing).message(delivery).send()
        self.message_user(
            request,
            _("A test in %(language)s is on its way to %(email)s.")
            % {"language": LANGUAGE_NAMES[language], "email": request.user.email},
        )
        # Back to the page the test was asked from: the mailing's, or the one asking to send.
        back = "send" if request.POST.get("back") == "send" else "change"
        return redirect(f"admin:events_mailing_{back}", pk)

    @method_decorator(require_POST)
    def retry_view(self, request, pk):
        mailing = self.mailing_or_404(request, pk)
        count = retry(request, mailing)
        self.message_user(request, _("Failed deliveries sent again: %(count)d.") % {"count": count})
        return redirect("admin:events_mailing_change", pk)

    def progress_view(self, request, pk):
        mailing = self.mailing_or_404(request, pk)
        return JsonResponse({"status": mailing.status, **mailings.progress(mailing)})

    def preview_view(self, request, pk, language):
        mailing = self.mailing_or_404(request, pk)
        if language not in LANGUAGE_NAMES:
            raise Http404
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
            "mailing": mailing,
            "title": _("Preview"),
            "language": language,
            "language_name": LANGUAGE_NAMES[language],
            "subject": message.subject,
            "html": message.alternatives[0][0],
            "text": message.body,
        }
        return TemplateResponse(request, "admin/events/mailing/preview.html", context)


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["email", "mailing", "language", "status", "attempts", "sent", "error"]
    list_filter = ["status", "language", "mailing"]
    list_select_related = ["mailing"]
    search_fields = ["email", "name", "message_id"]
    readonly_fields = [
        *(field.name for field in Delivery._meta.fields if field.name != "last_error"),
        "error",
    ]
    exclude = ["last_error"]
    actions = ["retry"]

    def has_add_permission(self, request):
        return False

    def get_queryset(self, request) -> QuerySet:
        return super().get_queryset(request).annotate(retried=retried())

    @admin.display(description=_("last error"))
    def error(self, delivery):
        reply = server_reply(delivery.last_error)
        if reply and delivery.status == DeliveryStatus.FAILED and delivery.retried:
            return _("Failed again after a retry: %(reply)s") % {"reply": reply}
        return reply

    @admin.action(description=_("Retry the selected failed deliveries"))
    def retry(self, request, queryset):
        count = 0
        for mailing in Mailing.objects.filter(
            deliveries__in=queryset.filter(status=DeliveryStatus.FAILED)
        ).distinct():
            count += retry(request, mailing)
        self.message_user(request, _("Failed deliveries sent again: %(count)d.") % {"count": count})


@admin.register(Unsubscribe)
class UnsubscribeAdmin(admin.ModelAdmin):
    list_display = ["email", "mailing_list", "created"]
    list_filter = ["mailing_list"]
    search_fields = ["email"]
