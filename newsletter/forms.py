"""The subscription form."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class SubscribeForm(forms.Form):
    email = forms.EmailField(label=_("Email address"), max_length=254)
    language = forms.ChoiceField(
        label=_("Language"),
        choices=settings.LANGUAGES,
        help_text=_("Each issue, and the mail that confirms your subscription, comes in it."),
    )
