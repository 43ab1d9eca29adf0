"""The events a member government took part in, for its public profile."""

from django.db.models import Q

from events.models import Event, RegistrationStatus
from members.models import MemberGovernment
from procura.languages import in_every_language


def events_of(government: MemberGovernment) -> dict:
    """Events its officials attended (a confirmed registration) or its speakers spoke at."""
    attended = Q(
        registrations__government=government,
        registrations__status=RegistrationStatus.CONFIRMED,
    )
    events = Event.objects.published().filter(attended | Q(speakers__government=government))
    shown = ["slug", "starts", "ends", "time_zone", *in_every_language("title")]
    return {"events": events.only(*shown).distinct().order_by("-starts")}
