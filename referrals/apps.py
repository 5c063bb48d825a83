from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReferralsConfig(AppConfig):
    name = "referrals"
    verbose_name = _("Referrals")

    def ready(self):
        from referrals import hooks  # noqa: PLC0415 (imports models: only once the registry is ready)

        hooks.connect()
