"""Proposed logos stored before they were private move to MEDIA_ROOT/private/logos/proposed/."""

from django.db import migrations

from procura.files import move_into_private


def move(apps, schema_editor):
    move_into_private(apps.get_model("members", "ProfileRevision"), "logo")


class Migration(migrations.Migration):
    dependencies = [("members", "0003_private_proposed_logos")]

    # Back, the files stay where they are: the rows name them, wherever that is.
    operations = [migrations.RunPython(move, migrations.RunPython.noop)]
