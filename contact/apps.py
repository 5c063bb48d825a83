from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactConfig(AppConfig):
    name = "contact"
    verbose_name = _("Contact messages")

    def ready(self):
        from contact import audit, retention  # noqa: PLC0415 (import models: once the registry is ready)

        audit.register()
        retention.register_citizen_data()
