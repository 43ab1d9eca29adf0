from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Resource library")

    def ready(self):
        from django.db import transaction
        from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

        from impact.models import ProductGroup
        from procura.caching import bump, stale_on_change
        from procura.uploads import delete_on_commit
        from resources import services, sources
        from resources.indexing import register_resources
        from resources.models import Resource, ResourceFile

        stale_on_change("resources", Resource, ResourceFile, ProductGroup)

        def files_changed(sender, instance, raw=False, **kwargs):
            if not raw:
                services.refresh_languages(instance.resource_id)

        post_save.connect(files_changed, sender=ResourceFile, weak=False)
        post_delete.connect(files_changed, sender=ResourceFile, weak=False)

        def file_deleted(sender, instance, **kwargs):
            delete_on_commit(instance.file)

        post_delete.connect(file_deleted, sender=ResourceFile, weak=False)

        def links_changed(sender, action, **kwargs):
            # Links added or removed outside the resource's own save (a shell, a script).
            if action.startswith("post_"):
                transaction.on_commit(lambda: bump("resources"))

        for field in ("product_groups", "events", "members", "articles"):
            through = getattr(Resource, field).through
            m2m_changed.connect(links_changed, sender=through, weak=False)

        sources.connect()
        # A database that had documents and case studies before the library lists them too.
        post_migrate.connect(sources.bring_in_missing, sender=self, weak=False)
        register_resources()
