"""The resource library: GPP criteria, guides, tender models and other documents, each with a
file per language and every version of it kept."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from awards.models import Application
from events.models import Document, Event
from impact.models import ProductGroup
from members.models import MemberGovernment
from news.models import Article


class ResourceKind(models.TextChoices):
    CRITERIA = "criteria", _("GPP criteria")
    GUIDE = "guide", _("Guide")
    TENDER_MODEL = "tender-model", _("Tender model")
    REPORT = "report", _("Report")
    CASE_STUDY = "case-study", _("Case study")
    PRESENTATION = "presentation", _("Presentation")
    POLICY = "policy", _("Policy")
    OTHER = "other", _("Other material")


class FileType(models.TextChoices):
    """The formats the library takes, by the extension its files are stored with."""

    PDF = "pdf", _("PDF")
    WORD = "docx", _("Word")
    EXCEL = "xlsx", _("Excel")
    POWERPOINT = "pptx", _("PowerPoint")


CONTENT_TYPES = {
    FileType.PDF: "application/pdf",
    FileType.WORD: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    FileType.EXCEL: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    FileType.POWERPOINT: (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    ),
}


class ResourceQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def with_links(self):
        """Resources with their product groups and the public events, members and articles
        they concern, in four more queries whatever their number."""
        return self.prefetch_related(
            "product_groups",
            models.Prefetch("events", Event.objects.published()),
            models.Prefetch("members", MemberGovernment.objects.filter(published=True)),
            models.Prefetch("articles", Article.objects.published()),
        )


class Resource(models.Model):
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"), unique=True, max_length=120, help_text=_("The resource's address, in ASCII.")
    )
    summary = models.TextField(_("summary"), help_text=_("A few sentences on what it holds."))
    kind = models.CharField(_("kind"), max_length=20, choices=ResourceKind.choices)
    product_groups = models.ManyToManyField(
        ProductGroup, blank=True, related_name="resources", verbose_name=_("product groups")
    )
    publisher = models.CharField(
        _("publisher"),
        max_length=200,
        blank=True,
        help_text=_("Who published it, for example the European Commission."),
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True, db_index=True)
    events = models.ManyToManyField(
        Event, blank=True, related_name="resources", verbose_name=_("events")
    )
    members = models.ManyToManyField(
        MemberGovernment, blank=True, related_name="resources", verbose_name=_("member governments")
    )
    articles = models.ManyToManyField(
        Article, blank=True, related_name="resources", verbose_name=_("news articles")
    )
    superseded_by = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="supersedes",
        verbose_name=_("superseded by"),
        help_text=_("The newer resource that replaces this one."),
    )
    published = models.BooleanField(_("published"), default=False)
    sample = models.BooleanField(
        _("sample resource"),
        default=False,
        help_text=_("Made for the demonstration; its page says so."),
    )
    # The languages it can be read in, kept by resources.services whenever a file is added:
    # the library filters and counts on it without joining the files.
    available_in = ArrayField(
        models.CharField(max_length=10), default=list, blank=True, editable=False
    )
    # Set for the resources that stand for an event's document or an award case study: the
    # library lists them without a second upload, and keeps them in step (resources.sources).
    event_document = models.OneToOneField(
        Document,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        editable=False,
        related_name="resource",
    )
    case_study = models.OneToOneField(
        Application,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        editable=False,
        related_name="resource",
    )
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = ResourceQuerySet.as_manager()

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        ordering = [models.F("year").desc(nulls_last=True), "slug"]
        indexes = [models.Index(fields=["published", "kind"])]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # The languages belong to the files, whose changes set them (resources.services): a
        # resource loaded before a file was added must not write its stale copy back.
        if self.pk and not self._state.adding and kwargs.get("update_fields") is None:
            kwargs["update_fields"] = [
                field.name
                for field in self._meta.concrete_fields
                if not field.primary_key and field.name != "available_in"
            ]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("resources:detail", args=[self.slug])

    @property
    def source_url(self) -> str:
        """Where a resource that stands for another page's content is read."""
        if self.event_document_id:
            return self.event_document.file.url
        if self.case_study_id:
            return self.case_study.get_absolute_url()
        return ""


def stored_path(instance: "ResourceFile", filename: str) -> str:
    # Kept under the private folder, so that only the download view hands the files out, with
    # the name and type they were checked for.
    return (
        f"private/resources/{instance.resource.slug}/{instance.language}/"
        f"v{instance.version}/{filename}"
    )


class ResourceFile(models.Model):
    resource = models.ForeignKey(
        Resource, on_delete=models.CASCADE, related_name="files", verbose_name=_("resource")
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    file = models.FileField(_("file"), upload_to=stored_path, max_length=300)
    version = models.PositiveSmallIntegerField(_("version"), editable=False)
    uploaded = models.DateTimeField(_("uploaded"), default=timezone.now, editable=False)
    size = models.PositiveBigIntegerField(_("size in bytes"), editable=False)
    file_type = models.CharField(_("type"), max_length=10, choices=FileType.choices, editable=False)
    original_name = models.CharField(_("file name"), max_length=200, editable=False)
    sample = models.BooleanField(_("sample file"), default=False, editable=False)

    class Meta:
        verbose_name = _("file")
        verbose_name_plural = _("files")
        ordering = ["language", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["resource", "language", "version"], name="one_file_per_version"
            )
        ]

    def __str__(self):
        return f"{self.original_name} ({self.language}, v{self.version})"

    def get_absolute_url(self):
        return reverse("resources:version", args=[self.resource.slug, self.language, self.version])

    @property
    def content_type(self) -> str:
        return CONTENT_TYPES[self.file_type]
