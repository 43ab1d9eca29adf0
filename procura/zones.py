"""Time zones by the names their readers use ("Beijing time", 北京时间, 베이징 시간),
never by their identifiers ("Asia/Shanghai")."""

from django.utils.translation import gettext_lazy as _

# The zones events take place in, and the secretariat's, as the admin offers them.
ZONE_NAMES = {
    "Asia/Shanghai": _("Beijing time"),
    "Asia/Seoul": _("Korea time"),
    "Asia/Tokyo": _("Japan time"),
    "Asia/Ulaanbaatar": _("Ulaanbaatar time"),
    "Asia/Hong_Kong": _("Hong Kong time"),
    "Asia/Taipei": _("Taipei time"),
    "Asia/Bangkok": _("Bangkok time"),
    "Asia/Singapore": _("Singapore time"),
    "Asia/Kolkata": _("India time"),
    "Europe/Berlin": _("Central European time"),
    "UTC": "UTC",  # the same in every language
}


def zone_name(zone: str) -> str:
    return str(ZONE_NAMES.get(zone, zone))
