"""The member map: a marker per government with a place, each a link to its profile, on the
directory (its filters applied) and the home page, and a locator on each profile."""

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.urls import resolve

from members import map as geography
from members.management.commands.draw_map import draw
from tests.factories import GovernmentFactory
from tests.helpers import page

pytestmark = pytest.mark.django_db

PLACES = {
    "beijing": ("39.90421", "116.40739"),
    "seoul": ("37.56654", "126.97797"),
    "dobong": ("37.66877", "127.04710"),
    "kyoto": ("35.01164", "135.76803"),
}


@pytest.fixture
def placed(beijing, seoul):
    for government in (beijing, seoul):
        government.latitude, government.longitude = map(Decimal, PLACES[government.slug])
        government.save()
    dobong = GovernmentFactory(
        slug="dobong", name_en="Dobong District, Seoul", name_ko="서울특별시 도봉구", country="KR"
    )
    dobong.latitude, dobong.longitude = map(Decimal, PLACES["dobong"])
    dobong.save()
    GovernmentFactory(slug="nowhere", name_en="Unplaced", country="JP")  # no coordinates
    return [beijing, seoul, dobong]


def markers(response) -> dict[str, str]:
    """Each marker's link and name (its SVG title)."""
    html = response.content.decode()
    return dict(re.findall(r'<a class="map-marker" href="([^"]+)">\s*<title>([^<]+)</title>', html))


def test_the_directory_has_a_marker_per_placed_member_in_the_readers_language(
    client, placed, language, django_assert_max_num_queries
):
    with django_assert_max_num_queries(6):
        response = client.get(f"/{language}/members/")

    assert response.status_code == 200
    found = markers(response)
    assert len(found) == 3  # the government without coordinates has none
    for government in placed:
        url = government.get_absolute_url().replace("/en/", f"/{language}/")
        assert url in found
        assert resolve(url).kwargs == {"slug": government.slug}
    if language == "ko":
        assert found["/ko/members/seoul/"] == "서울특별시"


def test_the_directory_map_shows_what_its_filters_find(client, placed):
    found = markers(client.get("/en/members/", {"country": "KR"}))

    assert sorted(found.values()) == ["Dobong District, Seoul", "Seoul"]


def test_markers_that_would_overlap_are_moved_apart_and_keep_a_line_to_their_place(client, placed):
    html = client.get("/en/members/").content.decode()
    html = html[html.index('<figure class="member-map') :]
    circles = [
        (float(x), float(y)) for x, y in re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"', html)
    ]

    assert len(circles) == 3
    for index, (x, y) in enumerate(circles):
        for other_x, other_y in circles[index + 1 :]:
            assert ((x - other_x) ** 2 + (y - other_y) ** 2) ** 0.5 >= geography.SPACING - 0.1
    assert html.count("<line ") == 2  # Seoul and Dobong moved, Beijing stays


def test_a_crowded_map_is_spread_with_no_overlap_the_same_way_each_time():
    """Two hundred governments in a few cities, as a large network has: every pair ends at
    least SPACING apart, and the same governments always give the same map."""

    def crowd():
        return [
            geography.Marker(str(index), "/", x, y, x, y)
            for index in range(200)
            for x, y in [(300 + index % 7 * 3.0, 200 + index % 11 * 2.5)]
        ]

    first, second = crowd(), crowd()
    geography.spread(first, rounds=400)
    geography.spread(second, rounds=400)

    places = [(marker.shown_x, marker.shown_y) for marker in first]
    assert places == [(marker.shown_x, marker.shown_y) for marker in second]
    closest = min(
        ((x - other_x) ** 2 + (y - other_y) ** 2) ** 0.5
        for index, (x, y) in enumerate(places)
        for other_x, other_y in places[index + 1 :]
    )
    assert closest >= geography.SPACING


def test_the_map_has_a_list_for_screen_readers_and_a_title(client, placed):
    response = client.get("/en/members/")
    html = response.content.decode()

    assert 'aria-labelledby="member-map-' in html
    assert "Map of the member governments" in html
    hidden = re.search(r'<figcaption class="visually-hidden">(.*?)</figcaption>', html, re.S)
    assert "3 member governments on the map" in hidden.group(1)
    assert hidden.group(1).count("<li>") == 3


def test_a_profile_shows_where_the_government_is(client, placed, language):
    response = client.get(f"/{language}/members/seoul/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "member-map-locator" in html
    assert html.count('class="map-marker"') == 1
    assert not markers(response)  # the locator's marker is no link to the page itself
    assert [text for _attrs, text in page(response).find_all("text")] == [
        placed[1].name_ko if language == "ko" else "Seoul"
    ]


def test_a_profile_without_coordinates_has_no_map(client, beijing):
    assert "member-map" not in client.get("/en/members/beijing/").content.decode()


def test_the_projection_puts_the_regions_cities_in_their_places():
    beijing, kyoto = (
        geography.project(float(lon), float(lat))
        for lat, lon in (PLACES["beijing"], PLACES["kyoto"])
    )

    assert 0 < beijing[0] < kyoto[0] < geography.WIDTH
    assert 0 < beijing[1] < kyoto[1] < geography.HEIGHT  # Kyoto lies south of Beijing


def test_the_outline_is_drawn_from_topojson_the_same_way_each_time():
    # A square island at 120–125 E, 30–35 N, as one delta-encoded arc.
    topology = {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [0, 0]},
        "arcs": [[[120, 30], [5, 0], [0, 5], [-5, 0], [0, -5]]],
        "objects": {
            "land": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "arcs": [[0]]},
                    {"type": "Polygon", "arcs": [[~0]]},
                ],
            }
        },
    }

    svg = draw(topology)

    assert svg == draw(json.loads(json.dumps(topology)))
    x, y = (round(value) for value in geography.project(120, 30))
    assert f"M{x} {y}L" in svg
    assert svg.count("Z") == 2
    assert f'viewBox="{geography.VIEW_BOX}"' in svg


def test_the_committed_outline_is_small():
    outline = Path(finders.find(geography.OUTLINE))

    assert outline.read_text().startswith("<svg")
    assert outline.stat().st_size < 80_000
