"""Booking models: appointments, slot usage, staff access and staff feeds."""

from .appointments import Appointment
from .slots import SlotUsage
from .staff import StaffAccess, StaffFeedToken

__all__ = ["Appointment", "SlotUsage", "StaffAccess", "StaffFeedToken"]
