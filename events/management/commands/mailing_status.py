"""Print how far a mailing has got: manage.py mailing_status ID"""

from events import mailings
from events.management import MailingCommand


class Command(MailingCommand):
    help = "Prints a mailing's status and its pending, sent and failed deliveries."

    def handle_mailing(self, mailing):
        counts = mailings.progress(mailing)
        summary = ", ".join(f"{status} {count}" for status, count in counts.items())
        title = f"Mailing {mailing.pk} ({mailing.subject_en})"
        self.stdout.write(f"{title}: {mailing.status}; {summary}")
