"""CSV exports: columns by attribute path or function, formula-safe cells, few queries."""

import csv
import datetime
import io
from types import SimpleNamespace

import pytest

from events.models import Registration
from procura.exports import csv_response, export_action, followed_relations
from tests.factories import GovernmentFactory, RegistrationFactory

COLUMNS = [
    ("name", "name"),
    ("government", "government.slug"),
    ("joined", "joined"),
    ("shouted", lambda person: person.name.upper()),
]


def read(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_columns_follow_paths_and_functions_and_leave_empty_links_empty():
    response, writer = csv_response("people.csv")
    beijing = SimpleNamespace(slug="beijing")
    people = [
        SimpleNamespace(name="Li Wei", government=beijing, joined=datetime.date(2018, 5, 16)),
        SimpleNamespace(name="=SUM(A1)", government=None, joined=None),
    ]

    writer.write_table(COLUMNS, people)

    assert read(response) == [
        ["name", "government", "joined", "shouted"],
        ["Li Wei", "beijing", "2018-05-16", "LI WEI"],
        ["'=SUM(A1)", "", "", "'=SUM(A1)"],
    ]


def test_the_foreign_keys_of_dotted_paths_are_fetched_with_the_rows():
    columns = [*COLUMNS, ("country", "event.host.country")]

    assert followed_relations(columns) == ["event__host", "government"]


def test_the_action_is_described_for_the_admins_menu():
    action = export_action("people.csv", COLUMNS, description="Export the people")

    assert action.__name__ == "export_csv"
    assert action.short_description == "Export the people"


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 40])
def test_exporting_many_registrations_takes_as_many_queries_as_one(
    staff_client, webinar, count, django_assert_max_num_queries
):
    for _number in range(count):
        RegistrationFactory(event=webinar, government=GovernmentFactory())
    selected = list(Registration.objects.values_list("pk", flat=True))

    with django_assert_max_num_queries(7):
        response = staff_client.post(
            "/en/admin/events/registration/",
            {"action": "export_csv", "_selected_action": selected},
        )

    assert response.status_code == 200
    rows = read(response)
    assert rows[0][:2] == ["event", "name"]
    assert len(rows) == count + 1
    assert {row[0] for row in rows[1:]} == {"webinar"}
