"""Taking a referral in: stored first, audited, nothing sent before it is saved.

The admin form and the API both end here, with a valid `ReferralForm`. The
centre is told by an e-mail to the place's inbox, enqueued after the commit
(referrals.notices, referrals.tasks).
"""

from functools import partial

from django.db import IntegrityError, transaction
from django.utils import timezone

from booking.choices import DeliveryStatus
from booking.references import new_reference
from referrals import audit, tasks
from referrals.models import Referral
from services_catalog.places import kind_of


def refer(account, user, data):
    """Store the referral `data` (a valid ReferralForm's cleaned_data) from `account`."""
    place = data["place"]
    place_field = kind_of(place).appointment_field
    for _attempt in range(5):
        try:
            with transaction.atomic():
                referral = Referral.objects.create(
                    reference=new_reference(),
                    organisation=account.organisation,
                    created_by=user,
                    service=data["service"],
                    **{place_field: place},
                    name=data["name"],
                    phone=data["phone"],
                    email=data.get("email") or "",
                    language=data["language"],
                    reason=data["reason"],
                    consent_at=timezone.now(),
                    notice_status=DeliveryStatus.PENDING,
                )
                transaction.on_commit(partial(tasks.referral_made, referral.pk))
        except IntegrityError:  # the one-in-a-trillion reference clash: draw again
            continue
        audit.record(audit.MADE, user, referral)
        return referral
    raise RuntimeError("no free referral reference")
