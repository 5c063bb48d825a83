"""Who sees which referrals: the partner its own organisation's, the centre's staff
those of their places, nobody else anything.

Partners hold one permission, "Can refer a citizen" (the Partner
organisation group), and a `PartnerAccount` naming their organisation;
without the account they see nothing, whatever the permission. Centre staff
hold "Can view referral" (to see) and "Can change referral" (to accept or
return), given to the Front desk group; which referrals is decided by their
places, by the same `booking.permissions.place_scope` as appointments (no
front-desk access entry, no place). Fails closed: every view, the API and
the audit trail's links take their referrals from here.
"""

from booking.permissions import place_scope
from referrals.models import PartnerAccount, Referral

REFER = "referrals.refer_citizen"
VIEW = "referrals.view_referral"
DECIDE = "referrals.change_referral"


def partner_account(user):
    """The user's partner account (cached on the user object), or None."""
    if not user.is_authenticated:
        return None
    if not hasattr(user, "_partner_account"):
        user._partner_account = (
            PartnerAccount.objects.select_related("organisation").filter(user=user).first()
        )
    return user._partner_account


def is_partner(user):
    return user.is_active and user.has_perm(REFER) and partner_account(user) is not None


def is_centre_staff(user):
    """May see referrals at their places (deciding implies seeing)."""
    return user.is_active and (user.has_perm(VIEW) or user.has_perm(DECIDE))


def can_decide(user):
    return user.is_active and user.has_perm(DECIDE)


def partner_referrals(user):
    """The referrals of the user's own organisation (none for anybody else)."""
    if not is_partner(user):
        return Referral.objects.none()
    return Referral.objects.filter(organisation=partner_account(user).organisation)


def staff_referrals(user):
    """The referrals to the user's places (none without the permission or a place)."""
    if not is_centre_staff(user):
        return Referral.objects.none()
    return place_scope(user).limit(Referral.objects.all())


def can_open_referrals(user):
    return is_partner(user) or is_centre_staff(user)
