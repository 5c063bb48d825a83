from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CallbacksConfig(AppConfig):
    name = "callbacks"
    verbose_name = _("Call-back requests")

    def ready(self):
        from callbacks import audit, handover, retention  # noqa: PLC0415 (they import models)

        audit.register()
        retention.register_citizen_data()
        handover.register()
