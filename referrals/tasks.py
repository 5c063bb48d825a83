"""Background work of referrals (django-tasks, through `booking.deliveries`).

`referral_made` is called after the referral's transaction commits: the
notice to the place's inbox goes out as its own task; retries run from a
deferred task or the hourly housekeeping (`referrals.retention.housekeeping`,
in HOUSEKEEPING_HOOKS).
"""

from referrals.notices import NOTICES


def referral_made(referral_id):
    NOTICES.enqueue(referral_id)
