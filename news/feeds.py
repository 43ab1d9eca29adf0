"""The Atom feed of the latest articles, in the language of its address (which Feed names
as the active one), with absolute links on SITE_URL and each cover as an enclosure."""

import mimetypes

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure
from django.utils.html import escape
from django.utils.translation import gettext as _

from news.models import Article
from procura.site import absolute_url

# How many of the latest articles the feed carries.
LENGTH = 20


class LatestArticlesFeed(Feed):
    feed_type = Atom1Feed

    def title(self) -> str:
        return _("Procura+ East Asia news")

    def subtitle(self) -> str:
        return _("News of ICLEI East Asia's network of local governments that buy green.")

    def link(self) -> str:
        return absolute_url(reverse("news:list"))

    def feed_url(self) -> str:
        return absolute_url(reverse("news:feed"))

    def feed_guid(self) -> str:
        return self.feed_url()

    def author_name(self) -> str:
        return _("ICLEI East Asia")

    def items(self):
        return Article.objects.published().order_by("-published_at", "-pk")[:LENGTH]

    def item_title(self, article: Article) -> str:
        return article.title

    def item_description(self, article: Article) -> str:
        # Atom marks the summary as HTML: the plain text's & and < must stay text.
        return escape(article.summary)

    def item_link(self, article: Article) -> str:
        return absolute_url(article.get_absolute_url())

    def item_author_name(self, article: Article) -> str:
        return article.author

    def item_pubdate(self, article: Article):
        return article.published_at

    def item_updateddate(self, article: Article):
        return max(article.updated, article.published_at)

    def item_enclosures(self, article: Article) -> list[Enclosure]:
        if not article.cover:
            return []
        kind = mimetypes.guess_type(article.cover.name)[0] or "image/jpeg"
        try:
            size = article.cover.size
        except OSError:
            # A cover whose file is missing is left out rather than failing the whole feed.
            return []
        return [Enclosure(absolute_url(article.cover.url), str(size), kind)]
