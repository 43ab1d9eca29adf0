"""Forms of the events pages: the list's filters and registration."""

import unicodedata

from allauth.account.models import EmailAddress
from django import forms
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from events import services
from events.models import Event, EventKind, Registration
from members.models import Country, Official, User
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


# Control characters, the line and paragraph separators, and the invisible format characters
# (bidirectional overrides, zero-width spaces) that can disguise a name in a mail.
CONTROLS = {"Cc", "Cf", "Zl", "Zp"}


class OneLineField(forms.CharField):
    """Text that goes into mails: line breaks and control characters become single spaces."""

    def to_python(self, value):
        text = "".join(" " if unicodedata.category(c) in CONTROLS else c for c in str(value or ""))
        return super().to_python(" ".join(text.split()))


class RegistrationForm(forms.ModelForm):
    """Registration of the person at the keyboard: an official's government comes from their
    account, never from the form."""

    class Meta:
        model = Registration
        fields = ["name", "email", "organisation", "language"]
        field_classes = {"name": OneLineField, "organisation": OneLineField}

    def __init__(self, *args, user: User | AnonymousUser, **kwargs):
        official = getattr(user, "official", None)
        kwargs["initial"] = kwargs.get("initial", {}) | self.initial_for(user, official)
        super().__init__(*args, **kwargs)
        self.user = user
        self.government = official.government if official is not None else None
        self.fields["language"].help_text = _("We write to you in this language.")

    @staticmethod
    def initial_for(user: User | AnonymousUser, official: Official | None) -> dict:
        """What the form knows of the person: their account, and their government's name
        if they are an official."""
        initial = {}
        if user.is_authenticated:
            initial |= {"name": user.get_full_name(), "email": user.email}
        if official is not None:
            initial |= {"organisation": str(official.government), "language": official.language}
        return initial

    @property
    def address_is_verified(self) -> bool:
        """The valid form's address is the signed-in person's own, verified one: no need to
        confirm it by mail."""
        return (
            self.user.is_authenticated
            and EmailAddress.objects.filter(
                user=self.user, email__iexact=self.cleaned_data["email"], verified=True
            ).exists()
        )

    def register(self, event: Event, verified: bool, hold: bool) -> Registration | None:
        """Register the valid form's person; a refusal of the event becomes the form's error."""
        try:
            return services.register(
                event,
                verified=verified,
                hold=hold,
                user=self.user if self.user.is_authenticated else None,
                government=self.government,
                **self.cleaned_data,
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
