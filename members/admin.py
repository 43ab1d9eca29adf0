"""The admin of ICLEI staff: governments, officials, invitations and the review of revisions."""

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from members import services
from members.logos import LogoField
from members.models import (
    Commitment,
    Invitation,
    MemberGovernment,
    Official,
    ProfileRevision,
    RevisionStatus,
    User,
)
from members.revisions import TRANSLATED_PROFILE_FIELDS, changes, describe, localized
from procura.exports import export_action
from procura.translation_admin import TranslationStatusAdmin
from procura.uploads import RemovesFilesOnFailureAdmin


class UserCreationForm(AdminUserCreationForm):
    class Meta:
        model = User
        fields = ["email"]


@admin.register(User)
class UserAdmin(TranslationStatusAdmin, TabbedTranslationAdmin, DjangoUserAdmin):
    add_form = UserCreationForm
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Personal info"), {"fields": ["name"]}),
        (
            _("Permissions"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (_("Important dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (
            None,
            {"classes": ["wide"], "fields": ["email", "usable_password", "password1", "password2"]},
        ),
    ]
    list_display = ["email", "name", "is_staff", "is_active", "languages"]
    search_fields = ["email", *localized(["name"])]
    status_fields = ["name"]
    ordering = ["email"]


class CommitmentInline(TranslationStackedInline):
    model = Commitment
    extra = 0


class OfficialInline(admin.TabularInline):
    model = Official
    extra = 0
    autocomplete_fields = ["user"]


class RevisionInline(admin.TabularInline):
    """The history of the profile: who proposed what, and what staff decided."""

    model = ProfileRevision
    fields = ["created", "author", "status", "reviewer", "reviewed"]
    readonly_fields = fields
    show_change_link = True
    extra = 0
    can_delete = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("author", "reviewer")

    def has_add_permission(self, request, obj=None):
        return False


class GovernmentAdminForm(forms.ModelForm):
    """Logos uploaded by staff are checked and re-encoded like those of officials."""

    logo = LogoField(label=_("logo"), required=False)


@admin.register(MemberGovernment)
class MemberGovernmentAdmin(
    RemovesFilesOnFailureAdmin, TranslationStatusAdmin, TabbedTranslationAdmin
):
    form = GovernmentAdminForm
    list_display = ["name", "country", "level", "status", "published", "languages"]
    list_filter = ["country", "level", "status", "published"]
    status_fields = TRANSLATED_PROFILE_FIELDS
    search_fields = [*localized(["name"]), "slug"]
    prepopulated_fields = {"slug": ["name_en"]}
    inlines = [CommitmentInline, OfficialInline, RevisionInline]
    actions = ["export_csv", "invite_official"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "country", "level", "status", "joined", "published"]}),
        (_("Profile"), {"fields": ["logo", "website", "population", "summary", "gpp_policy"]}),
        (_("Location"), {"fields": ["latitude", "longitude"]}),
        (
            _("Public contact"),
            {
                "fields": [
                    "contact_name",
                    "contact_position",
                    "contact_email",
                    "contact_phone",
                    "publish_contact",
                ]
            },
        ),
    ]

    # The columns are named by their fields, in every language: the file is data for
    # spreadsheets and scripts, whose column names must not change with the admin's language.
    export_csv = export_action(
        "member-governments.csv",
        [
            (field, field)
            for field in [
                "slug",
                *localized(["name"]),
                "country",
                "level",
                "status",
                "joined",
                "website",
                "population",
                *localized(["contact_name"]),
                "contact_email",
                "contact_phone",
            ]
        ],
        description=_("Export the selected governments as CSV"),
        order_by=("country", "name_en"),
    )

    def save_model(self, request, government, form, change):
        logo = form.cleaned_data.get("logo")
        if logo:
            services.set_logo(government, logo)
        elif logo is False:  # the "clear" box: the small size goes with the large one
            services.remove_logo(government)
        super().save_model(request, government, form, change)

    @admin.action(description=_("Invite an official"))
    def invite_official(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(
                request,
                _("Choose exactly one government to invite an official to."),
                messages.ERROR,
            )
            return None
        url = reverse("admin:members_invitation_add")
        return HttpResponseRedirect(f"{url}?government={queryset.get().pk}")


@admin.register(Official)
class OfficialAdmin(admin.ModelAdmin):
    list_display = ["user", "government", "position", "language", "receives_mailings"]
    list_filter = ["language", "receives_mailings", "government__country"]
    list_select_related = ["user", "government"]
    search_fields = [
        "user__email",
        *localized(["user__name"]),
        *localized(["government__name"]),
    ]
    autocomplete_fields = ["user", "government"]


class InvitationForm(forms.ModelForm):
    def clean(self):
        data = super().clean()
        if data.get("email") and data.get("government"):
            try:
                services.check_invitable(data["email"], data["government"])
            except forms.ValidationError as error:
                self.add_error("email", error)
        return data


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    form = InvitationForm
    list_display = [
        "email",
        "government",
        "language",
        "invited_by",
        "created",
        "expires",
        "accepted",
    ]
    list_filter = ["language", "accepted"]
    list_select_related = ["government", "invited_by"]
    search_fields = ["email", *localized(["government__name"])]
    autocomplete_fields = ["government"]
    fields = ["email", "government", "language"]
    actions = ["send_again"]

    def has_change_permission(self, request, obj=None):
        return False  # an invitation is sent once; "send again" makes a fresh link

    def save_model(self, request, invitation, form, change):
        invitation.invited_by = request.user
        services.send_invitation(invitation)

    @admin.action(description=_("Send the selected invitations again, with a new link"))
    def send_again(self, request, queryset):
        sent = 0
        for invitation in queryset.filter(accepted__isnull=True).select_related("government"):
            try:
                services.send_invitation(invitation)
            except forms.ValidationError as refusal:
                self.message_user(request, refusal.messages[0], messages.ERROR)
                continue
            sent += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d invitation was sent again.",
                "%(count)d invitations were sent again.",
                sent,
            )
            % {"count": sent},
        )


