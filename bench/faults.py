"""Faults under load: Redis stopped, then Postgres restarted, while wrk sends mixed pages.

Probes, one thread each, ask for /healthz, an uncached page (a query string the cache has
never seen) and a cached page, over and over, and keep what each answered and when.
"""

import subprocess
import threading
import time
from collections import Counter
from dataclasses import dataclass
from itertools import count
from pathlib import Path

from bench import load
from bench.processes import Redis, get

PROBES = {"healthz": "/healthz", "page": "/en/members/?probe={n}", "cached": "/en/events/"}
PAUSE = 0.1  # between two probes of the same path
PROBE_TIMEOUT = 15  # longer than the database pool's wait for a connection
QUIET = 2  # seconds of 200s after Postgres is back that make a recovery
NEVER = float("inf")


@dataclass(frozen=True)
class Load:
    """The load under which a fault happens: wrk's mixed pages."""

    port: int
    paths: list[str]
    duration: float
    connections: int

    def start(self) -> load.Wrk:
        return load.Wrk(self.port, self.paths, self.duration, self.connections)


@dataclass(frozen=True)
class Probe:
    name: str
    started: float
    ended: float
    status: int


class Prober:
    """`with Prober(port) as prober:` probes until the block ends."""

    def __init__(self, port: int):
        self.port = port
        self.probes: list[Probe] = []
        self.stopping = threading.Event()
        self.threads = [
            threading.Thread(target=self.loop, args=(name, path), daemon=True)
            for name, path in PROBES.items()
        ]

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exception):
        self.stopping.set()
        for thread in self.threads:
            thread.join()

    def loop(self, name: str, path: str) -> None:
        numbers = count()
        while not self.stopping.is_set():
            started = time.monotonic()
            status = get(self.port, path.format(n=next(numbers)), timeout=PROBE_TIMEOUT)
            self.probes.append(Probe(name, started, time.monotonic(), status))
            self.stopping.wait(PAUSE)

    def during(self, name: str, start: float, end: float) -> list[Probe]:
        """The probes of `name` that were sent and answered between `start` and `end`."""
        return [
            probe
            for probe in list(self.probes)
            if probe.name == name and probe.started >= start and probe.ended <= end
        ]

    def recovered(self, name: str, since: float) -> Probe | None:
        """The first 200 of `name` after the last probe sent since `since` that failed."""
        sent = self.during(name, since, NEVER)
        last_failure = max((probe.started for probe in sent if probe.status != 200), default=since)
        answered = (probe for probe in sent if probe.started >= last_failure)
        return next((probe for probe in answered if probe.status == 200), None)

    def settle(self, names: list[str], since: float, deadline: float, quiet: float) -> None:
        """Wait until each of `names` has answered 200 for `quiet` seconds since its last
        failure, or until the deadline."""
        while time.monotonic() < deadline:
            recovered = [self.recovered(name, since) for name in names]
            if all(recovered) and time.monotonic() - max(p.ended for p in recovered) >= quiet:
                return
            time.sleep(PAUSE)


def statuses(probes: list[Probe]) -> dict[int, int]:
    return dict(Counter(probe.status for probe in probes))


def redis_outage(redis: Redis, under: Load, limit: float) -> dict:
    """Pages must keep answering 200 while Redis is down, /healthz 503; then 200 again."""
    with Prober(under.port) as prober, under.start() as wrk:
        time.sleep(under.duration * 0.25)
        redis.stop()
        stopped = time.monotonic()
        time.sleep(under.duration * 0.4)  # long enough for probes slowed down by the load
        restarting = time.monotonic()
        redis.start()
        back = time.monotonic()
        result = wrk.result()
        prober.settle(["healthz"], back, back + limit, quiet=0)
    pages = [
        probe for name in ("page", "cached") for probe in prober.during(name, stopped, restarting)
    ]
    healthz = prober.during("healthz", stopped, restarting)
    recovered = prober.recovered("healthz", back)
    recovered_after = max(0.0, recovered.ended - back) if recovered else None
    passed = (
        bool(pages)
        and all(probe.status == 200 for probe in pages)
        and bool(healthz)
        and all(probe.status == 503 for probe in healthz)
        and result["errors"] == result["bad_statuses"] == 0
        and recovered_after is not None
        and recovered_after <= limit
    )
    return {
        "down_seconds": restarting - stopped,
        "pages_down": statuses(pages),
        "healthz_down": statuses(healthz),
        "recovered_after": recovered_after,
        "wrk": result,
        "passed": passed,
    }


def postgres_restart(command: str, log: Path, under: Load, limit: float) -> dict:
    """The portal must answer 200 again within `limit` seconds of Postgres being back."""
    with Prober(under.port) as prober, under.start() as wrk:
        time.sleep(under.duration * 0.25)
        began = time.monotonic()
        with log.open("a") as output:
            restart = subprocess.run(command, shell=True, stdout=output, stderr=subprocess.STDOUT)
        back = time.monotonic()
        result = wrk.result()
        # A failure soon after the recovery counts: the recovery was not one.
        prober.settle(["healthz", "page"], began, back + limit + QUIET, quiet=QUIET)
    if restart.returncode != 0:
        raise RuntimeError(f"{command} failed; see {log}")
    after = {}
    for name in ("healthz", "page"):
        recovered = prober.recovered(name, began)
        after[name] = max(0.0, recovered.ended - back) if recovered else None
    passed = None not in after.values() and max(after.values()) <= limit
    return {
        "restart_took": back - began,
        "healthz_after": after["healthz"],
        "page_after": after["page"],
        "cached_during": statuses(prober.during("cached", began, back)),
        "probes_since_restart": statuses(
            [probe for name in ("healthz", "page") for probe in prober.during(name, began, NEVER)]
        ),
        "limit": limit,
        "wrk": result,
        "passed": passed,
    }
