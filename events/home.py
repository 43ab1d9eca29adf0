"""What the events app gives the home page: the events held and the next ones."""

from events.models import Event

SHOWN = 3


def figures(_page) -> dict:
    return {"held": Event.objects.published().past().count()}


def next_events(_page) -> dict:
    """The next events, or the latest ones while none is announced."""
    published = Event.objects.published()
    upcoming = list(published.upcoming()[:SHOWN])
    return {"upcoming": bool(upcoming), "events": upcoming or list(published.past()[:SHOWN])}
