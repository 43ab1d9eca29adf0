from django.core.management.base import BaseCommand, CommandError

from events.models import Mailing


class MailingCommand(BaseCommand):
    """A command about one mailing, named by its ID."""

    def add_arguments(self, parser):
        parser.add_argument("mailing", type=int, help="the mailing's ID")

    def handle(self, *args, mailing, **options):
        found = Mailing.objects.filter(pk=mailing).first()
        if found is None:
            raise CommandError(f"There is no mailing {mailing}.")
        self.handle_mailing(found)

    def handle_mailing(self, mailing: Mailing) -> None:
        raise NotImplementedError
