"""Partner API tokens: made once, shown once, stored as a hash, revocable.

`authenticate(raw)` is the API's one check (referrals.api): the token's
hash names an unrevoked token of an active user who still holds the
partner permission and account. Anything else — no header, another scheme,
an unknown, revoked or over-long token — is the same 401.
"""

from django.utils import timezone

from booking import audit as booking_audit
from booking.references import hash_token, new_token
from referrals import audit, permissions
from referrals.models import PartnerToken

TOKEN_MAX = 200


def make_token(account, label="", *, by=None):
    """(token, PartnerToken): the token is returned here only."""
    token, token_hash = new_token()
    record = PartnerToken.objects.create(account=account, label=label[:100], token_hash=token_hash)
    _audit_token(audit.TOKEN_CREATE, by or account.user, account)
    return token, record


def revoke(record, *, by=None):
    if record.revoked_at is None:
        record.revoked_at = timezone.now()
        record.save(update_fields=["revoked_at"])
        _audit_token(audit.TOKEN_REVOKE, by or record.account.user, record.account)


def _audit_token(action, user, account):
    """Logged about the partner user, like staff feed links (booking.audit)."""
    booking_audit.record(action, user, about=account.user)


def authenticate(raw):
    """The partner account a bearer token belongs to, or None (answered 401)."""
    if not raw or len(raw) > TOKEN_MAX or not raw.isascii():
        return None
    record = (
        PartnerToken.objects.select_related("account__user", "account__organisation")
        .filter(token_hash=hash_token(raw), revoked_at__isnull=True)
        .first()
    )
    if record is None:
        return None
    user = record.account.user
    user._partner_account = record.account
    if not permissions.is_partner(user):
        return None
    PartnerToken.objects.filter(pk=record.pk).update(last_used_at=timezone.now())
    return record.account
