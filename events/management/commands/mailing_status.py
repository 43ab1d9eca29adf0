"""Print how far a mailing has got: manage.py mailing_status ID"""

from django.core.management.base import BaseCommand, CommandError

from events import mailings
from events.models import Mailing


class Command(BaseCommand):
    help = "Prints a mailing's status and its pending, sent and failed deliveries."

    def add_arguments(self, parser):
        parser.add_argument("mailing", type=int, help="the mailing's ID")

    def handle(self, *args, mailing, **options):
        found = Mailing.objects.filter(pk=mailing).first()
        if found is None:
            raise CommandError(f"There is no mailing {mailing}.")
        counts = mailings.progress(found)
        summary = ", ".join(f"{status} {count}" for status, count in counts.items())
        self.stdout.write(f"Mailing {found.pk} ({found.subject_en}): {found.status}; {summary}")
