"""The second-factor pages in the admin's URL space, the superuser's reset button
in the user list, and their audit-log actions."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets.button import Button

from staff_auth import devices, views
from staff_auth.reset_views import ResetSecondFactorView


@hooks.register("register_admin_urls")
def register_second_factor_urls():
    return [
        path("2fa/verify/", views.verify, name="staff_auth_verify"),
        path("2fa/setup/", views.enrol, name="staff_auth_enrol"),
        path("2fa/recovery-codes/", views.recovery_codes, name="staff_auth_recovery_codes"),
        path(
            "2fa/reset/<int:pk>/",
            ResetSecondFactorView.as_view(),
            name="staff_auth_reset",
        ),
    ]


@hooks.register("register_user_listing_buttons")
def reset_second_factor_button(user, request_user):
    if request_user.is_superuser:
        yield Button(
            _("Reset second factor"),
            reverse("staff_auth_reset", args=[user.pk]),
            icon_name="key",
            priority=60,
        )


@hooks.register("register_account_menu_item")
def new_recovery_codes_item(request):
    if devices.has_confirmed_device(request.user):
        return {
            "url": reverse("staff_auth_recovery_codes"),
            "label": _("New recovery codes"),
            "help_text": _(
                "Replace your recovery codes, for example when few are left. "
                "The old ones stop working."
            ),
        }
    return None


@hooks.register("register_log_actions")
def register_second_factor_actions(actions):
    actions.register_action(
        "staff_auth.second_factor_enrolled",
        _("Set up a second factor"),
        _("Set up a second factor (authenticator app and recovery codes)"),
    )
    actions.register_action(
        "staff_auth.recovery_code_used",
        _("Signed in with a recovery code"),
        _("Signed in with a recovery code"),
    )
    actions.register_action(
        "staff_auth.recovery_codes_renewed",
        _("New recovery codes"),
        _("Made new recovery codes"),
    )
    actions.register_action(
        "staff_auth.second_factor_reset",
        _("Second factor reset"),
        _("Second factor reset by an administrator"),
    )
