"""Draw East Asia's coasts into members/static/members/east-asia.svg from Natural Earth's
land as npm's `world-atlas` ships them (TopoJSON); `make map` fetches the package.

The outline is drawn once and committed: pages load it as a static file, so no visitor
fetches tiles or anything else from another host. Points are rounded to whole map units,
which keeps the file small and detailed enough at any width the pages use.

Only land and sea are drawn, no borders: several borders of the region are disputed, and a
map that draws one side's line is refused by readers, and by publishers, on the other.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand

from members import map as member_map

TARGET = Path(__file__).resolve().parents[2] / "static" / member_map.OUTLINE
# Points beyond the map are pulled to a frame just outside it, so that a country that goes
# on past the edge (Russia, India) is filled up to the edge and no further.
MARGIN = 12


def arcs_of(topology: dict) -> list[list[tuple[float, float]]]:
    """The arcs in degrees: TopoJSON stores them quantized and as differences."""
    (scale_x, scale_y), (shift_x, shift_y) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        decoded.append(points)
    return decoded


def ring_points(
    ring: list[int], arcs: list[list[tuple[float, float]]]
) -> list[tuple[float, float]]:
    """A ring's points: its arcs one after the other, ~i meaning arc i backwards."""
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def rings_of(geometry: dict) -> list[list[int]]:
    if geometry.get("type") == "Polygon":
        return geometry["arcs"]
    if geometry.get("type") == "MultiPolygon":
        return [ring for polygon in geometry["arcs"] for ring in polygon]
    return []


def path_data(points: list[tuple[float, float]]) -> str:
    """The ring as SVG path data on the map, or "" when it lies outside the map."""
    projected = [member_map.project(longitude, latitude) for longitude, latitude in points]
    xs, ys = [x for x, _y in projected], [y for _x, y in projected]
    if max(xs) < 0 or min(xs) > member_map.WIDTH or max(ys) < 0 or min(ys) > member_map.HEIGHT:
        return ""
    rounded: list[tuple[int, int]] = []
    for x, y in projected:
        point = (
            round(min(max(x, -MARGIN), member_map.WIDTH + MARGIN)),
            round(min(max(y, -MARGIN), member_map.HEIGHT + MARGIN)),
        )
        if not rounded or rounded[-1] != point:
            rounded.append(point)
    if len(rounded) < 3:
        return ""
    first, *rest = rounded
    return f"M{first[0]} {first[1]}" + "".join(f"L{x} {y}" for x, y in rest) + "Z"


def draw(topology: dict) -> str:
    """The map's SVG: the land as one path."""
    arcs = arcs_of(topology)
    geometries = topology["objects"]["land"]["geometries"]
    land = "".join(
        path_data(ring_points(ring, arcs)) for geometry in geometries for ring in rings_of(geometry)
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{member_map.VIEW_BOX}">'
        "<!-- Natural Earth, public domain; through the world-atlas package. -->"
        '<rect width="100%" height="100%" fill="#e6eef0"/>'
        '<path fill="#f4f6ef" stroke="#a9bcae" stroke-width="0.8" stroke-linejoin="round"'
        f' d="{land}"/>'
        "</svg>\n"
    )


class Command(BaseCommand):
    help = "Draw the member map's coasts from world-atlas's land (TopoJSON)."

    def add_arguments(self, parser):
        parser.add_argument(
            "topology", type=Path, help="land-50m.json or countries-50m.json of world-atlas"
        )
        parser.add_argument("--output", type=Path, default=TARGET)

    def handle(self, *args, topology: Path, output: Path, **options):
        svg = draw(json.loads(topology.read_text()))
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(svg)
        self.stdout.write(f"{output.name}: {len(svg.encode()) // 1024} KB")
