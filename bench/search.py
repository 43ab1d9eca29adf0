"""Search benchmark: server time and queries of 50 searches in the four languages, at the
demo's size and at N times it (`python -m bench.search --scale 10 [--json path]`).

The searches are words from the middle of the demo's texts (four characters of Chinese,
Japanese or Korean, an English word) and the words the issue names. Each is asked once
through the whole middleware stack as an anonymous visitor, after a search in each language
that warms up connections, templates and the language's URLs. generate() copies rows with
bulk_create, which sends no signals: the index is rebuilt after it, as
`rebuild_search_index` does. Exits non-zero when a search's query count differs between the
sizes or the p95 is over the goal.
"""

import argparse
import json
import os
import re
import sys
from statistics import median, quantiles
from time import perf_counter
from urllib.parse import urlencode, urlsplit

import django

# Run as a script, with the benchmark's settings unless told otherwise; imported by a
# command, Django is set up already.
if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    django.setup()

import yaml
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from demo.generate import generate
from demo.guard import require_bench_database
from search.index import rebuild

SEARCHES = 50
P95_GOAL_MS = 50
LANGUAGES = ["en", "ko", "ja", "zh-hans"]
NAMED = [
    ("zh-hans", "采购"),
    ("zh-hans", "绿色"),
    ("ja", "調達"),
    ("ja", "グリーン"),
    ("ko", "서울시"),
    ("ko", "서울시의"),
    ("en", "procure"),
    ("en", "procurement"),
    ("en", "procurment"),
]
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{4}")
WORD = re.compile(r"\b[A-Za-z]{6,}\b")


def demo_texts() -> list[dict[str, str]]:
    def read(name: str) -> dict:
        with open(settings.BASE_DIR / "demo" / "data" / f"{name}.yaml", encoding="utf-8") as data:
            return yaml.safe_load(data)

    return (
        [record["gpp_policy"] for record in read("governments")["governments"]]
        + [record["description"] for record in read("events")["events"]]
        + [record["body"] for record in read("news")["articles"]]
    )


def searches() -> list[tuple[str, str]]:
    """(language, query): the named words, then words from the middle of demo texts, the
    languages taking turns, SEARCHES in all."""
    chosen = list(NAMED)
    texts = demo_texts()
    for index in range(SEARCHES * 4):
        if len(chosen) == SEARCHES:
            break
        language = LANGUAGES[index % 4]
        text = texts[(index // 4) % len(texts)].get(language, "")
        pattern = WORD if language == "en" else CJK
        found = pattern.search(text, len(text) // 2) or pattern.search(text)
        if found and (language, found.group()) not in chosen:
            chosen.append((language, found.group()))
    return chosen


def measure_scale(client: Client, asked: list[tuple[str, str]]) -> dict:
    # Connections, templates and each language's URLs warm up.
    for language in LANGUAGES:
        client.get(f"/{language}/search/?q=green", secure=True)
    times, counts = [], []
    for language, q in asked:
        with CaptureQueriesContext(connection) as captured:
            started = perf_counter()
            response = client.get(f"/{language}/search/?{urlencode({'q': q})}", secure=True)
            times.append(1000 * (perf_counter() - started))
        if response.status_code != 200:
            raise AssertionError(f"{language} {q} answered {response.status_code}")
        counts.append(len(captured))
    return {
        "p50_ms": round(median(times), 1),
        "p95_ms": round(quantiles(times, n=20)[-1], 1),
        "max_ms": round(max(times), 1),
        "queries": counts,
    }


def measure(scales: tuple[int, ...]) -> dict:
    """Each scale in turn, largest first; the data stays at the first."""
    asked = searches()
    client = Client(headers={"host": urlsplit(settings.SITE_URL).hostname})
    found = {}
    for scale in sorted(scales, reverse=True):
        generate(scale)
        started = perf_counter()
        entries = rebuild()
        found[scale] = measure_scale(client, asked) | {
            "entries": sum(entries.values()),
            "rebuild_s": round(perf_counter() - started, 2),
        }
    return {
        "searches": [list(pair) for pair in asked],
        "by_scale": {str(scale): found[scale] for scale in scales},
        "same_queries": len({tuple(at["queries"]) for at in found.values()}) == 1,
        "p95_goal_ms": P95_GOAL_MS,
    }


def table(figures: dict) -> str:
    lines = [
        "| scale | entries | rebuild s | p50 ms | p95 ms | max ms | queries per search |",
        "|------:|--------:|----------:|-------:|-------:|-------:|:-------------------|",
    ]
    for scale, at in figures["by_scale"].items():
        per_search = ", ".join(str(count) for count in sorted(set(at["queries"])))
        lines.append(
            f"| {scale} | {at['entries']} | {at['rebuild_s']} | {at['p50_ms']} "
            f"| {at['p95_ms']} | {at['max_ms']} | {per_search} |"
        )
    same = "the same" if figures["same_queries"] else "NOT the same"
    lines.append(
        f"\n{len(figures['searches'])} searches in four languages; {same} queries per search "
        f"at every scale; p95 goal {figures['p95_goal_ms']} ms."
    )
    return "\n".join(lines)


def run(scale: int = 10, json_path: str | None = None) -> int:
    """Measure, print the table (and write the figures); 0 when every check passed."""
    require_bench_database("bench.search")
    figures = measure((1, scale))
    print(table(figures))
    if json_path:
        with open(json_path, "w") as file:
            json.dump(figures, file, indent=2)
    slowest = max(at["p95_ms"] for at in figures["by_scale"].values())
    return 0 if figures["same_queries"] and slowest <= P95_GOAL_MS else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--json", dest="json_path", help="Also write the figures here.")
    arguments = parser.parse_args()
    sys.exit(run(arguments.scale, arguments.json_path))
