"""Forms of the awards pages: an official's application and a jury member's scores."""

from contextlib import contextmanager

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from awards import services
from awards.models import TEXT_FIELDS, Application, Criterion, JuryMember, Score
from awards.services import MAX_ATTACHMENTS, REQUIRED_TO_SUBMIT, text_of
from members.models import Official
from procura.images import ACCEPT, MAX_REQUEST_PIXELS, MAX_SIDE, check, within_request_pixels
from procura.uploads import MultipleFileInput, MultipleUploadsMixin, check_size, is_pdf

AMOUNTS = ["contract_value", "co2e_avoided", "savings_value"]
OTHER_FIELDS = [
    "contract_value",
    "currency",
    "tender_date",
    "co2e_avoided",
    "savings_value",
    "savings_unit",
]


class AttachmentField(forms.FileField):
    """A PDF or a PNG, JPEG, GIF or WebP image, recognised by its content; an image is only
    decoded once the whole request is known to stay within its pixel bound."""

    max_bytes = 10 * 1024 * 1024
    max_side = MAX_SIDE

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        check_size(upload, self.max_bytes)
        if not is_pdf(upload):
            with not_an_image_is_a_format_error():
                check(upload, max_bytes=self.max_bytes, max_side=self.max_side)
        return upload


@contextmanager
def not_an_image_is_a_format_error():
    """A file that is no image is told, as an attachment, that it may also be a PDF."""
    try:
        yield
    except ValidationError as error:
        if error.code != "not_an_image":
            raise
        raise ValidationError(
            _("Upload a PDF or a PNG, JPEG, GIF or WebP image."), code="format"
        ) from None


class AttachmentsField(MultipleUploadsMixin, AttachmentField):
    widget = MultipleFileInput(attrs={"accept": f"application/pdf,{ACCEPT}"})


def model_field(name: str, **kwargs) -> forms.Field:
    return Application._meta.get_field(name).formfield(**kwargs)


class ApplicationForm(forms.Form):
    """The application in the one language it is written in. Every field may stay empty in
    a draft; submitting needs the fields of REQUIRED_TO_SUBMIT."""

    language = model_field("language", help_text=_("The language you write the application in."))

    # (legend, fields) of each part of the form, attachments aside.
    SECTIONS = [
        (_("The application"), ["language", "title", "summary"]),
        (_("The procurement"), ["purchase", "contract_value", "currency", "tender_date"]),
        (
            _("Outcomes"),
            [
                "co2e_avoided",
                "savings_value",
                "savings_unit",
                "environmental_outcome",
                "social_outcome",
                "economic_outcome",
                "innovation",
            ],
        ),
    ]

    def __init__(self, *args, application: Application, submitting: bool = False, **kwargs):
        initial = {
            "language": application.language,
            **text_of(application),
            **{field: getattr(application, field) for field in OTHER_FIELDS},
        }
        super().__init__(*args, initial=initial, **kwargs)
        for name in [*TEXT_FIELDS, *OTHER_FIELDS]:
            self.fields[name] = model_field(name)
        for name in AMOUNTS:
            self.fields[name] = model_field(name, min_value=0)
        self.fields["tender_date"].widget = forms.DateInput(
            attrs={"type": "date"}, format="%Y-%m-%d"
        )
        self.fields["attachments"] = AttachmentsField(
            label=_("Add attachments"),
            required=False,
            help_text=_(
                "PDF documents and images (photos, charts), at most 10 MB and %(side)s pixels "
                "each, %(limit)s in all, and %(pixels)s megapixels of images in one save. "
                "Choose several at once."
            )
            % {
                "side": f"{MAX_SIDE} × {MAX_SIDE}",
                "limit": MAX_ATTACHMENTS,
                "pixels": MAX_REQUEST_PIXELS // 10**6,
            },
        )
        self.fields["remove"] = forms.ModelMultipleChoiceField(
            label=_("Remove attachments"),
            queryset=application.attachments.all(),
            widget=forms.CheckboxSelectMultiple,
            required=False,
        )
        if submitting:
            for name in REQUIRED_TO_SUBMIT:
                self.fields[name].required = True
                self.fields[name].error_messages["required"] = _("Fill in this field to submit.")
        self.application = application
        self.submitting = submitting

    def clean(self):
        data = super().clean()
        kept = self.application.attachments.count() - len(data.get("remove") or [])
        if kept + len(data.get("attachments") or []) > MAX_ATTACHMENTS:
            self.add_error(
                "attachments",
                _("An application may have at most %(limit)s attachments.")
                % {"limit": MAX_ATTACHMENTS},
            )
        self.prepared = []
        # Images are decoded only once the request is known to stay within its pixel bound.
        if within_request_pixels(self) and not self.errors:
            try:
                with not_an_image_is_a_format_error():
                    self.prepared = [services.prepare(upload) for upload in data["attachments"]]
            except ValidationError as error:
                self.add_error("attachments", error)
        return data

    def changes(self) -> dict:
        """The application's fields, as the service stores them."""
        return {name: self.cleaned_data[name] for name in ["language", *TEXT_FIELDS, *OTHER_FIELDS]}

    def save(self, official: Official) -> Application | None:
        """Store the valid form's changes and attachments, and submit them if asked. A refusal
        becomes the form's error; Locked is raised, for the page to say why."""
        try:
            return services.save(
                self.application,
                official,
                self.changes(),
                self.prepared,
                self.cleaned_data["remove"],
                submitting=self.submitting,
            )
        except services.Locked:
            raise
        except ValidationError as error:
            self.add_error(None, error)
            return None

    def fieldsets(self):
        return [(legend, [self[name] for name in names]) for legend, names in self.SECTIONS]


