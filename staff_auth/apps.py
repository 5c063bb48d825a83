from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StaffAuthConfig(AppConfig):
    name = "staff_auth"
    verbose_name = _("Staff sign-in")

    def ready(self):
        from staff_auth import sessions  # noqa: F401, PLC0415 (connects user_logged_in; imports models)
