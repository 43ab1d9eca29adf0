"""The filters of the news page: a year and a topic."""

from django import forms
from django.utils.translation import gettext_lazy as _

from news.models import Topic


class ArticleFilterForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    topic = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, *args, years: list[int], topics: list[Topic], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", _("All years")), *((y, y) for y in years)]
        self.fields["topic"].choices = [
            ("", _("All topics")),
            *((topic.slug, topic.name) for topic in topics),
        ]

    def filter(self, articles):
        """`articles` narrowed by the valid filters; an invalid one is ignored."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        if data.get("year"):
            articles = articles.filter(published_at__year=data["year"])
        if data.get("topic"):
            articles = articles.filter(topics__slug=data["topic"])
        return articles
