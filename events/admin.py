"""The admin of ICLEI staff for events, their content and their registrations.

An event's times are on its own clock here too: its add and change pages show, take and
read them in its time zone, whatever the server's is."""

import zoneinfo

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from events import mailing_admin, services  # noqa: F401 (importing it registers the mailings' admin)
from events.forms import DocumentField
from events.models import (
    COVER_SIZES,
    LOGO_SIZES,
    PHOTO_SIZES,
    TIME_ZONES,
    Document,
    Event,
    Organisation,
    Partner,
    Photo,
    Quote,
    Registration,
    RegistrationStatus,
    Session,
    Speaker,
)
from procura.exports import export_action
from procura.images import ACCEPT, MAX_REQUEST_PIXELS, ImageUploadField, ReencodedImagesForm
from procura.translation_admin import TranslationStatusAdmin
from procura.uploads import (
    MultipleFileInput,
    MultipleUploadsMixin,
    RemovesFilesOnFailureAdmin,
    store,
)


def on_event_clock(event: Event, moment) -> str:
    """A moment as the event's place reads it, in the active language, with the zone's name:
    30 October 2014, 09:00 (Asia/Shanghai)."""
    if moment is None:
        return ""
    return f"{formats.date_format(event.local(moment), 'DATETIME_FORMAT')} ({event.zone_name})"


def label_times(form: forms.BaseForm, names: list[str]) -> None:
    """Say on the form's time fields which clock they are on: the time zone active while the
    page is built (see EventClockAdmin)."""
    note = _(
        "On the event's clock: %(zone)s. The times you type are read in the time zone chosen "
        "in this form."
    ) % {"zone": timezone.get_current_timezone_name()}
    for name in names:
        if name in form.fields:
            form.fields[name].help_text = note


class MultipleImageField(MultipleUploadsMixin, ImageUploadField):
    widget = MultipleFileInput(attrs={"accept": ACCEPT})


