from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BookingConfig(AppConfig):
    name = "booking"
    verbose_name = _("Appointments")

    def ready(self):
        from booking import retention, signals  # noqa: PLC0415 (import models: once the registry is ready)

        signals.connect()
        retention.register_citizen_data()
