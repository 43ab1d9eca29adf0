"""Queries taken from the middle of the demo's texts find their source, in each language,
with the demo loaded as load_demo loads it (the index learns it from the saves alone):
two-character Chinese words inside sentences, Japanese words in kanji or katakana, a Korean
word with or without its particle, and an English word in any inflection."""

import re

import pytest
import yaml
from django.conf import settings

from tests.search.conftest import found_urls, search

pytestmark = pytest.mark.usefixtures("demo")

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{4}")
WORD = re.compile(r"\b[A-Za-z]{6,}\b")


def demo(name: str) -> dict:
    with open(settings.BASE_DIR / "demo" / "data" / f"{name}.yaml", encoding="utf-8") as data:
        return yaml.safe_load(data)


def middle_term(text: str, language: str) -> str:
    """Four CJK characters, or a long English word, from the middle of `text`."""
    pattern = WORD if language == "en" else CJK
    middle = len(text) // 2
    found = pattern.search(text, middle) or pattern.search(text)
    return found.group()


def sources():
    """(address without the language, text by language) of demo texts the search indexes."""
    for record in demo("governments")["governments"]:
        yield f"/members/{record['slug']}/", record["gpp_policy"]
    for record in demo("events")["events"]:
        yield f"/events/{record['slug']}/", record["description"]
    for record in demo("news")["articles"]:
        yield f"/news/{record['slug']}/", record["body"]
    for record in demo("resources")["resources"]:
        yield f"/resources/{record['slug']}/", record["summary"]


def all_found(client, language: str, q: str, kind: str) -> list[str]:
    """Every result of `kind`, page after page."""
    urls, page = [], 1
    while True:
        response = search(client, language, q, kind=kind, page=page)
        assert response.status_code == 200
        urls += found_urls(response)
        if 'rel="next"' not in response.content.decode():
            return urls
        page += 1


def test_a_term_from_the_middle_of_each_demo_text_finds_its_text(client):
    checked = 0
    for path, texts in sources():
        kind = path.split("/")[1]
        for language in ("en", "ko", "ja", "zh-hans"):
            if not texts.get(language):
                continue
            term = middle_term(texts[language], language)
            urls = all_found(client, language, term, kind)
            assert f"/{language}{path}" in urls, (language, term, path)
            checked += 1
    assert checked >= 100


# A word, the language it is typed in, and a government whose profile uses it; what is
# marked in the results (서울시의 finds 서울시는: the stem without its particle).
WORDS = [
    ("采购", "zh-hans", "/members/beijing/", "采购"),
    ("绿色", "zh-hans", "/members/shenzhen/", "绿色"),
    ("調達", "ja", "/members/yokohama/", "調達"),
    ("グリーン", "ja", "/members/kyoto/", "グリーン"),
    ("서울시", "ko", "/members/seoul/", "서울시"),
    ("서울시의", "ko", "/members/seoul/", "서울시"),
    ("procure", "en", "/members/beijing/", "procure"),
    ("procurement", "en", "/members/beijing/", "procurement"),
]


def test_words_inside_sentences_find_the_governments_that_use_them(client):
    for q, language, path, marked in WORDS:
        response = search(client, language, q, kind="members")

        assert response.status_code == 200
        assert f"/{language}{path}" in all_found(client, language, q, "members"), q
        assert f"<mark>{marked}" in response.content.decode().lower(), q
