"""Fill the database with the network's demo content, in all four languages (demo/data/)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from demo import accounts, awards, events, impact, members, news, resources

# In the order they link to each other; each load() may run any number of times.
DEMO_MODULES = [accounts, members, events, awards, news, impact, resources]


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
