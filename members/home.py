"""What the members app gives the home page: the network's size and the map."""

from django.db.models import Count

from members.models import MemberGovernment


def figures(_page) -> dict:
    """The listed member governments and the countries or regions they are in."""
    listed = MemberGovernment.objects.listed()
    return listed.aggregate(members=Count("id"), countries=Count("country", distinct=True))


def map_block(_page) -> dict:
    return {"governments": MemberGovernment.objects.listed().on_map()}
