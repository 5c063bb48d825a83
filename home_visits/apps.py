from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeVisitsConfig(AppConfig):
    name = "home_visits"
    verbose_name = _("Home visits")

    def ready(self):
        # Registries of the booking app (it never imports this one): what the hourly
        # retention job empties, the audit trail's subjects and actions, and the
        # hourly retry of text messages.
        from booking.tasks import register_housekeeping  # noqa: PLC0415 (imports models)
        from home_visits import access, retention, tasks  # noqa: PLC0415 (imports models)

        retention.register()
        access.register_audit()
        register_housekeeping("home_visit_messages_retried", tasks.send_due_messages)
