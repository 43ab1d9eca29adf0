"""nginx as Compose runs it, for the benchmarks and the tests: nginx/portal.conf itself, with
its upstream, ports, folders and certificate pointed at this machine, and a self-signed
certificate for localhost."""

import getpass
import shutil
import subprocess
from pathlib import Path

from bench.processes import PROJECT, Service, free_port, get

CONFIG = PROJECT / "nginx" / "portal.conf"
# Where nginx/portal.conf names the things of the Compose deployment.
UPSTREAM = "server web:8000;"
STATIC_ROOT = "/app/staticfiles/"
MEDIA_ROOT = "/app/media/"
TLS = "/etc/nginx/tls/"
CACHE = "/var/cache/nginx/pages"


def configuration(
    folder: Path, upstream: int, http: int, https: int, static_root: Path, media_root: Path
) -> str:
    """nginx/portal.conf for a server on loopback whose files all live in `folder`."""
    text = CONFIG.read_text()
    temporary = "".join(
        f"    {kind}_temp_path {folder / kind};\n" for kind in ("client_body", "proxy")
    )
    replacements = {
        "user www-data;": f"user {getpass.getuser()};",
        "pid /run/nginx.pid;": f"pid {folder / 'nginx.pid'};",
        "http {\n": "http {\n" + temporary,
        UPSTREAM: f"server 127.0.0.1:{upstream};",
        "listen 80 default_server;": f"listen 127.0.0.1:{http} default_server;",
        "listen 443 ssl": f"listen 127.0.0.1:{https} ssl",
        TLS: f"{folder / 'tls'}/",
        CACHE: str(folder / "cache"),
        STATIC_ROOT: f"{static_root}/",
        MEDIA_ROOT: f"{media_root}/",
    }
    for old, new in replacements.items():
        if old not in text:
            raise ValueError(f"nginx/portal.conf no longer says {old!r}: update bench/proxy.py")
        text = text.replace(old, new)
    return text


def write_configuration(folder: Path, **ports_and_roots) -> Path:
    """The configuration and a self-signed certificate in `folder`; the configuration's path."""
    (folder / "tls").mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-keyout",
            str(folder / "tls" / "privkey.pem"),
            "-out",
            str(folder / "tls" / "fullchain.pem"),
        ],
        check=True,
        capture_output=True,
    )
    path = folder / "nginx.conf"
    path.write_text(configuration(folder, **ports_and_roots))
    return path


def check(path: Path) -> subprocess.CompletedProcess:
    """`nginx -t` on a configuration: its verdict in stderr."""
    return subprocess.run(
        ["nginx", "-t", "-e", "stderr", "-c", str(path)], capture_output=True, text=True
    )


class Nginx(Service):
    """nginx/portal.conf in front of the gunicorn on `upstream`: HTTPS on `port`, plain HTTP
    on `http_port`."""

    name = "nginx"

    def __init__(self, folder: Path, upstream: int, static_root: Path, media_root: Path):
        shutil.rmtree(folder / "cache", ignore_errors=True)  # a previous run's pages
        super().__init__(folder / "nginx.log")
        self.http_port = free_port()
        self.config = write_configuration(
            folder,
            upstream=upstream,
            http=self.http_port,
            https=self.port,
            static_root=static_root,
            media_root=media_root,
        )

    def command(self) -> list[str]:
        return ["nginx", "-e", "stderr", "-c", str(self.config), "-g", "daemon off;"]

    def ready(self) -> bool:
        return get(self.port, "/healthz", timeout=2, tls=True) == 200
