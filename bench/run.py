"""`make bench`: the portal's benchmarks side by side in one run, written to bench/results.md.

1. The benchmark's database (its name must say bench) is emptied and gets the demo content;
   a Redis server of the benchmark's own runs on a spare port, so stopping it disturbs no one.
2. Queries and server time per page, with the demo content and ten times as much.
3. Page throughput: the smallest Django application (bench/smallest.py) on the same gunicorn,
   first and last, as the reference; the portal's bare view behind its middleware; each
   cached page from gunicorn with the production settings, then through nginx/portal.conf.
4. Load: mixed pages in four languages; then Redis stopped and Postgres restarted under load.
5. The mailing benchmark.

A failed check (query counts, load errors, faults) makes the run fail, after the results are
written; the throughput and server-time goals are reported, not enforced, as they depend on
the machine. `--only queries` runs step 2 alone and rewrites that section of the results,
with its own date, commit and load, leaving the others as the last full run wrote them.
"""

import argparse
import json
import os
import platform
import secrets
import signal
import subprocess
import sys
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urlsplit

import psycopg

from bench import faults, load, report
from bench.processes import PROJECT, PYTHON, Gunicorn, Redis, get, manage
from bench.proxy import Nginx

TMP = PROJECT / "bench" / "tmp"
DATABASE_URL = "postgres://root@127.0.0.1:5432/procura_bench"
LANGUAGES = ["en", "ko", "ja", "zh-hans"]  # those of the settings
# The portal's variables (see the README), left out of the environment the benchmark builds.
PORTAL_VARIABLES = [
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "SITE_URL",
    "DATABASE_URL",
    "REDIS_URL",
    "EMAIL_URL",
    "DEFAULT_FROM_EMAIL",
    "SECURE_SSL_REDIRECT",
    "STAFF_REQUIRE_TWO_FACTOR",
    "MEDIA_ROOT",
    "STATIC_ROOT",
    "LOG_LEVEL",
    "MAILING_STALE_SECONDS",
]


def arguments() -> argparse.Namespace:
    cores = os.cpu_count() or 1
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL", DATABASE_URL),
        help="emptied first, so its name must contain bench (default: DATABASE_URL or %(default)s)",
    )
    parser.add_argument("--duration", type=float, default=10, help="seconds per page")
    parser.add_argument("--connections", type=int, default=16, help="for the throughput")
    parser.add_argument("--load-duration", type=float, default=60, help="seconds")
    parser.add_argument("--load-connections", type=int, default=64)
    parser.add_argument("--fault-duration", type=float, default=20, help="seconds per fault")
    parser.add_argument("--recovery-limit", type=float, default=10, help="seconds")
    parser.add_argument("--workers", type=int, default=cores + 1, help="gunicorn workers")
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--renders", type=int, default=5, help="per page and scale")
    parser.add_argument("--recipients", type=int, default=10_000, help="mailing benchmark")
    parser.add_argument(
        "--faults", nargs="*", choices=["redis", "postgres"], default=["redis", "postgres"]
    )
    parser.add_argument(
        "--postgres-restart",
        default=default_postgres_restart(),
        help="the shell command that restarts the database server (default: %(default)s)",
    )
    parser.add_argument("--output", type=Path, default=PROJECT / "bench" / "results.md")
    parser.add_argument(
        "--only",
        choices=["queries"],
        help="run only the queries and server time per page, which needs no gunicorn, nginx "
        "or wrk and stops no server, and rewrite only its section of the output",
    )
    args = parser.parse_args()
    args.output = args.output.resolve()
    return args


def default_postgres_restart() -> str:
    versions = sorted(os.listdir("/etc/postgresql")) if os.path.isdir("/etc/postgresql") else []
    if len(versions) != 1:
        return ""
    return f"pg_ctlcluster --skip-systemctl-redirect {versions[0]} main restart"


def portal_environment(database_url: str, redis_url: str) -> dict:
    """The production settings (bench.settings adds the bare view), on the bench's services."""
    env = {name: value for name, value in os.environ.items() if name not in PORTAL_VARIABLES}
    return env | {
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "SITE_URL": "https://localhost",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "EMAIL_URL": "smtp://127.0.0.1:25",
        "DEFAULT_FROM_EMAIL": "Procura+ East Asia <noreply@localhost>",
        "STATIC_ROOT": str(TMP / "static"),
        "MEDIA_ROOT": str(TMP / "media"),
        "LOG_LEVEL": "WARNING",
    }


def prepare(env: dict) -> None:
    """An empty benchmark database with the demo content; static files as in production."""
    manage("check_services", env=env)
    manage("migrate", "--no-input", "--verbosity", "0", env=env)
    manage("flush", "--no-input", env=env)
    manage("load_demo", env=env | {"DEBUG": "true"})
    manage("collectstatic", "--no-input", "--verbosity", "0", env=env)


