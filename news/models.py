"""News articles of the network: the launch announcement and every update after it."""

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from awards.models import AwardEdition
from events.models import Event
from members.models import MemberGovernment

# The longest side of an article's cover and of its smaller copy for cards, in pixels.
COVER_SIZES = {"cover": 1600, "cover_small": 640}


class Topic(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True, help_text=_("The topic's address, in ASCII."))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["order", "slug"]

    def __str__(self):
        return self.name


class ArticleStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """What visitors see: published articles whose publication date has come."""
        return self.filter(status=ArticleStatus.PUBLISHED, published_at__lte=now or timezone.now())

    def with_links(self):
        """Articles with the topics, members, events and award years they concern, in four
        more queries whatever their number."""
        return self.prefetch_related(
            "topics",
            models.Prefetch("members", MemberGovernment.objects.filter(published=True)),
            models.Prefetch("events", Event.objects.published()),
            "award_editions",
        )


class Article(models.Model):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"), unique=True, max_length=120, help_text=_("The article's address, in ASCII.")
    )
    summary = models.TextField(
        _("summary"), help_text=_("One or two sentences, shown in lists, the feed and previews.")
    )
    body = models.TextField(
        _("text"), blank=True, help_text=_("Markdown: **bold**, lists, links, headings.")
    )
    author = models.CharField(
        _("author"),
        max_length=200,
        blank=True,
        help_text=_("The name shown under the title, for example ICLEI East Asia."),
    )
    cover = models.ImageField(
        _("cover image"),
        upload_to="news/",
        blank=True,
        width_field="cover_width",
        height_field="cover_height",
    )
    cover_small = models.ImageField(upload_to="news/", blank=True, editable=False)
    cover_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_alt = models.CharField(
        _("cover description"),
        max_length=300,
        blank=True,
        help_text=_("What the picture shows, for readers who cannot see it."),
    )
    cover_credit = models.CharField(
        _("cover credit"), max_length=200, blank=True, help_text=_("Photographer or source.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ArticleStatus.choices, default=ArticleStatus.DRAFT
    )
    published_at = models.DateTimeField(
        _("publication date"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Visitors see a published article from this moment on."),
    )
    sample = models.BooleanField(
        _("sample article"),
        default=False,
        help_text=_("Written for the demonstration; its page says so."),
    )
    topics = models.ManyToManyField(
        Topic, blank=True, related_name="articles", verbose_name=_("topics")
    )
    members = models.ManyToManyField(
        MemberGovernment, blank=True, related_name="articles", verbose_name=_("member governments")
    )
    events = models.ManyToManyField(
        Event, blank=True, related_name="articles", verbose_name=_("events")
    )
    award_editions = models.ManyToManyField(
        AwardEdition, blank=True, related_name="articles", verbose_name=_("award years")
    )
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")
        ordering = [models.F("published_at").desc(nulls_first=True), "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="published") | models.Q(published_at__isnull=False),
                name="published_article_has_a_date",
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:detail", args=[self.slug])

    def neighbours(self) -> tuple["Article | None", "Article | None"]:
        """The public articles published just before and just after this one, in two queries."""
        # Articles published at the same moment come in the order of their keys, as listed.
        published = Article.objects.published()
        moment, pk = self.published_at, self.pk
        earlier = published.filter(
            models.Q(published_at__lt=moment) | models.Q(published_at=moment, pk__lt=pk)
        ).order_by("-published_at", "-pk")
        later = published.filter(
            models.Q(published_at__gt=moment) | models.Q(published_at=moment, pk__gt=pk)
        ).order_by("published_at", "pk")
        return earlier.first(), later.first()

    @property
    def is_public(self) -> bool:
        return (
            self.status == ArticleStatus.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )
