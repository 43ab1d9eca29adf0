"""The award badges of a member government, for its public profile."""

from awards.models import RESULTS
from members.models import MemberGovernment


def awards_of(government: MemberGovernment) -> dict:
    """Its shortlisted and awarded applications of announced editions, newest first."""
    order = {status: index for index, status in enumerate(RESULTS)}
    applications = government.applications.in_results().select_related("edition", "category")
    return {
        "applications": sorted(
            applications, key=lambda a: (-a.edition.year, order[a.status], a.category.order)
        )
    }
