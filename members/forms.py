"""Forms of the members pages: the directory filter, the profile editor and invitations."""

from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from members import services
from members.logos import LogoField
from members.models import Commitment, Country, Level, MemberGovernment, ProfileRevision, User
from members.revisions import (
    COMMITMENT_FIELDS,
    PROFILE_FIELDS,
    TRANSLATED_COMMITMENT_FIELDS,
    TRANSLATED_PROFILE_FIELDS,
    localized,
)
from procura import translations
from procura.images import within_request_pixels
from procura.languages import SWITCHER_LABELS


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Name"), required=False, max_length=100)
    country = forms.ChoiceField(
        label=_("Country or region"),
        required=False,
        choices=[("", _("All countries and regions")), *Country.choices],
    )
    level = forms.ChoiceField(
        label=_("Level"), required=False, choices=[("", _("All levels")), *Level.choices]
    )

    def filter(self, governments, *, by_country=True):
        """`governments` narrowed by the valid filters; an invalid one is ignored."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        if data.get("q"):
            governments = governments.search(data["q"])
        if data.get("level"):
            governments = governments.filter(level=data["level"])
        if by_country and data.get("country"):
            governments = governments.filter(country=data["country"])
        return governments


class LanguageTabsMixin:
    """Groups the translated fields by language, for a tab per language, each saying whether
    the record's text in that language is written, missing or stale."""

    translated_fields: list[str] = []

    def __init__(self, *args, record=None, **kwargs):
        self.record = record  # the published record whose texts the tabs report on
        super().__init__(*args, **kwargs)

    def language_tabs(self):
        instance = self.record
        stale = (
            translations.stale_languages(instance, self.translated_fields) if instance else set()
        )
        return [
            {
                "code": code,
                "label": SWITCHER_LABELS[code],
                "name": name,
                "status": self.tab_status(instance, code, stale),
                "fields": [
                    self[build_localized_fieldname(field, code)] for field in self.translated_fields
                ],
            }
            for code, name in settings.LANGUAGES
        ]

    def tab_status(self, instance, code: str, stale: set[str]) -> str:
        if instance is None or code == translations.source_language(instance):
            return ""
        if code in stale:
            return "stale"
        written = translations.filled_languages(instance, self.translated_fields)
        return "written" if code in written else "missing"

    def other_fields(self):
        tabbed = {field.name for tab in self.language_tabs() for field in tab["fields"]}
        return [field for field in self if field.name not in tabbed and not field.is_hidden]


class ProfileForm(LanguageTabsMixin, forms.ModelForm):
    translated_fields = TRANSLATED_PROFILE_FIELDS
    logo = LogoField(
        label=_("New logo"),
        required=False,
        help_text=_("PNG, JPEG, GIF or WebP, at most 2 MB and 4000 × 4000 pixels."),
    )

    class Meta:
        model = MemberGovernment
        fields = PROFILE_FIELDS
        widgets = {
            name: forms.Textarea(attrs={"rows": 5}) for name in localized(["summary", "gpp_policy"])
        }

    def clean(self):
        data = super().clean()
        within_request_pixels(self)
        return data

    def proposal(self) -> dict:
        return {name: self.cleaned_data[name] for name in PROFILE_FIELDS}

    def propose(
        self, government: MemberGovernment, author: User, commitments: "BaseCommitmentFormSet"
    ) -> ProfileRevision:
        """Keep the valid profile and commitments as the government's pending revision."""
        return services.propose_revision(
            government,
            author,
            {"fields": self.proposal(), "commitments": commitments.proposal()},
            logo=self.cleaned_data["logo"],
        )


class CommitmentForm(LanguageTabsMixin, forms.ModelForm):
    translated_fields = TRANSLATED_COMMITMENT_FIELDS
    id = forms.IntegerField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Commitment
        fields = COMMITMENT_FIELDS
        widgets = {
            build_localized_fieldname("description", code): forms.Textarea(attrs={"rows": 3})
            for code, _name in settings.LANGUAGES
        }


class BaseCommitmentFormSet(forms.BaseFormSet):
    def __init__(self, *args, government: MemberGovernment, **kwargs):
        self.government = government
        super().__init__(*args, **kwargs)

    def clean(self):
        known = set(self.government.commitments.values_list("pk", flat=True))
        for form in self.forms:
            if form.cleaned_data.get("id") not in known | {None}:
                raise ValidationError(
                    _("A commitment in the form does not belong to this profile.")
                )

    def proposal(self) -> list[dict]:
        return [
            {
                "id": form.cleaned_data["id"],
                **{name: form.cleaned_data[name] for name in COMMITMENT_FIELDS},
            }
            for form in self.forms
            # A form the proposal filled in is kept as it is, a new commitment included;
            # an extra form only once something is typed in it.
            if form.has_changed() or form.initial
            if not self._should_delete_form(form)
        ]


CommitmentFormSet = forms.formset_factory(
    CommitmentForm, formset=BaseCommitmentFormSet, extra=1, can_delete=True, max_num=50
)


class AcceptInvitationForm(forms.Form):
    name = forms.CharField(
        label=_("Your name"),
        max_length=200,
        help_text=_("As you write it in this page's language."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    position = forms.CharField(label=_("Position"), max_length=200, required=False)
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=lazy(password_validation.password_validators_help_text_html, str)(),
    )
    password2 = forms.CharField(
        label=_("Password (again)"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email: str, **kwargs):
        self.email = email
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        if data.get("password1") and data.get("password1") != data.get("password2"):
            self.add_error("password2", _("You must type the same password each time."))
        elif data.get("password1"):
            user = User(email=self.email, name=data.get("name", ""))
            try:
                password_validation.validate_password(data["password1"], user)
            except ValidationError as error:
                self.add_error("password1", error)
        return data
