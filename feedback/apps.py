from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "feedback"
    verbose_name = _("Feedback")

    def ready(self):
        from feedback import receivers  # noqa: PLC0415 (imports models: only once the registry is ready)

        receivers.connect()
