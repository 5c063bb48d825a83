"""What the referrals app plugs into the rest (called from ReferralsConfig.ready):
"into an appointment" as an outcome and a booking handover, and the audit
trail's subject and actions. (The retention of referrals runs in booking's
hourly housekeeping, named in settings.HOUSEKEEPING_HOOKS.)"""

from booking import audit as booking_audit
from referrals import audit, into_appointment, retention
from referrals.models import AuditedReferral


def connect():
    into_appointment.register()
    retention.register_citizen_data()
    booking_audit.register_subject(AuditedReferral)
    for action, (label, message) in audit.ACTIONS.items():
        booking_audit.register_action(action, label, message)
