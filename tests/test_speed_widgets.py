"""The filter forms' selects, written without a template per option, are exactly what
Django's widgets write: with a choice made, none, an unknown one or several."""

import pytest
from django.http import QueryDict
from django.utils import translation

from events.forms import EventFilterForm
from members.forms import DirectoryFilterForm
from procura.templatetags.procura import quick_widget

QUERIES = [
    "",
    "country=CN",
    "country=ZZ",
    "level=district&q=x",
    "level=<b>",
    "year=2014",
    "year=1999",
    "year=abc",
    "kind=forum&country=KR",
    "country=CN&country=KR",
]


@pytest.mark.parametrize("query", QUERIES)
def test_quick_widgets_are_djangos_own(language, query):
    with translation.override(language):
        forms = [
            DirectoryFilterForm(QueryDict(query)),
            EventFilterForm(QueryDict(query), years=[2018, 2014]),
            DirectoryFilterForm(),
        ]
        for form in forms:
            if form.is_bound:
                form.is_valid()
            for field in form:
                assert str(quick_widget(field)) == str(field)
