"""Demo resource library (demo/data/resources.yaml): GPP criteria, guides, tender models,
policies and a case study, each with small placeholder PDFs per language and version; then
every event document and award case study is brought into the library."""

from datetime import datetime, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from demo.load import read, translated
from events.models import Event
from impact.models import ProductGroup
from members.models import MemberGovernment
from news.models import Article
from procura.files import download_name
from resources import services, sources
from resources.models import FileType, Resource, ResourceFile

TRANSLATED = ["title", "summary", "publisher"]
# The parts of a record that are links, or files.
PARTS = ["slug", "files", "superseded_by", "product_groups", "events", "members", "articles"]


def sample_pdf(text: str) -> bytes:
    """A one-page PDF showing one line of Latin text: a placeholder, valid for any reader."""
    line = text.encode("latin-1", "replace").replace(b"\\", b"\\\\")
    line = line.replace(b"(", b"\\(").replace(b")", b"\\)")
    stream = b"BT /F1 14 Tf 56 780 Td (" + line + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def load(stdout) -> None:
    records = read("resources")["resources"]
    now = timezone.now()
    saved = {record["slug"]: load_resource(record, now) for record in records}
    for record in records:
        newer = saved.get(record.get("superseded_by"))
        Resource.objects.filter(pk=saved[record["slug"]].pk).update(superseded_by=newer)
    linked = sources.sync_all()
    files = ResourceFile.objects.filter(resource__in=saved.values()).count()
    stdout.write(
        f"Resources: {len(records)} samples with {files} files, "
        f"and {linked} event documents and case studies"
    )


def load_resource(record: dict, now: datetime) -> Resource:
    values = {name: value for name, value in record.items() if name not in PARTS}
    defaults = {"published": True, "sample": True, "year": None}
    defaults |= translated(values, TRANSLATED)
    resource, _created = Resource.objects.update_or_create(slug=record["slug"], defaults=defaults)
    resource.product_groups.set(
        ProductGroup.objects.filter(slug__in=record.get("product_groups", []))
    )
    resource.events.set(Event.objects.filter(slug__in=record.get("events", [])))
    resource.members.set(MemberGovernment.objects.filter(slug__in=record.get("members", [])))
    resource.articles.set(Article.objects.filter(slug__in=record.get("articles", [])))
    for language, versions in record.get("files", {}).items():
        load_files(resource, language, versions, now)
    return resource


def load_files(resource: Resource, language: str, versions: list[dict], now: datetime) -> None:
    """The placeholder files a record names, written once: a reload adds no version, and
    writes again a file whose copy on disk has gone missing."""
    present = {item.version: item for item in resource.files.filter(language=language)}
    for number, version in enumerate(versions, start=1):
        item = present.get(number)
        if item is not None and item.file.storage.exists(item.file.name):
            continue
        if item is not None:
            item.delete()
        upload = ContentFile(
            sample_pdf(f"{resource.title_en} - sample file, {language}, version {number}"),
            name=download_name(resource.title_en, "file.pdf"),
        )
        upload.file_type = FileType.PDF
        item = services.add_file(resource, language, upload, sample=True)
        uploaded = now + timedelta(days=version["days"])
        ResourceFile.objects.filter(pk=item.pk).update(version=number, uploaded=uploaded)
