"""The news, newsletter, impact and library objects of the probes' world, each made as the
portal makes it (by its app's services where it has them), in each state that matters."""

from datetime import timedelta
from decimal import Decimal
from types import SimpleNamespace
from urllib.parse import urlsplit

from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from demo.resources import sample_pdf
from impact import services as impact
from impact.forms import evidence_content
from impact.models import CommitmentTarget, EmissionFactor, ExchangeRate, ProductGroup, Report
from news import services as news
from news.models import Article, Topic
from newsletter import services as newsletter
from newsletter.models import Newsletter
from resources import services as library
from resources.forms import ResourceFileField
from resources.models import Resource


def pdf(name: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, sample_pdf(name), content_type="application/pdf")


def articles() -> SimpleNamespace:
    """A published article, a draft and an article published from tomorrow on."""
    topic = Topic.objects.create(slug="network", name_en="Network")
    published = news.publish(
        Article.objects.create(
            slug="launch", title_en="Network launched", summary_en="Eleven governments joined."
        )
    )
    published.topics.add(topic)
    draft = Article.objects.create(
        slug="unfinished", title_en="Unfinished article", summary_en="Not yet."
    )
    scheduled = Article.objects.create(
        slug="tomorrow",
        title_en="Tomorrow's article",
        summary_en="Soon.",
        status="published",
        published_at=timezone.now() + timedelta(days=1),
    )
    return SimpleNamespace(published=published, draft=draft, scheduled=scheduled)


def newsletter_issue(article: Article) -> SimpleNamespace:
    """An issue with its mailing, a subscriber, and the links the newsletter mails: the
    confirmation of a subscription and the unsubscription."""
    issue = Newsletter.objects.create(subject_en="Network news", introduction_en="**Hello.**")
    issue.articles.add(article)
    newsletter.write_mailing(issue)
    subscriber = newsletter.confirm("aiko@osaka.example", "ja")
    token = signing.dumps(
        {"email": "yuki@osaka.example", "language": "ja"},
        salt=newsletter.CONFIRM_SALT,
        compress=True,
    )
    return SimpleNamespace(
        issue=issue,
        subscriber=subscriber,
        confirm=reverse("newsletter:confirm", args=[token]),
        unsubscribe=urlsplit(newsletter.unsubscribe_url(subscriber.email, "en")).path,
    )


def report(government, year, author, evidence: str = "") -> Report:
    """A draft of `year` saved by `author` through the reporting page's service."""
    group = ProductGroup.objects.get_or_create(
        slug="it-equipment", defaults={"name_en": "IT equipment", "units": ["piece"]}
    )[0]
    line = {"product_group": group, "green_spend": Decimal(60), "total_spend": Decimal(100)}
    uploads = [evidence_content(pdf(evidence))] if evidence else []
    return impact.save_draft(
        government, year, author, edits=None, currency="CNY", lines=[line], evidence=uploads
    )


def reports(beijing, seoul, li, minji, reviewer) -> SimpleNamespace:
    """Beijing's reports of three years, validated, submitted and draft, and Seoul's validated
    one; the validated ones and the submitted one have evidence."""
    validated = report(beijing, 2023, li, "beijing-2023.pdf")
    impact.validate(impact.submit(validated, li, validated.edits), reviewer)
    submitted = report(beijing, 2024, li, "beijing-2024.pdf")
    submitted = impact.submit(submitted, li, submitted.edits)
    draft = report(beijing, 2025, li)
    seoul_report = report(seoul, 2024, minji, "seoul-2024.pdf")
    impact.validate(impact.submit(seoul_report, minji, seoul_report.edits), reviewer)
    group = ProductGroup.objects.get()
    EmissionFactor.objects.create(
        product_group=group,
        country="CN",
        year=2023,
        unit="piece",
        co2e_per_unit=Decimal("0.2"),
        source="China Environmental Labelling",
        source_year=2022,
    )
    ExchangeRate.objects.create(
        currency="CNY", year=2023, rate_to_usd=Decimal("0.14"), source="IMF"
    )
    CommitmentTarget.objects.create(
        commitment=beijing.commitments.get(), indicator="green_share", target_value=100
    )
    return SimpleNamespace(
        validated=validated,
        submitted=submitted,
        draft=draft,
        seoul=seoul_report,
        evidence=SimpleNamespace(
            beijing=validated.evidence.get(),
            submitted=submitted.evidence.get(),
            seoul=seoul_report.evidence.get(),
        ),
    )


def resources() -> SimpleNamespace:
    """Published criteria with files in English (two versions) and Chinese, and an unpublished
    guide with one file."""
    criteria = Resource.objects.create(
        slug="criteria",
        title_en="GPP criteria for computers",
        summary_en="Criteria.",
        kind="criteria",
        year=2021,
        published=True,
    )
    for language, name in [("en", "v1.pdf"), ("en", "v2.pdf"), ("zh-hans", "zh.pdf")]:
        library.add_file(criteria, language, ResourceFileField().clean(pdf(name)))
    unpublished = Resource.objects.create(
        slug="unpublished", title_en="Unfinished guide", summary_en="Not yet.", kind="guide"
    )
    library.add_file(unpublished, "en", ResourceFileField().clean(pdf("draft.pdf")))
    return SimpleNamespace(criteria=criteria, unpublished=unpublished)
