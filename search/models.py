"""The search index: one entry per thing a visitor may find, and the words of its titles and
texts that a misspelt query is compared with."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class Entry(models.Model):
    """What the search page shows of an object and finds it by, in the four languages at once.

    `document` holds the Latin-script words (stemmed by the english configuration and as they
    are by the simple one) and the CJK text as overlapping two-character pieces; the title's
    with weight A, the rest with B (see search.index)."""

    kind = models.CharField(_("kind"), max_length=40)
    object_id = models.PositiveBigIntegerField(_("object"))
    titles = models.JSONField(_("titles"), default=dict, help_text=_("By language code."))
    texts = models.JSONField(
        _("texts"), default=dict, help_text=_("The start of the text, by language code.")
    )
    urls = models.JSONField(_("addresses"), default=dict, help_text=_("By language code."))
    public_from = models.DateTimeField(_("public from"), null=True, blank=True)
    document = SearchVectorField(_("document"))
    updated = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="one_entry_per_object")
        ]
        indexes = [GinIndex(fields=["document"], name="search_entry_document")]

    def __str__(self):
        return f"{self.kind} {self.object_id}"


class Word(models.Model):
    """A Latin-script word of the indexed titles and texts, for "Did you mean …?"."""

    word = models.CharField(_("word"), max_length=40, unique=True)

    class Meta:
        verbose_name = _("word")
        verbose_name_plural = _("words")
        indexes = [
            GinIndex(fields=["word"], opclasses=["gin_trgm_ops"], name="search_word_trigrams"),
        ]

    def __str__(self):
        return self.word
