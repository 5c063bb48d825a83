"""Booking models: appointments, slot usage, messages to citizens, staff access and
feeds, audit subjects."""

from .appointments import Appointment
from .audit import AuditedAppointment, AuditedStaffUser
from .notifications import NotificationDelivery
from .slots import SlotUsage
from .staff import StaffAccess, StaffFeedToken

__all__ = [
    "Appointment",
    "AuditedAppointment",
    "AuditedStaffUser",
    "NotificationDelivery",
    "SlotUsage",
    "StaffAccess",
    "StaffFeedToken",
]
