"""Write the whole search index again: after content was changed without signals (bulk
loads, update()), or when the index's form changed."""

from django.core.management.base import BaseCommand

from search.index import rebuild


class Command(BaseCommand):
    help = "Writes the search index again from every searchable object."

    def handle(self, *args, **options):
        counts = rebuild()
        listed = ", ".join(f"{kind} {count}" for kind, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {listed}."))
