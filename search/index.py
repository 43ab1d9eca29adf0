"""The kinds of things the search finds, and their entries in the index kept current.

An app makes its model searchable with `register`: which objects visitors may find, and the
titles and texts of one in each language. The index then follows every save and delete of
the model (and of the models its text is gathered from) on its own: an entry is written
again, or removed when its object is no longer public. `rebuild` writes the whole index,
after changes that send no signals (bulk_create, update()).

Reading the text of an object's PDF files is slow: after a save, an object with files is
indexed by a task once the change is committed, not in the request that saved it."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from celery import shared_task
from django.conf import settings
from django.db import connection, models, transaction
from django.db.models.fields.files import FieldFile
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from django.utils.functional import Promise
from modeltranslation.utils import build_localized_fieldname
from psycopg.types.json import Jsonb

from search import text
from search.models import Entry, Word
from search.pdf import stored_pdf_text

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# The text an entry keeps for its excerpt, per language; all of it is searched.
EXCERPT_SOURCE = 2000
# The most text of one object that is searched, per language and of Latin script in all:
# with the limit of CJK pairs (search.text.MAX_PAIRS), a document stays within PostgreSQL's
# 1 MB for a tsvector.
MOST_TEXT = 50_000
MOST_LATIN_TEXT = 100_000


@dataclass
class Document:
    """What an object is found by: its titles and texts by language code."""

    titles: dict[str, str]
    texts: dict[str, list[str]] = field(default_factory=dict)
    # An object published later (a scheduled article) is found from this moment on.
    public_from: datetime | None = None
    # Stored PDF files by language code, found by the text they hold (see search.pdf).
    files: dict[str, list[FieldFile]] = field(default_factory=dict)


@dataclass(frozen=True)
class Kind:
    name: str
    label: str | Promise
    model: type[models.Model]
    # The objects visitors may find, with what `document` reads of them prefetched.
    objects: Callable[[], models.QuerySet]
    document: Callable[[models.Model], Document]
    # Where its results come on the search page, smallest first.
    order: int = 100


KINDS: dict[str, Kind] = {}


def register(
    name: str,
    label: str | Promise,
    model: type[models.Model],
    objects: Callable[[], models.QuerySet],
    document: Callable[[models.Model], Document],
    follows: dict[type[models.Model], Callable[[models.Model], Iterable[models.Model]]]
    | None = None,
    order: int = 100,
) -> Kind:
    """Make `model` searchable as `name` ("events"), shown as `label` ("Events").

    `follows` maps a related model to the objects of `model` that one of its rows is part
    of (an event's session -> [its event]): their entries are written again when it changes.
    Kinds of a smaller `order` come first on the search page."""
    kind = Kind(name, label, model, objects, document, order)
    KINDS[name] = kind
    for signal in (post_save, post_delete):
        signal.connect(partial(object_changed, kind), sender=model, weak=False)
    for related, owners in (follows or {}).items():
        for signal in (post_save, post_delete):
            signal.connect(partial(part_changed, kind, owners), sender=related, weak=False)
    return kind


def object_changed(kind: Kind, sender, instance, raw=False, signal=None, **kwargs) -> None:
    if raw:
        return
    if signal is post_delete:
        remove(kind, [instance.pk])
    else:
        follow(kind, [instance.pk])


def part_changed(kind: Kind, owners, sender, instance, raw=False, **kwargs) -> None:
    if raw:
        return
    found = [owner.pk for owner in owners(instance) if owner is not None and owner.pk]
    if found:
        follow(kind, found)


def translations(instance: models.Model, name: str) -> dict[str, str]:
    """A translated field's text in each language that has one."""
    values = {}
    for code in LANGUAGES:
        value = getattr(instance, build_localized_fieldname(name, code), "")
        if value:
            values[code] = str(value)
    return values


def gathered(*parts: dict[str, str | list[str]]) -> dict[str, list[str]]:
    """Texts by language, from several fields' translations (or lists of texts)."""
    texts: dict[str, list[str]] = {}
    for part in parts:
        for code, value in part.items():
            texts.setdefault(code, []).extend(value if isinstance(value, list) else [value])
    return texts


def index(kind: Kind, pks: Iterable[int]) -> None:
    """Write the entries of these objects again; remove those visitors may no longer find."""
    pks = set(pks)
    found = list(kind.objects().filter(pk__in=pks))
    write(kind, found)
    missing = pks - {instance.pk for instance in found}
    if missing:
        remove(kind, missing)


def follow(kind: Kind, pks: Iterable[int]) -> None:
    """After a change: write the entries of these objects that have no files at once, and
    leave those with files, whose text takes long to read, to a task run once the change is
    committed; remove the entries of objects visitors may no longer find."""
    pks = set(pks)
    found = list(kind.objects().filter(pk__in=pks))
    documents = {instance.pk: kind.document(instance) for instance in found}
    at_once = [instance for instance in found if not documents[instance.pk].files]
    write(kind, at_once, documents)
    later = sorted(instance.pk for instance in found if documents[instance.pk].files)
    if later:
        transaction.on_commit(lambda: index_later.delay(kind.name, later))
    missing = pks - {instance.pk for instance in found}
    if missing:
        remove(kind, missing)


@shared_task(ignore_result=True)
def index_later(kind_name: str, pks: list[int]) -> None:
    """Write the entries of these objects of a kind as they are now: run twice, or after a
    later change, it writes the same."""
    kind = KINDS.get(kind_name)
    if kind is not None:
        index(kind, pks)


def remove(kind: Kind, pks: Iterable[int]) -> None:
    Entry.objects.filter(kind=kind.name, object_id__in=list(pks)).delete()


ROW = (
    "(%s, %s, %s, %s, %s, %s, "
    "setweight(to_tsvector('english', %s), 'A') || setweight(to_tsvector('simple', %s), 'A')"
    " || %s::tsvector"
    " || setweight(to_tsvector('english', %s), 'B') || setweight(to_tsvector('simple', %s), 'B')"
    " || %s::tsvector, now())"
)
UPSERT = (
    "INSERT INTO search_entry"
    " (kind, object_id, titles, texts, urls, public_from, document, updated) VALUES {rows}"
    " ON CONFLICT (kind, object_id) DO UPDATE SET titles = EXCLUDED.titles,"
    " texts = EXCLUDED.texts, urls = EXCLUDED.urls, public_from = EXCLUDED.public_from,"
    " document = EXCLUDED.document, updated = EXCLUDED.updated"
)
WORDS = "INSERT INTO search_word (word) SELECT unnest(%s::text[]) ON CONFLICT (word) DO NOTHING"
# Objects written in one statement while the whole index is rebuilt.
BATCH = 100


def row(
    kind: Kind, instance: models.Model, document: Document | None = None
) -> tuple[list, set[str]]:
    """The parameters of an object's row in ROW, and the words of its texts."""
    document = document or kind.document(instance)
    titles = {code: value for code, value in document.titles.items() if value}
    for code, files in document.files.items():
        document.texts.setdefault(code, []).extend(stored_pdf_text(file) for file in files)
    texts = {
        code: "\n".join(value for value in values if value)[:MOST_TEXT]
        for code, values in document.texts.items()
    }
    texts = {code: value for code, value in texts.items() if value.strip()}
    urls = {}
    for code in LANGUAGES:
        with translation.override(code):
            urls[code] = instance.get_absolute_url()
    all_titles, all_texts = list(titles.values()), list(texts.values())
    latin_title = text.latin_text("\n".join(all_titles))
    latin_body = text.latin_text("\n".join(all_texts))[:MOST_LATIN_TEXT]
    params = [
        kind.name,
        instance.pk,
        Jsonb(titles),
        Jsonb({code: value[:EXCERPT_SOURCE] for code, value in texts.items()}),
        Jsonb(urls),
        document.public_from,
        latin_title,
        latin_title,
        text.cjk_vector(all_titles, "A"),
        latin_body,
        latin_body,
        text.cjk_vector(all_texts, "B"),
    ]
    return params, text.vocabulary(all_titles + all_texts)


def write(
    kind: Kind, instances: list[models.Model], documents: dict[int, Document] | None = None
) -> None:
    """Write the entries of `instances` and add their words to the vocabulary, in two
    statements; `documents` are those already gathered, by primary key."""
    if not instances:
        return
    rows, words = [], set()
    for instance in instances:
        params, found = row(kind, instance, (documents or {}).get(instance.pk))
        rows.append(params)
        words |= found
    with connection.cursor() as cursor:
        sql = UPSERT.format(rows=", ".join([ROW] * len(rows)))
        cursor.execute(sql, [param for params in rows for param in params])
        if words:
            cursor.execute(WORDS, [sorted(words)])


def rebuild() -> dict[str, int]:
    """Write the whole index again, and the vocabulary with it; the entries by kind."""
    counts = {}
    with transaction.atomic():
        Entry.objects.all().delete()
        Word.objects.all().delete()
        for kind in KINDS.values():
            instances = list(kind.objects())
            for start in range(0, len(instances), BATCH):
                write(kind, instances[start : start + BATCH])
            counts[kind.name] = len(instances)
    return counts


def index_if_empty(sender, using="default", **kwargs) -> None:
    """After migrate: index the content of a database whose index is empty, as one that had
    content before the search existed."""
    with connection.cursor() as cursor:
        tables = set(connection.introspection.table_names(cursor))
    # A migration of some apps alone may leave others' tables still missing.
    needed = {Entry._meta.db_table} | {kind.model._meta.db_table for kind in KINDS.values()}
    if needed <= tables and not Entry.objects.using(using).exists():
        rebuild()
