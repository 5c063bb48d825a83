"""Booking models: appointments, slot usage, staff access and staff feeds, audit subjects."""

from .appointments import Appointment
from .audit import AuditedAppointment, AuditedStaffUser
from .slots import SlotUsage
from .staff import StaffAccess, StaffFeedToken

__all__ = [
    "Appointment",
    "AuditedAppointment",
    "AuditedStaffUser",
    "SlotUsage",
    "StaffAccess",
    "StaffFeedToken",
]
