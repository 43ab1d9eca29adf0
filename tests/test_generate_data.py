"""manage.py generate_data: N times the demo content, and never on a database of real people."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from demo.generate import counts
from members.models import MemberGovernment

pytestmark = pytest.mark.django_db


def generate(scale: int) -> dict[str, int]:
    call_command("generate_data", scale=scale, stdout=io.StringIO())
    return counts()


@pytest.fixture(autouse=True)
def _debug(settings):
    """generate_data runs on a database whose name says bench, or in development."""
    settings.DEBUG = True


def test_scale_two_doubles_everything_the_pages_list(demo, client):
    once = generate(1)
    twice = generate(2)

    assert twice == {kind: 2 * number for kind, number in once.items()}
    # The gallery is the demo's to fill; everything else the generator makes sure of.
    assert all(number > 0 for kind, number in once.items() if kind != "Photo")
    assert client.get("/en/events/ecoprocura-china-2014-gen2/").status_code == 200
    assert client.get("/en/members/beijing-gen2/").status_code == 200


def test_a_smaller_scale_replaces_the_copies_and_keeps_the_demo(demo):
    once = generate(1)
    beijing = MemberGovernment.objects.get(slug="beijing")

    generate(3)

    assert generate(1) == once
    assert MemberGovernment.objects.get(slug="beijing").name_en == beijing.name_en


def test_refuses_a_database_that_is_not_for_benchmarks(demo, settings, monkeypatch):
    settings.DEBUG = False
    monkeypatch.setitem(connection.settings_dict, "NAME", "procura")
    before = counts()

    with pytest.raises(CommandError, match="whose name says bench"):
        generate(2)

    assert counts() == before
