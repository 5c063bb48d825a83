from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeVisitsConfig(AppConfig):
    name = "home_visits"
    verbose_name = _("Home visits")

    def ready(self):
        # Booking never imports this app: its requests' addresses go with their
        # appointments' data (booking.events), its audit entries join the trail, and
        # its hourly work is one of settings.HOUSEKEEPING_HOOKS (home_visits.tasks).
        # A referral can be accepted into a home visit (referrals.outcomes), and completed
        # visits are people served in the public figures (figures.sources).
        from home_visits import (  # noqa: PLC0415 (imports models)
            access,
            figures_source,
            referral_outcome,
            retention,
        )

        retention.register()
        access.register_audit()
        referral_outcome.register()
        figures_source.register()