class ScoreForm(forms.Form):
    """A jury member's score (1–5) and comment for each criterion of an application's category.
    A draft may leave criteria unscored; saving the scores needs every one."""

    def __init__(
        self,
        *args,
        criteria: list[Criterion],
        scores: dict[int, Score],
        drafting: bool = False,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for criterion in criteria:
            score = scores.get(criterion.pk)
            self.fields[f"score_{criterion.pk}"] = forms.TypedChoiceField(
                label=criterion.name,
                choices=[(value, str(value)) for value in range(1, 6)],
                coerce=int,
                empty_value=None,
                required=not drafting,
                widget=forms.RadioSelect,
                initial=score.value if score else None,
                help_text=criterion.description,
            )
            self.fields[f"comment_{criterion.pk}"] = forms.CharField(
                label=_("Comment on “%(criterion)s”") % {"criterion": criterion.name},
                required=False,
                max_length=2000,
                widget=forms.Textarea(attrs={"rows": 3}),
                initial=score.comment if score else "",
            )

    @classmethod
    def of(
        cls, member: JuryMember, application: Application, data=None, *, drafting=False
    ) -> "ScoreForm":
        """The form of `member`'s scores for `application`, filled with those already given."""
        return cls(
            data,
            criteria=list(application.category.criteria.all()),
            scores={
                score.criterion_id: score
                for score in member.scores.filter(application=application.pk)
            },
            drafting=drafting,
        )

    def clean(self):
        data = super().clean()
        for criterion in self.criteria:
            name = f"score_{criterion.pk}"
            if data.get(f"comment_{criterion.pk}") and data.get(name) is None and name in data:
                self.add_error(name, _("Give this criterion a score to keep your comment."))
        return data

    def rows(self):
        return [
            (criterion, self[f"score_{criterion.pk}"], self[f"comment_{criterion.pk}"])
            for criterion in self.criteria
        ]

    def values(self) -> dict[int, tuple[int, str]]:
        """The scores given, with their comments; a draft's unscored criteria are left out."""
        return {
            criterion.pk: (
                self.cleaned_data[f"score_{criterion.pk}"],
                self.cleaned_data[f"comment_{criterion.pk}"],
            )
            for criterion in self.criteria
            if self.cleaned_data[f"score_{criterion.pk}"] is not None
        }
