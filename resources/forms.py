"""The library's forms: the file field of its uploads and the filters of its list."""

from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from procura.files import download_name
from procura.uploads import check_size, is_pdf, office_document_type
from resources.models import FileType, ResourceKind

# The largest file the library takes, unless the settings say otherwise.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
FIRST_YEAR = 1990


def max_bytes() -> int:
    return getattr(settings, "RESOURCE_FILE_MAX_BYTES", DEFAULT_MAX_BYTES)


def file_type(upload) -> str | None:
    """The library's format of an upload, read from its bytes; None for any other file."""
    return FileType.PDF.value if is_pdf(upload) else office_document_type(upload)


class ResourceFileField(forms.FileField):
    """A PDF, Word, Excel or PowerPoint file, recognised by its content and named as it is.

    The cleaned upload carries `file_type` and a sanitized `name` ending in that type."""

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        check_size(upload, max_bytes())
        found = file_type(upload)
        if found is None:
            raise forms.ValidationError(
                _("Upload a PDF, Word, Excel or PowerPoint file."), code="format"
            )
        claimed = PurePosixPath(upload.name).suffix.lower().removeprefix(".")
        if claimed and claimed != found:
            raise forms.ValidationError(
                _("The file's name ends in .%(claimed)s, but its content is in %(found)s format."),
                code="mismatch",
                params={"claimed": claimed, "found": FileType(found).label},
            )
        upload.file_type = found
        upload.name = download_name(upload.name, f"file.{found}")
        return upload


class ResourceFilterForm(forms.Form):
    """Every valid value of each filter is accepted; the view then lists as choices those
    that find resources, with their counts."""

    kind = forms.ChoiceField(label=_("Kind"), required=False)
    group = forms.ChoiceField(label=_("Product group"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    ALL = {
        "kind": _("All kinds"),
        "group": _("All product groups"),
        "language": _("All languages"),
        "year": _("All years"),
    }

    def __init__(self, *args, groups: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        years = range(timezone.now().year + 1, FIRST_YEAR - 1, -1)
        self.fields["kind"].choices = [("", ""), *ResourceKind.choices]
        self.fields["group"].choices = [("", ""), *groups.items()]
        self.fields["language"].choices = [("", ""), *settings.LANGUAGES]
        self.fields["year"].choices = [("", ""), *((y, y) for y in years)]

    @property
    def chosen(self) -> dict:
        """The valid filters' values; an invalid filter is ignored."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {name: data[name] for name in self.fields if data.get(name)}

    def show_counts(self, counts: dict[str, dict]) -> None:
        """Offer, for each filter, the values that find resources, with their numbers."""
        chosen = self.chosen
        for name, field in self.fields.items():
            labels = dict(field.choices)
            found = counts[name]
            keep = [value for value in labels if value != "" and (value in found)]
            if name in chosen and chosen[name] not in found:
                keep.append(chosen[name])
            field.choices = [("", self.ALL[name])] + [
                (value, f"{labels[value]} ({found.get(value, 0)})") for value in keep
            ]
