from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProcuraConfig(AppConfig):
    name = "procura"
    verbose_name = _("Procura+ East Asia")

    def ready(self):
        from procura import translations

        translations.connect()
