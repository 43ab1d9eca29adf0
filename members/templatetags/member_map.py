"""`{% member_map governments %}`: the map of East Asia with a marker per government."""

from itertools import count

from django import template

from members import map as geography

register = template.Library()
# Tells two maps of one page apart, for their titles' ids.
numbers = count()


@register.inclusion_tag("members/map.html")
def member_map(governments, title: str, locator: bool = False) -> dict:
    """The map with a marker per government that has coordinates, each a link to its
    profile; `locator` is a profile's small map, its one marker named on the map."""
    return {
        "markers": geography.markers(governments),
        "title": title,
        "locator": locator,
        "view_box": geography.VIEW_BOX,
        "width": geography.WIDTH,
        "height": geography.HEIGHT,
        "radius": geography.MARKER_RADIUS,
        "outline": geography.OUTLINE,
        "map_id": f"member-map-{next(numbers)}",
    }


@register.inclusion_tag("members/map.html")
def locator_map(government, title: str) -> dict:
    """A profile's small map: where the government is, in the region."""
    return member_map([government], title, locator=True)
