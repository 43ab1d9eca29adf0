from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models.signals import post_migrate

        from search.index import index_if_empty
        from search.kinds import register_kinds

        register_kinds()
        # A database that had content before the index existed is indexed once.
        post_migrate.connect(index_if_empty, sender=self)
