"""The servers a benchmark starts for itself: each in a process group of its own, so that
stopping it ends its children too, and always stopped when the benchmark ends."""

import http.client
import os
import signal
import socket
import ssl
import subprocess
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
PYTHON = PROJECT / ".venv" / "bin" / "python"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port: int, path: str, timeout: float = 5.0, tls: bool = False) -> int:
    """The status of GET `path`, as the portal's HTTPS proxy would send it, or over HTTPS to
    that proxy itself (`tls`, its self-signed certificate unchecked); 0 if no answer."""
    if tls:
        context = ssl._create_unverified_context()
        connection = http.client.HTTPSConnection(
            "127.0.0.1", port, timeout=timeout, context=context
        )
    else:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"X-Forwarded-Proto": "https"})
        return connection.getresponse().status
    except OSError:
        return 0
    finally:
        connection.close()


def manage(*args: str, env: dict) -> None:
    """Run a management command of the portal; its output goes to the terminal."""
    subprocess.run([str(PYTHON), "manage.py", *args], cwd=PROJECT, env=env, check=True)


class Service:
    """A server process started with `with`: ready when the block starts, ended after it."""

    name = "service"

    def __init__(self, log: Path, env: dict | None = None):
        self.port = free_port()
        self.log = log
        self.env = env
        self.process: subprocess.Popen | None = None

    def command(self) -> list[str]:
        raise NotImplementedError

    def ready(self) -> bool:
        raise NotImplementedError

    def start(self, timeout: float = 30.0) -> None:
        with self.log.open("a") as log:
            self.process = subprocess.Popen(
                self.command(),
                cwd=PROJECT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while not self.ready():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"{self.name} did not start; see {self.log}")
            time.sleep(0.1)

    def stop(self, timeout: float = 10.0) -> None:
        if self.process is None:
            return
        for sent in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(self.process.pid, sent)
            except ProcessLookupError:
                break
            try:
                self.process.wait(timeout)
                break
            except subprocess.TimeoutExpired:
                continue
        self.process.wait()
        self.process = None

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exception):
        self.stop()


class Redis(Service):
    """A Redis server of the benchmark's own, which it may stop without disturbing anyone."""

    name = "redis-server"

    def command(self) -> list[str]:
        return [
            "redis-server",
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ]

    def ready(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as server:
                server.sendall(b"PING\r\n")
                return server.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"


class Gunicorn(Service):
    """The portal as the Dockerfile serves it, with `workers` sync workers; or another WSGI
    application (`app`, ready when `ready_path` answers 200) on the same configuration."""

    name = "gunicorn"

    def __init__(
        self,
        log: Path,
        env: dict,
        workers: int,
        app: str = "procura.wsgi",
        ready_path: str = "/healthz",
    ):
        super().__init__(log, env)
        self.workers = workers
        self.app = app
        self.ready_path = ready_path

    def command(self) -> list[str]:
        return [
            str(PYTHON.parent / "gunicorn"),
            self.app,
            "--config",
            "procura/gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(self.workers),
            "--access-logfile",
            "-",
        ]

    def ready(self) -> bool:
        return get(self.port, self.ready_path, timeout=2) == 200
