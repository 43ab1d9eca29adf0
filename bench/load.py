"""Load from wrk, a second process on loopback: one page (summary.lua) or mixed pages
(mixed.lua), sent as the portal's HTTPS proxy sends them, or over HTTPS to that proxy."""

import json
import os
import signal
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
# A request that waits longer counts as an error: what a proxy in front would give up after.
TIMEOUT = 10


class Wrk:
    """A wrk run in the background: `with Wrk(...) as run:` starts it, `run.result()` waits."""

    def __init__(
        self, port: int, paths: list[str], duration: float, connections: int, tls: bool = False
    ):
        origin = f"{'https' if tls else 'http'}://127.0.0.1:{port}"
        self.command = ["wrk", "--threads", "1", "--connections", str(connections)]
        self.command += ["--duration", f"{max(1, round(duration))}s", "--timeout", f"{TIMEOUT}s"]
        self.command += ["--header", "X-Forwarded-Proto: https"]
        if len(paths) == 1:
            self.command += [
                "--script",
                str(HERE / "summary.lua"),
                f"{origin}{paths[0]}",
            ]
        else:
            self.command += ["--script", str(HERE / "mixed.lua"), origin, "--"]
            self.command += paths
        self.process: subprocess.Popen | None = None

    def __enter__(self):
        self.process = subprocess.Popen(
            self.command, stdout=subprocess.PIPE, text=True, start_new_session=True
        )
        return self

    def __exit__(self, *exception):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def result(self) -> dict:
        output, _ = self.process.communicate()
        if self.process.returncode != 0:
            raise RuntimeError(f"wrk failed:\n{output}")
        line = next(line for line in output.splitlines() if line.startswith("wrk-json: "))
        figures = json.loads(line.removeprefix("wrk-json: "))
        seconds = figures["duration_us"] / 1e6
        errors = ("connect_errors", "read_errors", "write_errors", "timeouts")
        return {
            "requests": figures["requests"],
            "rps": figures["requests"] / seconds,
            "p50_ms": figures["p50_us"] / 1000,
            "p95_ms": figures["p95_us"] / 1000,
            "p99_ms": figures["p99_us"] / 1000,
            "max_ms": figures["max_us"] / 1000,
            "errors": sum(figures[name] for name in errors),
            "bad_statuses": figures["bad_statuses"],
            "statuses": {int(status): number for status, number in figures["statuses"].items()},
        }


def run(port: int, paths: list[str], duration: float, connections: int, tls: bool = False) -> dict:
    with Wrk(port, paths, duration, connections, tls) as load:
        return load.result()
