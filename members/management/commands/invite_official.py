"""Invite an official from the command line: manage.py invite_official EMAIL SLUG --language ko"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from members import services
from members.models import Invitation, MemberGovernment


class Command(BaseCommand):
    help = "Mails an invitation to become an official of a member government."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("government", help="the government's slug")
        parser.add_argument(
            "--language",
            default=settings.LANGUAGE_CODE,
            choices=[code for code, _name in settings.LANGUAGES],
            help="the language of the invitation and of every later mail",
        )

    def handle(self, *args, email, government, language, **options):
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"{email!r} is not an email address.") from None
        found = MemberGovernment.objects.filter(slug=government).first()
        if found is None:
            raise CommandError(f"There is no member government with the slug {government!r}.")
        try:
            invitation = services.send_invitation(
                Invitation(email=email, government=found, language=language)
            )
        except ValidationError as refusal:
            raise CommandError(refusal.messages[0]) from None
        self.stdout.write(
            f"Invited {invitation.email} to {found.name_en}; the link works until "
            f"{invitation.expires:%Y-%m-%d %H:%M %Z}."
        )
