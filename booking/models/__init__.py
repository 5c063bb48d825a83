"""Booking models: appointments, slot usage, messages to citizens, staff access and
feeds, audit subjects, the waiting list."""

from .appointments import Appointment
from .audit import AuditedAppointment, AuditedStaffUser
from .notifications import NotificationDelivery
from .slots import SlotUsage, SlotUsageDay
from .staff import StaffAccess, StaffFeedToken
from .waitlist import WaitlistEntry, WaitlistOffer

__all__ = [
    "Appointment",
    "AuditedAppointment",
    "AuditedStaffUser",
    "NotificationDelivery",
    "SlotUsage",
    "SlotUsageDay",
    "StaffAccess",
    "StaffFeedToken",
    "WaitlistEntry",
    "WaitlistOffer",
]
