"""Send a mailing, as the admin's Send button does: manage.py send_mailing ID"""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from events import mailings
from events.models import Mailing


class Command(BaseCommand):
    help = "Sends a mailing now, or schedules it if it has a send time in the future."

    def add_arguments(self, parser):
        parser.add_argument("mailing", type=int, help="the mailing's ID")

    def handle(self, *args, mailing, **options):
        found = Mailing.objects.filter(pk=mailing).first()
        if found is None:
            raise CommandError(f"There is no mailing {mailing}.")
        try:
            found = mailings.start(found)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        counts = mailings.progress(found)
        self.stdout.write(
            f"Mailing {found.pk} is {found.status}: {sum(counts.values())} recipients."
        )
