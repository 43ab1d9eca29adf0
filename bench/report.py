"""The benchmarks' figures as Markdown tables, printed as they come and kept in bench/results.md.

Each function takes the JSON-shaped figures of one benchmark and returns its table, with the
ratio to the benchmark's reference and the verdict on its goal.
"""

from pathlib import Path

# Of the smallest Django application's requests per second: pages from the portal's cache,
# and from nginx's micro-cache.
GOALS = {"cached": 0.8, "micro-cached": 5.0}
# Each page uncached, with the demo content: at most so many queries (a failed check) and
# milliseconds (reported).
QUERY_LIMIT = 8
SERVER_MS_GOAL = 12


def table(headers: list[str], rows: list[list]) -> str:
    """A Markdown table whose columns also line up in a terminal; numbers align right."""
    cells = [[str(cell) for cell in row] for row in [headers, *rows]]
    widths = [max(len(row[column]) for row in cells) for column in range(len(headers))]
    numeric = [
        all(is_number(row[column]) for row in cells[1:]) and len(cells) > 1
        for column in range(len(headers))
    ]

    def line(row: list[str]) -> str:
        padded = [
            cell.rjust(width) if right else cell.ljust(width)
            for cell, width, right in zip(row, widths, numeric, strict=True)
        ]
        return "| " + " | ".join(padded) + " |"

    rule = [
        "-" * (width - 1) + ":" if right else "-" * width
        for width, right in zip(widths, numeric, strict=True)
    ]
    return "\n".join([line(cells[0]), line(rule), *(line(row) for row in cells[1:])])


def is_number(text: str) -> bool:
    return text.replace(",", "").replace(".", "").replace("×", "").strip().isdigit()


def yes_no(passed: bool) -> str:
    return "yes" if passed else "NO"


def throughput_table(figures: dict) -> str:
    reference = figures["reference_rps"]
    rows = []
    for target in figures["targets"]:
        ratio = target["rps"] / reference
        goal = GOALS.get(target["group"])
        rows.append(
            [
                target["name"],
                target["path"],
                f"{target['rps']:,.0f}",
                f"{target['p50_ms']:.1f}",
                f"{target['p95_ms']:.1f}",
                f"{target['errors']:,}",
                f"{ratio:.2f}",
                "" if goal is None else f"≥ {goal:g}: {yes_no(ratio >= goal)}",
            ]
        )
    headers = ["target", "path", "req/s", "median ms", "p95 ms", "errors", "ratio", "goal"]
    return table(headers, rows) + (
        "\n\nThe ratio is to the smallest Django application's throughput (the mean of its "
        "first and last runs). nginx is reached over HTTPS, gunicorn over plain HTTP with the "
        "proxy's X-Forwarded-Proto header."
    )


def cpu_table(figures: dict) -> str:
    reference = figures["reference_us"]
    rows = [["smallest Django application", "/", f"{reference:,.0f}", "1.00", ""]]
    for page in figures["pages"]:
        ratio = reference / page["us"]
        goal = GOALS["cached"]
        rows.append(
            [
                page["name"],
                page["path"],
                f"{page['us']:,.0f}",
                f"{ratio:.2f}",
                f"≥ {goal:g}: {yes_no(ratio >= goal)}",
            ]
        )
    headers = ["page, from the cache", "path", "µs CPU", "share of the reference", "goal"]
    return table(headers, rows) + (
        "\n\nEach application called directly, as a gunicorn worker calls it, 2,000 times per "
        "round, the best of three rounds (bench/cpu.py): what each request costs the worker, "
        "apart from gunicorn's own work and from the other processes on the machine."
    )


def queries_table(figures: dict) -> str:
    small, large = (str(scale) for scale in figures["scales"])
    rows = []
    for page in figures["pages"]:
        demo, bigger = page["by_scale"][small], page["by_scale"][large]
        counted = [at[kind] for at in (demo, bigger) for kind in ("queries", "fragment_queries")]
        rows.append(
            [
                page["name"],
                counts(demo["queries"]),
                counts(bigger["queries"]),
                yes_no(
                    demo["queries"] == bigger["queries"]
                    and demo["fragment_queries"] == bigger["fragment_queries"]
                ),
                yes_no(max(max(numbers) for numbers in counted) <= QUERY_LIMIT),
                f"{demo['ms']:.1f}",
                yes_no(demo["ms"] <= SERVER_MS_GOAL),
                f"{demo['cpu_ms']:.1f}",
                f"{bigger['ms']:.1f}",
                f"{bigger['ms'] / demo['ms']:.2f}",
                counts(demo["fragment_queries"]),
                f"{demo['fragment_ms']:.1f}",
                yes_no(demo["fragment_ms"] <= SERVER_MS_GOAL),
                f"{bigger['fragment_ms']:.1f}",
                counts(bigger["cached_queries"]),
                f"{bigger['cached_ms']:.1f}",
            ]
        )
    headers = [
        "page",
        "queries ×1",
        f"queries ×{large}",
        "equal",
        f"≤ {QUERY_LIMIT}",
        "cold ms ×1",
        f"≤ {SERVER_MS_GOAL} ms",
        "CPU ms ×1",
        f"cold ms ×{large}",
        f"ratio ×{large}/×1",
        "warm queries",
        "warm ms ×1",
        f"≤ {SERVER_MS_GOAL} ms",
        f"warm ms ×{large}",
        "cached queries",
        "cached ms",
    ]
    return table(headers, rows) + (
        "\n\nCold: the cache emptied before each render, nothing in it (the count that must "
        "not grow with the data). Warm: the page missing from the cache, the fragments it is "
        "made of kept there, as the visitor after a change the fragments do not show, or "
        "after the page's time is up (an event's page and an award year each minute), gets "
        "it. Cached: from the page cache. Each the median of the renders of one process, "
        "in-process through the whole middleware stack."
    )


