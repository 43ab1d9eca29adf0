"""The member map: East Asia drawn once from Natural Earth's outlines into a static SVG
(`manage.py draw_map`), and a marker per member government placed on it with the same
projection, so that the page itself only writes the markers.

The projection is equirectangular, its longitudes shortened by the cosine of the middle
latitude: over East Asia that keeps shapes close to what readers know, and a marker's
place is one multiplication away from its coordinates.
"""

import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

# West, south, east, north, in degrees: China's west to Japan's east, Hainan to Mongolia.
WEST, SOUTH, EAST, NORTH = 73.0, 16.0, 146.0, 54.0
WIDTH = 1000
SCALE = WIDTH / ((EAST - WEST) * math.cos(math.radians((NORTH + SOUTH) / 2)))
X_SCALE = SCALE * math.cos(math.radians((NORTH + SOUTH) / 2))
HEIGHT = round((NORTH - SOUTH) * SCALE)
VIEW_BOX = f"0 0 {WIDTH} {HEIGHT}"
OUTLINE = "members/east-asia.svg"
# Markers closer than this (in map units) are moved apart, so that each stays clickable:
# Seoul and its district Dobong are 2 units apart.
MARKER_RADIUS = 7
SPACING = 2 * MARKER_RADIUS + 2


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """The point of the map at those coordinates."""
    return (longitude - WEST) * X_SCALE, (NORTH - latitude) * SCALE


@dataclass
class Marker:
    name: str
    url: str
    x: float
    y: float
    # Where the marker sits once moved apart from its neighbours (its place otherwise).
    shown_x: float = 0.0
    shown_y: float = 0.0

    @property
    def moved(self) -> bool:
        return (self.x, self.y) != (self.shown_x, self.shown_y)

    @property
    def svg(self) -> dict[str, str]:
        """Its real and shown places as the SVG writes them, to a tenth of a unit."""
        places = {"x": self.x, "y": self.y, "shown_x": self.shown_x, "shown_y": self.shown_y}
        return {name: f"{value:.1f}" for name, value in places.items()}


def markers(governments) -> list[Marker]:
    """A marker per government that has coordinates, in the order given."""
    placed = []
    for government in governments:
        if government.latitude is None or government.longitude is None:
            continue
        x, y = project(float(government.longitude), float(government.latitude))
        placed.append(Marker(government.name, government.get_absolute_url(), x, y))
    shown = spread_places(tuple((marker.x, marker.y) for marker in placed))
    for marker, (shown_x, shown_y) in zip(placed, shown, strict=True):
        marker.shown_x, marker.shown_y = shown_x, shown_y
    return placed


@lru_cache(maxsize=64)
def spread_places(places: tuple[tuple[float, float], ...]) -> tuple[tuple[float, float], ...]:
    """Where markers at those places are shown once spread: the same places always give the
    same answer, so each process works it out once for each map it draws."""
    placed = [Marker("", "", x, y, x, y) for x, y in places]
    spread(placed)
    return tuple((marker.shown_x, marker.shown_y) for marker in placed)


def spread(placed: list[Marker], rounds: int = 60) -> None:
    """Push apart markers that overlap, a little at a time, until none does: each keeps a
    line to its real place. Deterministic: the same governments give the same map.

    Each round compares a marker only with those in its own and the neighbouring squares of
    a SPACING grid, as they stood when the round began: a round that moves nothing has
    compared every close pair, and a map of hundreds of governments costs no more per
    marker than one of ten."""
    for _round in range(rounds):
        cells = defaultdict(list)
        for index, marker in enumerate(placed):
            cells[cell(marker)].append(index)
        moved = False
        for index, first in enumerate(placed):
            column, row = cell(first)
            near = sorted(
                other
                for x in (column - 1, column, column + 1)
                for y in (row - 1, row, row + 1)
                for other in cells.get((x, y), ())
                if other > index
            )
            for second in (placed[other] for other in near):
                dx, dy = second.shown_x - first.shown_x, second.shown_y - first.shown_y
                distance = math.hypot(dx, dy)
                if distance >= SPACING:
                    continue
                if distance == 0:
                    # Stacked markers part along a direction fixed by their order.
                    dx, dy, distance = math.cos(index), math.sin(index), 1.0
                push = (SPACING - distance) / 2 + 0.01
                ux, uy = dx / distance, dy / distance
                first.shown_x, first.shown_y = first.shown_x - ux * push, first.shown_y - uy * push
                second.shown_x, second.shown_y = (
                    second.shown_x + ux * push,
                    second.shown_y + uy * push,
                )
                moved = True
        if not moved:
            return


def cell(marker: Marker) -> tuple[int, int]:
    """The square of the SPACING grid the marker stands in."""
    return math.floor(marker.shown_x / SPACING), math.floor(marker.shown_y / SPACING)
