from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeVisitsConfig(AppConfig):
    name = "home_visits"
    verbose_name = _("Home visits")

    def ready(self):
        # Registries of the booking app (it never imports this one): what the hourly
        # retention job empties, and the audit trail's subjects and actions.
        from home_visits import access, retention  # noqa: PLC0415 (imports models)

        retention.register()
        access.register_audit()
