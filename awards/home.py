"""What the awards app gives the home page: the winners, and the latest of them."""

from awards.models import Application, ApplicationStatus

SHOWN = 3


def winners():
    return Application.objects.in_results().filter(status=ApplicationStatus.WINNER)


def figures(_page) -> dict:
    return {"winners": winners().count()}


def latest_winners(_page) -> dict:
    """The winners of the latest announced years, newest first."""
    found = winners().select_related("edition", "category", "government")
    return {
        "applications": list(
            found.order_by("-edition__year", "category__order", "category__pk")[:SHOWN]
        )
    }
