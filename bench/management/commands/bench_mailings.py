"""Benchmark of mailings, run by `make bench`: the portal's outbox with two worker
processes against a plain loop over one SMTP connection, side by side."""

import json
import os
import socket
import subprocess
import sys
import time

from aiosmtpd.controller import Controller
from django.conf import settings
from django.core.mail import get_connection
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.utils import timezone

from demo.guard import require_bench_database
from events import mailings
from events.models import Delivery, Event, Mailing, Registration
from procura.celery import app


class Counter:
    """An SMTP server that only counts what it accepts."""

    def __init__(self):
        self.accepted = 0

    async def handle_DATA(self, server, session, envelope):
        self.accepted += 1
        return "250 Message accepted for delivery"


class Command(BaseCommand):
    help = "Benchmarks sending a mailing (development machines; needs Postgres and Redis)."

    def add_arguments(self, parser):
        parser.add_argument("--recipients", type=int, default=10_000)
        parser.add_argument("--workers", type=int, default=2)
        parser.add_argument("--json", dest="json_path", help="Also write the figures here.")

    def handle(self, *args, recipients, workers, json_path, **options):
        require_bench_database("bench_mailings")
        call_command("migrate", verbosity=0)
        server = Counter()
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        controller = Controller(server, hostname="127.0.0.1", port=port)
        controller.start()
        settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        try:
            mailing = self.mailing(recipients)
            plain = self.plain_loop(mailing, server)
            portal = self.portal(mailing, server, port, workers)
        finally:
            controller.stop()
        self.stdout.write(f"plain loop, one connection: {plain:8.0f} messages/s")
        self.stdout.write(f"portal, {workers} workers:        {portal:8.0f} messages/s")
        self.stdout.write(f"ratio: {portal / plain:.2f} (0.8 is the goal)")
        if json_path:
            figures = {"recipients": recipients, "workers": workers}
            figures |= {"plain": plain, "portal": portal}
            with open(json_path, "w") as file:
                json.dump(figures, file, indent=2)

    def mailing(self, recipients: int) -> Mailing:
        Mailing.objects.all().delete()
        Event.objects.filter(slug="bench").delete()
        now = timezone.now()
        event = Event.objects.create(
            title_en="Benchmark", slug="bench", kind="webinar", starts=now, ends=now
        )
        languages = [code for code, _name in settings.LANGUAGES]
        Registration.objects.bulk_create(
            Registration(
                event=event,
                name=f"Person {n}",
                email=f"person{n}@example.org",
                language=languages[n % len(languages)],
                status="confirmed",
            )
            for n in range(recipients)
        )
        texts = {f"subject_{code.replace('-', '_')}": f"News ({code})" for code in languages}
        body = "**Green procurement** in East Asia.\n\n" + "A paragraph of news. " * 40
        return Mailing.objects.create(
            event=event, kind="announcement", to_confirmed=True, body_en=body, **texts
        )

    def plain_loop(self, mailing: Mailing, server: Counter) -> float:
        """The same messages, prepared beforehand, sent in a loop over one connection."""
        composer = mailings.Composer(mailing)
        people = mailings.recipients(mailing)
        messages = [
            composer.message(Delivery(mailing=mailing, **person._asdict())) for person in people
        ]
        server.accepted = 0
        smtp = get_connection(settings.EMAIL_DELIVERY_BACKEND)
        started = time.perf_counter()
        with smtp:
            for message in messages:
                smtp.send_messages([message])
        elapsed = time.perf_counter() - started
        assert server.accepted == len(messages), (server.accepted, len(messages))
        return len(messages) / elapsed

    def portal(self, mailing: Mailing, server: Counter, port: int, workers: int) -> float:
        database = connection.settings_dict
        env = {
            **os.environ,
            "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
            "EMAIL_URL": f"smtp://127.0.0.1:{port}",
        }
        app.control.purge()
        command = [sys.executable, "-m", "celery", "--app", "procura", "worker", "--pool", "solo"]
        command += ["--loglevel", "WARNING", "--without-gossip", "--without-mingle"]
        processes = [
            subprocess.Popen([*command, "--hostname", f"bench{n}@%h"], env=env)
            for n in range(workers)
        ]
        try:
            while len(app.control.ping(timeout=0.5)) < workers:
                time.sleep(0.2)
            server.accepted = 0
            started = time.perf_counter()
            mailings.send(mailing)
            while Mailing.objects.get(pk=mailing.pk).status != "sent":
                time.sleep(0.05)
            elapsed = time.perf_counter() - started
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                process.wait()
        sent = Delivery.objects.filter(mailing=mailing, status="sent").count()
        assert sent == server.accepted == mailing.deliveries.count(), (sent, server.accepted)
        return sent / elapsed
