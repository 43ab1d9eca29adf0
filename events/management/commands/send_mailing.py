"""Send a mailing, as the admin's Send button does: manage.py send_mailing ID"""

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError

from events import mailings
from events.management import MailingCommand


class Command(MailingCommand):
    help = "Sends a mailing now, or schedules it if it has a send time in the future."

    def handle_mailing(self, mailing):
        try:
            mailing = mailings.start(mailing)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        recipients = sum(mailings.progress(mailing).values())
        self.stdout.write(f"Mailing {mailing.pk} is {mailing.status}: {recipients} recipients.")
