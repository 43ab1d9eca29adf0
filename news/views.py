"""News pages: the list with its filters, an article with what it concerns, and the feed."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_cache_control

from news.feeds import LatestArticlesFeed
from news.forms import ArticleFilterForm
from news.models import Article, Topic
from procura.caching import public_page, shows_asked_page
from procura.previews import can_preview
from procura.site import absolute_url

PAGE_SIZE = 12
# A scheduled article goes public without anyone saving it; beat's show_scheduled_articles
# makes the pages stale then, and should it not run, a cached page is at most this old.
TIMEOUT = 5 * 60


def visible_articles(request: HttpRequest):
    """Published articles; staff who may preview articles also see drafts and scheduled ones."""
    articles = Article.objects.all()
    return articles if can_preview(request, Article) else articles.published()


@public_page("news", params=["year", "topic", "page"], timeout=TIMEOUT)
def article_list(request: HttpRequest) -> HttpResponse:
    published = Article.objects.published()
    years = [moment.year for moment in published.dates("published_at", "year", order="DESC")]
    topics = list(Topic.objects.filter(articles__in=published).distinct())
    form = ArticleFilterForm(request.GET, years=years, topics=topics)
    articles = form.filter(published).prefetch_related("topics")
    page = Paginator(articles, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "query": query.urlencode()}
    response = render(request, "news/list.html", context)
    # A junk value's page is rarely asked again: it must not crowd the cache.
    if not form.is_valid() or not shows_asked_page(page, request.GET.get("page")):
        patch_cache_control(response, private=True)
    return response


@public_page("news", "members", "events", "awards", timeout=TIMEOUT)
def detail(request: HttpRequest, slug: str) -> HttpResponse:
    article = get_object_or_404(visible_articles(request).with_links(), slug=slug)
    context = {
        "article": article,
        "cover_url": absolute_url(article.cover.url) if article.cover else "",
    }
    if article.is_public:
        context["previous"], context["next"] = article.neighbours()
    return render(request, "news/detail.html", context)


feed = public_page("news", timeout=TIMEOUT)(LatestArticlesFeed())
