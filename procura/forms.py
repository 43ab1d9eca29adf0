"""The contact page's form."""

from django import forms
from django.utils.translation import gettext_lazy as _

SUBJECTS = [
    ("membership", _("Joining the network")),
    ("events", _("Events")),
    ("awards", _("Procura+ Awards")),
    ("impact", _("Impact monitoring")),
    ("other", _("Something else")),
]


class ContactForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Your email address"), max_length=254)
    organisation = forms.CharField(
        label=_("Organisation"), max_length=200, required=False, help_text=_("Optional.")
    )
    subject = forms.ChoiceField(label=_("Subject"), choices=SUBJECTS)
    message = forms.CharField(
        label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8})
    )
