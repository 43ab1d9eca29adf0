"""The award badges of a member government, for its public profile."""

from awards.models import RESULTS
from members.models import MemberGovernment
from procura.languages import in_every_language


def awards_of(government: MemberGovernment) -> dict:
    """Its shortlisted and awarded applications of announced editions, newest first."""
    order = {status: index for index, status in enumerate(RESULTS)}
    shown = [
        "government",  # the related manager sets each application's government from it
        "status",
        "slug",
        "edition__year",
        "category__order",
        *in_every_language("title"),
        *(f"category__{name}" for name in in_every_language("name")),
    ]
    applications = (
        government.applications.in_results().select_related("edition", "category").only(*shown)
    )
    return {
        "applications": sorted(
            applications, key=lambda a: (-a.edition.year, order[a.status], a.category.order)
        )
    }