class ReviewForm(forms.ModelForm):
    """The reviewer's comment, which rejecting requires: the official must learn why."""

    rejecting = False

    def clean_comment(self):
        comment = self.cleaned_data["comment"].strip()
        if self.rejecting and not comment:
            raise forms.ValidationError(services.REJECTION_NEEDS_A_COMMENT, code="required")
        return comment


@admin.register(ProfileRevision)
class ProfileRevisionAdmin(admin.ModelAdmin):
    """Staff review the changes officials propose: approve publishes them, reject does not."""

    form = ReviewForm

    list_display = ["government", "author", "created", "status", "reviewer", "reviewed"]
    list_filter = ["status", "government__country"]
    list_select_related = ["government", "author", "reviewer"]
    search_fields = localized(["government__name"])
    fields = ["government", "author", "created", "status", "changes_table", "comment"]
    readonly_fields = ["government", "author", "created", "status", "changes_table"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return type(form.__name__, (form,), {"rejecting": "_reject" in request.POST})

    def has_change_permission(self, request, obj=None):
        may_review = request.user.has_perm("members.review_profilerevision")
        return may_review and (obj is None or obj.status == RevisionStatus.PENDING)

    @admin.display(description=_("changes"))
    def changes_table(self, revision):
        rows = revision.changes if revision.status != RevisionStatus.PENDING else changes(revision)
        logo = (
            format_html('<p><img src="{}" alt="" width="160"></p>', revision.logo_url)
            if revision.logo
            else ""
        )
        return format_html(
            '<table class="revision-changes"><thead><tr><th>{}</th> <th>{}</th> <th>{}</th></tr>'
            "</thead><tbody>{}</tbody></table>{}",
            _("Field"),
            _("Published"),
            _("Proposed"),
            format_html_join(
                "", "<tr><td>{}</td> <td>{}</td> <td>{}</td></tr>", map(describe, rows)
            ),
            logo,
        )

    def save_model(self, request, revision, form, change):
        comment = form.cleaned_data["comment"]
        if "_approve" in request.POST:
            services.approve_revision(revision, request.user, comment)
        elif "_reject" in request.POST:
            services.reject_revision(revision, request.user, comment)

    def response_change(self, request, revision):
        if revision.status == RevisionStatus.PENDING:
            self.message_user(request, _("Choose Approve or Reject."), messages.WARNING)
            return HttpResponseRedirect(request.path)
        message = {
            RevisionStatus.APPROVED: _(
                "The changes to %(government)s are published; %(author)s has been told."
            ),
            RevisionStatus.REJECTED: _(
                "The changes to %(government)s were rejected; %(author)s has been told."
            ),
        }[revision.status]
        self.message_user(
            request, message % {"government": revision.government, "author": revision.author}
        )
        return HttpResponseRedirect(reverse("admin:members_profilerevision_changelist"))
