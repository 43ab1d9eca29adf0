"""Finding entries: the counts by kind, the best few of each kind or one kind's page, the
matches marked in the reader's language, and a word to suggest for a misspelt one.

Each search costs the same few statements however big the index is: the counts and the
first results of every kind in one, a kind's page in two, and the suggestion in one."""

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.db import connection
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.safestring import SafeString

from search import text
from search.index import KINDS

# The results of each kind on the page of all kinds, and on a kind's own pages.
FIRST = 5
PAGE_SIZE = 20
# The order of languages in which a text missing in the reader's is shown.
FALLBACKS = ("en", "zh-hans", "ko", "ja")

FOUND = """
    FROM search_entry e, query q
    WHERE e.document @@ q.tsquery AND (e.public_from IS NULL OR e.public_from <= %s)
"""
ORDER = (
    "ts_rank('{0, 0, 0, 1}', e.document, q.tsquery) DESC, ts_rank(e.document, q.tsquery) DESC, e.id"
)
FIRST_OF_EACH_KIND = f"""
    WITH query AS (SELECT {{tsquery}} AS tsquery)
    SELECT e.kind, e.titles, e.texts, e.urls, found.total
    FROM (
        SELECT e.id, row_number() OVER (PARTITION BY e.kind ORDER BY {ORDER}) AS position,
            count(*) OVER (PARTITION BY e.kind) AS total
        {FOUND}
    ) found JOIN search_entry e ON e.id = found.id
    WHERE found.position <= %s
    ORDER BY e.kind, found.position
"""
COUNTS = f"""
    WITH query AS (SELECT {{tsquery}} AS tsquery)
    SELECT e.kind, count(*) {FOUND} GROUP BY e.kind
"""
PAGE = f"""
    WITH query AS (SELECT {{tsquery}} AS tsquery)
    SELECT e.kind, e.titles, e.texts, e.urls {FOUND} AND e.kind = %s
    ORDER BY {ORDER} LIMIT %s OFFSET %s
"""
# For each of the query's words: whether the vocabulary has a word it begins (procure, of
# procurement), and the vocabulary's nearest word by trigrams. The words are letters alone.
NEAREST = """
    SELECT typed.word,
        EXISTS (SELECT FROM search_word w WHERE w.word LIKE typed.word || '%%'),
        (
            SELECT w.word FROM search_word w WHERE w.word %% typed.word
            ORDER BY w.word <-> typed.word, w.word LIMIT 1
        )
    FROM unnest(%s::text[]) AS typed(word)
"""


@dataclass
class Result:
    title: SafeString
    title_lang: str  # the language shown, where it is not the reader's; else ""
    excerpt: SafeString
    excerpt_lang: str
    url: str


@dataclass
class Group:
    kind: str
    label: str | Promise
    count: int
    results: list[Result] = field(default_factory=list)


@dataclass
class Search:
    query: text.Query
    groups: list[Group]
    page: Page | None = None
    kind: str = ""
    suggestion: str = ""

    @property
    def total(self) -> int:
        return sum(group.count for group in self.groups)


def in_language(values: dict[str, str], language: str) -> tuple[str, str]:
    """The text in the reader's language, or in the first fallback that has one; and the
    language shown, where it is another."""
    if values.get(language):
        return values[language], ""
    for code in FALLBACKS:
        if values.get(code):
            return values[code], code
    return "", ""


def result(row: Sequence, language: str, marks: re.Pattern | None) -> Result:
    # Django reads jsonb columns as text, for JSONField to decode.
    titles, texts, urls = (json.loads(value) for value in row[1:4])
    title, title_lang = in_language(titles, language)
    body, body_lang = in_language(texts, language)
    return Result(
        title=text.highlighted(title, marks),
        title_lang=title_lang,
        excerpt=text.highlighted(text.excerpt(body, marks), marks),
        excerpt_lang=body_lang,
        url=urls.get(language, ""),
    )


class KindPages(Sequence):
    """One kind's results, counted beforehand, read a page at a time."""

    def __init__(self, search: "Search", sql: str, params: list, language: str):
        self.group = next(group for group in search.groups if group.kind == search.kind)
        self.sql, self.params, self.language = sql, params, language
        self.marks = search.query.marks()

    def __len__(self):
        return self.group.count

    def count(self):
        return self.group.count

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop = index.start or 0, index.stop or self.group.count
        with connection.cursor() as cursor:
            cursor.execute(self.sql, [*self.params, stop - start, start])
            return [result(row, self.language, self.marks) for row in cursor.fetchall()]


def find(typed: str, language: str, kind: str = "", page: str | None = None) -> Search:
    """The search of `typed` for a reader of `language`: the first results of each kind, or
    the asked page of `kind`'s."""
    query = text.parse(typed)
    found = Search(query=query, groups=[])
    if not query:
        return found
    tsquery, params = query.tsquery()
    now = timezone.now()
    with connection.cursor() as cursor:
        counts, rows = {}, []
        if kind in KINDS:
            cursor.execute(COUNTS.replace("{tsquery}", tsquery), [*params, now])
            counts = dict(cursor.fetchall())
        # A kind that has nothing to show gives way to the first results of the others.
        if kind not in counts:
            cursor.execute(FIRST_OF_EACH_KIND.replace("{tsquery}", tsquery), [*params, now, FIRST])
            rows = cursor.fetchall()
            counts = {row[0]: row[4] for row in rows}
        shown = sorted((name for name in counts if name in KINDS), key=lambda n: KINDS[n].order)
        found.groups = [Group(name, KINDS[name].label, counts[name]) for name in shown]
        marks = query.marks()
        by_kind = {group.kind: group for group in found.groups}
        for row in rows:
            if row[0] in by_kind:
                by_kind[row[0]].results.append(result(row, language, marks))
        found.suggestion = suggestion(cursor, query)
    if kind in counts:
        found.kind = kind
        pages = KindPages(found, PAGE.replace("{tsquery}", tsquery), [*params, now, kind], language)
        found.page = Paginator(pages, PAGE_SIZE).get_page(page)
    return found


def suggestion(cursor, query: text.Query) -> str:
    """The query with its misspelt Latin-script words corrected, or "" when none is."""
    words = [word for word in query.words if len(word) >= 4 and word.isascii() and word.isalpha()]
    if not words:
        return ""
    cursor.execute(NEAREST, [words])
    nearest = {word: better for word, known, better in cursor.fetchall() if not known and better}
    # A word that only ends otherwise than the vocabulary's (procurements) is found as it is.
    corrected = {word: better for word, better in nearest.items() if not word.startswith(better)}
    if not corrected:
        return ""
    terms = [match.group() for match in text.TOKENS.finditer(query.text)]
    return " ".join(corrected.get(term.lower(), term) for term in terms if len(term) > 1)
