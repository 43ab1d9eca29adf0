"""Forms of the events pages: the list's filters and registration."""

from django import forms
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from events import services
from events.models import Event, EventKind, Registration
from members.models import Country, MemberGovernment, User
from procura.uploads import check_size, is_office_document, is_pdf


class EventFilterForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *EventKind.choices]
    )
    country = forms.ChoiceField(
        label=_("Country or region"),
        required=False,
        choices=[("", _("All countries and regions")), *Country.choices],
    )

    def __init__(self, *args, years: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", _("All years")), *((y, y) for y in years)]

    def filter(self, events):
        """`events` narrowed by the valid filters; an invalid one is ignored."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        if data.get("year"):
            events = events.filter(starts__year=data["year"])
        if data.get("kind"):
            events = events.filter(kind=data["kind"])
        if data.get("country"):
            events = events.filter(country=data["country"])
        return events


class RegistrationForm(forms.ModelForm):
    class Meta:
        model = Registration
        fields = ["name", "email", "organisation", "government", "language"]
        labels = {"government": _("Member government (if you work for one)")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["government"].queryset = MemberGovernment.objects.listed()
        self.fields["language"].help_text = _("We write to you in this language.")

    @staticmethod
    def initial_for(user: User | AnonymousUser, language: str) -> dict:
        """What the form knows of the person: their account, and their government if they are
        an official."""
        initial = {"language": language}
        if user.is_authenticated:
            initial |= {"name": user.get_full_name(), "email": user.email}
        official = getattr(user, "official", None)
        if official is not None:
            initial |= {"government": official.government, "language": official.language}
        return initial

    def register(self, event: Event, user: User | AnonymousUser) -> Registration | None:
        """Register the valid form's person; a refusal of the event becomes the form's error."""
        try:
            return services.register(
                event, user=user if user.is_authenticated else None, **self.cleaned_data
            )
        except ValidationError as error:
            self.add_error(None, error)
            return None


class DocumentField(forms.FileField):
    """PDF, Word, PowerPoint or Excel files, recognised by their content, at most 20 MB."""

    max_bytes = 20 * 1024 * 1024

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        check_size(upload, self.max_bytes)
        if not (is_pdf(upload) or is_office_document(upload)):
            raise forms.ValidationError(
                _("Upload a PDF, Word, PowerPoint or Excel file."), code="format"
            )
        return upload