def page_queries(args, env: dict) -> dict:
    path = TMP / "queries.json"
    path.unlink(missing_ok=True)
    command = ["bench_pages", "--scale", str(args.scale), "--renders", str(args.renders)]
    try:
        manage(*command, "--json", str(path), env=env)
        passed = True
    except subprocess.CalledProcessError:
        passed = False
    figures = json.loads(path.read_text())
    figures["passed"] = passed
    return figures


def search_figures(args, env: dict) -> tuple[str, bool]:
    """50 searches in the four languages at both sizes (bench/search.py): its table, and
    whether the query counts stayed the same and the p95 within its goal. The data is left
    at the demo's size for the benchmarks after it."""
    done = subprocess.run(
        [str(PYTHON), "-m", "bench.search", "--scale", str(args.scale)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode not in (0, 1):
        raise subprocess.CalledProcessError(done.returncode, done.args, done.stdout, done.stderr)
    return done.stdout.strip(), done.returncode == 0


def throughput(servers: dict, pages: list[tuple[str, str]], args) -> dict:
    """Each target for --duration seconds, in turn: the smallest Django application first and
    last, the portal's bare view behind its middleware, each page as gunicorn answers it from
    the cache, then as nginx answers it from its micro-cache."""
    reference = ("reference", "smallest Django application", servers["smallest"], "/")
    plan = [reference, ("bare", "bare view, middleware", servers["portal"], "/bare/")]
    plan += [("cached", name, servers["portal"], path) for name, path in pages]
    plan += [("micro-cached", f"{name}, nginx", servers["nginx"], path) for name, path in pages]
    targets = []
    for group, name, port, path in [*plan, reference]:
        tls = group == "micro-cached"
        status = get(port, path, tls=tls)
        if status != 200:
            raise RuntimeError(f"{path} answered {status}, not 200")
        load.run(port, [path], min(2, args.duration), args.connections, tls)  # warm-up
        result = load.run(port, [path], args.duration, args.connections, tls)
        targets.append({"group": group, "name": name, "path": path} | result)
        print(f"{name:<36} {result['rps']:8,.0f} req/s", flush=True)
    targets[0]["name"] += ", first"
    targets[-1]["name"] += ", last"
    reference_rps = (targets[0]["rps"] + targets[-1]["rps"]) / 2
    return {"targets": targets, "reference_rps": reference_rps}


def cpu_per_request(env: dict, pages: list[tuple[str, str]]) -> dict:
    """CPU time per request in-process (bench/cpu.py): the smallest Django application, and
    each page from the portal's cache, as a visitor without cookies gets it."""
    smallest = cpu_figures(env, "bench.smallest", ["/"])["/"]
    figures = cpu_figures(env, "procura.wsgi", [path for _name, path in pages])
    return {
        "reference_us": smallest,
        "pages": [{"name": name, "path": path, "us": figures[path]} for name, path in pages],
    }


def cpu_figures(env: dict, module: str, paths: list[str]) -> dict[str, float]:
    done = subprocess.run(
        [str(PYTHON), "-m", "bench.cpu", module, *paths],
        cwd=PROJECT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout)


def mixed_paths(pages: list[tuple[str, str]]) -> list[str]:
    """Each page in each language; the language changes from one request to the next."""
    return [
        path.replace("/en/", f"/{language}/", 1)
        for path in [path for _name, path in pages]
        for language in LANGUAGES
    ]


def load_test(port: int, paths: list[str], args) -> dict:
    result = load.run(port, paths, args.load_duration, args.load_connections)
    return {
        "duration": args.load_duration,
        "connections": args.load_connections,
        "paths": paths,
        "wrk": result,
        "passed": result["errors"] == result["bad_statuses"] == 0,
    }


def mailings(args, env: dict) -> dict:
    path = TMP / "mailings.json"
    manage("bench_mailings", "--recipients", str(args.recipients), "--json", str(path), env=env)
    return json.loads(path.read_text())


def environment(args, database_url: str) -> list[list[str]]:
    with psycopg.connect(database_url, dbname="postgres", connect_timeout=5) as database:
        postgres = database.execute("SHOW server_version").fetchone()[0].split()[0]
    commit = git("rev-parse", "--short", "HEAD")
    if git("status", "--porcelain", "--untracked-files=no"):
        commit += " with uncommitted changes"
    redis = command_output("redis-server", "--version").split()[2].removeprefix("v=")
    wrk = command_output("wrk", "-v").split()[1]
    load_average = " / ".join(f"{figure:.2f}" for figure in os.getloadavg())
    return [
        ["date", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")],
        ["commit", commit],
        ["CPU", f"{cpu_model()}, {os.cpu_count()} cores"],
        ["load average before the run (1, 5, 15 min)", load_average],
        [
            "Python / Django / gunicorn",
            f"{platform.python_version()} / {version('django')} / {version('gunicorn')}",
        ],
        ["PostgreSQL / Redis / wrk", f"{postgres} / {redis} / {wrk}"],
        ["gunicorn", f"{args.workers} sync workers, production settings"],
        ["nginx", command_output("nginx", "-v").strip().removeprefix("nginx version: ")],
        [
            "durations",
            f"{args.duration:g} s per page, {args.connections} connections; load "
            f"{args.load_duration:g} s, {args.load_connections} connections; faults "
            f"{args.fault_duration:g} s each",
        ],
    ]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def git(*args: str) -> str:
    return command_output("git", *args).strip()


def command_output(*command: str) -> str:
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True)
    return done.stdout or done.stderr


def section(title: str, body: str) -> tuple[str, str]:
    print(f"\n## {title}\n\n{body}\n", flush=True)
    return title, body


def main() -> int:
    args = arguments()
    database_url = args.database_url
    if "bench" not in urlsplit(database_url).path:
        sys.exit(f"The benchmark empties its database: {database_url} has no bench in its name.")
    # Stopped by a signal, the benchmark still stops the servers it started.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    TMP.mkdir(exist_ok=True)
    for log in TMP.glob("*.log"):
        log.unlink()
    if args.only == "queries":
        return queries_only(args, database_url)
    run_environment = environment(args, database_url)
    sections, passed = benchmarks(args, database_url)
    report.write_results(args.output, run_environment, sections)
    print(f"Written to {args.output}.")
    if not passed:
        print("A check failed: see above.", file=sys.stderr)
    return 0 if passed else 1


def queries_title(args) -> str:
    return f"Queries and server time per page: demo content and {args.scale} × as much"


def queries_only(args, database_url: str) -> int:
    load_average = " / ".join(f"{figure:.2f}" for figure in os.getloadavg())
    with Redis(TMP / "redis.log") as redis:
        env = portal_environment(database_url, redis.url)
        prepare(env)
        queries = page_queries(args, env)
    commit = git("rev-parse", "--short", "HEAD")
    if git("status", "--porcelain", "--untracked-files=no"):
        commit += " with uncommitted changes"
    conditions = (
        f"Measured alone (`--only queries`) on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"commit {commit}, load average before it {load_average} (1, 5, 15 min); the other "
        "sections are those of the run described above."
    )
    body = report.queries_table(queries) + "\n\n" + conditions
    report.replace_section(args.output, *section(queries_title(args), body))
    print(f"Written to {args.output}.")
    return 0 if queries["passed"] else 1


def benchmarks(args, database_url: str) -> tuple[list[tuple[str, str]], bool]:
    """Every benchmark in turn: the sections of the results, and whether every check passed."""
    sections = []
    with Redis(TMP / "redis.log") as redis:
        env = portal_environment(database_url, redis.url)
        prepare(env)

        queries = page_queries(args, env)
        sections.append(section(queries_title(args), report.queries_table(queries)))
        searched, search_passed = search_figures(args, env)
        sections.append(section(f"Search: demo content and {args.scale} × as much", searched))
        pages = [(page["name"], page["path"]) for page in queries["pages"]]
        paths = mixed_paths(pages)

        with (
            Gunicorn(TMP / "gunicorn.log", env, args.workers) as gunicorn,
            Gunicorn(
                TMP / "smallest.log", env, args.workers, app="bench.smallest", ready_path="/"
            ) as smallest,
            Nginx(TMP / "nginx", gunicorn.port, TMP / "static", TMP / "media") as nginx,
        ):
            servers = {"portal": gunicorn.port, "smallest": smallest.port, "nginx": nginx.port}
            figures = throughput(servers, pages, args)
            sections.append(section("Page throughput", report.throughput_table(figures)))
            title = "CPU time per request, in-process"
            sections.append(section(title, report.cpu_table(cpu_per_request(env, pages))))
            loaded = load_test(gunicorn.port, paths, args)
            sections.append(section("Load", report.load_table(loaded)))
            faulted = fault_tests(redis, gunicorn.port, paths, args)
            sections.append(section("Faults under load", report.faults_table(faulted)))

        figures = mailings(args, env)
        sections.append(section("Mailings", report.mailings_table(figures)))
    passed = (
        queries["passed"]
        and search_passed
        and loaded["passed"]
        and all(fault.get("passed", True) for fault in faulted.values())
    )
    return sections, passed


def fault_tests(redis: Redis, port: int, paths: list[str], args) -> dict:
    under = faults.Load(port, paths, args.fault_duration, args.load_connections)
    figures = {}
    if "redis" in args.faults:
        figures["redis"] = faults.redis_outage(redis, under, args.recovery_limit)
    else:
        figures["redis"] = {"skipped": "not asked for"}
    if "postgres" not in args.faults:
        figures["postgres"] = {"skipped": "not asked for"}
    elif not args.postgres_restart:
        figures["postgres"] = {"skipped": "no command to restart it (--postgres-restart)"}
    else:
        log = TMP / "postgres-restart.log"
        figures["postgres"] = faults.postgres_restart(
            args.postgres_restart, log, under, args.recovery_limit
        )
    return figures


if __name__ == "__main__":
    sys.exit(main())
