"""Demo content of the portal itself: the staff account of a development machine."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

STAFF_EMAIL = "staff@procura-east-asia.test"
STAFF_PASSWORD = "green-procurement-2018"


def load(stdout) -> None:
    User = get_user_model()
    staff, created = User.objects.get_or_create(
        email=STAFF_EMAIL,
        defaults={
            "first_name": "ICLEI",
            "last_name": "East Asia",
            "is_staff": True,
            "is_superuser": True,
        },
    )
    if created:
        staff.set_password(STAFF_PASSWORD)
        staff.save()
    EmailAddress.objects.update_or_create(
        user=staff, email=STAFF_EMAIL, defaults={"verified": True, "primary": True}
    )
    stdout.write(f"Staff account: {STAFF_EMAIL} / {STAFF_PASSWORD} (sign in at /en/admin/)")
