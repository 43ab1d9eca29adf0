"""Attachments uploaded before they were private move to MEDIA_ROOT/private/awards/."""

from django.db import migrations

from procura.files import move_into_private


def move(apps, schema_editor):
    move_into_private(apps.get_model("awards", "Attachment"), "file")


class Migration(migrations.Migration):
    dependencies = [("awards", "0002_private_attachments_and_result_mail")]

    # Back, the files stay where they are: the rows name them, wherever that is.
    operations = [migrations.RunPython(move, migrations.RunPython.noop)]
