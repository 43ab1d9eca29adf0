"""Demo member governments with their commitments (demo/data/governments.yaml), and the
officials' accounts (demo/data/accounts.yaml)."""

from django.urls import reverse
from django.utils import translation

from demo.accounts import ACCOUNTS, OFFICIAL_EMAIL, OFFICIAL_PASSWORD
from demo.load import account, columns, read
from demo.pictures import emblem, initials
from members import logos
from members.models import Commitment, MemberGovernment, Official
from members.revisions import TRANSLATED_PROFILE_FIELDS
from procura.uploads import store

COMMITMENT_TRANSLATED = ["title", "description"]
OFFICIAL_FIELDS = ["position", "phone", "language"]


def governments() -> list[dict]:
    return read("governments")["governments"]


def load(stdout) -> None:
    note = read("governments")["sample_note"]
    for order, record in enumerate(governments()):
        values = {
            name: value for name, value in record.items() if name not in ("slug", "commitments")
        }
        values["summary"] = {code: text + note[code] for code, text in record["summary"].items()}
        government, _created = MemberGovernment.objects.update_or_create(
            slug=record["slug"], defaults=columns(values, TRANSLATED_PROFILE_FIELDS)
        )
        if not government.logo or not government.logo.storage.exists(government.logo.name):
            # An emblem with the initials stands in for the government's logo.
            drawn = emblem(initials(record["name"]["en"]), order)
            store(government, logos.reencode(drawn, government.slug))
            government.save()
        for commitment in record["commitments"]:
            values = {"target_value": None, "unit": ""} | columns(commitment, COMMITMENT_TRANSLATED)
            Commitment.objects.update_or_create(
                government=government, title_en=values["title_en"], defaults=values
            )

    for record in ACCOUNTS["officials"]:
        user = account(record, OFFICIAL_PASSWORD)
        values = {name: record[name] for name in OFFICIAL_FIELDS}
        values["government"] = MemberGovernment.objects.get(slug=record["government"])
        Official.objects.update_or_create(user=user, defaults=values)

    with translation.override("en"):
        edit_url = reverse("members:edit", args=["beijing"])
    stdout.write(
        f"Official account: {OFFICIAL_EMAIL} / {OFFICIAL_PASSWORD} "
        f"(edits the profile of Beijing at {edit_url})"
    )
