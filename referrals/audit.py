"""The audit trail of referrals, in the same Reports › Audit trail as appointments.

Every look at a referral's details by the centre, every decision (accepted
into …, returned) and every referral made is one Wagtail `ModelLogEntry`
against `AuditedReferral`, named by the referral's reference; its data holds
statuses and outcome kinds, never the citizen's name, phone, e-mail or the
reason. A partner's own views of its referrals are not recorded: the data is
what the partner itself sent.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log

from referrals.models import AuditedReferral

MADE = "referrals.referral.made"
VIEW = "referrals.referral.view"
ACCEPT = "referrals.referral.accept"
RETURN = "referrals.referral.return"
TOKEN_CREATE = "referrals.token.create"
TOKEN_REVOKE = "referrals.token.revoke"

ACTIONS = {
    MADE: (_("Referral made"), _("Referred a citizen to the centre")),
    VIEW: (_("Referral viewed"), _("Viewed the referral's details")),
    ACCEPT: (_("Referral accepted"), _("Accepted the referral")),
    RETURN: (_("Referral returned"), _("Returned the referral to the partner")),
    TOKEN_CREATE: (_("Partner API token made"), _("Made a partner API token")),
    TOKEN_REVOKE: (_("Partner API token revoked"), _("Revoked a partner API token")),
}


def record(action, user, referral, **data):
    """One entry: `user` did `action` to `referral`. `data` must hold no personal data."""
    return log(
        AuditedReferral(pk=referral.pk),
        action,
        user=user,
        title=referral.display_reference,
        data=data,
    )
