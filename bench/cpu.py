"""CPU time per request, in-process: a WSGI application called directly, as gunicorn's worker
calls it, many times over, for each path; the best of three rounds. Unlike requests per
second, the figure hardly moves with what else the machine runs.

`python -m bench.cpu MODULE PATH...` prints {path: microseconds} as JSON; MODULE is the
WSGI module (bench.smallest, or procura.wsgi with DJANGO_SETTINGS_MODULE set)."""

import importlib
import io
import json
import sys
import time

ROUNDS = 3
REQUESTS = 2000


def environ(path: str) -> dict:
    """A GET as nginx hands it to gunicorn, without cookies."""
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SCRIPT_NAME": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "localhost",
        "HTTP_X_FORWARDED_PROTO": "https",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.url_scheme": "http",
    }


def request(application, path: str) -> str:
    statuses = []
    body = application(
        environ(path), lambda status, headers, exc_info=None: statuses.append(status)
    )
    b"".join(body)
    body.close()
    return statuses[0]


def microseconds(application, path: str) -> float:
    for _warm_up in range(50):
        status = request(application, path)
    if not status.startswith("200"):
        raise RuntimeError(f"{path} answered {status}")
    best = float("inf")
    for _round in range(ROUNDS):
        started = time.process_time()
        for _request in range(REQUESTS):
            request(application, path)
        best = min(best, time.process_time() - started)
    return best / REQUESTS * 1e6


def main() -> None:
    module, *paths = sys.argv[1:]
    application = importlib.import_module(module).application
    print(json.dumps({path: microseconds(application, path) for path in paths}))


if __name__ == "__main__":
    main()
