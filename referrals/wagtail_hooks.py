"""Registers the Referrals menu (referrals.views) and the partner accounts' admin."""

from django.conf import settings
from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.admin_url_finder import ModelAdminURLFinder, register_admin_url_finder
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from referrals import permissions, views
from referrals.models import AuditedReferral, PartnerAccount


class PartnerAccountPermissionPolicy(ModelPermissionPolicy):
    """Who may tie a user to a partner organisation: whoever may change users."""

    def __init__(self):
        super().__init__(PartnerAccount, auth_model=settings.AUTH_USER_MODEL)

    def _get_permission_codename(self, action):
        return "change_user"


register_permission_policy(PartnerAccount, PartnerAccountPermissionPolicy())


class AuditedReferralURLFinder(ModelAdminURLFinder):
    """An audit entry's name links to the referral's page, for whoever may open it
    (opening it is itself recorded)."""

    def get_edit_url(self, instance):
        if self.user is None or not (
            permissions.staff_referrals(self.user).filter(pk=instance.pk).exists()
        ):
            return None
        return reverse(views.DETAIL_URL, args=[instance.pk])


register_admin_url_finder(AuditedReferral, AuditedReferralURLFinder)


class PartnerAccountViewSet(ModelViewSet):
    """Which organisation a partner user refers for (put them in the Partner organisation
    group too)."""

    model = PartnerAccount
    icon = "group"
    menu_label = _("Partner accounts")
    add_to_admin_menu = False
    add_to_reference_index = False
    copy_view_enabled = False
    list_display = ["user", "organisation"]
    panels = [FieldPanel("user"), FieldPanel("organisation")]

    def get_permissions_to_register(self):
        return Permission.objects.none()


partner_accounts = PartnerAccountViewSet(
    "partner_accounts", url_prefix="referrals/partner-accounts"
)


@hooks.register("register_admin_viewset")
def register_partner_accounts():
    return partner_accounts


urlpatterns = [
    path("", views.ReferralIndexView.as_view(), name="index"),
    path("refer/", views.ReferView.as_view(), name="refer"),
    path("api-access/", views.TokensView.as_view(), name="tokens"),
    path("<int:pk>/", views.ReferralDetailView.as_view(), name="detail"),
    path("<int:pk>/return/", views.ReturnReferralView.as_view(), name="return"),
]


@hooks.register("register_admin_urls")
def register_referral_urls():
    return [path("referrals/", include((urlpatterns, "referrals"), namespace="referrals"))]


def _item(label, url_name, icon, check, order):
    item_class = type(
        "ReferralsMenuItem", (MenuItem,), {"is_shown": lambda self, request: check(request.user)}
    )
    return item_class(label, reverse(url_name), icon_name=icon, order=order)


class PartnerAccountsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("auth.change_user")


@hooks.register("register_admin_menu_item")
def register_referrals_menu():
    items = [
        _item(_("Refer a citizen"), views.REFER_URL, "plus", permissions.is_partner, 100),
        _item(_("Referrals"), views.INDEX_URL, "mail", permissions.can_open_referrals, 200),
        _item(_("API access"), views.TOKENS_URL, "key", permissions.is_partner, 300),
        PartnerAccountsMenuItem(
            _("Partner accounts"), reverse("partner_accounts:index"), icon_name="group", order=400
        ),
    ]
    return SubmenuMenuItem(
        _("Referrals"), Menu(items=items), name="referrals", icon_name="mail", order=270
    )