def counts(numbers: list[int]) -> str:
    """The query counts of several renders: one number when they agree."""
    return str(numbers[0]) if len(set(numbers)) == 1 else f"{min(numbers)}–{max(numbers)}"


def load_table(figures: dict) -> str:
    run = figures["wrk"]
    rows = [
        ["duration", f"{figures['duration']} s"],
        ["connections", figures["connections"]],
        ["pages", f"{len(figures['paths'])} ({', '.join(figures['paths'][:4])}, …)"],
        ["requests", f"{run['requests']:,}"],
        ["requests per second", f"{run['rps']:,.0f}"],
        ["median / p95 / p99 latency", latencies(run)],
        ["socket errors and timeouts", run["errors"]],
        ["statuses", statuses(run["statuses"])],
        ["zero errors", yes_no(figures["passed"])],
    ]
    return table(["load test", ""], rows)


def latencies(run: dict) -> str:
    return f"{run['p50_ms']:.0f} / {run['p95_ms']:.0f} / {run['p99_ms']:.0f} ms"


def statuses(counted: dict) -> str:
    return ", ".join(f"{status}: {number:,}" for status, number in sorted(counted.items()))


def faults_table(figures: dict) -> str:
    rows = []
    redis = figures["redis"]
    if "skipped" in redis:
        rows.append(["Redis stopped", "skipped", redis["skipped"]])
    else:
        rows += [
            ["Redis stopped", "pages, while it was down", statuses(redis["pages_down"])],
            ["", "/healthz, while it was down", statuses(redis["healthz_down"])],
            ["", "/healthz 200 again after its restart", seconds(redis["recovered_after"])],
            ["", "load: socket errors; statuses", load_errors(redis["wrk"])],
            ["", "passed", yes_no(redis["passed"])],
        ]
    postgres = figures["postgres"]
    if "skipped" in postgres:
        rows.append(["Postgres restarted", "skipped", postgres["skipped"]])
    else:
        rows += [
            ["Postgres restarted", "the restart took", seconds(postgres["restart_took"])],
            ["", "/healthz 200 again after it", seconds(postgres["healthz_after"])],
            ["", "an uncached page 200 again after it", seconds(postgres["page_after"])],
            ["", "probes of both since the restart", statuses(postgres["probes_since_restart"])],
            ["", "a cached page during the restart", statuses(postgres["cached_during"])],
            ["", "load: socket errors; statuses", load_errors(postgres["wrk"])],
            ["", f"recovered within {postgres['limit']:g} s", yes_no(postgres["passed"])],
        ]
    return table(["fault", "", "observed"], rows)


def load_errors(run: dict) -> str:
    return f"{run['errors']:,}; {statuses(run['statuses'])}"


def seconds(value: float | None) -> str:
    return "never" if value is None else f"{value:.1f} s"


def mailings_table(figures: dict) -> str:
    ratio = figures["portal"] / figures["plain"]
    portal = f"portal, {figures['workers']} Celery workers"
    rows = [
        ["plain loop, one SMTP connection", f"{figures['plain']:,.0f}", "1.00"],
        [portal, f"{figures['portal']:,.0f}", f"{ratio:.2f}"],
    ]
    return table([f"{figures['recipients']:,} mails", "messages/s", "ratio"], rows) + (
        f"\n\nGoal, 0.8 of the plain loop: {yes_no(ratio >= 0.8)}."
    )


def write_results(path: Path, environment: list[list[str]], sections: list[tuple[str, str]]):
    parts = ["# Benchmark results", "", "Written by `make bench`; see the README.", ""]
    parts += [table(["run", ""], environment), ""]
    for title, body in sections:
        parts += [f"## {title}", "", body, ""]
    path.write_text("\n".join(parts))


def replace_section(path: Path, title: str, body: str) -> None:
    """Rewrite the section of the results whose title starts as `title` does (up to its
    colon), or add it at the end."""
    parts = path.read_text().split("\n## ")
    head = title.split(":")[0]
    found = [index for index, part in enumerate(parts) if index and part.startswith(head)]
    if found:
        parts[found[0]] = f"{title}\n\n{body}\n"
    else:
        parts.append(f"{title}\n\n{body}\n")
    path.write_text("\n## ".join(parts))
