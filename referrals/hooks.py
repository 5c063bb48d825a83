"""What the referrals app plugs into the rest (called from ReferralsConfig.ready):
"into an appointment" as an outcome and a booking handover, the retention job
and the audit trail's subject and actions."""

from booking import audit as booking_audit
from booking import retention as booking_retention
from referrals import audit, into_appointment, retention
from referrals.models import AuditedReferral


def connect():
    into_appointment.register()
    booking_retention.register_door("referrals", retention.anonymise_due)
    booking_audit.register_door(AuditedReferral, audit.ACTIONS)