class EventForm(ReencodedImagesForm):
    images = {"cover": (COVER_SIZES, "JPEG")}
    new_photos = MultipleImageField(
        max_bytes=ReencodedImagesForm.max_bytes,
        max_side=ReencodedImagesForm.max_side,
        label=_("Add photos to the gallery"),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Filled in here, in the staff member's language: at import it would stay English.
        self.fields["new_photos"].help_text = _(
            "Choose several images at once; each may be at most 10 MB, and together at most "
            "%(limit)s megapixels."
        ) % {"limit": MAX_REQUEST_PIXELS // 10**6}
        label_times(self, ["starts", "ends", "registration_opens", "registration_closes"])

    def clean(self):
        data = super().clean()
        self.new_photos = []
        # Only once the request is known to be within its pixel bound and the rest is valid.
        if not self.errors:
            self.new_photos = [
                self.reencode("new_photos", upload, self.stem(), PHOTO_SIZES, "JPEG")
                for upload in data.get("new_photos") or []
            ]
        return data


class SpeakerForm(ReencodedImagesForm):
    images = {"photo": ({"photo": 320}, "JPEG")}


class OrganisationForm(ReencodedImagesForm):
    images = {"logo": (LOGO_SIZES, "PNG")}


class PhotoForm(ReencodedImagesForm):
    images = {"image": (PHOTO_SIZES, "JPEG")}


class DocumentForm(forms.ModelForm):
    file = DocumentField(label=_("file"))


class SessionForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        label_times(self, ["starts", "ends"])


class SessionInline(TranslationStackedInline):
    model = Session
    form = SessionForm
    extra = 0
    filter_horizontal = ["speakers"]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        # Only the speakers of this event.
        event_id = request.resolver_match.kwargs.get("object_id")
        kwargs["queryset"] = Speaker.objects.filter(event_id=event_id)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class SpeakerInline(TranslationStackedInline):
    model = Speaker
    form = SpeakerForm
    extra = 0
    autocomplete_fields = ["government"]


class PartnerInline(admin.TabularInline):
    model = Partner
    extra = 0
    autocomplete_fields = ["organisation"]


class QuoteInline(TranslationStackedInline):
    model = Quote
    extra = 0


class PhotoInline(TranslationTabularInline):
    model = Photo
    form = PhotoForm
    extra = 0
    fields = ["image", "caption", "order", "preview"]
    readonly_fields = ["preview"]

    @admin.display(description=_("preview"))
    def preview(self, photo):
        return (
            format_html('<img src="{}" alt="" width="120">', photo.thumbnail.url)
            if photo.thumbnail
            else ""
        )


class DocumentInline(TranslationTabularInline):
    model = Document
    form = DocumentForm
    extra = 0


class EventClockAdmin(admin.ModelAdmin):
    """The add and change pages of an event, and of its programme inline, show and read times
    in the event's time zone: the one chosen in the submitted form, else the event's."""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        with timezone.override(self.event_zone(request, object_id)):
            response = super().changeform_view(request, object_id, form_url, extra_context)
            # Rendered now: once the view returns, the server's zone is back.
            if hasattr(response, "render"):
                response.render()
        return response

    def event_zone(self, request, object_id: str | None) -> zoneinfo.ZoneInfo:
        chosen = request.POST.get("time_zone")
        if chosen not in dict(TIME_ZONES):
            event = self.get_object(request, unquote(object_id)) if object_id else None
            chosen = event.time_zone if event else Event._meta.get_field("time_zone").default
        return zoneinfo.ZoneInfo(chosen)


@admin.register(Event)
class EventAdmin(
    EventClockAdmin, RemovesFilesOnFailureAdmin, TranslationStatusAdmin, TabbedTranslationAdmin
):
    form = EventForm
    list_display = [
        "title",
        "local_starts",
        "kind",
        "city",
        "published",
        "registrations",
        "languages",
    ]
    list_filter = ["kind", "country", "published", "audience"]
    search_fields = ["title_en", "title_ko", "title_ja", "title_zh_hans", "slug", "series"]
    prepopulated_fields = {"slug": ["title_en"]}
    date_hierarchy = "starts"
    inlines = [
        SessionInline,
        SpeakerInline,
        PartnerInline,
        QuoteInline,
        PhotoInline,
        DocumentInline,
    ]
    status_fields = ["title", "summary", "description", "topics", "venue", "city"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "series", "published", "sample"]}),
        (
            _("When and where"),
            {"fields": ["starts", "ends", "time_zone", "venue", "city", "country"]},
        ),
        (
            _("Content"),
            {"fields": ["summary", "description", "topics", "participants", "cover", "new_photos"]},
        ),
        (
            _("Contact"),
            {"fields": ["contact_name", "contact_position", "contact_email", "contact_phone"]},
        ),
        (
            _("Registration"),
            {
                "fields": [
                    "audience",
                    "registration_opens",
                    "registration_closes",
                    "capacity",
                    "waiting_list",
                ]
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).with_confirmed_count()

    @admin.display(description=_("starts (on the event's clock)"), ordering="starts")
    def local_starts(self, event):
        return on_event_clock(event, event.starts)

    @admin.display(description=_("registrations"), ordering="confirmed_count")
    def registrations(self, event):
        url = reverse("admin:events_registration_changelist") + f"?event__id__exact={event.pk}"
        return format_html('<a href="{}">{}</a>', url, event.confirmed_count)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        event = form.instance
        start = event.photos.count()
        for number, files in enumerate(form.new_photos, start=start):
            photo = Photo(event=event, order=number)
            store(photo, files)
            photo.save()


@admin.register(Organisation)
class OrganisationAdmin(RemovesFilesOnFailureAdmin, TranslationStatusAdmin, TabbedTranslationAdmin):
    form = OrganisationForm
    list_display = ["name", "website", "languages"]
    search_fields = ["name_en", "name_ko", "name_ja", "name_zh_hans"]
    status_fields = ["name"]


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    # Pending: the address is not confirmed yet; "held until" shows whether its place is kept.
    list_display = [
        "name",
        "email",
        "event",
        "status",
        "held_until_local",
        "government",
        "language",
        "created",
    ]
    list_filter = ["status", "language", "event"]
    list_select_related = ["event", "government"]
    search_fields = ["name", "email", "organisation"]
    autocomplete_fields = ["government", "user"]
    # The status changes only by the actions, which keep the capacity and mail the registrant.
    exclude = ["held_until", "waiting_since"]
    readonly_fields = ["status", "created", "held_until_local"]
    actions = ["confirm", "move_to_waiting_list", "cancel", "export_csv"]

    def has_add_permission(self, request):
        return False  # people register on the site, where the capacity is kept

    @admin.display(description=_("place held until"), ordering="held_until")
    def held_until_local(self, registration):
        return on_event_clock(registration.event, registration.held_until)

    @admin.action(description=_("Confirm the selected registrations"))
    def confirm(self, request, queryset):
        registrations = list(
            queryset.exclude(status=RegistrationStatus.CONFIRMED).select_related("event")
        )
        beyond = services.seats_beyond_capacity(registrations)
        if beyond and request.POST.get("beyond_capacity") != "yes":
            return self.confirm_beyond_capacity(request, queryset, beyond)
        count = services.confirm_by_staff(registrations)
        self.message_user(request, _("Registrations confirmed: %(count)d.") % {"count": count})
        return None

    def confirm_beyond_capacity(self, request, queryset, beyond: dict) -> TemplateResponse:
        """The page that asks staff whether to overbook, and by how many seats."""
        overbooked = [
            ngettext(
                "%(event)s: %(seats)d seat beyond its capacity of %(capacity)d.",
                "%(event)s: %(seats)d seats beyond its capacity of %(capacity)d.",
                seats,
            )
            % {"event": event.title, "seats": seats, "capacity": event.capacity}
            for event, seats in beyond.items()
        ]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Confirm beyond the capacity?"),
            "overbooked": overbooked,
            "selected": request.POST.getlist(admin.helpers.ACTION_CHECKBOX_NAME),
            "select_across": request.POST.get("select_across", "0"),
            "count": queryset.count(),
        }
        return TemplateResponse(
            request, "admin/events/registration/confirm_beyond_capacity.html", context
        )

    @admin.action(description=_("Move the selected registrations to the waiting list"))
    def move_to_waiting_list(self, request, queryset):
        count = services.put_on_waiting_list(
            list(queryset.filter(status=RegistrationStatus.CONFIRMED).select_related("event"))
        )
        self.message_user(
            request, _("Registrations moved to the waiting list: %(count)d.") % {"count": count}
        )

    @admin.action(description=_("Cancel the selected registrations"))
    def cancel(self, request, queryset):
        changed = 0
        for registration in queryset.exclude(status=RegistrationStatus.CANCELLED).select_related(
            "event"
        ):
            services.cancel(registration, by_staff=True)
            changed += 1
        self.message_user(request, _("Registrations cancelled: %(count)d.") % {"count": changed})

    # Columns named alike in every language, as in the governments' export.
    export_csv = export_action(
        "registrations.csv",
        [
            ("event", "event.slug"),
            ("name", "name"),
            ("email", "email"),
            ("organisation", "organisation"),
            ("government", "government.slug"),
            ("language", "language"),
            ("status", "status"),
            ("registered", "created"),
        ],
        description=_("Export the selected registrations as CSV"),
    )
