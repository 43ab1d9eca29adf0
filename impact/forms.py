"""Forms of the reporting page: the report's currency, its lines and its evidence."""

import secrets
from contextlib import contextmanager

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _

from impact.models import (
    Method,
    ProductGroup,
    ReportLine,
    validate_currency,
    validate_past_year,
)
from members.models import Commitment
from procura.images import ACCEPT, MAX_SIDE, check, reencode
from procura.uploads import MultipleFileInput, MultipleUploadsMixin, check_size, is_pdf

EVIDENCE_BYTES = 10 * 1024 * 1024
EVIDENCE_SIDE = 2400
LINE_FIELDS = [
    "product_group",
    "green_spend",
    "total_spend",
    "unit",
    "green_units",
    "total_units",
    "method",
    "tender",
    "baseline_co2e",
    "awarded_co2e",
    "baseline_energy",
    "awarded_energy",
]


class EvidenceField(MultipleUploadsMixin, forms.FileField):
    """PDFs and PNG, JPEG, GIF or WebP images, recognised by their content."""

    widget = MultipleFileInput(attrs={"accept": f"application/pdf,{ACCEPT}"})

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        check_size(upload, EVIDENCE_BYTES)
        if not is_pdf(upload):
            with not_an_image_is_a_format_error():
                check(upload, max_bytes=EVIDENCE_BYTES, max_side=MAX_SIDE)
        return upload


@contextmanager
def not_an_image_is_a_format_error():
    try:
        yield
    except ValidationError as error:
        if error.code != "not_an_image":
            raise
        raise ValidationError(
            _("Upload a PDF or a PNG, JPEG, GIF or WebP image."), code="format"
        ) from None


def evidence_content(upload) -> ContentFile:
    """A PDF as it is, an image re-encoded (which drops its metadata), under a name nobody
    guesses."""
    stem = get_valid_filename(upload.name.rsplit(".", 1)[0])[:60] or "evidence"
    if is_pdf(upload):
        return ContentFile(upload.read(), name=f"{stem}-{secrets.token_hex(8)}.pdf")
    return reencode(upload, f"{stem}-{secrets.token_hex(8)}", {"file": EVIDENCE_SIDE}, "JPEG")[
        "file"
    ]


class ReportForm(forms.Form):
    currency = forms.CharField(
        label=_("Currency"),
        max_length=3,
        help_text=_("The ISO 4217 code of the currency the spend is given in, such as CNY."),
        validators=[validate_currency],
    )
    edits = forms.IntegerField(required=False, widget=forms.HiddenInput)
    evidence = EvidenceField(
        label=_("Add evidence"),
        required=False,
        help_text=_("PDF documents or images, at most 10 MB each."),
    )

    def clean_currency(self):
        return self.cleaned_data["currency"].strip().upper()


class LineForm(forms.ModelForm):
    class Meta:
        model = ReportLine
        fields = LINE_FIELDS

    def __init__(self, *args, groups: list[ProductGroup], **kwargs):
        super().__init__(*args, **kwargs)
        self.groups = {group.pk: group for group in groups}
        self.fields["product_group"].queryset = ProductGroup.objects.all()
        self.fields["product_group"].choices = [("", "---------")] + [
            (group.pk, group.name) for group in groups
        ]
        for name in ["green_spend", "total_spend", "green_units", "total_units"]:
            self.fields[name].widget.attrs["min"] = "0"

    def clean(self):
        data = super().clean()
        green, total = data.get("green_spend"), data.get("total_spend")
        if green is not None and total is not None and green > total:
            self.add_error("green_spend", _("The green spend cannot be more than the total spend."))
        green_units, total_units = data.get("green_units"), data.get("total_units")
        if green_units is not None and total_units is not None and green_units > total_units:
            self.add_error(
                "green_units", _("The units bought green cannot be more than the units bought.")
            )
        group = data.get("product_group")
        if group and data.get("unit") and data["unit"] not in group.units:
            self.add_error(
                "unit",
                _("%(group)s is counted in %(units)s.")
                % {
                    "group": group.name,
                    "units": ", ".join(group.unit_labels) or "–",
                },
            )
        if (green_units is not None or total_units is not None) and not data.get("unit"):
            self.add_error("unit", _("Say in which unit the units are counted."))
        self.check_method(data)
        return data

    def check_method(self, data):
        method = data.get("method")
        if method == Method.TENDER:
            for name in ["baseline_co2e", "awarded_co2e"]:
                if data.get(name) is None:
                    self.add_error(name, _("A tender comparison needs both tenders' emissions."))
            for baseline, awarded in [
                ("baseline_co2e", "awarded_co2e"),
                ("baseline_energy", "awarded_energy"),
            ]:
                if (
                    data.get(baseline) is not None
                    and data.get(awarded) is not None
                    and data[baseline] < data[awarded]
                ):
                    self.add_error(
                        baseline,
                        _(
                            "The baseline tender cannot be below the awarded one: "
                            "nothing was saved."
                        ),
                    )
        elif method == Method.EMISSION_FACTOR and data.get("green_units") is None:
            self.add_error(
                "green_units", _("The emission factor method counts the units bought green.")
            )

    def line(self) -> dict:
        return {name: self.cleaned_data[name] for name in LINE_FIELDS}


class BaseLineFormSet(forms.BaseFormSet):
    def __init__(self, *args, groups: list[ProductGroup], **kwargs):
        self.groups = groups
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "groups": self.groups}

    @property
    def empty_form(self):
        return self.form(
            auto_id=self.auto_id,
            prefix=self.add_prefix("__prefix__"),
            empty_permitted=True,
            use_required_attribute=False,
            groups=self.groups,
        )

    def lines(self) -> list[dict]:
        return [
            form.line()
            for form in self.forms
            if form.has_changed() and not self._should_delete_form(form)
        ]


LineFormSet = forms.formset_factory(
    LineForm, formset=BaseLineFormSet, extra=2, can_delete=True, max_num=200
)


class StartForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), min_value=2000, validators=[validate_past_year])


class TargetForm(forms.Form):
    """How one of the government's commitments is measured, if it is."""

    indicator = forms.ChoiceField(label=_("Indicator"), required=False)
    product_group = forms.ModelChoiceField(
        label=_("Product group"),
        queryset=ProductGroup.objects.all(),
        required=False,
        empty_label=_("All product groups"),
    )
    target_value = forms.DecimalField(
        label=_("Target value"), required=False, min_value=0, max_digits=16, decimal_places=3
    )

    def __init__(self, *args, commitment: Commitment, indicators, **kwargs):
        self.commitment = commitment
        super().__init__(*args, **kwargs)
        self.fields["indicator"].choices = [("", _("Not measured")), *indicators]

    def clean(self):
        data = super().clean()
        if data.get("indicator") and data.get("target_value") is None:
            self.add_error("target_value", _("A measured commitment needs its target value."))
        return data
