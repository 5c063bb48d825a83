from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        # Signal receivers and checks register on import, once the app registry is ready.
        from . import admin_editing, checks, page_cache_signals, signals  # noqa: F401, PLC0415

        admin_editing.install()
