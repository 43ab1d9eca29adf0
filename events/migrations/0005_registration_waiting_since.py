from django.db import migrations, models
from django.db.models import F


def waiting_since_registration(apps, schema_editor):
    """Those already waiting joined the list when they registered."""
    Registration = apps.get_model("events", "Registration")
    Registration.objects.filter(status="waiting").update(waiting_since=F("created"))


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0004_registration_held_until_pending"),
    ]

    operations = [
        migrations.AddField(
            model_name="registration",
            name="waiting_since",
            field=models.DateTimeField(
                blank=True, null=True, verbose_name="on the waiting list since"
            ),
        ),
        migrations.RunPython(waiting_since_registration, migrations.RunPython.noop),
    ]
