"""Fill the database with the network's demo content, in all four languages."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from awards import demo as awards_demo
from events import demo as events_demo
from members import demo as members_demo
from procura import demo

# Each app adds its own module here; each load() may run any number of times.
DEMO_MODULES = [demo, members_demo, events_demo, awards_demo]


class Command(BaseCommand):
    help = "Loads the demo content (development only). Safe to run twice."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "load_demo creates a known staff password: it runs only with DEBUG=true."
            )
        with transaction.atomic():
            for module in DEMO_MODULES:
                module.load(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
