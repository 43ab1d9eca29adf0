"""The outbox and the suppressed addresses in the admin: staff see what was sent and lift
a suppression by deleting it."""

from django.contrib import admin

from procura.models import OutgoingMail, Suppression


@admin.register(OutgoingMail)
class OutgoingMailAdmin(admin.ModelAdmin):
    """Read-only. The message itself is not shown: it may hold a password reset's link."""

    list_display = ["to", "subject", "status", "attempts", "created", "sent", "last_error"]
    list_filter = ["status"]
    search_fields = ["to", "subject"]
    date_hierarchy = "created"
    fields = [
        "to",
        "subject",
        "status",
        "attempts",
        "last_error",
        "created",
        "queued",
        "retry_after",
        "sent",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Suppression)
class SuppressionAdmin(admin.ModelAdmin):
    """Deleting an address lets network mailings reach it again."""

    list_display = ["email", "created", "reason", "source"]
    search_fields = ["email", "reason"]
    date_hierarchy = "created"
    fields = ["email", "created", "reason", "source"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
