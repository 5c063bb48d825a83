"""The superuser's "Reset second factor" button in Wagtail's user list.

For a lost phone when the person has no recovery codes left: the confirm page
says what happens, the POST deletes their authenticator app and recovery codes
(staff_auth.devices.reset, recorded in the audit log), and at their next
sign-in they set up a new app. Only superusers may do it; anyone else gets
Wagtail's "no permission" answer.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from django_otp import devices_for_user

from staff_auth import devices


class ResetSecondFactorView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "staff_auth/reset.html"
    page_title = gettext_lazy("Reset second factor")
    header_icon = "key"

    def dispatch(self, request, pk):
        if not request.user.is_superuser:
            raise PermissionDenied
        self.target = get_object_or_404(get_user_model(), pk=pk)
        return super().dispatch(request, pk)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailusers_users:index"), "label": gettext_lazy("Users")},
            {"url": "", "label": self.page_title, "sublabel": self.target.get_username()},
        ]

    def get_page_subtitle(self):
        return self.target.get_username()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["target"] = self.target
        context["has_devices"] = any(True for _ in devices_for_user(self.target, confirmed=None))
        return context

    def post(self, request, pk):
        devices.reset(self.target, by=request.user)
        messages.success(
            request,
            _("%(user)s will set up a new authenticator app at their next sign-in.")
            % {"user": self.target.get_username()},
        )
        return redirect("wagtailusers_users:index")
